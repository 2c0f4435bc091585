//! `cargo bench --bench pipeline`: medians of the stages on the shipped content.
//! A plain harness (no extra crates): each case runs a warm-up, then N timed iterations, and
//! prints min / median / max. The machine is shared and noisy: compare medians and ratios.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use whitepaper::build::{self, BuildOptions};
use whitepaper::check::{self, CheckOptions};
use whitepaper::config::Format;

fn bench(name: &str, iterations: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..iterations)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "{name:<28} n={iterations:<3} min {:>9.2?}  median {:>9.2?}  max {:>9.2?}",
        times[0],
        median,
        times[times.len() - 1]
    );
    median
}

fn main() {
    // `cargo bench` passes `--bench`; ignore arguments.
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().expect("temp dir");
    let opts = |formats: Vec<Format>| BuildOptions {
        root: root.clone(),
        out: Some(out.path().to_path_buf()),
        formats,
        ..Default::default()
    };
    let today = (2100, 1, 1);
    let check_median = bench("check (shipped content)", 30, || {
        let r = check::check(&CheckOptions {
            root: root.clone(),
            today,
        })
        .expect("check runs");
        assert_eq!(r.errors(), 0, "the shipped content must check clean");
    });
    bench("load (facts+l10n+templates)", 30, || {
        build::load(&root)
            .map(|_| ())
            .unwrap_or_else(|_| panic!("shipped content loads"));
    });
    let md = bench("build md (4 documents)", 30, || {
        build::build(&opts(vec![Format::Md]))
            .map(|_| ())
            .unwrap_or_else(|_| panic!("build md"));
    });
    let html = bench("build md+html", 20, || {
        build::build(&opts(vec![Format::Md, Format::Html]))
            .map(|_| ())
            .unwrap_or_else(|_| panic!("build html"));
    });
    let all = bench("build md+html+pdf", 10, || {
        build::build(&opts(vec![Format::Md, Format::Html, Format::Pdf]))
            .map(|_| ())
            .unwrap_or_else(|_| panic!("build pdf"));
    });
    println!(
        "ratios: html/md {:.1}x, all/md {:.1}x; check budget 100 ms: {}",
        html.as_secs_f64() / md.as_secs_f64(),
        all.as_secs_f64() / md.as_secs_f64(),
        if check_median < Duration::from_millis(100) {
            "met"
        } else {
            "NOT MET"
        }
    );
}
