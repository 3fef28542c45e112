#!/usr/bin/env bash
# End-to-end checks of `naskah import` (docs/import.md):
#   - round trip: every sample, in every variant (asli, salinan, tte), rendered to DOCX by naskah
#     and imported again gives the same model (canonical XML, tests/tools/import_compare.cpp);
#   - the same DOCX files saved again by LibreOffice (which rewrites styles and numbering) import
#     to the same words and structure;
#   - six Word decrees (five Keputusan, a Peraturan Daerah) built the way offices type them (tests/scripts/make_word_decrees.py):
#     each imports, reads back without errors, renders, and every word of the document is in the
#     PDF or listed by the import as not placed (tests/scripts/import_words.py); tracked changes and
#     comments are reported;
#   - bad packages (not a zip, no word/document.xml, .doc, encrypted, macros, zip bomb, no title
#     block): the documented code and exit status, and no output file.
# Usage: tests/scripts/import.sh NASKAH COMPARE   The last line is "N passed, M failed".
set -u
NASKAH=${1:?usage: import.sh NASKAH COMPARE}
COMPARE=${2:?usage: import.sh NASKAH COMPARE}
OUT=${NASKAH_IMPORT_OUT:-/tmp/naskah-import}
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
case "$OUT" in "" | / | "$HOME") fail "NASKAH_IMPORT_OUT=$OUT: refusing to clear that folder" && finish ;; esac
rm -rf "$OUT"
mkdir -p "$OUT/rt" "$OUT/lo" "$OUT/word" "$OUT/bad"

# ---- round trip through naskah's own DOCX ------------------------------------------------------
# A salinan needs <pengesahan-salinan> and a tte <verifikasi>; samples lacking them get one here.
# and the reference with its number and date left open (SRIKANDI placeholders) and rahmat="ya"
sed -e 's#<nomor>[^<]*</nomor>#<nomor terbuka="ya"/>#' -e 's#tanggal="[0-9-]*"#tanggal-terbuka="ya"#' \
    -e 's#<keputusan \([^>]*\)>#<keputusan \1 rahmat="ya">#' samples/keputusan-kpu-kab-malang-15-2022.xml >"$OUT/rt-open.xml"
# and an Instruksi (MENGINSTRUKSIKAN, «Kepada : 1. …», «Untuk :», its own distribution heading)
# in its own style, bupati-kulon-progo (before session 30 the import could not pick that style for
# an Instruksi, which has no Menetapkan line, so the Instruksi was run under bupati)
cp tests/corpus/instruksi-bupati-kulon-progo-3-2009.xml "$OUT/rt-instruksi.xml"
for sample in samples/*.xml "$OUT/rt-open.xml" "$OUT/rt-instruksi.xml"; do
    name=$(basename "$sample" .xml)
    src="$OUT/rt/$name.xml"
    cp "$sample" "$src"
    grep -q "<pengesahan-salinan" "$src" || sed -i '0,/<\/kepala>/s#</kepala>#  <pengesahan-salinan kantor="Sekretariat Uji" jabatan="Sekretaris" nama="Nama Pengesah" nip="198001012005011001"/>\n  </kepala>#' "$src"
    grep -q "<verifikasi>" "$src" || sed -i '0,/<\/kepala>/s#</kepala>#  <verifikasi>https://verifikasi.example.go.id/'"$name"'</verifikasi>\n  </kepala>#' "$src"
    for v in asli salinan tte; do
        docx="$OUT/rt/$name.$v.docx"
        if ! "$NASKAH" render "$src" --format docx --variant "$v" --no-checks -o "$docx" >/dev/null 2>"$OUT/rt/$name.$v.err"; then
            fail "round trip $name ($v): naskah render failed: $(head -c 300 "$OUT/rt/$name.$v.err")"
            continue
        fi
        if "$COMPARE" "$src" "$v" "$docx" >"$OUT/rt/$name.$v.cmp" 2>&1; then pass "round trip $name ($v): same model"
        else fail "round trip $name ($v): $(head -c 600 "$OUT/rt/$name.$v.cmp")"; fi
    done
done

# ---- the same files saved by LibreOffice ---------------------------------------------------------
if command -v soffice >/dev/null 2>&1; then
    export HOME="$OUT/lo-home"  # a private LibreOffice profile: parallel tests must not share one
    mkdir -p "$HOME"
    if timeout 300 soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$OUT/lo" "$OUT"/rt/*.docx >"$OUT/lo/soffice.log" 2>&1; then
        for docx in "$OUT"/rt/*.docx; do
            base=$(basename "$docx" .docx)  # NAME.VARIANT
            name=${base%.*}
            v=${base##*.}
            lo="$OUT/lo/$base.docx"
            if [ ! -s "$lo" ]; then
                fail "LibreOffice $base: no converted file"
                continue
            fi
            if "$COMPARE" "$OUT/rt/$name.xml" "$v" "$lo" --structure >"$OUT/lo/$base.cmp" 2>&1; then pass "LibreOffice-saved $base: same words and structure"
            else fail "LibreOffice-saved $base: $(head -c 600 "$OUT/lo/$base.cmp")"; fi
        done
    else
        fail "LibreOffice could not convert the DOCX files: $(tail -c 300 "$OUT/lo/soffice.log")"
    fi
else
    echo "SKIP LibreOffice round trip: soffice is not installed (scripts/deps.sh --test installs libreoffice-writer-nogui)"
fi

# ---- Word documents typed the way offices type them ---------------------------------------------
if $PY -c "import docx" 2>/dev/null && command -v pdftotext >/dev/null; then
    $PY tests/scripts/make_word_decrees.py "$OUT/word" >/dev/null
    for docx in "$OUT"/word/*.docx; do
        base=${docx%.docx}
        n=$(basename "$base")
        if ! "$NASKAH" import "$docx" -o "$base.xml" --lang en >"$base.import.out" 2>"$base.import.err"; then
            fail "Word $n: import failed: $(head -c 400 "$base.import.err")"
            continue
        fi
        if grep -q "W-IMPOR-LENGKAPI" "$base.import.err"; then fail "Word $n: the imported file does not read back: $(grep W-IMPOR-LENGKAPI "$base.import.err" | head -3)"; continue; fi
        if ! "$NASKAH" render "$base.xml" -o "$base.pdf" --no-checks >/dev/null 2>"$base.render.err"; then
            fail "Word $n: the imported file does not render: $(head -c 400 "$base.render.err")"
            continue
        fi
        if command -v xmllint >/dev/null && ! xmllint --noout --relaxng schema/naskah.rng "$base.xml" 2>"$base.rng"; then
            fail "Word $n: the imported file does not validate against schema/naskah.rng: $(head -c 400 "$base.rng")"
        fi
        if $PY tests/scripts/import_words.py "$docx" "$base.pdf" "$base.xml" >"$base.words" 2>&1; then pass "Word $n: $(cat "$base.words")"
        else fail "Word $n: $(cat "$base.words")"; fi
        # each diagnostic about an unplaced paragraph names it by number and first words
        if grep -q "W-IMPOR-TEMPAT" "$base.import.err" && ! grep -q 'Word paragraph [0-9]* "' "$base.import.err"; then
            fail "Word $n: a W-IMPOR-TEMPAT warning does not name its Word paragraph"
        fi
    done
    e="$OUT/word/2-nomor-word.import.err"
    if grep -q "W-IMPOR-LACAK" "$e" && grep -q "W-IMPOR-KOMENTAR" "$e"; then pass "tracked changes and comments are reported"
    else fail "tracked changes and comments are not both reported: $(cat "$e")"; fi
    if grep -q "sebagaimana telah diubah beberapa kali" "$OUT/word/2-nomor-word.xml" && ! grep -q "KATA YANG DIHAPUS" "$OUT/word/2-nomor-word.xml"; then
        pass "tracked changes are taken as accepted (insertion kept, deletion gone)"
    else fail "tracked changes are not taken as accepted"; fi
    if grep -q 'label="PERTAMA"' "$OUT/word/5-pertama-strip.xml" && grep -q 'jenis="strip"' "$OUT/word/5-pertama-strip.xml" &&
        grep -q 'tanggal-terbuka="ya"' "$OUT/word/5-pertama-strip.xml"; then pass "PERTAMA label, dash list and an open date recognised"
    else fail "PERTAMA label, dash list or open date not recognised"; fi
    if grep -q 'varian="salinan"' "$OUT/word/3-tabel-tata-letak.xml" && grep -q 'kuasa="a.n."' "$OUT/word/3-tabel-tata-letak.xml" &&
        grep -q '<pengesahan-salinan' "$OUT/word/3-tabel-tata-letak.xml" && [ "$(grep -c '<butir>' "$OUT/word/3-tabel-tata-letak.xml")" -ge 6 ]; then
        pass "layout table, a.n. signer and certified copy recognised"
    else fail "layout table, a.n. signer or certified copy not recognised"; fi
    if grep -q 'gabung-baris="2"' "$OUT/word/4-lampiran-tabel.xml" && grep -q '<grup>' "$OUT/word/4-lampiran-tabel.xml" &&
        grep -q 'latar="#BFBFBF"' "$OUT/word/4-lampiran-tabel.xml" && grep -q 'orientasi="lanskap"' "$OUT/word/4-lampiran-tabel.xml"; then
        pass "Lampiran table: vMerge, group row, shading, landscape"
    else fail "Lampiran table structure not recognised"; fi
    if [ -s "$OUT/word/1-ketik-tab-logo.png" ] && grep -q 'berkas="1-ketik-tab-logo.png"' "$OUT/word/1-ketik-tab.xml"; then pass "logo extracted beside the output"
    else fail "logo not extracted"; fi
    p="$OUT/word/6-perda.xml"
    if grep -q '^<peraturan' "$p" && [ "$(grep -c '<bab ' "$p")" -eq 3 ] && grep -q '<bagian judul="Pengelola">' "$p" &&
        grep -q '<paragraf-bagian judul="Pengurus">' "$p" && [ "$(grep -c '<ayat>' "$p")" -eq 2 ] && [ "$(grep -c '<pasal>' "$p")" -ge 4 ] &&
        grep -q '<persetujuan dprd="Dewan Perwakilan Rakyat Daerah Kabupaten Sleman" kepala-daerah="Bupati Sleman"/>' "$p" &&
        grep -q '<pengundangan tempat="Sleman" tanggal="2024-03-06" berita="Lembaran Daerah Kabupaten Sleman" tahun="2024" nomor="7" tambahan="21" noreg=' "$p" &&
        grep -q '<sebutan>Peraturan Daerah</sebutan>' "$p" && grep -q '<huruf nomor="c">' "$p" && grep -q '<ayat nomor="2">' "$p" &&
        ! grep -q 'Agar setiap orang' "$p"; then
        pass "Peraturan: BAB, Bagian, Paragraf, Pasal, ayat, joint approval, Diundangkan, gazette lines and Penjelasan notes recognised"
    else fail "Peraturan structure not recognised in $p"; fi
    cp "$OUT/word/2-nomor-word.docx" "$OUT/word/again.docx"
    "$NASKAH" import "$OUT/word/again.docx" -o "$OUT/word/again1.xml" 2>/dev/null
    "$NASKAH" import "$OUT/word/again.docx" -o "$OUT/word/again2.xml" 2>/dev/null
    if sed 1,3d "$OUT/word/again1.xml" | cmp -s - <(sed 1,3d "$OUT/word/again2.xml"); then pass "import is deterministic"; else fail "two imports differ"; fi
else
    echo "SKIP Word documents: python3-docx or pdftotext missing (scripts/deps.sh --test installs them)"
fi

# ---- bad input ------------------------------------------------------------------------------------
B="$OUT/bad"
printf 'hello, not a zip\n' >"$B/text.docx"
$PY - "$B" <<'PY'
import sys, zipfile, io
b = sys.argv[1]
with zipfile.ZipFile(b + "/nodoc.docx", "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/other.xml", "<x/>")
ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504
open(b + "/old.doc", "wb").write(ole + b"WordDocument".decode().encode("utf-16-le") + b"\0" * 512)
open(b + "/encrypted.docx", "wb").write(ole + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
with zipfile.ZipFile(b + "/macro.docm", "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", "<w:document xmlns:w='x'><w:body/></w:document>")
    z.writestr("word/vbaProject.bin", b"\0" * 64)
with zipfile.ZipFile(b + "/bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", b"<w:document>" + b" " * (80 << 20) + b"</w:document>")
with zipfile.ZipFile(b + "/nodecree.docx", "w") as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body><w:p><w:r><w:t>Hanya surat biasa.</w:t></w:r></w:p></w:body></w:document>")
PY
check_bad() {  # file, expected code, expected exit status, [text the message must hold]
    local f=$1 code=$2 status=$3 text=${4:-}
    local out="$B/$(basename "$f").xml"
    "$NASKAH" import "$f" -o "$out" --lang en >"$B/stdout" 2>"$B/stderr"
    local got=$?
    if [ "$got" -ne "$status" ]; then fail "bad $(basename "$f"): exit $got, expected $status: $(cat "$B/stderr")"; return; fi
    if ! grep -q "\[$code\]" "$B/stderr"; then fail "bad $(basename "$f"): no [$code] in: $(cat "$B/stderr")"; return; fi
    if ! grep -q "^$f: error: " "$B/stderr"; then fail "bad $(basename "$f"): the error does not name the file: $(cat "$B/stderr")"; return; fi
    if [ -n "$text" ] && ! grep -qF -- "$text" "$B/stderr"; then fail "bad $(basename "$f"): the message lacks \"$text\": $(cat "$B/stderr")"; return; fi
    if [ -e "$out" ] || ls "$B"/*.tmp-* >/dev/null 2>&1; then fail "bad $(basename "$f"): an output file was written"; return; fi
    pass "bad $(basename "$f"): [$code], exit $status, no output"
}
check_bad "$B/text.docx" E-IMPOR-ZIP 2
check_bad "$B/nodoc.docx" E-IMPOR-ISI 2 "word/document.xml"
check_bad "$B/old.doc" E-IMPOR-DOC 2 "soffice --headless --convert-to docx"
check_bad "$B/encrypted.docx" E-IMPOR-SANDI 2
check_bad "$B/macro.docm" E-IMPOR-MAKRO 2
check_bad "$B/bomb.docx" E-IMPOR-BOM 2
check_bad "$B/nodecree.docx" E-IMPOR-STRUKTUR 1
check_bad "$B/missing.docx" E-BACA 2
"$NASKAH" import >/dev/null 2>&1
[ $? -eq 2 ] && pass "no input: usage error, exit 2" || fail "no input: expected exit 2"
finish
