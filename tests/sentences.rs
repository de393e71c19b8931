//! The sentence splitter's specification: each test states one rule a user
//! can rely on, with the smallest text that shows it.

use proptest::prelude::*;
use textfacts::{split_sentences, SentenceSplitter};

fn split(text: &str) -> Vec<&str> {
    split_sentences(text).iter().map(|s| s.text(text)).collect()
}

fn split_with(splitter: &SentenceSplitter, text: &str) -> Vec<String> {
    splitter.split(text).iter().map(|s| s.text(text).to_string()).collect()
}

mod data {
    use std::path::PathBuf;

    /// A shared data file; with `CI` set a missing file fails the test,
    /// elsewhere the test is skipped (returns `None`).
    pub fn require(relative: &str) -> Option<PathBuf> {
        let root = env!("CARGO_MANIFEST_DIR");
        let dir = std::env::var("TEXTFACTS_DATA")
            .map(PathBuf::from)
            .unwrap_or_else(|_| PathBuf::from(root).join("../shared/data"));
        let path = dir.join(relative);
        if path.exists() {
            return Some(path);
        }
        let message = format!("{} is missing (set TEXTFACTS_DATA)", path.display());
        if std::env::var_os("CI").is_some() {
            panic!("{message}");
        }
        eprintln!("skipped: {message}");
        None
    }
}

// ---- Full stops, question marks, exclamation marks ----

#[test]
fn terminal_punctuation_and_a_capital_end_a_sentence() {
    assert_eq!(
        split("It rained. Then it stopped! Did it? Yes."),
        ["It rained.", "Then it stopped!", "Did it?", "Yes."]
    );
}

#[test]
fn runs_of_question_and_exclamation_marks_end_one_sentence() {
    assert_eq!(
        split("Really?! I had no idea!!! Who knew??"),
        ["Really?!", "I had no idea!!!", "Who knew??"]
    );
}

#[test]
fn closing_quotes_and_brackets_belong_to_the_sentence_that_ends() {
    assert_eq!(
        split("He said: \"We won.\" Then he left."),
        ["He said: \"We won.\"", "Then he left."]
    );
    assert_eq!(
        split("She agreed (reluctantly.) Nobody else did."),
        ["She agreed (reluctantly.)", "Nobody else did."]
    );
    assert_eq!(
        split("\u{201c}Is it over?\u{201d} Nobody knew."),
        ["\u{201c}Is it over?\u{201d}", "Nobody knew."]
    );
}

#[test]
fn a_lowercase_word_after_a_quoted_question_continues_the_sentence() {
    assert_eq!(split("\"Why?\" she asked. He shrugged."), ["\"Why?\" she asked.", "He shrugged."]);
    assert_eq!(split("'This is great.' she said."), ["'This is great.' she said."]);
}

#[test]
fn a_name_with_an_exclamation_mark_does_not_end_a_sentence() {
    assert_eq!(
        split("She works at Yahoo! in the accounting department."),
        ["She works at Yahoo! in the accounting department."]
    );
}

#[test]
fn a_missing_space_after_a_full_stop_still_ends_a_sentence() {
    assert_eq!(
        split("It was the end.Next came the rest."),
        ["It was the end.", "Next came the rest."]
    );
}

// ---- Abbreviations, titles, initials ----

#[test]
fn titles_with_or_without_full_stops_do_not_end_sentences() {
    for text in [
        "Mr Smith met Mr. Jones and Mrs. Brown.",
        "Dr. Patel and Prof. Lee spoke to Sen. Warren and Rep. Ocasio.",
        "Gen. Lee wrote to Gov. Brown about St. Paul and Mt. Fuji.",
    ] {
        assert_eq!(split(text), [text]);
    }
}

#[test]
fn company_and_name_suffixes_end_a_sentence_only_before_a_sentence_opener() {
    assert_eq!(
        split("They hired Pitt, Briggs & Co. at noon."),
        ["They hired Pitt, Briggs & Co. at noon."]
    );
    assert_eq!(
        split("They hired Pitt, Briggs & Co. It went well."),
        ["They hired Pitt, Briggs & Co.", "It went well."]
    );
    assert_eq!(split("Acme Inc. and Widget Ltd. merged."), ["Acme Inc. and Widget Ltd. merged."]);
    assert_eq!(
        split("Martin Luther King Jr. was born in 1929."),
        ["Martin Luther King Jr. was born in 1929."]
    );
}

#[test]
fn etc_ends_a_sentence_when_one_follows() {
    assert_eq!(
        split("Bring pens, paper, etc. The exam is long."),
        ["Bring pens, paper, etc.", "The exam is long."]
    );
    assert_eq!(split("Pens, paper, etc. are provided."), ["Pens, paper, etc. are provided."]);
}

#[test]
fn number_abbreviations_hold_only_before_numbers() {
    assert_eq!(split("See No. 5 on p. 55 and pp. 12-14."), ["See No. 5 on p. 55 and pp. 12-14."]);
    assert_eq!(split("The answer was No. They left."), ["The answer was No.", "They left."]);
}

#[test]
fn a_short_unlisted_token_before_a_number_is_a_label_unless_it_is_a_word() {
    assert_eq!(split("See N°. 5 here."), ["See N°. 5 here."]);
    assert_eq!(split("Hi. 87 people came."), ["Hi.", "87 people came."]);
    assert_eq!(split("Yes. 5 of them."), ["Yes.", "5 of them."]);
    assert_eq!(split("We saw him. 12 more came."), ["We saw him.", "12 more came."]);
    assert_eq!(split("It rained. 5 men left."), ["It rained.", "5 men left."]);
}

#[test]
fn latin_abbreviations_do_not_end_sentences() {
    let text = "Some cities, e.g. Paris, i.e. the capital, and Lyon vs. Lille, grew.";
    assert_eq!(split(text), [text]);
}

#[test]
fn initials_do_not_end_sentences_but_the_pronoun_i_does() {
    assert_eq!(split("J. K. Rowling met George W. Bush."), ["J. K. Rowling met George W. Bush."]);
    assert_eq!(
        split("We make a good team, you and I. Did you see Albert I. Jones?"),
        ["We make a good team, you and I.", "Did you see Albert I. Jones?"]
    );
}

#[test]
fn dotted_acronyms_end_a_sentence_only_before_a_sentence_opener() {
    assert_eq!(
        split("I work for the U.S. Government in Virginia."),
        ["I work for the U.S. Government in Virginia."]
    );
    assert_eq!(
        split("I live in the U.K. How about you?"),
        ["I live in the U.K.", "How about you?"]
    );
    assert_eq!(
        split("It opens at 9 a.m. on Monday and shuts at 5 p.m. The shop is small."),
        ["It opens at 9 a.m. on Monday and shuts at 5 p.m.", "The shop is small."]
    );
    assert_eq!(
        split("At 5 a.m. Mr. Smith went to the bank."),
        ["At 5 a.m. Mr. Smith went to the bank."]
    );
}

#[test]
fn a_clock_time_ends_a_sentence_unless_a_day_month_or_time_zone_follows() {
    assert_eq!(
        split("The meeting is at 5 p.m. Everyone should attend."),
        ["The meeting is at 5 p.m.", "Everyone should attend."]
    );
    assert_eq!(split("It starts at 9 a.m. EST on Friday."), ["It starts at 9 a.m. EST on Friday."]);
    assert_eq!(
        split("He arrived at 10 a.m. Monday and left."),
        ["He arrived at 10 a.m. Monday and left."]
    );
}

#[test]
fn a_capital_after_a_number_is_a_unit_not_an_initial() {
    assert_eq!(
        split("The temperature was -5 C. It was cold."),
        ["The temperature was -5 C.", "It was cold."]
    );
}

#[test]
fn in_informal_text_a_lowercase_pronoun_after_a_full_stop_starts_a_sentence() {
    assert_eq!(
        split("We met at the party. i think it went well."),
        ["We met at the party.", "i think it went well."]
    );
    assert_eq!(split("It was approx. the size of a car."), ["It was approx. the size of a car."]);
    assert_eq!(split("Where did you grow up? india?"), ["Where did you grow up?", "india?"]);
}

#[test]
fn user_abbreviations_do_not_end_sentences() {
    let splitter = SentenceSplitter::builder().abbreviation("Approx.").build().unwrap();
    assert_eq!(
        split_with(&splitter, "Approx. Ten people came. Then they left."),
        ["Approx. Ten people came.", "Then they left."]
    );
}

// ---- Numbers, addresses, ellipses ----

#[test]
fn numbers_versions_and_addresses_keep_their_dots() {
    let text = "Pi is 3.14, growth was 4.2% and v1.2.3 runs on 192.168.0.1 for $100.00 today.";
    assert_eq!(split(text), [text]);
    assert_eq!(
        split("She has $100.00. It is in her bag."),
        ["She has $100.00.", "It is in her bag."]
    );
}

#[test]
fn urls_and_email_addresses_keep_their_dots() {
    assert_eq!(
        split("Mail Jane.Doe@example.com. Or see https://www.example.com/a.html. Thanks."),
        ["Mail Jane.Doe@example.com.", "Or see https://www.example.com/a.html.", "Thanks."]
    );
    assert_eq!(
        split("Visit www.northfield.gov.uk/floods today."),
        ["Visit www.northfield.gov.uk/floods today."]
    );
}

#[test]
fn ellipses_end_a_sentence_only_before_a_capital() {
    assert_eq!(split("I never meant that.... She left."), ["I never meant that....", "She left."]);
    assert_eq!(
        split("Well \u{2026} maybe. I wonder\u{2026} Who knows?"),
        ["Well \u{2026} maybe.", "I wonder\u{2026}", "Who knows?"]
    );
    assert_eq!(
        split("I was really ... well, what I mean...see . . . it is fine."),
        ["I was really ... well, what I mean...see . . . it is fine."]
    );
}

#[test]
fn a_sentence_ending_before_a_spaced_ellipsis_keeps_all_its_marks() {
    // The sentence's own ending is what stands before the run's first
    // space, whatever characters it is made of.
    assert_eq!(split("compounds. . . . The end."), ["compounds.", ". . . The end."]);
    assert_eq!(split("a\u{2026}. ... R"), ["a\u{2026}.", "... R"]);
    assert_eq!(split("Hi\u{2026}. ... Then"), ["Hi\u{2026}.", "... Then"]);
    assert_eq!(split("x\u{2026}. ...\nR"), ["x\u{2026}.", "...\nR"]);
}

// ---- Line breaks, headlines, lists ----

#[test]
fn a_blank_line_always_ends_a_sentence() {
    assert_eq!(split("No full stop here\n\nMr.\n\nSmith"), ["No full stop here", "Mr.", "Smith"]);
}

#[test]
fn a_hard_wrapped_line_break_does_not_end_a_sentence() {
    let text = "The company said profits\nrose 10 pct in the quarter, led by New\nYork sales.\nIt expects more.";
    assert_eq!(
        split(text),
        [
            "The company said profits\nrose 10 pct in the quarter, led by New\nYork sales.",
            "It expects more."
        ]
    );
}

#[test]
fn a_headline_in_capitals_ends_at_its_line_break() {
    let text = "BAHIA COCOA REVIEW\nShowers continued throughout\nthe week.";
    assert_eq!(split(text), ["BAHIA COCOA REVIEW", "Showers continued throughout\nthe week."]);
}

#[test]
fn in_text_that_is_not_hard_wrapped_a_line_without_punctuation_is_a_headline() {
    let text = "Council agrees flood plan\nThe council voted on Tuesday. It was close.";
    assert_eq!(
        split(text),
        ["Council agrees flood plan", "The council voted on Tuesday.", "It was close."]
    );
}

#[test]
fn an_indented_line_starts_a_new_paragraph() {
    let text = "Funds could be provided from\nexpedited disbursements\n Reuter";
    assert_eq!(split(text), ["Funds could be provided from\nexpedited disbursements", "Reuter"]);
}

#[test]
fn bulleted_and_numbered_list_items_are_sentences() {
    let text = "Key figures:\n- Homes evacuated: 1,214\n- Embankments: 27 miles\n* Done\n\u{2022} Also done";
    assert_eq!(
        split(text),
        [
            "Key figures:",
            "- Homes evacuated: 1,214",
            "- Embankments: 27 miles",
            "* Done",
            "\u{2022} Also done"
        ]
    );
    let text = "Steps:\n1. Open the box\n2. Take it out\n3) Plug it in";
    assert_eq!(split(text), ["Steps:", "1. Open the box", "2. Take it out", "3) Plug it in"]);
}

#[test]
fn enumerations_on_one_line_split_at_each_next_number() {
    assert_eq!(
        split("1) The first item 2) The second item"),
        ["1) The first item", "2) The second item"]
    );
    assert_eq!(
        split("a. The first item b. The second item c. The third"),
        ["a. The first item", "b. The second item", "c. The third"]
    );
}

#[test]
fn newline_ends_sentence_makes_every_line_break_a_boundary() {
    let splitter = SentenceSplitter::builder().newline_ends_sentence(true).build().unwrap();
    assert_eq!(split_with(&splitter, "one line\nanother line"), ["one line", "another line"]);
}

// ---- Case ----

#[test]
fn all_lowercase_text_is_split() {
    assert_eq!(
        split("hello world. my name is jonas. what is yours? i forget."),
        ["hello world.", "my name is jonas.", "what is yours?", "i forget."]
    );
}

#[test]
fn all_caps_text_is_split_and_keeps_its_abbreviations() {
    assert_eq!(
        split("MR. SMITH WENT TO WASHINGTON. HE MET DR. JONES THERE."),
        ["MR. SMITH WENT TO WASHINGTON.", "HE MET DR. JONES THERE."]
    );
}

// ---- Other scripts ----

#[test]
fn cjk_full_stops_end_sentences_without_spaces() {
    assert_eq!(split("東京は大きい。大阪も大きい。"), ["東京は大きい。", "大阪も大きい。"]);
}

// ---- Invariants ----

#[test]
fn empty_and_blank_text_has_no_sentences() {
    assert!(split("").is_empty());
    assert!(split(" \n\t\n ").is_empty());
}

#[test]
fn an_unmatched_quote_or_bracket_does_not_swallow_what_follows() {
    let text = format!("He said \"It started. ({} Then it ended.", "More came. ".repeat(1000));
    let sentences = split(&text);
    assert_eq!(sentences.len(), 1002);
    assert_eq!(sentences[1], "(More came.");
    assert_eq!(sentences[1001], "Then it ended.");
}

/// White space as Python's `str.strip` sees it.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn check_invariants(text: &str) {
    let mut previous_end = 0;
    for s in split_sentences(text) {
        assert!(s.start < s.end, "empty sentence {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?}");
        assert!(s.start >= previous_end, "{s:?} overlaps the sentence before");
        assert!(text[previous_end..s.start].chars().all(is_space), "text lost before {s:?}");
        let sentence = s.text(text);
        assert!(!sentence.starts_with(is_space) && !sentence.ends_with(is_space), "{sentence:?}");
        previous_end = s.end;
    }
    assert!(text[previous_end..].chars().all(is_space), "text lost at the end");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_ordered_trimmed_and_tile_the_text(text in "\\PC{0,200}") {
        check_invariants(&text);
    }

    #[test]
    fn spans_hold_on_punctuation_heavy_text(
        text in proptest::collection::vec(
            prop_oneof![
                Just("."), Just("?"), Just("!"), Just(" "), Just("\n"), Just("\n\n"), Just("\""),
                Just("'"), Just("("), Just(")"), Just("\u{2026}"), Just("\u{201d}"), Just("Mr"), Just("U.S."),
                Just("a"), Just("The"), Just("1"), Just("- "), Just("\u{2022}"), Just("\u{3002}"), Just("é"),
            ],
            0..80,
        ).prop_map(|parts| parts.concat())
    ) {
        check_invariants(&text);
    }

    /// Every cut lies on a character boundary: a word, then a run of
    /// final punctuation that opens with a mark of any width (one-byte
    /// ".", three-byte "…", "‼", "。", "！") and goes on with dots, spaced
    /// or not, then closers, a space or a line break, and the next word.
    #[test]
    fn every_cut_in_a_terminator_run_lies_on_a_char_boundary(
        text in proptest::collection::vec(
            (
                prop_oneof![Just("a"), Just("Hi"), Just("5"), Just("U.S"), Just("\u{e9}t\u{e9}"), Just(" ")],
                prop_oneof![
                    Just("."), Just("?"), Just("!"), Just("\u{2026}"), Just("\u{203c}"),
                    Just("\u{2047}"), Just("\u{3002}"), Just("\u{ff01}"), Just("\u{ff1f}"),
                ],
                proptest::collection::vec(prop_oneof![Just("."), Just(" ."), Just("\u{2026}")], 0..7),
                prop_oneof![Just(""), Just("\""), Just("\u{201d}"), Just(")")],
                prop_oneof![Just(" "), Just("\n"), Just(""), Just("  ")],
                prop_oneof![Just("R"), Just("then"), Just("7"), Just("\u{c9}mile"), Just("\u{2026}")],
            ),
            1..5,
        ).prop_map(|runs| {
            runs.into_iter()
                .map(|(a, lead, dots, closer, gap, b)| format!("{a}{lead}{}{closer}{gap}{b}", dots.concat()))
                .collect::<String>()
        })
    ) {
        check_invariants(&text);
    }
}

#[test]
fn golden_rules_all_pass() {
    let Some(path) = data::require("sbd/golden_rules_en.json") else { return };
    let rules: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut failures = Vec::new();
    for rule in &rules {
        let text = rule["text"].as_str().unwrap();
        let expected: Vec<&str> = rule["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().trim())
            .collect();
        let got: Vec<&str> = split(text).into_iter().map(str::trim).collect();
        if got != expected {
            failures.push(format!("{} {}: got {got:?}", rule["id"], rule["name"]));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        rules.len(),
        failures.join("\n")
    );
}
