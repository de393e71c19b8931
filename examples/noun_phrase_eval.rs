//! What the counted nouns would be if the noun rule used the tagger: the
//! pipeline as `extract_jsonl` runs it (one JSON string a line in, one
//! `Document` a line out), with each cardinal's noun replaced by the noun
//! phrase that `tagger::phrase` finds after it in its sentence.
//! `scripts/eval_nouns.py --via noun_phrase_eval` scores it.
//!
//! `noun_phrase_eval --window` tags only the words around each number that
//! the rule needs (`phrase::counted_noun_near`), as the pipeline would,
//! instead of whole sentences.
//!
//! `noun_phrase_eval --speed FILE.jsonl` instead times the tagger (word
//! splitting and tagging, sentence by sentence) over the `text` of each
//! line of FILE, and prints MB/s.
//!
//! The tagger is crate-internal until the noun rule is rebuilt on it, so
//! this example compiles its source in directly.

// Its own `allow(dead_code)` covers what this example leaves unused.
#[path = "../src/tagger/mod.rs"]
mod tagger;

use serde_json::Value;
use std::io::{self, BufRead, Write};
use std::time::Instant;
use tagger::{phrase, words, Tag, Tagger};

/// One sentence, split into words and tagged.
struct Tagged {
    start: usize,
    end: usize,
    words: Vec<std::ops::Range<usize>>,
    tags: Vec<Tag>,
}

fn split_sentence(text: &str, start: usize, end: usize) -> Tagged {
    let words: Vec<_> = words::split(&text[start..end])
        .into_iter()
        .map(|r| r.start + start..r.end + start)
        .collect();
    Tagged { start, end, words, tags: Vec::new() }
}

fn tag_sentence(text: &str, start: usize, end: usize, tagger: &mut Tagger) -> Tagged {
    let Tagged { words, .. } = split_sentence(text, start, end);
    let strs: Vec<&str> = words.iter().map(|r| &text[r.clone()]).collect();
    let mut tags = Vec::with_capacity(words.len());
    tagger.tag_into(&strs, &mut tags);
    Tagged { start, end, words, tags }
}

/// The counted noun phrase after a number ending at byte `at`: the words
/// must follow it after a space, within one paragraph, or be joined to it
/// by a hyphen ("15-year").
fn noun_after(
    text: &str,
    s: &Tagged,
    at: usize,
    one: bool,
    win: Option<&mut Window>,
) -> Option<(usize, usize)> {
    let j = s.words.iter().position(|w| w.start >= at)?;
    let gap = &text[at..s.words[j].start];
    let glued = |k: usize| s.words.get(k).is_some_and(|w| w.start == s.words[k - 1].end);
    let hyphenated = gap.is_empty() && &text[s.words[j].clone()] == "-" && glued(j + 1);
    if !hyphenated
        && (gap.is_empty() || !gap.chars().all(char::is_whitespace) || gap.contains("\n\n"))
    {
        return None;
    }
    let count = phrase::Count { one, hyphenated };
    let head = match win {
        Some(w) => {
            // The number's last word ends where the fact does.
            let number = j.checked_sub(1).filter(|&n| s.words[n].end <= at)?;
            let strs: Vec<&str> = s.words.iter().map(|r| &text[r.clone()]).collect();
            phrase::counted_noun_near(&strs, number, count, &mut w.tagger, &mut w.tags)?
        }
        None => {
            let strs: Vec<&str> = s.words[j..].iter().map(|r| &text[r.clone()]).collect();
            j + phrase::counted_noun_head(&strs, &s.tags[j..], count)?
        }
    };
    let start = if hyphenated { head } else { j };
    Some((s.words[start].start, s.words[head].end))
}

/// The windowed tagger's working memory.
#[derive(Default)]
struct Window {
    tagger: Tagger,
    tags: Vec<Tag>,
}

fn renoun(text: &str, doc: &mut Value, tagger: &mut Tagger, mut win: Option<&mut Window>) {
    let sentences: Vec<(usize, usize)> = doc["sentences"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| Some((s["start"].as_u64()? as usize, s["end"].as_u64()? as usize)))
        .collect();
    let mut cache: Option<(usize, Tagged)> = None;
    let Some(facts) = doc["facts"].as_array_mut() else {
        return;
    };
    for fact in facts {
        if fact["kind"] != "cardinal" || !fact["unit"].is_null() {
            continue;
        }
        let (Some(end), Some(k)) = (fact["end"].as_u64(), fact["sentence"].as_u64()) else {
            continue;
        };
        let (end, k) = (end as usize, k as usize);
        let Some(&(s_start, s_end)) = sentences.get(k) else {
            continue;
        };
        if cache.as_ref().map(|c| c.0) != Some(k) {
            // In window mode the sentence's words are split, not tagged.
            let tagged = if win.is_some() {
                split_sentence(text, s_start, s_end)
            } else {
                tag_sentence(text, s_start, s_end, tagger)
            };
            cache = Some((k, tagged));
        }
        let Some((_, s)) = &cache else { continue };
        debug_assert!(s.start <= end && end <= s.end);
        let one = fact["value"].as_f64() == Some(1.0);
        let noun = noun_after(text, s, end, one, win.as_deref_mut());
        fact["noun"] = noun.map_or(Value::Null, |(a, b)| Value::from(&text[a..b]));
        fact["noun_start"] = noun.map_or(Value::Null, |(a, _)| Value::from(a));
        fact["noun_end"] = noun.map_or(Value::Null, |(_, b)| Value::from(b));
    }
}

fn speed(path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut texts = Vec::new();
    for line in std::fs::read_to_string(path)?.lines() {
        let v: Value = serde_json::from_str(line)?;
        texts.push(v["text"].as_str().unwrap_or_default().to_string());
    }
    // Sentences first, outside the timed part: the tagger's cost is wanted.
    let sentences: Vec<Vec<textfacts::Sentence>> =
        texts.iter().map(|t| textfacts::split_sentences(t)).collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut tagger = Tagger::default();
    let (mut word_count, mut nouns) = (0usize, 0usize);
    let started = Instant::now();
    for (text, sentences) in texts.iter().zip(&sentences) {
        for s in sentences {
            let t = tag_sentence(text, s.start, s.end, &mut tagger);
            word_count += t.words.len();
            nouns += t.tags.iter().filter(|&&t| t == Tag::Noun).count();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{:.1} MB in {secs:.2} s: {:.2} MB/s, {:.2} M words/s ({word_count} words, {nouns} nouns)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs,
        word_count as f64 / 1e6 / secs
    );
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, path] = &args[..] {
        if flag == "--speed" {
            return speed(path);
        }
    }
    let mut window = Window::default();
    let windowed = args.get(1).is_some_and(|a| a == "--window");
    let extractor = textfacts::Extractor::new();
    let mut tagger = Tagger::default();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for line in io::stdin().lock().lines() {
        let text: String = serde_json::from_str(&line?)?;
        let mut doc = serde_json::to_value(extractor.extract(&text))?;
        renoun(&text, &mut doc, &mut tagger, windowed.then_some(&mut window));
        serde_json::to_writer(&mut out, &doc)?;
        writeln!(out)?;
        out.flush()?;
    }
    Ok(())
}
