//! The abbreviation table (`abbreviations.txt`) and its lookup.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// How a word that takes an abbreviating full stop relates to the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// Stands before a name or noun ("Mr.", "Gen.", "e.g."): never ends a
    /// sentence before a capitalised word or a number.
    Prefix,
    /// An abbreviation only before a number ("No. 5", "p. 55").
    Number,
    /// Follows a name or number and may end a sentence ("Co.", "Jr.", "etc.").
    Suffix,
}

struct Table {
    /// Bit `len` of entry `[first][last]` is set when some entry of that
    /// length starts and ends with those characters (any case, see
    /// `shape`): most words are rejected here without hashing. The last
    /// character matters as much as the first: many ordinary words before
    /// a full stop share a first letter and a length with an abbreviation.
    shapes: [[u32; 27]; 26],
    exact: FxHashMap<&'static [u8], Abbreviation>,
    folded: FxHashMap<Vec<u8>, Abbreviation>,
}

/// Longest entry, in bytes: longer words are not looked up at all.
pub(crate) const MAX_LEN: usize = 16;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut shapes = [[0u32; 27]; 26];
        let mut exact = FxHashMap::default();
        let mut folded = FxHashMap::default();
        let mut class = None;
        for line in include_str!("abbreviations.txt").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                class = Some(match name {
                    "prefix" => Abbreviation::Prefix,
                    "number" => Abbreviation::Number,
                    "suffix" => Abbreviation::Suffix,
                    other => panic!("abbreviations.txt: unknown section [{other}]"),
                });
                continue;
            }
            let class = class.expect("abbreviations.txt: a word before the first section");
            for word in line.split_whitespace() {
                // "=Mass": this case only, so that "mass" stays a word.
                let (word, fold) = match word.strip_prefix('=') {
                    Some(word) => (word, false),
                    None => (word, true),
                };
                debug_assert!(word.len() <= MAX_LEN, "abbreviation {word:?} too long");
                if let Some((first, last)) = shape(word) {
                    shapes[first][last] |= 1 << word.len();
                }
                exact.entry(word.as_bytes()).or_insert(class);
                if fold {
                    folded.entry(word.to_ascii_lowercase().into_bytes()).or_insert(class);
                }
            }
        }
        Table { shapes, exact, folded }
    })
}

/// The first letter (0 to 25, either case) and the last character (the
/// same for a letter, 26 for anything else) of `word`; `None` when it
/// does not start with an ASCII letter (no entry is found then).
fn shape(word: &str) -> Option<(usize, usize)> {
    let bytes = word.as_bytes();
    let letter =
        |b: u8| b.is_ascii_alphabetic().then(|| usize::from(b.to_ascii_lowercase() - b'a'));
    let first = letter(*bytes.first()?)?;
    let last = letter(*bytes.last()?).unwrap_or(26);
    Some((first, last))
}

/// The class of `word` (written without its final full stop), matching
/// exactly first and then regardless of case.
pub(crate) fn lookup(word: &str) -> Option<Abbreviation> {
    if word.len() > MAX_LEN {
        return None;
    }
    let table = table();
    match shape(word) {
        Some((first, last)) if table.shapes[first][last] & (1 << word.len()) != 0 => {}
        _ => return None,
    }
    if let Some(&class) = table.exact.get(word.as_bytes()) {
        return Some(class);
    }
    let mut buf = [0u8; MAX_LEN];
    let folded = &mut buf[..word.len()];
    folded.copy_from_slice(word.as_bytes());
    folded.make_ascii_lowercase();
    table.folded.get(&folded[..]).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_classifies() {
        assert_eq!(lookup("Mr"), Some(Abbreviation::Prefix));
        assert_eq!(lookup("MR"), Some(Abbreviation::Prefix));
        assert_eq!(lookup("e.g"), Some(Abbreviation::Prefix));
        assert_eq!(lookup("No"), Some(Abbreviation::Number));
        assert_eq!(lookup("Inc"), Some(Abbreviation::Suffix));
        assert_eq!(lookup("ft"), Some(Abbreviation::Suffix));
        assert_eq!(lookup("Ft"), Some(Abbreviation::Prefix));
        assert_eq!(lookup("house"), None);
        assert_eq!(lookup("Calif"), Some(Abbreviation::Suffix));
        assert_eq!(lookup("Mass"), Some(Abbreviation::Suffix));
        assert_eq!(lookup("mass"), None);
    }
}
