"""textfacts: sentences, gazetteer entities and numeric facts from news-style English text.

>>> import textfacts
>>> [s.text for s in textfacts.split_sentences("It rained. Then it stopped.")]
['It rained.', 'Then it stopped.']
"""

from textfacts._textfacts import (
    Entity,
    Gazetteer,
    Sentence,
    SentenceSplitter,
    __version__,
    split_sentences,
)

__all__ = [
    "Entity",
    "Gazetteer",
    "Sentence",
    "SentenceSplitter",
    "__version__",
    "split_sentences",
]
