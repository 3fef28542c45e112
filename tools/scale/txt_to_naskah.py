#!/usr/bin/env python3
"""Turn a signed regulation extracted line by line from its PDF (pdftotext and the like) into
naskah XML for tools/scale/findings.py: a sibling of md_to_naskah.py for the ministerial and
regional texts the PP/UU dump lacks.

    tools/scale/txt_to_naskah.py IN.md OUT.xml        # exit 3: not the expected shape, skipped

Inputs seen: github.com/mashanz/peraturan-perundang-undangan (permen/*: Peraturan Menteri of
Perhubungan, Keuangan, Pertahanan, Pertanian, and regional Peraturan Bupati/Wali Kota filed under
kemenkeu; a "**Source File:** … ---" preamble) and permenkeu/* of github.com/mblonyox/data-peraturan.
The PDF's lines are kept as they are: a paragraph runs over many lines, and the labels
"Menimbang"/"Mengingat" may come before their items (two-column extraction). So the text is
first cut into blocks (a block starts at a list mark, a Pasal, BAB, Bagian or Paragraf heading
or a label), the blocks are written in the one-block-a-line shape of md_to_naskah.py, and that
converter writes the XML. A line break inside a word with a hyphen ("perundang-\\nundangan")
is joined without a space. Running heads and footers ("- 2 -", "www.…", "2025, No. 12") are
dropped. The date of enactment falls back to 1 January of the title's year when the
extraction lost it. Texts that are not a regulation (indexes, catalogues, summaries written
in English, texts with no Menimbang) are skipped. Never point this at tests/corpus/.
"""
import re
from collections import deque
import sys

import md_to_naskah as md

MARK = re.compile(r"^(?:[a-z]\.|\d{1,3}\.|\(\d{1,3}\))(?:\s|$)")
LABEL = re.compile(r"^(Menimbang|Mengingat|Memperhatikan|MEMUTUSKAN|M\s*E\s*M\s*U\s*T\s*U\s*S\s*K\s*A\s*N|Menetapkan)\b\s*:?\s*(.*)$")
HEADING = re.compile(r"^(BAB\s+[IVXLC]+\b|Bagian\s+Ke\w+|Paragraf\s+\d+|Pasal\s+\d{1,4}[A-Z]?\s*$)")
NOISE = re.compile(r"^(-\s*\d+\s*-|\d{1,3}|www\.\S+|jdih\S*|\d{4},\s*No\.?\s*\d+.*|\\~|[^\w]{1,3})$", re.I)
MONTHS = md.MONTHS


def clean(raw):
    lines = raw.splitlines()
    if any(l.startswith("**Source File:**") for l in lines[:6]):
        # the mashanz preamble ends at its first "---"
        for i, l in enumerate(lines[:12]):
            if l.strip() == "---":
                lines = lines[i + 1:]
                break
    out = []
    for l in lines:
        l = re.sub(r"\s+", " ", l.replace("\f", " ")).strip()
        if not l or NOISE.match(l) or l.startswith(("#", "- **")):
            continue
        l = re.sub(r"^:\s*", "", l)  # the colon of a label set before its item
        out.append(l)
    return out


def head_of(lines):
    """The kind, number, year, title and official from the lines before Menimbang."""
    try:
        stop = next(i for i, l in enumerate(lines) if l.startswith("Menimbang"))
    except StopIteration:
        return None, None
    top = lines[:stop]
    joined = " ".join(top)
    kind = re.search(r"PERATURAN\s*(MENTER[I!]|BUPATI|WALI\s*KOTA|GUBERNUR|KEPALA|BADAN)", joined)
    if not kind:
        return None, None
    nomor = re.search(r"NOMOR\s*:?\s*(.+?)\s+TENTANG\s+(.+?)\s+DENGAN\s*RAHMAT", joined)
    if not nomor:
        return None, None
    number, about = nomor.group(1).strip(), nomor.group(2).strip()
    year = re.search(r"(?:TAHUN\s*|/)((?:19|20)\d\d)\b", number)
    if not year:
        return None, None
    official = re.search(r"MAHA\s*ESA\s*,?\s*(.+?)\s*,\s*$", joined)
    if not official:
        return None, None
    pejabat = md.title_case(official.group(1)).replace("Republik Indonesia", "Republik Indonesia")
    sebutan = "Peraturan " + re.sub(r"\s+Republik Indonesia$", "", pejabat)
    gaya = "kpu" if kind.group(1) in ("MENTERI", "MENTER!", "KEPALA", "BADAN") else "bupati"
    head = {"gaya": gaya, "kop": pejabat, "jenis": "Peraturan", "penerbit": pejabat,
            "sebutan": sebutan, "nomor": number, "tentang": md.title_case(about),
            "pejabat": pejabat, "nama": "Penandatangan"}
    return head, year.group(1)


def blocks_of(lines):
    """Cut the body into blocks, one a line, in md_to_naskah's shape."""
    start = next(i for i, l in enumerate(lines) if l.startswith("Menimbang"))
    blocks, queue, queued_open, fresh, drop = [], [], False, 0, 0
    todo = deque(lines[start:])
    while todo:
        l = todo.popleft()
        if drop:  # a Paragraf heading's title: the format nests Paragraf, the text does not say how
            drop -= 1
            continue
        if l.startswith("Paragraf ") and re.match(r"Paragraf\s+\d+$", l):
            drop = 1
            continue
        lab = LABEL.match(l)
        if lab:
            word = re.sub(r"\s", "", lab.group(1))
            word = "MEMUTUSKAN" if word.upper() == "MEMUTUSKAN" else word
            rest = lab.group(2)
            if word in ("Menetapkan",) or not rest:
                blocks.append(word + " :" + (" " + rest if rest else ""))
            else:  # "Menimbang a. bahwa …": the item is a line of its own
                blocks.append(word + " :")
                todo.appendleft(rest)
            queue, queued_open = [], False
            continue
        if HEADING.match(l) or l.startswith(("Ditetapkan di", "Diundangkan di", "Agar setiap orang")):
            blocks.append(l)
            # a Pasal's text and a Bagian's title start blocks of their own; a BAB's title joins it
            fresh = 1 if l.startswith("Pasal") else 2 if l.startswith("Bagian") else 0
            continue
        if fresh:
            fresh -= 1
            if not MARK.match(l):
                blocks.append(l)
                continue
        if re.fullmatch(r"[a-z]\.|\d{1,3}\.|\(\d{1,3}\)", l):
            # a mark on a line of its own; a two-column extraction may list several before their
            # items: each item then takes the next mark when the one before has ended (";", ":")
            queue.append(l)
            queued_open = False
            continue
        if queue and (not queued_open or re.search(r"(;|:|; dan|; atau|\.)$", blocks[-1])):
            blocks.append(queue.pop(0) + " " + l)
            queued_open = True
            continue
        if MARK.match(l):
            blocks.append(l)
            queue, queued_open = [], False
            continue
        if blocks:
            prev = blocks[-1]
            if prev.endswith("-") and l[:1].islower():
                blocks[-1] = prev + l
            else:
                blocks[-1] = prev + " " + l
        else:
            blocks.append(l)
    return blocks


def shape(blocks, year):
    """Reorder the prelude (labels may precede their items) and join the closing and the date."""
    menimbang = [b for b in blocks if re.match(r"^[a-z]\. bahwa\b", b)]
    first_body = next((i for i, b in enumerate(blocks) if b.startswith("Menetapkan")), None)
    if not menimbang or first_body is None:
        return None
    last_menimbang = max(i for i, b in enumerate(blocks[:first_body]) if re.match(r"^[a-z]\. bahwa\b", b))
    mengingat = [b for b in blocks[last_menimbang + 1:first_body] if re.match(r"^\d{1,3}\. ", b)]
    if not mengingat:
        return None
    out = ["(head)", "Menimbang :"] + menimbang + ["Mengingat :"] + mengingat + ["MEMUTUSKAN:"]
    body = blocks[first_body:]
    agar = next((i for i, b in enumerate(body) if re.search(r"Agar\s+setiap\s+orang", b)), None)
    if agar is None:
        return None
    cut = re.search(r"Agar\s+setiap\s+orang", body[agar]).start()
    if cut:  # the closing sentence ran on from the last Pasal's text
        body[agar:agar + 1] = [body[agar][:cut].strip(), "Agar setiap orang" + body[agar][cut:].split("orang", 1)[1]]
        agar += 1
    date = None
    tail = " ".join(body[agar:agar + 6])
    m = re.search(r"Ditetapkan di (\w+)\W+pada tanggal (\d{1,2}) (\w+) (\d{4})", tail)
    if m and m.group(3) in MONTHS:
        date = f"Ditetapkan di {m.group(1)} pada tanggal {m.group(2)} {m.group(3)} {m.group(4)}"
    else:
        place = re.search(r"Ditetapkan di (\w+)", tail)
        date = f"Ditetapkan di {place.group(1) if place else 'Jakarta'} pada tanggal 1 Januari {year}"
    closing = body[agar].split(" Ditetapkan di ")[0]
    out += body[:agar] + [closing + " " + date]
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = clean(f.read())
    head, year = head_of(lines)
    if head is None:
        sys.exit(3)
    shaped = shape(blocks_of(lines), year)
    xml = md.convert(shaped, head) if shaped else None
    if xml is None:
        sys.exit(3)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(xml)


if __name__ == "__main__":
    main()
