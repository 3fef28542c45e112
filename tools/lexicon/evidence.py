#!/usr/bin/env python3
"""Candidates for data/ejaan/kata.txt from a body of legislation that is NOT the test corpus.

    tools/lexicon/evidence.py NASKAH [--min-docs N] [--chunk N] DIR...

Each DIR holds plain-text documents (one file a document: .txt or .md); a document's group is the
part of its file name before the first digit ("uu-2003-13.md" -> "uu", "permen-kemenhub-…" ->
"permen-kemenhub"), so a group is a kind or an issuer. Every word written in lower case in at least
N different documents (default 3: a word seen once is not evidence, signed texts have slips too) is
asked of naskah's own spelling check: the words are written into a throw-away decree
(`naskah check --json`), and the ones EJAAN reports as unknown or KATA-GABUNG would split are
printed, most documents first, as

    word <TAB> documents <TAB> groups <TAB> documents with it capitalised only <TAB> kind <TAB> groups

(kind: "unknown" to every list; "split", read as two words run together; "near", accepted by
Hunspell or the derived-form rule but one edit from another word of the throw-away decree).

Only words in lower case count: names and defined terms are capitalised, and a standard word is
written in lower case somewhere. Each candidate still needs a look by a reviewer (KBBI form?
slip? foreign? older spelling?) before it goes into kata.txt; the output is not a list to paste.

Never point this at tests/corpus/: the lexicon must generalise beyond the measured documents.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?:-[A-Za-z]+)*(?![A-Za-z0-9])")
TEMPLATE_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<keputusan gaya="kpu">
  <kepala>
    <kop><baris>Komisi Pemilihan Umum</baris><baris>Kabupaten Malang</baris></kop>
    <jenis>Keputusan</jenis>
    <penerbit>Komisi Pemilihan Umum Kabupaten Malang</penerbit>
    <nomor>3/HK.03.1/3507/2023</nomor>
    <tentang>Daftar Kata</tentang>
    <pejabat>Ketua Komisi Pemilihan Umum Kabupaten Malang</pejabat>
    <penetapan tempat="Kepanjen" tanggal="2023-02-01"/>
    <penandatangan nama="Anis Suhartini"/>
  </kepala>
  <menimbang><butir>bahwa perlu menetapkan Keputusan tentang Daftar Kata;</butir></menimbang>
  <mengingat><butir>Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 182, Tambahan Lembaran Negara Republik Indonesia Nomor 6109);</butir></mengingat>
  <memutuskan>
"""
TEMPLATE_TAIL = """    <diktum>Keputusan ini mulai berlaku pada tanggal ditetapkan.</diktum>
  </memutuskan>
</keputusan>
"""


def group_of(name):
    m = re.match(r"[^0-9]*", name)
    return m.group(0).strip("-_ ") or name


def unknown_words(naskah, words, chunk):
    """The words naskah's spelling check does not accept, each in a diktum of its own."""
    rejected = {}
    for start in range(0, len(words), chunk):
        part = words[start:start + chunk]
        with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False, encoding="utf-8") as f:
            f.write(TEMPLATE_HEAD)
            for w in part:
                f.write(f"    <diktum>kata {w} ini.</diktum>\n")
            f.write(TEMPLATE_TAIL)
            path = f.name
        try:
            out = subprocess.run([naskah, "check", "--json", path], capture_output=True, text=True).stdout
        finally:
            os.unlink(path)
        for line in out.splitlines():
            try:
                o = json.loads(line)
            except ValueError:
                continue
            if o.get("summary"):
                continue
            code, msg = o.get("code"), o.get("message", "")
            if code == "EJAAN" and "tidak ada dalam kamus" in msg or code == "KATA-GABUNG":
                m = re.search(r"«([^»]+)»", msg)
                if m:
                    # "near": Hunspell or the derived forms accept it, but it is one edit from
                    # another word of the throw-away decree (a decree writing both is asked why)
                    kind = "split" if code == "KATA-GABUNG" else "near" if "di tempat lain" in msg else "unknown"
                    rejected.setdefault(m.group(1).lower(), kind)
    return rejected


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("naskah")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--chunk", type=int, default=500)
    a = ap.parse_args()
    for d in a.dirs:
        if "tests/corpus" in os.path.abspath(d):
            sys.exit("evidence.py: the test corpus is not evidence for the lexicon")
    lower_docs = defaultdict(set)  # word -> documents writing it in lower case
    upper_docs = defaultdict(set)  # word -> documents writing it capitalised or in capitals
    group = {}
    for d in a.dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith((".txt", ".md")):
                continue
            doc = os.path.join(d, name)
            group[doc] = group_of(name)
            text = open(doc, encoding="utf-8", errors="replace").read()
            for w in set(WORD.findall(text)):
                lw = w.lower()
                (lower_docs if w == lw else upper_docs)[lw].add(doc)
    cands = sorted(w for w, ds in lower_docs.items() if len(ds) >= a.min_docs and len(w) >= 3)
    print(f"# {len(group)} documents, {len(lower_docs)} lower-case words, {len(cands)} in >= {a.min_docs} documents",
          file=sys.stderr)
    rejected = unknown_words(a.naskah, cands, a.chunk)
    rows = []
    for w, kind in rejected.items():
        ds = lower_docs.get(w, set())
        if len(ds) < a.min_docs:
            continue
        groups = sorted({group[d] for d in ds})
        only_upper = len(upper_docs.get(w, set()) - ds)
        rows.append((len(ds), w, len(groups), only_upper, kind, groups))
    rows.sort(key=lambda r: (-r[0], r[1]))
    for n, w, g, u, kind, groups in rows:
        print(f"{w}\t{n}\t{g}\t{u}\t{kind}\t{','.join(groups[:6])}")


if __name__ == "__main__":
    main()
