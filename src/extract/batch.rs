//! Extracting many texts: on how many threads, on which pool, and in what
//! pieces, so that a binding only converts and hands the work over.
//!
//! A thread count is capped at [`max_threads`]: more threads than a few per
//! core only add switching, and a pool is made once per thread count and
//! kept (a caller asking for a thousand threads on every call would
//! otherwise start a thousand threads on every call).

use std::ops::Range;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use rayon::ThreadPool;

use super::{Document, Extractor};
use crate::error::{Error, Result};

/// How many threads per core [`max_threads`] allows.
pub const THREADS_PER_CORE: usize = 4;

/// The most threads a batch may ask for: [`THREADS_PER_CORE`] times the
/// cores this machine offers the process.
///
/// ```
/// let max = textfacts::extract::max_threads();
/// assert!(max >= textfacts::extract::THREADS_PER_CORE);
/// let err = textfacts::Extractor::new().batch(Some(max + 1)).unwrap_err();
/// assert!(err.to_string().contains(&max.to_string()));
/// ```
pub fn max_threads() -> usize {
    cores() * THREADS_PER_CORE
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Checks a thread count: at least 1 and at most [`max_threads`].
pub(crate) fn check_threads(threads: usize) -> Result<usize> {
    let max = max_threads();
    let message = if threads == 0 {
        "must be at least 1".to_string()
    } else if threads > max {
        format!(
            "{threads} is more than the maximum, {max} ({THREADS_PER_CORE} per core on {} cores)",
            cores()
        )
    } else {
        return Ok(threads);
    };
    Err(Error::InvalidOption { option: "threads", message })
}

/// The pool of `threads` threads, made on first use and kept: at most
/// [`max_threads`] pools, one per count, ever exist.
fn pool(threads: usize) -> Result<Arc<ThreadPool>> {
    static POOLS: Mutex<Vec<(usize, Arc<ThreadPool>)>> = Mutex::new(Vec::new());
    let mut pools = POOLS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, pool)) = pools.iter().find(|(n, _)| *n == threads) {
        return Ok(pool.clone());
    }
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().map_err(|e| {
        Error::InvalidOption { option: "threads", message: format!("cannot start {threads}: {e}") }
    })?;
    let pool = Arc::new(pool);
    pools.push((threads, pool.clone()));
    Ok(pool)
}

/// Where a batch runs.
#[derive(Clone, Debug)]
enum Workers {
    /// On the calling thread: one thread needs no pool to hand work to.
    Caller,
    /// On rayon's global pool, one thread per core.
    Global,
    Pool(Arc<ThreadPool>),
}

/// An extractor set up to run batches on a given number of threads, from
/// [`Extractor::batch`].
///
/// ```
/// let extractor = textfacts::Extractor::new();
/// let batch = extractor.batch(Some(2))?;
/// let texts = ["One. Two.", "Three."];
/// let mut docs = Vec::new();
/// for chunk in batch.chunks(&texts) {
///     docs.extend(batch.extract(&texts[chunk], |_| {}));
/// }
/// assert_eq!(docs, extractor.extract_many(&texts));
/// # Ok::<(), textfacts::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Batch<'e> {
    extractor: &'e Extractor,
    workers: Workers,
}

/// A chunk holds at most this many texts...
const CHUNK_TEXTS: usize = 4096;
/// ...and stops once it holds this many bytes.
const CHUNK_BYTES: usize = 8 << 20;

impl<'e> Batch<'e> {
    /// `threads` threads (`None`: one per core).
    pub(crate) fn new(extractor: &'e Extractor, threads: Option<usize>) -> Result<Batch<'e>> {
        let workers = match threads.map(check_threads).transpose()? {
            Some(1) => Workers::Caller,
            Some(n) => Workers::Pool(pool(n)?),
            None => Workers::Global,
        };
        Ok(Batch { extractor, workers })
    }

    /// Extracts from every text, in order; `on_done` is told each text's
    /// index (in `texts`) when it is done, for progress reporting.
    pub fn extract<S, F>(&self, texts: &[S], on_done: F) -> Vec<Document>
    where
        S: AsRef<str> + Sync,
        F: Fn(usize) + Sync,
    {
        let one = |(i, text): (usize, &S)| {
            let doc = self.extractor.extract(text.as_ref());
            on_done(i);
            doc
        };
        let parallel = || texts.par_iter().enumerate().map(one).collect();
        match &self.workers {
            Workers::Caller => texts.iter().enumerate().map(one).collect(),
            Workers::Global => parallel(),
            Workers::Pool(pool) => pool.install(parallel),
        }
    }

    /// `texts` cut into consecutive chunks of a few thousand texts or a few
    /// megabytes, small enough that a caller acting between them (checking
    /// for an interrupt, converting results) acts within a moment, large
    /// enough to keep every thread busy.
    pub fn chunks<S: AsRef<str>>(&self, texts: &[S]) -> impl Iterator<Item = Range<usize>> {
        let lens: Vec<usize> = texts.iter().map(|t| t.as_ref().len()).collect();
        let mut start = 0;
        std::iter::from_fn(move || {
            if start >= lens.len() {
                return None;
            }
            let (mut end, mut bytes) = (start, 0);
            while end < lens.len() && end - start < CHUNK_TEXTS && bytes < CHUNK_BYTES {
                bytes += lens[end];
                end += 1;
            }
            let chunk = start..end;
            start = end;
            Some(chunk)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pool_is_made_once_per_thread_count_and_reused() {
        let a = pool(3).unwrap();
        let b = pool(3).unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &pool(2).unwrap()));
    }

    #[test]
    fn thread_counts_are_capped_at_a_few_per_core() {
        let max = max_threads();
        assert_eq!(check_threads(max).unwrap(), max);
        for bad in [0, max + 1, 10_000] {
            assert!(check_threads(bad).is_err(), "{bad}");
        }
        let message = check_threads(max + 1).unwrap_err().to_string();
        assert!(message.contains(&(max + 1).to_string()) && message.contains(&max.to_string()));
    }

    #[test]
    fn chunks_cover_every_text_once_in_order() {
        let extractor = Extractor::new();
        let batch = Batch::new(&extractor, None).unwrap();
        let texts: Vec<String> = (0..10_000).map(|i| "x".repeat(i % 3)).collect();
        let chunks: Vec<Range<usize>> = batch.chunks(&texts).collect();
        assert!(chunks.len() > 1);
        assert_eq!(chunks.first().map(|c| c.start), Some(0));
        assert_eq!(chunks.last().map(|c| c.end), Some(texts.len()));
        assert!(chunks.windows(2).all(|w| w[0].end == w[1].start));
        assert_eq!(batch.chunks(&[] as &[&str]).count(), 0);
    }
}
