//! Authoring: `whitepaper init` for a new company, and the live preview of `whitepaper serve`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::project::Project;

fn whitepaper(dir: &std::path::Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_whitepaper"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn init_scaffolds_a_project_that_builds_at_once_and_lists_its_placeholders() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, err) = whitepaper(
        tmp.path(),
        &["init", "acme", "--company", "ACME \"Cloud\" & Co. \\ K.K."],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("wrote 28 files in acme"), "{err}");
    let root = tmp.path().join("acme");
    // what builds write, and the lock beside out/, are kept out of the repository
    let ignore = std::fs::read_to_string(root.join(".gitignore")).unwrap();
    for line in ["/out/", "/.out.whitepaper-*"] {
        assert!(ignore.lines().any(|l| l == line), "{line}: {ignore}");
    }

    let (code, err) = whitepaper(&root, &["build"]);
    assert_eq!(code, 0, "{err}");
    for f in [
        "ja/whitepaper.pdf",
        "en/whitepaper.pdf",
        "ja/supplementary-terms.pdf",
        "en/supplementary-terms.html",
    ] {
        assert!(root.join("out").join(f).is_file(), "{f}");
    }
    let md = std::fs::read_to_string(root.join("out/en/whitepaper.md")).unwrap();
    assert!(md.contains("ACME “Cloud” \\& Co."), "{md}");
    assert!(
        md.contains("TODO: the name of your service"),
        "placeholders show: {md}"
    );

    // check: placeholders are warnings, each at its file and line
    let (code, err) = whitepaper(&root, &["check"]);
    assert_eq!(code, 0, "{err}");
    let (code, err) = whitepaper(&root, &["check", "--deny-warnings"]);
    assert_eq!(code, 1, "{err}");
    let found = err
        .matches(":placeholder]: a placeholder is left: TODO")
        .count();
    assert!(found >= 40, "{found} placeholders: {err}");
    assert!(err.contains("content/services.toml:4:"), "{err}");
    assert!(
        !err.contains("error["),
        "only placeholders, no errors: {err}"
    );
    // every other finding is a placeholder too
    let others: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("warning[") && !l.contains(":placeholder]"))
        .collect();
    assert!(others.is_empty(), "{others:?}");

    // writing the facts clears them
    let services = root.join("content/services.toml");
    let text = std::fs::read_to_string(&services).unwrap();
    std::fs::write(
        &services,
        text.replace("TODO: the name of your service", "ACME Drive"),
    )
    .unwrap();
    let (_, after) = whitepaper(&root, &["check"]);
    assert!(!after.contains("content/services.toml:4:"), "{after}");
}

#[test]
fn init_refuses_a_non_empty_folder_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("p/content")).unwrap();
    std::fs::write(tmp.path().join("p/content/services.toml"), "# mine\n").unwrap();
    let (code, err) = whitepaper(tmp.path(), &["init", "p"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("p is not empty"), "{err}");
    assert_eq!(std::fs::read_dir(tmp.path().join("p")).unwrap().count(), 1);

    let (code, err) = whitepaper(tmp.path(), &["init", "p", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("kept p/content/services.toml (already there)"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("p/content/services.toml")).unwrap(),
        "# mine\n"
    );
    assert!(tmp.path().join("p/content/storage.toml").is_file());

    let (code, err) = whitepaper(tmp.path(), &["init", "q", "--lang", "en,de"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("no built-in messages for the language `de`"),
        "{err}"
    );
    assert!(!tmp.path().join("q").exists());

    // one language: texts in that language only, and it builds
    let (code, err) = whitepaper(tmp.path(), &["init", "en-only", "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    let cfg = std::fs::read_to_string(tmp.path().join("en-only/whitepaper.toml")).unwrap();
    assert!(cfg.contains("languages = [\"en\"]"), "{cfg}");
    let (code, err) = whitepaper(&tmp.path().join("en-only"), &["build", "--format", "md"]);
    assert_eq!(code, 0, "{err}");
}

/// A running `whitepaper serve`, stopped with SIGINT when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(p: &Project) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_whitepaper"))
            .args(["serve", "--port", "0"])
            .current_dir(p.dir.path())
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("serving on http://")
            .and_then(|a| a.strip_suffix('/'))
            .unwrap_or_else(|| panic!("{line:?}"))
            .to_string();
        Server { child, addr }
    }

    /// `GET path` as sent, byte for byte: (status, body).
    fn get(&self, path: &str) -> (u16, String) {
        let mut s = TcpStream::connect(&self.addr).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut bytes = Vec::new();
        s.read_to_end(&mut bytes).unwrap();
        let resp = String::from_utf8_lossy(&bytes).into_owned();
        let status = resp[9..12].parse().unwrap();
        let body = resp
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap();
        (status, body)
    }

    /// Wait until `GET path` has `text` (panics after 10 s); the time it took.
    fn wait_for(&self, path: &str, text: &str) -> Duration {
        let start = Instant::now();
        loop {
            if self.get(path).1.contains(text) {
                return start.elapsed();
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "{path} never showed {text:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stop it with SIGINT: its exit code; it leaves nothing in the temporary folder (its
    /// preview folder, and what builds keep beside one).
    fn interrupt(mut self) -> i32 {
        let code = self.stop().expect("serve did not stop");
        let pid = self.child.id();
        let left: Vec<String> = std::fs::read_dir(std::env::temp_dir())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(&format!("whitepaper-serve-{pid}-")))
            .collect();
        assert!(left.is_empty(), "serve left {left:?}");
        code
    }

    /// SIGINT, then up to 5 s for it to stop: its exit code.
    fn stop(&mut self) -> Option<i32> {
        #[cfg(unix)]
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGINT);
        }
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status.code().unwrap_or(-1));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // stopped as a user would, so that it cleans up after itself
        if self.child.try_wait().ok().flatten().is_none() && self.stop().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The error box of a page, shown (it is there, hidden, while the last build is good).
const SHOWN_ERROR: &str = "<div id=\"wp-serve-error\" role=\"alert\"><strong>";

#[test]
fn serve_rebuilds_on_a_change_keeps_the_last_good_build_and_serves_nothing_else() {
    let p = Project::shipped();
    let server = Server::start(&p);

    // the preview's index lists every edition × language, HTML and PDF (the home page is
    // the trust center's once it is built)
    let (status, index) = server.get("/_whitepaper/");
    assert_eq!(status, 200);
    for lang in ["ja", "en"] {
        for ed in ["whitepaper", "supplementary-terms"] {
            assert!(
                index.contains(&format!("href=\"/{lang}/{ed}.html\"")),
                "{index}"
            );
            assert!(
                index.contains(&format!("href=\"/{lang}/{ed}.pdf\"")),
                "{index}"
            );
        }
    }
    let (status, page) = server.get("/en/whitepaper.html");
    assert_eq!(status, 200);
    assert!(page.contains("Amazon Web Services"));
    assert!(
        page.contains("<script src=\"/_whitepaper/live.js\"></script>"),
        "reloads by itself"
    );
    assert!(
        server
            .get("/_whitepaper/live.js")
            .1
            .contains("new EventSource('/_whitepaper/events')")
    );
    assert!(page.contains("id=\"wp-serve-bar\""), "the switcher");
    let (status, pdf) = server.get("/ja/whitepaper.pdf");
    assert_eq!(status, 200);
    assert!(pdf.starts_with("%PDF-"));
    // the trust center is the home page once built, its pages and feed beside the editions
    server.wait_for("/", "href=\"ja/index.html\"");
    server.wait_for("/ja/subprocessors.html", "Amazon Web Services");
    let (status, feed) = server.get("/en/changes.atom");
    assert_eq!(status, 200);
    assert!(
        feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""),
        "{feed}"
    );

    // the event stream says hello, then reload after a change
    let mut events = TcpStream::connect(&server.addr).unwrap();
    write!(
        events,
        "GET /_whitepaper/events HTTP/1.1\r\nHost: x\r\n\r\n"
    )
    .unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut events = BufReader::new(events);
    let mut seen = String::new();
    while !seen.contains("event: hello") {
        events.read_line(&mut seen).unwrap();
    }

    // one subprocessor renamed: the page shows the new name
    p.edit(
        "content/subprocessors.toml",
        "\"Amazon Web Services\"",
        "\"Amazon Web Services (renamed)\"",
    );
    let took = server.wait_for("/en/whitepaper.html", "Amazon Web Services (renamed)");
    eprintln!("the change was served after {} ms", took.as_millis());
    while !seen.contains("event: reload") {
        events.read_line(&mut seen).unwrap();
    }

    // a broken file: its error, at its line, on the page, which stays the last good one
    let services = p.read("content/services.toml");
    p.write(
        "content/services.toml",
        &format!("{services}\nbroken = [\n"),
    );
    server.wait_for("/en/whitepaper.html", SHOWN_ERROR);
    let (status, page) = server.get("/en/whitepaper.html");
    assert_eq!(status, 200);
    assert!(page.contains("content/services.toml:"), "{page}");
    assert!(page.contains("broken = ["), "the source line: {page}");
    assert!(
        page.contains("Amazon Web Services (renamed)"),
        "the last good build"
    );
    let mut failed = String::new();
    while !failed.contains("event: failed") {
        events.read_line(&mut failed).unwrap();
    }
    assert!(
        server
            .get("/_whitepaper/")
            .1
            .contains("content/services.toml:"),
        "and on the index"
    );
    // mended: the error goes
    p.write("content/services.toml", &services);
    let start = Instant::now();
    while server.get("/en/whitepaper.html").1.contains(SHOWN_ERROR) {
        assert!(start.elapsed() < Duration::from_secs(10));
        std::thread::sleep(Duration::from_millis(20));
    }

    // nothing outside the build, encoded or not
    for path in [
        "/../whitepaper.toml",
        "/%2e%2e/whitepaper.toml",
        "/en/..%2F..%2Fwhitepaper.toml",
        "/..%5Cwhitepaper.toml",
    ] {
        let (status, body) = server.get(path);
        assert_eq!(status, 403, "{path}: {body}");
        assert!(!body.contains("languages"), "{path}");
    }
    assert_eq!(server.get("/content/services.toml").0, 404);

    // Ctrl-C: a clean stop
    assert_eq!(server.interrupt(), 0);
}
