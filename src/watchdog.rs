//! A time limit on rendering: a template that loops for ever (or for 100,000² rounds) stops
//! the build with an error naming what was being rendered, instead of hanging CI. Nothing has
//! been written then: `out/` is published only after rendering.
//!
//! The limit is [`DEFAULT_LIMIT`], or `WHITEPAPER_RENDER_LIMIT` seconds from the environment.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

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
        crate::memory::bound(0);
    }
}

/// The limit from `WHITEPAPER_RENDER_LIMIT` (seconds), or the default.
pub fn limit() -> Duration {
    std::env::var("WHITEPAPER_RENDER_LIMIT")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(DEFAULT_LIMIT)
}

/// Start the clock: unless the returned guard is dropped within `limit`, the process reports
/// what it was rendering and exits with status 1. The memory bound ([`crate::memory`]) holds
/// until then too.
pub fn arm(limit: Duration) -> Guard {
    crate::memory::bound(crate::memory::limit());
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
            let what = current_stage();
            eprintln!(
                "error[render-limit]: {what} did not finish within {} s\n  = help: a template loop that never ends, or one that runs far too many times? \
                 (a larger project may raise the limit with WHITEPAPER_RENDER_LIMIT=<seconds>)",
                limit.as_secs_f64()
            );
            std::process::exit(1);
        })
        .ok();
    Guard { done }
}
