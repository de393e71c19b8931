//! Words that typically open an English sentence (`starters.txt`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// The two sections of `starters.txt`: words that open sentences in any
/// case, and words that do so only when capitalised.
struct Starters {
    any_case: FxHashSet<&'static [u8]>,
    capitalised: FxHashSet<&'static [u8]>,
}

fn table() -> &'static Starters {
    static TABLE: OnceLock<Starters> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut starters =
            Starters { any_case: FxHashSet::default(), capitalised: FxHashSet::default() };
        let mut section = None;
        for line in include_str!("starters.txt").lines().map(str::trim) {
            match line {
                "" => {}
                l if l.starts_with('#') => {}
                "[any case]" => section = Some(true),
                "[capitalised]" => section = Some(false),
                l => {
                    let set = match section {
                        Some(true) => &mut starters.any_case,
                        Some(false) => &mut starters.capitalised,
                        None => panic!("starters.txt: a word before the first section"),
                    };
                    set.extend(l.split_whitespace().map(str::as_bytes));
                }
            }
        }
        starters
    })
}

fn folded(word: &str, buf: &mut [u8; 16]) -> Option<usize> {
    let out = buf.get_mut(..word.len())?;
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    Some(word.len())
}

/// Whether `word` (written capitalised, or in capitals) is one that
/// typically opens a sentence, so that it starts one after an ambiguous
/// abbreviation.
pub(crate) fn is_starter(word: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(len) = folded(word, &mut buf) else { return false };
    let table = table();
    table.any_case.contains(&buf[..len]) || table.capitalised.contains(&buf[..len])
}

/// Whether a lowercase `word` still opens a sentence in text typed without
/// capitals: pronouns, determiners, question words ("i", "the", "what").
pub(crate) fn is_lowercase_starter(word: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(len) = folded(word, &mut buf) else { return false };
    table().any_case.contains(&buf[..len])
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
        assert!(super::is_lowercase_starter("they"));
        assert!(!super::is_lowercase_starter("and"));
    }
}
