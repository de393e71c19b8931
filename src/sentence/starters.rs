//! Words that typically open an English sentence (`starters.txt`).

use std::collections::HashSet;
use std::sync::OnceLock;

use super::chars::fold_ascii;

fn table() -> &'static HashSet<&'static str> {
    static TABLE: OnceLock<HashSet<&'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("starters.txt")
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

/// Whether `word` (any case) is one that typically opens a sentence, so
/// that a capitalised `word` after an ambiguous abbreviation starts one.
pub(crate) fn is_starter(word: &str) -> bool {
    let mut buf = [0u8; 16];
    match fold_ascii(word, &mut buf) {
        Some(folded) => table().contains(folded),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn starters_are_found_in_any_case() {
        assert!(super::is_starter("The"));
        assert!(super::is_starter("HOW"));
        assert!(super::is_starter("mr"));
        assert!(!super::is_starter("Government"));
        assert!(!super::is_starter(""));
    }
}
