//! A small part-of-speech tagger over the 17 Universal Dependencies tags,
//! for finding where a noun phrase ends (after a number, say).
//!
//! Why an averaged perceptron rather than a lexicon with context rules: the
//! question it must answer, "is this word after '16 states' a verb?", turns
//! on context ("go" in "16 states go" against "a go"), and rules for every
//! ambiguous word would be hand-tuning; a perceptron learns them from the
//! treebanks, stays linear in the words and small, and its features can be
//! hashed without building strings. A lexicon of each word's possible tags
//! (from lemminflect) feeds it as one feature, so words the small training
//! set never saw still get their possible classes.
//!
//! The model (`model.txt.gz`) and lexicon (`lexicon.txt.gz`) are built by
//! `scripts/build_tagger.py` from UD English EWT (CC BY-SA 4.0) and GUM
//! (CC BY 4.0) and embedded; they are parsed once, on first use. Words are
//! expected tokenised as the treebanks are ("do" "n't", "state" "'s",
//! "cruise" "-" "missile"); [`words::split`] does that.

// Until the counted-noun rule (numeric/noun.rs) calls it, only the tests and
// examples/noun_phrase_eval.rs use the tagger.
#![cfg_attr(not(test), allow(dead_code))]

mod features;
mod model;
pub(crate) mod phrase;
pub(crate) mod words;

#[cfg(test)]
mod tests;

use model::Model;
use std::sync::OnceLock;

/// A Universal Dependencies part-of-speech tag (UPOS). The order is the
/// model file's: it stores tags by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum Tag {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

/// How many tags there are.
pub(crate) const TAG_COUNT: usize = 17;

impl Tag {
    /// Every tag, in index order.
    pub(crate) const ALL: [Tag; TAG_COUNT] = [
        Tag::Adj,
        Tag::Adp,
        Tag::Adv,
        Tag::Aux,
        Tag::Cconj,
        Tag::Det,
        Tag::Intj,
        Tag::Noun,
        Tag::Num,
        Tag::Part,
        Tag::Pron,
        Tag::Propn,
        Tag::Punct,
        Tag::Sconj,
        Tag::Sym,
        Tag::Verb,
        Tag::X,
    ];

    /// The UD name ("NOUN").
    pub(crate) fn name(self) -> &'static str {
        const NAMES: [&str; TAG_COUNT] = [
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
            "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
        ];
        NAMES[self as usize]
    }
}

/// The embedded model, parsed on first use. `None` only if the embedded
/// files are corrupt, which a unit test rules out; the tagger then tags
/// every word `X` rather than panic.
fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| {
            Model::parse(include_bytes!("model.txt.gz"), include_bytes!("lexicon.txt.gz"))
        })
        .as_ref()
}

/// The tag of each word of one sentence (or any stretch of words: the
/// tagger reads two words either side of each one), in order.
pub(crate) fn tag(words: &[&str]) -> Vec<Tag> {
    let mut tags = Vec::with_capacity(words.len());
    Tagger::default().tag_into(words, &mut tags);
    tags
}

/// A tagger that keeps its working memory between calls, so that tagging
/// many sentences allocates only when one is longer than any before.
#[derive(Default)]
pub(crate) struct Tagger {
    keys: Vec<features::WordKeys>,
}

impl Tagger {
    /// Appends the tag of each of `words` to `out`.
    pub(crate) fn tag_into(&mut self, words: &[&str], out: &mut Vec<Tag>) {
        self.tag_while(words, 0, out, |_| true);
    }

    /// Tags `words` left to right, appending each tag to `out`, for as long
    /// as `more` (shown the tags of `words` so far) says so. A word's tag
    /// depends only on the words before it and the two after, so stopping
    /// early changes none of the tags given, and the words never reached
    /// cost nothing. The last `known` tags already in `out` are those of the
    /// first `known` words, known to the caller ("12" is a number): they
    /// are context, not tagged again.
    pub(crate) fn tag_while(
        &mut self,
        words: &[&str],
        known: usize,
        out: &mut Vec<Tag>,
        mut more: impl FnMut(&[Tag]) -> bool,
    ) {
        let Some(model) = model() else {
            out.extend(words.iter().map(|_| Tag::X));
            return;
        };
        self.keys.clear();
        let known = known.min(out.len()).min(words.len());
        let start = out.len() - known;
        for i in known..words.len() {
            // The features of word i read up to word i + 2.
            while self.keys.len() < (i + 3).min(words.len()) {
                let w = words[self.keys.len()];
                self.keys.push(features::WordKeys::of(w, model));
            }
            let prev = i.checked_sub(1).map(|p| out[start + p]);
            let prev2 = i.checked_sub(2).map(|p| out[start + p]);
            out.push(model.best(&self.keys, i, prev, prev2));
            if !more(&out[start..]) {
                break;
            }
        }
    }
}
