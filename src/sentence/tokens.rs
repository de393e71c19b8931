//! The words on either side of a candidate boundary, found by bounded scans
//! so that no input (one 10 MB word, say) makes the splitter quadratic.

use super::abbreviations::Table;
use super::chars::{
    char_at, char_before, is_ascii_space, is_bullet, is_closer, is_letter, is_lower, is_opener,
    is_space, is_upper, skip_space,
};

/// How far back a word is looked for: longer tokens are URLs, numbers or
/// noise, never abbreviations.
const WORD_LIMIT: usize = 64;

/// The token that ends at a full stop: from the last space before it,
/// without the quotes, brackets or bullets that open it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WordBefore<'t> {
    pub text: &'t str,
    pub start: usize,
    /// Whether the token was longer than the scan allows.
    pub truncated: bool,
}

pub(crate) fn word_before(text: &str, end: usize) -> WordBefore<'_> {
    let bytes = text.as_bytes();
    let floor = end.saturating_sub(WORD_LIMIT);
    let mut truncated = false;
    // Most words are ASCII and shorter than the limit: skip their bytes
    // eight at a time (within the limit, so that nothing is truncated yet);
    // the loop below then goes on exactly as if it had stepped over them
    // one by one.
    let mut start = ascii_word_start(bytes, floor, end);
    // ASCII bytes directly; any other character through its decoding.
    loop {
        match start.checked_sub(1).map(|p| bytes[p]) {
            None => break,
            Some(b) if b < 0x80 => {
                if is_ascii_space(b) {
                    break;
                }
                if start - 1 < floor {
                    truncated = true;
                    break;
                }
                start -= 1;
            }
            Some(_) => {
                let Some(c) = char_before(text, start) else { break };
                if is_space(c) {
                    break;
                }
                if start - c.len_utf8() < floor {
                    truncated = true;
                    break;
                }
                start -= c.len_utf8();
            }
        }
    }
    while let Some(c) = char_at(text, start) {
        // A letter or digit is the word itself, tested without the tables.
        if start < end && !c.is_ascii_alphanumeric() && (is_opener(c) || is_bullet(c)) {
            start += c.len_utf8();
        } else {
            break;
        }
    }
    WordBefore { text: &text[start..end], start, truncated }
}

/// Where the bytes before `end` stop being printable ASCII (0x21 to 0x7E,
/// and DEL), looking no lower than `floor`: at most, where such a byte
/// ends. Eight bytes are tested at once: in each, the top bit is set for a
/// byte below 0x21 (white space, a control character) or above 0x7F (part
/// of a longer character). A borrow from such a byte can also mark a `!`
/// above it, which only makes the answer more cautious: every byte
/// skipped is printable ASCII, which is all the caller needs.
fn ascii_word_start(bytes: &[u8], floor: usize, end: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut start = end;
    while start >= floor + 8 {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&bytes[start - 8..start]);
        let v = u64::from_le_bytes(eight);
        let stops = (v.wrapping_sub(0x21 * ONES) | v) & (0x80 * ONES);
        if stops != 0 {
            // The highest marked byte: the bytes are little-endian, so
            // the last one in the text is the most significant.
            let last = 7 - stops.leading_zeros() as usize / 8;
            return start - 8 + last + 1;
        }
        start -= 8;
    }
    start
}

/// The word before the one starting at `start`, when it is on the same
/// line: whether it begins with a lowercase letter or a digit (is not
/// capitalised, as a name before an initial would be).
pub(crate) fn previous_word_is_lowercase(text: &str, start: usize) -> Option<bool> {
    let mut i = start;
    let floor = start.saturating_sub(WORD_LIMIT);
    while let Some(c) = char_before(text, i) {
        if !is_space(c) || i <= floor {
            break;
        }
        if c == '\n' {
            return None;
        }
        i -= c.len_utf8();
    }
    if i == start {
        return None;
    }
    let word = word_before(text, i);
    let first = word.text.chars().find(|c| c.is_alphanumeric())?;
    Some(is_lower(first) || first.is_ascii_digit())
}

/// What follows a candidate boundary, after white space and opening quotes
/// and brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Next<'t> {
    /// Nothing: the text ends.
    End,
    /// A word that starts lowercase.
    Lower(NextWord<'t>),
    /// A word that starts with a capital.
    Upper(NextWord<'t>),
    /// A digit.
    Digit,
    /// Punctuation that continues a sentence: `,` `;` `:` and closers.
    Continuing,
    /// Any other symbol (a currency sign, a dash, an emoji, CJK text).
    Other,
}

/// The word after a candidate boundary. Its letters are read only when a
/// rule asks (`letters`): most full stops are decided by its case alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NextWord<'t> {
    text: &'t str,
    start: usize,
}

impl<'t> NextWord<'t> {
    /// The word's leading letters, up to 24: what the word lists are
    /// compared with. ASCII letters are counted from their bytes; a word
    /// that goes on in another script is decoded.
    pub(crate) fn letters(self) -> &'t str {
        let bytes = &self.text.as_bytes()[self.start..];
        let ascii = ascii_letters(bytes);
        if ascii < 24 && bytes.get(ascii).is_some_and(|&b| b >= 0x80) {
            let rest = &self.text[self.start + ascii..];
            let more: usize = rest
                .chars()
                .take(24 - ascii)
                .take_while(|&c| is_letter(c))
                .map(char::len_utf8)
                .sum();
            return &self.text[self.start..self.start + ascii + more];
        }
        &self.text[self.start..self.start + ascii]
    }
}

/// Classifies what comes after byte `from` (white space skipped).
#[inline(always)]
pub(crate) fn next_after(text: &str, from: usize) -> Next<'_> {
    let bytes = text.as_bytes();
    let mut i = skip_space(text, from);
    // The common case, an ASCII word or number, without the opener and
    // Unicode case tables: it is no opener, and its case is its byte's.
    match bytes.get(i) {
        Some(b) if b.is_ascii_digit() => return Next::Digit,
        Some(b) if b.is_ascii_alphabetic() => {
            let word = NextWord { text, start: i };
            return if b.is_ascii_lowercase() { Next::Lower(word) } else { Next::Upper(word) };
        }
        _ => {}
    }
    // A bounded number of opening quotes and brackets: `("Yes` starts with
    // Yes; `,,` is the typewriter form of `„` (",,Dit was", Dutch and German).
    let mut openers = 0;
    while let Some(c) = char_at(text, i) {
        if openers < 4 && is_opener(c) {
            openers += 1;
            i += c.len_utf8();
        } else if openers < 4 && text.as_bytes().get(i..i + 2) == Some(b",,") {
            openers += 1;
            i += 2;
        } else {
            break;
        }
    }
    let Some(c) = char_at(text, i) else {
        return if openers > 0 { Next::Other } else { Next::End };
    };
    // "№ 70", "№590": the numero sign stands for a number's label.
    if c.is_ascii_digit() || c == '№' {
        Next::Digit
    } else if is_lower(c) || is_upper(c) {
        let word = NextWord { text, start: i };
        if is_lower(c) {
            Next::Lower(word)
        } else {
            Next::Upper(word)
        }
    } else if matches!(c, ',' | ';' | ':') || (openers == 0 && is_closer(c)) {
        Next::Continuing
    } else {
        Next::Other
    }
}

/// Whether what follows `from` (white space skipped) is a dash, white
/// space and a lowercase word: after a question or exclamation this
/// attributes the speech ("Бар? — деді", "Ja! - sagte er").
pub(crate) fn dash_then_lowercase(text: &str, from: usize) -> bool {
    let i = skip_space(text, from);
    match char_at(text, i) {
        Some(c @ ('-' | '–' | '—')) => {
            let j = skip_space(text, i + c.len_utf8());
            j > i + c.len_utf8() && char_at(text, j).is_some_and(is_lower)
        }
        _ => false,
    }
}

/// How many ASCII letters `bytes` starts with, up to 24: the part of the
/// next word that the rules compare with their word lists.
fn ascii_letters(bytes: &[u8]) -> usize {
    bytes.iter().take(24).take_while(|b| b.is_ascii_alphabetic()).count()
}

/// Whether a full stop at `dot` lacks its space: `end.Next` with a word of
/// two or more letters before it and a capitalised word (or a Roman
/// numeral) after it, not part
/// of a web or e-mail address.
pub(crate) fn missing_space(text: &str, dot: usize, after: usize, abbreviations: &Table) -> bool {
    // The word after: a capital, then lowercase letters, then a word end.
    let bytes = text.as_bytes();
    let mut j = after;
    let Some(first) = char_at(text, j) else { return false };
    if !is_upper(first) {
        return false;
    }
    j += first.len_utf8();
    let mut lower = 0;
    while let Some(c) = char_at(text, j) {
        if is_lower(c) && lower < WORD_LIMIT {
            lower += 1;
            j += c.len_utf8();
        } else {
            break;
        }
    }
    if lower == 0 {
        // Or a Roman numeral: "жағдайы.XVIII ғасырдың".
        let roman = bytes[after..].iter().take(8).take_while(|b| b"IVXLCDM".contains(b)).count();
        if roman < 2 || !bytes.get(after + roman).is_some_and(|&b| b == b' ') {
            return false;
        }
        j = after + roman;
    }
    match char_at(text, j) {
        None => {}
        Some(c) if is_space(c) || matches!(c, ',' | ';' | ':' | '!' | '?') => {}
        Some('.') if bytes.get(j + 1).map_or(true, u8::is_ascii_whitespace) => {}
        Some(_) => return false,
    }
    // The word before: letters only, ending lowercase, opened by a space.
    let mut i = dot;
    let mut letters = 0;
    while let Some(c) = char_before(text, i) {
        if c.is_alphabetic() && letters < WORD_LIMIT {
            letters += 1;
            i -= c.len_utf8();
        } else {
            break;
        }
    }
    if letters < 2 || !char_before(text, dot).is_some_and(is_lower) {
        return false;
    }
    let opened = char_before(text, i).map_or(true, |c| is_space(c) || is_opener(c));
    opened && abbreviations.lookup(&text[i..dot]).is_none()
}

/// Counts, up to two, the words that contain a letter between `floor` and
/// `end`: a sentence needs two before an abbreviation can end it ("At 5
/// a.m. Mr. Smith left" does not end at "a.m.").
pub(crate) fn words_before(text: &str, floor: usize, end: usize) -> usize {
    if end.saturating_sub(floor) > 128 {
        return 2;
    }
    text.get(floor..end).map_or(2, |piece| {
        piece.split(is_space).filter(|w| w.chars().any(char::is_alphabetic)).take(2).count()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the printable ASCII before `end` starts, byte by byte.
    fn one_by_one(bytes: &[u8], floor: usize, end: usize) -> usize {
        let mut start = end;
        while start > floor && (0x21..0x80).contains(&bytes[start - 1]) {
            start -= 1;
        }
        start
    }

    #[test]
    fn the_eight_byte_word_scan_skips_only_printable_ascii() {
        let text = "A run-on word: supercalifragilistic. Then\tC.E.O.! ok!!x \u{e9}t\u{e9} \x7f!!!!!!!!end";
        let bytes = text.as_bytes();
        for end in 0..=bytes.len() {
            for floor in 0..=end {
                let fast = ascii_word_start(bytes, floor, end);
                let slow = one_by_one(bytes, floor, end);
                // Never past a stop (it may stop short: the caller's loop
                // goes on from there).
                assert!(slow <= fast && fast <= end, "{floor}..{end}");
                assert!(
                    bytes[fast..end].iter().all(|b| (0x21..0x80).contains(b)),
                    "{floor}..{end}"
                );
            }
        }
    }

    #[test]
    fn the_next_word_is_its_leading_ascii_letters() {
        let Next::Upper(word) = next_after("  \n Hello-world", 0) else { panic!() };
        assert_eq!(word.letters(), "Hello");
        let Next::Lower(word) = next_after(" (\"word's", 0) else { panic!() };
        assert_eq!(word.letters(), "word");
        assert_eq!(next_after(" 42", 0), Next::Digit);
        assert_eq!(next_after("   ", 0), Next::End);
    }
}
