//! Gazetteer entity matching: finds every mention of a list of names in a
//! text, as whole words, with their labels and ids.
//!
//! A [`Gazetteer`] is compiled once from [`Entry`] values (or a TSV, CSV or
//! JSON Lines file) into an [`aho-corasick`](aho_corasick) automaton (an
//! [`fst`] for very large lists), and then [`find`](Gazetteer::find) scans
//! any number of texts in linear time (times, at worst, the longest name).
//!
//! # Matching rules
//!
//! * **Whole words.** A match may not start or end inside a word, judged by
//!   Unicode letters and digits: "Russia's", "(Russia)" and "R-Ohio" match,
//!   "Syrian" does not match "Syria". The rule is applied while matches are
//!   chosen, so "South" is still found in "South African" when "South
//!   Africa" is also a pattern.
//! * **Leftmost-longest**, non-overlapping: "New York City" wins over "New
//!   York". [`GazetteerBuilder::overlapping`] reports every match instead.
//! * **Case**: see [`CaseMode`]; the default, [`CaseMode::Smart`], keeps
//!   "us", "china" and "turkey" words while finding "US", "China", "CHINA".
//!   Folding is full Unicode case folding, and offsets always point into the
//!   original text.
//! * **Inside longer names**: a match that is one word of a longer proper
//!   name ("Vladimir" in "Vladimir Putin", "Texas" in "Texas Instruments")
//!   is kept, left out or flagged ([`InNames`], [`Entity::in_name`]); the
//!   builtin gazetteer leaves it out. On a hand-labelled held-out sample
//!   this raised the builtin's precision by mention from 86.8% to 92.4% on
//!   Reuters (0.4% of correct mentions lost) and from 90.0% to 96.4% on
//!   GUM's CC BY documents (1 of 54 lost); on informal web text (UD EWT)
//!   from 85.6% to 95.1%, losing 4.2% (`scripts/builtin_precision.py`).
//! * **Several entries for one name** ("Georgia" the country and the US
//!   state) give one [`Entity`] that carries every candidate, in the order
//!   the entries were added; [`Entity::label`], [`Entity::id`] and
//!   [`Entity::canonical`] describe the first.
//!
//! # Example
//!
//! ```
//! use textfacts::gazetteer::{Entry, Gazetteer};
//!
//! let gaz = Gazetteer::builder()
//!     .add(Entry::new("South Africa", "GPE").id("953987"))
//!     .add(Entry::new("South", "LOC"))
//!     .add(Entry::new("Georgia", "GPE").id("614540"))
//!     .add(Entry::new("Georgia", "GPE").id("4197000").canonical("Georgia (US state)"))
//!     .build()
//!     .unwrap();
//! let text = "South African exports to Georgia rose.";
//! let found = gaz.find(text);
//! assert_eq!(found[0].text(text), "South");
//! assert_eq!(found[1].text(text), "Georgia");
//! assert_eq!(found[1].id(), Some("614540"));
//! let ids: Vec<_> = found[1].candidates().map(|c| c.canonical()).collect();
//! assert_eq!(ids, ["Georgia", "Georgia (US state)"]);
//! ```
//!
//! # Compiled form
//!
//! [`Gazetteer::save`] and [`Gazetteer::load`] (or [`Gazetteer::to_bytes`]
//! and [`Gazetteer::from_bytes`]) keep everything building works out in a
//! versioned, checksummed binary file; a damaged or foreign file gives
//! [`Error::Format`], never a panic.

use std::path::Path;
use std::sync::Arc;

mod builder;
#[cfg(feature = "builtin")]
mod builtin;
mod compiled;
mod engine;
mod entry;
mod first_words;
mod in_names;
mod linear;
mod loaders;
mod normalize;
mod tables;

#[cfg(feature = "python")]
pub(crate) use builder::validate as validate_entry;
pub use builder::GazetteerBuilder;
pub use compiled::FORMAT_VERSION;
pub use entry::{CaseMode, Entry};
pub use in_names::InNames;
pub use loaders::Format;
pub use normalize::Normalization;

use engine::{Engine, Kind, Walk};
use first_words::{CapitalAhead, FirstWords, Word};
use linear::{Linear, WALK_FACTOR, WALK_SLACK};
use normalize::{haystack, is_ascii_space, is_boundary, is_word_char, Feed};
use tables::{Cand, Rule, Tables, HAS_ANY, HAS_EXACT, HAS_NOT_LOWER};

use crate::{Error, Result, Span};

/// A compiled list of names, ready to find them in text.
///
/// Cloning is cheap (the compiled data is shared), and a `Gazetteer` can be
/// used from many threads at once.
#[derive(Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
    /// Kept outside the shared part, so that [`Gazetteer::with_in_names`]
    /// costs a clone of the pointer.
    in_names: InNames,
}

struct Inner {
    tables: Tables,
    flags: Vec<u8>,
    engine: Engine,
    /// For each byte of a text: [`WORD`] for an ASCII letter or digit,
    /// [`START`] for other ASCII that some key starts with, [`NON_ASCII`]
    /// for the bytes of other characters, 0 for the rest.
    byte_class: [u8; 256],
    /// Whether some key starts with this byte (of the searchable form).
    first_byte: [bool; 256],
    first_words: FirstWords,
    /// The automaton of the linear scan, built the first time a text needs
    /// it (see [`linear`]).
    linear: std::sync::OnceLock<Option<Linear>>,
}

const WORD: u8 = 1;
const START: u8 = 2;
const NON_ASCII: u8 = 4;

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let t = &self.inner.tables;
        f.debug_struct("Gazetteer")
            .field("entries", &t.entries.len())
            .field("patterns", &t.keys.len())
            .field("case", &t.options.case)
            .field("overlapping", &t.options.overlapping)
            .field("normalization", &t.options.normalization)
            .field("in_names", &self.in_names)
            .finish()
    }
}

impl Gazetteer {
    /// A builder, to set options and add entries.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// A gazetteer with the default options from the entries of a file
    /// (`.tsv`, `.csv` or `.jsonl`, optionally `.gz`; see [`Format`]).
    ///
    /// Errors name the file and line: [`Error::Parse`] for a bad row,
    /// [`Error::Io`] when the file cannot be read.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Gazetteer> {
        Gazetteer::builder().add_file(path)?.build()
    }

    /// The gazetteer built into textfacts: countries (common and official
    /// names, short forms), capitals and large cities with their common
    /// English names, US states and other first-level regions, continents
    /// and major international organisations, labelled `GPE`, `LOC` or `ORG`
    /// with GeoNames ids (or `ORG:` ids for organisations). Built from
    /// GeoNames data (CC BY 4.0) by `scripts/build_builtin_gazetteer.py`.
    ///
    /// It is compiled on first use and shared afterwards.
    ///
    /// ```
    /// let gaz = textfacts::gazetteer::Gazetteer::builtin();
    /// let text = "The US and the EU met in New\nYork, said officials from Russia.";
    /// let found: Vec<&str> = gaz.find(text).iter().map(|e| e.text(text)).collect();
    /// assert_eq!(found, ["US", "EU", "New\nYork", "Russia"]);
    /// ```
    #[cfg(feature = "builtin")]
    pub fn builtin() -> Gazetteer {
        static BUILTIN: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(builtin::build).clone()
    }

    fn empty() -> Gazetteer {
        Gazetteer::from_tables(Tables { cand_start: vec![0], ..Tables::default() })
            .unwrap_or_else(|_| unreachable!("an empty gazetteer always builds"))
    }

    fn from_tables(tables: Tables) -> Result<Gazetteer> {
        Gazetteer::with_engine(tables, None)
    }

    /// Puts tables and an engine together, building the engine (of the kind
    /// measured best for the keys' size) unless it was loaded.
    fn with_engine(tables: Tables, engine: Option<Engine>) -> Result<Gazetteer> {
        let engine = match engine {
            Some(engine) => engine,
            None => {
                let key_bytes: usize = tables.keys.iter().map(|k| (k.1 - k.0) as usize).sum();
                Engine::build(&tables, Kind::for_key_bytes(key_bytes))
                    .map_err(|message| Error::InvalidOption { option: "entries", message })?
            }
        };
        let mut first_byte = [false; 256];
        for &k in &tables.keys {
            if let Some(&b) = tables.pool.as_bytes().get(k.0 as usize) {
                first_byte[b as usize] = true;
            }
        }
        let (fold, norm) = (tables.options.fold, tables.options.normalization);
        let mut byte_class = [NON_ASCII; 256];
        for (b, class) in byte_class.iter_mut().enumerate().take(0x80) {
            let b = b as u8;
            // Whitespace becomes a space, and no key starts with one.
            let space = norm.whitespace && is_ascii_space(b);
            let searched = if fold { b.to_ascii_lowercase() } else { b };
            *class = if b.is_ascii_alphanumeric() {
                WORD
            } else if !space && first_byte[searched as usize] {
                START
            } else {
                0
            };
        }
        let flags = tables.key_flags();
        let keys = (0..tables.keys.len()).map(|k| (tables.key(k), tables.accepts_lower_case(k)));
        let first_words = FirstWords::new(keys, fold, norm.whitespace);
        let linear = std::sync::OnceLock::new();
        let in_names = tables.options.in_names;
        let inner = Inner { tables, flags, engine, byte_class, first_byte, first_words, linear };
        Ok(Gazetteer { inner: Arc::new(inner), in_names })
    }

    /// The number of entries (distinct things; aliases and rows naming the
    /// same label and id count once).
    pub fn len(&self) -> usize {
        self.inner.tables.entries.len()
    }

    /// Whether the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of distinct searchable names (after normalisation and
    /// case folding).
    pub fn pattern_count(&self) -> usize {
        self.inner.tables.keys.len()
    }

    /// The default case mode it was built with.
    pub fn case(&self) -> CaseMode {
        self.inner.tables.options.case
    }

    /// Whether it reports overlapping matches.
    pub fn overlapping(&self) -> bool {
        self.inner.tables.options.overlapping
    }

    /// The normalisations it applies.
    pub fn normalization(&self) -> Normalization {
        self.inner.tables.options.normalization
    }

    /// What it does with a match that is one word of a longer proper name
    /// (see [`InNames`] and [`GazetteerBuilder::in_names`]).
    pub fn in_names(&self) -> InNames {
        self.in_names
    }

    /// The same gazetteer with another [`InNames`] mode; nothing is
    /// rebuilt or copied.
    ///
    /// ```
    /// use textfacts::gazetteer::{Gazetteer, InNames};
    ///
    /// let text = "President Vladimir Putin flew to Vladimir.";
    /// let builtin = Gazetteer::builtin();
    /// assert_eq!(builtin.in_names(), InNames::Drop);
    /// let found = builtin.find(text);
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].start, text.rfind("Vladimir").unwrap());
    /// let all = builtin.with_in_names(InNames::Keep);
    /// assert_eq!(all.find(text).len(), 2);
    /// ```
    pub fn with_in_names(&self, mode: InNames) -> Gazetteer {
        Gazetteer { inner: self.inner.clone(), in_names: mode }
    }

    /// The entry with index `index` (as [`Candidate::index`] gives it).
    pub fn entry(&self, index: usize) -> Option<Candidate<'_>> {
        (index < self.len())
            .then_some(Candidate { tables: &self.inner.tables, entry: index as u32 })
    }

    /// Entry `index`, which the caller took from this gazetteer's own
    /// [`Candidate::index`], so it is in range.
    pub(crate) fn candidate(&self, index: u32) -> Candidate<'_> {
        Candidate { tables: &self.inner.tables, entry: index }
    }

    /// Every mention of the gazetteer's names in `text`, in order, with
    /// UTF-8 byte offsets into `text`.
    ///
    /// By default the matches are leftmost-longest and do not overlap;
    /// with [`GazetteerBuilder::overlapping`] they are every whole-word
    /// match, ordered by start and then longest first.
    ///
    /// Linear in the length of `text` (times, in the worst case, the
    /// length of the longest name).
    pub fn find<'g>(&'g self, text: &str) -> Vec<Entity<'g>> {
        let mut out = Vec::new();
        match &self.inner.engine {
            Engine::Dfa(e) => self.scan(e, text, &mut out),
            Engine::Nfa(e) => self.scan(e, text, &mut out),
            Engine::Fst(e) => self.scan(e, text, &mut out),
        }
        if self.in_names != InNames::Keep {
            self.judge_in_names(text, &mut out);
        }
        out
    }

    /// Applies the in-names rule (see [`InNames`]) to the matches found,
    /// which are in order of start. Each judgement reads the words around
    /// one match, up to where the next match starts, so the whole pass is
    /// linear.
    fn judge_in_names(&self, text: &str, out: &mut Vec<Entity<'_>>) {
        if self.overlapping() {
            // Any earlier match may end, and any later one start, next to
            // this one.
            let starts: Vec<usize> = out.iter().map(|e| e.start).collect();
            let mut ends: Vec<usize> = out.iter().map(|e| e.end).collect();
            ends.sort_unstable();
            for e in out.iter_mut() {
                let starts_match = |at: usize| starts.binary_search(&at).is_ok();
                let ends_match = |at: usize| ends.binary_search(&at).is_ok();
                e.in_name = in_names::in_name(text, e.start, e.end, starts_match, ends_match);
            }
        } else {
            // Without overlaps, only the matches on either side can touch it.
            for k in 0..out.len() {
                let next = out.get(k + 1).map(|e| e.start);
                let previous = k.checked_sub(1).and_then(|p| out.get(p)).map(|e| e.end);
                let e = &out[k];
                let in_name = in_names::in_name(
                    text,
                    e.start,
                    e.end,
                    |at| Some(at) == next,
                    |at| Some(at) == previous,
                );
                out[k].in_name = in_name;
            }
        }
        if self.in_names == InNames::Drop {
            out.retain(|e| !e.in_name);
        }
    }

    /// Visits every place a match may start (where no word continues
    /// across, some key starts with what the character there becomes, and
    /// [`FirstWords`] does not rule the word out) and walks the automaton
    /// from it. Without overlapping, the longest key there that passes
    /// every rule wins and the scan resumes after it; a key that fails (it
    /// ends inside a word, or its case is wrong) leaves the shorter keys
    /// found on the same walk to be tried.
    ///
    /// The scan goes a word at a time: at the top of the loop it is never
    /// inside a word, so every letter or digit it meets starts one. After a
    /// match that holds too: a match ends where no word continues across.
    fn scan<'g, W: Walk>(&'g self, engine: &W, text: &str, out: &mut Vec<Entity<'g>>) {
        let inner = &*self.inner;
        let options = &inner.tables.options;
        let (fold, norm) = (options.fold, options.normalization);
        let bytes = text.as_bytes();
        let mut found: Vec<(usize, u32)> = Vec::new();
        let mut scratch = String::new();
        let mut capitals = CapitalAhead::default();
        // Bytes the walks have read: past a fixed multiple of the text, the
        // rest goes to the linear scan (see [`linear`]).
        let mut walked = 0usize;
        let mut i = 0;
        while i < bytes.len() {
            if walked > WALK_FACTOR * i + WALK_SLACK {
                if let Some(linear) = inner.linear.get_or_init(|| Linear::build(&inner.tables)) {
                    out.extend(self.scan_linear(linear, text, i));
                    return;
                }
                walked = 0;
            }
            // Spaces and punctuation no key starts with: a tight loop.
            while bytes.get(i).is_some_and(|&b| inner.byte_class[b as usize] == 0) {
                i += 1;
            }
            let Some(&b) = bytes.get(i) else { break };
            let class = inner.byte_class[b as usize];
            if class & WORD != 0 {
                let (walk, end) = match inner.first_words.judge(bytes, i) {
                    Word::NoKey(end) => (false, Some(end)),
                    Word::WalkIfCapital { end, reach } => {
                        (capitals.within(bytes, i, reach, norm.whitespace), Some(end))
                    }
                    Word::Walk { end } => (true, end),
                };
                let matched = if walk {
                    let (matched, read) =
                        self.start_at(engine, text, i, &mut found, &mut scratch, out);
                    walked += read;
                    matched
                } else {
                    None
                };
                i = matched.or(end).unwrap_or_else(|| word_end(text, i));
                continue;
            }
            let (word, width, may_start) = if class & NON_ASCII == 0 {
                (false, 1, true)
            } else {
                let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
                let may_start = !(norm.whitespace && c.is_whitespace()) && {
                    scratch.clear();
                    normalize::push_char(&mut scratch, c, fold, norm);
                    scratch.as_bytes().first().is_some_and(|&f| inner.first_byte[f as usize])
                };
                (is_word_char(c), c.len_utf8(), may_start)
            };
            let matched = if may_start {
                let (matched, read) = self.start_at(engine, text, i, &mut found, &mut scratch, out);
                walked += read;
                matched
            } else {
                None
            };
            i = match matched {
                Some(end) => end,
                None if word => word_end(text, i),
                None => i + width,
            };
        }
    }

    /// Walks from `start` and keeps what passes: the longest match (and
    /// returns where it ends), or with overlapping every match; and how
    /// many bytes of the text the walk read.
    #[inline(never)]
    fn start_at<'g, W: Walk>(
        &'g self,
        engine: &W,
        text: &str,
        start: usize,
        found: &mut Vec<(usize, u32)>,
        scratch: &mut String,
        out: &mut Vec<Entity<'g>>,
    ) -> (Option<usize>, usize) {
        let options = &self.inner.tables.options;
        let norm = options.normalization;
        found.clear();
        let mut feed = Feed::new(text, start, options.fold, norm, scratch);
        engine.walk(&mut feed, found);
        let read = feed.position() - start;
        for &(end, key) in found.iter().rev() {
            let end = if norm.diacritics { past_dropped(text, end, scratch) } else { end };
            if let Some(e) = self.judge(text, start, end, key as usize) {
                out.push(e);
                if !options.overlapping {
                    return (Some(end), read);
                }
            }
        }
        (None, read)
    }

    /// The entity for `start..end` of `text`, found as key `key`, if it ends
    /// on a word boundary and its case suits at least one candidate (the
    /// start is a boundary already).
    fn judge<'g>(&'g self, text: &str, start: usize, end: usize, key: usize) -> Option<Entity<'g>> {
        let inner = &*self.inner;
        let t = &inner.tables;
        // A loaded automaton is checked for damage, not for sense: a key
        // it cannot have is no match rather than a panic.
        let &flags = inner.flags.get(key)?;
        if !is_boundary(text, end) {
            return None;
        }
        let first = t.cand_start[key];
        let mut entity = Entity {
            start,
            end,
            tables: t,
            key: key as u32,
            primary: first,
            lower: false,
            variant: u32::MAX,
            in_name: false,
        };
        if flags == HAS_ANY {
            return Some(entity);
        }
        let matched = &text[start..end];
        if flags & HAS_NOT_LOWER != 0 {
            entity.lower = !matched.chars().any(char::is_uppercase);
        }
        if flags & HAS_EXACT != 0 {
            let norm = t.options.normalization;
            let form = haystack(matched, false, norm);
            let form = if norm == Normalization::default() { matched } else { form.trim() };
            entity.variant = t
                .cands_of(key)
                .iter()
                .find(|c| c.rule == Rule::Exact && t.str(t.variants[c.variant as usize]) == form)
                .map_or(u32::MAX, |c| c.variant);
        }
        let offset = t.cands_of(key).iter().position(|c| entity.accepts(c))?;
        entity.primary = first + offset as u32;
        Some(entity)
    }

    /// The compiled form: a versioned, checksummed byte string that
    /// [`from_bytes`](Gazetteer::from_bytes) turns back into an equal
    /// gazetteer, much faster than building it again.
    ///
    /// ```
    /// use textfacts::gazetteer::{Entry, Gazetteer};
    ///
    /// let gaz = Gazetteer::builder().add(Entry::new("Paris", "GPE")).build().unwrap();
    /// let bytes = gaz.to_bytes();
    /// let again = Gazetteer::from_bytes(&bytes).unwrap();
    /// assert_eq!(again.find("Paris").len(), 1);
    /// // Damage is detected, not trusted.
    /// assert!(Gazetteer::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        let tables = &self.inner.tables;
        let automaton = self.inner.engine.to_bytes();
        if tables.options.in_names == self.in_names {
            return compiled::encode(tables, automaton);
        }
        // Changed by `with_in_names`: the stored form says so too.
        let mut tables = tables.clone();
        tables.options.in_names = self.in_names;
        compiled::encode(&tables, automaton)
    }

    /// Reads the compiled form made by [`to_bytes`](Gazetteer::to_bytes).
    ///
    /// Fails with [`Error::Format`] for truncated, corrupted, foreign or
    /// other-version data.
    pub fn from_bytes(bytes: &[u8]) -> Result<Gazetteer> {
        let (tables, engine) =
            compiled::decode(bytes).map_err(|m| compiled::format_error(None, m))?;
        Gazetteer::with_engine(tables, engine)
    }

    /// Writes the compiled form to a file; [`Error::Write`] when it cannot
    /// be written (the path is a directory, say).
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        let path = path.as_ref();
        std::fs::write(path, self.to_bytes())
            .map_err(|source| Error::Write { path: path.to_path_buf(), source })
    }

    /// Reads a file written by [`save`](Gazetteer::save).
    pub fn load(path: impl AsRef<Path>) -> Result<Gazetteer> {
        let (tables, engine) = compiled::read(path.as_ref())?;
        Gazetteer::with_engine(tables, engine)
    }
}

/// The end of the word that starts at `start`: where a scan that found no
/// match there resumes, since no match starts inside a word.
fn word_end(text: &str, start: usize) -> usize {
    text[start..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(text.len(), |(at, _)| start + at)
}

/// The end of a match found ending at `end`, taken past the characters that
/// follow and become nothing when diacritics are ignored (combining marks):
/// "Jose" finds all of a decomposed "José", accent included, and the word
/// boundary is judged after it.
fn past_dropped(text: &str, mut end: usize, scratch: &mut String) -> usize {
    let all = Normalization { diacritics: true, punctuation: false, whitespace: false };
    for c in text[end..].chars().take_while(|c| !c.is_ascii()) {
        scratch.clear();
        normalize::push_char(scratch, c, false, all);
        if !scratch.is_empty() {
            break;
        }
        end += c.len_utf8();
    }
    end
}

/// One mention of a gazetteer name in a text.
///
/// `start` and `end` are UTF-8 byte offsets into the text given to
/// [`Gazetteer::find`]. [`label`](Entity::label), [`id`](Entity::id) and
/// [`canonical`](Entity::canonical) describe the first candidate entry,
/// and [`candidates`](Entity::candidates) lists every entry the name may
/// refer to (those whose case rule the text satisfies), in the order the
/// entries were added. All of these borrow from the gazetteer and cost no
/// allocation.
///
/// ```
/// use textfacts::gazetteer::{Entry, Gazetteer};
///
/// let gaz = Gazetteer::builder()
///     .add(Entry::new("Georgia", "GPE").id("614540"))
///     .add(Entry::new("Georgia", "GPE").id("4197000"))
///     .build()
///     .unwrap();
/// let text = "Tbilisi, Georgia.";
/// let e = &gaz.find(text)[0];
/// assert_eq!((e.start, e.end, e.text(text)), (9, 16, "Georgia"));
/// assert_eq!((e.label(), e.id()), ("GPE", Some("614540")));
/// assert_eq!(e.candidate_count(), 2);
/// ```
#[derive(Clone, Copy)]
pub struct Entity<'g> {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    tables: &'g Tables,
    key: u32,
    /// Index into `tables.cands` of the first accepted candidate.
    primary: u32,
    /// Whether the matched text has no upper-case letter.
    lower: bool,
    /// The exact form the matched text has, if any entry needs one.
    variant: u32,
    /// Whether the in-names rule reads it as a word of a longer name.
    in_name: bool,
}

impl<'g> Entity<'g> {
    fn accepts(&self, c: &Cand) -> bool {
        match c.rule {
            Rule::Any => true,
            Rule::NotLower => !self.lower,
            Rule::Exact => c.variant == self.variant,
        }
    }

    /// The byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The mention as written in `text` (the text given to `find`).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The first candidate entry.
    pub fn entry(&self) -> Candidate<'g> {
        Candidate { tables: self.tables, entry: self.tables.cands[self.primary as usize].entry }
    }

    /// The first candidate's label.
    pub fn label(&self) -> &'g str {
        self.entry().label()
    }

    /// The first candidate's id, if it has one.
    pub fn id(&self) -> Option<&'g str> {
        self.entry().id()
    }

    /// The first candidate's canonical name.
    pub fn canonical(&self) -> &'g str {
        self.entry().canonical()
    }

    /// Every entry this mention may refer to, first candidate first, in the
    /// order the entries were added to the gazetteer.
    pub fn candidates(&self) -> impl Iterator<Item = Candidate<'g>> + 'g {
        let this = *self;
        let t = self.tables;
        t.cands_of(self.key as usize)
            .iter()
            .filter(move |c| this.accepts(c))
            .map(move |c| Candidate { tables: t, entry: c.entry })
    }

    /// The number of candidates.
    pub fn candidate_count(&self) -> usize {
        self.candidates().count()
    }

    /// Whether the in-names rule reads the mention as one word of a longer
    /// proper name ("Vladimir" in "Vladimir Putin"). Set only by a
    /// gazetteer in [`InNames::Flag`] mode (in [`InNames::Drop`] mode such
    /// mentions are left out, in [`InNames::Keep`] mode not judged).
    pub fn in_name(&self) -> bool {
        self.in_name
    }
}

impl PartialEq for Entity<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.tables, other.tables)
            && (self.start, self.end, self.key, self.primary, self.lower, self.variant)
                == (other.start, other.end, other.key, other.primary, other.lower, other.variant)
            && self.in_name == other.in_name
    }
}

impl Eq for Entity<'_> {}

impl std::fmt::Debug for Entity<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entity")
            .field("start", &self.start)
            .field("end", &self.end)
            .field("label", &self.label())
            .field("id", &self.id())
            .field("canonical", &self.canonical())
            .field("candidates", &self.candidate_count())
            .field("in_name", &self.in_name)
            .finish()
    }
}

/// One entry of a gazetteer, as a candidate for a mention.
#[derive(Clone, Copy)]
pub struct Candidate<'g> {
    tables: &'g Tables,
    entry: u32,
}

impl<'g> Candidate<'g> {
    /// The entry's index in its gazetteer: equal indices are the same
    /// entry, whatever name was matched.
    pub fn index(&self) -> usize {
        self.entry as usize
    }

    /// The label (`GPE`, `ORG`, ...).
    pub fn label(&self) -> &'g str {
        let t = self.tables;
        &t.labels[t.entries[self.entry as usize].label as usize]
    }

    /// The id, if the entry has one.
    pub fn id(&self) -> Option<&'g str> {
        let t = self.tables;
        t.entries[self.entry as usize].id.map(|r| t.str(r))
    }

    /// The canonical name (the entry's first pattern when none was given).
    pub fn canonical(&self) -> &'g str {
        let t = self.tables;
        t.str(t.entries[self.entry as usize].canonical)
    }
}

impl PartialEq for Candidate<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.tables, other.tables) && self.entry == other.entry
    }
}

impl Eq for Candidate<'_> {}

impl std::fmt::Debug for Candidate<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Candidate")
            .field("label", &self.label())
            .field("id", &self.id())
            .field("canonical", &self.canonical())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;

    use super::*;

    type Found = Vec<(usize, usize, Vec<usize>)>;

    fn spans(found: &[Entity<'_>]) -> Found {
        found
            .iter()
            .map(|e| (e.start, e.end, e.candidates().map(|c| c.index()).collect()))
            .collect()
    }

    /// The rules, checked by brute force: every span between character
    /// boundaries whose searchable form is a key, in order, longest first,
    /// skipping what a chosen match covers unless overlapping.
    fn oracle(g: &Gazetteer, text: &str) -> Found {
        let t = &g.inner.tables;
        let (fold, norm) = (t.options.fold, t.options.normalization);
        let keys: HashMap<&str, usize> = (0..t.keys.len()).map(|k| (t.key(k), k)).collect();
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut out = Vec::new();
        let mut from = 0;
        for &i in &bounds {
            let first = text[i..].chars().next().map_or(0, char::len_utf8);
            if i < from
                || !is_boundary(text, i)
                || haystack(&text[i..i + first], fold, norm).is_empty()
            {
                continue;
            }
            let ends = bounds.iter().copied().chain([text.len()]).filter(|&j| j > i);
            for j in ends.collect::<Vec<_>>().into_iter().rev() {
                let form = haystack(&text[i..j], fold, norm);
                let Some(e) = keys.get(form.as_ref()).and_then(|&k| g.judge(text, i, j, k)) else {
                    continue;
                };
                out.push(e);
                if !t.options.overlapping {
                    from = j;
                    break;
                }
            }
        }
        spans(&out)
    }

    /// What the linear scan finds in the whole of `text`.
    fn linear_spans(g: &Gazetteer, text: &str) -> Found {
        let linear = linear::Linear::build(&g.inner.tables).unwrap();
        spans(&g.scan_linear(&linear, text, 0))
    }

    #[test]
    fn every_reader_is_linear_however_long_the_longest_name() {
        // A text that spells the beginning of a long name everywhere: the
        // walks would read it again from every word; the scan hands the
        // text to the linear scan, and finds the same.
        let long = ["alpha"; 400].join(" ") + " omega";
        let mut b = Gazetteer::builder();
        b.add(Entry::new(long.as_str(), "X")).add(Entry::new("alpha alpha omega", "Y"));
        let g = b.build().unwrap();
        let text = "alpha ".repeat(50_000) + "omega";
        let found = g.find(&text);
        assert_eq!(spans(&found), linear_spans(&g, &text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text(&text), long);
        assert!(g.inner.linear.get().is_some_and(Option::is_some), "the linear scan ran");
    }

    /// A gazetteer of `tables` searched by an engine of kind `kind`.
    fn with_kind(tables: Tables, kind: Kind) -> Gazetteer {
        let engine = Engine::build(&tables, kind).unwrap();
        Gazetteer::with_engine(tables, Some(engine)).unwrap()
    }

    fn name() -> impl Strategy<Value = String> {
        proptest::string::string_regex(
            "[abAB][abAB\u{df}\u{e9}\u{130}]{0,3}([ .'-]{1,2}[abAB\u{e9}]{1,3}){0,2}\\.?",
        )
        .unwrap()
    }

    #[test]
    fn a_damaged_or_cut_stored_automaton_is_a_format_error() {
        let mut b = Gazetteer::builder();
        b.extend(["Paris", "Lyon", "New York"].map(|n| Entry::new(n, "GPE")));
        let g = with_kind(b.tables().unwrap(), Kind::Fst);
        let bytes = g.to_bytes();
        assert_eq!(Gazetteer::from_bytes(&bytes).unwrap().find("Lyon, New York").len(), 2);
        for at in 0..bytes.len() {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x55;
            assert!(matches!(Gazetteer::from_bytes(&damaged), Err(Error::Format { .. })));
            assert!(matches!(Gazetteer::from_bytes(&bytes[..at]), Err(Error::Format { .. })));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// The engines differ only in speed: every one finds what the rules
        /// say, on any text and with any options.
        #[test]
        fn every_engine_finds_what_the_rules_say(
            names in proptest::collection::vec(name(), 1..12),
            text in proptest::string::string_regex(
                "([abAB\u{df}\u{e9}\u{130}]{1,4}|a\u{301}|[ .,\t\n'\u{2019}-]{1,3}){0,16}",
            )
            .unwrap(),
            case in 0..3usize,
            overlapping: bool,
            diacritics: bool,
            punctuation: bool,
            whitespace: bool,
        ) {
            let mut b = Gazetteer::builder();
            b.case([CaseMode::Sensitive, CaseMode::Insensitive, CaseMode::Smart][case])
                .overlapping(overlapping)
                .normalization(Normalization { diacritics, punctuation, whitespace });
            for (i, n) in names.iter().enumerate() {
                b.add(Entry::new(n.as_str(), if i % 2 == 0 { "A" } else { "B" }));
            }
            let tables = b.tables().unwrap();
            let dfa = with_kind(tables.clone(), Kind::Dfa);
            let want = oracle(&dfa, &text);
            for kind in [Kind::Dfa, Kind::Nfa, Kind::Fst] {
                let g = with_kind(tables.clone(), kind);
                prop_assert_eq!(&spans(&g.find(&text)), &want, "{:?}", kind);
            }
            prop_assert_eq!(&linear_spans(&dfa, &text), &want, "the linear scan");
            // A stored automaton searches like a built one.
            let stored = with_kind(tables, Kind::Fst);
            let loaded = Gazetteer::from_bytes(&stored.to_bytes()).unwrap();
            prop_assert!(matches!(loaded.inner.engine, Engine::Fst(_)));
            prop_assert_eq!(spans(&loaded.find(&text)), want);
        }

        /// Texts made of the names' own words, re-cased and joined by other
        /// separators, so that nearly every filter decision (first word,
        /// separator, second word, capital ahead) is one a match hangs on.
        #[test]
        fn the_filters_skip_no_match_in_text_made_of_the_names(
            names in proptest::collection::vec(name(), 1..8),
            picks in proptest::collection::vec((0usize..64, 0usize..8, proptest::bool::ANY), 0..24),
            case in 0..3usize,
            diacritics: bool,
            whitespace: bool,
        ) {
            let mut b = Gazetteer::builder();
            b.case([CaseMode::Sensitive, CaseMode::Insensitive, CaseMode::Smart][case])
                .normalization(Normalization { diacritics, punctuation: false, whitespace });
            for n in &names {
                b.add(Entry::new(n.as_str(), "A"));
            }
            let words: Vec<&str> = names
                .iter()
                .flat_map(|n| n.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .collect();
            let separators = [" ", "  ", "\n ", ".", ". ", "-", "'", "\t"];
            // Unaccented twins of the names' words, which the accented
            // names match when diacritics are ignored.
            let plain: Vec<String> = words.iter().map(|w| w.replace('\u{e9}', "e")).collect();
            let words: Vec<&str> = words.iter().copied().chain(plain.iter().map(String::as_str)).collect();
            let mut text = String::new();
            for (w, sep, upper) in picks {
                let word = words[w % words.len()];
                text.push_str(&if upper { word.to_uppercase() } else { word.to_string() });
                text.push_str(separators[sep]);
            }
            let tables = b.tables().unwrap();
            let want = oracle(&with_kind(tables.clone(), Kind::Dfa), &text);
            let nfa = with_kind(tables, Kind::Nfa);
            prop_assert_eq!(&spans(&nfa.find(&text)), &want);
            prop_assert_eq!(&linear_spans(&nfa, &text), &want, "the linear scan");
        }
    }
}
