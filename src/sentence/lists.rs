//! List items: bullets, and enumerations ("1.", "2)", "a.", "(b)") whose
//! next marker starts a new item even in the middle of a line.

use super::chars::{char_at, is_line_bullet, is_space};

/// How a list's items are numbered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Digits,
    Letters,
}

/// What follows the number: `1.`, `1)`, `(1)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    Dot,
    Paren,
}

/// One enumeration marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Marker {
    pub kind: Kind,
    pub style: Style,
    pub value: u32,
}

impl Marker {
    /// Whether `self` is the marker right after `previous` in the same list.
    pub(crate) fn follows(&self, previous: Marker) -> bool {
        self.kind == previous.kind
            && self.style == previous.style
            && self.value == previous.value.wrapping_add(1)
    }
}

/// Reads the number part of a marker (`"12"`, `"b"`, `"(3"`), with the
/// style its closing punctuation gives it. Letter markers are lowercase, or
/// any case before `)`: a capital and a full stop is an initial.
pub(crate) fn parse(number: &str, style: Style) -> Option<Marker> {
    let number = match number.strip_prefix('(') {
        Some(inner) if style == Style::Paren => inner,
        Some(_) => return None,
        None => number,
    };
    let bytes = number.as_bytes();
    match bytes {
        [] => None,
        [b] if b.is_ascii_lowercase() || (style == Style::Paren && b.is_ascii_uppercase()) => {
            let value = u32::from(b.to_ascii_lowercase() - b'a') + 1;
            Some(Marker { kind: Kind::Letters, style, value })
        }
        _ if bytes.len() <= 3 && bytes.iter().all(u8::is_ascii_digit) => {
            let value = number.parse().ok()?;
            Some(Marker { kind: Kind::Digits, style, value })
        }
        _ => None,
    }
}

/// Whether bytes 1 to 5 of `eight` may hold the `.` or `)` that closes an
/// enumeration marker, tested in one word: a byte equal to the target
/// leaves a zero byte after the XOR, which the subtraction turns into a set
/// top bit. A borrow can also mark a byte after a zero one, so a `true`
/// may be wrong, never a `false`: a `true` sends the line to the full test.
fn may_close_marker(eight: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut word = [0u8; 8];
    word.copy_from_slice(eight);
    let v = u64::from_le_bytes(word);
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & (0x80 * ONES);
    let found = zero_bytes(v ^ (u64::from(b'.') * ONES)) | zero_bytes(v ^ (u64::from(b')') * ONES));
    // Bytes 1 to 5, little-endian: bits 8 to 47.
    found & 0x0000_8080_8080_8000 != 0
}

/// Whether the line starting at `i` (after its indentation) opens with a
/// list marker: a bullet and a space, or an enumeration and a space.
pub(crate) fn line_starts_item(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(&first) = bytes.get(i) else { return false };
    // An enumeration starts with a letter, a digit or `(`, which no bullet
    // is; any other line can only start with a bullet.
    if !(first.is_ascii_alphanumeric() || first == b'(') {
        let Some(c) = char_at(text, i).filter(|&c| is_line_bullet(c)) else { return false };
        let after = i + c.len_utf8();
        // "-5 degrees" and "--" are not bullets; "⁃9." is.
        return match char_at(text, after) {
            Some(n) => is_space(n) || (!c.is_ascii() && n.is_alphanumeric()),
            None => false,
        };
    }
    // At most four letters or digits, then `.` or `)`: a word with a fifth
    // letter fails at the `match` below. Most lines start with a word, and
    // are told from a marker at once when no `.` or `)` is among the next
    // five bytes (see `may_close_marker`).
    if let Some(eight) = bytes.get(i..i + 8) {
        if !may_close_marker(eight) {
            return false;
        }
    }
    let mut j = i;
    if bytes.get(j) == Some(&b'(') {
        j += 1;
    }
    let digits_start = j;
    while j < bytes.len() && j - digits_start < 4 && bytes[j].is_ascii_alphanumeric() {
        j += 1;
    }
    let style = match bytes.get(j) {
        Some(b'.') if bytes.get(j + 1) == Some(&b')') => {
            j += 1;
            Style::Dot
        }
        Some(b'.') => Style::Dot,
        Some(b')') => Style::Paren,
        _ => return false,
    };
    let spaced = bytes.get(j + 1).is_some_and(u8::is_ascii_whitespace);
    spaced && parse(&text[i..j], style).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_marker_test_never_misses_a_closing_byte() {
        let text = b"a.b)c..)) 1. x (iv) y.).)..)).a))..z (1) 2. 3) \0.)\x2d\x2f\x28";
        for window in text.windows(8) {
            if window[1..6].iter().any(|&b| b == b'.' || b == b')') {
                assert!(may_close_marker(window), "{window:?}");
            }
        }
        assert!(!may_close_marker(b"January "));
        assert!(!may_close_marker(b".Januar."));
    }

    #[test]
    fn markers() {
        assert_eq!(
            parse("2", Style::Dot),
            Some(Marker { kind: Kind::Digits, style: Style::Dot, value: 2 })
        );
        assert_eq!(parse("(b", Style::Paren).map(|m| m.value), Some(2));
        assert_eq!(parse("B", Style::Dot), None);
        assert_eq!(parse("1987", Style::Dot), None);
        assert!(line_starts_item("- item", 0));
        assert!(line_starts_item("12. item", 0));
        assert!(line_starts_item("(a) item", 0));
        assert!(line_starts_item("⁃9. item", 0));
        assert!(!line_starts_item("-5 degrees", 0));
        assert!(!line_starts_item("1,780 dlrs", 0));
        assert!(!line_starts_item("1987. Prices", 0));
        // The same with the eight bytes the quick test reads.
        assert!(line_starts_item("12. item and more", 0));
        assert!(line_starts_item("(b) item and more", 0));
        assert!(line_starts_item("123) item and more", 0));
        assert!(!line_starts_item("abcd) item and more", 0));
        assert!(!line_starts_item("January and more", 0));
        assert!(!line_starts_item("abcde) item and more", 0));
    }
}
