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
        assert_eq!(extractor.extract_many_with(&texts, Some(threads), |_| {}).unwrap(), expected);
    }
}

#[test]
fn a_thread_count_is_capped_at_a_documented_maximum_and_refused_above_it() {
    let extractor = Extractor::new();
    let max = textfacts::extract::max_threads();
    assert_eq!(
        max,
        textfacts::extract::THREADS_PER_CORE * std::thread::available_parallelism().unwrap().get()
    );
    let texts = ["One.", "Two."];
    assert_eq!(extractor.extract_many_with(&texts, Some(max), |_| {}).unwrap().len(), 2);
    for threads in [0, max + 1, 10_000] {
        let err = extractor.extract_many_with(&texts, Some(threads), |_| {}).unwrap_err();
        assert!(err.to_string().contains("threads"), "{err}");
        assert!(Extractor::builder().threads(threads).build().is_err());
    }
    let err = extractor.batch(Some(max + 1)).err().unwrap().to_string();
    assert!(
        err.contains(&(max + 1).to_string()) && err.contains(&format!("maximum, {max}")),
        "{err}"
    );
}

#[test]
fn asking_for_the_same_threads_again_and_again_stays_fast() {
    // A pool per call would start `max` threads on every call.
    let extractor = Extractor::new();
    let max = textfacts::extract::max_threads();
    let start = std::time::Instant::now();
    for _ in 0..200 {
        extractor.extract_many_with(&["a."], Some(max), |_| {}).unwrap();
    }
    assert!(start.elapsed() < std::time::Duration::from_secs(5), "{:?}", start.elapsed());
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
    use textfacts::extract::record::{EntityRecord, FactRecord, SentenceRecord};
    use textfacts::gazetteer::{Entry, Gazetteer};
    use textfacts::{Document, Extractor, NumberExtractor};

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
        assert_eq!(f["text"], "about 87");
        assert_eq!(f["qualifier"], "approx");
        assert_eq!(f["noun"], "people");
        assert_eq!(f["entities"], serde_json::json!([0]));
    }

    #[test]
    fn every_serialised_record_has_the_fields_of_its_record_in_their_order() {
        let doc = extractor().extract("Hi. In Kelham, about 87 people died.");
        for json in [
            serde_json::to_value(&doc).unwrap(),
            serde_json::to_value(doc.with_char_offsets()).unwrap(),
        ] {
            for (part, fields) in [
                ("sentences", SentenceRecord::FIELDS),
                ("entities", EntityRecord::FIELDS),
                ("facts", FactRecord::FIELDS),
            ] {
                let items = json[part].as_array().unwrap();
                assert!(!items.is_empty(), "{part}");
                for item in items {
                    let keys: Vec<&str> =
                        item.as_object().unwrap().keys().map(|k| k.as_str()).collect();
                    assert_eq!(keys, fields, "{part}");
                }
            }
        }
    }

    /// The records of a document, as a binding's user holds them.
    fn records(
        doc: &Document,
    ) -> (Vec<SentenceRecord<'static>>, Vec<EntityRecord<'static>>, Vec<FactRecord<'static>>) {
        let json = serde_json::to_value(doc.with_char_offsets()).unwrap();
        let part = |name: &str| json[name].clone();
        (
            serde_json::from_value(part("sentences")).unwrap(),
            serde_json::from_value(part("entities")).unwrap(),
            serde_json::from_value(part("facts")).unwrap(),
        )
    }

    #[test]
    fn a_document_rebuilt_from_its_records_is_the_same_document() {
        let gazetteer = Gazetteer::builder()
            .add(Entry::new("Georgia", "GPE").id("1"))
            .add(Entry::new("Georgia", "GPE").id("2").canonical("Georgia (US)"))
            .add(Entry::new("Zoë", "PERSON"))
            .build()
            .unwrap();
        let with_places = Extractor::builder().gazetteer(gazetteer).build().unwrap();
        for text in [
            "",
            "Zoë 🙂 paid £3.5bn in Georgia. Then 87 people, up 12%, left Georgia.",
            "One. Two. Three 3 men.",
        ] {
            for e in [extractor(), with_places.clone(), Extractor::new()] {
                let doc = e.extract(text);
                let (s, en, f) = records(&doc);
                let again = Document::from_char_records(doc.text.clone(), &s, &en, &f).unwrap();
                assert_eq!(again, doc);
                assert_eq!(
                    serde_json::to_string(&again).unwrap(),
                    serde_json::to_string(&doc).unwrap()
                );
            }
        }
    }

    #[test]
    fn a_rebuilt_part_without_a_sentence_gets_the_one_it_starts_in() {
        let doc = extractor().extract("Hi. In Kelham, 87 people died.");
        let (s, mut e, mut f) = records(&doc);
        e[0].sentence = None;
        f[0].sentence = None;
        f[0].entities = None;
        assert_eq!(Document::from_char_records(doc.text.clone(), &s, &e, &f).unwrap(), doc);
    }

    #[test]
    fn a_rebuilt_part_must_be_the_text_at_its_offsets_and_of_a_known_kind() {
        let doc = extractor().extract("Hi. In Kelham, 87 people died.");
        let (s, e, f) = records(&doc);
        let mut moved = f.clone();
        moved[0].start += 1;
        let mut unknown = f.clone();
        unknown[0].kind = "weight".into();
        let mut scattered = f;
        scattered[0].entities = Some(vec![0, 2].into());
        for (facts, says) in [(moved, "facts[0]"), (unknown, "kind"), (scattered, "consecutive")] {
            let err = Document::from_char_records(doc.text.clone(), &s, &e, &facts).unwrap_err();
            assert!(err.to_string().contains(says), "{err}");
        }
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
