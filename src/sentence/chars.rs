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
        is_ascii_space(c as u8)
    } else {
        c.is_whitespace()
    }
}

/// `is_space` for an ASCII byte, one bit test: tab to carriage return,
/// the four information separators (0x1C to 0x1F) and the space.
#[inline(always)]
pub(crate) fn is_ascii_space(b: u8) -> bool {
    const SPACES: u64 = 0b1_1111_0000_0000_0000_0011_1110_0000_0000;
    b < 64 && (SPACES >> b) & 1 != 0
}

/// `s.trim_end_matches(is_space)`, reading ASCII bytes without decoding
/// them: trimming runs at every line break and every sentence end.
#[inline(always)]
pub(crate) fn trim_end_space(s: &str) -> &str {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    while let Some(&b) = end.checked_sub(1).and_then(|p| bytes.get(p)) {
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            end -= 1;
        } else {
            match char_before(s, end) {
                Some(c) if is_space(c) => end -= c.len_utf8(),
                _ => break,
            }
        }
    }
    &s[..end]
}

/// `s.trim_start_matches(is_space)`, reading ASCII bytes without decoding.
#[inline]
pub(crate) fn trim_start_space(s: &str) -> &str {
    &s[skip_space(s, 0)..]
}

/// The end of the run of white space that starts at byte `i` (`i` itself
/// when there is none), reading ASCII bytes without decoding.
#[inline(always)]
pub(crate) fn skip_space(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            i += 1;
        } else {
            match char_at(text, i) {
                Some(c) if is_space(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Punctuation that can end a sentence. Other scripts' terminators always do.
#[inline]
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '‼' | '⁇' | '⁈' | '⁉') || is_script_terminator(c)
}

/// The sentence-final punctuation of scripts other than Latin, Greek and
/// Cyrillic: each always ends a sentence, with or without a space after it
/// (CJK and Ethiopic text and Burmese put none), since none of them is
/// also an abbreviation's or a number's mark.
///
/// CJK: ideographic full stop, full-width question and exclamation marks,
/// half-width full stop. Ethiopic: full stop `።` and question mark `፧`.
/// Arabic script: question mark `؟` and the Urdu full stop `۔`.
/// Devanagari (Hindi, Marathi, Sanskrit ...): danda `।` and double danda
/// `॥`. Armenian full stop `։`. Burmese section mark `။`.
#[inline]
pub(crate) fn is_script_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡' | '።' | '፧' | '؟' | '۔' | '।' | '॥' | '։' | '။')
}

/// Whether `c` is a CJK terminator, after which a closing bracket further
/// on (`《摔跤吧！爸爸》`) says it stands inside a title or a quotation.
#[inline]
pub(crate) fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// CJK closing brackets and quotes, and their openers.
#[inline]
pub(crate) fn is_cjk_closer(c: char) -> bool {
    matches!(c, '」' | '』' | '》' | '〉' | '）' | '】' | '〕')
}

#[inline]
pub(crate) fn is_cjk_opener(c: char) -> bool {
    matches!(c, '「' | '『' | '《' | '〈' | '（' | '【' | '〔')
}

/// Quotes that open in one language and close in another: `“` closes
/// German and Slovak quotations (`„Ja.“`), `‘` their inner ones, `«` the
/// Danish and Swedish `»Ja.«`. Right after sentence-final punctuation,
/// and with no letter or digit after them, they close.
#[inline]
pub(crate) fn is_closer_after_terminator(c: char) -> bool {
    is_closer(c) || matches!(c, '“' | '‘' | '«')
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
            | '】'
            | '〕'
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
            | '‚'
            | '《'
            | '〈'
            | '【'
            | '〔'
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_space_bit_test_is_the_space_class() {
        for b in 0..0x80u8 {
            let listed = matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f);
            assert_eq!(is_ascii_space(b), listed, "byte {b:#x}");
        }
    }

    #[test]
    fn byte_trims_agree_with_the_decoding_ones() {
        let texts = [
            "",
            "   ",
            "  word  ",
            "\n    The",
            "end.\u{a0}\u{2028}",
            "\u{3000}全角\u{3000}",
            "\x1c\x1fx\x0b",
            "é\u{85}",
            "\u{200b}zero width is no space\u{200b}",
        ];
        for t in texts {
            assert_eq!(trim_end_space(t), t.trim_end_matches(is_space), "{t:?}");
            assert_eq!(trim_start_space(t), t.trim_start_matches(is_space), "{t:?}");
        }
    }
}
