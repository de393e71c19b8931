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

pub(crate) fn entities(
    found: &[Entity<'_>],
    gazetteer: &Gazetteer,
    sentences: &[Sentence],
) -> Vec<EntityMention> {
    let mut cursor = SentenceCursor::new(sentences);
    found.iter().map(|e| EntityMention::new(e, gazetteer, cursor.sentence_of(e.start))).collect()
}

/// Links each fact to its sentence and to the entities of that sentence,
/// which, entities being in text order, are one contiguous run.
pub(crate) fn facts(
    found: Vec<NumericFact>,
    sentences: &[Sentence],
    entities: &[EntityMention],
) -> Vec<FactMention> {
    let mut cursor = SentenceCursor::new(sentences);
    // Facts come in text order, so their sentences never decrease and both
    // ends of the entity run only move forward: linear overall.
    let (mut first, mut last) = (0, 0);
    found
        .into_iter()
        .map(|fact| {
            let sentence = cursor.sentence_of(fact.start);
            while first < entities.len() && entities[first].sentence < sentence {
                first += 1;
            }
            last = last.max(first);
            while last < entities.len() && entities[last].sentence <= sentence {
                last += 1;
            }
            FactMention { fact, sentence, entities: first..last }
        })
        .collect()
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
    }
}
