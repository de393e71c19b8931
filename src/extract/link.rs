//! Linking each stage's results to the sentence they stand in.
//!
//! Every stage returns its spans in text order, so one merge walk over the
//! sentences and the spans links them all in linear time.

use crate::gazetteer::{Entity, Gazetteer};
use crate::sentence::Sentence;

use crate::numeric::NumericFact;

use super::document::{EntityMention, FactMention};

/// The index of the sentence each start offset falls in, for offsets given
/// in ascending order.
///
/// An offset in the whitespace between two sentences (which no stage
/// produces, since spans start at a word) goes to the sentence before it;
/// one before the first sentence goes to the first.
pub(crate) struct SentenceCursor<'s> {
    sentences: &'s [Sentence],
    current: usize,
}

impl<'s> SentenceCursor<'s> {
    pub(crate) fn new(sentences: &'s [Sentence]) -> Self {
        SentenceCursor { sentences, current: 0 }
    }

    pub(crate) fn sentence_of(&mut self, start: usize) -> usize {
        while self.current + 1 < self.sentences.len()
            && self.sentences[self.current + 1].start <= start
        {
            self.current += 1;
        }
        self.current
    }
}

/// The sentence `start` falls in, by [`SentenceCursor`]'s rule, for an
/// offset on its own.
pub(crate) fn sentence_at(sentences: &[Sentence], start: usize) -> usize {
    sentences.partition_point(|s| s.start <= start).saturating_sub(1)
}

/// The run of `entities` (in text order) that stands in sentence
/// `sentence`, as [`FactLinker`] finds it: where the sentence's entities
/// would be when it has none.
pub(crate) fn entities_of(entities: &[EntityMention], sentence: usize) -> std::ops::Range<usize> {
    entities.partition_point(|e| e.sentence < sentence)
        ..entities.partition_point(|e| e.sentence <= sentence)
}

pub(crate) fn entities(
    found: &[Entity<'_>],
    gazetteer: &Gazetteer,
    sentences: &[Sentence],
) -> Vec<EntityMention> {
    let mut cursor = SentenceCursor::new(sentences);
    found.iter().map(|e| EntityMention::new(e, gazetteer, cursor.sentence_of(e.start))).collect()
}

/// Links each fact, as the numeric stage hands it over, to its sentence and
/// to the entities of that sentence, which, entities being in text order,
/// are one contiguous run.
pub(crate) struct FactLinker<'a> {
    cursor: SentenceCursor<'a>,
    entities: &'a [EntityMention],
    /// The current sentence's run of entities, `first..last`.
    first: usize,
    last: usize,
}

impl<'a> FactLinker<'a> {
    pub(crate) fn new(sentences: &'a [Sentence], entities: &'a [EntityMention]) -> Self {
        FactLinker { cursor: SentenceCursor::new(sentences), entities, first: 0, last: 0 }
    }

    /// Facts come in text order, so their sentences never decrease and both
    /// ends of the entity run only move forward: linear overall.
    pub(crate) fn link(&mut self, fact: NumericFact) -> FactMention {
        let sentence = self.cursor.sentence_of(fact.start);
        let entities = self.entities;
        while self.first < entities.len() && entities[self.first].sentence < sentence {
            self.first += 1;
        }
        self.last = self.last.max(self.first);
        while self.last < entities.len() && entities[self.last].sentence <= sentence {
            self.last += 1;
        }
        FactMention { fact, sentence, entities: self.first..self.last }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_go_to_the_sentence_they_fall_in() {
        let sentences = [
            Sentence { start: 0, end: 4 },
            Sentence { start: 6, end: 10 },
            Sentence { start: 12, end: 20 },
        ];
        let mut cursor = SentenceCursor::new(&sentences);
        let found: Vec<usize> =
            [0, 3, 5, 6, 11, 12, 19].iter().map(|&o| cursor.sentence_of(o)).collect();
        assert_eq!(found, [0, 0, 0, 1, 1, 2, 2]);
        assert_eq!(SentenceCursor::new(&[]).sentence_of(5), 0);
        let alone: Vec<usize> =
            [0, 3, 5, 6, 11, 12, 19].iter().map(|&o| sentence_at(&sentences, o)).collect();
        assert_eq!(alone, found);
        assert_eq!(sentence_at(&[], 5), 0);
    }
}
