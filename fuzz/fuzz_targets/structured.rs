//! The whole pipeline on text built from the pieces that trip scanners:
//! runs of sentence terminators of every width, spaced or not; numbers with
//! thousands separators, decimals, multipliers and currencies; and names
//! that a gazetteer built from this very input holds, in any case and with
//! any separator. Random bytes rarely line these up; `arbitrary` picks the
//! pieces, and libFuzzer mutates the choices instead of the bytes.
//!
//! Checked: nothing panics; sentences are ordered, on character
//! boundaries and non-empty; entities and facts slice the text on
//! character boundaries, in order, without overlapping.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use textfacts::gazetteer::{CaseMode, Entry, Gazetteer};
use textfacts::Extractor;

#[derive(Arbitrary, Debug)]
enum Mark {
    Dot,
    Question,
    Bang,
    Ellipsis,
    DoubleBang,
    Ideographic,
    FullwidthBang,
    FullwidthQuestion,
}

impl Mark {
    fn text(&self) -> &'static str {
        match self {
            Mark::Dot => ".",
            Mark::Question => "?",
            Mark::Bang => "!",
            Mark::Ellipsis => "\u{2026}",
            Mark::DoubleBang => "\u{203c}",
            Mark::Ideographic => "\u{3002}",
            Mark::FullwidthBang => "\u{ff01}",
            Mark::FullwidthQuestion => "\u{ff1f}",
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Gap {
    None,
    Space,
    Spaces,
    Newline,
    BlankLine,
    CrLf,
    ParagraphSeparator,
    NoBreakSpace,
}

impl Gap {
    fn text(&self) -> &'static str {
        match self {
            Gap::None => "",
            Gap::Space => " ",
            Gap::Spaces => "   ",
            Gap::Newline => "\n",
            Gap::BlankLine => "\n\n",
            Gap::CrLf => "\r\n",
            Gap::ParagraphSeparator => "\u{2029}",
            Gap::NoBreakSpace => "\u{a0}",
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Separator {
    Comma,
    Dot,
    Space,
    Apostrophe,
    NoBreakSpace,
    Underscore,
}

#[derive(Arbitrary, Debug)]
enum Piece {
    /// A run of final punctuation: a first mark, then dots (`true`:
    /// preceded by a space), then closers.
    Terminators {
        first: Mark,
        dots: Vec<bool>,
        closers: u8,
    },
    /// A number: digit groups joined by a separator, a decimal part, a
    /// prefix and a suffix.
    Number {
        groups: Vec<u16>,
        separator: Separator,
        decimal: Option<u8>,
        affix: u8,
    },
    /// A name of the gazetteer, by index, with a case change.
    Name {
        index: u8,
        case: u8,
    },
    /// A plain word.
    Word(u8),
    Gap(Gap),
}

const WORDS: &[&str] =
    &["the", "Mr", "U.S", "said", "one", "hundred", "and", "million", "per", "cent", "I", "a"];
const PREFIXES: &[&str] = &["", "$", "\u{20ac}", "US$", "-", "+", "~", "("];
const SUFFIXES: &[&str] = &["", "bn", "m", "K", "%", " million", " per cent", "-", ")", "th"];

#[derive(Arbitrary, Debug)]
struct Input {
    names: Vec<String>,
    pieces: Vec<Piece>,
    case: u8,
}

fn push_number(
    text: &mut String,
    groups: &[u16],
    separator: &Separator,
    decimal: Option<u8>,
    affix: u8,
) {
    let sep = match separator {
        Separator::Comma => ",",
        Separator::Dot => ".",
        Separator::Space => " ",
        Separator::Apostrophe => "'",
        Separator::NoBreakSpace => "\u{a0}",
        Separator::Underscore => "_",
    };
    text.push_str(PREFIXES[usize::from(affix) % PREFIXES.len()]);
    for (k, g) in groups.iter().take(12).enumerate() {
        if k > 0 {
            text.push_str(sep);
            text.push_str(&format!("{:03}", g % 1000));
        } else {
            text.push_str(&(g % 1000).to_string());
        }
    }
    if groups.is_empty() {
        text.push('0');
    }
    if let Some(d) = decimal {
        text.push_str(&format!(".{d}"));
    }
    text.push_str(SUFFIXES[usize::from(affix >> 3) % SUFFIXES.len()]);
}

fn build(input: &Input, names: &[&str]) -> String {
    let mut text = String::new();
    for piece in input.pieces.iter().take(256) {
        match piece {
            Piece::Terminators { first, dots, closers } => {
                text.push_str(first.text());
                for &spaced in dots.iter().take(8) {
                    text.push_str(if spaced { " ." } else { "." });
                }
                for k in 0..closers % 3 {
                    text.push_str(
                        ["\"", "\u{201d}", ")"][usize::from((closers >> 2).wrapping_add(k)) % 3],
                    );
                }
            }
            Piece::Number { groups, separator, decimal, affix } => {
                push_number(&mut text, groups, separator, *decimal, *affix)
            }
            Piece::Name { index, case } => {
                if let Some(name) = names.get(usize::from(*index) % names.len().max(1)) {
                    match case % 3 {
                        0 => text.push_str(name),
                        1 => text.push_str(&name.to_uppercase()),
                        _ => text.push_str(&name.to_lowercase()),
                    }
                }
            }
            Piece::Word(w) => text.push_str(WORDS[usize::from(*w) % WORDS.len()]),
            Piece::Gap(gap) => text.push_str(gap.text()),
        }
    }
    text
}

fn slices(text: &str, start: usize, end: usize) -> bool {
    start < end && text.is_char_boundary(start) && text.is_char_boundary(end) && end <= text.len()
}

fuzz_target!(|input: Input| {
    let names: Vec<&str> = input.names.iter().take(16).map(|n| n.as_str()).collect();
    let text = build(&input, &names);
    let mut builder = Gazetteer::builder();
    builder.case(match input.case % 3 {
        0 => CaseMode::Smart,
        1 => CaseMode::Insensitive,
        _ => CaseMode::Sensitive,
    });
    builder.normalize_whitespace(input.case & 4 != 0).normalize_diacritics(input.case & 8 != 0);
    for name in &names {
        builder.add(Entry::new(*name, "X"));
    }
    let gazetteer = builder.build().ok();

    let mut previous = 0;
    for s in textfacts::split_sentences(&text) {
        assert!(previous <= s.start && slices(&text, s.start, s.end), "{s:?}");
        previous = s.end;
    }
    let mut previous = 0;
    for f in textfacts::extract_numbers(&text) {
        assert!(previous <= f.start && slices(&text, f.start, f.end), "{f:?}");
        previous = f.end;
    }
    let extractor = match gazetteer {
        Some(g) => {
            let mut previous = 0;
            for e in g.find(&text) {
                assert!(previous <= e.start && slices(&text, e.start, e.end));
                previous = e.end;
            }
            Extractor::builder().gazetteer(g).build().ok()
        }
        None => Some(Extractor::new()),
    };
    if let Some(extractor) = extractor {
        let doc = extractor.extract(&text);
        for e in &doc.entities {
            assert!(slices(&text, e.start, e.end));
        }
        for f in &doc.facts {
            assert!(slices(&text, f.fact.start, f.fact.end));
        }
    }
});
