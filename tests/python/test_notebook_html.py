"""What a notebook shows for a Document: the text, escaped, with every part marked and labelled.

The HTML is parsed as a browser would read it: whatever the text holds, the output has no
element but the highlighting's own, and the text it shows (labels aside) is the document's.
scripts/screenshot_html.py photographs the same output in a real browser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import textfacts
from hostile_text import hostile_document
from hypothesis import given, settings
from hypothesis import strategies as st

ALLOWED_TAGS = {"div", "mark", "span"}
MARK_CLASSES = {"tf-entity", "tf-fact", "tf-noun"}


@dataclass
class Mark:
    cls: str
    text: str = ""
    label: str = ""


@dataclass
class Rendered:
    """What a browser makes of the HTML: the tags, the text shown, the marks."""

    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    text: str = ""
    labels: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = Rendered()
        self.stack: list[tuple[str, Mark | None, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.out.tags.append((tag, attributes))
        cls = attributes.get("class") or ""
        mark = Mark(cls) if tag == "mark" else None
        if mark is not None:
            self.out.marks.append(mark)
        self.stack.append((tag, mark, cls == "tf-label"))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes nothing open"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if any(is_label for _, _, is_label in self.stack):
            self.out.labels.append(data)
            # A label belongs to the innermost open mark.
            mark = next(m for _, m, _ in reversed(self.stack) if m is not None)
            mark.label += data
            return
        self.out.text += data
        for _, mark, _ in self.stack:
            if mark is not None:
                mark.text += data


def render(doc: textfacts.Document) -> Rendered:
    reader = _Reader()
    reader.feed(doc._repr_html_())
    reader.close()
    assert not reader.stack, "an element is left open"
    return reader.out


def assert_safe(doc: textfacts.Document) -> Rendered:
    shown = render(doc)
    for tag, attributes in shown.tags:
        assert tag in ALLOWED_TAGS, f"<{tag}> in the output"
        assert not [a for a in attributes if a.startswith("on")], attributes
    assert shown.text == doc.text
    return shown


def test_markup_in_the_text_shows_as_text_and_never_becomes_an_element() -> None:
    doc = hostile_document()
    shown = assert_safe(doc)
    assert "<script>alert(1)</script>" in shown.text
    assert "<img src=x onerror=alert(2)>" in shown.text
    assert "&amp;" in shown.text  # an entity reference in the text is shown as written


def test_every_entity_fact_and_counted_noun_is_marked_and_labelled() -> None:
    doc = textfacts.Extractor().extract("In France, about 87 people died. Sales rose 5.3 pct.")
    shown = assert_safe(doc)
    marks = [(m.cls, m.text, m.label) for m in shown.marks]
    assert marks == [
        ("tf-entity", "France", "GPE"),
        ("tf-fact", "about 87", "cardinal"),
        ("tf-noun", "people", "counted"),
        ("tf-fact", "5.3 pct", "percent"),
    ]


def test_nested_and_crossing_marks_keep_every_label_and_the_text_whole() -> None:
    doc = hostile_document()
    shown = assert_safe(doc)
    assert {m.cls for m in shown.marks} == MARK_CLASSES
    labels = [m.label for m in shown.marks if m.label]
    # Every entity, fact and noun is labelled once, even where marks cross and are split.
    expected = (
        [e.label for e in doc.entities]
        + [f.kind for f in doc.facts]
        + ["counted" for f in doc.facts if f.noun is not None]
    )
    assert sorted(labels) == sorted(expected)
    # "87 people" (an entity) starts inside the fact "about 87" and ends after it.
    assert any(e.text == "87 people" for e in doc.entities)


def test_right_to_left_text_keeps_each_label_beside_its_text() -> None:
    html = textfacts.Extractor().extract("مات 87 شخصا")._repr_html_()
    assert html.startswith('<div class="textfacts" dir="auto"')
    assert '<mark class="tf-fact" dir="auto"' in html


PIECES = [*"<>&\"'/ ;=#x0123456789.,\n", "script", "&amp;", "France", "people", "🙂", "é", "מ"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_any_text_renders_safely_and_shows_exactly_itself(text: str) -> None:
    assert_safe(textfacts.Extractor().extract(text))
