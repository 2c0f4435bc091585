#!/usr/bin/env python3
"""Typography of built PDFs, read back as a reader's tools see them (pdfminer.six glyph boxes).

    python3 .ci/pdf-typography.py out/*/*.pdf

The language of a PDF is its catalog's /Lang. Fails (exit 1) on:
  - Japanese: a number split from its unit across lines ("13" / "か月"), a line whose gap
    between two Japanese letters exceeds a quarter em (a letter-spaced line), Western quotes;
  - English: the reference mark ※ (notes are superscript numerals), straight apostrophes;
  - any: a table row or line made only of dashes ("— | — | —"), an identifier split across
    lines ("ISO/IEC" / "27001", "JIP-" / "ISMS517-1.0").
"""
import re
import sys

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

JA_LETTER = re.compile(r"[\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
UNIT_START = re.compile(r"^(か月|ヶ月|カ月|ヵ月|箇月|[日月年回時分秒条項件名版])")
DASH_ROW = re.compile(r"^[\s|—–\-]+$")


def lang_of(path):
    with open(path, "rb") as f:
        doc = PDFDocument(PDFParser(f))
        lang = resolve1(doc.catalog.get("Lang"))
        return lang.decode() if isinstance(lang, bytes) else str(lang or "")


def lines_of(path):
    """Per page, the text lines in reading order, each as (text, [LTChar])."""
    for pno, page in enumerate(extract_pages(path, laparams=LAParams(char_margin=1.0)), 1):
        for box in page:
            if not isinstance(box, LTTextBox):
                continue
            lines = []
            for line in box:
                if isinstance(line, LTTextLine):
                    chars = [c for c in line if isinstance(c, LTChar)]
                    lines.append((line.get_text().rstrip("\n"), chars))
            yield pno, lines


def check(path):
    lang = lang_of(path)
    ja = lang.startswith("ja")
    bad = []
    for pno, lines in lines_of(path):
        for i, (text, chars) in enumerate(lines):
            where = f"{path} p.{pno}"
            if text.strip() and DASH_ROW.match(text) and any(d in text for d in "—–"):
                bad.append(f"{where}: a line of dashes: {text!r}")
            if not ja and "※" in text:
                bad.append(f"{where}: ※ in an English PDF: {text!r}")
            if not ja and re.search(r"[A-Za-z]'[A-Za-z]", text):
                bad.append(f"{where}: a straight apostrophe: {text!r}")
            if ja and re.search(r"[“”]", text):
                bad.append(f"{where}: Western quotes in Japanese: {text!r}")
            nxt = lines[i + 1][0] if i + 1 < len(lines) else ""
            if ja and re.search(r"[0-9]$", text) and UNIT_START.match(nxt):
                bad.append(f"{where}: a number split from its unit: {text[-12:]!r} / {nxt[:6]!r}")
            if re.search(r"(ISO/IEC|JIS Q|Article|第)$", text.rstrip()) and re.match(r"^\s*[0-9]", nxt):
                bad.append(f"{where}: an identifier split from its number: {text[-12:]!r} / {nxt[:8]!r}")
            if re.search(r"[A-Z0-9]-$", text) and re.match(r"^[A-Z0-9]", nxt):
                bad.append(f"{where}: an identifier split at its hyphen: {text[-12:]!r} / {nxt[:8]!r}")
            if ja:
                for a, b in zip(chars, chars[1:]):
                    ta, tb = a.get_text(), b.get_text()
                    if not (JA_LETTER.match(ta) and JA_LETTER.match(tb)):
                        continue
                    size = max(a.size, b.size)
                    gap = b.x0 - a.x1
                    if gap > 0.25 * size + 0.05:
                        bad.append(f"{where}: letter-spaced line ({gap / size:.2f} em between {ta}{tb}): {text[:40]!r}")
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
