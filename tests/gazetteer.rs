//! The gazetteer's specification: each matching rule a user relies on.

use proptest::prelude::*;
use textfacts::gazetteer::{CaseMode, Entry, Format, Gazetteer, InNames, Normalization};
use textfacts::Error;

fn gaz(case: CaseMode, patterns: &[&str]) -> Gazetteer {
    Gazetteer::builder()
        .case(case)
        .extend(patterns.iter().map(|p| Entry::new(*p, "GPE")))
        .build()
        .unwrap()
}

fn found<'t>(g: &Gazetteer, text: &'t str) -> Vec<&'t str> {
    g.find(text).iter().map(|e| e.text(text)).collect()
}

#[test]
fn leftmost_longest_wins_and_matches_do_not_overlap() {
    let g = gaz(CaseMode::Smart, &["New York", "New York City", "York"]);
    assert_eq!(found(&g, "New York City and New York."), ["New York City", "New York"]);
}

#[test]
fn overlapping_option_reports_every_whole_word_match() {
    let g = Gazetteer::builder()
        .overlapping(true)
        .extend(["New York", "New York City", "York"].map(|p| Entry::new(p, "GPE")))
        .build()
        .unwrap();
    assert_eq!(found(&g, "New York City"), ["New York City", "New York", "York"]);
}

#[test]
fn a_shorter_name_is_found_when_the_longer_one_ends_inside_a_word() {
    let g = gaz(CaseMode::Smart, &["South Africa", "South"]);
    assert_eq!(found(&g, "South African exporters"), ["South"]);
    assert_eq!(found(&g, "South Africa's exports"), ["South Africa"]);
}

#[test]
fn names_match_next_to_punctuation() {
    let g = gaz(CaseMode::Smart, &["Russia", "Ohio"]);
    assert_eq!(
        found(&g, "Russia's (Russia) Russia, R-Ohio"),
        ["Russia", "Russia", "Russia", "Ohio"]
    );
}

#[test]
fn names_do_not_match_inside_words() {
    let g = gaz(CaseMode::Smart, &["Syria", "Oman", "Ohio"]);
    assert!(found(&g, "Syrian Omaha Romania Ohioan").is_empty());
    // Unicode letters and digits count as word characters.
    assert!(found(&g, "Omané 2Oman Syria9").is_empty());
}

#[test]
fn insensitive_uses_full_unicode_case_folding() {
    let g = gaz(CaseMode::Insensitive, &["München", "Straße", "İstanbul"]);
    assert_eq!(found(&g, "MÜNCHEN, STRASSE, i̇stanbul"), ["MÜNCHEN", "STRASSE", "i̇stanbul"]);
}

#[test]
fn offsets_point_into_the_original_text_when_folding_changes_lengths() {
    let g = gaz(CaseMode::Insensitive, &["Paris", "Berlin"]);
    let text = "İİİ ßßß Paris ẞ Berlin";
    let spans: Vec<_> = g.find(text).iter().map(|e| e.span()).collect();
    assert_eq!(spans.len(), 2);
    assert_eq!(&text[spans[0].start..spans[0].end], "Paris");
    assert_eq!(&text[spans[1].start..spans[1].end], "Berlin");
}

#[test]
fn a_match_inside_what_one_character_folds_to_is_not_a_match() {
    let g = gaz(CaseMode::Insensitive, &["s"]);
    assert!(found(&g, "ß").is_empty());
}

#[test]
fn sensitive_needs_the_exact_case() {
    let g = gaz(CaseMode::Sensitive, &["Turkey"]);
    assert_eq!(found(&g, "turkey TURKEY Turkey"), ["Turkey"]);
}

#[test]
fn smart_case_acronyms_match_only_exactly() {
    let g = gaz(CaseMode::Smart, &["US", "IRNA", "U.S."]);
    assert_eq!(found(&g, "us Us US irna IRNA u.s. U.S."), ["US", "IRNA", "U.S."]);
}

#[test]
fn smart_case_lower_case_text_does_not_match_a_capitalised_name() {
    let g = gaz(CaseMode::Smart, &["China", "Turkey", "Reading", "Sky News"]);
    assert_eq!(found(&g, "china turkey reading"), Vec::<&str>::new());
    assert_eq!(found(&g, "CHINA and Turkey; sky News"), ["CHINA", "Turkey", "sky News"]);
}

#[test]
fn smart_case_a_capital_anywhere_in_the_match_is_enough() {
    let g = Gazetteer::builder()
        .normalization(Normalization { whitespace: true, ..Normalization::default() })
        .extend(
            ["The Hague", "Saint Vincent and the Grenadines", "the gulf"]
                .map(|p| Entry::new(p, "GPE")),
        )
        .build()
        .unwrap();
    // The capital may come late in the name, after a line break and a run
    // of spaces; a name written in lower case needs none.
    let text = "in the Hague; saint vincent and the\n   Grenadines; the gulf; the hague";
    assert_eq!(found(&g, text), ["the Hague", "saint vincent and the\n   Grenadines", "the gulf"]);
}

#[test]
fn smart_case_lower_case_names_match_any_case() {
    let g = gaz(CaseMode::Smart, &["iphone"]);
    assert_eq!(found(&g, "iphone iPhone IPHONE"), ["iphone", "iPhone", "IPHONE"]);
}

#[test]
fn a_per_entry_case_overrides_the_default() {
    let g = Gazetteer::builder()
        .case(CaseMode::Smart)
        .add(Entry::new("Apple", "ORG").case(CaseMode::Sensitive))
        .add(Entry::new("paris", "GPE").case(CaseMode::Insensitive))
        .build()
        .unwrap();
    assert_eq!(found(&g, "APPLE Apple PARIS"), ["Apple", "PARIS"]);
}

#[test]
fn a_shared_name_carries_every_candidate_in_the_order_given() {
    let g = Gazetteer::builder()
        .add(Entry::new("Georgia", "GPE").id("614540"))
        .add(Entry::new("Georgia", "GPE").id("4197000").canonical("Georgia (US state)"))
        .add(Entry::new("Georgia", "PERSON"))
        .build()
        .unwrap();
    let e = g.find("Georgia")[0];
    let c: Vec<_> = e.candidates().map(|c| (c.label(), c.id(), c.canonical())).collect();
    assert_eq!(
        c,
        [
            ("GPE", Some("614540"), "Georgia"),
            ("GPE", Some("4197000"), "Georgia (US state)"),
            ("PERSON", None, "Georgia"),
        ]
    );
    assert_eq!((e.label(), e.id(), e.canonical()), ("GPE", Some("614540"), "Georgia"));
}

#[test]
fn candidates_are_only_those_whose_case_rule_the_text_meets() {
    let g = Gazetteer::builder()
        .add(Entry::new("US", "GPE").id("us"))
        .add(Entry::new("us", "WORD"))
        .build()
        .unwrap();
    let labels = |t: &str| g.find(t)[0].candidates().map(|c| c.label()).collect::<Vec<_>>();
    assert_eq!(labels("US"), ["GPE", "WORD"]);
    assert_eq!(labels("us"), ["WORD"]);
}

#[test]
fn aliases_resolve_to_their_entry() {
    let g = Gazetteer::builder()
        .add(Entry::new("Russia", "GPE").id("2017370").alias("Russian Federation"))
        .build()
        .unwrap();
    let found = g.find("Russian Federation");
    assert_eq!(found[0].id(), Some("2017370"));
    assert_eq!(found[0].canonical(), "Russia");
    assert_eq!(g.len(), 1);
}

#[test]
fn rows_with_the_same_label_and_id_are_one_entry() {
    let g = gaz(CaseMode::Smart, &["Paris"]);
    assert_eq!(g.len(), 1);
    let g = Gazetteer::builder()
        .add(Entry::new("Peking", "GPE").id("1816670"))
        .add(Entry::new("Beijing", "GPE").id("1816670"))
        .build()
        .unwrap();
    assert_eq!(g.len(), 1);
    assert_eq!(g.find("Beijing")[0].canonical(), "Peking");
}

#[test]
fn diacritics_normalisation() {
    let g = Gazetteer::builder()
        .normalize_diacritics(true)
        .add(Entry::new("Sao Paulo", "GPE"))
        .add(Entry::new("Zürich", "GPE"))
        .build()
        .unwrap();
    assert_eq!(found(&g, "São Paulo and Zurich"), ["São Paulo", "Zurich"]);
}

#[test]
fn apostrophe_and_dash_normalisation() {
    let g = Gazetteer::builder()
        .normalize_punctuation(true)
        .add(Entry::new("Cote d'Ivoire", "GPE"))
        .add(Entry::new("Guinea-Bissau", "GPE"))
        .build()
        .unwrap();
    assert_eq!(found(&g, "Cote d’Ivoire, Guinea‐Bissau, Guinea–Bissau").len(), 3);
}

#[test]
fn whitespace_normalisation_finds_names_broken_across_lines() {
    let g = Gazetteer::builder()
        .normalize_whitespace(true)
        .add(Entry::new("New York", "GPE"))
        .build()
        .unwrap();
    assert_eq!(found(&g, "in New\nYork and New  \r\n York."), ["New\nYork", "New  \r\n York"]);
    let without = gaz(CaseMode::Smart, &["New York"]);
    assert!(found(&without, "New\nYork").is_empty());
}

#[test]
fn patterns_without_letters_or_digits_are_rejected() {
    for bad in ["", "   ", "--", "(.)"] {
        let err = Gazetteer::builder().add(Entry::new(bad, "X")).build().unwrap_err();
        assert!(matches!(err, Error::InvalidPattern { .. }), "{bad:?}: {err}");
    }
}

#[test]
fn tsv_errors_name_the_file_line_and_problem() {
    let dir = std::env::temp_dir().join(format!("textfacts-gaz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.tsv");
    std::fs::write(&path, "# comment\nParis\tGPE\t1\nLyon\n").unwrap();
    let err = Gazetteer::from_file(&path).unwrap_err().to_string();
    assert!(err.contains("bad.tsv:3") && err.contains("label"), "{err}");

    std::fs::write(&path, "Paris\tGPE\n   \tGPE\n").unwrap();
    let err = Gazetteer::from_file(&path).unwrap_err().to_string();
    assert!(err.contains("bad.tsv:2") && err.contains("empty pattern"), "{err}");

    std::fs::write(&path, b"Paris\tGPE\nLy\xffon\tGPE\n").unwrap();
    let err = Gazetteer::from_file(&path).unwrap_err().to_string();
    assert!(err.contains("bad.tsv:2") && err.contains("UTF-8"), "{err}");

    std::fs::write(&path, "Paris\tGPE\n...\tGPE\n").unwrap();
    let err = Gazetteer::from_file(&path).unwrap_err().to_string();
    assert!(err.contains("bad.tsv:2") && err.contains("letter or digit"), "{err}");

    let missing = Gazetteer::from_file(dir.join("missing.tsv")).unwrap_err();
    assert!(matches!(missing, Error::Io { .. }));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn csv_and_jsonl_load_with_ids_aliases_and_case() {
    let csv = "pattern,label,id,aliases,case\nRussia,GPE,2017370,Russian Federation|RF,\nApple,ORG,,,sensitive\n";
    let g = Gazetteer::builder()
        .add_reader(csv.as_bytes(), Format::Csv, None)
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(found(&g, "Russian Federation, APPLE, Apple"), ["Russian Federation", "Apple"]);

    let jsonl = "{\"pattern\": \"Georgia\", \"label\": \"GPE\", \"id\": 614540, \"aliases\": [\"Sakartvelo\"]}\n\n";
    let g = Gazetteer::builder()
        .add_reader(jsonl.as_bytes(), Format::Jsonl, None)
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(g.find("Sakartvelo")[0].id(), Some("614540"));

    let bad = "{\"pattern\": \"Georgia\", \"label\": \"GPE\"}\n{\"pattern\": \"x\"}\n";
    let err = Gazetteer::builder().add_reader(bad.as_bytes(), Format::Jsonl, None).unwrap_err();
    assert!(err.to_string().starts_with("line 2:"), "{err}");

    let bad = "pattern,label\nParis,GPE\n,GPE\n";
    let err = Gazetteer::builder().add_reader(bad.as_bytes(), Format::Csv, None).unwrap_err();
    assert!(err.to_string().starts_with("line 3:"), "{err}");
}

#[test]
fn a_jsonl_id_is_kept_exactly_as_written_and_must_be_a_string_or_an_integer() {
    let load = |id: &str| {
        let line = format!("{{\"pattern\": \"Paris\", \"label\": \"GPE\", \"id\": {id}}}\n");
        Gazetteer::builder().add_reader(line.as_bytes(), Format::Jsonl, None).map(|b| {
            let g = b.build().unwrap();
            g.find("Paris")[0].id().map(str::to_string)
        })
    };
    // Wider than 64 bits: the digits, not a float's rendering of them.
    assert_eq!(load("18446744073709551616").unwrap().as_deref(), Some("18446744073709551616"));
    assert_eq!(load("-5").unwrap().as_deref(), Some("-5"));
    assert_eq!(load("\" 2988507 \"").unwrap().as_deref(), Some("2988507"));
    assert_eq!(load("null").unwrap(), None);
    for bad in ["1.5", "true", "1e3", "[1]"] {
        let err = load(bad).unwrap_err().to_string();
        assert!(err.starts_with("line 1:") && err.contains("string or an integer"), "{bad}: {err}");
        assert!(!err.contains("untagged"), "{err}");
    }
}

#[test]
fn a_pattern_of_combining_marks_alone_is_no_word_and_is_refused() {
    for pattern in ["\u{301}", "\u{301}\u{308}", " \u{739} "] {
        let err = Gazetteer::builder().add(Entry::new(pattern, "X")).build().unwrap_err();
        assert!(matches!(err, Error::InvalidPattern { .. }), "{pattern:?}: {err:?}");
        assert!(err.to_string().contains("no letter or digit"), "{err}");
    }
    // A mark on a letter is part of the word.
    let g = Gazetteer::builder().add(Entry::new("e\u{301}", "X")).build().unwrap();
    assert_eq!(found(&g, "e\u{301} x"), ["e\u{301}"]);
}

fn sample() -> Gazetteer {
    Gazetteer::builder()
        .add(Entry::new("Georgia", "GPE").id("614540"))
        .add(Entry::new("Georgia", "GPE").id("4197000"))
        .add(Entry::new("US", "GPE").alias("United States"))
        .add(Entry::new("München", "GPE"))
        .build()
        .unwrap()
}

#[test]
fn the_compiled_form_round_trips() {
    let g = sample();
    let again = Gazetteer::from_bytes(&g.to_bytes()).unwrap();
    let text = "The US and Georgia; MÜNCHEN, us, United States.";
    let a: Vec<_> = g.find(text).iter().map(|e| (e.span(), e.id(), e.candidate_count())).collect();
    let b: Vec<_> =
        again.find(text).iter().map(|e| (e.span(), e.id(), e.candidate_count())).collect();
    assert_eq!(a, b);
    assert_eq!(again.len(), g.len());
}

#[test]
fn every_truncation_of_the_compiled_form_is_a_format_error() {
    let bytes = sample().to_bytes();
    for n in 0..bytes.len() {
        let err = Gazetteer::from_bytes(&bytes[..n]).unwrap_err();
        assert!(matches!(err, Error::Format { .. }), "{n}: {err}");
    }
}

#[test]
fn every_flipped_byte_of_the_compiled_form_is_a_format_error() {
    let bytes = sample().to_bytes();
    for i in 0..bytes.len() {
        let mut damaged = bytes.clone();
        damaged[i] ^= 0x5a;
        let err = Gazetteer::from_bytes(&damaged).unwrap_err();
        assert!(matches!(err, Error::Format { .. }), "byte {i}: {err}");
    }
}

#[test]
fn foreign_data_is_a_format_error() {
    for data in [&b""[..], b"PK\x03\x04 a zip file", b"TFGAZ\0\r\n\x02\0\0\0"] {
        assert!(matches!(Gazetteer::from_bytes(data), Err(Error::Format { .. })));
    }
}

#[cfg(feature = "builtin")]
#[test]
fn the_builtin_gazetteer_finds_places_and_organisations_but_not_common_words() {
    let g = Gazetteer::builtin();
    let text = "The UN, NATO and the EU met in Georgia. Russia's envoy flew from Tokyo to the US. \
                Reading the market report, they said it may turn to the south of the city.";
    let got = found(&g, text);
    assert_eq!(got, ["UN", "NATO", "EU", "Georgia", "Russia", "Tokyo", "US"]);
    let e = &g.find("Georgia")[0];
    assert!(e.candidate_count() >= 2, "the country and the US state");
    assert_eq!(g.find("Russian Federation")[0].canonical(), "Russia");
}

/// A gazetteer of `patterns` with the in-names rule in `mode`.
fn in_names(mode: InNames, patterns: &[&str]) -> Gazetteer {
    Gazetteer::builder()
        .in_names(mode)
        .extend(patterns.iter().map(|p| Entry::new(*p, "GPE")))
        .build()
        .unwrap()
}

#[test]
fn in_names_drops_a_place_that_runs_on_into_a_longer_name() {
    let g = in_names(InNames::Drop, &["Vladimir", "Texas", "London", "Georgia", "Boston"]);
    let text = "Vladimir Putin's aides, Texas Instruments Inc, London Bridge, First Boston and \
                Georgia-Pacific moved to Boston.";
    assert_eq!(found(&g, text), ["Boston"]);
    assert_eq!(found(&g, "President Lincoln's Texas"), ["Texas"]);
}

#[test]
fn in_names_keeps_the_place_where_capitals_say_nothing_or_it_heads_its_own_body() {
    let g = in_names(InNames::Drop, &["Vladimir", "Paris", "France", "London", "Michigan"]);
    for text in [
        "the Vladimir region",
        "Russia's Vladimir region",
        "VLADIMIR PUTIN SAYS",
        "Paris, France",
        "Paris France",
        "in Paris. The talks",
        "in Paris On Monday",
        "the London Stock Exchange",
        "the Michigan Democrat",
    ] {
        assert!(!g.find(text).is_empty(), "{text:?}");
    }
    assert_eq!(found(&g, "Paris France"), ["Paris", "France"], "two places, no longer name");
}

#[test]
fn in_names_keep_reports_everything_and_flag_marks_what_drop_leaves_out() {
    let patterns = ["Vladimir", "Russia", "Texas"];
    let text = "President Vladimir Putin said Russia and Texas Instruments would talk.";
    let keep = in_names(InNames::Keep, &patterns);
    assert_eq!(found(&keep, text), ["Vladimir", "Russia", "Texas"]);
    assert!(keep.find(text).iter().all(|e| !e.in_name()));
    let flag = keep.with_in_names(InNames::Flag);
    let flags: Vec<_> = flag.find(text).iter().map(|e| (e.text(text), e.in_name())).collect();
    assert_eq!(flags, [("Vladimir", true), ("Russia", false), ("Texas", true)]);
    assert_eq!(found(&keep.with_in_names(InNames::Drop), text), ["Russia"]);
}

#[test]
fn in_names_is_kept_in_the_compiled_form() {
    let g = in_names(InNames::Keep, &["Vladimir"]).with_in_names(InNames::Flag);
    let again = Gazetteer::from_bytes(&g.to_bytes()).unwrap();
    assert_eq!(again.in_names(), InNames::Flag);
    assert!(again.find("Vladimir Putin")[0].in_name());
    assert_eq!(Gazetteer::from_bytes(&again.to_bytes()).unwrap().in_names(), InNames::Flag);
}

#[cfg(feature = "builtin")]
#[test]
fn the_builtin_gazetteer_finds_a_storys_places_but_not_a_president() {
    let text = "Russian President Vladimir Putin told reporters in Moscow that Russia would keep \
                its bases in Syria. Iran and Italy called for talks. Vladimir Putin's spokesman \
                said later that Moscow had not been consulted.";
    let got = found(&Gazetteer::builtin(), text);
    assert!(!got.contains(&"Vladimir"), "{got:?}");
    for place in ["Moscow", "Russia", "Syria", "Iran", "Italy"] {
        assert!(got.contains(&place), "{place} in {got:?}");
    }
}

fn arb_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "New", "York", "new york", "NEW YORK", " ", "\n", "-", "'s", "ß", "İ", "é", "e\u{301}",
        "Straße", "US", "us", "Georgia", "ian", "(", ")", "東京", "🙂", "South", "Africa", "n",
    ]);
    prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn spans_are_ordered_non_overlapping_whole_words_on_char_boundaries(
        text in arb_text(),
        case in prop::sample::select(vec![CaseMode::Sensitive, CaseMode::Insensitive, CaseMode::Smart]),
        norm in any::<bool>(),
    ) {
        let g = Gazetteer::builder()
            .case(case)
            .normalize_whitespace(norm)
            .normalize_diacritics(norm)
            .extend(["New York", "York", "Straße", "US", "Georgia", "South Africa", "South", "東京", "é"]
                .map(|p| Entry::new(p, "GPE")))
            .build()
            .unwrap();
        let mut last_end = 0;
        for e in g.find(&text) {
            prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            prop_assert!(e.start >= last_end && e.start < e.end);
            last_end = e.end;
            let m = e.text(&text);
            let is_word = |c: char| c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
            prop_assert!(!(text[..e.start].chars().next_back().is_some_and(is_word)
                && m.chars().next().is_some_and(is_word)));
            prop_assert!(!(text[e.end..].chars().next().is_some_and(is_word)
                && m.chars().next_back().is_some_and(is_word)));
            if !norm {
                let ok = match case {
                    CaseMode::Sensitive => m == e.canonical(),
                    _ => caseless::default_case_fold_str(m) == caseless::default_case_fold_str(e.canonical()),
                };
                prop_assert!(ok, "{m:?} for {:?}", e.canonical());
            }
        }
    }

    /// Drop leaves out exactly what flag marks, and neither changes any
    /// other match, whatever the text and the other options.
    #[test]
    fn in_names_modes_differ_only_in_what_the_rule_marks(
        words in prop::collection::vec(prop::sample::select(vec![
            "Paris", "Putin", "putin", "PUTIN", "New", "Mr.", "The", "Exchange", "France",
            "York", "'s", "-", ",", ".", " ", "\n", "\n\n", "Инна", "É",
        ]), 0..24),
        overlapping: bool,
    ) {
        let text = words.concat();
        let entries = ["Paris", "France", "New York", "York"].map(|p| Entry::new(p, "GPE"));
        let mut b = Gazetteer::builder();
        b.overlapping(overlapping).normalize_whitespace(true).extend(entries);
        let keep = b.build().unwrap();
        let spans = |g: &Gazetteer, pick: &dyn Fn(bool) -> bool| -> Vec<_> {
            g.find(&text).iter().filter(|e| pick(e.in_name())).map(|e| e.span()).collect()
        };
        let flag = keep.with_in_names(InNames::Flag);
        prop_assert_eq!(spans(&keep, &|_| true), spans(&flag, &|_| true));
        prop_assert_eq!(spans(&keep.with_in_names(InNames::Drop), &|_| true), spans(&flag, &|f| !f));
    }

    #[test]
    fn overlapping_matches_include_the_leftmost_longest_ones(text in arb_text()) {
        let entries = ["New York", "York", "US", "South Africa", "South"].map(|p| Entry::new(p, "GPE"));
        let all = Gazetteer::builder().overlapping(true).extend(entries.clone()).build().unwrap();
        let longest = Gazetteer::builder().extend(entries).build().unwrap();
        let all: Vec<_> = all.find(&text).iter().map(|e| e.span()).collect();
        for e in longest.find(&text) {
            prop_assert!(all.contains(&e.span()));
        }
    }
}
