//! The numeric-fact rules, one test per rule, written as a specification.

use proptest::prelude::*;
use textfacts::{extract_numbers, NumberExtractor, NumericFact, NumericKind, Qualifier};

/// The facts of `text` as (surface, kind, value).
fn facts(text: &str) -> Vec<(String, NumericKind, Option<f64>)> {
    extract_numbers(text).iter().map(|f| (f.text(text).to_string(), f.kind, f.value)).collect()
}

/// The only fact of `text`.
fn one(text: &str) -> NumericFact {
    let all = extract_numbers(text);
    assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
    all.into_iter().next().unwrap()
}

fn value(text: &str) -> f64 {
    one(text).value.unwrap_or_else(|| panic!("{text:?} has no value"))
}

fn surface(text: &str) -> String {
    one(text).text(text).to_string()
}

fn noun(text: &str) -> Option<String> {
    let f = one(text);
    f.noun_text(text).map(str::to_string)
}

fn no_facts(text: &str) {
    assert!(extract_numbers(text).is_empty(), "{text:?} gave {:?}", facts(text));
}

use NumericKind::*;

#[test]
fn digits_with_grouping_separators_and_decimals() {
    assert_eq!(value("87"), 87.0);
    assert_eq!(value("1,234"), 1234.0);
    assert_eq!(value("1,234,567.89"), 1_234_567.89);
    assert_eq!(value("3.5"), 3.5);
    assert_eq!(value(".5"), 0.5);
    assert_eq!(value("12,34,567"), 1_234_567.0);
}

#[test]
fn thin_and_no_break_spaces_group_thousands() {
    assert_eq!(value("1\u{2009}234"), 1234.0);
    assert_eq!(value("1\u{a0}234\u{a0}567"), 1_234_567.0);
    assert_eq!(value("1\u{202f}234\u{202f}567.89"), 1_234_567.89);
}

#[test]
fn negatives_with_hyphen_minus_and_words() {
    assert_eq!(value("-5"), -5.0);
    assert_eq!(value("\u{2212}5"), -5.0);
    assert_eq!(value("minus 5"), -5.0);
    assert_eq!(surface("a reading of -5"), "-5");
}

#[test]
fn fractions_in_symbols_slashes_and_words() {
    assert_eq!(value("½"), 0.5);
    assert_eq!(value("1/2"), 0.5);
    assert_eq!(value("2 1/4"), 2.25);
    assert_eq!(value("two-thirds"), 2.0 / 3.0);
    assert_eq!(value("a third"), 1.0 / 3.0);
    assert_eq!(value("one and a half"), 1.5);
}

#[test]
fn ordinals_in_digits_and_words() {
    for (text, v) in [("21st", 21.0), ("3rd", 3.0), ("first", 1.0), ("twenty-first", 21.0)] {
        let f = one(text);
        assert_eq!((f.kind, f.value), (Ordinal, Some(v)), "{text}");
    }
}

#[test]
fn number_words_compose() {
    assert_eq!(value("seventeen"), 17.0);
    assert_eq!(value("eighty-seven"), 87.0);
    assert_eq!(value("a hundred"), 100.0);
    assert_eq!(value("one hundred and twenty-three"), 123.0);
    assert_eq!(value("two million"), 2e6);
    assert_eq!(value("a dozen"), 12.0);
    assert_eq!(value("half a million"), 5e5);
}

#[test]
fn and_joins_number_words_but_lists_amounts_in_digits() {
    assert_eq!(value("one million and two"), 1_000_002.0);
    assert_eq!(value("3 hundred and 21"), 321.0);
    assert_eq!(value("6 million and two hundred"), 6_000_200.0);
    let listed = |text: &str| -> Vec<(String, Option<f64>)> {
        let facts = textfacts::extract_numbers(text);
        facts.iter().map(|f| (text[f.start..f.end].to_string(), f.value)).collect()
    };
    assert_eq!(
        listed("£3.5bn and 2 million people"),
        [("£3.5bn".to_string(), Some(3.5e9)), ("2 million".to_string(), Some(2e6))]
    );
    assert_eq!(
        listed("1.5 million and 200 people"),
        [("1.5 million".to_string(), Some(1.5e6)), ("200".to_string(), Some(200.0))]
    );
    assert_eq!(
        listed("$5 million and 3 billion"),
        [("$5 million".to_string(), Some(5e6)), ("3 billion".to_string(), Some(3e9))]
    );
    assert_eq!(
        listed("five million and three billion"),
        [("five million".to_string(), Some(5e6)), ("three billion".to_string(), Some(3e9))]
    );
}

#[test]
fn scales_multiply_and_are_reported_as_written() {
    let f = one("2.5 million");
    assert_eq!((f.value, f.scale.as_deref()), (Some(2.5e6), Some("million")));
    assert_eq!(value("5k"), 5e3);
    assert_eq!(value("12 mln"), 12e6);
    assert_eq!(value("3 bln"), 3e9);
    assert_eq!(one("a dozen").scale.as_deref(), Some("dozen"));
}

#[test]
fn vague_amounts_are_left_out_by_default_and_never_valued() {
    no_facts("dozens of people and hundreds of thousands of homes");
    let e = NumberExtractor::builder().vague(true).build();
    let text = "hundreds of thousands of homes";
    let f = &e.extract(text)[0];
    assert_eq!((f.text(text), f.value), ("hundreds of thousands of", None));
    assert_eq!(f.noun_text(text), Some("homes"));
}

#[test]
fn money_with_symbols_codes_and_words() {
    let cases = [
        ("£3.5bn", 3.5e9, "GBP"),
        ("$20", 20.0, "USD"),
        ("€2 million", 2e6, "EUR"),
        ("¥500", 500.0, "JPY"),
        ("US$5", 5.0, "USD"),
        ("USD 5", 5.0, "USD"),
        ("5 dollars", 5.0, "USD"),
        ("40 pounds", 40.0, "GBP"),
        ("30 euros", 30.0, "EUR"),
        ("12 mln dlrs", 12e6, "USD"),
        ("50 mln stg", 50e6, "GBP"),
    ];
    for (text, v, code) in cases {
        let f = one(text);
        assert_eq!((f.kind, f.value, f.unit.as_deref()), (Money, Some(v), Some(code)), "{text}");
        assert_eq!(f.text(text), text);
    }
}

#[test]
fn pence_and_cents_keep_their_written_value() {
    let f = one("310p");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (Money, Some(310.0), Some("GBX")));
    let f = one("50 pence");
    assert_eq!(f.unit.as_deref(), Some("GBX"));
    let f = one("12 cts");
    assert_eq!((f.value, f.unit.as_deref()), (Some(12.0), Some("¢")));
}

#[test]
fn five_m_is_million_with_money_and_metres_otherwise() {
    let f = one("paid £5m");
    assert_eq!((f.kind, f.value), (Money, Some(5e6)));
    let f = one("she ran 5m");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (Quantity, Some(5.0), Some("m")));
    assert_eq!(one("5m people").value, Some(5e6));
    assert_eq!(one("10M").value, Some(1e7));
}

#[test]
fn percentages_in_every_spelling() {
    for text in ["12%", "12 per cent", "12 percent", "12 pct", "12pc"] {
        let f = one(text);
        assert_eq!(
            (f.kind, f.value, f.unit.as_deref()),
            (Percent, Some(12.0), Some("%")),
            "{text}"
        );
        assert_eq!(f.text(text), text);
    }
    let f = one("0.5 percentage points");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (Percent, Some(0.5), Some("pp")));
}

#[test]
fn quantities_from_the_unit_table() {
    let cases = [
        ("40km", "km"),
        ("3 miles", "mi"),
        ("20 kg", "kg"),
        ("16,000 metric tons", "t"),
        ("5 litres", "l"),
        ("500,000 barrels", "bbl"),
        ("41C", "°C"),
        ("30°C", "°C"),
        ("70 mph", "mph"),
        ("600 MW", "MW"),
        ("45 acres", "acre"),
        ("100 hectares", "ha"),
        ("3-inch", "in"),
    ];
    for (text, unit) in cases {
        let f = one(text);
        assert_eq!((f.kind, f.unit.as_deref()), (Quantity, Some(unit)), "{text}");
        assert_eq!(f.text(text), text);
    }
}

#[test]
fn ranges_have_low_and_high_and_no_value() {
    for text in ["150-200", "150–200", "150 to 200", "between 150 and 200", "from 150 to 200"] {
        let f = one(text);
        assert_eq!((f.low, f.high, f.value), (Some(150.0), Some(200.0), None), "{text}");
        assert_eq!(f.text(text), text);
    }
    let f = one("$5m-$7m");
    assert_eq!((f.kind, f.low, f.high), (Money, Some(5e6), Some(7e6)));
    let f = one("between 5 and 7 million");
    assert_eq!((f.low, f.high), (Some(5e6), Some(7e6)));
}

#[test]
fn opposite_bounds_join_into_a_range() {
    let text = "more than 10 and less than 20";
    let f = one(text);
    assert_eq!((f.low, f.high, f.text(text)), (Some(10.0), Some(20.0), text));
}

#[test]
fn a_change_between_units_is_not_a_range() {
    assert_eq!(
        facts("rose 5.3 pct to 12 mln dlrs"),
        [
            ("5.3 pct".to_string(), Percent, Some(5.3)),
            ("12 mln dlrs".to_string(), Money, Some(12e6))
        ]
    );
}

#[test]
fn years_and_decades_are_kind_year() {
    for text in ["in 2016", "since 1999", "the 1990s"] {
        let all = extract_numbers(text);
        assert_eq!(all.len(), 1, "{text}");
        assert_eq!(all[0].kind, Year, "{text}");
    }
    let f = one("the 1990s");
    assert_eq!((f.low, f.high), (Some(1990.0), Some(1999.0)));
    let f = one("the 1986/87 season");
    assert_eq!((f.kind, f.low, f.high), (Year, Some(1986.0), Some(1987.0)));
}

#[test]
fn a_two_way_price_is_one_fact_from_bid_to_offer() {
    // Market shorthand: the digits after the slash replace the last digits
    // of the first price, and the unit after them is the whole quote's.
    let f = one("The dollar was at 1.8450/60 marks.");
    assert_eq!((f.kind, f.value, f.unit.as_deref()), (Money, None, Some("DEM")));
    let (low, high) = (f.low.unwrap(), f.high.unwrap());
    assert!((low - 1.845).abs() < 1e-9 && (high - 1.846).abs() < 1e-9, "{f:?}");
    // The offer is above the bid, across a carry ("1.5290/00").
    let f = one("from 1.5290/00");
    assert!((f.high.unwrap() - 1.53).abs() < 1e-9, "{f:?}");
    // A rate quoted a few points lower is read as written.
    let f = one("yields were 7.10/05 pct");
    assert_eq!(f.kind, Percent);
    assert!((f.low.unwrap() - 7.05).abs() < 1e-9 && (f.high.unwrap() - 7.1).abs() < 1e-9);
    // Fractions, fiscal years and one-digit parts are no quotes.
    assert_eq!(one("the 1986/87 season").kind, Year);
    assert_eq!(value("3/4 of a mile"), 0.75);
    assert_eq!(extract_numbers("2.5/3 pct").len(), 2);
}

#[test]
fn dates_and_clock_times_are_not_facts() {
    no_facts("Dec. 31");
    no_facts("on May 4th");
    no_facts("31 December 1987");
    no_facts("at 4.15am");
    no_facts("at 11 p.m.");
    no_facts("at 1530 GMT");
    no_facts("at 10:30");
    no_facts("on 5/17/2018");
}

#[test]
fn names_and_identifiers_are_not_facts() {
    no_facts("G7 leaders");
    no_facts("COVID-19 cases");
    no_facts("a Boeing 737 jet");
    no_facts("F-16 fighters");
    no_facts("the A380");
    no_facts("along Route 66");
    no_facts("Formula One");
    no_facts("see No. 5");
}

#[test]
fn phone_numbers_and_codes_are_not_facts() {
    no_facts("call +1-222-2222");
    no_facts("call 555-1234");
    no_facts("at 192.168.1.2");
    no_facts("see http://example.com/page2?id=30%25");
    no_facts("write to user42@example.com");
}

#[test]
fn scores_and_tallies_are_not_facts() {
    no_facts("won 3-1");
    no_facts("a 52-48 vote");
    no_facts("drew 2-2");
}

#[test]
fn qualifiers_before_and_after() {
    let cases = [
        ("about 50", Qualifier::Approx),
        ("nearly 50", Qualifier::Approx),
        ("an estimated 50", Qualifier::Approx),
        ("at least 50", Qualifier::AtLeast),
        ("no fewer than 50", Qualifier::AtLeast),
        ("50 or more", Qualifier::AtLeast),
        ("more than 50", Qualifier::MoreThan),
        ("upwards of 50", Qualifier::MoreThan),
        ("up to 50", Qualifier::AtMost),
        ("as many as 50", Qualifier::AtMost),
        ("no more than 50", Qualifier::AtMost),
        ("less than 50", Qualifier::LessThan),
        ("fewer than 50", Qualifier::LessThan),
        ("under 50", Qualifier::LessThan),
    ];
    for (text, q) in cases {
        let f = one(text);
        assert_eq!((f.qualifier, f.value), (q, Some(50.0)), "{text}");
        assert_eq!(f.text(text), text);
    }
}

#[test]
fn the_noun_is_the_phrase_the_cardinal_counts() {
    assert_eq!(noun("A total of 87 people, including many children, died"), Some("people".into()));
    assert_eq!(noun("firing 59 cruise missiles at the airbase"), Some("cruise missiles".into()));
    assert_eq!(noun("The two men"), Some("men".into()));
    assert_eq!(noun("2.5 million new jobs"), Some("new jobs".into()));
    assert_eq!(noun("at least 3,400 buildings were destroyed"), Some("buildings".into()));
    assert_eq!(noun("12 died"), None);
    // An adjective before an "-ing" modifier leads on to the head; a noun
    // before an "-ing" word ends the phrase; an adjective is no head.
    assert_eq!(noun("building two new pumping stations"), Some("new pumping stations".into()));
    assert_eq!(noun("three men carrying guns"), Some("men".into()));
    assert_eq!(noun("It hired three new in May."), None);
}

#[test]
fn money_and_percentages_have_no_noun() {
    assert_eq!(one("$5 contract").noun, None);
}

#[test]
fn pronoun_one_is_not_a_number() {
    no_facts("the one you mentioned");
    no_facts("Which one do you prefer?");
    assert_eq!(value("Let's try one last time"), 1.0);
}

#[test]
fn spans_cover_qualifier_currency_scale_and_unit() {
    let text = "They raised at least $5.2bn for it";
    assert_eq!(surface(text), "at least $5.2bn");
}

#[test]
fn absurdly_long_digit_runs_are_infinite() {
    let text = format!("1{}", "0".repeat(100_000));
    let f = one(&text);
    assert_eq!(f.value, Some(f64::INFINITY));
    assert_eq!((f.start, f.end), (0, text.len()));
}

#[test]
fn absurdly_repeated_scales_are_one_infinite_fact_or_none() {
    let text = format!("one{}", " million".repeat(100_000));
    let f = one(&text);
    assert_eq!(f.value, Some(f64::INFINITY));
    no_facts(&"million ".repeat(100_000));
}

#[test]
fn offsets_are_bytes_on_char_boundaries() {
    let text = "Zoë paid €5 — 東京 12%";
    for f in extract_numbers(text) {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
    assert_eq!(facts(text).len(), 2);
}

#[test]
fn facts_serialise_with_lower_case_names() {
    let json = serde_json::to_value(one("about 12%")).unwrap();
    assert_eq!(json["kind"], "percent");
    assert_eq!(json["qualifier"], "approx");
    assert_eq!(json["unit"], "%");
}

#[test]
fn options_turn_years_and_ordinals_off() {
    let e = NumberExtractor::builder().years(false).ordinals(false).build();
    let text = "In 2016 the first 3 men";
    let all = e.extract(text);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].text(text), "3");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_are_ordered_disjoint_on_boundaries_and_hold_a_number(
        text in "([0-9]{1,6}|[ .,/%$£€-]|one|twenty|hundred|million|bn|m|km|pct|and|to|between|about|é|東|\\n){0,40}"
    ) {
        let all = extract_numbers(&text);
        let mut last_end = 0;
        for f in &all {
            prop_assert!(f.start < f.end && f.end <= text.len());
            prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            prop_assert!(f.start >= last_end, "overlap in {:?}: {:?}", text, all);
            last_end = f.end;
            let s = f.text(&text);
            let has_number = s.bytes().any(|b| b.is_ascii_digit())
                || ["one", "twenty", "hundred", "½"].iter().any(|w| s.contains(w));
            prop_assert!(has_number, "{:?} in {:?}", s, text);
            if let Some(n) = f.noun {
                prop_assert!(n.start >= f.end && text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
            }
        }
    }

    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,200}") {
        let _ = extract_numbers(&text);
    }
}

#[test]
fn calls_in_turn_on_one_thread_do_not_see_each_other() {
    // The extractor reuses its working buffers from call to call on a
    // thread: what one call found must never leak into the next.
    let a = "Profit rose 12 pct to 5.3 mln dlrs, and 3 new plants opened.";
    let b = "It cost $5m-$7m, about 40 per cent more than 2 years ago.";
    let first = extract_numbers(a);
    assert_eq!(first.len(), 3);
    let other = extract_numbers(b);
    assert!(!other.is_empty());
    assert!(extract_numbers("").is_empty());
    assert_eq!(extract_numbers(a), first);
    // A huge document, whose buffers are too large to keep, changes nothing
    // either.
    let huge = "1 apple, ".repeat(40_000);
    assert_eq!(extract_numbers(&huge).len(), 40_000);
    assert_eq!(extract_numbers(a), first);
}

#[test]
fn an_abbreviated_scale_completes_an_amount_and_digits_after_it_are_another_number() {
    // Tables of figures put one amount after another: "16.0 mln 16.8 mln".
    let values = |text: &str| facts(text).into_iter().map(|(_, _, v)| v).collect::<Vec<_>>();
    assert_eq!(values("Revs 16.0 mln 16.8 mln"), [Some(16e6), Some(16.8e6)]);
    assert_eq!(values("5K 1"), [Some(5e3), Some(1.0)]);
    assert_eq!(values("5b 5"), [Some(5e9), Some(5.0)]);
    // A scale spelled out takes its small part, as people write it.
    assert_eq!(value("4 million 300"), 4_000_300.0);
}

#[test]
fn a_number_never_continues_across_a_line_break() {
    for brk in ["\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{c}"] {
        let text = format!("Net 131.4 million{brk}12 months");
        let values: Vec<_> = facts(&text).into_iter().map(|(_, _, v)| v).collect();
        assert_eq!(values, [Some(131.4e6), Some(12.0)], "{text:?}");
    }
}
