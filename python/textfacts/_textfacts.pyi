"""Type stubs for the compiled core of textfacts."""

__version__: str
"""The package version."""

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
    def __init__(self, start: int, end: int, text: str) -> None:
        """Makes a sentence by hand (results normally come from a splitter)."""
    def __len__(self) -> int:
        """The sentence's length in characters."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class SentenceSplitter:
    """Splits text into sentences by configurable rules.

    >>> splitter = SentenceSplitter(abbreviations=["approx"], newline_ends_sentence=True)
    >>> [s.text for s in splitter.split("Approx. ten came\\nThen they left.")]
    ['Approx. ten came', 'Then they left.']
    """

    def __init__(
        self,
        language: str = "en",
        abbreviations: list[str] | None = None,
        newline_ends_sentence: bool = False,
    ) -> None:
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

class NumericFact:
    """One numeric fact of a text; ``text[f.start:f.end] == f.text``.

    >>> f = extract_numbers("The company paid £3.5bn.")[0]
    >>> (f.text, f.kind, f.value, f.unit, f.scale)
    ('£3.5bn', 'money', 3500000000.0, 'GBP', 'bn')
    """

    @property
    def start(self) -> int:
        """Index of the fact's first character (a ``str`` index), qualifier and currency included."""
    @property
    def end(self) -> int:
        """Index one past the fact's last character, scale and unit included."""
    @property
    def text(self) -> str:
        """The fact's whole surface: ``"at least $5m"``, ``"12 per cent"``."""
    @property
    def kind(self) -> str:
        """``"cardinal"``, ``"ordinal"``, ``"percent"``, ``"money"``, ``"quantity"`` or ``"year"``."""
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
        """``"exact"``, ``"approx"``, ``"at_least"``, ``"more_than"``, ``"at_most"`` or ``"less_than"``."""
    @property
    def unit(self) -> str | None:
        """ISO 4217 code for money (``GBX`` pence, ``¢`` cents), ``%``/``pp``/``bp`` for
        percentages, a short symbol for quantities (``km``, ``t``, ``°C``, ``bbl``)."""
    @property
    def noun(self) -> str | None:
        """The noun phrase a cardinal counts: ``"people"`` in "87 people, including many children"."""
    @property
    def noun_start(self) -> int | None:
        """Index of the counted noun's first character, or ``None``."""
    @property
    def noun_end(self) -> int | None:
        """Index one past the counted noun's last character, or ``None``."""
    @property
    def scale(self) -> str | None:
        """The scale word as written (``"bn"``, ``"million"``, ``"mln"``, ``"dozen"``), or ``None``."""
    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: str,
        value: float | None = None,
        low: float | None = None,
        high: float | None = None,
        qualifier: str = "exact",
        unit: str | None = None,
        noun: str | None = None,
        noun_start: int | None = None,
        noun_end: int | None = None,
        scale: str | None = None,
    ) -> None:
        """Makes a fact by hand (results normally come from an extractor)."""
    def to_dict(self) -> dict[str, object]:
        """The fact as a plain ``dict``, ready for ``json.dumps``."""
    def __eq__(self, other: object) -> bool: ...

class NumberExtractor:
    """Finds numeric facts with configurable options.

    >>> e = NumberExtractor(years=False, vague=True)
    >>> [(f.text, f.value) for f in e.extract("In 2016, dozens of people saw 3 men.")]
    [('dozens of', None), ('3', 3.0)]
    """

    def __init__(
        self,
        years: bool = True,
        vague: bool = False,
        ordinals: bool = True,
        nouns: bool = True,
    ) -> None:
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
