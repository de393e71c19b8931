"""The spaCy component, used as a spaCy user would: by name, in a blank pipeline, no model."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest
import textfacts
from hypothesis import given, settings
from hypothesis import strategies as st

spacy = pytest.importorskip("spacy")

TEXT = (
    "In France, about 87 people died on Monday. The company paid $5m, up 12 per cent, "
    "to firms in Paris and Berlin. At least 59 cruise missiles were fired."
)


@pytest.fixture
def nlp():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    nlp.add_pipe("textfacts")
    return nlp


def spans(doc, key: str) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [(s.start_char, s.end_char, s.label_) for s in doc.spans[key]]


def test_importing_textfacts_does_not_import_spacy() -> None:
    code = "import sys, textfacts; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_component_is_found_by_name_and_writes_what_the_extractor_finds(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    expected = textfacts.Extractor().extract(TEXT)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [
        (e.text, e.label, e.id) for e in expected.entities
    ]
    facts = list(doc.spans["facts"])
    assert [f.text for f in facts] == [f.text for f in expected.facts]
    for span, fact in zip(facts, expected.facts):
        assert span.label_ == fact.kind
        assert (span._.value, span._.low, span._.high) == (fact.value, fact.low, fact.high)
        assert (span._.unit, span._.qualifier, span._.noun) == (
            fact.unit,
            fact.qualifier,
            fact.noun,
        )
        assert (span._.scale, span._.kind) == (fact.scale, fact.kind)


def test_number_options_are_configurable(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In 2016 the vote was held."
    with_years = spacy.blank("en")
    with_years.add_pipe("textfacts")
    without = spacy.blank("en")
    without.add_pipe("textfacts", config={"years": False})
    doc, bare = with_years(text), without(text)
    assert [s._.kind for s in doc.spans["facts"]] == ["year"]
    assert list(bare.spans["facts"]) == []


def test_existing_entities_are_never_overwritten() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "The company"}])
    nlp.add_pipe("textfacts")
    with pytest.raises(ValueError, match="entities.*spans"):
        nlp(TEXT)


def test_spans_mode_leaves_the_other_recogniser_s_entities_alone() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "The company"}])
    nlp.add_pipe("textfacts", config={"entities": "spans"})
    doc = nlp(TEXT)
    assert [(e.text, e.label_) for e in doc.ents] == [("The company", "ORG")]
    assert [s.text for s in doc.spans["textfacts"]] == ["France", "Paris", "Berlin"]


def test_an_unknown_entity_mode_is_refused_with_the_modes_named() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="'ents', 'spans', 'none'"):
        nlp.add_pipe("textfacts", config={"entities": "doc"})


# Text where the two tokenisers disagree: glued units, signs, hyphens, dots and symbols.
PIECES = st.sampled_from(
    ["5", "12.5", "$", "£3bn", "%", "-", "kg", "km/h", "x", "people", "Paris", ".", ",", " ",
     "  ", "\n", "about", "3-4", "1,200", "a", "'s", "(", ")", "US$5m", "5ft9in", "°C"]
)  # fmt: skip


ALIGNING = spacy.blank("en")
ALIGNING.add_pipe("textfacts", config={"entities": "spans"})


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=25).map("".join))
def test_a_span_that_cuts_a_token_grows_to_the_whole_token(text: str) -> None:
    doc = ALIGNING(text)
    found = ALIGNING.get_pipe("textfacts").extractor.extract(text)
    touched = [
        (f.start, f.end)
        for f in found.facts
        if any(t.idx < f.end and t.idx + len(t) > f.start for t in doc)
    ]
    assert len(doc.spans["facts"]) == len(touched)
    for span, (start, end) in zip(doc.spans["facts"], touched):
        # The span covers the fact, and every token of it overlaps the fact.
        assert span.start_char <= start and span.end_char >= end
        assert all(t.idx < end and t.idx + len(t) > start for t in span)


def test_sentence_starts_come_from_the_splitter_when_asked() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("textfacts", config={"sentences": True})
    text = "Mr. Smith paid $5m. Then he left. It rained."
    doc = nlp(text)
    assert [s.text for s in doc.sents] == [s.text for s in textfacts.split_sentences(text)]


def test_sentence_starts_on_a_parsed_doc_are_an_error_not_a_disagreement() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe("textfacts", config={"sentences": True})
    words = ["It", "rained", "."]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    with pytest.raises(ValueError, match="already parsed"):
        component(doc)


def test_pipe_on_two_processes_gives_what_one_gives(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [TEXT, "Nothing here.", "Up 5% in Japan.", ""] * 5

    def summary(doc):  # type: ignore[no-untyped-def]
        return (
            [(e.text, e.label_, e.kb_id_) for e in doc.ents],
            [(s.text, s._.value, s._.unit, s._.noun) for s in doc.spans["facts"]],
        )

    one = [summary(d) for d in nlp.pipe(texts)]
    two = [summary(d) for d in nlp.pipe(texts, n_process=2, batch_size=3)]
    assert one == two == [summary(nlp(t)) for t in texts]


def test_a_pipeline_with_its_own_gazetteer_saves_and_loads_without_the_source(tmp_path) -> None:  # type: ignore[no-untyped-def]
    nlp = spacy.blank("en")
    component = nlp.add_pipe("textfacts", config={"builtin": False})
    component.set_gazetteer(textfacts.Gazetteer([("Kelham", "GPE", "k1"), ("River Wend", "LOC")]))
    text = "The River Wend flooded 300 homes in Kelham, not Paris."
    before = [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]
    assert before == [("River Wend", "LOC", ""), ("Kelham", "GPE", "k1")]
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    doc = loaded(text)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == before
    assert spans(doc, "facts") == spans(nlp(text), "facts")


def test_a_gazetteer_file_in_the_config_is_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "places.tsv"
    path.write_text("Kelham\tGPE\tk1\n", encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("textfacts", config={"gazetteer": str(path)})
    assert [(e.text, e.kb_id_) for e in nlp("Rain in Kelham and Paris.").ents] == [("Kelham", "k1")]


def test_the_component_pickles(nlp) -> None:  # type: ignore[no-untyped-def]
    component = nlp.get_pipe("textfacts")
    copy = pickle.loads(pickle.dumps(component))
    other = spacy.blank("en")
    doc = copy(other(TEXT))
    assert spans(doc, "facts") == spans(nlp(TEXT), "facts")
