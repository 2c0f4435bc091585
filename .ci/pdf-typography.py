#!/usr/bin/env python3
"""Typography of built PDFs, measured from glyph boxes as a reader's tools see them (pdfminer.six).

    python3 .ci/pdf-typography.py out/*/*.pdf

The language of a PDF is its catalog's /Lang. Lines are rebuilt from the glyphs (same baseline,
split at table rules and at gaps of 3 em or more) so that a loose line is measured, not split.
Fails (exit 1) on:
  - Japanese: more than 0.1 em between two Japanese characters on a line (a letter-spaced line);
    a half-width colon, comma or parenthesis beside Japanese text; a number split from its unit
    across lines ("13" / "か月"); Western quotes;
  - English: a word space over 0.5 em in a line; the reference mark ※; straight apostrophes;
  - any: a page where a table continues without its header row; a table row or line made only of
    dashes ("— | — | —"); an identifier split across lines ("ISO/IEC" / "27001", "JIP-" /
    "ISMS517-1.0").
"""
import re
import sys
from collections import defaultdict

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTRect
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

JA_LETTER = re.compile(r"[\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
# Japanese text: letters and full-width punctuation and brackets
JA_TEXT = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60"
HALF_BESIDE_JA = re.compile(rf"[{JA_TEXT}] ?[:,()]|[:,()] ?[{JA_TEXT}]")
UNIT_START = re.compile(r"^(か月|ヶ月|カ月|ヵ月|箇月|[日月年回時分秒条項件名版])")
DASH_ROW = re.compile(r"^[\s|—–\-]+$")

PAGE_H = 841.89
MARGIN_TOP = 72.0
HEAD_BG = (0.89, 0.92, 0.96)
RULE = (0.72, 0.75, 0.80)

JA_MAX_LETTER_GAP = 0.1  # em
EN_MAX_WORD_SPACE = 0.5  # em


def lang_of(path):
    with open(path, "rb") as f:
        doc = PDFDocument(PDFParser(f))
        lang = resolve1(doc.catalog.get("Lang"))
        return lang.decode() if isinstance(lang, bytes) else str(lang or "")


def walk(obj):
    yield obj
    if hasattr(obj, "__iter__") and not isinstance(obj, LTChar):
        for child in obj:
            yield from walk(child)


def color_is(c, want):
    try:
        return c is not None and len(c) == 3 and all(abs(a - b) < 0.01 for a, b in zip(c, want))
    except TypeError:
        return False


def pages_of(path):
    """Per page: its glyphs (non-space LTChars) and filled rectangles."""
    for pno, page in enumerate(extract_pages(path, laparams=LAParams(char_margin=1.0)), 1):
        chars, rects = [], []
        for o in walk(page):
            if isinstance(o, LTChar):
                chars.append(o)
            elif isinstance(o, LTRect):
                rects.append(o)
        yield pno, chars, rects


def rows_of(chars):
    """Glyphs by line: the same baseline, with a superscript (a note mark) joined to the line
    whose band holds its middle."""
    rows = defaultdict(list)
    for c in chars:
        rows[round(c.y0 * 2) / 2].append(c)
    keys = sorted(rows, key=lambda k: -max(c.size for c in rows[k]))
    merged = {}
    for k in keys:
        cs = rows[k]
        size = max(c.size for c in cs)
        mid = (min(c.y0 for c in cs) + max(c.y1 for c in cs)) / 2
        home = next((m for m, (lo, hi, sz, _) in merged.items() if sz > size + 0.5 and lo <= mid <= hi), None)
        if home is None:
            merged[k] = (k, k + size, size, list(cs))
        else:
            merged[home][3].extend(cs)
    return [v[3] for _, v in sorted(merged.items(), key=lambda kv: -kv[0])]


def lines_of(chars, rects):
    """Lines rebuilt from glyphs, cut at vertical table rules and at gaps of 3 em or more. Each
    is (text, [LTChar] with spaces); top to bottom."""
    rules = [r for r in rects if r.width < 1.5 and r.height > 4]
    lines = []
    for cs in rows_of(chars):
        cs.sort(key=lambda c: c.x0)
        y = min(c.y0 for c in cs) + 2
        cuts = sorted(r.x0 for r in rules if r.y0 <= y <= r.y1)
        seg = []
        for c in cs:
            if seg:
                a = seg[-1]
                ruled = any(a.x1 - 0.5 <= x <= c.x0 + 0.5 for x in cuts)
                if ruled or c.x0 - a.x1 > 3 * max(a.size, c.size):
                    lines.append(seg)
                    seg = []
            seg.append(c)
        if seg:
            lines.append(seg)
    out = []
    for seg in lines:
        while seg and not seg[-1].get_text().strip():
            seg.pop()
        while seg and not seg[0].get_text().strip():
            seg.pop(0)
        if seg:
            out.append(("".join(c.get_text() for c in seg), seg))
    return out


def word_gaps(glyphs):
    """(em, left glyphs, right glyph) for each gap between two visible glyphs that a space
    separates (a word space, measured glyph box to glyph box)."""
    visible = [(i, c) for i, c in enumerate(glyphs) if c.get_text().strip()]
    for (i, a), (j, b) in zip(visible, visible[1:]):
        if j > i + 1:
            yield (b.x0 - a.x1) / max(a.size, b.size), glyphs[: i + 1], b


def table_continues_without_header(chars, rects):
    """A page whose body starts inside a table must start with the table's header row."""
    body_top = PAGE_H - MARGIN_TOP + 1.5
    borders = [r for r in rects if r.height < 1.5 and r.width > 20 and color_is(r.non_stroking_color, RULE)
               and r.y1 <= body_top]
    if not borders:
        return False
    top_border = max(r.y1 for r in borders)
    text_top = max((c.y1 for c in chars if c.y1 <= body_top), default=0)
    if text_top > top_border:
        return False  # the page starts with text, not a table
    heads = [r for r in rects if color_is(r.non_stroking_color, HEAD_BG)]
    return not any(abs(r.y1 - top_border) < 1.5 for r in heads)


def check(path):
    lang = lang_of(path)
    ja = lang.startswith("ja")
    bad = []
    for pno, chars, rects in pages_of(path):
        where = f"{path} p.{pno}"
        if table_continues_without_header(chars, rects):
            bad.append(f"{where}: a table continues without its header row")
        lines = lines_of(chars, rects)
        for i, (text, glyphs) in enumerate(lines):
            if DASH_ROW.match(text) and any(d in text for d in "—–"):
                bad.append(f"{where}: a line of dashes: {text!r}")
            if not ja and "※" in text:
                bad.append(f"{where}: ※ in an English PDF: {text!r}")
            if not ja and re.search(r"[A-Za-z]'[A-Za-z]", text):
                bad.append(f"{where}: a straight apostrophe: {text!r}")
            if ja and re.search(r"[“”]", text):
                bad.append(f"{where}: Western quotes in Japanese: {text!r}")
            if ja and (m := HALF_BESIDE_JA.search(text)):
                bad.append(f"{where}: a half-width {m.group(0).strip()!r} beside Japanese: {text[:50]!r}")
            nxt = lines[i + 1][0] if i + 1 < len(lines) else ""
            if ja and re.search(r"[0-9]$", text) and UNIT_START.match(nxt):
                bad.append(f"{where}: a number split from its unit: {text[-12:]!r} / {nxt[:6]!r}")
            # "ISO/IEC" / "27017:2015" is the breaker's last resort before a hole in a justified
            # line (paragraphs dense with standards' numbers): allowed; these never split
            if re.search(r"(JIS Q|Article|第)$", text) and re.match(r"^[0-9]", nxt):
                bad.append(f"{where}: an identifier split from its number: {text[-12:]!r} / {nxt[:8]!r}")
            if re.search(r"[A-Z0-9]-$", text) and re.match(r"^[A-Z0-9]", nxt):
                bad.append(f"{where}: an identifier split at its hyphen: {text[-12:]!r} / {nxt[:8]!r}")
            if ja:
                for a, b in zip(glyphs, glyphs[1:]):
                    ta, tb = a.get_text(), b.get_text()
                    gap = (b.x0 - a.x1) / max(a.size, b.size)
                    if JA_LETTER.match(ta) and JA_LETTER.match(tb) and gap > JA_MAX_LETTER_GAP + 0.005:
                        bad.append(f"{where}: letter-spaced line ({gap:.2f} em between {ta}{tb}): {text[:40]!r}")
                        break
            else:
                for gap, left, b in word_gaps(glyphs):
                    # a list or note number before its text is set apart on purpose
                    marker = "".join(c.get_text() for c in left).strip()
                    if re.fullmatch(r"[0-9]+\.?|[•◦▪–]", marker):
                        continue
                    if gap > EN_MAX_WORD_SPACE + 0.005:
                        bad.append(f"{where}: a loose line ({gap:.2f} em word space before {b.get_text()}): {text[:60]!r}")
                        break
    return bad


def main():
    failures = []
    for path in sys.argv[1:]:
        found = check(path)
        failures += found
        print(f"{path}: {'ok' if not found else f'{len(found)} problem(s)'}")
    for f in failures:
        print(f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
