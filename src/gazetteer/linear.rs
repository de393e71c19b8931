//! The scan for text on which walking from every start would be slow: one
//! pass of an unanchored Aho-Corasick automaton, reading each byte once.
//!
//! [`Gazetteer::find`](super::Gazetteer::find) walks the trie from every
//! place a match may start. On news that reads each byte about once, and
//! the filters skip most words unread. But a walk goes on for as long as
//! the text spells some key's beginning, so where a long name's first words
//! repeat ("a a a a ..." against "a a ... a b"), every start re-reads what
//! the one before read, and the time grows with the text times the longest
//! name. So `find` counts the bytes its walks read, and once they exceed a
//! fixed multiple of the text scanned, it hands the rest of the text to
//! this scan, whose time per byte no name's length changes.
//!
//! The automaton reports, at the end of each character, every key ending
//! there; each names its start by its length. A start is decided once no
//! key can still end after it (the longest key's length later), in the
//! order of the text, by the same rules the walk applies: the longest key
//! there that [`judge`](super::Gazetteer::judge) accepts, none inside a
//! match already chosen unless overlapping. The windows are the longest
//! key's length, so memory does not grow with the text.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind};

use super::normalize::{is_boundary, Feed};
use super::tables::Tables;
use super::{past_dropped, Entity, Gazetteer};

/// The walks may read this many times the bytes scanned (plus
/// [`WALK_SLACK`]) before the rest of the text goes to the linear scan. On
/// news the walks read about one byte per byte scanned, so the switch never
/// happens there; with a name of `n` words whose beginning the text keeps
/// spelling, they read about `n` times.
pub(crate) const WALK_FACTOR: usize = 16;
pub(crate) const WALK_SLACK: usize = 1 << 16;

/// The unanchored automaton of every key, and the longest key's length.
pub(crate) struct Linear {
    automaton: contiguous::NFA,
    longest: usize,
}

impl Linear {
    /// `None` when the keys cannot be compiled (then `find` keeps walking).
    pub(crate) fn build(tables: &Tables) -> Option<Linear> {
        let keys = (0..tables.keys.len()).map(|k| tables.key(k));
        let automaton =
            contiguous::Builder::new().match_kind(MatchKind::Standard).build(keys).ok()?;
        let longest = (0..tables.keys.len()).map(|k| tables.key(k).len()).max().unwrap_or(0);
        Some(Linear { automaton, longest })
    }
}

/// What one searchable byte position holds: where its character starts in
/// the text (if a character's form starts there) and the entities found
/// starting there, longest last.
#[derive(Default, Clone)]
struct Slot<'g> {
    at: usize,
    start: Option<usize>,
    found: Vec<Entity<'g>>,
}

impl Gazetteer {
    /// Finds what `find` would in `text[from..]` (`from` is a place the
    /// scan may resume at), reading each byte once.
    pub(crate) fn scan_linear<'g>(
        &'g self,
        linear: &Linear,
        text: &str,
        from: usize,
    ) -> Vec<Entity<'g>> {
        let options = &self.inner.tables.options;
        let (fold, norm) = (options.fold, options.normalization);
        let a = &linear.automaton;
        // Also wider than any one character's searchable form, so that a
        // form's first slot is still its own when the form ends.
        let width = linear.longest.max(64) + 1;
        let mut slots: Vec<Slot<'g>> = vec![Slot::default(); width];
        let mut out = Vec::new();
        // No match may start before this (the end of the last one chosen).
        let mut resume = from;
        let mut scratch = String::new();
        let mut dropped = String::new();
        let Ok(mut sid) = a.start_state(Anchored::No) else { return out };
        let mut form_start = None;
        for (q, fed) in Feed::new(text, from, fold, norm, &mut scratch).enumerate() {
            let slot = &mut slots[q % width];
            if slot.start.is_some() && q >= width {
                let done = std::mem::take(slot);
                self.decide(done, &mut resume, &mut out);
            }
            slots[q % width] = Slot { at: q, start: None, found: Vec::new() };
            let begins = *form_start.get_or_insert(q);
            sid = a.next_state(Anchored::No, sid, fed.byte);
            let Some(end) = fed.end else { continue };
            form_start = None;
            // The character whose form ends here starts its form's slot.
            let len = text[..end].chars().next_back().map_or(1, char::len_utf8);
            slots[begins % width].start = Some(end - len);
            if !a.is_match(sid) {
                continue;
            }
            for i in 0..a.match_len(sid) {
                let p = a.match_pattern(sid, i);
                let Some(first) = (q + 1).checked_sub(a.pattern_len(p)) else { continue };
                let slot = &slots[first % width];
                let Some(start) = slot.start.filter(|_| slot.at == first) else { continue };
                if !is_boundary(text, start) {
                    continue;
                }
                let end = if norm.diacritics { past_dropped(text, end, &mut dropped) } else { end };
                if let Some(e) = self.judge(text, start, end, p.as_usize()) {
                    slots[first % width].found.push(e);
                }
            }
        }
        // The last window, in order.
        let mut rest: Vec<Slot<'g>> = slots.into_iter().filter(|s| s.start.is_some()).collect();
        rest.sort_by_key(|s| s.at);
        for slot in rest {
            self.decide(slot, &mut resume, &mut out);
        }
        out
    }

    /// Keeps what the walk from `slot`'s start would: the longest entity
    /// found there (if the start is not inside a match already chosen), or
    /// with overlapping every one, longest first.
    fn decide<'g>(&'g self, mut slot: Slot<'g>, resume: &mut usize, out: &mut Vec<Entity<'g>>) {
        let Some(start) = slot.start else { return };
        if self.inner.tables.options.overlapping {
            slot.found.sort_by_key(|e| std::cmp::Reverse(e.end));
            out.append(&mut slot.found);
        } else if start >= *resume {
            if let Some(e) = slot.found.into_iter().max_by_key(|e| e.end) {
                *resume = e.end;
                out.push(e);
            }
        }
    }
}
