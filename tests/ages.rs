//! Ages and durations, written as a specification: what a user can rely on
//! when a number measures time.

use textfacts::numeric::{unit_info, Dimension};
use textfacts::{extract_numbers, NumericFact, NumericKind, Qualifier};

/// The only fact of `text`.
fn one(text: &str) -> NumericFact {
    let all = extract_numbers(text);
    assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
    all.into_iter().next().unwrap()
}

/// The only fact of `text` as (surface, kind, value, unit).
fn read(text: &str) -> (String, NumericKind, Option<f64>, Option<String>) {
    let f = one(text);
    (f.text(text).to_string(), f.kind, f.value, f.unit)
}

fn age(
    surface: &str,
    value: f64,
    unit: &str,
) -> (String, NumericKind, Option<f64>, Option<String>) {
    (surface.to_string(), NumericKind::Age, Some(value), Some(unit.to_string()))
}

fn duration(
    surface: &str,
    value: f64,
    unit: &str,
) -> (String, NumericKind, Option<f64>, Option<String>) {
    (surface.to_string(), NumericKind::Quantity, Some(value), Some(unit.to_string()))
}

#[test]
fn an_age_is_a_span_of_time_followed_by_old_or_of_age() {
    assert_eq!(read("a 34-year-old man"), age("34-year-old", 34.0, "yr"));
    assert_eq!(read("the 12-year-old said"), age("12-year-old", 12.0, "yr"));
    assert_eq!(read("When she was five years old"), age("five years old", 5.0, "yr"));
    assert_eq!(read("a two-week-old baby"), age("two-week-old", 2.0, "wk"));
    assert_eq!(read("only ten months old"), age("ten months old", 10.0, "mo"));
    assert_eq!(read("A 90 day old bill"), age("90 day old", 90.0, "d"));
    assert_eq!(read("at 6 weeks of age"), age("6 weeks of age", 6.0, "wk"));
    assert_eq!(read("a 87 yo man"), age("87 yo", 87.0, "yr"));
}

#[test]
fn aged_or_age_before_a_number_makes_it_an_age_in_years() {
    assert_eq!(read("who died aged 87 on Monday"), age("aged 87", 87.0, "yr"));
    assert_eq!(read("a man of age 87"), age("age 87", 87.0, "yr"));
    assert_eq!(read("a child aged 18 months"), age("aged 18 months", 18.0, "mo"));
    let f = one("youths aged between 15 and 24");
    assert_eq!((f.kind, f.low, f.high), (NumericKind::Age, Some(15.0), Some(24.0)));
    assert_eq!(f.text("youths aged between 15 and 24"), "aged between 15 and 24");
}

#[test]
fn the_decade_of_a_life_is_an_age_range() {
    let text = "a man in his 60s";
    let f = one(text);
    assert_eq!((f.text(text), f.kind), ("60s", NumericKind::Age));
    assert_eq!((f.value, f.low, f.high), (None, Some(60.0), Some(69.0)));
    assert_eq!(one("women in their early 20s").low, Some(20.0));
    // Without a possessive, "60s" is no age.
    assert_ne!(extract_numbers("the 1960s")[0].kind, NumericKind::Age);
}

#[test]
fn ages_keep_their_qualifiers_and_ranges() {
    let f = one("more than 500 years old");
    assert_eq!(
        (f.kind, f.value, f.qualifier),
        (NumericKind::Age, Some(500.0), Qualifier::MoreThan)
    );
    let f = one("He is about 40 - 50 years old.");
    assert_eq!((f.kind, f.low, f.high), (NumericKind::Age, Some(40.0), Some(50.0)));
}

#[test]
fn a_number_followed_by_a_unit_of_time_is_a_duration() {
    assert_eq!(read("jailed for 12 years"), duration("12 years", 12.0, "yr"));
    assert_eq!(read("a 10-day strike"), duration("10-day", 10.0, "d"));
    assert_eq!(read("talks lasted 48 hours"), duration("48 hours", 48.0, "h"));
    assert_eq!(read("open 24hrs"), duration("24hrs", 24.0, "h"));
    assert_eq!(read("in the six months to March"), duration("six months", 6.0, "mo"));
    assert_eq!(read("a 30-second spot"), duration("30-second", 30.0, "s"));
    // Where the amount is counted from does not change what it measures.
    assert_eq!(read("3 years ago"), duration("3 years", 3.0, "yr"));
    assert_eq!(read("over three weeks"), duration("three weeks", 3.0, "wk"));
}

#[test]
fn durations_are_of_dimension_time_and_count_no_noun() {
    for text in ["for 12 years", "a 10-day strike", "40 minutes", "2 wks", "8 mths"] {
        let f = one(text);
        let info = unit_info(f.unit.as_deref().unwrap()).unwrap();
        assert_eq!(info.dimension, Dimension::Time, "{text}");
        assert_eq!(f.noun, None, "{text}");
    }
}

#[test]
fn what_only_looks_like_a_duration_is_not_one() {
    // A year before a word of time is a year.
    assert_eq!(one("its 1986 year loss").kind, NumericKind::Year);
    let text = "in the first two 1987 months";
    assert!(extract_numbers(text).iter().all(|f| f.kind != NumericKind::Quantity));
    // "second" is an ordinal unless hyphenated.
    let kinds: Vec<_> = extract_numbers("the 1986 second quarter").iter().map(|f| f.kind).collect();
    assert_eq!(kinds, [NumericKind::Year, NumericKind::Ordinal]);
    // Abbreviations are lower case: "SEC" is an agency.
    assert_eq!(one("five SEC commissioners").kind, NumericKind::Cardinal);
    // A time of day is no fact; a duration in hours is.
    assert!(extract_numbers("at 1530 hours").is_empty());
    assert!(extract_numbers("at 11.30 hrs local time").is_empty());
    assert_eq!(one("cut to 38.5 hours").unit.as_deref(), Some("h"));
    // A table's next cell is not the number's unit.
    let text = "Sales 19.9 mln\n    Year    Oper shr";
    assert_eq!(one(text).kind, NumericKind::Cardinal);
}
