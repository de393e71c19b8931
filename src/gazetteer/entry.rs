//! What a gazetteer is made of: entries, and how their case is judged.

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// How the letter case of a text must relate to a pattern's for a match.
///
/// ```
/// use textfacts::gazetteer::{CaseMode, Entry, Gazetteer};
///
/// let gaz = Gazetteer::builder()
///     .case(CaseMode::Smart)
///     .add(Entry::new("US", "GPE"))
///     .add(Entry::new("China", "GPE"))
///     .add(Entry::new("Sky News", "ORG"))
///     .build()
///     .unwrap();
/// let text = "us and china met; US and CHINA met; sky News said so.";
/// let found: Vec<&str> = gaz.find(text).iter().map(|e| e.text(text)).collect();
/// assert_eq!(found, ["US", "CHINA", "sky News"]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CaseMode {
    /// The text must have exactly the pattern's case.
    Sensitive,
    /// Any case matches, by full Unicode case folding ("MÜNCHEN" finds
    /// "München", "STRASSE" finds "Straße").
    Insensitive,
    /// The default, for names in running text: case-insensitive, except
    /// that an acronym (an all-capitals pattern of at most four letters,
    /// such as "US" or "IRNA") matches only exactly, and a match written
    /// all in lower case does not count for a pattern that has capitals,
    /// so "us", "china" and "turkey" stay words while "sky News" still
    /// finds "Sky News".
    #[default]
    Smart,
}

impl CaseMode {
    /// The mode's name, as `str::parse` reads it: `"sensitive"`,
    /// `"insensitive"` or `"smart"`.
    ///
    /// ```
    /// use textfacts::gazetteer::CaseMode;
    /// assert_eq!("smart".parse::<CaseMode>().unwrap(), CaseMode::Smart);
    /// assert!("loose".parse::<CaseMode>().is_err());
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            CaseMode::Sensitive => "sensitive",
            CaseMode::Insensitive => "insensitive",
            CaseMode::Smart => "smart",
        }
    }
}

impl std::str::FromStr for CaseMode {
    type Err = Error;

    fn from_str(s: &str) -> Result<CaseMode> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sensitive" => Ok(CaseMode::Sensitive),
            "insensitive" => Ok(CaseMode::Insensitive),
            "smart" => Ok(CaseMode::Smart),
            other => Err(Error::InvalidOption {
                option: "case",
                message: format!(
                    "{other:?} is not a case mode; use \"sensitive\", \"insensitive\" or \"smart\""
                ),
            }),
        }
    }
}

/// One thing a gazetteer knows: its name as written (the pattern), a label
/// such as `GPE` or `ORG`, an optional id, an optional canonical name, and
/// aliases that resolve to the same entry.
///
/// ```
/// use textfacts::gazetteer::{Entry, Gazetteer};
///
/// let russia = Entry::new("Russia", "GPE")
///     .id("2017370")
///     .canonical("Russian Federation")
///     .alias("Russian Federation");
/// let gaz = Gazetteer::builder().add(russia).build().unwrap();
/// let text = "The Russian Federation, or Russia.";
/// let found = gaz.find(text);
/// assert_eq!(found.len(), 2);
/// assert!(found.iter().all(|e| e.id() == Some("2017370")));
/// assert!(found.iter().all(|e| e.canonical() == "Russian Federation"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The name as it is written in text.
    pub pattern: String,
    /// The kind of thing: `GPE`, `LOC`, `ORG`, `PERSON`, or anything else.
    pub label: String,
    /// A stable identifier (a GeoNames or Wikidata id, a ticker).
    pub id: Option<String>,
    /// The preferred name; the pattern when not given.
    pub canonical: Option<String>,
    /// Other ways of writing the same thing.
    pub aliases: Vec<String>,
    /// This entry's own case mode, overriding the gazetteer's.
    pub case: Option<CaseMode>,
}

impl Entry {
    /// An entry with a pattern and a label.
    pub fn new(pattern: impl Into<String>, label: impl Into<String>) -> Entry {
        Entry {
            pattern: pattern.into(),
            label: label.into(),
            id: None,
            canonical: None,
            aliases: Vec::new(),
            case: None,
        }
    }

    /// Sets the id.
    pub fn id(mut self, id: impl Into<String>) -> Entry {
        self.id = Some(id.into());
        self
    }

    /// Sets the canonical name.
    pub fn canonical(mut self, canonical: impl Into<String>) -> Entry {
        self.canonical = Some(canonical.into());
        self
    }

    /// Adds an alias: another pattern that finds this entry.
    pub fn alias(mut self, alias: impl Into<String>) -> Entry {
        self.aliases.push(alias.into());
        self
    }

    /// Adds several aliases.
    pub fn aliases<I, S>(mut self, aliases: I) -> Entry
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.aliases.extend(aliases.into_iter().map(Into::into));
        self
    }

    /// Gives this entry its own case mode.
    ///
    /// ```
    /// use textfacts::gazetteer::{CaseMode, Entry, Gazetteer};
    ///
    /// // "Apple" the company only with its capital, whatever the default.
    /// let gaz = Gazetteer::builder()
    ///     .case(CaseMode::Insensitive)
    ///     .add(Entry::new("Apple", "ORG").case(CaseMode::Sensitive))
    ///     .add(Entry::new("Paris", "GPE"))
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(gaz.find("an apple in paris").len(), 1);
    /// ```
    pub fn case(mut self, case: CaseMode) -> Entry {
        self.case = Some(case);
        self
    }
}
