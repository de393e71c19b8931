"""textfacts: sentences, gazetteer entities and numeric facts from news-style English text.

>>> import textfacts
>>> [s.text for s in textfacts.split_sentences("It rained. Then it stopped.")]
['It rained.', 'Then it stopped.']
"""

from textfacts._pandas import to_pandas
from textfacts._textfacts import (
    Document,
    Entity,
    Extractor,
    Gazetteer,
    NumberExtractor,
    NumericFact,
    Sentence,
    SentenceSplitter,
    __version__,
    extract_numbers,
    split_sentences,
)

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
    "to_pandas",
]
