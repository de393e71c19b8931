//! The pipeline: one document per text, the same whether texts are
//! extracted one by one or in a batch on any number of threads.

use textfacts::{Extractor, SentenceSplitter};

fn corpus() -> Vec<String> {
    (0..200)
        .map(|i| format!("Document {i} begins here. It has {} sentences! Or does it?", i % 7))
        .collect()
}

#[test]
fn a_batch_equals_one_by_one_for_any_thread_count() {
    let extractor = Extractor::new();
    let texts = corpus();
    let expected: Vec<_> = texts.iter().map(|t| extractor.extract(t)).collect();
    assert_eq!(extractor.extract_many(&texts), expected);
    for threads in [1, 2, 4] {
        assert_eq!(extractor.extract_many_with(&texts, Some(threads), |_| {}), expected);
    }
}

#[test]
fn the_document_keeps_the_text_unaltered() {
    let text = "  Zoë’s café. \u{200f}שלום\u{200f}!  ";
    let doc = Extractor::new().extract(text);
    assert_eq!(doc.text, text);
    for s in &doc.sentences {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
}

#[test]
fn zero_threads_is_an_error() {
    assert!(Extractor::builder().threads(0).build().is_err());
}

#[test]
fn the_configured_splitter_is_used() {
    let splitter = SentenceSplitter::builder().newline_ends_sentence(true).build().unwrap();
    let extractor = Extractor::builder().splitter(splitter).build().unwrap();
    assert_eq!(extractor.extract("a line\nanother line").sentences.len(), 2);
}

mod entities {
    use textfacts::gazetteer::{Entry, Gazetteer};
    use textfacts::Extractor;

    fn gazetteer() -> Gazetteer {
        Gazetteer::builder()
            .add(Entry::new("Paris", "GPE").id("2988507"))
            .add(Entry::new("Georgia", "GPE").id("614540"))
            .add(Entry::new("Georgia", "GPE").id("4197000"))
            .build()
            .unwrap()
    }

    #[test]
    fn each_entity_knows_the_sentence_it_stands_in() {
        let extractor = Extractor::builder().gazetteer(gazetteer()).build().unwrap();
        let text = "Paris is cold. Nothing here. Georgia and Paris are not.";
        let doc = extractor.extract(text);
        let found: Vec<_> = doc.entities.iter().map(|e| (e.text(text), e.sentence)).collect();
        assert_eq!(found, [("Paris", 0), ("Georgia", 2), ("Paris", 2)]);
        for e in &doc.entities {
            assert!(doc.sentences[e.sentence].span().contains(e.span()));
        }
    }

    #[test]
    fn a_shared_name_keeps_every_candidate() {
        let extractor = Extractor::builder().gazetteer(gazetteer()).build().unwrap();
        let doc = extractor.extract("Georgia.");
        let ids: Vec<_> = doc.entities[0].candidates().map(|c| c.id()).collect();
        assert_eq!(ids, [Some("614540"), Some("4197000")]);
    }

    #[test]
    fn the_builtin_gazetteer_is_the_default_and_can_be_turned_off() {
        let text = "France and Germany signed.";
        assert_eq!(Extractor::new().extract(text).entities.len(), 2);
        let none = Extractor::builder().no_gazetteer().build().unwrap();
        assert!(none.extract(text).entities.is_empty());
    }

    #[test]
    fn serialised_entities_have_the_documented_fields() {
        let extractor = Extractor::builder().gazetteer(gazetteer()).build().unwrap();
        let doc = extractor.extract("Hello. Paris!");
        let json = serde_json::to_value(&doc).unwrap();
        let e = &json["entities"][0];
        assert_eq!(e["text"], "Paris");
        assert_eq!(e["start"], 7);
        assert_eq!(e["label"], "GPE");
        assert_eq!(e["id"], "2988507");
        assert_eq!(e["sentence"], 1);
    }
}

mod facts {
    use textfacts::gazetteer::{Entry, Gazetteer};
    use textfacts::{Extractor, NumberExtractor};

    fn extractor() -> Extractor {
        let gazetteer = Gazetteer::builder()
            .add(Entry::new("Kelham", "GPE"))
            .add(Entry::new("Ashby", "GPE"))
            .build()
            .unwrap();
        Extractor::builder().gazetteer(gazetteer).build().unwrap()
    }

    #[test]
    fn each_fact_knows_its_sentence_and_the_entities_beside_it() {
        let text =
            "Ashby stayed dry. In Kelham, 1,200 homes and 40 shops in Ashby flooded. No more.";
        let doc = extractor().extract(text);
        let facts: Vec<_> = doc.facts.iter().map(|f| (f.fact.text(text), f.sentence)).collect();
        assert_eq!(facts, [("1,200", 1), ("40", 1)]);
        for f in &doc.facts {
            let names: Vec<_> =
                doc.entities[f.entities.clone()].iter().map(|e| e.text(text)).collect();
            assert_eq!(names, ["Kelham", "Ashby"]);
            assert!(doc.sentences[f.sentence].span().contains(f.fact.span()));
        }
    }

    #[test]
    fn a_fact_in_a_sentence_without_entities_has_none() {
        let doc = extractor().extract("Kelham flooded. Then 87 people left.");
        assert_eq!(doc.facts[0].sentence, 1);
        assert!(doc.facts[0].entities.is_empty());
    }

    #[test]
    fn the_configured_number_extractor_is_used() {
        let text = "In 1999, 5 men came.";
        assert_eq!(Extractor::new().extract(text).facts.len(), 2);
        let numbers = NumberExtractor::builder().years(false).build();
        let no_years = Extractor::builder().numbers(numbers).build().unwrap();
        assert_eq!(no_years.extract(text).facts.len(), 1);
    }

    #[test]
    fn serialised_facts_have_the_documented_fields() {
        let doc = extractor().extract("In Kelham, about 87 people died.");
        let json = serde_json::to_value(&doc).unwrap();
        let f = &json["facts"][0];
        for key in [
            "start",
            "end",
            "text",
            "kind",
            "value",
            "low",
            "high",
            "unit",
            "noun",
            "qualifier",
            "sentence",
            "entities",
        ] {
            assert!(f.get(key).is_some(), "{key} missing");
        }
        assert_eq!(f["text"], "about 87");
        assert_eq!(f["qualifier"], "approx");
        assert_eq!(f["noun"], "people");
        assert_eq!(f["entities"], serde_json::json!([0]));
    }

    #[test]
    fn html_escapes_the_text_and_marks_every_part() {
        let doc = extractor().extract("<script>alert('x')</script> Kelham lost 87 people.");
        let html = doc.to_html();
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert_eq!(html.matches("class=\"tf-entity\"").count(), 1);
        assert_eq!(html.matches("class=\"tf-fact\"").count(), 1);
        assert_eq!(html.matches("class=\"tf-noun\"").count(), 1);
    }
}

/// Whether no fact may run over the end of `s` (the rule `Extractor::extract`
/// states): it ends in a terminator, or a paragraph break follows it.
fn ends_hard(text: &str, s: &textfacts::Sentence, next: usize) -> bool {
    let body = text[s.start..s.end].trim_end_matches(['"', '\'', ')', '\u{201d}', '\u{2019}']);
    let gap = &text[s.end..next];
    body.ends_with(['.', '!', '?', '\u{2026}', '\u{3002}', '\u{ff01}', '\u{ff1f}'])
        || gap.contains('\u{2029}')
        || gap.matches('\n').count() >= 2
}

#[test]
fn a_fact_never_runs_over_a_sentence_that_ends_in_a_terminator_or_a_paragraph() {
    let extractor = Extractor::new();
    for (text, expected) in [
        ("Wow\u{ff01}.1 people came.", vec!["1"]),
        ("It cost 5K\u{2029}1 came.", vec!["5K", "1"]),
        ("They paid $5m.\n\n3 men left.", vec!["$5m", "3"]),
    ] {
        let doc = extractor.extract(text);
        let facts: Vec<_> = doc.facts.iter().map(|f| f.fact.text(text)).collect();
        assert_eq!(facts, expected, "{text:?}");
    }
}

#[test]
fn a_figure_wrapped_onto_the_next_line_of_a_table_stays_one_fact() {
    // Wire copy wraps a scale onto the next line; the splitter may end a
    // "sentence" at that line break, but no terminator ends it there.
    let text = "Net profit 453.4\n    Billion schillings vs 348.2 billion.";
    let doc = Extractor::new().extract(text);
    assert_eq!(doc.facts[0].fact.text(text), "453.4\n    Billion schillings");
}

proptest::proptest! {
    #[test]
    fn every_fact_lies_in_its_sentence_unless_that_sentence_ends_softly(
        pieces in proptest::collection::vec(proptest::sample::select(vec![
            "5", "1", ".1", "5K", "12.5", "$", "%", "mln", "Billion", "people", "Wow", "It",
            "\u{ff01}", ".", "!", "?", "\"", " ", "  ", "\n", "\n\n", "\r\n", "\u{2029}",
            "\u{2028}", "-", "to", "between", "and",
        ]), 0..30)
    ) {
        let text: String = pieces.concat();
        let doc = Extractor::new().extract(&text);
        for f in &doc.facts {
            let (start, end) = (f.fact.start, f.fact.end);
            let s = &doc.sentences[f.sentence];
            proptest::prop_assert!(s.start <= start && start < s.end, "{text:?}: {f:?} starts outside {s:?}");
            let next = doc.sentences.get(f.sentence + 1).map_or(text.len(), |n| n.start);
            if end > s.end {
                proptest::prop_assert!(!ends_hard(&text, s, next), "{text:?}: {f:?} runs over {s:?}");
            }
        }
    }
}
