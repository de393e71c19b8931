"""Type stubs for the compiled core of textfacts."""

from collections.abc import Iterable
from typing import Any, final

from typing_extensions import Self

__all__ = [
    "Document",
    "Extractor",
    "Sentence",
    "SentenceSplitter",
    "__version__",
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

    def __new__(cls, text: str, sentences: list[Sentence]) -> Self:
        """Makes a document by hand (documents normally come from an ``Extractor``)."""
    @property
    def text(self) -> str:
        """The text, as given."""
    @property
    def sentences(self) -> list[Sentence]:
        """Its sentences, in order."""
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

    def __new__(cls, *, splitter: SentenceSplitter | None = None) -> Self:
        """Configures an extractor; ``splitter`` defaults to ``SentenceSplitter()``."""
    @property
    def splitter(self) -> SentenceSplitter:
        """The sentence splitter in use."""
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
