"""Type stubs for the compiled core of textfacts."""

from collections.abc import Iterable, Mapping, Sequence
from os import PathLike
from typing import Any, TypeAlias, final

from typing_extensions import Self

_Path: TypeAlias = str | PathLike[str]
_EntryArg: TypeAlias = Sequence[str | int | None] | Mapping[str, object]

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
_FIELDS: dict[str, list[str]]
"""The fields of each record (``sentences``, ``entities``, ``facts``, ``candidates``), in order."""
_MAX_THREADS: int
"""The most threads ``Extractor.extract_many`` takes: four per core."""

@final
class Sentence:
    """One sentence of a text: ``text[s.start:s.end] == s.text``.

    Sentences come from ``split_sentences``, ``SentenceSplitter.split`` and
    ``Document.sentences``; offsets are ``str`` indices, right on any text
    (accents, CJK, emoji). ``len(s)`` is its length in characters.

    >>> s = textfacts.split_sentences("It rained. Then it stopped.")[1]
    >>> s
    Sentence(11, 27, 'Then it stopped.')
    >>> (s.start, s.end, s.text, len(s))
    (11, 27, 'Then it stopped.', 16)
    """

    @property
    def start(self) -> int:
        """Index of the sentence's first character (a ``str`` index).

        >>> textfacts.split_sentences("Hi. Bye.")[1].start
        4
        """
    @property
    def end(self) -> int:
        """Index one past the sentence's last character.

        >>> textfacts.split_sentences("Hi. Bye.")[0].end
        3
        """
    @property
    def text(self) -> str:
        """The sentence itself, trimmed of surrounding whitespace.

        >>> textfacts.split_sentences("  Hi.  Bye.  ")[0].text
        'Hi.'
        """
    def __new__(cls, start: int, end: int, text: str) -> Self:
        """Makes a sentence by hand (results normally come from a splitter)."""
    def to_dict(self) -> dict[str, Any]:
        """The sentence as a plain ``dict``, equal to its entry in ``Document.to_dict()``.

        >>> textfacts.split_sentences("Hi. Bye.")[1].to_dict()
        {'start': 4, 'end': 8, 'text': 'Bye.'}
        """
    def __len__(self) -> int:
        """The sentence's length in characters."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class SentenceSplitter:
    """Splits text into sentences by configurable rules.

    ``language`` is an ISO 639-1 code (``"en"``, ``"de"``, ``"zh"`` ...:
    ``SentenceSplitter.languages()`` lists them); ``abbreviations`` are extra
    words after which a full stop does not end a sentence;
    ``newline_ends_sentence`` makes every line break end a sentence (a blank
    line always does). Raises ``ValueError`` for an unknown language or an
    abbreviation that is not one word. A splitter is immutable, shareable
    between threads, and pickles.

    >>> splitter = textfacts.SentenceSplitter(
    ...     abbreviations=["approx"], newline_ends_sentence=True
    ... )
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

        ``language`` is an ISO 639-1 code (one of ``languages``); ``abbreviations`` are
        extra words after which a full stop does not end a sentence;
        ``newline_ends_sentence`` makes a single line break end a sentence (a blank line
        always does). Raises ``ValueError`` for an unknown language or an abbreviation
        that is not one word.
        """
    @staticmethod
    def languages() -> tuple[str, ...]:
        """The supported language codes, in order.

        >>> textfacts.SentenceSplitter.languages()[:4]
        ('am', 'ar', 'bg', 'da')
        """
    @property
    def language(self) -> str:
        """The language code.

        >>> textfacts.SentenceSplitter().language
        'en'
        """
    @property
    def abbreviations(self) -> list[str]:
        """The extra abbreviations, without final full stops.

        >>> textfacts.SentenceSplitter(abbreviations=["approx."]).abbreviations
        ['approx']
        """
    @property
    def newline_ends_sentence(self) -> bool:
        """Whether a single line break ends a sentence.

        >>> textfacts.SentenceSplitter().newline_ends_sentence
        False
        """
    def split(self, text: str) -> list[Sentence]:
        """Splits ``text`` into sentences, in order.

        Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone
        surrogate. Long texts are split with the GIL released.

        >>> splitter = textfacts.SentenceSplitter()
        >>> [s.text for s in splitter.split("Mr. Smith paid $3.5 million. He left.")]
        ['Mr. Smith paid $3.5 million.', 'He left.']
        """

def split_sentences(text: str, language: str = "en") -> list[Sentence]:
    """Splits ``text`` into sentences with the default rules of ``language``
    (an ISO 639-1 code, English by default).

    The same as ``SentenceSplitter(language=language).split(text)``; raises
    ``ValueError`` for an unknown language, naming the supported ones.

    >>> [s.text for s in textfacts.split_sentences("Mr. Smith left. He was tired.")]
    ['Mr. Smith left.', 'He was tired.']
    >>> [s.text for s in textfacts.split_sentences("你好。再见。", language="zh")]
    ['你好。', '再见。']
    """

@final
class Document:
    """A text with everything textfacts found in it: its sentences, the gazetteer
    entities it mentions, and its numeric facts, all with ``str`` offsets.

    Documents come from ``Extractor.extract`` and ``Extractor.extract_many``;
    each fact knows its ``sentence`` and the ``entities`` of that sentence. A
    notebook shows a document with its parts highlighted (``_repr_html_``);
    ``to_dict``, ``to_json`` and ``textfacts.to_pandas`` give it as data.
    Documents compare equal by value and pickle. The parts of a document
    become Python objects only when first read, so a batch that is only
    serialised with ``to_dict`` or ``to_json`` never builds them.

    ``Document(text, sentences, entities, facts)`` makes one by hand from its
    parts, linked as an extracted one is (an entity or fact without a
    ``sentence`` gets the one it starts in, a fact without ``entities`` that
    sentence's); a part whose ``text`` is not the text at its offsets, or of an
    unknown ``kind``, raises ``ValueError`` naming it.

    >>> doc = textfacts.Extractor().extract("In France, 87 people died. It rained.")
    >>> doc
    Document('In France, 87 people died. It rained.', sentences=2, entities=1, facts=1)
    >>> fact = doc.facts[0]
    >>> (fact.text, fact.noun, doc.sentences[fact.sentence].text)
    ('87', 'people', 'In France, 87 people died.')
    >>> [doc.entities[i].text for i in fact.entities]
    ['France']
    >>> text = "Hi. Rain hit Kelham."
    >>> kelham = textfacts.Entity(13, 19, "Kelham", "GPE")
    >>> by_hand = textfacts.Document(text, textfacts.split_sentences(text), [kelham])
    >>> by_hand.entities[0].sentence
    1
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
        """The text, as given.

        >>> textfacts.Extractor().extract("It rained.").text
        'It rained.'
        """
    @property
    def sentences(self) -> list[Sentence]:
        """The sentences, in order.

        >>> doc = textfacts.Extractor().extract("It rained. Then it stopped.")
        >>> [s.text for s in doc.sentences]
        ['It rained.', 'Then it stopped.']
        """
    @property
    def entities(self) -> list[Entity]:
        """The gazetteer entities it mentions, in order; each knows its ``sentence``.

        >>> doc = textfacts.Extractor().extract("Hi. Paris is in France.")
        >>> [(e.text, e.label, e.sentence) for e in doc.entities]
        [('Paris', 'GPE', 1), ('France', 'GPE', 1)]
        """
    @property
    def facts(self) -> list[NumericFact]:
        """Its numeric facts, in order; each knows its ``sentence`` and that
        sentence's ``entities`` (indices into ``entities``).

        >>> doc = textfacts.Extractor().extract("Hi. It cost $5m.")
        >>> [(f.text, f.sentence) for f in doc.facts]
        [('$5m', 1)]
        """
    def _repr_html_(self) -> str:
        """The text as HTML with its entities, facts and counted nouns highlighted
        and labelled inline, which is what Jupyter shows for a document. All text
        is escaped (markup in the text shows as text), the colours read on light
        and dark themes, and the output uses inline styles only.

        >>> html = textfacts.Extractor().extract("<b>France</b> lost 87 people.")._repr_html_()
        >>> "&lt;b&gt;" in html and "<b>" not in html
        True
        >>> [c for c in ("tf-entity", "tf-fact", "tf-noun") if f'class="{c}"' in html]
        ['tf-entity', 'tf-fact', 'tf-noun']
        """
    def to_dict(self) -> dict[str, Any]:
        """The document as plain dicts and lists (``text``, ``sentences``,
        ``entities``, ``facts``), offsets as ``str`` indices.

        >>> d = textfacts.Extractor().extract("Hi. Then 87 people came.").to_dict()
        >>> sorted(d)
        ['entities', 'facts', 'sentences', 'text']
        >>> (d["sentences"][1]["text"], d["facts"][0]["noun"])
        ('Then 87 people came.', 'people')
        """
    def to_json(self, indent: int | None = None) -> str:
        """The document as a JSON string with the shape of ``to_dict``; ``indent``
        pretty-prints with that many spaces.

        >>> import json
        >>> doc = textfacts.Extractor().extract("It cost $5m.")
        >>> json.loads(doc.to_json())["facts"][0]["value"]
        5000000.0
        """
    def __eq__(self, other: object, /) -> bool: ...

@final
class Extractor:
    """Runs every stage of textfacts over texts and links the results.

    ``gazetteer`` is the gazetteer whose entities to find; with ``None`` the
    built-in one (``Gazetteer.builtin()``) is used, or none at all with
    ``builtin=False``. ``splitter`` defaults to ``SentenceSplitter()`` and
    ``numbers`` to ``NumberExtractor()``. An extractor is immutable and
    shareable between threads; it pickles small (a gazetteer travels as its
    compiled form), so it can be shipped to Dask or Spark workers.

    >>> extractor = textfacts.Extractor()
    >>> extractor
    Extractor(gazetteer=builtin)
    >>> doc = extractor.extract("Sales rose 5.3 pct to 12 mln dlrs in Japan.")
    >>> [(f.text, f.kind, f.value, f.unit) for f in doc.facts]
    [('5.3 pct', 'percent', 5.3, '%'), ('12 mln dlrs', 'money', 12000000.0, 'USD')]
    >>> [e.text for e in doc.entities]
    ['Japan']

    With a gazetteer of your own, and only some kinds of numbers:

    >>> places = textfacts.Gazetteer([("Kelham", "GPE"), ("River Wend", "LOC")])
    >>> custom = textfacts.Extractor(places, numbers=textfacts.NumberExtractor(years=False))
    >>> doc = custom.extract("In 2024 the River Wend flooded 300 homes in Kelham.")
    >>> [e.text for e in doc.entities], [f.text for f in doc.facts]
    (['River Wend', 'Kelham'], ['300'])
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
        """The sentence splitter in use.

        >>> textfacts.Extractor().splitter
        SentenceSplitter(language='en', abbreviations=[], newline_ends_sentence=False)
        """
    @property
    def gazetteer(self) -> Gazetteer | None:
        """The gazetteer given, or ``None`` (then ``builtin`` says whether the
        built-in one is used).

        >>> textfacts.Extractor(textfacts.Gazetteer([("Kelham", "GPE")])).gazetteer
        Gazetteer(1 entry, 1 pattern, case='smart')
        """
    @property
    def builtin(self) -> bool:
        """Whether the built-in gazetteer is used when no gazetteer is given.

        >>> textfacts.Extractor(builtin=False).builtin
        False
        """
    @property
    def numbers(self) -> NumberExtractor | None:
        """The number extractor given, or ``None`` for the default options.

        >>> textfacts.Extractor(numbers=textfacts.NumberExtractor(vague=True)).numbers
        NumberExtractor(years=True, vague=True, ordinals=True, nouns=True)
        """
    def extract(self, text: str) -> Document:
        """Extracts the sentences, entities and numeric facts of one text.

        Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone
        surrogate. Long texts are read with the GIL released.

        >>> doc = textfacts.Extractor().extract("In France, about 87 people died.")
        >>> [(f.text, f.noun) for f in doc.facts]
        [('about 87', 'people')]
        """
    def __reduce__(self) -> tuple[Any, tuple[()]]:
        """Pickling support: ``Extractor`` with the keyword arguments that rebuild
        this extractor, bound by ``functools.partial`` so that every pickle
        protocol (0 and 1 cannot pass keyword arguments) can call it.

        >>> import pickle
        >>> extractor = textfacts.Extractor(builtin=False)
        >>> pickle.loads(pickle.dumps(extractor, protocol=0)).builtin
        False
        """
    def extract_many(
        self, texts: Iterable[str], threads: int | None = None, progress: bool = False
    ) -> list[Document]:
        """Extracts from many texts, in order, on ``threads`` threads (default: all
        cores), with the GIL released; equal to ``[extract(t) for t in texts]``.

        ``threads`` is at most four per core (``ValueError`` naming the value and
        the maximum above it, or for 0); a pool is made once per count and kept.
        ``texts`` is any iterable of ``str``; a bad item raises ``TypeError`` or
        ``ValueError`` naming its index. ``progress=True`` draws a progress bar on
        standard error. The work goes in chunks, so Ctrl-C stops a long batch
        within a moment.

        >>> texts = ["It rained. Then it stopped.", "It cost $5m."]
        >>> docs = textfacts.Extractor().extract_many(texts, threads=2)
        >>> [len(d.sentences) for d in docs], [len(d.facts) for d in docs]
        ([2, 1], [0, 1])
        """

@final
class Entity:
    """One mention of a gazetteer name: ``text[e.start:e.end] == e.text``.

    Entities come from ``Gazetteer.find`` and ``Document.entities``. A name
    may refer to several entries (Georgia the country, Georgia the US state):
    ``candidates`` lists them all, in the order the gazetteer was given them,
    and ``label``, ``id`` and ``canonical`` are the first one's.

    >>> entries = [("Georgia", "GPE", "614540"), ("Georgia", "GPE", "4197000")]
    >>> gaz = textfacts.Gazetteer(entries)
    >>> e = gaz.find("Tbilisi, Georgia.")[0]
    >>> e
    Entity(9, 16, 'Georgia', label='GPE', id='614540')
    >>> [c[1] for c in e.candidates]
    ['614540', '4197000']
    """

    @property
    def start(self) -> int:
        """Index of the mention's first character (a ``str`` index).

        >>> textfacts.Gazetteer([("Paris", "GPE")]).find("To Paris")[0].start
        3
        """
    @property
    def end(self) -> int:
        """Index one past the mention's last character.

        >>> textfacts.Gazetteer([("Paris", "GPE")]).find("To Paris")[0].end
        8
        """
    @property
    def text(self) -> str:
        """The mention as written in the text (which may differ from the name in case).

        >>> textfacts.Gazetteer([("Paris", "GPE")], case="insensitive").find("PARIS")[0].text
        'PARIS'
        """
    @property
    def label(self) -> str:
        """The first candidate entry's label (``GPE``, ``ORG``...).

        >>> textfacts.Gazetteer([("IMF", "ORG")]).find("The IMF said")[0].label
        'ORG'
        """
    @property
    def id(self) -> str | None:
        """The first candidate entry's id, or ``None`` if it has none.

        >>> textfacts.Gazetteer([("Paris", "GPE", "2988507")]).find("Paris")[0].id
        '2988507'
        """
    @property
    def canonical(self) -> str:
        """The first candidate entry's canonical name (its pattern unless given).

        >>> un = {"pattern": "United Nations", "label": "ORG", "aliases": ["UN"]}
        >>> textfacts.Gazetteer([un]).find("The UN met.")[0].canonical
        'United Nations'
        """
    @property
    def candidates(self) -> list[tuple[str, str | None, str]]:
        """Every entry the mention may refer to, as ``(label, id, canonical)``, in the
        order the entries were given to the gazetteer.

        >>> textfacts.Gazetteer([("Georgia", "GPE", "614540")]).find("Georgia")[0].candidates
        [('GPE', '614540', 'Georgia')]
        """
    @property
    def in_name(self) -> bool:
        """Whether the gazetteer's in-names rule reads the mention as one word of a
        longer proper name ("Vladimir" in "Vladimir Putin"); set only by a
        gazetteer with ``in_names="flag"``.

        >>> gaz = textfacts.Gazetteer([("Vladimir", "GPE")], in_names="flag")
        >>> [e.in_name for e in gaz.find("Vladimir Putin visited Vladimir.")]
        [True, False]
        """
    @property
    def sentence(self) -> int | None:
        """The index of the sentence the mention is in, for an entity of a
        ``Document``; ``None`` from ``Gazetteer.find``.

        >>> textfacts.Extractor().extract("Hi. Paris is big.").entities[0].sentence
        1
        """
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
        in_name: bool = False,
    ) -> Self:
        """Makes an entity by hand (results normally come from ``Gazetteer.find``)."""
    def to_dict(self) -> dict[str, Any]:
        """The mention as a plain ``dict``, equal to its entry in ``Document.to_dict()``.

        >>> textfacts.Gazetteer([("Paris", "GPE")]).find("To Paris")[0].to_dict()["canonical"]
        'Paris'
        """
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Gazetteer:
    """A compiled list of names, found in text as whole words, leftmost-longest.

    ``entries`` is an iterable of rows: ``(pattern, label)`` or ``(pattern, label,
    id)`` as any sequence (a list, a tuple, a namedtuple, a pandas row), or
    mappings with ``pattern``, ``label`` and optionally ``id``, ``canonical``,
    ``aliases`` (a list) and ``case``. Every field is a ``str``, but an ``id`` may
    also be an ``int`` (numeric ids, as GeoNames has). Errors name the row's index.

    ``case`` is ``"smart"`` (case-insensitive, but acronyms of up to four
    capitals match only exactly and an all-lower-case match does not count for
    a capitalised name), ``"insensitive"`` (full Unicode case folding) or
    ``"sensitive"``. ``overlapping=True`` reports every match instead of the
    leftmost-longest ones. The ``normalize_*`` options ignore diacritics, treat
    typographic apostrophes and dashes as ASCII, and treat any whitespace run
    as one space. ``in_names`` says what ``find`` does with a match that is one
    word of a longer proper name ("Vladimir" in "Vladimir Putin", "Texas" in
    "Texas Instruments"): ``"keep"`` it (the default), ``"drop"`` it, or
    ``"flag"`` it with ``Entity.in_name``. Raises ``ValueError`` naming the entry
    for a pattern without a letter or digit, ``TypeError`` for a malformed entry.

    A gazetteer is immutable, shareable between threads, and pickles as its
    compiled form (a process that unpickles the same gazetteer twice builds it
    once). ``Gazetteer.builtin()`` is the one ``Extractor()`` uses by default.

    >>> entries = [("New York", "GPE"), ("New York City", "GPE", "Q60"), ("US", "GPE")]
    >>> gaz = textfacts.Gazetteer(entries)
    >>> gaz
    Gazetteer(3 entries, 3 patterns, case='smart')
    >>> [(e.text, e.id) for e in gaz.find("us officials in New York City and the US")]
    [('New York City', 'Q60'), ('US', None)]
    """

    def __new__(
        cls,
        entries: Iterable[_EntryArg],
        case: str = "smart",
        overlapping: bool = False,
        normalize_diacritics: bool = False,
        normalize_punctuation: bool = False,
        normalize_whitespace: bool = False,
        in_names: str = "keep",
    ) -> Self:
        """Builds a gazetteer from ``(pattern, label)`` or ``(pattern, label, id)`` rows (any
        sequence: list, tuple, namedtuple, pandas row), or mappings with ``pattern``, ``label``
        and optionally ``id``, ``canonical``, ``aliases`` (a list) and ``case``.

        ``case`` is ``"smart"`` (case-insensitive, but acronyms of up to four capitals match
        only exactly and an all-lower-case match does not count for a capitalised name),
        ``"insensitive"`` (full Unicode case folding) or ``"sensitive"``. ``overlapping``
        reports every match instead of the leftmost-longest ones. The ``normalize_*`` options
        ignore diacritics, treat typographic apostrophes and dashes as ASCII, and treat any
        whitespace run (line breaks included) as one space. ``in_names`` is ``"keep"``,
        ``"drop"`` or ``"flag"`` for a match that is one word of a longer proper name.
        Raises ``ValueError`` naming the entry for a pattern without a letter or digit,
        ``TypeError`` for a malformed entry.
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
        in_names: str = "keep",
    ) -> Gazetteer:
        """Builds a gazetteer from a file: ``.tsv`` (``pattern<TAB>label[<TAB>id]``),
        ``.csv`` (with a header naming the same columns) or ``.jsonl`` (the dicts
        ``Gazetteer(...)`` takes), optionally gzipped (``.tsv.gz``); ``format``
        (``"tsv"``, ``"csv"``, ``"jsonl"``) overrides the extension. The other
        options are those of ``Gazetteer(...)``. Raises ``ValueError`` naming the
        file and line of a bad row, ``FileNotFoundError`` for a missing file.

        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "places.tsv")
        >>> with open(path, "w", encoding="utf-8") as f:
        ...     _ = f.write("Paris\\tGPE\\t2988507\\n")
        >>> [(e.text, e.id) for e in textfacts.Gazetteer.from_file(path).find("Paris")]
        [('Paris', '2988507')]
        """
    @classmethod
    def builtin(cls, in_names: str = "drop") -> Gazetteer:
        """The gazetteer built into textfacts: countries, capitals, large cities,
        first-level regions, continents and major international organisations
        (GeoNames data, CC BY 4.0), with GeoNames ids.

        It drops a match that is one word of a longer proper name (``in_names="drop"``:
        "Vladimir" in "Vladimir Putin", "Texas" in "Texas Instruments"); ``"keep"``
        reports every match, ``"flag"`` reports them with ``Entity.in_name`` set.

        >>> [(e.text, e.label) for e in textfacts.Gazetteer.builtin().find("Paris and Japan")]
        [('Paris', 'GPE'), ('Japan', 'GPE')]
        >>> text = "President Vladimir Putin said Russia"
        >>> [e.text for e in textfacts.Gazetteer.builtin().find(text)]
        ['Russia']
        >>> [(e.text, e.in_name) for e in textfacts.Gazetteer.builtin(in_names="flag").find(text)]
        [('Vladimir', True), ('Russia', False)]
        """
    @classmethod
    def load(cls, path: _Path) -> Gazetteer:
        """Reads a file written by ``save``, much faster than building from entries.
        Raises ``ValueError`` if the file is damaged or not a saved gazetteer.

        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "places.tfg")
        >>> textfacts.Gazetteer([("Paris", "GPE")]).save(path)
        >>> len(textfacts.Gazetteer.load(path))
        1
        """
    @classmethod
    def from_bytes(cls, data: bytes | bytearray) -> Gazetteer:
        """Reads the compiled form made by ``to_bytes``. Unpickling goes through here,
        and a process that has already loaded the same bytes gets that gazetteer
        back instead of building it again.

        >>> data = textfacts.Gazetteer([("Paris", "GPE")]).to_bytes()
        >>> [e.text for e in textfacts.Gazetteer.from_bytes(data).find("Paris")]
        ['Paris']
        """
    def save(self, path: _Path) -> None:
        """Writes the compiled form (versioned and checksummed) to ``path``, for
        ``Gazetteer.load``.

        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "places.tfg")
        >>> textfacts.Gazetteer([("Paris", "GPE")]).save(path)
        >>> os.path.getsize(path) > 0
        True
        """
    def to_bytes(self) -> bytes:
        """The compiled form as ``bytes`` (what pickling uses), for ``from_bytes``.

        >>> isinstance(textfacts.Gazetteer([("Paris", "GPE")]).to_bytes(), bytes)
        True
        """
    def find(self, text: str) -> list[Entity]:
        """Every mention of the gazetteer's names in ``text``, in order.

        Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone
        surrogate. Long texts are searched with the GIL released.

        >>> gaz = textfacts.Gazetteer([("New York", "GPE"), ("York", "GPE")], overlapping=True)
        >>> [(e.start, e.text) for e in gaz.find("New York")]
        [(0, 'New York'), (4, 'York')]
        """
    @property
    def case(self) -> str:
        """The default case mode: ``"smart"``, ``"insensitive"`` or ``"sensitive"``.

        >>> textfacts.Gazetteer([("Paris", "GPE")]).case
        'smart'
        """
    @property
    def in_names(self) -> str:
        """What ``find`` does with a match that is one word of a longer proper name:
        ``"keep"``, ``"drop"`` or ``"flag"``.

        >>> textfacts.Gazetteer([("Paris", "GPE")]).in_names
        'keep'
        >>> textfacts.Gazetteer.builtin().in_names
        'drop'
        """
    @property
    def overlapping(self) -> bool:
        """Whether every match is reported rather than the leftmost-longest ones.

        >>> textfacts.Gazetteer([("Paris", "GPE")]).overlapping
        False
        """
    @property
    def pattern_count(self) -> int:
        """The number of distinct searchable names (patterns and aliases).

        >>> un = {"pattern": "United Nations", "label": "ORG", "aliases": ["UN"]}
        >>> textfacts.Gazetteer([un]).pattern_count
        2
        """
    def __len__(self) -> int:
        """The number of entries (rows with the same label and id count once)."""

@final
class NumericFact:
    """One numeric fact of a text: ``text[f.start:f.end] == f.text``.

    Facts come from ``extract_numbers``, ``NumberExtractor.extract`` and
    ``Document.facts``. ``kind`` says what was counted or measured, ``value``
    is the resolved number (``None`` for a range or a vague amount), and a
    cardinal knows the ``noun`` it counts. ``to_dict()`` gives it as plain data.

    >>> f = textfacts.extract_numbers("They expect 650 jobs.")[0]
    >>> f
    NumericFact(12, 15, '650', kind='cardinal', value=650.0, noun='jobs')
    >>> g = textfacts.extract_numbers("Up to £3.5bn.")[0]
    >>> (g.text, g.kind, g.value, g.qualifier, g.unit, g.scale)
    ('Up to £3.5bn', 'money', 3500000000.0, 'at_most', 'GBP', 'bn')
    """

    @property
    def start(self) -> int:
        """Index of the fact's first character (a ``str`` index), qualifier included.

        >>> textfacts.extract_numbers("It cost about $5m.")[0].start
        8
        """
    @property
    def end(self) -> int:
        """Index one past the fact's last character, scale and unit included.

        >>> textfacts.extract_numbers("It cost about $5m.")[0].end
        17
        """
    @property
    def text(self) -> str:
        """The fact's whole surface as written, qualifier, scale and unit included.

        >>> [f.text for f in textfacts.extract_numbers("At least $5m, or 12 per cent.")]
        ['At least $5m', '12 per cent']
        """
    @property
    def kind(self) -> str:
        """What the number is: ``"cardinal"``, ``"ordinal"``, ``"percent"``,
        ``"money"``, ``"quantity"``, ``"year"`` or ``"age"``.

        >>> facts = textfacts.extract_numbers("In 1990, 3 men paid $5 for 2 kg, a 10% rise.")
        >>> [f.kind for f in facts]
        ['year', 'cardinal', 'money', 'quantity', 'percent']
        """
    @property
    def value(self) -> float | None:
        """The resolved value: 3.5e9 for "£3.5bn", 40.0 for "40 per cent"; ``None``
        for a range or a vague amount; ``inf`` for a number too large for a float.

        >>> [f.value for f in textfacts.extract_numbers("£3.5bn, 40 per cent, 150-200 homes")]
        [3500000000.0, 40.0, None]
        """
    @property
    def low(self) -> float | None:
        """The lower end of a range ("150" in "150-200") or of a decade; else ``None``.

        >>> f = textfacts.extract_numbers("150-200 homes")[0]
        >>> (f.low, f.high)
        (150.0, 200.0)
        """
    @property
    def high(self) -> float | None:
        """The upper end of a range or of a decade; else ``None``.

        >>> textfacts.extract_numbers("in the 1990s")[0].high
        1999.0
        """
    @property
    def qualifier(self) -> str:
        """How the value is hedged: ``"exact"``, ``"approx"``, ``"at_least"``,
        ``"more_than"``, ``"at_most"`` or ``"less_than"``.

        >>> facts = textfacts.extract_numbers("about 87 people, more than 1,200 homes")
        >>> [f.qualifier for f in facts]
        ['approx', 'more_than']
        """
    @property
    def unit(self) -> str | None:
        """The unit: an ISO 4217 code for money (``GBX`` for pence), ``%``, ``pp`` or
        ``bp`` for percentages, a short symbol for quantities (``km``, ``t``,
        ``°C``, ``bbl``); else ``None``.

        >>> [f.unit for f in textfacts.extract_numbers("12 mln dlrs, 4.5 per cent, 27 miles")]
        ['USD', '%', 'mi']
        """
    @property
    def dimension(self) -> str | None:
        """What a quantity's unit measures (``"length"``, ``"speed"``,
        ``"temperature"``, ...); ``None`` for other facts.

        >>> [f.dimension for f in textfacts.extract_numbers("120 mph over 5 miles, 12%")]
        ['speed', 'length', None]
        """
    @property
    def si_value(self) -> float | None:
        """A quantity's value in the SI unit of its dimension (metres, kelvin,
        m/s, m³...), so that "5 miles" and "8 km" compare; ``None`` for a
        range, other facts, and a degree of no stated scale.

        >>> [f.si_value for f in textfacts.extract_numbers("5 miles, 8 km")]
        [8046.72, 8000.0]
        """
    @property
    def noun(self) -> str | None:
        """The noun phrase a cardinal counts, or ``None``.

        >>> textfacts.extract_numbers("About 87 people, including children, died.")[0].noun
        'people'
        """
    @property
    def noun_start(self) -> int | None:
        """Index of the counted noun's first character, or ``None``.

        >>> f = textfacts.extract_numbers("87 people")[0]
        >>> "87 people"[f.noun_start:f.noun_end]
        'people'
        """
    @property
    def noun_end(self) -> int | None:
        """Index one past the counted noun's last character, or ``None``.

        >>> textfacts.extract_numbers("87 people")[0].noun_end
        9
        """
    @property
    def scale(self) -> str | None:
        """The scale word as written (``"bn"``, ``"million"``, ``"dozen"``), or ``None``.

        >>> [f.scale for f in textfacts.extract_numbers("£3.5bn; 2 million people")]
        ['bn', 'million']
        """
    @property
    def sentence(self) -> int | None:
        """The index of the fact's sentence, for a fact of a ``Document``; ``None``
        from ``extract_numbers``.

        >>> textfacts.Extractor().extract("Hi. Then 87 people came.").facts[0].sentence
        1
        """
    @property
    def entities(self) -> list[int] | None:
        """Indices into ``Document.entities`` of the entities in the fact's sentence,
        for a fact of a ``Document``; ``None`` from ``extract_numbers``.

        >>> doc = textfacts.Extractor().extract("In France, 87 people died.")
        >>> [doc.entities[i].text for i in doc.facts[0].entities]
        ['France']
        """
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
        dimension: str | None = None,
        si_value: float | None = None,
    ) -> Self:
        """Makes a fact by hand (results normally come from an extractor)."""
    def to_dict(self) -> dict[str, Any]:
        """The fact as a plain ``dict`` of its fields, ready for ``json.dumps``.

        >>> d = textfacts.extract_numbers("87 people")[0].to_dict()
        >>> (d["text"], d["value"], d["noun"], d["sentence"])
        ('87', 87.0, 'people', None)
        """
    def __eq__(self, other: object, /) -> bool: ...

@final
class NumberExtractor:
    """Finds numeric facts, with options.

    ``years`` reports years ("in 2016", "the 1990s") as kind ``"year"``;
    ``vague`` reports vague amounts ("dozens of") with ``value=None``;
    ``ordinals`` reports "21st", "first"; ``nouns`` looks for the noun each
    cardinal counts. An extractor is immutable, shareable between threads, and
    pickles; ``Extractor(numbers=...)`` uses it in the pipeline.

    >>> e = textfacts.NumberExtractor(years=False, vague=True)
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
        """Whether years are reported.

        >>> textfacts.NumberExtractor(years=False).years
        False
        """
    @property
    def vague(self) -> bool:
        """Whether vague amounts ("dozens of") are reported.

        >>> textfacts.NumberExtractor().vague
        False
        """
    @property
    def ordinals(self) -> bool:
        """Whether ordinals ("21st", "first") are reported.

        >>> textfacts.NumberExtractor().ordinals
        True
        """
    @property
    def nouns(self) -> bool:
        """Whether the noun each cardinal counts is looked for.

        >>> [f.noun for f in textfacts.NumberExtractor(nouns=False).extract("3 men")]
        [None]
        """
    def extract(self, text: str) -> list[NumericFact]:
        """Finds the numeric facts in ``text``, in order, never overlapping.

        Raises ``TypeError`` for a non-``str`` and ``ValueError`` for a lone
        surrogate. Long texts are read with the GIL released.

        >>> e = textfacts.NumberExtractor(ordinals=False)
        >>> [f.text for f in e.extract("The 21st man paid $5.")]
        ['$5']
        """

def extract_numbers(text: str) -> list[NumericFact]:
    """Finds the numeric facts in English ``text`` with the default options.

    The same as ``NumberExtractor().extract(text)``.

    >>> facts = textfacts.extract_numbers("Sales rose 5.3 pct to 12 mln dlrs.")
    >>> [(f.text, f.kind, f.value) for f in facts]
    [('5.3 pct', 'percent', 5.3), ('12 mln dlrs', 'money', 12000000.0)]
    """
