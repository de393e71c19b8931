//! Configuring a gazetteer and compiling its entries.

use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry as MapEntry;
use std::io::BufRead;
use std::path::Path;

use unicode_normalization::char::is_combining_mark;

use super::entry::{CaseMode, Entry};
use super::in_names::InNames;
use super::loaders::{self, Format};
use super::normalize::{is_word_char, normalize_pattern, Normalization};
use super::tables::{Cand, EntryRec, Options, Rule, StrRef, Tables};
use super::Gazetteer;
use crate::{Error, Result};

/// Configures and builds a [`Gazetteer`].
///
/// Options first, then entries, then [`build`](GazetteerBuilder::build):
///
/// ```
/// use textfacts::gazetteer::{CaseMode, Entry, Gazetteer};
///
/// let gaz = Gazetteer::builder()
///     .case(CaseMode::Insensitive)
///     .normalize_diacritics(true)
///     .normalize_whitespace(true)
///     .add(Entry::new("Sao Paulo", "GPE").id("3448439"))
///     .extend([Entry::new("New York", "GPE"), Entry::new("New York City", "GPE")])
///     .build()
///     .unwrap();
/// let text = "From SÃO PAULO to New\nYork City.";
/// let found: Vec<&str> = gaz.find(text).iter().map(|e| e.text(text)).collect();
/// assert_eq!(found, ["SÃO PAULO", "New\nYork City"]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    case: CaseMode,
    overlapping: bool,
    normalization: Normalization,
    in_names: InNames,
    entries: Vec<Entry>,
}

impl GazetteerBuilder {
    /// A builder with the defaults: [`CaseMode::Smart`], leftmost-longest
    /// non-overlapping matches, no normalisation.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Sets how case is judged (entries may override it).
    pub fn case(&mut self, case: CaseMode) -> &mut GazetteerBuilder {
        self.case = case;
        self
    }

    /// Reports every match, overlapping ones included, instead of the
    /// leftmost-longest non-overlapping ones.
    ///
    /// ```
    /// use textfacts::gazetteer::{Entry, Gazetteer};
    ///
    /// let entries = [Entry::new("New York", "GPE"), Entry::new("York", "GPE")];
    /// let text = "New York";
    /// let all = Gazetteer::builder().overlapping(true).extend(entries.clone()).build().unwrap();
    /// assert_eq!(all.find(text).len(), 2);
    /// let longest = Gazetteer::builder().extend(entries).build().unwrap();
    /// assert_eq!(longest.find(text).len(), 1);
    /// ```
    pub fn overlapping(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.overlapping = yes;
        self
    }

    /// Ignores diacritics on both sides ("Sao Paulo" finds "São Paulo").
    pub fn normalize_diacritics(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.normalization.diacritics = yes;
        self
    }

    /// Treats typographic apostrophes and dashes as their ASCII forms.
    ///
    /// ```
    /// use textfacts::gazetteer::{Entry, Gazetteer};
    ///
    /// let gaz = Gazetteer::builder()
    ///     .normalize_punctuation(true)
    ///     .add(Entry::new("Cote d'Ivoire", "GPE"))
    ///     .add(Entry::new("Guinea-Bissau", "GPE"))
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(gaz.find("Cote d’Ivoire and Guinea–Bissau").len(), 2);
    /// ```
    pub fn normalize_punctuation(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.normalization.punctuation = yes;
        self
    }

    /// Treats any run of whitespace, line breaks included, as one space.
    pub fn normalize_whitespace(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.normalization.whitespace = yes;
        self
    }

    /// Sets all three normalisations at once.
    pub fn normalization(&mut self, normalization: Normalization) -> &mut GazetteerBuilder {
        self.normalization = normalization;
        self
    }

    /// What `find` does with a match that is one word of a longer proper
    /// name, "Vladimir" in "Vladimir Putin" ([`InNames::Keep`] by default;
    /// the rule is described at [`InNames`]).
    ///
    /// ```
    /// use textfacts::gazetteer::{Entry, Gazetteer, InNames};
    ///
    /// let gaz = Gazetteer::builder()
    ///     .in_names(InNames::Drop)
    ///     .add(Entry::new("Texas", "GPE"))
    ///     .build()
    ///     .unwrap();
    /// let text = "Texas Instruments Inc hired 300 people in Texas.";
    /// let found = gaz.find(text);
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].start, text.rfind("Texas").unwrap());
    /// ```
    pub fn in_names(&mut self, mode: InNames) -> &mut GazetteerBuilder {
        self.in_names = mode;
        self
    }

    /// Adds one entry.
    pub fn add(&mut self, entry: Entry) -> &mut GazetteerBuilder {
        self.entries.push(entry);
        self
    }

    /// Adds every entry of an iterator.
    pub fn extend<I: IntoIterator<Item = Entry>>(&mut self, entries: I) -> &mut GazetteerBuilder {
        self.entries.extend(entries);
        self
    }

    /// Adds the entries of a file, its format read from the extension
    /// (`.tsv`, `.csv`, `.jsonl`, each optionally `.gz`).
    pub fn add_file(&mut self, path: impl AsRef<Path>) -> Result<&mut GazetteerBuilder> {
        let path = path.as_ref();
        let entries = loaders::read_path(path, None)?;
        self.entries.extend(entries);
        Ok(self)
    }

    /// Adds the entries of a file in a named format.
    pub fn add_file_as(
        &mut self,
        path: impl AsRef<Path>,
        format: Format,
    ) -> Result<&mut GazetteerBuilder> {
        let entries = loaders::read_path(path.as_ref(), Some(format))?;
        self.entries.extend(entries);
        Ok(self)
    }

    /// Adds entries from a reader; `source` names it in error messages.
    ///
    /// ```
    /// use textfacts::gazetteer::{Format, Gazetteer};
    ///
    /// let tsv = "# pattern\tlabel\tid\nGeorgia\tGPE\t614540\nGeorgia\tGPE\t4197000\n";
    /// let gaz = Gazetteer::builder()
    ///     .add_reader(tsv.as_bytes(), Format::Tsv, None)
    ///     .unwrap()
    ///     .build()
    ///     .unwrap();
    /// let ids: Vec<_> = gaz.find("Georgia")[0].candidates().map(|c| c.id()).collect();
    /// assert_eq!(ids, [Some("614540"), Some("4197000")]);
    /// ```
    pub fn add_reader<R: BufRead>(
        &mut self,
        reader: R,
        format: Format,
        source: Option<&Path>,
    ) -> Result<&mut GazetteerBuilder> {
        let entries = loaders::read(reader, format, source)?;
        self.entries.extend(entries);
        Ok(self)
    }

    /// The number of entries added so far.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no entry has been added.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Validates, normalises and deduplicates the entries and compiles the
    /// automaton.
    ///
    /// Fails with [`Error::InvalidPattern`] for a pattern or alias without
    /// a letter or digit, or an entry without a label.
    pub fn build(&self) -> Result<Gazetteer> {
        Gazetteer::from_tables(self.tables()?)
    }

    pub(super) fn tables(&self) -> Result<Tables> {
        let fold = self.entries.iter().any(|e| e.case.unwrap_or(self.case) != CaseMode::Sensitive);
        let norm = self.normalization;
        let mut t = Tables {
            options: Options {
                case: self.case,
                overlapping: self.overlapping,
                normalization: norm,
                fold,
                in_names: self.in_names,
            },
            ..Tables::default()
        };
        let mut pool = Pool::default();
        let mut labels: HashMap<&str, u32> = HashMap::default();
        let mut entry_index: HashMap<(u32, bool, &str), u32> = HashMap::default();
        entry_index.reserve(self.entries.len());
        let mut key_index: HashMap<String, u32> = HashMap::default();
        key_index.reserve(self.entries.len());
        let mut variant_index: HashMap<(u32, String), u32> = HashMap::default();
        // (key, candidate) in the order given; grouped by key at the end.
        let mut pairs: Vec<(u32, Cand)> = Vec::with_capacity(self.entries.len());
        // Validating and folding every surface form is the costly part and
        // independent per entry, so it runs in parallel, a chunk at a time
        // to bound the memory the folded forms take; interning and
        // deduplication stay sequential to keep the order entries were given in.
        for chunk in self.entries.chunks(PREPARE_CHUNK) {
            let prepared: Vec<Result<Vec<Surface>>> = {
                use rayon::prelude::*;
                chunk
                    .par_iter()
                    .with_min_len(1024)
                    .map(|entry| prepare(entry, entry.case.unwrap_or(self.case), fold, norm))
                    .collect()
            };
            for (entry, surfaces) in chunk.iter().zip(prepared) {
                let surfaces = surfaces?;
                let label = match labels.get(entry.label.as_str()) {
                    Some(&l) => l,
                    None => {
                        let l = t.labels.len() as u32;
                        t.labels.push(entry.label.clone());
                        labels.insert(entry.label.as_str(), l);
                        l
                    }
                };
                // One entry per label and id (or per label and name when there
                // is no id): rows naming the same thing become its aliases.
                let canonical = entry.canonical.as_deref().unwrap_or(entry.pattern.trim());
                let identity = match &entry.id {
                    Some(id) => (label, true, id.as_str()),
                    None => (label, false, canonical),
                };
                let next = t.entries.len() as u32;
                let e = *entry_index.entry(identity).or_insert(next);
                if e == next {
                    let id = entry.id.as_deref().map(|id| pool.push(id)).transpose()?;
                    let canonical = pool.push(canonical)?;
                    t.entries.push(EntryRec { label, id, canonical });
                }
                for Surface { key: key_text, rule, exact } in surfaces {
                    t.surfaces += 1;
                    let k = match key_index.entry(key_text) {
                        MapEntry::Occupied(k) => *k.get(),
                        MapEntry::Vacant(v) => {
                            let next = t.keys.len() as u32;
                            t.keys.push(pool.push(v.key())?);
                            *v.insert(next)
                        }
                    };
                    let variant = match exact {
                        Some(form) => match variant_index.entry((k, form)) {
                            MapEntry::Occupied(v) => *v.get(),
                            MapEntry::Vacant(v) => {
                                let next = t.variants.len() as u32;
                                t.variants.push(pool.push(&v.key().1)?);
                                *v.insert(next)
                            }
                        },
                        None => u32::MAX,
                    };
                    pairs.push((k, Cand { entry: e, rule, variant }));
                }
            }
        }
        pairs.sort_by_key(|&(k, _)| k);
        pairs.dedup();
        t.cand_start.reserve(t.keys.len() + 1);
        t.cand_start.push(0);
        let mut at = 0;
        for k in 0..t.keys.len() as u32 {
            while at < pairs.len() && pairs[at].0 == k {
                t.cands.push(pairs[at].1);
                at += 1;
            }
            t.cand_start.push(t.cands.len() as u32);
        }
        t.pool = pool.text;
        Ok(t)
    }
}

/// Entries validated and folded in parallel at a time.
const PREPARE_CHUNK: usize = 1 << 16;

/// One surface form of an entry, ready to intern.
struct Surface {
    /// The searchable (folded, normalised) form.
    key: String,
    rule: Rule,
    /// For [`Rule::Exact`], the form the text must have.
    exact: Option<String>,
}

/// Validates an entry and works out each of its surface forms.
fn prepare(entry: &Entry, case: CaseMode, fold: bool, norm: Normalization) -> Result<Vec<Surface>> {
    validate(entry)
        .map_err(|message| Error::InvalidPattern { pattern: entry.pattern.clone(), message })?;
    std::iter::once(&entry.pattern)
        .chain(&entry.aliases)
        .map(|surface| {
            let rule = rule(surface, case, fold);
            let exact = (rule == Rule::Exact).then(|| normalize_pattern(surface, false, norm));
            let key = normalize_pattern(surface, fold, norm);
            // A word made only of marks ("\u{739}") passes validation but
            // vanishes when diacritics are ignored; an empty key would
            // match between every two characters.
            if key.is_empty() {
                return Err(Error::InvalidPattern {
                    pattern: entry.pattern.clone(),
                    message: format!("{surface:?} is empty once normalised, so it cannot match"),
                });
            }
            Ok(Surface { key, rule, exact })
        })
        .collect::<Result<_>>()
}

/// The reason an entry cannot be used, if any.
pub(crate) fn validate(entry: &Entry) -> std::result::Result<(), String> {
    if entry.label.trim().is_empty() {
        return Err("the label is empty".to_string());
    }
    for surface in std::iter::once(&entry.pattern).chain(&entry.aliases) {
        if surface.trim().is_empty() {
            return Err("empty pattern".to_string());
        }
        // A combining mark is part of a word but no word by itself: alone,
        // it would match the marks on other words' letters.
        let letter = |c: char| is_word_char(c) && !is_combining_mark(c);
        if !surface.chars().any(letter) {
            return Err(format!(
                "{surface:?} has no letter or digit, so it cannot be matched as a word"
            ));
        }
    }
    Ok(())
}

/// The case rule a surface form sets.
fn rule(surface: &str, case: CaseMode, fold: bool) -> Rule {
    if !fold {
        // Keys are exact already.
        return Rule::Any;
    }
    match case {
        CaseMode::Sensitive => Rule::Exact,
        CaseMode::Insensitive => Rule::Any,
        CaseMode::Smart => {
            let mut letters = 0;
            let mut upper = 0;
            for c in surface.chars().filter(|c| c.is_alphabetic()) {
                letters += 1;
                upper += usize::from(c.is_uppercase());
            }
            if letters > 0 && letters <= 4 && upper == letters {
                Rule::Exact
            } else if upper > 0 {
                Rule::NotLower
            } else {
                Rule::Any
            }
        }
    }
}

/// All strings of the tables in one allocation.
#[derive(Default)]
struct Pool {
    text: String,
}

impl Pool {
    fn push(&mut self, s: &str) -> Result<StrRef> {
        let start = self.text.len();
        self.text.push_str(s);
        match (u32::try_from(start), u32::try_from(self.text.len())) {
            (Ok(s), Ok(e)) => Ok(StrRef(s, e)),
            _ => Err(Error::InvalidOption {
                option: "entries",
                message: "more than 4 GiB of names".to_string(),
            }),
        }
    }
}
