//! `cargo bench --bench pipeline`: the pipeline's stages and the whole build, on the shipped
//! content and on generated content 10× and 100× larger (`tests/support/scale.rs`).
//!
//! A plain harness (no extra crates): each case runs once to warm up, then N timed runs;
//! the table shows medians. Stages run one document at a time, on one core; the full build
//! is what `whitepaper build` does (12 documents and security.txt on all cores, then publishing).
//! `WHITEPAPER_BENCH_SCALES=1,10` picks the sizes (default `1,10,100`). The machine is
//! shared and noisy: compare medians and ratios, never single runs.

#[path = "../tests/support/scale.rs"]
mod scale;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use whitepaper::build::{self, BuildOptions};
use whitepaper::check::{self, CheckOptions};
use whitepaper::render;
use whitepaper_core::document::Document;

fn median(iterations: usize, mut f: impl FnMut() -> Duration) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..iterations).map(|_| f()).collect();
    times.sort();
    times[times.len() / 2]
}

fn timed(mut f: impl FnMut()) -> impl FnMut() -> Duration {
    move || {
        let t = Instant::now();
        f();
        t.elapsed()
    }
}

const STAGES: &[&str] = &[
    "check",
    "load (config, facts, messages, templates)",
    "templates (4 documents)",
    "Markdown (4 files)",
    "HTML (4 files)",
    "PDF fonts (once per process)",
    "PDF layout (4 documents)",
    "PDF font subsetting",
    "PDF write",
    "full build (13 files, all cores)",
];

fn measure(root: &Path, iterations: usize) -> (Vec<Duration>, usize) {
    let out = tempfile::tempdir().expect("temp dir");
    let mut row = Vec::new();
    row.push(median(
        iterations,
        timed(|| {
            let r = check::check(&CheckOptions {
                root: root.to_path_buf(),
                today: whitepaper_core::date::Date::new(2100, 1, 1).expect("a date"),
            })
            .expect("check runs");
            assert_eq!(r.errors(), 0, "{}: check must be clean", root.display());
        }),
    ));
    let tree = whitepaper::files::Tree::disk(root);
    let load =
        || whitepaper::pipeline::load(&tree).unwrap_or_else(|_| panic!("{} loads", root.display()));
    row.push(median(
        iterations,
        timed(|| {
            load();
        }),
    ));
    let loaded = load();
    let facts = whitepaper::template::facts_json(&loaded.facts.facts);
    let cfg = &loaded.project.config;
    let render_all = || -> Vec<Document> {
        cfg.editions
            .iter()
            .flat_map(|e| cfg.languages.iter().map(move |l| (e, l)))
            .map(|(e, l)| {
                whitepaper::pipeline::render_document(&loaded, &facts, e, l, None)
                    .expect("document renders")
            })
            .collect()
    };
    row.push(median(
        iterations,
        timed(|| {
            render_all();
        }),
    ));
    let docs = render_all();
    row.push(median(
        iterations,
        timed(|| {
            for d in &docs {
                std::hint::black_box(whitepaper::render::artifacts::markdown_file(d));
            }
        }),
    ));
    let theme = render::html_theme(&tree).expect("theme");
    row.push(median(
        iterations,
        timed(|| {
            for d in &docs {
                std::hint::black_box(render::html_bytes(d, &theme).expect("html"));
            }
        }),
    ));
    row.push(median(
        iterations,
        timed(|| {
            std::hint::black_box(render::pdf_fonts(&tree).expect("fonts"));
        }),
    ));
    let fonts = render::pdf_fonts(&tree).expect("fonts");
    let mut pdf = Vec::new();
    for d in &docs {
        let mut runs: Vec<whitepaper_pdf::Stages> = (0..=iterations)
            .map(|_| {
                whitepaper_pdf::render_with_stages(d, &fonts)
                    .expect("pdf")
                    .1
            })
            .skip(1)
            .collect();
        let mid = runs.len() / 2;
        let mut stage = |f: fn(&whitepaper_pdf::Stages) -> Duration| {
            runs.sort_by_key(f);
            f(&runs[mid])
        };
        pdf.push([stage(|s| s.layout), stage(|s| s.subset), stage(|s| s.write)]);
    }
    for k in 0..3 {
        row.push(pdf.iter().map(|p| p[k]).sum());
    }
    row.push(median(
        iterations,
        timed(|| {
            build::build(&BuildOptions {
                root: root.to_path_buf(),
                out: Some(out.path().join("out")),
                ..Default::default()
            })
            .unwrap_or_else(|_| panic!("{} builds", root.display()));
        }),
    ));
    // the heap at its fullest during one more full build (the counting allocator's peak)
    whitepaper::limits::reset_peak();
    build::build(&BuildOptions {
        root: root.to_path_buf(),
        out: Some(out.path().join("out")),
        ..Default::default()
    })
    .unwrap_or_else(|_| panic!("{} builds", root.display()));
    (row, whitepaper::limits::peak())
}

/// Counted like the binary's heap, for the peak-memory column.
#[global_allocator]
static ALLOCATOR: whitepaper::limits::Counting = whitepaper::limits::Counting;

fn main() {
    // `cargo bench` passes `--bench`; ignore arguments.
    let shipped = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scales: Vec<usize> = std::env::var("WHITEPAPER_BENCH_SCALES")
        .unwrap_or_else(|_| "1,10,100".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let work = tempfile::tempdir().expect("temp dir");
    let mut columns = Vec::new();
    for &n in &scales {
        let root = if n == 1 {
            shipped.clone()
        } else {
            let root = work.path().join(format!("x{n}"));
            let entries = scale::scale_project(&shipped, &root, n).expect("scaled content");
            eprintln!("{n}x: {entries} fact entries in {}", root.display());
            root
        };
        let iterations = match n {
            1 => 15,
            2..=20 => 5,
            _ => 3,
        };
        eprintln!("measuring {n}x ({iterations} runs per case)…");
        columns.push((n, measure(&root, iterations)));
    }
    print!("\n{:<42}", "median");
    for (n, _) in &columns {
        print!("{:>12}", format!("{n}x"));
    }
    if columns.len() > 1 {
        print!("{:>16}", "largest/1x");
    }
    println!();
    for (i, name) in STAGES.iter().enumerate() {
        print!("{name:<42}");
        for (_, (row, _)) in &columns {
            print!("{:>12}", format!("{:.1?}", row[i]));
        }
        if let (Some((1, (first, _))), Some((n, (last, _)))) = (columns.first(), columns.last())
            && *n > 1
        {
            let ratio = last[i].as_secs_f64() / first[i].as_secs_f64();
            print!("{:>16}", format!("{ratio:.1}x (of {n}x)"));
        }
        println!();
    }
    print!("{:<42}", "heap peak of the full build");
    for (_, (_, peak)) in &columns {
        print!("{:>12}", format!("{:.1} MB", *peak as f64 / 1e6));
    }
    println!();
    if let Some((1, (first, _))) = columns.first() {
        let check = first[0];
        println!(
            "\ncheck of the shipped content: {check:.1?} (target 20 ms: {})",
            if check <= Duration::from_millis(20) {
                "met"
            } else {
                "NOT MET"
            }
        );
    }
}
