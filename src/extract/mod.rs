//! The pipeline: one call from text to a [`Document`] holding its sentences,
//! entities and numeric facts, each linked to the sentence it stands in.
//!
//! Data flows one way: text, sentences, entities, facts, document. Each stage
//! scans the text once; linking is a merge of sorted spans, so the whole
//! pipeline stays linear in the length of the text.

mod batch;
mod document;
mod from_records;
pub(crate) mod html;
mod link;
pub mod record;

pub use batch::{max_threads, Batch, THREADS_PER_CORE};
pub use document::{Document, EntityMention, FactMention};

use crate::error::Result;
use crate::gazetteer::Gazetteer;
use crate::numeric::NumberExtractor;
use crate::sentence::{Sentence, SentenceSplitter};

/// Which gazetteer an extractor matches.
#[derive(Clone, Debug, Default)]
enum GazetteerChoice {
    /// [`Gazetteer::builtin`] where the `builtin` feature is on, else none.
    #[default]
    Default,
    None,
    Given(Gazetteer),
}

/// Configures an [`Extractor`].
///
/// ```
/// use textfacts::{Extractor, SentenceSplitter};
///
/// let extractor = Extractor::builder()
///     .splitter(SentenceSplitter::builder().newline_ends_sentence(true).build()?)
///     .build()?;
/// let doc = extractor.extract("First line\nSecond line");
/// assert_eq!(doc.sentences.len(), 2);
/// # Ok::<(), textfacts::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    splitter: Option<SentenceSplitter>,
    gazetteer: GazetteerChoice,
    numbers: Option<NumberExtractor>,
    threads: Option<usize>,
}

impl ExtractorBuilder {
    /// The sentence splitter to use (default: [`SentenceSplitter::new`]).
    pub fn splitter(mut self, splitter: SentenceSplitter) -> Self {
        self.splitter = Some(splitter);
        self
    }

    /// The gazetteer whose entities to find (default: [`Gazetteer::builtin`]
    /// when the `builtin` feature is on, which it is by default).
    ///
    /// ```
    /// use textfacts::gazetteer::{Entry, Gazetteer};
    /// use textfacts::Extractor;
    ///
    /// let gazetteer = Gazetteer::builder().add(Entry::new("Northfield", "GPE")).build()?;
    /// let extractor = Extractor::builder().gazetteer(gazetteer).build()?;
    /// let doc = extractor.extract("Rain hit Northfield. It flooded.");
    /// assert_eq!(doc.entities[0].label(), "GPE");
    /// assert_eq!(doc.entities[0].sentence, 0);
    /// # Ok::<(), textfacts::Error>(())
    /// ```
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> Self {
        self.gazetteer = GazetteerChoice::Given(gazetteer);
        self
    }

    /// Finds no entities at all (not even the built-in gazetteer's).
    ///
    /// ```
    /// let extractor = textfacts::Extractor::builder().no_gazetteer().build()?;
    /// assert!(extractor.extract("France and Spain.").entities.is_empty());
    /// # Ok::<(), textfacts::Error>(())
    /// ```
    pub fn no_gazetteer(mut self) -> Self {
        self.gazetteer = GazetteerChoice::None;
        self
    }

    /// The numeric-fact extractor to use (default:
    /// [`NumberExtractor::default`]).
    ///
    /// ```
    /// use textfacts::{Extractor, NumberExtractor};
    ///
    /// let numbers = NumberExtractor::builder().years(false).build();
    /// let extractor = Extractor::builder().numbers(numbers).build()?;
    /// let doc = extractor.extract("In 2016, 87 people died.");
    /// assert_eq!(doc.facts.len(), 1);
    /// assert_eq!(doc.facts[0].fact.value, Some(87.0));
    /// # Ok::<(), textfacts::Error>(())
    /// ```
    pub fn numbers(mut self, numbers: NumberExtractor) -> Self {
        self.numbers = Some(numbers);
        self
    }

    /// How many threads [`Extractor::extract_many`] uses (default: one per
    /// core). Must be at least 1 and at most [`max_threads`].
    pub fn threads(mut self, threads: usize) -> Self {
        self.threads = Some(threads);
        self
    }

    /// Builds the extractor.
    pub fn build(self) -> Result<Extractor> {
        if let Some(threads) = self.threads {
            batch::check_threads(threads)?;
        }
        let gazetteer = match self.gazetteer {
            #[cfg(feature = "builtin")]
            GazetteerChoice::Default => Some(Gazetteer::builtin()),
            #[cfg(not(feature = "builtin"))]
            GazetteerChoice::Default => None,
            GazetteerChoice::None => None,
            GazetteerChoice::Given(g) => Some(g),
        };
        Ok(Extractor {
            splitter: self.splitter.unwrap_or_default(),
            gazetteer,
            numbers: self.numbers.unwrap_or_default(),
            threads: self.threads,
        })
    }
}

/// Runs every stage over a text and links the results.
///
/// An extractor is immutable and `Sync`: share one across threads.
///
/// ```
/// let extractor = textfacts::Extractor::new();
/// let doc = extractor.extract("It rained. Then it stopped.");
/// assert_eq!(doc.sentences[1].text(&doc.text), "Then it stopped.");
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    splitter: SentenceSplitter,
    gazetteer: Option<Gazetteer>,
    numbers: NumberExtractor,
    threads: Option<usize>,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the default options: the default sentence rules
    /// and the built-in gazetteer (when the `builtin` feature is on).
    pub fn new() -> Extractor {
        Extractor {
            splitter: SentenceSplitter::new(),
            #[cfg(feature = "builtin")]
            gazetteer: Some(Gazetteer::builtin()),
            #[cfg(not(feature = "builtin"))]
            gazetteer: None,
            numbers: NumberExtractor::default(),
            threads: None,
        }
    }

    /// Starts configuring an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The sentence splitter in use.
    pub fn splitter(&self) -> &SentenceSplitter {
        &self.splitter
    }

    /// The gazetteer in use, if any.
    pub fn gazetteer(&self) -> Option<&Gazetteer> {
        self.gazetteer.as_ref()
    }

    /// The numeric-fact extractor in use.
    pub fn numbers(&self) -> &NumberExtractor {
        &self.numbers
    }

    /// Extracts everything from one text.
    ///
    /// A fact never runs over the end of a sentence that ends in a
    /// terminator or at a paragraph break; a sentence the splitter ends at
    /// a single line break with no terminator (a heading, a table row) is
    /// no such limit, since wire copy wraps a figure's scale or unit onto
    /// the next line, and a fact that runs over it belongs to the sentence
    /// it starts in (`FactMention::sentence`).
    ///
    /// Each stage makes its own pass over the text: the passes share no
    /// work worth fusing (the splitter scans for terminators, the gazetteer
    /// runs its automaton, the number reader looks at digits and number
    /// words), and linking is a merge over their sorted results.
    pub fn extract(&self, text: &str) -> Document {
        let sentences = self.splitter.split(text);
        let ends = hard_ends(text, &sentences);
        let entities = match &self.gazetteer {
            Some(g) => link::entities(&within(g.find(text), &ends), g, &sentences),
            None => Vec::new(),
        };
        let mut linker = link::FactLinker::new(&sentences, &entities);
        let facts = self.numbers.extract_map(text, &ends, |fact| linker.link(fact));
        Document { text: text.to_string(), sentences, entities, facts }
    }

    /// Extracts from many texts on all cores (or the configured number of
    /// threads), keeping their order.
    ///
    /// ```
    /// let extractor = textfacts::Extractor::new();
    /// let docs = extractor.extract_many(&["One. Two.", "Three."]);
    /// assert_eq!(docs.iter().map(|d| d.sentences.len()).collect::<Vec<_>>(), [2, 1]);
    /// ```
    pub fn extract_many<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Document> {
        // The configured count was checked when built; a pool the system
        // cannot start still gets the work done, on the global pool.
        let batch = self.batch(None).or_else(|_| Batch::new(self, None));
        match batch {
            Ok(batch) => batch.extract(texts, |_| {}),
            Err(_) => texts.iter().map(|t| self.extract(t.as_ref())).collect(),
        }
    }

    /// Like [`Extractor::extract_many`], with an explicit thread count
    /// (`None`: the configured one, else one per core) and a callback told
    /// each time a text is done, for progress reporting. Errors for a count
    /// of 0 or above [`max_threads`].
    ///
    /// ```
    /// use std::sync::atomic::{AtomicUsize, Ordering};
    /// let done = AtomicUsize::new(0);
    /// let docs = textfacts::Extractor::new()
    ///     .extract_many_with(&["a.", "b.", "c."], Some(2), |_| { done.fetch_add(1, Ordering::Relaxed); })?;
    /// assert_eq!(docs.len(), 3);
    /// assert_eq!(done.load(Ordering::Relaxed), 3);
    /// # Ok::<(), textfacts::Error>(())
    /// ```
    pub fn extract_many_with<S, F>(
        &self,
        texts: &[S],
        threads: Option<usize>,
        on_done: F,
    ) -> Result<Vec<Document>>
    where
        S: AsRef<str> + Sync,
        F: Fn(usize) + Sync,
    {
        Ok(self.batch(threads)?.extract(texts, on_done))
    }

    /// This extractor set up for batches on `threads` threads (`None`: the
    /// configured count, else one per core), for a caller that works
    /// through a batch in [`Batch::chunks`]. Errors for a count of 0 or
    /// above [`max_threads`], or one the system cannot start.
    pub fn batch(&self, threads: Option<usize>) -> Result<Batch<'_>> {
        Batch::new(self, threads.or(self.threads))
    }
}

/// The sentence ends no fact may cross: those after a terminator ("Wow!.1
/// people" is "Wow!." and "1 people") and those at a paragraph break (a
/// blank line, U+2029). A sentence the splitter ends at a single line break
/// with no terminator (a heading, a row of a table) is a soft end: wire
/// copy wraps a figure's scale or unit onto the next line ("453.4\n
/// Billion schillings"), so a fact may run over it, and belongs to the
/// sentence it starts in.
fn hard_ends(text: &str, sentences: &[Sentence]) -> Vec<usize> {
    let mut ends = Vec::with_capacity(sentences.len());
    for (i, s) in sentences.iter().enumerate() {
        let next = sentences.get(i + 1).map_or(text.len(), |n| n.start);
        if s.ends_in_terminator(text) || paragraph_break(text.get(s.end..next).unwrap_or("")) {
            ends.push(s.end);
        }
    }
    ends
}

/// Whether the text between two sentences holds a blank line or U+2029.
fn paragraph_break(gap: &str) -> bool {
    let lines = gap.bytes().filter(|&b| b == b'\n').count();
    lines >= 2 || (!gap.is_ascii() && gap.contains('\u{2029}'))
}

/// The matches that run over none of `ends` (ascending, as the matches
/// are): a name cut by a terminator or a paragraph break is no mention
/// ("New\u{2029}York" with `normalize_whitespace`), by the rule facts keep.
fn within<'t>(
    mut found: Vec<crate::gazetteer::Entity<'t>>,
    ends: &[usize],
) -> Vec<crate::gazetteer::Entity<'t>> {
    let mut k = 0;
    found.retain(|e| {
        while k < ends.len() && ends[k] <= e.start {
            k += 1;
        }
        !ends.get(k).is_some_and(|&end| end < e.end)
    });
    found
}
