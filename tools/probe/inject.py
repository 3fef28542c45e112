#!/usr/bin/env python3
"""Injection probe: types slips drafters typically make into clean sentences of decrees and
counts which ones `naskah check` reports (a rough measure of recall on slips nobody listed).

    /usr/bin/python3 tools/probe/inject.py NASKAH DECREE.xml... [--kind K] [--per-kind N] [--show]

For every kind of slip (KINDS below) and every decree, the slip is typed into the first text of
the decree where its pattern applies (never inside a tag, an attribute or a comment); the decree
is checked before and after, and the slip counts as caught when the check reports a finding
(code and message) it did not report before. Prints, per kind, how many decrees it was typed
into, how many caught, and by which codes; --show prints each miss's changed text.

Use it only on decrees that are not held out (tests/corpus/README.md), e.g. the training list
check_measure.py computes, and on samples/. The injected decrees are written to a temporary
directory and removed.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter


def sub_once(pattern, repl, flags=0):
    rx = re.compile(pattern, flags)

    def f(text, start):
        for m in rx.finditer(text, start):
            return m, m.expand(repl) if isinstance(repl, str) else repl(m)
        return None
    return f


# kind -> (description, finder). A finder takes (text, start) and returns (match, replacement).
KINDS = {
    "kata-ganda": ("a doubled word «yang yang»", sub_once(r"\b(yang|dan|untuk|dengan|dalam) ", r"\1 \1 ")),
    "koma-tanpa-spasi": ("no space after a comma", sub_once(r"([a-z]{3}), ([a-z]{3})", r"\1,\2")),
    "titik-tanpa-spasi": ("no space after a full stop inside a paragraph", sub_once(r"([a-z]{3})\. ([A-Z][a-z]{2})", r"\1.\2")),
    "spasi-sebelum-koma": ("a space before a comma", sub_once(r"([a-z]{3}), ", r"\1 , ")),
    "spasi-sebelum-titik-koma": ("a space before «;»", sub_once(r"([a-z)]{2});", r"\1 ;")),
    "menimbang-tanpa-bahwa": ("a Menimbang item without «bahwa»",
                              sub_once(r"(<menimbang>\s*<butir>)bahwa ([a-z])", r"\1\2")),
    "mengingat-tanpa-nomor": ("a law cited without «Nomor»", sub_once(r"(Undang-Undang) Nomor (\d+ Tahun)", r"\1 \2")),
    "tanggal-31-juni": ("a date the month lacks «31 Juni»", sub_once(r"\b\d{1,2} (Juni|September|April|November) (\d{4})", r"31 \1 \2")),
    "tanggal-30-februari": ("«30 Februari»", sub_once(r"\b\d{1,2} (Januari|Maret|Mei|Juli|Agustus|Oktober|Desember) (\d{4})", r"30 Februari \2")),
    "ayat-tanpa-kurung": ("«Pasal 5 ayat 2» without brackets", sub_once(r"(Pasal \d+ ayat) \((\d+)\)", r"\1 \2")),
    "di-tetapkan": ("«di tetapkan»", sub_once(r"\bditetapkan\b", "di tetapkan")),
    "di-maksud": ("«di maksud»", sub_once(r"\bdimaksud\b", "di maksud")),
    "dimana": ("«dimana» for «di mana»", sub_once(r"\byang ([a-z]+) ([a-z]+)", r"dimana \1 \2")),
    "diatas": ("«diatas» for «di atas»", sub_once(r"\bdi (atas|bawah|dalam|luar)\b", r"di\1")),
    "dan-hilang": ("an item before the last ending «;» with «dan» missing",
                   sub_once(r";\s*dan(</butir>)", r";\1")),
    "kab-singkat": ("«Kab.» beside «Kabupaten» in one decree", sub_once(r"(?<=[a-z] )Kabupaten ([A-Z][a-z]+)", r"Kab. \1")),
    "mengingat-titik": ("a Mengingat item ending «.»", sub_once(r"(<mengingat>\s*<butir>[^<]*?);(</butir>)", r"\1.\2")),
    "menimbang-koma": ("a Menimbang item ending «,»", sub_once(r"(<menimbang>\s*<butir>[^<]*?);(</butir>)", r"\1,\2")),
    "diktum-tanpa-titik": ("a diktum without its final stop", sub_once(r"(<diktum[^>]*>[^<]{20,}?)\.(</diktum>)", r"\1\2")),
    "spasi-ganda": ("a double space", sub_once(r"([a-z]{3}) ([a-z]{3})", r"\1  \2")),
    "undang-undang-kecil": ("«Undang-undang»", sub_once(r"Undang-Undang Nomor", "Undang-undang Nomor")),
    "ln-singkat": ("«Lembaran Negara RI»", sub_once(r"Lembaran Negara Republik Indonesia Tahun", "Lembaran Negara RI Tahun")),
    "ln-nomor-tahun": ("the gazette's number before its year", sub_once(r"(Lembaran Negara Republik Indonesia) Tahun (\d{4}) Nomor (\d+)", r"\1 Nomor \3 Tahun \2")),
    "ln-tanpa-tahun": ("the gazette's year left out", sub_once(r"(Lembaran Negara Republik Indonesia) Tahun \d{4} (Nomor \d+, Tambahan)", r"\1 \2")),
    "ln-tanpa-negara": ("«Lembaran Republik Indonesia»", sub_once(r"\(Lembaran Negara Republik", "(Lembaran Republik")),
    "kurung-hilang": ("a gazette bracket not closed", sub_once(r"(\(Lembaran Negara[^()<]*?Nomor \d+)\)", r"\1")),
    "kurung-buka-hilang": ("a gazette bracket not opened", sub_once(r"\((Lembaran Negara[^()<]*?\))", r"\1")),
    "salah-ketik-kegiatan": ("«kegiataan»", sub_once(r"\bkegiatan\b", "kegiataan")),
    "salah-ketik-pelaksanaan": ("«pelaksaan»", sub_once(r"\bpelaksanaan\b", "pelaksaan")),
    "salah-ketik-terhadap": ("«terhdap»", sub_once(r"\bterhadap\b", "terhdap")),
    "salah-ketik-pemerintah": ("«pemerintahh»", sub_once(r"\bpemerintah\b", "pemerintahh")),
    "tidak-baku-praktek": ("«praktek»", sub_once(r"\bpraktik\b", "praktek")),
    "tidak-baku-analisa": ("«analisa»", sub_once(r"\banalisis\b", "analisa")),
    "tidak-baku-resiko": ("«resiko»", sub_once(r"\brisiko\b", "resiko")),
    "tidak-baku-sistim": ("«sistim»", sub_once(r"\bsistem\b", "sistim")),
    "kapital-tengah": ("a common noun capitalised mid-sentence", sub_once(r"(?<=[a-z] )(pelaksanaan|kegiatan|penyelenggaraan|pembentukan|pengelolaan)\b",
                                                                       lambda m: m.group(1).capitalize())),
    "judul-kecil": ("a cited title in lower case", sub_once(r"(Nomor \d+ Tahun \d{4} tentang )([A-Z][a-z]+) ([A-Z][a-z]+)",
                                                            lambda m: m.group(1) + m.group(2).lower() + " " + m.group(3).lower())),
    "nomor-titik-dua": ("«Nomor:» in a citation", sub_once(r"(Peraturan [A-Z][a-z]+(?: [A-Z][a-z]+)*) Nomor (\d)", r"\1 Nomor: \2")),
    "nomor-menyatu": ("«Nomor182»", sub_once(r"(Tahun \d{4}) Nomor (\d+)", r"\1 Nomor\2")),
    "didalam": ("«didalam»", sub_once(r"\bdi dalam\b", "didalam")),
    "tersebut-diatas": ("«tersebut diatas»", sub_once(r"\btersebut\b(?! di)", "tersebut diatas")),
    "ulang-tanpa-hubung": ("«masing masing»", sub_once(r"\b([a-z]+)-\1\b", r"\1 \1")),
    "ulang-angka": ("«masing2»", sub_once(r"\b([a-z]+)-\1\b", r"\g<1>2")),
    "dan-atau": ("«dan atau» for «dan/atau»", sub_once(r"\bdan/atau\b", "dan atau")),
    "pasal-kecil": ("«pasal 5» in a reference", sub_once(r"(?<=[a-z] )Pasal (\d+)", r"pasal \1")),
    "rp-titik": ("«Rp. 5.000»", sub_once(r"\bRp(\d)", r"Rp. \1")),
    "bilangan-kurung": ("figures and words in brackets disagree", sub_once(r"\b(\d) \((satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\)",
                                                                          lambda m: m.group(1) + " (" + ("dua" if m.group(2) != "dua" else "tiga") + ")")),
    "huruf-rujukan": ("«huruf f» referring to no Menimbang item", sub_once(r"(dimaksud dalam huruf) a\b", r"\1 f")),
    "diktum-rujukan": ("«Diktum KEDELAPAN» referring to no diktum", sub_once(r"\bDiktum (KESATU|KEDUA|KETIGA|PERTAMA)\b", "Diktum KEDELAPAN")),
    "sebagaimana-dimaksud-pada": ("«sebagaimana dimaksud pada Pasal»", sub_once(r"sebagaimana dimaksud dalam (Pasal|Diktum)", r"sebagaimana dimaksud pada \1")),
    "tentang-hilang": ("a Mengingat citation without «tentang»", sub_once(r"(<mengingat>\s*<butir>[^<]*?Tahun \d{4}) tentang", r"\1")),
    "tahun-salah-ketik": ("a year with five figures", sub_once(r"Tahun (\d{4})\b", r"Tahun 2\1")),
    "ke-spasi": ("«ke 2» for «ke-2»", sub_once(r"\bke-(\d)", r"ke \1")),
    "titik-koma-ganda": ("«;;»", sub_once(r";(</butir>)", r";;\1")),
    "titik-ganda": ("«..» at the end of a diktum", sub_once(r"\.(</diktum>)", r"..\1")),
    "kutip-tak-tutup": ("an opening quote not closed", sub_once(r"“([^”<]+)”", r"“\1")),
    "menteri-kecil": ("«menteri dalam negeri»", sub_once(r"Menteri Dalam Negeri", "menteri dalam negeri")),
    "keputusan-ini-kecil": ("«keputusan ini» mid-sentence", sub_once(r"(?<=[a-z] )Keputusan ini\b", "keputusan ini")),
    "koma-sebelum-kurung": ("a comma between a title and its gazette bracket", sub_once(r"([a-z]) \((Lembaran Negara)", r"\1, (\2")),
    "ttd-spasi-nip": ("«dan,» a comma after a conjunction", sub_once(r"\bdan ([a-z]{4,})", r"dan, \1")),
    # session 19 (h28recall): kinds the training decrees' `.expected` lists hold often
    "spasi-sebelum-titik-dua": ("a space before the colon of a lead-in «mempunyai tugas :»",
                                sub_once(r"\b(tugas|fungsi|meliputi|atas|berikut|sebagai berikut):", r"\1 :")),
    "spasi-sesudah-garis-miring": ("a space after «/» between words «Bupati/ Wali Kota»",
                                   sub_once(r"\b([A-Za-z]{3,})/([A-Za-z]{3,})\b", r"\1/ \2")),
    "koma-seri": ("the serial comma left out «a, b dan c»", sub_once(r"\b([a-z]{4,}), ([a-z]{4,}), dan ([a-z]{4,})\b", r"\1, \2 dan \3")),
    "judul-kata-depan-kapital": ("a function word capitalised inside a cited title «Pedoman Bagi»",
                                 sub_once(r"(Tahun \d{4} tentang [A-Z][^<;]*?) (dalam|bagi|atas|antara|terhadap|untuk) ",
                                          lambda m: m.group(1) + " " + m.group(2).capitalize() + " ")),
    "tanggal-nol": ("a day written with a leading zero «04 November 2025»",
                    sub_once(r"\b([1-9]) (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) (\d{4})",
                             r"0\1 \2 \3")),
    "gelar-tanpa-koma": ("no comma between a name and its degree «Anis S.H.»", sub_once(r"([A-Za-z]{3,}), (S\.[A-Z][A-Za-z]*\.)", r"\1 \2")),
    "di-kata-kerja": ("the prefix «di-» written apart «di laksanakan»", sub_once(r"\bdi(laksanakan|bebankan|sampaikan|tetapkan|berikan)\b", r"di \1")),
    "kepada-kapital": ("a preposition capitalised mid-sentence «Kepada»", sub_once(r"(?<=[a-z] )(kepada|dengan|sebagai) (?=[a-z])",
                                                                              lambda m: m.group(1).capitalize() + " ")),
}


def findings(naskah, path):
    p = subprocess.run([naskah, "check", "--json", path], capture_output=True, text=True)
    out = Counter()
    for line in p.stdout.splitlines():
        try:
            o = json.loads(line)
        except ValueError:
            continue
        if o.get("summary") or "code" not in o:
            continue
        out[(o["code"], o.get("message", ""))] += o.get("count", 1)
    return out


def text_spans(xml):
    """Start and end of every stretch of text outside tags and comments (not attribute values)."""
    spans, i = [], 0
    while i < len(xml):
        if xml.startswith("<!--", i):
            j = xml.find("-->", i)
            i = len(xml) if j < 0 else j + 3
        elif xml[i] == "<":
            j = xml.find(">", i)
            i = len(xml) if j < 0 else j + 1
        else:
            j = xml.find("<", i)
            j = len(xml) if j < 0 else j
            spans.append((i, j))
            i = j
    return spans


def inject(xml, finder):
    spans = text_spans(xml)
    body = xml.find("<kepala>")
    start = max(body, 0)
    while True:
        r = finder(xml, start)
        if not r:
            return None
        m, repl = r
        # the changed characters (outside the tags the pattern names) must lie in text
        tags = [g for g in re.finditer(r"<[^>]*>", m.group(0))]
        inner = [(m.start() + a, m.start() + b) for a, b in _gaps(len(m.group(0)), tags)]
        if all(any(s <= a and b <= e for s, e in spans) for a, b in inner if a < b):
            line = xml.count("\n", 0, m.start()) + 1
            return xml[:m.start()] + repl + xml[m.end():], line, m.group(0), repl
        start = m.start() + 1


def _gaps(n, tags):
    out, pos = [], 0
    for t in tags:
        out.append((pos, t.start()))
        pos = t.end()
    out.append((pos, n))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("naskah")
    ap.add_argument("xml", nargs="+")
    ap.add_argument("--kind", action="append")
    ap.add_argument("--per-kind", type=int, default=12)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    kinds = args.kind or list(KINDS)
    before = {}
    totals = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            desc, finder = KINDS[kind]
            tried = caught = 0
            codes = Counter()
            misses = []
            for path in args.xml:
                if tried >= args.per_kind:
                    break
                xml = open(path, encoding="utf-8").read()
                r = inject(xml, finder)
                if not r:
                    continue
                new, line, old, repl = r
                if path not in before:
                    before[path] = findings(args.naskah, path)
                out = os.path.join(tmp, os.path.basename(path))
                with open(out, "w", encoding="utf-8") as f:
                    f.write(new)
                after = findings(args.naskah, out)
                added = [k for k in after if after[k] > before[path].get(k, 0)]
                tried += 1
                if added:
                    caught += 1
                    codes.update({k[0] for k in added})
                else:
                    misses.append(f"{os.path.basename(path)}:{line}: «{old[:60]}» -> «{repl[:60]}»")
            totals.append((kind, desc, tried, caught, codes, misses))
            print(f"{kind:28} {caught:2}/{tried:2}  {desc}  {dict(codes.most_common(3)) if codes else ''}", flush=True)
            if args.show:
                for m in misses:
                    print("    miss", m)
    kinds_missed = [t[0] for t in totals if t[2] and t[3] < t[2]]
    applied = [t for t in totals if t[2]]
    print(f"kinds typed: {len(applied)}; all caught: {sum(1 for t in applied if t[3] == t[2])}; "
          f"slips caught {sum(t[3] for t in applied)} / {sum(t[2] for t in applied)}; kinds with misses: {' '.join(kinds_missed)}")


if __name__ == "__main__":
    sys.exit(main())
