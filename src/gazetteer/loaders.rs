//! Reading entries from TSV, CSV and JSON Lines files.
//!
//! Every problem is reported with the file and 1-based line it is on.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::builder::validate;
use super::entry::{CaseMode, Entry};
use crate::{Error, Location, Result};

/// A gazetteer file format.
///
/// * `Tsv`: `pattern<TAB>label[<TAB>id]` a line; blank lines and lines
///   starting with `#` are skipped.
/// * `Csv`: a header row naming the columns `pattern` and `label`
///   (required), `id`, `canonical`, `aliases` (separated by `|`) and `case`.
/// * `Jsonl`: one object a line with `pattern` and `label`, and optionally
///   `id` (string or number), `canonical`, `aliases` (a list) and `case`.
///
/// ```
/// use textfacts::gazetteer::Format;
/// use std::path::Path;
///
/// assert_eq!(Format::from_path(Path::new("places.tsv.gz")), Some(Format::Tsv));
/// assert_eq!("jsonl".parse::<Format>().unwrap(), Format::Jsonl);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Tab-separated values, no header.
    Tsv,
    /// Comma-separated values with a header row.
    Csv,
    /// JSON Lines.
    Jsonl,
}

impl Format {
    /// The format a file name's extension names (a `.gz` suffix is
    /// looked through), if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        ext.parse().ok()
    }
}

impl std::str::FromStr for Format {
    type Err = Error;

    fn from_str(s: &str) -> Result<Format> {
        match s.trim().trim_start_matches('.').to_ascii_lowercase().as_str() {
            "tsv" | "tab" | "txt" => Ok(Format::Tsv),
            "csv" => Ok(Format::Csv),
            "jsonl" | "ndjson" | "json" => Ok(Format::Jsonl),
            other => Err(Error::InvalidOption {
                option: "format",
                message: format!("{other:?} is not a gazetteer format; use tsv, csv or jsonl"),
            }),
        }
    }
}

/// Reads the entries of a file, decompressing `.gz` files.
pub(crate) fn read_path(path: &Path, format: Option<Format>) -> Result<Vec<Entry>> {
    let format = match format {
        Some(f) => f,
        None => Format::from_path(path).ok_or_else(|| Error::InvalidOption {
            option: "format",
            message: format!(
                "cannot tell the format of {} from its name; name it (tsv, csv or jsonl)",
                path.display()
            ),
        })?,
    };
    let file = File::open(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let gz = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let reader: Box<dyn Read> =
        if gz { Box::new(flate2::read::MultiGzDecoder::new(file)) } else { Box::new(file) };
    read(BufReader::with_capacity(1 << 16, reader), format, Some(path))
}

/// Reads the entries of a reader; `source` names it in errors.
pub(crate) fn read<R: BufRead>(
    reader: R,
    format: Format,
    source: Option<&Path>,
) -> Result<Vec<Entry>> {
    let source = source.map(Path::to_path_buf);
    match format {
        Format::Tsv => read_tsv(reader, source),
        Format::Csv => read_csv(reader, source),
        Format::Jsonl => read_jsonl(reader, source),
    }
}

fn parse_error(source: &Option<PathBuf>, line: usize, message: impl Into<String>) -> Error {
    Error::Parse { location: Location { path: source.clone(), line }, message: message.into() }
}

fn io_error(source: &Option<PathBuf>, err: std::io::Error) -> Error {
    Error::Io { path: source.clone().unwrap_or_else(|| PathBuf::from("<reader>")), source: err }
}

/// Reads the reader line by line, giving each line's number and text.
fn for_each_line<R: BufRead>(
    mut reader: R,
    source: &Option<PathBuf>,
    mut f: impl FnMut(usize, &str) -> Result<()>,
) -> Result<()> {
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).map_err(|e| io_error(source, e))?;
        if n == 0 {
            return Ok(());
        }
        line += 1;
        while matches!(buf.last(), Some(b'\n' | b'\r')) {
            buf.pop();
        }
        let text = std::str::from_utf8(&buf).map_err(|e| {
            parse_error(
                source,
                line,
                format!("invalid UTF-8 at byte {} of the line", e.valid_up_to() + 1),
            )
        })?;
        let text = if line == 1 { text.trim_start_matches('\u{feff}') } else { text };
        f(line, text)?;
    }
}

fn checked(entry: Entry, source: &Option<PathBuf>, line: usize) -> Result<Entry> {
    validate(&entry).map_err(|message| parse_error(source, line, message))?;
    Ok(entry)
}

fn read_tsv<R: BufRead>(reader: R, source: Option<PathBuf>) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for_each_line(reader, &source, |line, text| {
        if text.trim().is_empty() || text.starts_with('#') {
            return Ok(());
        }
        // No per-line allocation beyond the entry itself: a million-row
        // file is read in about a second.
        let mut split = text.split('\t');
        let cols = [split.next(), split.next(), split.next()];
        let extra = split.count();
        let (Some(pattern), Some(label)) = (cols[0], cols[1]) else {
            return Err(parse_error(
                &source,
                line,
                "missing column 2 (label): expected pattern<TAB>label[<TAB>id]",
            ));
        };
        if extra > 0 {
            return Err(parse_error(
                &source,
                line,
                format!("{} columns; expected pattern<TAB>label[<TAB>id]", 3 + extra),
            ));
        }
        let mut entry = Entry::new(pattern.trim(), label.trim());
        if let Some(id) = cols[2].map(str::trim).filter(|s| !s.is_empty()) {
            entry = entry.id(id);
        }
        entries.push(checked(entry, &source, line)?);
        Ok(())
    })?;
    Ok(entries)
}

fn parse_case(value: &str, source: &Option<PathBuf>, line: usize) -> Result<Option<CaseMode>> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    value.parse().map(Some).map_err(|e: Error| parse_error(source, line, e.to_string()))
}

fn read_csv<R: BufRead>(reader: R, source: Option<PathBuf>) -> Result<Vec<Entry>> {
    let mut csv = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(reader);
    let csv_error = |e: csv::Error| {
        let line = e.position().map_or(0, |p| p.line() as usize);
        parse_error(&source, line, e.to_string())
    };
    let headers = csv.byte_headers().map_err(csv_error)?.clone();
    let column = |name: &str| {
        headers.iter().position(|h| {
            std::str::from_utf8(h)
                .is_ok_and(|h| h.trim().trim_start_matches('\u{feff}').eq_ignore_ascii_case(name))
        })
    };
    let (pattern, label) = match (column("pattern"), column("label")) {
        (Some(p), Some(l)) => (p, l),
        _ => {
            return Err(parse_error(
                &source,
                1,
                "the header must name the columns \"pattern\" and \"label\"",
            ))
        }
    };
    let (id, canonical, aliases, case) =
        (column("id"), column("canonical"), column("aliases"), column("case"));
    let mut entries = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        if !csv.read_byte_record(&mut record).map_err(csv_error)? {
            break;
        }
        let line = record.position().map_or(0, |p| p.line() as usize);
        let field = |i: Option<usize>| -> Result<&str> {
            match i.and_then(|i| record.get(i)) {
                None => Ok(""),
                Some(bytes) => std::str::from_utf8(bytes).map(str::trim).map_err(|e| {
                    parse_error(
                        &source,
                        line,
                        format!("invalid UTF-8 at byte {} of a field", e.valid_up_to() + 1),
                    )
                }),
            }
        };
        let mut entry = Entry::new(field(Some(pattern))?, field(Some(label))?);
        if !field(id)?.is_empty() {
            entry = entry.id(field(id)?);
        }
        if !field(canonical)?.is_empty() {
            entry = entry.canonical(field(canonical)?);
        }
        entry = entry.aliases(field(aliases)?.split('|').map(str::trim).filter(|a| !a.is_empty()));
        entry.case = parse_case(field(case)?, &source, line)?;
        entries.push(checked(entry, &source, line)?);
    }
    Ok(entries)
}

/// An id as written: a string, or an integer of any size. It is read from
/// the raw JSON text, since a parsed number wider than 64 bits is already a
/// float ("18446744073709551616" would become "1.8446744073709552e+19").
/// A float or a boolean is no id: what it names would depend on rounding.
fn parse_id(raw: &serde_json::value::RawValue) -> std::result::Result<Option<String>, String> {
    let text = raw.get().trim();
    let digits = text.strip_prefix('-').unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Some(text.to_string()));
    }
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::String(s)) => {
            Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty()))
        }
        Ok(serde_json::Value::Null) => Ok(None),
        _ => Err(format!("\"id\" must be a string or an integer, not {text}")),
    }
}

#[derive(Deserialize)]
struct JsonEntry {
    pattern: String,
    label: String,
    #[serde(default)]
    id: Option<Box<serde_json::value::RawValue>>,
    #[serde(default)]
    canonical: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    case: Option<String>,
}

fn read_jsonl<R: BufRead>(reader: R, source: Option<PathBuf>) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for_each_line(reader, &source, |line, text| {
        if text.trim().is_empty() {
            return Ok(());
        }
        let row: JsonEntry =
            serde_json::from_str(text).map_err(|e| parse_error(&source, line, e.to_string()))?;
        let mut entry = Entry::new(row.pattern.trim(), row.label.trim()).aliases(row.aliases);
        entry.id = match row.id {
            Some(raw) => parse_id(&raw).map_err(|m| parse_error(&source, line, m))?,
            None => None,
        };
        entry.canonical = row.canonical.filter(|c| !c.trim().is_empty());
        entry.case = parse_case(row.case.as_deref().unwrap_or(""), &source, line)?;
        entries.push(checked(entry, &source, line)?);
        Ok(())
    })?;
    Ok(entries)
}
