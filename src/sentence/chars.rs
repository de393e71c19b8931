//! Character classes the splitter needs: spaces, sentence-final
//! punctuation, the quotes and brackets around it, bullets, and letter case.
//!
//! Everything is answered from the byte for ASCII; Unicode tables are
//! consulted only for other characters.

/// The character starting at byte `i`, if `i` is a boundary inside `text`.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        _ => text.get(i..)?.chars().next(),
    }
}

/// The character ending at byte `i`.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|j| text.as_bytes().get(j)) {
        Some(&b) if b < 0x80 => Some(b as char),
        _ => text.get(..i)?.chars().next_back(),
    }
}

/// Whitespace as Python's `str.strip` sees it: Unicode white space plus
/// the ASCII information separators.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f')
    } else {
        c.is_whitespace()
    }
}

/// Punctuation that can end a sentence. CJK full-width forms always do.
#[inline]
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‼' | '⁇' | '⁈' | '⁉') || is_cjk_terminator(c)
}

/// Ideographic full stop and full-width question and exclamation marks:
/// CJK text puts no space after them, and they always end a sentence.
#[inline]
pub(crate) fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Closing quotes and brackets: after sentence-final punctuation they
/// belong to the sentence that ends.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '”'
            | '’'
            | '»'
            | '›'
            | '」'
            | '』'
            | '）'
            | '］'
            | '〉'
            | '》'
    )
}

/// Opening quotes and brackets, skipped to find the first word of a sentence.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '„'
    )
}

/// Bullet symbols: wherever they stand after a space they start a list item.
#[inline]
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '‣' | '⁃' | '◦' | '▪' | '●' | '∙' | '■' | '□' | '➢' | '►' | '▸')
}

/// Bullets that are ordinary punctuation elsewhere, so count only at the
/// start of a line.
#[inline]
pub(crate) fn is_line_bullet(c: char) -> bool {
    matches!(c, '-' | '*' | '+' | '–' | '—' | '>') || is_bullet(c)
}

#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase()
    }
}

#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}
