//! A memory bound on loading and rendering: a template that doubles a string forty times
//! (or builds a list of a billion items) stops the build with an error naming what was being
//! rendered, instead of aborting the process when the allocation fails.
//!
//! The allocator counts the bytes in use. While the bound is armed (see
//! [`crate::watchdog::arm`], which arms it with the time limit), an allocation that would take
//! the total over it ends the process with status 1 and an `error[render-limit]` message; nothing
//! has been written then, as `out/` is published only after rendering. The bound is
//! [`DEFAULT_LIMIT_MB`], or `WHITEPAPER_MEMORY_LIMIT` megabytes from the environment.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};

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

#[global_allocator]
static GLOBAL: Counting = Counting;

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

/// The bound was crossed: disarm (so reporting may allocate), report, exit.
#[cold]
fn over(limit: usize) -> ! {
    if LIMIT.swap(0, Ordering::SeqCst) == 0 {
        // another thread is already reporting: wait for it to end the process
        loop {
            std::thread::park();
        }
    }
    let what = crate::watchdog::current_stage();
    eprintln!(
        "error[render-limit]: {what} needed more than {} MB of memory\n  = help: a template that doubles a string or a list in a loop? \
         (a larger project may raise the bound with WHITEPAPER_MEMORY_LIMIT=<megabytes>)",
        limit >> 20
    );
    std::process::exit(1);
}

/// The bound from `WHITEPAPER_MEMORY_LIMIT` (megabytes), or the default, in bytes.
pub fn limit() -> usize {
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
