//! The automata that find the keys, and the anchored walk they all serve.
//!
//! A match must start where a word starts, so no search needs the
//! "unanchored" half of Aho-Corasick: [`Gazetteer::find`](super::Gazetteer::find)
//! visits each possible start itself and walks the trie from there, one byte
//! of the searchable form at a time, until the path dies. Every engine below
//! only has to answer "where does this byte lead from this state, and which
//! key ends here".
//!
//! Which engine a list gets is a matter of measured cost (Reuters, see the
//! README's gazetteer section):
//!
//! * `aho-corasick`'s DFA for small lists: the fastest transitions, and its
//!   table is small enough to stay in cache.
//! * `aho-corasick`'s contiguous NFA for mid-sized lists.
//! * `daachorse`'s double-array automaton for large lists: it builds several
//!   times faster than `aho-corasick` on a million names and, unlike it, can
//!   be serialised, so loading a compiled gazetteer does not build anything.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{dfa, nfa::contiguous, Anchored, MatchKind, StartKind};
use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder};

use super::tables::Tables;

/// Below this many bytes of keys the engine is a DFA. A DFA's size grows
/// with the patterns times the alphabet: in the pipeline its tables push
/// the other stages out of the cache (the whole extractor ran at 13-16
/// MB/s with the built-in gazetteer as an unanchored DFA, 23 MB/s as an
/// NFA). So only small lists, whose DFA stays in cache, get one.
pub(crate) const DFA_MAX_KEY_BYTES: usize = 16 * 1024;

/// Above this many bytes of keys the engine is `daachorse`.
pub(crate) const DAAC_MIN_KEY_BYTES: usize = 1 << 20;

/// Which engine to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Dfa,
    Nfa,
    Daac,
}

impl Kind {
    /// The engine measured best for keys of this total size.
    pub fn for_key_bytes(bytes: usize) -> Kind {
        if bytes <= DFA_MAX_KEY_BYTES {
            Kind::Dfa
        } else if bytes < DAAC_MIN_KEY_BYTES {
            Kind::Nfa
        } else {
            Kind::Daac
        }
    }
}

pub(crate) enum Engine {
    Dfa(AcEngine<dfa::DFA>),
    Nfa(AcEngine<contiguous::NFA>),
    Daac(DoubleArrayAhoCorasick<u32>),
}

/// An `aho-corasick` automaton with its anchored start state.
pub(crate) struct AcEngine<A> {
    automaton: A,
    start: StateID,
}

/// One step of the searchable form: a byte, and whether it is the last
/// byte of what an original character became (so a key may end after it),
/// with that character's end in the original text.
#[derive(Clone, Copy)]
pub(crate) struct Fed {
    pub byte: u8,
    /// `Some(original end)` on the last byte of a character.
    pub end: Option<usize>,
}

/// Walks a trie from its root along a byte sequence.
pub(crate) trait Walk {
    /// Feeds `input` from the root until the path dies, pushing
    /// `(original end, key)` for each key whose searchable form ends at the
    /// end of an original character, shortest first.
    fn walk<I: Iterator<Item = Fed>>(&self, input: I, found: &mut Vec<(usize, u32)>);
}

impl<A: Automaton> Walk for AcEngine<A> {
    #[inline]
    fn walk<I: Iterator<Item = Fed>>(&self, input: I, found: &mut Vec<(usize, u32)>) {
        let a = &self.automaton;
        let mut sid = self.start;
        let mut depth = 0;
        for fed in input {
            sid = a.next_state(Anchored::Yes, sid, fed.byte);
            depth += 1;
            if a.is_special(sid) {
                if a.is_dead(sid) {
                    return;
                }
                if let (Some(end), true) = (fed.end, a.is_match(sid)) {
                    // Under leftmost semantics a state may also carry the
                    // matches of its suffixes; only the key spelled by the
                    // whole path starts where the walk did.
                    let key = (0..a.match_len(sid))
                        .map(|i| a.match_pattern(sid, i))
                        .find(|&p| a.pattern_len(p) == depth);
                    if let Some(p) = key {
                        found.push((end, p.as_u32()));
                    }
                }
            }
        }
    }
}

impl Walk for DoubleArrayAhoCorasick<u32> {
    #[inline]
    fn walk<I: Iterator<Item = Fed>>(&self, input: I, found: &mut Vec<(usize, u32)>) {
        let mut stepper = self.find_overlapping_stepper();
        let mut depth = 0u32;
        for fed in input {
            stepper.consume(fed.byte);
            depth += 1;
            // The stepper follows failure links to a shorter suffix when
            // the path has no transition: that is where an anchored walk
            // ends.
            if stepper.depth() != Some(depth) {
                return;
            }
            if let Some(end) = fed.end {
                // The first output is the longest, the state's own key if
                // it has one.
                if let Some(m) = stepper.matches().next().filter(|m| m.start() == 0) {
                    found.push((end, m.value()));
                }
            }
        }
    }
}

fn ac_error(e: impl std::fmt::Display) -> String {
    format!("cannot compile the names: {e}")
}

impl Engine {
    /// Compiles the keys of `tables` into an engine of kind `kind`.
    pub fn build(tables: &Tables, kind: Kind) -> Result<Engine, String> {
        let keys = (0..tables.keys.len()).map(|k| tables.key(k));
        Ok(match kind {
            Kind::Dfa => {
                let automaton = dfa::Builder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Anchored)
                    .prefilter(false)
                    .build(keys)
                    .map_err(ac_error)?;
                Engine::Dfa(AcEngine::new(automaton)?)
            }
            Kind::Nfa => {
                let automaton = contiguous::Builder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .prefilter(false)
                    .build(keys)
                    .map_err(ac_error)?;
                Engine::Nfa(AcEngine::new(automaton)?)
            }
            Kind::Daac => {
                let mut daac = DoubleArrayAhoCorasickBuilder::new()
                    .build::<_, _, u32>(keys)
                    .map_err(ac_error)?;
                daac.cache_depths().map_err(ac_error)?;
                Engine::Daac(daac)
            }
        })
    }

    pub fn kind(&self) -> Kind {
        match self {
            Engine::Dfa(_) => Kind::Dfa,
            Engine::Nfa(_) => Kind::Nfa,
            Engine::Daac(_) => Kind::Daac,
        }
    }

    /// The serialised automaton, for the engines that can be stored.
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        match self {
            Engine::Daac(d) => Some(d.serialize()),
            _ => None,
        }
    }

    /// A `daachorse` automaton read back from [`to_bytes`](Engine::to_bytes).
    pub fn daac_from_bytes(bytes: &[u8]) -> Result<Engine, String> {
        let (mut daac, rest) = DoubleArrayAhoCorasick::<u32>::deserialize(bytes)
            .map_err(|e| format!("undecodable automaton: {e}"))?;
        if !rest.is_empty() {
            return Err("trailing bytes after the automaton".to_string());
        }
        if daac.match_kind() != daachorse::MatchKind::Standard {
            return Err("automaton of the wrong kind".to_string());
        }
        daac.cache_depths().map_err(|e| format!("invalid automaton: {e}"))?;
        Ok(Engine::Daac(daac))
    }
}

impl<A: Automaton> AcEngine<A> {
    fn new(automaton: A) -> Result<AcEngine<A>, String> {
        let start = automaton.start_state(Anchored::Yes).map_err(ac_error)?;
        Ok(AcEngine { automaton, start })
    }
}
