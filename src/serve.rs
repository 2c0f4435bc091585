//! `whitepaper serve`: a live preview for authors. It builds the project into a private
//! folder, serves it on 127.0.0.1 (an index of every edition × language, HTML and PDF), and
//! watches `content/`, `templates/`, `locales/` and `whitepaper.toml`: on a change it
//! rebuilds and every open page reloads by itself (server-sent events). A build that fails
//! leaves the last good one served, with its errors (file:line and the source line) shown
//! on every page until the next good build.
//!
//! The HTTP side is a small HTTP/1.1 server on `std::net` (GET and HEAD of files and one
//! event stream, one thread per connection): enough for a preview on the author's own
//! machine, and no server crate's dependency tree (see docs/dependencies.md).

mod sources;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use anyhow::Context;

use crate::build::BuildOptions;
use crate::http::{Resolved, content_type, resolve, respond};
use crate::pipeline::BuildError;

/// Arguments of `whitepaper serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    /// The address to listen on (default 127.0.0.1).
    pub bind: String,
    /// 0: any free port.
    pub port: u16,
    /// Open the index in the default browser.
    pub open: bool,
}

/// The state pages are served from.
#[derive(Default)]
struct State {
    /// Bumped by every good build (pages reload when it changes).
    generation: u64,
    /// The errors of the last build, if it failed (the pages show them).
    error: Option<String>,
    /// When the last build finished, and how long it took.
    last: Option<(Instant, Duration)>,
    /// What the last good build holds (read once per build, not on every request).
    built: Arc<Built>,
}

/// Where the server's messages go (`main` prints them on standard error).
pub type Log = Box<dyn Fn(&str) + Send + Sync>;

struct Shared {
    root: PathBuf,
    log: Log,
    out: PathBuf,
    state: Mutex<State>,
    /// Open event streams.
    listeners: Mutex<Vec<TcpStream>>,
    stop: AtomicBool,
    /// Held by a rebuild: stopping waits for it before removing the preview folder (else
    /// its publishing leaves staging folders beside it, or makes the folder again).
    building: Mutex<()>,
}

/// Set by SIGINT / SIGTERM: stop serving, remove the preview folder, exit 0.
static STOP: AtomicBool = AtomicBool::new(false);
static SERVE_ID: AtomicU64 = AtomicU64::new(0);

#[cfg(unix)]
fn on_interrupt() {
    extern "C" fn handler(_: libc::c_int) {
        STOP.store(true, Ordering::SeqCst);
    }
    // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            handler as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
        libc::signal(
            libc::SIGTERM,
            handler as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}

#[cfg(not(unix))]
fn on_interrupt() {}

/// Serve until interrupted. `ready` is told the address once the first build is done and
/// the server listens; `log` gets each build's outcome (and its diagnostics), line by line.
pub fn serve(opts: &ServeOptions, ready: impl FnOnce(&str), log: Log) -> anyhow::Result<()> {
    let root = opts.root.clone();
    if !root.join(crate::config::CONFIG_FILE).is_file() {
        anyhow::bail!(
            "{} has no {}: serve a project folder (or start one with `whitepaper init`)",
            root.display(),
            crate::config::CONFIG_FILE
        );
    }
    let out = std::env::temp_dir().join(format!(
        "whitepaper-serve-{}-{}",
        std::process::id(),
        SERVE_ID.fetch_add(1, Ordering::SeqCst)
    ));
    let shared = Arc::new(Shared {
        root: root.clone(),
        log,
        out: out.clone(),
        state: Mutex::new(State::default()),
        listeners: Mutex::new(Vec::new()),
        stop: AtomicBool::new(false),
        building: Mutex::new(()),
    });
    let result = run(opts, &shared, ready);
    shared.stop.store(true, Ordering::SeqCst);
    let _built = shared.building.lock().unwrap_or_else(|e| e.into_inner());
    crate::publish::remove(&out);
    result
}

fn run(opts: &ServeOptions, shared: &Arc<Shared>, ready: impl FnOnce(&str)) -> anyhow::Result<()> {
    on_interrupt();
    // listen first: a port in use is said at once, before a build
    let listener = TcpListener::bind((opts.bind.as_str(), opts.port))
        .with_context(|| format!("cannot listen on {}:{}", opts.bind, opts.port))?;
    listener.set_nonblocking(true)?;
    rebuild(&opts.root, shared, Vec::new());
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}/");

    // watch the project's sources; changes arrive on a channel, debounced below
    let (tx, rx) = mpsc::channel::<PathBuf>();
    let root_abs = std::fs::canonicalize(&opts.root).unwrap_or_else(|_| opts.root.clone());
    let _watcher = watch(&root_abs, tx)?;
    {
        let shared = shared.clone();
        let root = opts.root.clone();
        std::thread::spawn(move || {
            while let Ok(first) = rx.recv() {
                // debounce: an editor's save is often several events (write, rename, chmod)
                // within a few milliseconds
                let mut changed = vec![first];
                while let Ok(p) = rx.recv_timeout(Duration::from_millis(10)) {
                    changed.push(p);
                }
                if shared.stop.load(Ordering::SeqCst) {
                    break;
                }
                let editions = edition_of(&root_abs, &changed);
                rebuild(&root, &shared, editions);
            }
        });
    }
    ready(&url);
    if opts.open {
        open_browser(&url, &shared.log);
    }
    loop {
        if STOP.load(Ordering::SeqCst) {
            shared.stop.store(true, Ordering::SeqCst);
            break;
        }
        match listener.accept() {
            Ok((stream, _)) => {
                let shared = shared.clone();
                std::thread::spawn(move || {
                    let _ = handle(stream, &shared);
                });
            }
            // polled, so that a signal is seen within 10 ms (a blocking accept is restarted
            // after the handler runs)
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
    Ok(())
}

/// A file watcher on the configuration and the source folders (those that exist, and the
/// project folder itself, so a folder created later is seen).
fn watch(root_abs: &Path, tx: mpsc::Sender<PathBuf>) -> anyhow::Result<notify::RecommendedWatcher> {
    use notify::{RecursiveMode, Watcher};
    let root_abs = root_abs.to_path_buf();
    let relevant = {
        let root_abs = root_abs.clone();
        move |p: &Path| {
            let rel = p.strip_prefix(&root_abs).unwrap_or(p);
            rel == Path::new(crate::config::CONFIG_FILE)
                || ["content", "templates", "locales", "fonts", "theme"]
                    .iter()
                    .any(|d| rel.starts_with(d))
        }
    };
    let mut watcher = notify::recommended_watcher(move |ev: notify::Result<notify::Event>| {
        if let Ok(ev) = ev
            && !ev.kind.is_access()
        {
            for p in ev.paths.into_iter().filter(|p| relevant(p)) {
                let _ = tx.send(p);
            }
        }
    })
    .context("cannot watch the project's files")?;
    watcher
        .watch(&root_abs, RecursiveMode::NonRecursive)
        .context("cannot watch the project folder")?;
    for d in ["content", "templates", "locales"] {
        let p = root_abs.join(d);
        if p.is_dir() {
            watcher
                .watch(&p, RecursiveMode::Recursive)
                .with_context(|| format!("cannot watch {}", p.display()))?;
        }
    }
    Ok(watcher)
}

/// The editions whose own templates are all that changed (`templates/<edition>.md`,
/// `templates/<edition>/…`); empty: every edition (facts, messages, the configuration and
/// shared templates reach them all).
fn edition_of(root_abs: &Path, changed: &[PathBuf]) -> Vec<String> {
    let mut editions = Vec::new();
    for p in changed {
        let rel = p.strip_prefix(root_abs).unwrap_or(p);
        let mut parts = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        let (Some(top), Some(name)) = (parts.next(), parts.next()) else {
            return Vec::new();
        };
        let edition = match name.strip_suffix(".md") {
            Some(e) if parts.next().is_none() => e.to_string(),
            _ => name,
        };
        if top != "templates" || ["partials", "html"].contains(&edition.as_str()) {
            return Vec::new();
        }
        if !editions.contains(&edition) {
            editions.push(edition);
        }
    }
    editions
}

/// Build into the preview folder: the pages first (Markdown and HTML), then the PDFs. Open
/// pages update as soon as theirs are built; a failed build shows its errors on them.
/// `editions`: only these (empty: all); if that narrowing fails, everything is rebuilt.
fn rebuild(root: &Path, shared: &Shared, editions: Vec<String>) {
    use crate::config::Format;
    let _building = shared.building.lock().unwrap_or_else(|e| e.into_inner());
    if shared.stop.load(Ordering::SeqCst) {
        return;
    }
    let start = Instant::now();
    let run = |formats: Vec<Format>, editions: Vec<String>| {
        let opts = BuildOptions {
            root: root.to_path_buf(),
            out: Some(shared.out.clone()),
            formats,
            editions,
            ..BuildOptions::default()
        };
        match crate::build::build(&opts) {
            Err(BuildError::Tool(_)) if !opts.editions.is_empty() => {
                crate::build::build(&BuildOptions {
                    editions: Vec::new(),
                    ..opts
                })
            }
            r => r,
        }
    };
    let pages = run(vec![Format::Md, Format::Html], editions.clone());
    let ok = pages.is_ok();
    if ok {
        let built = Arc::new(Built::read(shared));
        shared.state.lock().unwrap_or_else(|e| e.into_inner()).built = built;
    }
    announce(shared, pages.map(|_| ()), start.elapsed(), "pages");
    if ok {
        let pdfs = run(vec![Format::Pdf], editions);
        let ok = pdfs.is_ok();
        announce(shared, pdfs.map(|_| ()), start.elapsed(), "PDFs");
        // the trust center, its index the preview's home page (`whitepaper site`)
        let out = Some(shared.out.join(SITE_DIR));
        let (root, source_date_epoch) = (root.to_path_buf(), None);
        if ok
            && crate::site::site(&crate::site::SiteOptions {
                root,
                out,
                source_date_epoch,
            })
            .is_ok()
        {
            (shared.log)("site rebuilt\n");
        }
    }
}

/// Where the preview keeps the trust center, inside its output folder.
const SITE_DIR: &str = "site";

/// Tell the open pages: reload (a good build), or the errors (a failed one).
fn announce(shared: &Shared, result: Result<(), BuildError>, took: Duration, what: &str) {
    let event = {
        let mut st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        st.last = Some((Instant::now(), took));
        match result {
            Ok(()) => {
                (shared.log)(&format!("{what} rebuilt in {} ms\n", took.as_millis()));
                if what == "PDFs" {
                    // the pages already show this build; a PDF is fetched when opened
                    if st.error.take().is_none() {
                        return;
                    }
                }
                st.generation += 1;
                st.error = None;
                format!("event: reload\ndata: {}\n\n", st.generation)
            }
            Err(e) => {
                let text = match e {
                    BuildError::Content {
                        sources,
                        diagnostics,
                    } => crate::diag::render(&sources, &diagnostics, false),
                    BuildError::Tool(e) => format!("error: {e:#}\n"),
                };
                (shared.log)(&text);
                (shared.log)("build failed: serving the last good build\n");
                let mut ev = String::from("event: failed\n");
                for line in text.lines() {
                    ev.push_str("data: ");
                    ev.push_str(line);
                    ev.push('\n');
                }
                ev.push('\n');
                st.error = Some(text);
                ev
            }
        }
    };
    let mut listeners = shared.listeners.lock().unwrap_or_else(|e| e.into_inner());
    listeners.retain_mut(|s| {
        s.write_all(event.as_bytes())
            .and_then(|()| s.flush())
            .is_ok()
    });
}

fn open_browser(url: &str, log: &Log) {
    let cmd = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(cmd)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_err()
    {
        log(&format!(
            "could not open a browser ({cmd}): open {url} yourself\n"
        ));
    }
}

/// One request: `GET`/`HEAD` of a file, the index, or the event stream.
fn handle(mut stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?.take(16 * 1024));
    let mut line = String::new();
    reader.read_line(&mut line)?;
    // the headers: read and ignored (at most 16 KiB in all)
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h == "\r\n" || h == "\n" {
            break;
        }
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            405,
            "text/plain",
            b"only GET and HEAD\n",
            method,
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("");
    // the trust center's index is the home page once built (served as any built page)
    let site_home = shared.out.join(SITE_DIR).join("index.html").is_file();
    let path = if site_home && path == "/" {
        "/index.html"
    } else {
        path
    };
    match path {
        "/" | "/index.html" | "/_whitepaper/" if !site_home || path == "/_whitepaper/" => {
            let body = index(shared);
            respond(
                &mut stream,
                200,
                "text/html; charset=utf-8",
                body.as_bytes(),
                method,
            )
        }
        "/_whitepaper/events" => {
            stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n",
            )?;
            let generation = shared
                .state
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .generation;
            stream.write_all(format!("event: hello\ndata: {generation}\n\n").as_bytes())?;
            stream.flush()?;
            stream.set_read_timeout(None)?;
            shared
                .listeners
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(stream);
            Ok(())
        }
        "/_whitepaper/sources.js" => respond(
            &mut stream,
            200,
            "text/javascript; charset=utf-8",
            sources::SCRIPT.as_bytes(),
            method,
        ),
        "/_whitepaper/explain" => {
            let query = target.split_once('?').map_or("", |(_, q)| q);
            let query = query.split('#').next().unwrap_or_default();
            let body = sources::answer(&shared.root, query);
            respond(
                &mut stream,
                200,
                "application/json",
                body.as_bytes(),
                method,
            )
        }
        "/_whitepaper/live.js" => respond(
            &mut stream,
            200,
            "text/javascript; charset=utf-8",
            LIVE.as_bytes(),
            method,
        ),
        "/_whitepaper/status" => {
            let st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
            let body = serde_json::json!({
                "generation": st.generation,
                "error": st.error,
                "last_build_ms": st.last.map(|(_, d)| d.as_millis() as u64),
            })
            .to_string();
            drop(st);
            respond(
                &mut stream,
                200,
                "application/json",
                body.as_bytes(),
                method,
            )
        }
        // the editions as last built, else the site's own pages (its languages' homes, feeds)
        _ => match match resolve(&shared.out, path) {
            Resolved::Missing => resolve(&shared.out.join(SITE_DIR), path),
            found => found,
        } {
            Resolved::File(file) => match std::fs::read(&file) {
                Ok(bytes) => {
                    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
                    if ext == "html" {
                        // `/<lang>/<edition>.html`
                        let current = path
                            .trim_start_matches('/')
                            .strip_suffix(".html")
                            .and_then(|p| p.split_once('/'));
                        let page = inject(&String::from_utf8_lossy(&bytes), shared, current);
                        respond(
                            &mut stream,
                            200,
                            "text/html; charset=utf-8",
                            page.as_bytes(),
                            method,
                        )
                    } else {
                        respond(&mut stream, 200, content_type(ext), &bytes, method)
                    }
                }
                Err(_) => respond(&mut stream, 404, "text/plain", b"not found\n", method),
            },
            Resolved::Refused => respond(
                &mut stream,
                403,
                "text/plain",
                b"refused: only files of the built output are served\n",
                method,
            ),
            Resolved::Missing => respond(&mut stream, 404, "text/plain", b"not found\n", method),
        },
    }
}

/// What the preview shows: the configured editions and languages (in their order), and the
/// title of each page built.
#[derive(Default)]
struct Built {
    editions: Vec<String>,
    langs: Vec<String>,
    /// (lang, edition) → the page's title.
    titles: std::collections::BTreeMap<(String, String), String>,
}

impl Built {
    fn read(shared: &Shared) -> Built {
        let (mut editions, mut langs) = match crate::config::Project::open(
            &crate::files::Tree::disk(&shared.root),
            &mut crate::diag::Sources::default(),
        ) {
            Ok(p) => (p.config.editions, p.config.languages),
            Err(_) => (Vec::new(), Vec::new()),
        };
        let mut titles = std::collections::BTreeMap::new();
        for entry in std::fs::read_dir(&shared.out)
            .into_iter()
            .flatten()
            .flatten()
        {
            let lang = entry.file_name().to_string_lossy().into_owned();
            let skip = lang.starts_with('.') || lang == crate::recipients::DIR || lang == SITE_DIR;
            if skip || !entry.path().is_dir() {
                continue;
            }
            for f in std::fs::read_dir(entry.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let name = f.file_name().to_string_lossy().into_owned();
                let Some(edition) = name.strip_suffix(".html") else {
                    continue;
                };
                let text = std::fs::read_to_string(f.path()).unwrap_or_default();
                let title = text
                    .split_once("<title>")
                    .and_then(|(_, t)| t.split_once("</title>"))
                    .map(|(t, _)| t.to_string())
                    .unwrap_or_else(|| edition.to_string());
                if !editions.iter().any(|e| e == edition) {
                    editions.push(edition.to_string());
                }
                if !langs.contains(&lang) {
                    langs.push(lang.clone());
                }
                titles.insert((lang.clone(), edition.to_string()), title);
            }
        }
        Built {
            editions,
            langs,
            titles,
        }
    }

    /// An edition's title in `lang`, else in the first language it was built in.
    fn title(&self, edition: &str, lang: &str) -> Option<&str> {
        self.titles
            .get(&(lang.to_string(), edition.to_string()))
            .or_else(|| {
                self.langs
                    .iter()
                    .find_map(|l| self.titles.get(&(l.clone(), edition.to_string())))
            })
            .map(String::as_str)
    }
}

/// The script every served page carries: reload on a new build, show a failed build's
/// errors, hide them again on the next good one.
const LIVE: &str = r#"(() => {
  const box = () => document.getElementById('wp-serve-error');
  const events = new EventSource('/_whitepaper/events');
  let seen = null;
  events.addEventListener('hello', e => { if (seen !== null && e.data !== seen) location.reload(); seen = e.data; });
  // a new build: swap the page's body in place (the scroll position stays); reload when
  // its head changed (a new theme) or the fetch fails
  events.addEventListener('reload', () => {
    fetch(location.href, { cache: 'no-store' })
      .then(r => r.ok ? r.text() : Promise.reject(r.status))
      .then(html => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        if (next.head.innerHTML !== document.head.innerHTML) { location.reload(); return; }
        const y = window.scrollY;
        document.body.replaceWith(next.body);
        window.scrollTo(0, y);
      })
      .catch(() => location.reload());
  });
  events.addEventListener('failed', e => {
    const b = box(); if (!b) return;
    b.querySelector('pre').textContent = e.data; b.hidden = false;
  });
})();
"#;

/// How a page loads [`LIVE`] (a file of its own, so the page's Content-Security-Policy
/// only needs to allow scripts and connections from the server itself).
const LIVE_TAG: &str = "<script src=\"/_whitepaper/live.js\"></script><script src=\"/_whitepaper/sources.js\"></script>";

const BAR_CSS: &str = "#wp-serve-bar{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center;padding:.4rem .75rem;background:#12365f;color:#fff;font:14px/1.4 system-ui,sans-serif}#wp-serve-bar a{color:#fff}#wp-serve-bar a[aria-current]{font-weight:700;text-decoration:none}#wp-serve-error{margin:0;padding:.75rem 1rem;background:#fff4f2;border-bottom:3px solid #b3261e;color:#5c0f0a;font:13px/1.45 ui-monospace,monospace}#wp-serve-error pre{margin:.25rem 0 0;white-space:pre-wrap}";

/// The bar and error box above a page: the index, then each edition (its title in the
/// page's language) with a link per language, and this page's PDF.
fn bar(shared: &Shared, current: Option<(&str, &str)>) -> String {
    let (built, error) = {
        let st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        (st.built.clone(), st.error.clone())
    };
    let here_lang = current.map_or("", |c| c.0);
    let mut parts = vec!["<a href=\"/\">Index</a>".to_string()];
    for ed in &built.editions {
        let Some(title) = built.title(ed, here_lang) else {
            continue;
        };
        let mut links = Vec::new();
        for lang in &built.langs {
            if !built.titles.contains_key(&(lang.clone(), ed.clone())) {
                continue;
            }
            let here = current == Some((lang.as_str(), ed.as_str()));
            links.push(format!(
                "<a href=\"/{lang}/{ed}.html\" hreflang=\"{lang}\"{}>{lang}</a>",
                if here { " aria-current=\"page\"" } else { "" }
            ));
        }
        parts.push(format!(
            "<span>{} {}</span>",
            whitepaper_core::escape::html(title),
            links.join(" ")
        ));
    }
    if let Some((lang, ed)) = current {
        parts.push(format!("<a href=\"/{lang}/{ed}.pdf\">PDF</a>"));
    }
    format!(
        "<style>{BAR_CSS}{}</style><nav id=\"wp-serve-bar\" aria-label=\"whitepaper serve\">{}</nav><div id=\"wp-serve-error\" role=\"alert\"{}><strong>The last build failed: this is the last good build.</strong><pre>{}</pre></div>",
        sources::CSS,
        parts.join(" "),
        if error.is_some() { "" } else { " hidden" },
        whitepaper_core::escape::html(error.as_deref().unwrap_or(""))
    )
}

/// A built page with the bar, the error box and the live-reload script.
fn inject(page: &str, shared: &Shared, current: Option<(&str, &str)>) -> String {
    let bar = bar(shared, current);
    let mut out = page.to_string();
    match out
        .find("<body")
        .and_then(|i| out[i..].find('>').map(|j| i + j + 1))
    {
        Some(at) => out.insert_str(at, &bar),
        None => out.insert_str(0, &bar),
    }
    match out.rfind("</body>") {
        Some(at) => out.insert_str(at, LIVE_TAG),
        None => out.push_str(LIVE_TAG),
    }
    // the built page allows no script and no connection: the preview allows its own
    out.replacen(
        "content=\"default-src 'none';",
        "content=\"default-src 'none'; script-src 'self'; connect-src 'self';",
        1,
    )
}

/// The index: every edition (a row) × language (a column), HTML, PDF and Markdown.
fn index(shared: &Shared) -> String {
    let built = shared
        .state
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .built
        .clone();
    let mut head = String::from("<th scope=\"col\">Edition</th>");
    for lang in &built.langs {
        head.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            whitepaper_core::escape::html(lang)
        ));
    }
    let mut rows = String::new();
    for ed in &built.editions {
        rows.push_str(&format!(
            "<tr><th scope=\"row\">{}</th>",
            whitepaper_core::escape::html(ed)
        ));
        for lang in &built.langs {
            match built.titles.get(&(lang.clone(), ed.clone())) {
                Some(title) => rows.push_str(&format!(
                    "<td><a href=\"/{lang}/{ed}.html\" lang=\"{lang}\">{}</a><br><a href=\"/{lang}/{ed}.pdf\">PDF</a> · <a href=\"/{lang}/{ed}.md\">Markdown</a></td>",
                    whitepaper_core::escape::html(title)
                )),
                None => rows.push_str("<td>—</td>"),
            }
        }
        rows.push_str("</tr>");
    }
    if built.titles.is_empty() {
        rows = "<tr><td>Nothing is built yet: see the errors above.</td></tr>".into();
    }
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>whitepaper serve</title><style>body{{margin:0;font:16px/1.5 system-ui,sans-serif}}main{{padding:1rem 1.5rem}}table{{border-collapse:collapse}}td,th{{padding:.4rem .8rem;border-bottom:1px solid #ccd;text-align:left;vertical-align:top}}</style></head><body><main><h1>Editions</h1><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table><p>Open pages update by themselves when a file of the project changes.</p></main></body></html>"
    );
    inject(&page, shared, None)
}
