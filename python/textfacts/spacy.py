"""textfacts as a spaCy pipeline component: ``nlp.add_pipe("textfacts")``.

Installed with ``pip install 'textfacts[spacy]'``; spaCy finds the factory through the
``spacy_factories`` entry point, so no import is needed before ``add_pipe``. ``import textfacts``
never imports spaCy: only this module does.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("textfacts")
>>> doc = nlp("In France, about 87 people died.")
>>> [(e.text, e.label_) for e in doc.ents]
[('France', 'GPE')]
>>> [(f.text, f._.value, f._.qualifier, f._.noun) for f in doc.spans["facts"]]
[('about 87', 87.0, 'approx', 'people')]

What the component writes, and the rules it keeps:

- **Entities** go to ``doc.ents`` (``entities="ents"``, the default), with the gazetteer's label
  and its id as ``kb_id_``, or to ``doc.spans[spans_key]`` (``entities="spans"``), which is the
  mode for a pipeline that has its own named-entity recogniser. It never overwrites: in
  ``"ents"`` mode a doc that already has entities is an error that names the other mode.
  ``entities="none"`` leaves entities alone.
- **Facts** go to ``doc.spans[facts_key]`` (default ``"facts"``), labelled with their kind, with
  the fact's fields as extension attributes: ``span._.value``, ``._.low``, ``._.high``,
  ``._.unit``, ``._.qualifier``, ``._.scale``, ``._.noun`` (the counted noun's text) and
  ``._.kind``.
- **Alignment**: textfacts and spaCy tokenise differently. A span whose edge falls inside a spaCy
  token grows to cover that whole token ("$5m" is one fact even where spaCy keeps "5m" as one
  token); entity spans that then overlap keep the longer (``spacy.util.filter_spans``).
- **Sentences**: with ``sentences=True`` the component sets ``token.is_sent_start`` from textfacts'
  splitter, for pipelines without a parser; on a doc that a parser already read, that is an
  error rather than a silent disagreement between the two.
- **Serialisation**: ``nlp.to_disk`` stores a gazetteer given as a file or with
  ``set_gazetteer`` in its compiled form, so ``spacy.load`` needs neither the source file nor a
  rebuild.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import textfacts

# The fields of a numeric fact that a span carries as extension attributes, read by name from
# the fact; "noun" is the counted noun's text.
FACT_ATTRIBUTES = ("kind", "value", "low", "high", "unit", "qualifier", "scale", "noun")
ENTITY_MODES = ("ents", "spans", "none")
_GAZETTEER_FILE = "gazetteer.bin"


def _register_extensions() -> None:
    for name in FACT_ATTRIBUTES:
        # Another package may have registered the same name: its attribute is kept, and the
        # component writes through it, rather than replacing it under that package's feet.
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


@Language.factory(
    "textfacts",
    default_config={
        "gazetteer": None,
        "builtin": True,
        "entities": "ents",
        "spans_key": "textfacts",
        "facts_key": "facts",
        "sentences": False,
        "years": True,
        "vague": False,
        "ordinals": True,
        "nouns": True,
    },
)
def make_textfacts(
    nlp: Language,
    name: str,
    gazetteer: str | None,
    builtin: bool,
    entities: str,
    spans_key: str,
    facts_key: str,
    sentences: bool,
    years: bool,
    vague: bool,
    ordinals: bool,
    nouns: bool,
) -> TextfactsComponent:
    """The factory spaCy calls for ``nlp.add_pipe("textfacts", config={...})``.

    ``gazetteer`` is the path of a gazetteer file (``.tsv``, ``.csv`` or ``.jsonl`` as
    ``Gazetteer.from_file`` reads, or one written by ``Gazetteer.save``); ``None`` uses the
    built-in gazetteer, or none with ``builtin=False``. ``years``, ``vague``, ``ordinals`` and
    ``nouns`` are ``NumberExtractor``'s options.
    """
    numbers = textfacts.NumberExtractor(years=years, vague=vague, ordinals=ordinals, nouns=nouns)
    return TextfactsComponent(
        name,
        gazetteer=_read_gazetteer(gazetteer) if gazetteer else None,
        builtin=builtin,
        numbers=numbers,
        entities=entities,
        spans_key=spans_key,
        facts_key=facts_key,
        sentences=sentences,
    )


def _read_gazetteer(path: str | Path) -> textfacts.Gazetteer:
    path = Path(path)
    if path.suffix in (".tsv", ".csv", ".jsonl", ".gz"):
        return textfacts.Gazetteer.from_file(path)
    return textfacts.Gazetteer.load(path)


class TextfactsComponent:
    """The pipeline component; build it with ``nlp.add_pipe("textfacts")``.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> component = nlp.add_pipe("textfacts", config={"entities": "spans"})
    >>> component.set_gazetteer(textfacts.Gazetteer([("Kelham", "GPE")]))
    >>> [(s.text, s.label_) for s in nlp("Rain fell in Kelham.").spans["textfacts"]]
    [('Kelham', 'GPE')]
    """

    def __init__(
        self,
        name: str = "textfacts",
        *,
        gazetteer: textfacts.Gazetteer | None = None,
        builtin: bool = True,
        numbers: textfacts.NumberExtractor | None = None,
        entities: str = "ents",
        spans_key: str = "textfacts",
        facts_key: str = "facts",
        sentences: bool = False,
    ) -> None:
        if entities not in ENTITY_MODES:
            raise ValueError(
                f"entities must be one of {', '.join(map(repr, ENTITY_MODES))}, not {entities!r}"
            )
        _register_extensions()
        self.name = name
        self.entities = entities
        self.spans_key = spans_key
        self.facts_key = facts_key
        self.sentences = sentences
        self._builtin = builtin
        self._numbers = numbers
        self._gazetteer = gazetteer
        self._extractor = self._build()

    def _build(self) -> textfacts.Extractor:
        return textfacts.Extractor(self._gazetteer, builtin=self._builtin, numbers=self._numbers)

    @property
    def extractor(self) -> textfacts.Extractor:
        """The ``Extractor`` the component runs."""
        return self._extractor

    def set_gazetteer(self, gazetteer: textfacts.Gazetteer) -> None:
        """Uses ``gazetteer`` instead of the configured one; ``nlp.to_disk`` then saves it."""
        self._gazetteer = gazetteer
        self._extractor = self._build()

    def __call__(self, doc: Doc) -> Doc:
        return self._apply(doc, self._extractor.extract(doc.text))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Runs over a stream of docs in order, a batch at a time with ``extract_many`` (all
        cores, the GIL released)."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._apply_all(batch)
                batch = []
        yield from self._apply_all(batch)

    def _apply_all(self, docs: list[Doc]) -> Iterator[Doc]:
        results = self._extractor.extract_many([d.text for d in docs]) if docs else []
        return map(self._apply, docs, results)

    def _apply(self, doc: Doc, result: textfacts.Document) -> Doc:
        if self.entities == "ents" and doc.ents:
            raise ValueError(
                f"the doc already has {len(doc.ents)} entities from another component, and "
                f"'{self.name}' does not overwrite them; add it with "
                f"config={{'entities': 'spans'}} to put its entities in "
                f"doc.spans['{self.spans_key}'], or before the other component"
            )
        if self.sentences:
            self._set_sentences(doc, result.sentences)
        if self.entities != "none":
            found = [
                span
                for e in result.entities
                if (span := _span(doc, e.start, e.end, e.label, kb_id=e.id or "")) is not None
            ]
            if self.entities == "ents":
                doc.ents = filter_spans(found)
            else:
                doc.spans[self.spans_key] = found
        # A fact whose span cannot be aligned (it would cover no token) is left out.
        doc.spans[self.facts_key] = [
            span for f in result.facts if (span := self._fact_span(doc, f)) is not None
        ]
        return doc

    def _fact_span(self, doc: Doc, fact: textfacts.NumericFact) -> Span | None:
        span = _span(doc, fact.start, fact.end, fact.kind)
        if span is not None:
            for name in FACT_ATTRIBUTES:
                span._.set(name, getattr(fact, name))
        return span

    def _set_sentences(self, doc: Doc, sentences: list[textfacts.Sentence]) -> None:
        if doc.has_annotation("DEP"):
            raise ValueError(
                f"'{self.name}' has sentences=True but the doc was already parsed; "
                "the parser's sentence boundaries stand: add the component before the parser, "
                "or leave sentences off"
            )
        starts = {s.start for s in sentences}
        for token in doc:
            token.is_sent_start = token.idx in starts or token.i == 0

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Saves the gazetteer in use, compiled, when it is not the built-in one."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self._gazetteer is not None:
            self._gazetteer.save(path / _GAZETTEER_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TextfactsComponent:
        """Loads what ``to_disk`` saved."""
        saved = Path(path) / _GAZETTEER_FILE
        if saved.exists():
            self.set_gazetteer(textfacts.Gazetteer.load(saved))
        return self

    def __reduce__(
        self,
    ) -> tuple[Callable[..., TextfactsComponent], tuple[Any, ...], dict[str, Any]]:
        # spaCy's multiprocessing ships components to its workers by pickle.
        return (_rebuild, (self.name,), self._state())

    def _state(self) -> dict[str, Any]:
        return {
            "gazetteer": self._gazetteer,
            "builtin": self._builtin,
            "numbers": self._numbers,
            "entities": self.entities,
            "spans_key": self.spans_key,
            "facts_key": self.facts_key,
            "sentences": self.sentences,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(self.name, **state)  # type: ignore[misc]


def _rebuild(name: str) -> TextfactsComponent:
    component = TextfactsComponent.__new__(TextfactsComponent)
    component.name = name
    return component


def _span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
