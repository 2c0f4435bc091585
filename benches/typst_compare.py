#!/usr/bin/env python3
"""Our whole build against typst compiling ONE PDF of the same Japanese whitepaper.

    python3 benches/typst_compare.py [--runs N] [--scales 1,10] [--keep DIR]

Needs `pip install typst==0.15.2` and a release build (`cargo build --release --examples`).
For each scale (1 = the shipped content; 10 = `examples/scale_content.rs` output), it builds
the project once, converts `out/ja/whitepaper.md` to typst markup (headings, paragraphs,
lists, tables, links, footnotes, bold; a contents page like ours; the same Noto Sans JP
fonts, system fonts ignored), then alternates N times: `whitepaper build` (all 12 files,
as a process) and `typst.compile` (one PDF, in process). It prints the medians, the time
ratio (targets: ≤ 0.5) and our Japanese whitepaper PDF's size against typst's (≤ 0.6).
`--gate-time 0.5` makes a 1x time ratio over 0.5 an error (exit 2), as CI runs it.
The machine is shared and noisy: only alternating medians are compared.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import typst

REPO = Path(__file__).resolve().parent.parent
BIN = REPO / "target" / "release" / "whitepaper"
EXAMPLE = REPO / "target" / "release" / "examples" / "scale_content"
FONTS = REPO / "assets" / "fonts"

SPECIAL = re.compile(r"([\\#*_$@<>\[\]`~=+/-])")


def esc(text):
    """Plain text for typst markup."""
    return SPECIAL.sub(r"\\\1", text)


def inline(text, notes):
    """Markdown inline → typst markup: links, autolinks, bold, <br>, footnote references."""
    out = []
    pos = 0
    pattern = re.compile(
        r"\[\^(?P<fn>[^\]]+)\]"
        r"|\[(?P<label>[^\]]*)\]\((?P<dest>[^)\s]*)\)"
        r"|<(?P<auto>https?://[^>]+)>"
        r"|\*\*(?P<bold>.+?)\*\*"
        r"|(?P<br><br\s*/?>)"
        r"|<a id=\"[^\"]*\"></a>"
        r"|\\(?P<escaped>.)"
    )
    for m in pattern.finditer(text):
        out.append(esc(text[pos : m.start()]))
        pos = m.end()
        if m.group("fn"):
            out.append("#footnote[" + inline(notes.get(m.group("fn"), ""), notes) + "]")
        elif m.group("dest") is not None:
            dest, label = m.group("dest"), inline(m.group("label"), notes)
            if dest.startswith("#"):
                out.append(f"#link(<{dest[1:]}>)[{label}]")
            else:
                out.append(f'#link("{dest}")[{label}]')
        elif m.group("auto"):
            url = m.group("auto")
            out.append(f'#link("{url}")[{esc(url)}]')
        elif m.group("bold"):
            out.append("*" + inline(m.group("bold"), notes) + "*")
        elif m.group("br"):
            out.append(" \\ ")
        elif m.group("escaped"):
            out.append(esc(m.group("escaped")))
    out.append(esc(text[pos:]))
    return "".join(out)


def cells(row):
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)]


def to_typst(md, title):
    lines = md.splitlines()
    notes = {}
    body = []
    for line in lines:
        m = re.match(r"^\[\^([^\]]+)\]:\s*(.*)$", line)
        if m:
            notes[m.group(1)] = m.group(2)
        else:
            body.append(line)
    out = [
        '#set page(paper: "a4", margin: (x: 20mm, y: 22mm), numbering: "1")',
        '#set text(font: "Noto Sans JP", size: 9.5pt, lang: "ja")',
        "#set par(justify: true)",
        f'#set document(title: "{title}")',
        "#show link: set text(fill: rgb(\"#1a56a8\"))",
        "#outline()",
        "#pagebreak()",
    ]
    i = 0
    while i < len(body):
        line = body[i]
        if not line.strip():
            out.append("")
            i += 1
            continue
        h = re.match(r"^(#{1,6})\s+(.*?)\s*(?:<a id=\"([^\"]+)\"></a>)?$", line)
        if h:
            label = f" <{h.group(3)}>" if h.group(3) else ""
            out.append("=" * len(h.group(1)) + " " + inline(h.group(2), notes) + label)
            i += 1
            continue
        if line.startswith("|") and i + 1 < len(body) and re.match(r"^\|[\s:|-]+\|?$", body[i + 1]):
            head = cells(line)
            rows = []
            i += 2
            while i < len(body) and body[i].startswith("|"):
                rows.append(cells(body[i]))
                i += 1
            parts = [f"[*{inline(c, notes)}*]" for c in head]
            for r in rows:
                r = (r + [""] * len(head))[: len(head)]
                parts += [f"[{inline(c, notes)}]" for c in r]
            out.append(f"#table(columns: {len(head)}, " + ", ".join(parts) + ")")
            continue
        li = re.match(r"^(\s*)([-*]|\d+\.)\s+(.*)$", line)
        if li:
            marker = "-" if li.group(2) in "-*" else "+"
            out.append(li.group(1) + marker + " " + inline(li.group(3), notes))
            i += 1
            continue
        if line.startswith(">"):
            quote = []
            while i < len(body) and body[i].startswith(">"):
                quote.append(inline(body[i].lstrip(">").strip(), notes))
                i += 1
            out.append("#quote(block: true)[" + " ".join(quote) + "]")
            continue
        para = []
        while i < len(body) and body[i].strip() and not re.match(r"^(#|\||\s*[-*]\s|\s*\d+\.\s|>)", body[i]):
            para.append(inline(body[i].strip(), notes))
            i += 1
        out.append(" ".join(para))
    return "\n".join(out) + "\n"


def ours(root, out):
    t = time.perf_counter()
    subprocess.run([str(BIN), "build", "--root", str(root), "--out", str(out)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def theirs(source):
    t = time.perf_counter()
    pdf = typst.compile(source, font_paths=[str(FONTS)], ignore_system_fonts=True)
    return time.perf_counter() - t, pdf


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--scales", default="1,10")
    ap.add_argument("--keep", help="keep the typst sources and PDFs in this folder")
    ap.add_argument("--gate-time", type=float, metavar="RATIO",
                    help="exit 2 when our time at 1x is over RATIO times typst's (the target: 0.5)")
    args = ap.parse_args()
    for tool in (BIN, EXAMPLE):
        if not tool.exists():
            sys.exit(f"{tool} is missing: run `cargo build --release --examples` first")
    work = Path(tempfile.mkdtemp(prefix="typst-compare-"))
    results = []
    try:
        for n in [int(s) for s in args.scales.split(",")]:
            root = REPO
            if n > 1:
                root = work / f"x{n}"
                subprocess.run([str(EXAMPLE), str(n), str(root)], check=True, stdout=subprocess.DEVNULL)
            out = work / f"out{n}"
            ours(root, out)
            md = (out / "ja" / "whitepaper.md").read_text(encoding="utf-8")
            title = md.splitlines()[0].lstrip("# ").strip()
            source = to_typst(md, title).encode()
            _, pdf = theirs(source)  # warm-up, and the PDF to compare sizes with
            if args.keep:
                keep = Path(args.keep)
                keep.mkdir(parents=True, exist_ok=True)
                (keep / f"whitepaper-ja-x{n}.typ").write_bytes(source)
                (keep / f"whitepaper-ja-x{n}.pdf").write_bytes(pdf)
            ours_t, typst_t = [], []
            for _ in range(args.runs):
                ours_t.append(ours(root, out))
                typst_t.append(theirs(source)[0])
            our_pdf = (out / "ja" / "whitepaper.pdf").stat().st_size
            results.append((n, statistics.median(ours_t), statistics.median(typst_t), our_pdf, len(pdf)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"typst {typst.__version__ if hasattr(typst, '__version__') else ''}; {args.runs} alternating runs; medians")
    print(f"{'content':<9}{'ours: 12 files':>16}{'typst: 1 PDF':>15}{'time ratio':>12}{'ja PDF ours':>14}{'typst':>12}{'size ratio':>12}")
    for n, o, t, ob, tb in results:
        print(f"{str(n) + 'x':<9}{o * 1000:>13.0f} ms{t * 1000:>12.0f} ms{o / t:>12.2f}{ob:>14,}{tb:>12,}{ob / tb:>12.2f}")
    # the size target holds on any machine: fail when it no longer does
    if any(ob / tb > 0.6 for _, _, _, ob, tb in results):
        sys.exit("our Japanese whitepaper PDF is over 0.6x the size of typst's")
    if args.gate_time is not None:
        slow = [(n, o / t) for n, o, t, _, _ in results if n == 1 and o / t > args.gate_time]
        if slow:
            print(f"our full build took {slow[0][1]:.2f}x typst's time at 1x (limit {args.gate_time})")
            sys.exit(2)


if __name__ == "__main__":
    main()
