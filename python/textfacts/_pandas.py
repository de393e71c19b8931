"""``to_pandas``: documents as a table, one row per sentence, entity or fact."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textfacts._textfacts import _FIELDS

if TYPE_CHECKING:
    import pandas

    from textfacts._textfacts import Document

# The columns of Document.to_dict(), so that an empty table still has them: the records' fields,
# defined once in the Rust core (textfacts::extract::record).
_COLUMNS = {part: _FIELDS[part] for part in ("sentences", "entities", "facts")}
# Column types that do not depend on what the rows hold: offsets stay integers in an empty
# table, a column of absent bounds is still numeric (NaN), and an absent noun offset is <NA>.
_DTYPES = {
    "doc": "int64", "start": "int64", "end": "int64", "sentence": "int64",
    "value": "float64", "low": "float64", "high": "float64",
    "noun_start": "Int64", "noun_end": "Int64",
}  # fmt: skip


def to_pandas(docs: Document | Iterable[Document], what: str = "facts") -> pandas.DataFrame:
    """One row per fact, entity or sentence of ``docs``, with the document's index in ``doc``.

    Needs pandas (``pip install pandas``). Offsets are ``str`` indices into the
    document's text; columns are those of ``Document.to_dict()``.

    >>> import textfacts
    >>> docs = textfacts.Extractor().extract_many(["One. Two.", "Three."])
    >>> textfacts.to_pandas(docs, what="sentences")[["doc", "text"]].values.tolist()
    [[0, 'One.'], [0, 'Two.'], [1, 'Three.']]
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(
            "textfacts.to_pandas needs pandas, which is not installed; "
            "install it with: pip install pandas"
        ) from None
    if what not in _COLUMNS:
        raise ValueError(f"what must be one of {', '.join(map(repr, _COLUMNS))}, not {what!r}")
    from textfacts._textfacts import Document

    if isinstance(docs, Document):
        docs = [docs]
    rows: list[dict[str, Any]] = []
    columns = ["doc", *_COLUMNS[what]]
    for i, doc in enumerate(docs):
        if not isinstance(doc, Document):
            raise TypeError(f"docs[{i}] must be a textfacts.Document, not {type(doc).__name__}")
        for item in doc.to_dict()[what]:
            if not rows:
                columns.extend(k for k in item if k not in columns)
            rows.append({"doc": i, **item})
    table = pd.DataFrame(rows, columns=columns)
    # A missing value (a hand-made entity's ``sentence=None``) needs pandas' nullable integers.
    dtypes = {
        c: "Int64" if t == "int64" and table[c].isna().any() else t
        for c, t in _DTYPES.items()
        if c in table.columns
    }
    return table.astype(dtypes)
