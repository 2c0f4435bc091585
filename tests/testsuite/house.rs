//! The house rules, read from the source itself (as rust-analyzer's tidy does): the layers
//! declared in ARCHITECTURE.md hold (no `use crate::…` of a later layer, no import cycle
//! between files), the library never prints or exits, no source file grows past 800 lines,
//! every source file is named in ARCHITECTURE.md, the PDF engine depends on the core crate
//! alone, and the README stays short.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, relative to the repository, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![repo().join(dir)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p.strip_prefix(repo()).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

/// The source files of the library crates: `src/` (but the binary's `main.rs`) and
/// `crates/*/src/`.
fn library_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = rust_files(Path::new("src"))
        .into_iter()
        .filter(|p| p != Path::new("src/main.rs"))
        .collect();
    files.extend(rust_files(Path::new("crates")).into_iter().filter(|p| {
        p.components()
            .nth(2)
            .is_some_and(|c| c.as_os_str() == "src")
    }));
    files
}

/// The text of a source file without comments, string contents and `#[cfg(test)]` items (a
/// test module may import what it tests).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(repo().join(path)).unwrap();
    if is_test_file(path) {
        return String::new();
    }
    let mut out = String::new();
    let mut skip_depth: Option<i32> = None;
    let mut depth = 0i32;
    let mut test_attr = false;
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("//") {
            continue;
        }
        let line = strip_strings(line);
        if t.starts_with("#[cfg(test)]") || t.starts_with("#[cfg(all(test") {
            test_attr = true;
            continue;
        }
        let opens = line.matches('{').count() as i32;
        let closes = line.matches('}').count() as i32;
        if test_attr && skip_depth.is_none() {
            test_attr = false;
            if line.trim_end().ends_with(';') {
                continue; // `mod tests;`
            }
            skip_depth = Some(depth);
        }
        depth += opens - closes;
        if let Some(d) = skip_depth {
            if depth <= d && (opens > 0 || closes > 0) {
                skip_depth = None;
            }
            continue;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// A unit-test file (`tests.rs`, or under a `tests/` folder of a crate's `src/`).
fn is_test_file(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "tests.rs")
        || path.components().any(|c| c.as_os_str() == "tests") && path.starts_with("src")
}

fn strip_strings(line: &str) -> String {
    let mut out = String::new();
    let mut in_str = false;
    let mut escaped = false;
    for c in line.chars() {
        if in_str {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_str = false;
                out.push('"');
            }
            continue;
        }
        if c == '"' {
            in_str = true;
        }
        out.push(c);
        if !in_str && out.ends_with("//") {
            out.truncate(out.len() - 2);
            break;
        }
    }
    out
}

/// A source file's module path in its crate (`src/render/html/page.rs` → `render::html::page`,
/// `src/lib.rs` → ``).
fn module_of(path: &Path) -> (String, Vec<String>) {
    let mut comps: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let krate = if comps[0] == "crates" {
        let k = comps[1].clone();
        comps.drain(..3);
        k
    } else {
        comps.drain(..1);
        "whitepaper".to_string()
    };
    let last = comps.pop().unwrap();
    let stem = last.trim_end_matches(".rs").to_string();
    if !matches!(stem.as_str(), "mod" | "lib" | "main") {
        comps.push(stem);
    }
    (krate, comps)
}

/// The imports of every library file, as edges between files of the same crate: `crate::a::b`
/// paths, `super::` and `self::` paths, and (in a `mod.rs` or `lib.rs`) paths through a child
/// module. An import names the file of the longest module path it starts with.
fn import_graph() -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let files = library_files();
    let mut by_module: BTreeMap<(String, Vec<String>), PathBuf> = BTreeMap::new();
    for f in &files {
        by_module.insert(module_of(f), f.clone());
    }
    let file_of = |krate: &str, path: &[String]| -> Option<PathBuf> {
        (1..=path.len()).rev().find_map(|n| {
            by_module
                .get(&(krate.to_string(), path[..n].to_vec()))
                .cloned()
        })
    };
    let ident = |s: &str| -> Vec<String> {
        s.split("::")
            .map(|p| {
                p.trim_matches(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .to_string()
            })
            .take_while(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'))
            .collect()
    };
    let mut graph = BTreeMap::new();
    for f in &files {
        let (krate, module) = module_of(f);
        let dir_module = f.ends_with("mod.rs") || f.ends_with("lib.rs");
        let src = code(f);
        let mut deps = BTreeSet::new();
        // paths starting with crate::, super::, self::, and `use` groups `crate::{a, b::c}`
        for (i, _) in src.match_indices("::") {
            let start = src[..i]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(0, |s| s + 1);
            let path = &src[start..];
            let parts = ident(path);
            // `child::{a, b}` names its module alone; `crate::`, `super::`, `self::` need more
            if parts.is_empty()
                || start + parts[0].len() != i
                || (parts.len() < 2 && matches!(parts[0].as_str(), "crate" | "super" | "self"))
            {
                continue;
            }
            let (base, rest): (Vec<String>, &[String]) = match parts[0].as_str() {
                "crate" => (Vec::new(), &parts[1..]),
                "super" => {
                    // the parent module, whether this file is `x.rs` or `x/mod.rs`
                    let mut m = module.clone();
                    let mut rest = &parts[1..];
                    m.pop();
                    while rest.first().is_some_and(|p| p == "super") {
                        m.pop();
                        rest = &rest[1..];
                    }
                    (m, rest)
                }
                "self" => (module.clone(), &parts[1..]),
                child if dir_module => {
                    let mut m = module.clone();
                    m.push(child.to_string());
                    if by_module.contains_key(&(krate.clone(), m.clone())) {
                        (module.clone(), &parts[..])
                    } else {
                        continue;
                    }
                }
                _ => continue,
            };
            let mut full = base;
            full.extend(rest.iter().cloned());
            if let Some(target) = file_of(&krate, &full)
                && target != *f
            {
                deps.insert(target);
            }
        }
        for group in src.split("crate::{").skip(1) {
            for item in group.split('}').next().unwrap_or_default().split(',') {
                let parts = ident(item.trim());
                if let Some(target) = file_of(&krate, &parts)
                    && target != *f
                {
                    deps.insert(target);
                }
            }
        }
        // `mod child;` with `pub use child::…` is caught above; a plain declaration is not an
        // import
        graph.insert(f.clone(), deps);
    }
    graph
}

/// The layers of `src/`, from ARCHITECTURE.md's ```layers block: `N. name: a, b, c`.
fn declared_layers() -> BTreeMap<String, (usize, String)> {
    let arch = std::fs::read_to_string(repo().join("ARCHITECTURE.md")).unwrap();
    let block = arch
        .split("```layers\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("ARCHITECTURE.md declares the layers in a ```layers block");
    let mut out = BTreeMap::new();
    for (n, line) in block.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let (name, modules) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("a layer line is `N. name: modules`: {line}"));
        for m in modules.split(',') {
            let m = m.trim().to_string();
            assert!(
                out.insert(m.clone(), (n, name.trim().to_string()))
                    .is_none(),
                "{m} is declared in two layers"
            );
        }
    }
    out
}

#[test]
fn imports_follow_the_declared_layers() {
    let layers = declared_layers();
    let mut wrong = Vec::new();
    let mut undeclared = BTreeSet::new();
    for (file, deps) in import_graph() {
        if !file.starts_with("src") {
            continue;
        }
        let (_, module) = module_of(&file);
        let Some(top) = module.first() else { continue };
        let Some((own, own_name)) = layers.get(top) else {
            undeclared.insert(top.clone());
            continue;
        };
        for dep in deps {
            let (_, dm) = module_of(&dep);
            let Some(dtop) = dm.first() else { continue };
            match layers.get(dtop) {
                Some((theirs, their_name)) if theirs > own => wrong.push(format!(
                    "{} ({own_name}) imports {} ({their_name}), a later layer",
                    file.display(),
                    dep.display()
                )),
                Some(_) => {}
                None => {
                    undeclared.insert(dtop.clone());
                }
            }
        }
    }
    assert!(
        undeclared.is_empty(),
        "modules of src/ in no layer of ARCHITECTURE.md: {undeclared:?}"
    );
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

/// The import cycles of `graph`, each as `a → b → … → a`.
fn cycles(graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<String> {
    // depth-first search; an edge back into the path is a cycle
    fn visit(
        f: &PathBuf,
        graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        state: &mut BTreeMap<PathBuf, u8>,
        stack: &mut Vec<PathBuf>,
        cycles: &mut Vec<String>,
    ) {
        state.insert(f.clone(), 1);
        stack.push(f.clone());
        for d in graph.get(f).into_iter().flatten() {
            match state.get(d).copied().unwrap_or(0) {
                0 => visit(d, graph, state, stack, cycles),
                1 => {
                    let at = stack.iter().position(|s| s == d).unwrap_or(0);
                    let mut cycle: Vec<String> = stack[at..]
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect();
                    cycle.push(d.display().to_string());
                    cycles.push(cycle.join(" → "));
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(f.clone(), 2);
    }
    let mut state = BTreeMap::new();
    let mut found = Vec::new();
    for f in graph.keys() {
        if !state.contains_key(f) {
            visit(f, graph, &mut state, &mut Vec::new(), &mut found);
        }
    }
    found
}

#[test]
fn no_import_cycle_between_files() {
    let found = cycles(&import_graph());
    assert!(found.is_empty(), "import cycles:\n{}", found.join("\n"));
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let edge = |a: &str, b: &[&str]| (PathBuf::from(a), b.iter().map(PathBuf::from).collect());
    let graph: BTreeMap<PathBuf, BTreeSet<PathBuf>> = [
        edge("a.rs", &["b.rs"]),
        edge("b.rs", &["c.rs"]),
        edge("c.rs", &["a.rs"]),
        edge("d.rs", &["a.rs"]),
    ]
    .into_iter()
    .collect();
    assert_eq!(
        cycles(&graph),
        vec!["a.rs → b.rs → c.rs → a.rs".to_string()]
    );
}

#[test]
fn the_import_reader_sees_imports() {
    // the rules above are only as good as the reader: it must see each kind of import
    let graph = import_graph();
    let deps = |f: &str| graph.get(Path::new(f)).cloned().unwrap_or_default();
    assert!(
        deps("src/build.rs").contains(Path::new("src/pipeline.rs")),
        "crate:: path"
    );
    assert!(
        deps("src/render/html/page.rs").contains(Path::new("src/render/html/body.rs")),
        "super:: path"
    );
    assert!(
        deps("src/render/html/mod.rs").contains(Path::new("src/render/html/page.rs")),
        "a child through `pub use`"
    );
    assert!(
        deps("crates/pdf/src/block.rs").contains(Path::new("crates/pdf/src/table.rs")),
        "a path inside another crate"
    );
}

#[test]
fn the_library_never_prints_or_exits() {
    let mut found = Vec::new();
    for f in library_files() {
        for (n, line) in code(&f).lines().enumerate() {
            for bad in [
                "println!",
                "eprintln!",
                "print!",
                "eprint!",
                "process::exit",
                "#[global_allocator]",
            ] {
                if line.contains(bad) {
                    found.push(format!("{}: `{bad}` in {}", f.display(), line.trim()));
                }
            }
            let _ = n;
        }
    }
    assert!(
        found.is_empty(),
        "only src/main.rs prints, exits and installs the allocator:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_source_file_over_800_lines() {
    let mut long = Vec::new();
    for dir in ["src", "crates", "tests", "benches", "examples"] {
        for f in rust_files(Path::new(dir)) {
            let lines = std::fs::read_to_string(repo().join(&f))
                .unwrap()
                .lines()
                .count();
            if lines > 800 {
                long.push(format!("{}: {lines} lines", f.display()));
            }
        }
    }
    assert!(long.is_empty(), "split these files:\n{}", long.join("\n"));
}

#[test]
fn architecture_names_every_source_file() {
    let arch = std::fs::read_to_string(repo().join("ARCHITECTURE.md")).unwrap();
    let missing: Vec<String> = library_files()
        .into_iter()
        .chain([PathBuf::from("src/main.rs")])
        .map(|f| f.display().to_string())
        .filter(|f| !arch.contains(&format!("`{f}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md's code map does not name (as `path`):\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_pdf_engine_depends_on_the_core_crate_alone() {
    let ours = |manifest: &str| -> Vec<String> {
        std::fs::read_to_string(repo().join(manifest))
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
            .filter(|k| k.starts_with("whitepaper"))
            .collect()
    };
    assert_eq!(ours("crates/core/Cargo.toml"), Vec::<String>::new());
    assert_eq!(
        ours("crates/pdf/Cargo.toml"),
        vec!["whitepaper-core".to_string()]
    );
}

#[test]
fn the_readme_is_short_and_the_guide_is_a_book() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(
        lines <= 200,
        "README.md has {lines} lines: the guide lives in docs/"
    );
    let summary = std::fs::read_to_string(repo().join("docs/SUMMARY.md")).unwrap();
    for link in summary.split("](").skip(1) {
        let target = link.split(')').next().unwrap();
        assert!(
            repo().join("docs").join(target).is_file(),
            "docs/SUMMARY.md links to a missing page: {target}"
        );
    }
}
