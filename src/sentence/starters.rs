//! Words that typically open an English sentence (`starters.txt`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

fn table() -> &'static FxHashSet<&'static [u8]> {
    static TABLE: OnceLock<FxHashSet<&'static [u8]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("starters.txt")
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .map(str::as_bytes)
            .collect()
    })
}

/// Whether `word` (any case) is one that typically opens a sentence, so
/// that a capitalised `word` after an ambiguous abbreviation starts one.
pub(crate) fn is_starter(word: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(folded) = buf.get_mut(..word.len()) else { return false };
    folded.copy_from_slice(word.as_bytes());
    folded.make_ascii_lowercase();
    table().contains(&folded[..])
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
