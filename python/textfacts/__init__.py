"""textfacts: sentences, gazetteer entities and numeric facts from news-style English text.

``Extractor`` runs every stage and links the results into a ``Document``: its ``sentences``,
the ``entities`` of a ``Gazetteer`` it mentions (a built-in one of places by default), and its
numeric ``facts``, each fact with the noun it counts, its sentence and that sentence's entities.
``extract_many`` does many texts on all cores; ``to_pandas`` makes tables of the results. Each
stage also stands alone: ``split_sentences`` / ``SentenceSplitter``, ``Gazetteer.find``,
``extract_numbers`` / ``NumberExtractor``. Offsets are ``str`` indices: ``text[x.start:x.end]
== x.text``. Every class explains itself with examples: ``help(textfacts.Extractor)``.

>>> import textfacts
>>> doc = textfacts.Extractor().extract("In France, about 87 people died. Then it rained.")
>>> [s.text for s in doc.sentences]
['In France, about 87 people died.', 'Then it rained.']
>>> [(f.text, f.value, f.noun, [doc.entities[i].text for i in f.entities]) for f in doc.facts]
[('about 87', 87.0, 'people', ['France'])]
"""

from textfacts._errors import InternalError
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
    "InternalError",
    "NumberExtractor",
    "NumericFact",
    "Sentence",
    "SentenceSplitter",
    "__version__",
    "extract_numbers",
    "split_sentences",
    "to_pandas",
]
