//! Rendering a document as HTML, with its entities, facts and counted nouns
//! highlighted inline (the way notebook users know from displaCy).
//!
//! Every piece of the text is HTML-escaped: a document that contains
//! `<script>` renders as text.

use std::fmt::Write;

/// What a highlighted span is, which picks its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkKind {
    Entity,
    Fact,
    Noun,
}

impl MarkKind {
    fn class(self) -> &'static str {
        match self {
            MarkKind::Entity => "tf-entity",
            MarkKind::Fact => "tf-fact",
            MarkKind::Noun => "tf-noun",
        }
    }

    fn colour(self) -> &'static str {
        match self {
            MarkKind::Entity => "#cfe2ff",
            MarkKind::Fact => "#ffe8a3",
            MarkKind::Noun => "#d7f5dd",
        }
    }
}

/// One highlighted byte range and the label shown after it.
#[derive(Clone, Debug)]
pub(crate) struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
    pub label: String,
}

impl Mark {
    pub(crate) fn new(start: usize, end: usize, kind: MarkKind, label: &str) -> Mark {
        Mark { start, end, kind, label: label.to_string() }
    }
}

/// Renders `text` with `marks` highlighted.
///
/// Marks nest when one lies inside another; a mark that crosses the edge of
/// an open one is left out rather than producing broken markup.
pub(crate) fn render(text: &str, mut marks: Vec<Mark>) -> String {
    marks.retain(|m| {
        m.start < m.end && text.is_char_boundary(m.start) && text.is_char_boundary(m.end)
    });
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out = String::with_capacity(text.len() * 2 + 256);
    out.push_str(
        "<div class=\"textfacts\" style=\"line-height:2.2;white-space:pre-wrap;\
         font-family:system-ui,sans-serif\">",
    );
    let mut open: Vec<&Mark> = Vec::new();
    let mut at = 0;
    for mark in &marks {
        close_until(text, &mut out, &mut open, &mut at, mark.start);
        if open.last().is_some_and(|o| mark.end > o.end) {
            continue;
        }
        escape_into(&mut out, &text[at..mark.start]);
        at = mark.start;
        let _ = write!(
            out,
            "<mark class=\"{}\" style=\"background:{};padding:0.1em 0.3em;border-radius:0.3em\">",
            mark.kind.class(),
            mark.kind.colour()
        );
        open.push(mark);
    }
    close_until(text, &mut out, &mut open, &mut at, usize::MAX);
    escape_into(&mut out, &text[at..]);
    out.push_str("</div>");
    out
}

/// Closes every open mark that ends at or before `upto`, innermost first.
fn close_until(text: &str, out: &mut String, open: &mut Vec<&Mark>, at: &mut usize, upto: usize) {
    while let Some(top) = open.last() {
        if top.end > upto {
            break;
        }
        escape_into(out, &text[*at..top.end]);
        *at = top.end;
        out.push_str("<span style=\"font-size:0.7em;font-weight:bold;margin-left:0.4em\">");
        escape_into(out, &top.label);
        out.push_str("</span></mark>");
        open.pop();
    }
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, kind: MarkKind, label: &str) -> Mark {
        Mark::new(start, end, kind, label)
    }

    #[test]
    fn text_and_labels_are_escaped() {
        let html =
            render("<script>alert(1)</script> & more", vec![mark(0, 8, MarkKind::Entity, "<b>")]);
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("&amp; more"));
    }

    #[test]
    fn nested_marks_nest_and_crossing_marks_are_dropped() {
        let text = "about 87 people died";
        let html = render(
            text,
            vec![
                mark(0, 8, MarkKind::Fact, "cardinal"),
                mark(6, 8, MarkKind::Entity, "X"),
                mark(7, 15, MarkKind::Noun, "crossing"),
            ],
        );
        assert_eq!(html.matches("<mark").count(), 2);
        assert_eq!(html.matches("</mark>").count(), 2);
        assert!(!html.contains("crossing"));
        assert!(html.contains(" people died</div>"));
    }
}
