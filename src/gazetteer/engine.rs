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
//! * An [`fst`] (a minimal acyclic automaton, by the author of
//!   `aho-corasick`) for large lists. An anchored walk needs only the trie,
//!   and building an Aho-Corasick automaton spends most of its time on the
//!   failure transitions no walk here follows: on places_xl's million names
//!   (one run on a loaded machine) the `aho-corasick` NFA took 20 s,
//!   `daachorse` 22 s, the fst 5 s with its sort. On places_large it
//!   searches about as fast as the NFA. It is also a byte string already,
//!   so a compiled gazetteer stores it and loading builds nothing.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{dfa, nfa::contiguous, Anchored, MatchKind, StartKind};
use fst::raw::{Fst, Output};

use super::tables::Tables;

/// Below this many bytes of keys the engine is a DFA. A DFA's size grows
/// with the patterns times the alphabet: in the pipeline its tables push
/// the other stages out of the cache (the whole extractor ran at 13-16
/// MB/s with the built-in gazetteer as an unanchored DFA, 23 MB/s as an
/// NFA). So only small lists, whose DFA stays in cache, get one.
pub(crate) const DFA_MAX_KEY_BYTES: usize = 16 * 1024;

/// From this many bytes of keys on the engine is an fst.
pub(crate) const FST_MIN_KEY_BYTES: usize = 1 << 20;

/// Which engine to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Dfa,
    Nfa,
    Fst,
}

impl Kind {
    /// The engine measured best for keys of this total size.
    pub fn for_key_bytes(bytes: usize) -> Kind {
        if bytes <= DFA_MAX_KEY_BYTES {
            Kind::Dfa
        } else if bytes < FST_MIN_KEY_BYTES {
            Kind::Nfa
        } else {
            Kind::Fst
        }
    }
}

pub(crate) enum Engine {
    Dfa(AcEngine<dfa::DFA>),
    Nfa(AcEngine<contiguous::NFA>),
    Fst(Fst<Vec<u8>>),
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
        for (fed, depth) in input.zip(1..) {
            sid = a.next_state(Anchored::Yes, sid, fed.byte);
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

impl Walk for Fst<Vec<u8>> {
    #[inline]
    fn walk<I: Iterator<Item = Fed>>(&self, input: I, found: &mut Vec<(usize, u32)>) {
        let mut node = self.root();
        let mut out = Output::zero();
        for fed in input {
            let Some(i) = node.find_input(fed.byte) else { return };
            let t = node.transition(i);
            out = out.cat(t.out);
            node = self.node(t.addr);
            if let (Some(end), true) = (fed.end, node.is_final()) {
                if let Ok(key) = u32::try_from(out.cat(node.final_output()).value()) {
                    found.push((end, key));
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
            Kind::Fst => {
                // An fst takes its keys in order; each maps to its index.
                // Sorting by the first eight bytes, held inline, settles
                // most comparisons without reading the keys themselves.
                let prefix = |k: usize| {
                    let mut p = [0u8; 8];
                    let key = tables.key(k).as_bytes();
                    let n = key.len().min(8);
                    p[..n].copy_from_slice(&key[..n]);
                    u64::from_be_bytes(p)
                };
                let mut order: Vec<(u64, u32)> =
                    (0..tables.keys.len()).map(|k| (prefix(k), k as u32)).collect();
                crate::threads::on_cores(|| {
                    use rayon::prelude::*;
                    order.par_sort_unstable_by(|a, b| {
                        a.0.cmp(&b.0).then_with(|| {
                            tables
                                .key(a.1 as usize)
                                .as_bytes()
                                .cmp(tables.key(b.1 as usize).as_bytes())
                        })
                    });
                });
                let mut builder = fst::raw::Builder::memory();
                for (_, k) in order {
                    builder.insert(tables.key(k as usize), u64::from(k)).map_err(ac_error)?;
                }
                Engine::Fst(builder.into_fst())
            }
        })
    }

    /// The serialised automaton, for the engines that can be stored.
    pub fn to_bytes(&self) -> Option<&[u8]> {
        match self {
            Engine::Fst(f) => Some(f.as_bytes()),
            _ => None,
        }
    }

    /// An fst read back from [`to_bytes`](Engine::to_bytes), for `tables`.
    ///
    /// The fst's checksum catches damage but not a forged file, and the
    /// `fst` crate may panic on a malformed one. So the whole automaton is
    /// read once here, every key checked against the tables: a walk in
    /// `find` then only meets nodes this pass has already decoded.
    pub fn fst_from_bytes(bytes: &[u8], tables: &Tables) -> Result<Engine, String> {
        let fst = Fst::new(bytes.to_vec()).map_err(|e| format!("undecodable automaton: {e}"))?;
        fst.verify().map_err(|e| format!("damaged automaton: {e}"))?;
        let keys = tables.keys.len();
        if fst.len() != keys {
            return Err(format!("the automaton has {} names, the tables {keys}", fst.len()));
        }
        let agrees = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            use fst::Streamer;
            let mut seen = vec![false; keys];
            let mut stream = fst.stream();
            while let Some((key, out)) = stream.next() {
                let Ok(k) = usize::try_from(out.value()) else { return false };
                let Some(slot) = seen.get_mut(k) else { return false };
                if *slot || tables.key(k).as_bytes() != key {
                    return false;
                }
                *slot = true;
            }
            seen.iter().all(|&s| s)
        }));
        match agrees {
            Ok(true) => Ok(Engine::Fst(fst)),
            _ => Err("the automaton does not hold the names of its tables".to_string()),
        }
    }
}

impl<A: Automaton> AcEngine<A> {
    fn new(automaton: A) -> Result<AcEngine<A>, String> {
        let start = automaton.start_state(Anchored::Yes).map_err(ac_error)?;
        Ok(AcEngine { automaton, start })
    }
}

#[cfg(test)]
mod tests {
    use super::{Engine, Kind};
    use crate::gazetteer::{Entry, Gazetteer};

    fn gazetteer(names: &[&str]) -> Gazetteer {
        Gazetteer::builder().extend(names.iter().map(|n| Entry::new(*n, "GPE"))).build().unwrap()
    }

    #[test]
    fn a_stored_fst_must_hold_exactly_the_names_of_its_tables() {
        let a = gazetteer(&["Paris", "Lyon", "Nice"]);
        let b = gazetteer(&["Bonn", "Köln", "Ulm"]);
        let fst_of = |g: &Gazetteer| {
            let engine = Engine::build(&g.inner.tables, Kind::Fst).unwrap();
            engine.to_bytes().unwrap().to_vec()
        };
        assert!(Engine::fst_from_bytes(&fst_of(&a), &a.inner.tables).is_ok());
        // A well-formed fst, checksum and all, of other names: a forged file.
        let forged = Engine::fst_from_bytes(&fst_of(&b), &a.inner.tables);
        assert!(forged.is_err_and(|e| e.contains("does not hold the names")));
    }
}
