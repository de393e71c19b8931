//! What each language changes in the rules: the punctuation it alone uses
//! to end or divide sentences.

use super::Language;

/// A language's departures from the shared rules.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Rules {
    /// Greek: `;` is the question mark.
    pub semicolon_asks: bool,
    /// Armenian: `:` stands for the full stop `։` (typed for it on most
    /// keyboards), and ends a sentence before a capital.
    pub colon_ends: bool,
    /// Arabic: `:` and the Arabic comma `،` followed by a space divide
    /// sentences, the units the Arabic Golden Rules segment into (Arabic
    /// prose chains its clauses with commas where English uses full stops).
    pub clauses: bool,
}

/// The rules of `language`.
pub(crate) fn rules(language: Language) -> Rules {
    match language {
        Language::Ar => Rules { clauses: true, ..Rules::default() },
        Language::Hy => Rules { colon_ends: true, ..Rules::default() },
        Language::El => Rules { semicolon_asks: true, ..Rules::default() },
        _ => Rules::default(),
    }
}
