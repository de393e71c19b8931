"""Type stubs for the compiled core of textfacts."""

from collections.abc import Iterable, Mapping
from os import PathLike
from typing import Any, TypeAlias, final

from typing_extensions import Self

_Path: TypeAlias = str | PathLike[str]
_EntryArg: TypeAlias = tuple[str, str] | tuple[str, str, str | None] | Mapping[str, object]

__all__ = [
    "Document",
    "Entity",
    "Extractor",
    "Gazetteer",
    "NumberExtractor",
    "NumericFact",
    "Sentence",
    "SentenceSplitter",
    "__version__",
    "extract_numbers",
    "split_sentences",
]

__version__: str
"""The package version."""

@final
class Sentence:
    """One sentence of a text; ``text[s.start:s.end] == s.text``.

    >>> s = split_sentences("It rained. Then it stopped.")[1]
    >>> (s.start, s.end, s.text)
    (11, 27, 'Then it stopped.')
    """

    @property
    def start(self) -> int:
        """Index of the sentence's first character (a ``str`` index)."""
    @property
    def end(self) -> int:
        """Index one past the sentence's last character."""
    @property
    def text(self) -> str:
        """The sentence itself, trimmed of surrounding whitespace."""
    def __new__(cls, start: int, end: int, text: str) -> Self:
        """Makes a sentence by hand (results normally come from a splitter)."""
    def __len__(self) -> int:
        """The sentence's length in characters."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class SentenceSplitter:
    """Splits text into sentences by configurable rules.

    >>> splitter = SentenceSplitter(abbreviations=["approx"], newline_ends_sentence=True)
    >>> [s.text for s in splitter.split("Approx. ten came\\nThen they left.")]
    ['Approx. ten came', 'Then they left.']
    """

    def __new__(
        cls,
        language: str = "en",
        abbreviations: list[str] | None = None,
        newline_ends_sentence: bool = False,
    ) -> Self:
        """Configures a splitter.

        ``language`` is an ISO 639-1 code (``"en"``); ``abbreviations`` are extra words after
        which a full stop does not end a sentence; ``newline_ends_sentence`` makes a single
        line break end a sentence (a blank line always does). Raises ``ValueError`` for an
        unknown language or an abbreviation that is not one word.
        """
    @property
    def language(self) -> str:
        """The language code."""
    @property
    def abbreviations(self) -> list[str]:
        """The extra abbreviations, without final full stops."""
    @property
    def newline_ends_sentence(self) -> bool:
        """Whether a single line break ends a sentence."""
    def split(self, text: str) -> list[Sentence]:
        """Splits ``text`` into sentences, in order.

        Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone surrogate.
        """

def split_sentences(text: str) -> list[Sentence]:
    """Splits English ``text`` into sentences with the default rules.

    >>> [s.text for s in split_sentences("Mr. Smith left. He was tired.")]
    ['Mr. Smith left.', 'He was tired.']
    """

@final
class Document:
    """A text with everything textfacts found in it; offsets are ``str`` indices.

    >>> doc = Extractor().extract("It rained. Then it stopped.")
    >>> [s.text for s in doc.sentences]
    ['It rained.', 'Then it stopped.']
    """

    def __new__(
        cls,
        text: str,
        sentences: list[Sentence],
        entities: list[Entity] = ...,
        facts: list[NumericFact] = ...,
    ) -> Self:
        """Makes a document by hand (documents normally come from an ``Extractor``)."""
    @property
    def text(self) -> str:
        """The text, as given."""
    @property
    def sentences(self) -> list[Sentence]:
        """Its sentences, in order."""
    @property
    def entities(self) -> list[Entity]:
        """The gazetteer entities it mentions, in order; each knows its ``sentence`` index."""
    @property
    def facts(self) -> list[NumericFact]:
        """Its numeric facts, in order; each knows its ``sentence`` and that sentence's
        ``entities`` (indices into ``entities``)."""
    def _repr_html_(self) -> str:
        """The text as HTML with entities, facts and counted nouns highlighted and labelled, as
        a notebook shows it; all text is escaped."""
    def to_dict(self) -> dict[str, Any]:
        """The document as plain dicts and lists, offsets as ``str`` indices.

        >>> Extractor().extract("Hi.").to_dict()["sentences"]
        [{'start': 0, 'end': 3, 'text': 'Hi.'}]
        """
    def to_json(self, indent: int | None = None) -> str:
        """The document as JSON, the shape of ``to_dict``.

        >>> Extractor().extract("Hi.").to_json()
        '{"text":"Hi.","sentences":[{"start":0,"end":3,"text":"Hi."}]}'
        """
    def __eq__(self, other: object, /) -> bool: ...

@final
class Extractor:
    """Runs every stage of textfacts over texts and links the results.

    >>> extractor = Extractor()
    >>> doc = extractor.extract("One. Two.")
    >>> len(doc.sentences)
    2
    """

    def __new__(
        cls,
        gazetteer: Gazetteer | None = None,
        *,
        builtin: bool = True,
        splitter: SentenceSplitter | None = None,
        numbers: NumberExtractor | None = None,
    ) -> Self:
        """Configures an extractor.

        ``gazetteer`` is the gazetteer whose entities to find; with ``None``, the built-in one
        (``Gazetteer.builtin()``) is used, or none at all with ``builtin=False``. ``splitter``
        defaults to ``SentenceSplitter()`` and ``numbers`` to ``NumberExtractor()``.
        """
    @property
    def splitter(self) -> SentenceSplitter:
        """The sentence splitter in use."""
    @property
    def gazetteer(self) -> Gazetteer | None:
        """The gazetteer given, or ``None`` (then ``builtin`` says whether the built-in is used)."""
    @property
    def builtin(self) -> bool:
        """Whether the built-in gazetteer is used when no gazetteer is given."""
    @property
    def numbers(self) -> NumberExtractor | None:
        """The number extractor given, or ``None`` for the default options."""
    def extract(self, text: str) -> Document:
        """Extracts everything from one text."""
    def __getnewargs_ex__(self) -> tuple[tuple[()], dict[str, Any]]:
        """Pickling support: the keyword arguments that rebuild this extractor."""
    def extract_many(self, texts: Iterable[str], threads: int | None = None) -> list[Document]:
        """Extracts from many texts, in order, on ``threads`` threads (default: all cores).

        The work runs with the GIL released.

        >>> [len(d.sentences) for d in Extractor().extract_many(["A. B.", "C."])]
        [2, 1]
        """

@final
class Entity:
    """One mention of a gazetteer name; ``text[e.start:e.end] == e.text``.

    >>> gaz = Gazetteer([("Georgia", "GPE", "614540"), ("Georgia", "GPE", "4197000")])
    >>> e = gaz.find("Tbilisi, Georgia.")[0]
    >>> (e.start, e.end, e.text, e.label, e.id)
    (9, 16, 'Georgia', 'GPE', '614540')
    >>> [c[1] for c in e.candidates]
    ['614540', '4197000']
    """

    @property
    def start(self) -> int:
        """Index of the mention's first character (a ``str`` index)."""
    @property
    def end(self) -> int:
        """Index one past the mention's last character."""
    @property
    def text(self) -> str:
        """The mention as written in the text."""
    @property
    def label(self) -> str:
        """The first candidate entry's label (``GPE``, ``ORG``...)."""
    @property
    def id(self) -> str | None:
        """The first candidate entry's id, if it has one."""
    @property
    def canonical(self) -> str:
        """The first candidate entry's canonical name."""
    @property
    def candidates(self) -> list[tuple[str, str | None, str]]:
        """Every entry the mention may refer to, as ``(label, id, canonical)``, in the order
        the entries were given to the gazetteer (the first is ``label``/``id``/``canonical``)."""
    @property
    def sentence(self) -> int | None:
        """The index of the sentence the mention is in, for an entity of a ``Document``;
        ``None`` from ``Gazetteer.find``."""
    def __new__(
        cls,
        start: int,
        end: int,
        text: str,
        label: str,
        id: str | None = None,
        canonical: str | None = None,
        candidates: list[tuple[str, str | None, str]] | None = None,
        sentence: int | None = None,
    ) -> Self:
        """Makes an entity by hand (results normally come from ``Gazetteer.find``)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Gazetteer:
    """A compiled list of names, found in text as whole words, leftmost-longest.

    >>> gaz = Gazetteer([("New York", "GPE"), ("New York City", "GPE"), ("US", "GPE")])
    >>> [(e.text, e.label) for e in gaz.find("us officials in New York City and the US")]
    [('New York City', 'GPE'), ('US', 'GPE')]
    """

    def __new__(
        cls,
        entries: Iterable[_EntryArg],
        case: str = "smart",
        overlapping: bool = False,
        normalize_diacritics: bool = False,
        normalize_punctuation: bool = False,
        normalize_whitespace: bool = False,
    ) -> Self:
        """Builds a gazetteer from ``(pattern, label)`` or ``(pattern, label, id)`` tuples, or
        dicts with ``pattern``, ``label`` and optionally ``id``, ``canonical``, ``aliases``
        (a list) and ``case``.

        ``case`` is ``"smart"`` (case-insensitive, but acronyms of up to four capitals match
        only exactly and an all-lower-case match does not count for a capitalised name),
        ``"insensitive"`` (full Unicode case folding) or ``"sensitive"``. ``overlapping``
        reports every match instead of the leftmost-longest ones. The ``normalize_*`` options
        ignore diacritics, treat typographic apostrophes and dashes as ASCII, and treat any
        whitespace run (line breaks included) as one space. Raises ``ValueError`` naming the
        entry for a pattern without a letter or digit, ``TypeError`` for a malformed entry.
        """
    @classmethod
    def from_file(
        cls,
        path: _Path,
        format: str | None = None,
        case: str = "smart",
        overlapping: bool = False,
        normalize_diacritics: bool = False,
        normalize_punctuation: bool = False,
        normalize_whitespace: bool = False,
    ) -> Gazetteer:
        """Builds a gazetteer from a ``.tsv`` (``pattern<TAB>label[<TAB>id]``), ``.csv`` (with a
        header) or ``.jsonl`` file, optionally gzipped; ``format`` overrides the extension.
        Raises ``ValueError`` naming the file and line of a bad row, ``FileNotFoundError``."""
    @classmethod
    def builtin(cls) -> Gazetteer:
        """The embedded gazetteer: countries, capitals, large cities, first-level regions,
        continents and major international organisations (GeoNames data, CC BY 4.0)."""
    @classmethod
    def load(cls, path: _Path) -> Gazetteer:
        """Reads a file written by ``save``; ``ValueError`` if it is damaged or foreign."""
    @classmethod
    def from_bytes(cls, data: bytes) -> Gazetteer:
        """Reads the compiled form made by ``to_bytes``."""
    def save(self, path: _Path) -> None:
        """Writes the compiled form (versioned and checksummed) to ``path``."""
    def to_bytes(self) -> bytes:
        """The compiled form, as pickling uses it."""
    def find(self, text: str) -> list[Entity]:
        """Every mention of the gazetteer's names in ``text``, in order.

        Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone surrogate.
        """
    @property
    def case(self) -> str:
        """The default case mode."""
    @property
    def overlapping(self) -> bool:
        """Whether overlapping matches are reported."""
    @property
    def pattern_count(self) -> int:
        """The number of distinct searchable names."""
    def __len__(self) -> int:
        """The number of entries (rows with the same label and id count once)."""

@final
class NumericFact:
    """One numeric fact of a text; ``text[f.start:f.end] == f.text``.

    >>> f = extract_numbers("The company paid £3.5bn.")[0]
    >>> (f.text, f.kind, f.value, f.unit, f.scale)
    ('£3.5bn', 'money', 3500000000.0, 'GBP', 'bn')
    """

    @property
    def start(self) -> int:
        """Index of the fact's first character (a ``str`` index), qualifier included."""
    @property
    def end(self) -> int:
        """Index one past the fact's last character, scale and unit included."""
    @property
    def text(self) -> str:
        """The fact's whole surface: ``"at least $5m"``, ``"12 per cent"``."""
    @property
    def kind(self) -> str:
        """``"cardinal"``, ``"ordinal"``, ``"percent"``, ``"money"``, ``"quantity"``, ``"year"``."""
    @property
    def value(self) -> float | None:
        """The resolved value (3.5e9 for "£3.5bn", 40.0 for "40 per cent"); ``None`` for a range
        or a vague amount; ``inf`` for a number too large for a float."""
    @property
    def low(self) -> float | None:
        """The lower end of a range ("150" in "150-200") or of a decade; else ``None``."""
    @property
    def high(self) -> float | None:
        """The upper end of a range or of a decade; else ``None``."""
    @property
    def qualifier(self) -> str:
        """``"exact"``, ``"approx"``, ``"at_least"``, ``"more_than"``, ``"at_most"``,
        ``"less_than"``."""
    @property
    def unit(self) -> str | None:
        """ISO 4217 code for money (``GBX`` pence, ``¢`` cents), ``%``/``pp``/``bp`` for
        percentages, a short symbol for quantities (``km``, ``t``, ``°C``, ``bbl``)."""
    @property
    def noun(self) -> str | None:
        """The noun phrase a cardinal counts: ``"people"`` in "87 people, including children"."""
    @property
    def noun_start(self) -> int | None:
        """Index of the counted noun's first character, or ``None``."""
    @property
    def noun_end(self) -> int | None:
        """Index one past the counted noun's last character, or ``None``."""
    @property
    def scale(self) -> str | None:
        """The scale word as written (``"bn"``, ``"million"``, ``"dozen"``), or ``None``."""
    @property
    def sentence(self) -> int | None:
        """The index of the fact's sentence, for a fact of a ``Document``; ``None`` from
        ``extract_numbers``."""
    @property
    def entities(self) -> list[int] | None:
        """Indices into ``Document.entities`` of the entities in the fact's sentence, for a fact
        of a ``Document``; ``None`` from ``extract_numbers``."""
    def __new__(
        cls,
        start: int,
        end: int,
        text: str,
        kind: str,
        value: float | None = None,
        low: float | None = None,
        high: float | None = None,
        qualifier: str = ...,
        unit: str | None = None,
        noun: str | None = None,
        noun_start: int | None = None,
        noun_end: int | None = None,
        scale: str | None = None,
        sentence: int | None = None,
        entities: list[int] | None = None,
    ) -> Self:
        """Makes a fact by hand (results normally come from an extractor)."""
    def to_dict(self) -> dict[str, object]:
        """The fact as a plain ``dict``, ready for ``json.dumps``."""
    def __eq__(self, other: object, /) -> bool: ...

@final
class NumberExtractor:
    """Finds numeric facts with configurable options.

    >>> e = NumberExtractor(years=False, vague=True)
    >>> [(f.text, f.value) for f in e.extract("In 2016, dozens of people saw 3 men.")]
    [('dozens of', None), ('3', 3.0)]
    """

    def __new__(
        cls,
        years: bool = True,
        vague: bool = False,
        ordinals: bool = True,
        nouns: bool = True,
    ) -> Self:
        """Configures an extractor.

        ``years`` reports years ("in 2016", "the 1990s") as kind ``"year"``; ``vague`` reports
        vague amounts ("dozens of") with ``value=None``; ``ordinals`` reports "21st", "first";
        ``nouns`` looks for the noun each cardinal counts.
        """
    @property
    def years(self) -> bool:
        """Whether years are reported."""
    @property
    def vague(self) -> bool:
        """Whether vague amounts are reported."""
    @property
    def ordinals(self) -> bool:
        """Whether ordinals are reported."""
    @property
    def nouns(self) -> bool:
        """Whether counted nouns are looked for."""
    def extract(self, text: str) -> list[NumericFact]:
        """Finds the numeric facts in ``text``, in order, never overlapping.

        Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone surrogate.
        """

def extract_numbers(text: str) -> list[NumericFact]:
    """Finds the numeric facts in English ``text`` with the default options.

    >>> [(f.text, f.kind, f.value) for f in extract_numbers("Sales rose 5.3 pct to 12 mln dlrs.")]
    [('5.3 pct', 'percent', 5.3), ('12 mln dlrs', 'money', 12000000.0)]
    """
