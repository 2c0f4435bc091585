//! A panic inside a library (a damaged font that trips a parser) as an error value.

/// Run `f`; a panic inside it (a library tripped by a damaged font) becomes `Err` with the
/// panic's message, printed nowhere.
pub fn catch_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    // The panic hook is global and artifacts render on several threads: install, once, a
    // hook that stays quiet on a thread inside `catch_panic` and reports as before elsewhere.
    thread_local! {
        static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result.map_err(|payload| {
        let why = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        crate::text::printable(&why)
    })
}
