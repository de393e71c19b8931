//! The thread pools every parallel step runs on, one set per process.
//!
//! rayon's global pool is never used. A process forked from one whose pool
//! had started (Python's `multiprocessing` on Linux, spaCy's `n_process`,
//! Dask and Spark workers) inherits the pool's state without its threads,
//! and work handed to it waits forever. So pools are kept per process id:
//! in a forked child the first parallel call starts a fresh pool, and the
//! parent's, whose threads do not exist there, are never touched.

use std::sync::{Arc, Mutex};

use rayon::ThreadPool;

use crate::error::{Error, Result};

/// The cores this machine offers the process.
pub(crate) fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The pool of `threads` threads of this process, made on first use and
/// kept: one per count, so a caller cannot make a pool per call.
pub(crate) fn pool(threads: usize) -> Result<Arc<ThreadPool>> {
    static POOLS: Mutex<Vec<(u32, usize, Arc<ThreadPool>)>> = Mutex::new(Vec::new());
    let pid = std::process::id();
    let mut pools = POOLS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if pools.iter().any(|(p, ..)| *p != pid) {
        // Inherited through fork: dropping them would signal threads that
        // are not there, so they are let go without a drop.
        let (ours, inherited): (Vec<_>, Vec<_>) = pools.drain(..).partition(|(p, ..)| *p == pid);
        std::mem::forget(inherited);
        *pools = ours;
    }
    if let Some((.., pool)) = pools.iter().find(|(_, n, _)| *n == threads) {
        return Ok(pool.clone());
    }
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().map_err(|e| {
        Error::InvalidOption { option: "threads", message: format!("cannot start {threads}: {e}") }
    })?;
    let pool = Arc::new(pool);
    pools.push((pid, threads, pool.clone()));
    Ok(pool)
}

/// Runs `f`, whose parallel iterators then use this process's pool of one
/// thread per core (rayon's global one only if no pool can be started).
pub(crate) fn on_cores<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    match pool(cores()) {
        Ok(pool) => pool.install(f),
        Err(_) => f(),
    }
}
