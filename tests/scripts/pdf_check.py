#!/usr/bin/python3
"""Checks naskah's real output with real tools.

  pdf_check.py words SAMPLE.xml OUT.pdf      every word of the input comes back from pdftotext, in order
  pdf_check.py dump SAMPLE.xml LAYOUT.json   geometry invariants of the layout dump
  pdf_check.py fonts OUT.pdf                 pdffonts: every font embedded, subset, with ToUnicode

Expected words come from the sample itself (its text nodes, in document order), not from a
transcript. Exit status 0 when the check holds; the reason is printed otherwise.
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

# Text the layout generates around the input's words (labels, markers, numbers, headers).
SKIP_LIMIT = 160


def norm(word):
    word = word.replace("\u00ad", "")
    return word.casefold()


# Elements inside a run of text: their words join the text around them ("<tebal>dihapus</tebal>;"
# is the one word "dihapus;"); every other element starts a word of its own.
INLINE = {"tebal", "miring", "garis-bawah", "tetap"}
# A regulation's divisions print their title (an attribute) before what they hold.
TITLED = {"bab", "bagian", "paragraf-bagian"}


def expected_words(sample):
    """Words of the decree body, a regulation's Penjelasan and the appendices, in reading order."""
    root = ET.parse(sample).getroot()
    parts = []

    def walk(el):
        if el.tag in TITLED and el.get("judul"):
            parts.append(" " + el.get("judul") + " ")
        if el.text:
            parts.append(el.text)
        for child in el:
            inline = child.tag in INLINE
            if not inline:
                parts.append(" ")
            walk(child)
            if not inline:
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    for part in ("menimbang", "mengingat", "memperhatikan", "memutuskan", "penjelasan", "lampiran"):
        for el in root.findall(part):
            parts.append(" ")
            walk(el)
    return [norm(w) for w in "".join(parts).split()]


def pdf_words(pdf, first=None, last=None):
    cmd = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    out = subprocess.run(cmd + [pdf, "-"], check=True, capture_output=True, text=True).stdout
    return [norm(w) for w in out.split()]


def match_in_order(expected, got):
    """Greedy subsequence match allowing hyphenation splits ("Pen-" "dayagunaan")."""
    i = 0
    for n, word in enumerate(expected):
        found = False
        for j in range(i, min(len(got), i + SKIP_LIMIT)):
            g = got[j]
            if g == word:
                i, found = j + 1, True
                break
            # a word broken over lines: after a hyphenation hyphen ("Pen-" "dayagunaan"), or at a
            # hyphen or slash of its own ("Undang-" "Undang", "banner/" "poster")
            if len(g) < len(word) and (word.startswith(g) or (g.endswith("-") and word.startswith(g[:-1]))):
                joined_keep, joined_drop, k = g, g[:-1] if g.endswith("-") else g, j
                while k + 1 < len(got) and k < j + 4 and len(joined_keep) < len(word) + 2:
                    k += 1
                    nxt = got[k]
                    joined_keep, joined_drop = joined_keep + nxt, (joined_drop + nxt)
                    if word in (joined_keep, joined_drop):
                        i, found = k + 1, True
                        break
                    if nxt.endswith("-"):
                        joined_drop = joined_drop[:-1]
                if not found:
                    # the rest may follow on the next page, after the repeated table header
                    for k in range(j + 1, min(len(got), j + SKIP_LIMIT)):
                        if word in (g + got[k], (g[:-1] if g.endswith("-") else g) + got[k]):
                            i, found = k + 1, True
                            break
                if found:
                    break
        if not found:
            ctx = " ".join(got[i:i + 15])
            return f"word {n + 1} of {len(expected)} '{word}' not found in order; the PDF continues: {ctx}"
    return None


def cmd_words(sample, pdf):
    exp = expected_words(sample)
    got = pdf_words(pdf)
    err = match_in_order(exp, got)
    if err:
        print(f"FAIL words {pdf}: {err}")
        return 1
    print(f"ok   words {pdf}: all {len(exp)} input words in order")
    return 0


def overlaps(a, b):
    return a["x"] < b["x"] + b["w"] - 0.05 and b["x"] < a["x"] + a["w"] - 0.05 and \
        a["y"] < b["y"] + b["h"] - 0.05 and b["y"] < a["y"] + a["h"] - 0.05


PAGE_NUMBER = re.compile(r"^- \d+ -$")


def cmd_dump(sample, dump_path):
    dump = json.load(open(dump_path))
    problems = []
    for page in dump["pages"]:
        cx, cy, cw, ch = page["content"]
        texts = page["texts"]
        for t in texts:
            # the page number in the house style's form ("- 2 -", "2"), in the top or the bottom
            # margin (halaman.letak-nomor), and SALINAN stand in the margin
            number = re.sub(r"[^0-9]", "", t["text"])
            margin = PAGE_NUMBER.match(t["text"]) or t["text"] == "SALINAN" or \
                (number == str(page["number"]) and len(t["text"]) <= 8 and (t["y"] < cy or t["y"] >= cy + ch - 0.05))
            box = (0, 0, page["width"], page["height"]) if margin else (cx, cy, cw, ch)
            if t["x"] < box[0] - 0.05 or t["x"] + t["w"] > box[0] + box[2] + 0.05 or \
                    t["y"] < box[1] - 0.05 or t["y"] + t["h"] > box[1] + box[3] + 0.05:
                problems.append(f"page {page['number']}: '{t['text']}' leaves the content area")
        # overlap: sort by line then x; only neighbours on the same baseline can collide
        by_line = {}
        for t in texts:
            by_line.setdefault(round(t["baseline"], 1), []).append(t)
        for line in by_line.values():
            line.sort(key=lambda t: t["x"])
            for a, b in zip(line, line[1:]):
                if overlaps(a, b):
                    problems.append(f"page {page['number']}: '{a['text']}' overlaps '{b['text']}'")
        for c in page["cells"]:
            if c["x"] < cx - 0.05 or c["x"] + c["w"] > cx + cw + 0.05 or c["y"] < cy - 0.05 or c["y"] + c["h"] > cy + ch + 0.05:
                problems.append(f"page {page['number']}: cell r{c['row']}c{c['col']} leaves the content area")
        # every text inside a table cell area stays inside one cell horizontally
        cells = page["cells"]
        if cells:
            for t in texts:
                inside = [c for c in cells if c["x"] - 0.05 <= t["x"] and t["x"] + t["w"] <= c["x"] + c["w"] + 0.05
                          and c["y"] - 0.05 <= t["y"] and t["y"] + t["h"] <= c["y"] + c["h"] + 0.05]
                in_table = any(c["y"] <= t["baseline"] <= c["y"] + c["h"] and c["x"] <= t["x"] <= c["x"] + c["w"] for c in cells)
                if in_table and not inside:
                    problems.append(f"page {page['number']}: '{t['text']}' is not inside its cell")
    # reading order: the texts in seq order contain the input's words in order
    seq_words = []
    for page in dump["pages"]:
        for t in sorted(page["texts"], key=lambda t: t["seq"]):
            seq_words.extend(norm(w) for w in t["text"].split())
    err = match_in_order(expected_words(sample), seq_words)
    if err:
        problems.append("reading order: " + err)
    # appendix pages after the first of each Lampiran repeat the header (row 0 and row 1 cells)
    seen = {}
    for page in dump["pages"]:
        sec = page["section"]
        if not sec.startswith("lampiran"):
            continue
        if not page["cells"]:
            continue
        if sec in seen:
            header_rows = {c["row"] for c in page["cells"] if c["header"]}
            root = ET.parse(sample).getroot()
            # the rows marked to repeat: the header, or only the column-number row under it
            # (<baris ulang="tidak">, as Kulon Progo prints its tables)
            if not header_rows:
                problems.append(f"page {page['number']}: the table continues without its header")
        seen[sec] = True
    # work-plan months: shaded cells are exactly the scheduled months
    problems += check_months(sample, dump)
    for p in problems[:30]:
        print("FAIL dump:", p)
    if problems:
        print(f"FAIL dump {dump_path}: {len(problems)} problems")
        return 1
    print(f"ok   dump {dump_path}: {len(dump['pages'])} pages, geometry and order hold")
    return 0


def months_of(spec):
    out = set()
    for part in spec.split(","):
        a, _, b = part.strip().partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out


def check_months(sample, dump):
    root = ET.parse(sample).getroot()
    plans = root.findall(".//rencana-kerja")
    if not plans:
        return []
    problems = []
    lamp_index = 0
    for li, lamp in enumerate(root.findall("lampiran"), start=1):
        plan = lamp.find("rencana-kerja")
        if plan is None:
            continue
        extra = len(plan.findall("kolom-tambahan"))
        expected = set()
        row = 2  # two header rows
        for sec in plan.findall("bagian"):
            row += 1  # section row
            for act in sec.findall("kegiatan"):
                for sub in act.findall("subkegiatan"):
                    for m in months_of(sub.get("bulan")):
                        expected.add((row, 3 + m))
                    row += 1
        shaded = set()
        for page in dump["pages"]:
            if page["section"] != f"lampiran-{li}":
                continue
            month_fills = [f for f in page["fills"] if f["month"]]
            for f in month_fills:
                for c in page["cells"]:
                    if abs(c["x"] - f["x"]) < 0.05 and abs(c["y"] - f["y"]) < 0.05 and not c["header"]:
                        shaded.add((c["row"], c["col"]))
        if shaded != expected:
            problems.append(f"lampiran {li}: shaded month cells differ from the input: "
                            f"{len(expected - shaded)} missing, {len(shaded - expected)} extra")
        lamp_index += 1
    return problems


def cmd_fonts(pdf):
    out = subprocess.run(["pdffonts", pdf], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    bad = []
    for line in out:
        cols = line.split()
        # name type... emb sub uni object ID: the three flags sit before the object number
        emb, sub, uni = cols[-5], cols[-4], cols[-3]
        if (emb, sub, uni) != ("yes", "yes", "yes"):
            bad.append(line)
    if bad or not out:
        print(f"FAIL fonts {pdf}:", bad or "no fonts")
        return 1
    print(f"ok   fonts {pdf}: {len(out)} fonts embedded, subset, with ToUnicode")
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "words":
        sys.exit(cmd_words(sys.argv[2], sys.argv[3]))
    if cmd == "dump":
        sys.exit(cmd_dump(sys.argv[2], sys.argv[3]))
    if cmd == "fonts":
        sys.exit(cmd_fonts(sys.argv[2]))
    sys.exit(f"unknown command {cmd}")
