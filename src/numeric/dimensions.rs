//! What a unit measures, and how to bring its value to the SI unit of that
//! dimension (`dimensions.tsv`), so that "5 miles" and "8 km" compare.
//!
//! `units.tsv` says which words name a unit and which symbol they report;
//! this table says what each symbol *is*. Keeping the two apart keeps each
//! fact about a unit in one row: "kilometres", "km" and "kms" are three
//! surfaces of one symbol, and its factor is written once.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The physical quantity a unit measures.
///
/// Each dimension has one reference unit (its [`si_unit`](Self::si_unit)),
/// the unit `si_value` is expressed in: the SI coherent unit, or the byte
/// for data, which SI does not cover.
///
/// ```
/// use textfacts::numeric::Dimension;
///
/// assert_eq!(Dimension::Speed.si_unit(), "m/s");
/// assert_eq!("length".parse::<Dimension>(), Ok(Dimension::Length));
/// assert_eq!(Dimension::Temperature.to_string(), "temperature");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Dimension {
    /// Metres.
    Length,
    /// Square metres.
    Area,
    /// Cubic metres.
    Volume,
    /// Cubic metres per second ("barrels a day").
    Flow,
    /// Kilograms.
    Mass,
    /// Kelvin.
    Temperature,
    /// Metres per second.
    Speed,
    /// Seconds.
    Time,
    /// Joules.
    Energy,
    /// Watts.
    Power,
    /// Pascals.
    Pressure,
    /// Volts.
    Voltage,
    /// Amperes.
    Current,
    /// Newtons.
    Force,
    /// Hertz.
    Frequency,
    /// Radians.
    Angle,
    /// Bytes.
    Data,
}

/// Every dimension, for parsing a name back (the enum cannot list itself).
const ALL: [Dimension; 17] = [
    Dimension::Length,
    Dimension::Area,
    Dimension::Volume,
    Dimension::Flow,
    Dimension::Mass,
    Dimension::Temperature,
    Dimension::Speed,
    Dimension::Time,
    Dimension::Energy,
    Dimension::Power,
    Dimension::Pressure,
    Dimension::Voltage,
    Dimension::Current,
    Dimension::Force,
    Dimension::Frequency,
    Dimension::Angle,
    Dimension::Data,
];

impl Dimension {
    /// The name and the reference unit, in one match so that a new
    /// dimension cannot compile without both.
    fn row(self) -> (&'static str, &'static str) {
        use Dimension::*;
        match self {
            Length => ("length", "m"),
            Area => ("area", "m²"),
            Volume => ("volume", "m³"),
            Flow => ("flow", "m³/s"),
            Mass => ("mass", "kg"),
            Temperature => ("temperature", "K"),
            Speed => ("speed", "m/s"),
            Time => ("time", "s"),
            Energy => ("energy", "J"),
            Power => ("power", "W"),
            Pressure => ("pressure", "Pa"),
            Voltage => ("voltage", "V"),
            Current => ("current", "A"),
            Force => ("force", "N"),
            Frequency => ("frequency", "Hz"),
            Angle => ("angle", "rad"),
            Data => ("data", "B"),
        }
    }

    /// The dimension's name, as serialised: `"length"`, `"speed"`.
    ///
    /// ```
    /// assert_eq!(textfacts::numeric::Dimension::Data.name(), "data");
    /// ```
    pub fn name(self) -> &'static str {
        self.row().0
    }

    /// The symbol of the unit `si_value` is expressed in.
    ///
    /// ```
    /// assert_eq!(textfacts::numeric::Dimension::Volume.si_unit(), "m³");
    /// ```
    pub fn si_unit(self) -> &'static str {
        self.row().1
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of parsing a [`Dimension`] from a name it does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownDimension(pub String);

impl fmt::Display for UnknownDimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = ALL.iter().map(|d| d.name()).collect();
        write!(f, "unknown dimension {:?}; expected one of {}", self.0, names.join(", "))
    }
}

impl std::error::Error for UnknownDimension {}

impl FromStr for Dimension {
    type Err = UnknownDimension;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ALL.into_iter().find(|d| d.name() == s).ok_or_else(|| UnknownDimension(s.to_owned()))
    }
}

/// What a unit symbol stands for: one row of `dimensions.tsv`.
///
/// ```
/// use textfacts::numeric::{unit_info, Dimension};
///
/// let mile = unit_info("mi").unwrap();
/// assert_eq!((mile.name, mile.dimension), ("mile", Dimension::Length));
/// assert_eq!(mile.to_si(5.0), 8046.72);
/// assert!(unit_info("furlong").is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitInfo {
    /// The symbol facts report (`"mi"`).
    pub symbol: &'static str,
    /// The unit's English name, singular, in NIST SP 811's spelling.
    pub name: &'static str,
    /// What the unit measures.
    pub dimension: Dimension,
    /// Reference units per unit: 1609.344 for the mile; NaN for a unit
    /// whose scale the text does not state (`deg`), which has no SI value.
    pub factor: f64,
    /// Added after scaling: 273.15 for °C, 0 for every unit that is not a
    /// temperature.
    pub offset: f64,
}

impl UnitInfo {
    /// `value` in the dimension's reference unit ([`Dimension::si_unit`]).
    ///
    /// ```
    /// let f = textfacts::numeric::unit_info("°F").unwrap();
    /// assert!((f.to_si(104.0) - 313.15).abs() < 1e-9);
    /// ```
    pub fn to_si(&self, value: f64) -> f64 {
        value * self.factor + self.offset
    }
}

/// The row of `dimensions.tsv` for a unit symbol, as facts report it
/// (`"km"`, `"°C"`, `"bbl/d"`).
///
/// ```
/// use textfacts::numeric::{unit_info, Dimension};
///
/// assert_eq!(unit_info("mph").unwrap().dimension, Dimension::Speed);
/// assert_eq!(unit_info("bbl").unwrap().to_si(3e6).round(), 476_962.0);
/// ```
pub fn unit_info(symbol: &str) -> Option<&'static UnitInfo> {
    table().get(symbol)
}

fn table() -> &'static HashMap<&'static str, UnitInfo> {
    static TABLE: OnceLock<HashMap<&'static str, UnitInfo>> = OnceLock::new();
    TABLE.get_or_init(|| {
        parse(include_str!("dimensions.tsv"))
            .unwrap_or_else(|e| panic!("src/numeric/dimensions.tsv: {e}"))
    })
}

/// Parses the table; a bad row is an error naming its line, which the
/// tests turn into a failure long before a caller could meet it.
fn parse(table: &'static str) -> Result<HashMap<&'static str, UnitInfo>, String> {
    let mut units = HashMap::new();
    for (i, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let row = parse_row(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        if units.insert(row.symbol, row).is_some() {
            return Err(format!("line {}: symbol {:?} has a row already", i + 1, row.symbol));
        }
    }
    Ok(units)
}

fn parse_row(line: &'static str) -> Result<UnitInfo, String> {
    let cols: Vec<&'static str> = line.split('\t').collect();
    let [symbol, name, dimension, factor, offset] = cols[..] else {
        return Err(format!("expected 5 tab-separated columns, found {}", cols.len()));
    };
    Ok(UnitInfo {
        symbol,
        name,
        dimension: dimension.parse().map_err(|e: UnknownDimension| e.to_string())?,
        factor: number(factor)?,
        offset: number(offset)?,
    })
}

/// A decimal, or a quotient "a/b" for factors that are exact only as one
/// (1/3.6 for km/h, 5/9 for °F).
///
/// "-" is a factor not known: the unit has a dimension and no SI value.
fn number(s: &str) -> Result<f64, String> {
    if s == "-" {
        return Ok(f64::NAN);
    }
    let parse = |t: &str| t.parse::<f64>().map_err(|_| format!("{s:?} is not a number"));
    match s.split_once('/') {
        Some((a, b)) => Ok(parse(a)? / parse(b)?),
        None => parse(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_every_dimension_has_its_reference_unit_at_factor_one() {
        let t = table();
        for dim in ALL {
            assert_eq!(dim.name().parse(), Ok(dim));
            let unit = t.get(dim.si_unit()).unwrap_or_else(|| panic!("no row for {dim}"));
            assert_eq!((unit.dimension, unit.factor, unit.offset), (dim, 1.0, 0.0), "{dim}");
        }
        for unit in t.values() {
            assert!(unit.factor.is_finite() || unit.symbol == "deg", "{}", unit.symbol);
        }
    }

    #[test]
    fn every_symbol_a_fact_can_report_has_a_row() {
        for cols in super::super::phrase::rows(include_str!("units.tsv")) {
            assert!(
                unit_info(cols[1]).is_some(),
                "units.tsv symbol {:?} has no dimension",
                cols[1]
            );
        }
    }

    #[test]
    fn bad_rows_are_errors_that_name_their_line() {
        let err = parse("# c\nm\tmeter\tlength\t1\t0\nx\tx\tcolour\t1\t0\n").unwrap_err();
        assert!(err.starts_with("line 3:") && err.contains("colour"), "{err}");
        assert!(parse("m\tmeter\tlength\tone\t0").unwrap_err().contains("\"one\""));
        assert!(parse("m\tmeter\tlength\t1").unwrap_err().contains("5 tab-separated"));
        assert!(parse("m\tmeter\tlength\t1\t0\nm\tmetre\tlength\t1\t0").is_err());
    }

    #[test]
    fn conversions_match_the_exact_definitions() {
        let si = |sym: &str, v: f64| unit_info(sym).unwrap().to_si(v);
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
        assert!(close(si("mi", 5.0), 8046.72));
        assert!(close(si("°F", 104.0), 313.15));
        assert!(close(si("°C", -40.0), si("°F", -40.0)));
        assert!(close(si("mph", 120.0), 53.6448));
        assert!(close(si("km/h", 36.0), 10.0));
        assert!(close(si("bbl/d", 86400.0), si("bbl", 1.0)));
        assert!(close(si("acre", 640.0), si("mi²", 1.0)));
        assert!(close(si("ft", 3.0), si("yd", 1.0)));
    }
}
