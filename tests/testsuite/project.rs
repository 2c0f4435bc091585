//! Copy a fixture project to a temporary folder and run the CLI on it.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Project {
    pub dir: tempfile::TempDir,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

impl Project {
    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Project {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixtures().join(name), dir.path());
        Project { dir }
    }

    /// A project made by `whitepaper init` (every value a placeholder, no clause adopted).
    pub fn initialized() -> Project {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_whitepaper"))
            .args(["init", "."])
            .current_dir(dir.path())
            .output()
            .expect("run whitepaper init");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        Project { dir }
    }

    /// A copy of the shipped project (the repository root's whitepaper.toml, content/,
    /// templates/, locales/).
    pub fn shipped() -> Project {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = tempfile::tempdir().unwrap();
        for sub in ["content", "templates", "locales"] {
            copy_dir(&root.join(sub), &dir.path().join(sub));
        }
        std::fs::copy(
            root.join("whitepaper.toml"),
            dir.path().join("whitepaper.toml"),
        )
        .unwrap();
        Project { dir }
    }

    /// The shipped facts alone: `whitepaper.toml` and `content/`, rendered by the built-in
    /// templates and messages.
    pub fn shipped_content_only() -> Project {
        let p = Project::shipped();
        std::fs::remove_dir_all(p.path("templates")).unwrap();
        std::fs::remove_dir_all(p.path("locales")).unwrap();
        p
    }

    /// The text of a PDF under the project, parsed back with lopdf, without white space.
    pub fn pdf_text(&self, rel: &str) -> String {
        let doc = lopdf::Document::load(self.path(rel)).unwrap();
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        doc.extract_text(&pages)
            .unwrap()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// Replace the first `from` in file `rel` with `to` (panics if `from` is absent, so a
    /// test never silently stops breaking what it means to break).
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    /// Run `whitepaper ARGS` in the project folder.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_at(args, None)
    }

    /// Run `whitepaper ARGS` in the project folder with `SOURCE_DATE_EPOCH` (UTC seconds)
    /// as "today", or the clock.
    pub fn run_at(&self, args: &[&str], epoch: Option<i64>) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_whitepaper"));
        cmd.args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1");
        match epoch {
            Some(e) => cmd.env("SOURCE_DATE_EPOCH", e.to_string()),
            None => cmd.env_remove("SOURCE_DATE_EPOCH"),
        };
        let out = cmd.output().expect("run whitepaper");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Start `whitepaper ARGS` in the project folder without waiting for it.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        Command::new(env!("CARGO_BIN_EXE_whitepaper"))
            .args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            .env_remove("SOURCE_DATE_EPOCH")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start whitepaper")
    }

    /// The names in the project folder (to find what a build left beside `out/`).
    pub fn top_level(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    /// Every file under `out/` with its bytes, sorted (to compare before and after).
    pub fn snapshot_out(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = Vec::new();
        let mut stack = vec![self.path("out")];
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else {
                continue;
            };
            for e in rd {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    files.push((
                        p.strip_prefix(self.dir.path()).unwrap().to_path_buf(),
                        std::fs::read(&p).unwrap(),
                    ));
                }
            }
        }
        files.sort();
        files
    }
}

impl Output {
    /// Assert that standard error contains `text`, showing all of it when it does not.
    #[track_caller]
    pub fn assert_stderr_contains(&self, text: &str) -> &Self {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr
        );
        self
    }

    /// Assert that standard output contains `text`, showing all of it when it does not.
    #[track_caller]
    pub fn assert_stdout_contains(&self, text: &str) -> &Self {
        assert!(
            self.stdout.contains(text),
            "stdout lacks {text:?}:\n{}",
            self.stdout
        );
        self
    }

    #[track_caller]
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "exit code; stderr:\n{}\nstdout:\n{}",
            self.stderr, self.stdout
        );
        self
    }
}
