//! The compiled file format: a header, then the tables in postcard.
//!
//! ```text
//! magic     8 bytes   "TFGAZ\0\r\n" (the line-ending bytes catch text-mode mangling)
//! version   u32 LE    FORMAT_VERSION
//! length    u64 LE    payload length
//! checksum  u32 LE    CRC-32 of the payload
//! payload   tables length (u64 LE), postcard-encoded tables, automaton
//! ```
//!
//! The automaton is stored when it is an fst (large lists), so
//! loading builds nothing. The `aho-corasick` automata of smaller lists
//! cannot be serialised; they are rebuilt from the stored keys, which is
//! quick at their size and skips all parsing, validation, normalisation
//! and deduplication.

use super::engine::Engine;
use super::tables::Tables;
use crate::{Error, Result};

const MAGIC: &[u8; 8] = b"TFGAZ\0\r\n";
/// Bumped whenever the tables' layout changes.
pub const FORMAT_VERSION: u32 = 3;
const HEADER: usize = 8 + 4 + 8 + 4;

pub(crate) fn encode(tables: &Tables, automaton: Option<&[u8]>) -> Vec<u8> {
    let encoded = postcard::to_allocvec(tables).unwrap_or_default();
    let automaton = automaton.unwrap_or_default();
    let mut payload = Vec::with_capacity(8 + encoded.len() + automaton.len());
    payload.extend_from_slice(&(encoded.len() as u64).to_le_bytes());
    payload.extend_from_slice(&encoded);
    payload.extend_from_slice(automaton);
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

pub(crate) fn decode(bytes: &[u8]) -> std::result::Result<(Tables, Option<Engine>), String> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err("not a compiled textfacts gazetteer (wrong magic bytes)".to_string());
    }
    if bytes.len() < HEADER {
        return Err("truncated header".to_string());
    }
    let word =
        |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    let version = word(8);
    if version != FORMAT_VERSION {
        return Err(format!(
            "format version {version}; this textfacts reads version {FORMAT_VERSION}, rebuild it from its source"
        ));
    }
    let mut len = [0u8; 8];
    len.copy_from_slice(&bytes[12..20]);
    let len = u64::from_le_bytes(len);
    let payload = &bytes[HEADER..];
    if payload.len() as u64 != len {
        return Err(format!(
            "expected {len} bytes of data, found {} (truncated or padded)",
            payload.len()
        ));
    }
    if crc32fast::hash(payload) != word(20) {
        return Err("checksum mismatch: the data is corrupted".to_string());
    }
    if payload.len() < 8 {
        return Err("truncated payload".to_string());
    }
    let mut n = [0u8; 8];
    n.copy_from_slice(&payload[..8]);
    let rest = &payload[8..];
    let n = usize::try_from(u64::from_le_bytes(n)).unwrap_or(usize::MAX);
    if n > rest.len() {
        return Err("the tables overrun the payload".to_string());
    }
    let (encoded, automaton) = rest.split_at(n);
    let tables: Tables =
        postcard::from_bytes(encoded).map_err(|e| format!("undecodable tables: {e}"))?;
    tables.validate()?;
    let engine =
        if automaton.is_empty() { None } else { Some(Engine::fst_from_bytes(automaton, &tables)?) };
    Ok((tables, engine))
}

pub(crate) fn format_error(path: Option<&std::path::Path>, message: String) -> Error {
    Error::Format { path: path.map(|p| p.to_path_buf()), message }
}

pub(crate) fn read(path: &std::path::Path) -> Result<(Tables, Option<Engine>)> {
    let bytes =
        std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    decode(&bytes).map_err(|m| format_error(Some(path), m))
}
