"""A document built to break an HTML rendering: markup, entity references, emoji,
right-to-left text, an unbreakable token, and entities nested in and crossing facts.

`test_notebook_html.py` checks what a notebook shows for it; `scripts/screenshot_html.py`
photographs the same document in a browser.
"""

from __future__ import annotations

import textfacts

HOSTILE = (
    '<script>alert(1)</script> Tom & Jerry\'s "quotes" and &amp; stay text. '
    "In France, about 87 people died 🌊🚀 and 1,200 homes were evacuated.\n"
    "\u0641\u064a \u0641\u0631\u0646\u0633\u0627 \u0645\u0627\u062a 87 \u0634\u062e\u0635\u0627"
    " (Arabic, right to left) then Paris again, <img src=x onerror=alert(2)>.\n"
    "A very long line without a single break: "
    + "Lorem-ipsum-dolor-sit-amet-"
    * 8
    + " and 12 mln dlrs for the Bank of Japan.\n"
    "An unbreakable token: https://example.com/" + "x" * 150 + " ends here.\n"
    "Crossing marks: <b>not bold</b> 5 Paris hotels."
)


def hostile_document() -> textfacts.Document:
    """The hostile text through a gazetteer that also names things inside facts and nouns."""
    gazetteer = textfacts.Gazetteer(
        [
            ("France", "GPE"),
            ("Paris", "GPE"),
            ("Japan", "GPE"),
            ("Bank of Japan", "ORG"),
            ("Jerry", "PERSON"),
            ("87 people", "EVENT"),
            ("Paris hotels", "ORG"),
        ],
        overlapping=True,
    )
    return textfacts.Extractor(gazetteer).extract(HOSTILE)
