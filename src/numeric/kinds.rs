//! What kind of fact a number is.

use serde::{Deserialize, Serialize};

/// What a numeric fact measures. Serialises in lower case (`"money"`).
///
/// ```
/// use textfacts::{extract_numbers, NumericKind};
///
/// let text = "In 2016, 87 people paid £3.5bn, 12% more, for 40km of road: the first.";
/// let kinds: Vec<NumericKind> = extract_numbers(text).iter().map(|f| f.kind).collect();
/// assert_eq!(
///     kinds,
///     [
///         NumericKind::Year,
///         NumericKind::Cardinal,
///         NumericKind::Money,
///         NumericKind::Percent,
///         NumericKind::Quantity,
///         NumericKind::Ordinal,
///     ]
/// );
/// assert_eq!(serde_json::to_string(&NumericKind::Money).unwrap(), "\"money\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumericKind {
    /// A count or plain number: "87 people", "2.5 million", "two-thirds".
    Cardinal,
    /// A position: "21st", "first", "twenty-first".
    Ordinal,
    /// A percentage or a change in percentage points: "12%", "0.5
    /// percentage points"; the value is as written (12, not 0.12).
    Percent,
    /// An amount of money: "£3.5bn", "12 mln dlrs", "310p".
    Money,
    /// A measurement with a unit: "40km", "41C", "500,000 barrels".
    Quantity,
    /// A calendar year or decade: "in 2016", "the 1990s", "1986/87".
    Year,
    /// A person's or a thing's age, with its unit of time (`yr`, `mo`,
    /// `wk`, `d`): "a 34-year-old man", "aged 87", "a two-week-old baby";
    /// "in his 60s" is the range 60-69.
    Age,
}

impl NumericKind {
    /// The lower-case name, as serialised.
    ///
    /// ```
    /// assert_eq!(textfacts::NumericKind::Quantity.as_str(), "quantity");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            NumericKind::Cardinal => "cardinal",
            NumericKind::Ordinal => "ordinal",
            NumericKind::Percent => "percent",
            NumericKind::Money => "money",
            NumericKind::Quantity => "quantity",
            NumericKind::Year => "year",
            NumericKind::Age => "age",
        }
    }
}
