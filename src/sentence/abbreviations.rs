//! The abbreviation tables (`abbreviations.txt` for English, and
//! `<lang>/abbreviations.txt`) and their lookup.

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

pub(crate) struct Table {
    /// Bit `len` of entry `[first][last]` is set when some entry of that
    /// length starts and ends with those characters (any case, see
    /// `shape`): most words are rejected here without hashing. The last
    /// character matters as much as the first: many ordinary words before
    /// a full stop share a first letter and a length with an abbreviation.
    shapes: [[u32; 27]; 27],
    exact: FxHashMap<&'static [u8], Abbreviation>,
    folded: FxHashMap<Vec<u8>, Abbreviation>,
}

/// Longest entry, in bytes: longer words are not looked up at all.
pub(crate) const MAX_LEN: usize = 31;

impl Table {
    /// The table of several files (`abbreviations.txt` beside this code,
    /// `<lang>/abbreviations.txt`), each named for its error messages; an
    /// entry in an earlier file wins over the same word in a later one.
    pub(crate) fn parse(files: &[(&str, &'static str)]) -> Table {
        let mut table = Table {
            shapes: [[0; 27]; 27],
            exact: FxHashMap::default(),
            folded: FxHashMap::default(),
        };
        for &(name, text) in files {
            table.add(name, text);
        }
        table
    }

    fn add(&mut self, name: &str, text: &'static str) {
        let mut class = None;
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                class = Some(match section {
                    "prefix" => Abbreviation::Prefix,
                    "number" => Abbreviation::Number,
                    "suffix" => Abbreviation::Suffix,
                    other => panic!("{name}: unknown section [{other}]"),
                });
                continue;
            }
            let class = class.unwrap_or_else(|| panic!("{name}: a word before the first section"));
            for word in line.split_whitespace() {
                // "=Mass": this case only, so that "mass" stays a word.
                let (word, fold) = match word.strip_prefix('=') {
                    Some(word) => (word, false),
                    None => (word, true),
                };
                assert!(word.len() <= MAX_LEN, "{name}: abbreviation {word:?} too long");
                let (first, last) = shape(word);
                self.shapes[first][last] |= 1 << word.len();
                self.exact.entry(word.as_bytes()).or_insert(class);
                if fold {
                    self.folded.entry(fold_case(word)).or_insert(class);
                }
            }
        }
    }

    /// The class of `word` (written without its final full stop), matching
    /// exactly first and then regardless of case.
    pub(crate) fn lookup(&self, word: &str) -> Option<Abbreviation> {
        // An empty word has shape (26, 26) and length 0, which no entry has.
        if word.len() > MAX_LEN {
            return None;
        }
        let (first, last) = shape(word);
        if self.shapes[first][last] & (1 << word.len()) == 0 {
            return None;
        }
        if let Some(&class) = self.exact.get(word.as_bytes()) {
            return Some(class);
        }
        if !word.is_ascii() {
            return self.folded.get(&fold_case(word)).copied();
        }
        let mut buf = [0u8; MAX_LEN];
        let folded = &mut buf[..word.len()];
        folded.copy_from_slice(word.as_bytes());
        folded.make_ascii_lowercase();
        self.folded.get(&folded[..]).copied()
    }
}

/// `word` in lowercase: ASCII case-folding for ASCII words, Unicode for
/// the others (whose lowercase can differ in length, which the byte
/// length in `shapes` does not see: it is the written form's).
fn fold_case(word: &str) -> Vec<u8> {
    if word.is_ascii() {
        word.to_ascii_lowercase().into_bytes()
    } else {
        word.to_lowercase().into_bytes()
    }
}

/// The first letter (0 to 25, either case) and the last character (the
/// same) of `word`, 26 for anything but an ASCII letter (every non-ASCII
/// word shares that class); `(26, 26)` for an empty word.
fn shape(word: &str) -> (usize, usize) {
    let bytes = word.as_bytes();
    let letter = |b: Option<&u8>| match b {
        Some(b) if b.is_ascii_alphabetic() => usize::from(b.to_ascii_lowercase() - b'a'),
        _ => 26,
    };
    (letter(bytes.first()), letter(bytes.last()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_and_classifies() {
        let table = Table::parse(&[("abbreviations.txt", include_str!("abbreviations.txt"))]);
        let lookup = |w| table.lookup(w);
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

    #[test]
    fn earlier_files_win_and_non_ascii_words_fold_their_case() {
        let table = Table::parse(&[("a", "[prefix]\nSr г\n"), ("b", "[suffix]\nSr Jr\n")]);
        assert_eq!(table.lookup("Sr"), Some(Abbreviation::Prefix));
        assert_eq!(table.lookup("Jr"), Some(Abbreviation::Suffix));
        assert_eq!(table.lookup("Г"), Some(Abbreviation::Prefix));
    }
}
