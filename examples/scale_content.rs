//! Generate a project with N times the content of another, for measuring:
//! `cargo run --release --example scale_content -- 10 /tmp/x10 [FROM]` (FROM: the shipped
//! project by default). The generator is `tests/support/scale.rs`.

#[path = "../tests/support/scale.rs"]
mod scale;

use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(to)) = (
        args.first()
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n >= 1),
        args.get(1),
    ) else {
        eprintln!("usage: scale_content N TO [FROM]");
        std::process::exit(2);
    };
    let from = args
        .get(2)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    match scale::scale_project(&from, &PathBuf::from(to), n) {
        Ok(entries) => println!(
            "{to}: {n}x the content of {} ({entries} fact entries)",
            from.display()
        ),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
