//! Bounds on loading and rendering, so that a template that loops for ever or doubles a
//! string forty times stops the build with an error naming what was being rendered, instead
//! of hanging CI or aborting when an allocation fails.
//!
//! - Time: [`arm`] starts a watchdog; the limit is [`DEFAULT_LIMIT`], or
//!   `WHITEPAPER_RENDER_LIMIT` seconds from the environment ([`time_limit`]).
//! - Memory: [`Counting`] counts the bytes in use; the binary installs it as its global
//!   allocator (the library never does). While the bound is armed ([`arm`], with the time
//!   limit), an allocation that would take the total over it hands an [`Exceeded`] error to
//!   the handler the binary set with [`on_exceeded`]; nothing has been written then, as `out/`
//!   is published only after rendering. The bound is [`DEFAULT_LIMIT_MB`], or
//!   `WHITEPAPER_MEMORY_LIMIT` megabytes from the environment.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::Duration;

/// Which bound was crossed.
#[derive(Debug, Clone)]
pub enum Bound {
    Time { limit: Duration },
    Memory { bytes: usize },
}

/// A bound crossed while rendering `what` (`templates/whitepaper.md (ja)`).
#[derive(Debug, Clone)]
pub struct Exceeded {
    pub what: String,
    pub bound: Bound,
}

impl std::fmt::Display for Exceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = &self.what;
        match self.bound {
            Bound::Time { limit } => write!(
                f,
                "error[render-limit]: {what} did not finish within {} s\n  = help: a template loop that never ends, or one that runs far too many times? \
                 (a larger project may raise the limit with WHITEPAPER_RENDER_LIMIT=<seconds>)",
                limit.as_secs_f64()
            ),
            Bound::Memory { bytes } => write!(
                f,
                "error[render-limit]: {what} needed more than {} MB of memory\n  = help: a template that doubles a string or a list in a loop? \
                 (a larger project may raise the bound with WHITEPAPER_MEMORY_LIMIT=<megabytes>)",
                bytes >> 20
            ),
        }
    }
}

/// What the binary does with a crossed bound: report it and end the process (it cannot
/// return: the render that crossed it cannot be stopped from outside).
pub type Handler = fn(&Exceeded) -> !;

static HANDLER: OnceLock<Handler> = OnceLock::new();

/// Set the handler of crossed bounds (once; later calls are ignored). Without one, neither
/// bound is enforced.
pub fn on_exceeded(handler: Handler) {
    let _ = HANDLER.set(handler);
}

fn exceeded(e: Exceeded) -> ! {
    match HANDLER.get() {
        Some(h) => h(&e),
        // unreachable: the bounds are armed only with a handler; park rather than return
        None => loop {
            std::thread::park();
        },
    }
}

/// The heap a build may use while rendering, in megabytes.
pub const DEFAULT_LIMIT_MB: usize = 2048;

/// Bytes in use (give or take [`BATCH`] per thread; briefly below zero when one thread's frees
/// are added before another's allocations).
static LIVE: AtomicIsize = AtomicIsize::new(0);
/// The most bytes in use at once since the start (or [`reset_peak`]).
static PEAK: AtomicIsize = AtomicIsize::new(0);

thread_local! {
    /// What this thread allocated (+) or freed (−) that [`LIVE`] does not count yet: threads
    /// allocating side by side add to the shared counters once per [`BATCH`], not on every
    /// allocation (the counters' cache line moving between cores cost more than the count).
    static PENDING: Cell<isize> = const { Cell::new(0) };
}

/// How far a thread's count may run ahead of [`LIVE`].
const BATCH: isize = 256 << 10;
/// 0: no bound.
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// The system allocator, counting.
pub struct Counting;

impl Counting {
    #[inline]
    fn account(&self, delta: isize) {
        let flush = PENDING.try_with(|p| {
            let v = p.get() + delta;
            if v.abs() < BATCH {
                p.set(v);
                None
            } else {
                p.set(0);
                Some(v)
            }
        });
        let v = match flush {
            Ok(None) => return,
            Ok(Some(v)) => v,
            // the thread is ending: count directly
            Err(_) => delta,
        };
        let now = LIVE.fetch_add(v, Ordering::Relaxed) + v;
        if v > 0 {
            PEAK.fetch_max(now, Ordering::Relaxed);
            let limit = LIMIT.load(Ordering::Relaxed);
            if limit != 0 && now > 0 && now as usize > limit {
                over(limit);
            }
        }
    }
}

// SAFETY: every call is passed on to `System` unchanged; only counters are kept beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.account(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        self.account(layout.size() as isize);
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.account(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        self.account(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// The bound was crossed: disarm (so reporting may allocate), hand the error to the
/// binary's handler (which reports it and ends the process).
#[cold]
fn over(limit: usize) -> ! {
    if LIMIT.swap(0, Ordering::SeqCst) == 0 {
        // another thread is already reporting: wait for it to end the process
        loop {
            std::thread::park();
        }
    }
    exceeded(Exceeded {
        what: current_stage(),
        bound: Bound::Memory { bytes: limit },
    })
}

/// The bound from `WHITEPAPER_MEMORY_LIMIT` (megabytes), or the default, in bytes.
fn limit_bytes() -> usize {
    std::env::var("WHITEPAPER_MEMORY_LIMIT")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|mb| *mb > 0)
        .unwrap_or(DEFAULT_LIMIT_MB)
        .saturating_mul(1 << 20)
}

/// Bound the heap to `bytes` in use (0: no bound).
pub fn bound(bytes: usize) {
    LIMIT.store(bytes, Ordering::SeqCst);
}

/// The bytes in use now (give or take 256 KiB per thread).
pub fn in_use() -> usize {
    LIVE.load(Ordering::Relaxed).max(0) as usize
}

/// The most heap in use at once since the start or the last [`reset_peak`] (for benchmarks).
pub fn peak() -> usize {
    PEAK.load(Ordering::Relaxed).max(0) as usize
}

/// Start measuring [`peak`] from the heap in use now.
pub fn reset_peak() {
    PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
}

/// Give the memory freed so far back to the system, once the heap has been large (32 MiB):
/// glibc keeps a thread's freed memory in that thread's arena, where the other rendering
/// thread cannot reuse it, so two large PDFs' peaks would add up in the process. Called after
/// each PDF, whose write phase frees the most. A small build skips it: faulting the memory in
/// again would cost more than it saves.
pub fn release_free() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if peak() > 32 << 20 {
        // SAFETY: malloc_trim only returns free memory to the system.
        unsafe {
            libc::malloc_trim(0);
        }
    }
}

/// How long rendering every edition in every language and format may take.
pub const DEFAULT_LIMIT: Duration = Duration::from_secs(30);

static STAGE: Mutex<String> = Mutex::new(String::new());

/// Say what is being rendered now (`templates/whitepaper.md (ja)`), for the error.
pub fn stage(what: impl Into<String>) {
    if let Ok(mut s) = STAGE.lock() {
        *s = what.into();
    }
}

/// What is being rendered now, for an error (`rendering` before anything is).
pub fn current_stage() -> String {
    match STAGE.try_lock() {
        Ok(s) if !s.is_empty() => s.clone(),
        _ => "rendering".to_string(),
    }
}

/// Disarms the watchdog (and the memory bound) when dropped.
pub struct Guard {
    done: Arc<(Mutex<bool>, Condvar)>,
}

impl Drop for Guard {
    fn drop(&mut self) {
        let (lock, cvar) = &*self.done;
        if let Ok(mut d) = lock.lock() {
            *d = true;
        }
        cvar.notify_all();
        bound(0);
    }
}

/// The limit from `WHITEPAPER_RENDER_LIMIT` (seconds), or the default.
pub fn time_limit() -> Duration {
    std::env::var("WHITEPAPER_RENDER_LIMIT")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(DEFAULT_LIMIT)
}

/// Start the clock: unless the returned guard is dropped within `limit`, the handler set with
/// [`on_exceeded`] gets an [`Exceeded`] error naming what was being rendered (without a
/// handler nothing happens). The memory bound holds until then too (when a handler is set).
pub fn arm(limit: Duration) -> Guard {
    if HANDLER.get().is_some() {
        bound(limit_bytes());
    }
    let done = Arc::new((Mutex::new(false), Condvar::new()));
    let watch = done.clone();
    std::thread::Builder::new()
        .name("whitepaper-watchdog".into())
        .spawn(move || {
            let (lock, cvar) = &*watch;
            let Ok(guard) = lock.lock() else { return };
            let Ok((finished, timeout)) = cvar.wait_timeout_while(guard, limit, |d| !*d) else {
                return;
            };
            if *finished || !timeout.timed_out() {
                return;
            }
            exceeded(Exceeded {
                what: current_stage(),
                bound: Bound::Time { limit },
            });
        })
        .ok();
    Guard { done }
}
