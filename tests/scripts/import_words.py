#!/usr/bin/python3
"""Every word of a Word document comes back in the PDF naskah renders from its import.

usage: import_words.py IN.docx OUT.pdf IMPORTED.xml

Words are taken from python-docx (body paragraphs and table cells, in order, and the page
headers, where a kop may be kept) and from `pdftotext`; both are case-folded (naskah prints titles and names in
capitals) and split at anything that is not a letter or digit. A line-end hyphenation in the
PDF is undone when the joined word is one of the document's. Words missing from the PDF must be
words the import listed as not placed (the comment block at the top of IMPORTED.xml, each
entry naming its Word paragraph); anything else missing fails the test.
"""
import collections
import re
import subprocess
import sys

from docx import Document

docx_path, pdf_path, xml_path = sys.argv[1:4]
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text):
    # "M E M U T U S K A N" is one word spaced out
    text = re.sub(r"\b(?:[^\W\d_] ){3,}[^\W\d_]\b", lambda m: m.group(0).replace(" ", ""), text)
    return [w.casefold() for w in WORD.findall(text)]


doc = Document(docx_path)
texts = []


def walk_table(t):
    seen, alive = set(), []  # the elements are kept alive so their ids stay theirs
    for row in t.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid slot it covers
                continue
            seen.add(id(cell._tc))
            alive.append(cell._tc)
            for p in cell.paragraphs:
                texts.append(p.text)
            for inner in cell.tables:
                walk_table(inner)


body = doc.element.body
from docx.table import Table
from docx.text.paragraph import Paragraph
for child in body.iterchildren():
    tag = child.tag.split("}")[1]
    if tag == "p":
        texts.append(Paragraph(child, doc).text)
    elif tag == "tbl":
        walk_table(Table(child, doc))
for section in doc.sections:  # a kop kept in the page header
    for p in section.header.paragraphs:
        texts.append(p.text)
source = collections.Counter(w for t in texts for w in words(t))
vocab = set(source)

pdf = subprocess.run(["pdftotext", "-layout", pdf_path, "-"], capture_output=True, text=True, check=True).stdout
# undo hyphenation at line ends: "pemba-\n   ngunan" -> "pembangunan" when that is a word of the source
def join(m):
    a, b = m.group(1), m.group(2)
    return a + b if (a + b).casefold() in vocab else a + "- " + b
pdf = re.sub(r"([^\W_]+)-\s*\n\s*([^\W_]+)", join, pdf)
rendered = collections.Counter(words(pdf))

xml = open(xml_path, encoding="utf-8").read()
notes = xml.split("-->")[0] if xml.lstrip().startswith("<?xml") and "<!--" in xml.split("<keputusan")[0] else ""
allowed = collections.Counter(words(notes))

missing = {w: n - rendered[w] for w, n in source.items() if rendered[w] < n}
unexplained = {w: k for w, k in missing.items() if allowed[w] < k}
print(f"{docx_path}: {sum(source.values())} words, {len(source)} distinct; "
      f"{sum(missing.values())} not in the PDF, all listed by the import" if not unexplained else
      f"{docx_path}: words missing from the PDF and not listed by the import: {unexplained}")
sys.exit(1 if unexplained else 0)
