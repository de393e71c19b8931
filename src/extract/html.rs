//! Rendering a document as HTML, with its entities, facts and counted nouns
//! highlighted inline (the way notebook users know from displaCy).
//!
//! Every piece of the text is HTML-escaped: a document that contains
//! `<script>` renders as text. The output carries only inline styles (no
//! `<style>` element, no script), because notebook front ends and HTML
//! sanitizers keep those, and its colours are chosen to read the same on a
//! light and a dark notebook theme: each mark sets its own dark text on a
//! pale background, and text outside marks keeps the theme's colour.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt::Write;

/// What a highlighted span is, which picks its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
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

    /// Background and border: pale fills with a darker edge of the same hue,
    /// so that a mark nested in a mark of its own kind stays visible.
    fn colours(self) -> (&'static str, &'static str) {
        match self {
            MarkKind::Entity => ("#cfe2ff", "#7aa7e6"),
            MarkKind::Fact => ("#ffe8a3", "#d9a521"),
            MarkKind::Noun => ("#d7f5dd", "#5cb874"),
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

/// A piece of a mark as drawn: a mark that crosses the edge of another is
/// drawn in two pieces, the label after the second.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Piece {
    start: usize,
    /// Longer pieces first at the same start, so that they enclose the shorter.
    end: Reverse<usize>,
    /// The index of the mark in input order, which breaks ties.
    mark: usize,
    labelled: bool,
    /// Whether this piece is the tail of a split mark (split only once).
    tail: bool,
}

impl Piece {
    fn end(&self) -> usize {
        self.end.0
    }
}

/// Renders `text` with `marks` highlighted.
///
/// Marks nest when one lies inside another. A mark that crosses the edge of
/// an open one (an entity that starts inside a fact and ends after it) is
/// drawn in two pieces, the label after the second, so nothing is lost and
/// the markup stays well formed. A tail that crosses again is cut short at
/// that edge, which keeps the output linear in the number of marks.
pub(crate) fn render(text: &str, mut marks: Vec<Mark>) -> String {
    marks.retain(|m| {
        m.start < m.end
            && m.end <= text.len()
            && text.is_char_boundary(m.start)
            && text.is_char_boundary(m.end)
    });
    let mut pieces: Vec<Piece> = marks
        .iter()
        .enumerate()
        .map(|(i, m)| Piece {
            start: m.start,
            end: Reverse(m.end),
            mark: i,
            labelled: true,
            tail: false,
        })
        .collect();
    pieces.sort_unstable();
    // Tails of split marks start later than their heads; a heap merges them
    // into the sorted stream.
    let mut tails: BinaryHeap<Reverse<Piece>> = BinaryHeap::new();
    let mut next = pieces.into_iter().peekable();

    let mut out = String::with_capacity(text.len() * 2 + 256);
    // dir="auto": a text in a right-to-left script reads right to left.
    out.push_str(
        "<div class=\"textfacts\" dir=\"auto\" style=\"line-height:2.4;white-space:pre-wrap;\
         overflow-wrap:anywhere;font-family:system-ui,-apple-system,'Segoe UI',sans-serif\">",
    );
    let mut open: Vec<Piece> = Vec::new();
    let mut at = 0;
    loop {
        let from_tails = match (next.peek(), tails.peek()) {
            (Some(p), Some(Reverse(t))) => t < p,
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (None, None) => break,
        };
        let popped = match from_tails {
            true => tails.pop().map(|Reverse(t)| t),
            false => next.next(),
        };
        let Some(mut piece) = popped else { break };
        close_until(text, &marks, &mut out, &mut open, &mut at, piece.start);
        if let Some(top) = open.last() {
            if piece.end() > top.end() {
                // The tail starts at the next non-space: a piece of bare
                // space would show as an empty box at the end of a line.
                let rest = &text[top.end()..piece.end()];
                let tail_start = piece.end() - rest.trim_start().len();
                if !piece.tail && tail_start < piece.end() {
                    tails.push(Reverse(Piece {
                        start: tail_start,
                        end: piece.end,
                        mark: piece.mark,
                        labelled: true,
                        tail: true,
                    }));
                    piece.labelled = false;
                }
                piece.end = Reverse(top.end());
            }
        }
        escape_into(&mut out, &text[at..piece.start]);
        at = piece.start;
        let kind = marks[piece.mark].kind;
        let (background, border) = kind.colours();
        let _ = write!(
            out,
            // The mark sets its own text colour: a dark notebook theme's light
            // text would be unreadable on the pale background. Isolating its
            // direction keeps a label beside its text inside right-to-left
            // text, and cloned decoration gives each line of a wrapped mark
            // its own padding and corners.
            "<mark class=\"{}\" dir=\"auto\" style=\"background:{background};color:#1a1a1a;\
             border:1px solid {border};padding:0.1em 0.3em;border-radius:0.35em;\
             -webkit-box-decoration-break:clone;box-decoration-break:clone\">",
            kind.class(),
        );
        open.push(piece);
    }
    close_until(text, &marks, &mut out, &mut open, &mut at, usize::MAX);
    escape_into(&mut out, &text[at..]);
    out.push_str("</div>");
    out
}

/// Closes every open piece that ends at or before `upto`, innermost first,
/// each with its mark's label if it is the labelled piece.
fn close_until(
    text: &str,
    marks: &[Mark],
    out: &mut String,
    open: &mut Vec<Piece>,
    at: &mut usize,
    upto: usize,
) {
    while let Some(top) = open.last() {
        if top.end() > upto {
            break;
        }
        escape_into(out, &text[*at..top.end()]);
        *at = top.end();
        if top.labelled {
            // user-select:none leaves labels out of copied text, so copying
            // the output gives back the document's text.
            out.push_str(
                "<span class=\"tf-label\" style=\"font-size:0.68em;font-weight:700;\
                 letter-spacing:0.02em;margin-left:0.4em;color:#333;vertical-align:0.1em;\
                 -webkit-user-select:none;user-select:none\">",
            );
            escape_into(out, &marks[top.mark].label);
            out.push_str("</span>");
        }
        out.push_str("</mark>");
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
    fn nested_marks_nest_and_a_crossing_mark_is_drawn_in_two_pieces() {
        let text = "about 87 people died";
        let html = render(
            text,
            vec![
                mark(0, 8, MarkKind::Fact, "cardinal"),
                mark(6, 8, MarkKind::Entity, "X"),
                mark(6, 15, MarkKind::Noun, "crossing"),
            ],
        );
        assert_eq!(html.matches("<mark").count(), 4);
        assert_eq!(html.matches("</mark>").count(), 4);
        assert_eq!(html.matches("crossing").count(), 1);
        // The tail starts after the space, so no piece is bare space.
        assert!(html.contains("</mark> <mark class=\"tf-noun\""));
        assert!(html.contains("people<span class=\"tf-label\""));
        assert!(html.contains("crossing</span></mark> died</div>"));
    }

    #[test]
    fn a_tail_that_crosses_again_is_cut_short_and_the_output_stays_linear() {
        // A staircase of marks each crossing the next: every mark yields at
        // most two pieces, whatever the depth.
        let text = "x".repeat(400);
        let marks = (0..200).map(|i| mark(i, i + 200, MarkKind::Entity, "E")).collect();
        let html = render(&text, marks);
        assert!(html.matches("<mark").count() <= 400);
        assert_eq!(html.matches("<mark").count(), html.matches("</mark>").count());
        assert_eq!(html.matches(">E<").count(), 200);
    }

    #[test]
    fn marks_outside_the_text_or_inside_a_character_are_ignored() {
        let html = render(
            "é",
            vec![mark(0, 1, MarkKind::Entity, "half"), mark(0, 9, MarkKind::Entity, "out")],
        );
        assert_eq!(html.matches("<mark").count(), 0);
        assert!(html.contains(">é</div>"));
    }
}
