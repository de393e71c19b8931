//! The abbreviation table (`abbreviations.txt`) and its lookup.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::chars::fold_ascii;

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
    exact: HashMap<&'static str, Abbreviation>,
    folded: HashMap<String, Abbreviation>,
}

/// Longest entry, in bytes: longer words are not looked up at all.
pub(crate) const MAX_LEN: usize = 16;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
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
                exact.entry(word).or_insert(class);
                if fold {
                    folded.entry(word.to_ascii_lowercase()).or_insert(class);
                }
            }
        }
        Table { exact, folded }
    })
}

/// The class of `word` (written without its final full stop), matching
/// exactly first and then regardless of case.
pub(crate) fn lookup(word: &str) -> Option<Abbreviation> {
    if word.len() > MAX_LEN {
        return None;
    }
    let table = table();
    if let Some(&class) = table.exact.get(word) {
        return Some(class);
    }
    let mut buf = [0u8; MAX_LEN];
    let folded = fold_ascii(word, &mut buf)?;
    table.folded.get(folded).copied()
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
