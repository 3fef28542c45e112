#!/usr/bin/env bash
# Real-client checks of the DOCX writer (docs/docx.md):
#   - the GoogleTest cases Docx* write every sample (and its variants) into $NASKAH_DOCX_OUT,
#     with NAME.expect.json saying what the model demands of each file;
#   - a second run must give the same bytes (determinism across processes, not just in one);
#   - LibreOffice converts every .docx to PDF; pdftotext finds every word of the input in order,
#     pdfinfo shows the Lampiran pages in the model's orientation, and the table header is on every
#     Lampiran page; the page count is compared with naskah's own PDF when `naskah render` can
#     write one;
#   - python-docx opens each file: tables, rows, merged cells, repeat-header rows, core properties;
#   - the Flat OPC file is well-formed and its document part equals the .docx one;
#   - with number and date open, each placeholder sits alone in one w:t as often as it is shown.
# Usage: tests/scripts/docx.sh   (BUILD_DIR=… to use another build folder)
# The last line is "N passed, M failed"; the exit status is non-zero when anything failed.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build}
OUT=${NASKAH_DOCX_OUT:-/tmp/naskah-docx}
PY=/usr/bin/python3
passed=0
failed=0
pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}

tests_bin="$BUILD/tests/naskah_tests"
if [ ! -x "$tests_bin" ]; then
    fail "no test binary at $tests_bin (build first, or set BUILD_DIR)"
    finish
fi

case "$OUT" in
    "" | / | "$HOME" | "$ROOT") fail "NASKAH_DOCX_OUT=$OUT: refusing to clear that folder" && finish ;;
esac
rm -rf "$OUT" "$OUT.again"
mkdir -p "$OUT"
if NASKAH_DOCX_OUT="$OUT" "$tests_bin" --gtest_filter='Docx*' >"$OUT/gtest.log" 2>&1; then
    pass "gtest Docx* ($(grep -o 'tests\? from [0-9]* test suites\? ran' "$OUT/gtest.log" | head -1))"
else
    fail "gtest Docx*:"
    grep -E 'Failure|FAILED|error' "$OUT/gtest.log" | head -20
fi
grep '\[ timing \]' "$OUT/gtest.log" || true

# Determinism across processes: a second run must give byte-identical packages.
mkdir -p "$OUT.again"
NASKAH_DOCX_OUT="$OUT.again" "$tests_bin" --gtest_filter='Docx*' >/dev/null 2>&1
differ=0
for f in "$OUT"/*.docx; do
    cmp -s "$f" "$OUT.again/$(basename "$f")" || { differ=1; echo "  differs: $(basename "$f")"; }
done
[ "$differ" -eq 0 ] && pass "identical input gives identical .docx bytes in a second process" || fail "a second process gave other bytes"
rm -rf "$OUT.again"

# LibreOffice, with a private profile so a running office or a parallel job does not interfere.
profile=$(mktemp -d)
mkdir -p "$OUT/lo"
docs=()
for f in "$OUT"/*.docx; do
    case "$f" in *bench-*) continue ;; esac
    docs+=("$f")
done
# The DOCX names the house style's family (Bookman Old Style), which Debian does not have; without
# help LibreOffice falls back to DejaVu Sans, a wider face, and the page counts compare unlike
# with like. A private fontconfig file adds the shipped fonts/ folder and maps the family to the
# TeX Gyre Bonum files the PDF embeds (docs/docx.md, "Fonts").
fc_dir=$(mktemp -d)
cat >"$fc_dir/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>$ROOT/fonts</dir>
  <cachedir>$fc_dir/cache</cachedir>
  <alias binding="same"><family>Bookman Old Style</family><prefer><family>TeX Gyre Bonum</family></prefer></alias>
</fontconfig>
EOF
if command -v soffice >/dev/null; then
    FONTCONFIG_FILE="$fc_dir/fonts.conf" timeout 600 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
        --outdir "$OUT/lo" "${docs[@]}" >"$OUT/lo/soffice.log" 2>&1
    converted=$(ls "$OUT/lo"/*.pdf 2>/dev/null | wc -l)
    [ "$converted" -eq "${#docs[@]}" ] && pass "LibreOffice converted all ${#docs[@]} .docx files" ||
        fail "LibreOffice converted $converted of ${#docs[@]} .docx files"
else
    fail "soffice not found (package libreoffice-writer-nogui)"
fi
rm -rf "$profile" "$fc_dir"
# LibreOffice set the text in the shipped fonts, not a fallback
fallback=()
for f in "$OUT"/lo/*.pdf; do
    fonts=$(pdffonts "$f" 2>/dev/null | tail -n +3 | awk '{print $1}')
    if ! grep -q 'TeXGyreBonum' <<<"$fonts" || grep -q 'DejaVu' <<<"$fonts"; then fallback+=("$(basename "$f")"); fi
done
[ "${#fallback[@]}" -eq 0 ] && pass "LibreOffice used the shipped TeX Gyre Bonum for Bookman Old Style in every file" ||
    fail "LibreOffice fell back to another font in: ${fallback[*]}"

# naskah's own PDF of each sample, for the page-count comparison (skipped when render cannot write PDF).
mkdir -p "$OUT/naskah"
naskah_bin="$BUILD/naskah"
for f in "$OUT"/*.expect.json; do
    name=$(basename "$f" .expect.json)
    read -r input variant comparable < <($PY -c 'import json,sys; e=json.load(open(sys.argv[1])); print(e["input"], e["variant"], int(e["comparable"]))' "$f")
    [ "$comparable" = 1 ] || continue
    dir="$OUT/naskah/$name"
    mkdir -p "$dir"
    if [ -x "$naskah_bin" ]; then
        source_xml="$input"
        if [ "$variant" = tte ] && ! grep -q '<verifikasi>' "$input"; then
            # A tte PDF needs the text its QR code carries; the DOCX test wrote its footer with a
            # code of the same size, so any text compares the pages like with like.
            source_xml="$dir/$(basename "$input")"
            $PY -c '
import sys
s = open(sys.argv[1], encoding="utf-8").read()
end = s.rfind("</kepala>", 0, s.find("<menimbang"))
open(sys.argv[2], "w", encoding="utf-8").write(s[:end] + "<verifikasi>https://tte.example/verifikasi</verifikasi>" + s[end:])
' "$input" "$source_xml"
        fi
        "$naskah_bin" render "$source_xml" --format pdf --variant "$variant" -o "$dir" >"$dir/log" 2>&1 || true
    fi
done

$PY - "$OUT" <<'PY' | tee "$OUT/checks.log"
import glob, json, os, re, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

out = sys.argv[1]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"


def report(ok, what):
    print(("PASS " if ok else "FAIL ") + what)


def words(text):
    return re.findall(r"\w+", text.lower())


# Elements printed as one table cell. A table row that breaks across pages prints the first part
# of every cell on one page and the rest on the next, so words of neighbouring cells interleave:
# each cell must read in order, and cells must start in order, but a cell may end after the next
# one has begun.
CELLS = {"sel", "grup", "nama", "uraian", "indikator", "tambahan", "ket"}


def input_units(path, number_open):
    """Words of every text node of the input, in the printed decree's reading order, as units:
    running text (strict order) and table cells. The tembusan comes after the signature (before
    the first Lampiran); <verifikasi> is not printed, nor <nomor> when the test opened it."""
    root = ET.parse(path).getroot()
    units = [{"cell": False, "words": []}]

    def add(ws):
        units[-1]["words"].extend(ws)

    def walk(el, parent="", in_cell=False):
        if el.tag == "verifikasi" or (number_open and el.tag == "nomor"):
            return
        cell = not in_cell and (el.tag in CELLS or (el.tag == "judul" and parent == "bagian"))
        if cell:
            units.append({"cell": True, "words": []})
        if el.text:
            add(words(el.text))
        for ch in el:
            walk(ch, el.tag, in_cell or cell)
            if ch.tail:
                add(words(ch.tail))
        if cell:
            units.append({"cell": False, "words": []})

    tembusan = root.find("kepala/tembusan")
    # a regulation's promulgation (the Sekretaris Daerah's block) and its short name (in the
    # closing order) are printed after the body, before a Penjelasan and the Lampiran
    late = [e for e in (root.find("kepala/sebutan"), root.find("kepala/pengundangan")) if e is not None]
    kepala = root.find("kepala")
    for e in late:
        kepala.remove(e)
    placed = False
    for child in root:
        if child.tag == "kepala" and tembusan is not None:
            child.remove(tembusan)
        if child.tag in ("penjelasan", "lampiran") and late:
            for e in late:
                walk(e)
            late = []
        if child.tag == "lampiran" and not placed and tembusan is not None:
            walk(tembusan)
            placed = True
        walk(child)
    for e in late:
        walk(e)
    if not placed and tembusan is not None:
        walk(tembusan)
    return [u for u in units if u["words"]]


PAGE_NUMBER = re.compile(r"^\s*-\s*\d+\s*-\s*$")


def pdf_pages(pdf):
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return ["\n".join(l for l in p.splitlines() if not PAGE_NUMBER.match(l)) for p in pages]


def page_sizes(pdf, n):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", str(n), pdf], capture_output=True, text=True).stdout
    sizes = {}
    for m in re.finditer(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", info, re.M):
        sizes[int(m.group(1))] = (float(m.group(2)), float(m.group(3)))
    return sizes


def pdf_page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(m.group(1)) if m else 0


def lampiran_ranges(pages):
    starts = [i for i, p in enumerate(pages) if re.search(r"^\s*LAMPIRAN\b", p, re.M)]
    return [(s, starts[k + 1] if k + 1 < len(starts) else len(pages)) for k, s in enumerate(starts)]


def find_word(stream, w, pos):
    """(start, end) of w at or after pos; a word hyphenated across a page break inside a table
    cell is found as its two halves, with other cells' text between them."""
    at = stream.find(w, pos)
    if 0 <= at and at - pos <= 40:
        return at, at + len(w)
    # Nothing close by: the word may be split (its start here, its end after the next cell's
    # first part); that beats the same word found further on, in another cell.
    for j in range(len(w) - 1, 1, -1):
        a = stream.find(w[:j], pos)
        if a < 0 or a - pos > 40:
            continue
        b = stream.find(w[j:], a + j)
        if b >= 0 and b - (a + j) < 4000:
            return a, b + len(w) - j
    return (at, at + len(w)) if at >= 0 else None


def check_words(name, expect, pages):
    # The header LibreOffice repeats at the top of a continuation page is dropped, so the halves
    # of a cell broken across pages are not kept apart by it.
    streams = []
    ranges = lampiran_ranges(pages)
    for i, p in enumerate(pages):
        ws = words(p)
        for k, (a, b) in enumerate(ranges):
            if a < i < b and k < len(expect["lampiran"]):
                for t in expect["lampiran"][k]["tables"]:
                    rep = words(t.get("repeat_text", ""))
                    if rep and sorted(ws[: len(rep)]) == sorted(rep):
                        ws = ws[len(rep):]
                        break
        streams.append("".join(ws))
    stream = "".join(streams)
    units = input_units(expect["input"], expect["open"])
    total = sum(len(u["words"]) for u in units)
    end = 0         # furthest point reached
    last_start = 0  # where the previous unit began
    prev_cell = False
    done = 0
    for u in units:
        pos = last_start + 1 if (u["cell"] and prev_cell) else end
        first = None
        for i, w in enumerate(u["words"]):
            hit = find_word(stream, w, pos)
            if hit is None:
                ctx = " ".join(u["words"][max(0, i - 6):i + 3])
                report(False, f"{name}: word {done + i + 1}/{total} '{w}' not found in order in the LibreOffice PDF (near: {ctx})")
                return
            if first is None:
                first = hit[0]
            pos = hit[1]
        done += len(u["words"])
        last_start = first
        end = max(end, pos)
        prev_cell = u["cell"]
    report(True, f"{name}: all {total} input words appear in order in the LibreOffice PDF")


def check_pages(name, expect, pdf, pages):
    sizes = page_sizes(pdf, len(pages))
    starts = [i for i, p in enumerate(pages) if re.search(r"^\s*LAMPIRAN\b", p, re.M)]
    lampiran = expect["lampiran"]
    if len(starts) != len(lampiran):
        report(False, f"{name}: {len(lampiran)} Lampiran expected, {len(starts)} Lampiran headings found in the PDF")
        return
    ranges = []
    for k, s in enumerate(starts):
        ranges.append((s, starts[k + 1] if k + 1 < len(starts) else len(pages)))
    bad = []
    decree_end = starts[0] if starts else len(pages)
    for p in range(decree_end):
        w, h = sizes.get(p + 1, (0, 0))
        if w > h:
            bad.append(f"decree page {p + 1} is landscape")
    for k, (a, b) in enumerate(ranges):
        for p in range(a, b):
            w, h = sizes.get(p + 1, (0, 0))
            if (w > h) != lampiran[k]["landscape"]:
                bad.append(f"page {p + 1} (Lampiran {k + 1}) is {'landscape' if w > h else 'portrait'}")
    report(not bad, f"{name}: page orientation ({len(pages)} pages; Lampiran on pages "
           + ", ".join(f"{a + 1}-{b}" for a, b in ranges) + ")" + ("" if not bad else ": " + "; ".join(bad)))

    # The table header repeats: every Lampiran page that shows table rows shows the header too.
    missing = []
    signer = "".join(words(expect["signer"]))
    for k, (a, b) in enumerate(ranges):
        headers = [[("".join(words(h))) for h in t["header_text"] if words(h)] for t in lampiran[k]["tables"]]
        headers = [h for h in headers if h]
        if not headers:
            continue
        for p in range(a, b):
            stream = "".join(words(pages[p]))
            if any(all(h in stream for h in hs) for hs in headers):
                continue
            closing = p == b - 1 and (signer in stream or "nama_pengirim" in stream or "salinansesuai" in stream)
            if not closing:
                missing.append(str(p + 1))
    report(not missing, f"{name}: table header on every Lampiran page with rows"
           + ("" if not missing else " (missing on pages " + ", ".join(missing) + ")"))


def check_python_docx(name, expect, path):
    try:
        import docx
        from docx.oxml.ns import qn
    except ImportError:
        report(False, "python3-docx is not installed")
        return
    d = docx.Document(path)
    tables = [t for l in expect["lampiran"] for t in l["tables"]]
    problems = []
    if len(d.tables) != len(tables):
        problems.append(f"{len(d.tables)} tables, model has {len(tables)}")
    for ti, (t, e) in enumerate(zip(d.tables, tables)):
        if len(t.rows) != e["rows"]:
            problems.append(f"table {ti + 1}: {len(t.rows)} rows, model has {e['rows']}")
        if len(t.columns) != e["columns"]:
            problems.append(f"table {ti + 1}: {len(t.columns)} columns, model has {e['columns']}")
        cells = t._cells
        if len(cells) != e["rows"] * e["columns"]:
            problems.append(f"table {ti + 1}: {len(cells)} grid cells, model has {e['rows'] * e['columns']}")
        else:
            by_origin, by_tc = {}, {}
            origins = [o for row in e["origins"] for o in row]
            for slot, (cell, origin) in enumerate(zip(cells, origins)):
                tc = id(cell._tc)
                if by_origin.setdefault(origin, tc) != tc or by_tc.setdefault(tc, origin) != origin:
                    problems.append(f"table {ti + 1}: merged cells differ from the model at row {slot // e['columns'] + 1}, "
                                    f"column {slot % e['columns'] + 1}")
                    break
        flags = []
        for row in t.rows:
            trPr = row._tr.trPr
            flags.append(trPr is not None and trPr.find(qn("w:tblHeader")) is not None)
        want = [i < e["repeat_rows"] for i in range(e["rows"])]
        if flags != want:
            problems.append(f"table {ti + 1}: repeat-header rows {sum(flags)} (first {flags.index(False) if False in flags else len(flags)}), "
                            f"model has {e['repeat_rows']}")
        layout = t._tbl.tblPr.find(qn("w:tblLayout"))
        if layout is None or layout.get(qn("w:type")) != "fixed":
            problems.append(f"table {ti + 1}: not tblLayout fixed")
    cp = d.core_properties
    if cp.subject != expect["subject"]:
        problems.append(f"core subject '{cp.subject}', expected '{expect['subject']}'")
    if cp.author != expect["creator"]:
        problems.append(f"core creator '{cp.author}', expected '{expect['creator']}'")
    report(not problems, f"{name}: python-docx sees {len(d.tables)} tables, "
           f"{sum(len(t.rows) for t in d.tables)} rows, merged cells and repeat-header rows as the model says"
           + ("" if not problems else ": " + "; ".join(problems[:6])))


def check_flat(name, path, flat):
    try:
        root = ET.parse(flat).getroot()
    except ET.ParseError as e:
        report(False, f"{name}: Flat OPC file is not well-formed: {e}")
        return
    raw = open(flat, encoding="utf-8").read()
    m = re.search(r'<pkg:part pkg:name="/word/document.xml"[^>]*><pkg:xmlData>(.*?)</pkg:xmlData></pkg:part>', raw, re.S)
    with zipfile.ZipFile(path) as z:
        doc = z.read("word/document.xml").decode("utf-8")
        names = z.namelist()
    doc = re.sub(r"^<\?xml[^>]*\?>\s*", "", doc)
    parts = sorted(p.get(PKG + "name") for p in root.iter(PKG + "part"))
    want = sorted("/" + n for n in names if n != "[Content_Types].xml")
    ok = m is not None and m.group(1) == doc and parts == want and names[0] == "[Content_Types].xml"
    report(ok, f"{name}: Flat OPC is well-formed, holds the same {len(parts)} parts, document part identical to the .docx one"
           + ("" if ok else f" (parts {parts} vs {want})"))


def check_placeholders(name, expect, path, pages):
    with zipfile.ZipFile(path) as z:
        raw = z.read("word/document.xml").decode("utf-8")
    texts = [t.text or "" for t in ET.fromstring(raw).iter(W + "t")]
    rendered = "".join("".join(p.split()) for p in pages)
    problems = []
    for ph, n in expect["placeholders"].items():
        alone = sum(1 for t in texts if t == ph)
        inside = sum(t.count(ph) for t in texts)
        anywhere = raw.count(ph)
        if not (alone == inside == anywhere == n):
            problems.append(f"{ph}: {alone} alone in a w:t, {inside} in w:t, {anywhere} in the XML; expected {n}")
        # Word and LibreOffice show ${nama_pengirim} in capitals (w:caps); the text stays as written.
        if pages is not None and rendered.lower().count(ph) != n:
            problems.append(f"{ph}: {rendered.lower().count(ph)} in the LibreOffice PDF, expected {n}")
        if ph.upper() != ph and ph.upper() in raw:
            problems.append(f"{ph} was upper-cased")
    total = sum(expect["placeholders"].values())
    report(not problems, f"{name}: placeholders ({total} in all) each one unbroken w:t, as often as the value is shown"
           + ("" if not problems else ": " + "; ".join(problems)))


for exp_path in sorted(glob.glob(os.path.join(out, "*.expect.json"))):
    name = os.path.basename(exp_path)[: -len(".expect.json")]
    expect = json.load(open(exp_path))
    path = os.path.join(out, name + ".docx")
    flat = os.path.join(out, name + ".xml")
    pdf = os.path.join(out, "lo", name + ".pdf")
    check_python_docx(name, expect, path)
    check_flat(name, path, flat)
    pages = None
    if os.path.exists(pdf):
        pages = pdf_pages(pdf)
        check_words(name, expect, pages)
        check_pages(name, expect, pdf, pages)
        own = glob.glob(os.path.join(out, "naskah", name, "*.pdf"))
        if own:
            n_docx, n_own = len(pages), pdf_page_count(own[0])
            # with the shipped fonts and rows kept whole as in the PDF, the counts agree; one page
            # is left for LibreOffice's own line breaking
            limit = 1.0
            report(abs(n_docx - n_own) <= limit,
                   f"{name}: LibreOffice pages {n_docx}, naskah's PDF {n_own} (allowed difference {limit:g})")
        elif expect["comparable"]:
            log = os.path.join(out, "naskah", name, "log")
            lines = open(log).read().splitlines() if os.path.exists(log) else ["no naskah binary"]
            why = [l for l in lines if "error" in l] or lines[-1:] or ["no output"]
            print(f"SKIP {name}: page count not compared, `naskah render --format pdf` wrote no PDF ({why[0].strip()})")
    else:
        report(False, f"{name}: no LibreOffice PDF")
    check_placeholders(name, expect, path, pages)
PY
[ "${PIPESTATUS[0]}" -eq 0 ] || fail "the Python checks stopped with an error"

passed=$((passed + $(grep -c '^PASS' "$OUT/checks.log")))
failed=$((failed + $(grep -c '^FAIL' "$OUT/checks.log")))
finish
