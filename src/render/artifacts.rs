//! Documents → artifacts: each document in each format, rendered on all cores, in memory
//! until the whole build has succeeded (the `.md` edition is written here; HTML and PDF by
//! their renderers).

use std::path::PathBuf;

use crate::config::Format;
use crate::diag::Diagnostic;
use crate::pipeline::Loaded;
use whitepaper_core::document::Document;
use whitepaper_core::pool::on_all_cores;

/// One output file, in memory until the whole build has succeeded.
#[derive(Debug, Clone)]
pub struct Artifact {
    /// Path relative to the output folder: `<lang>/<edition>.<ext>`,
    /// `.well-known/security.txt`.
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// The `.md` edition: the document, opened by its title, version and date (the HTML and PDF
/// show them on their cover and header instead).
pub fn markdown_file(doc: &Document) -> String {
    let m = &doc.meta;
    let mut head = format!(
        "# {}\n\n{}",
        crate::markdown::escape(&m.title),
        m.version_label
    );
    if !m.date.is_empty() {
        head.push_str(&format!(" · {} {}", m.date_label, m.date));
    }
    format!("{head}\n\n{}", crate::markdown::for_readers(&doc.markdown))
}

/// Render each document in each format.
///
/// `theme`: the HTML theme, read by the caller when the formats include HTML.
/// `early_fonts`: the PDF fonts, being parsed since the build began; read here when it is
/// `None`.
pub fn render_artifacts(
    loaded: &Loaded,
    docs: &[Document],
    formats: &[Format],
    theme: Option<super::html::Theme>,
    early_fonts: Option<std::thread::JoinHandle<Result<whitepaper_pdf::Fonts, Diagnostic>>>,
) -> Result<Vec<Artifact>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    let fonts = if formats.contains(&Format::Pdf) {
        let fonts = match early_fonts {
            Some(thread) => thread.join().unwrap_or_else(|_| {
                Err(Diagnostic::error("pdf", "fonts", "the font loader stopped"))
            }),
            None => super::pdf_fonts(&loaded.project.tree),
        };
        match fonts {
            Ok(f) => Some(f),
            Err(d) => return Err(vec![d]),
        }
    } else {
        None
    };
    if let Some(fonts) = &fonts {
        let mut langs: Vec<String> = docs.iter().map(|d| d.lang.clone()).collect();
        langs.sort();
        langs.dedup();
        let missing = super::glyphs::glyphs(&loaded.facts.texts, &langs, |c| fonts.prints(c));
        if !missing.is_empty() {
            return Err(missing);
        }
    }
    // Every artifact is independent: render them on all cores, then collect them in order
    // (so the output, and which of two equal errors is reported, never depends on timing).
    let jobs: Vec<(&Document, Format)> = docs
        .iter()
        .flat_map(|d| formats.iter().map(move |&f| (d, f)))
        .collect();
    let render_one = |(doc, format): (&Document, Format)| {
        let path = PathBuf::from(&doc.lang).join(format!("{}.{}", doc.edition, format.extension()));
        crate::limits::stage(path.display().to_string());
        let bytes = match format {
            Format::Md => Ok(markdown_file(doc).into_bytes()),
            Format::Html => super::html_bytes(doc, theme.as_ref().expect("theme loaded for html")),
            Format::Pdf => {
                let bytes = super::pdf_bytes(doc, fonts.as_ref().expect("fonts loaded for pdf"));
                crate::limits::release_free();
                bytes
            }
        };
        bytes.map(|bytes| Artifact { path, bytes })
    };
    // The slowest jobs (PDFs) first, so no core idles at the end; among them the longest
    // document, then the shortest, the second longest, …: the end of a long one (writing,
    // its heap at its fullest) meets the start of the next (layout), not the end of another
    // long one, and the cores still finish together.
    let mut pdfs: Vec<usize> = (0..jobs.len())
        .filter(|&i| jobs[i].1 == Format::Pdf)
        .collect();
    pdfs.sort_by_key(|&i| std::cmp::Reverse(jobs[i].0.markdown.len()));
    let mut order = Vec::with_capacity(jobs.len());
    let (mut lo, mut hi) = (0, pdfs.len());
    while lo < hi {
        order.push(pdfs[lo]);
        lo += 1;
        if lo < hi {
            hi -= 1;
            order.push(pdfs[hi]);
        }
    }
    order.extend((0..jobs.len()).filter(|&i| jobs[i].1 != Format::Pdf));
    let results = on_all_cores(&jobs, &order, |&j| render_one(j));
    for r in results {
        match r {
            Ok(a) => out.push(a),
            Err(d) if !diags.contains(&d) => diags.push(d),
            Err(_) => {} // the same problem in another language
        }
    }
    if diags.is_empty() {
        Ok(out)
    } else {
        Err(diags)
    }
}
