#!/usr/bin/env bash
# Real decrees printed word for word (issue 13): for every line of tests/originals.tsv, naskah's
# PDF and DOCX (opened and converted by LibreOffice) must hold exactly the words of the original
# (tests/corpus/NAME.txt, transcribed from the signed document) — no word missing, no word added —
# apart from the differences the table declares (each explained in the decree's header), and the
# page count must be within one of the original's.
#
#   tests/scripts/originals.sh [PATH-TO-NASKAH]      (default: build/naskah)
set -u

. "$(dirname "${BASH_SOURCE[0]}")/naskah_bin.sh"
use_naskah "${1:-}"

PY=/usr/bin/python3
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

soffice_bin="$(command -v soffice || command -v libreoffice || true)"

# the words of RENDERED against ORIGINAL as "+word"/"-word" lines, sorted
differences() {
    "$PY" tests/corpus/compare.py "$1" "$2" |
        awk -F'\t' '$1 == "missing" { for (i = 0; i < $2; i++) print "-" $3 } $1 == "added" { for (i = 0; i < $2; i++) print "+" $3 }' |
        LC_ALL=C sort
}

check_words() {  # name original rendered declared-file
    local name="$1" original="$2" rendered="$3" declared="$4"
    differences "$original" "$rendered" > "$tmp/got"
    if diff -u "$declared" "$tmp/got" > "$tmp/diff"; then
        pass "$name: every word of the original, no word added ($(wc -l < "$declared") declared differences)"
    else
        fail "$name: words differ from the original beyond the declared differences"
        sed -n '3,40p' "$tmp/diff" | sed 's/^/  /'
    fi
}

check_pages() {  # name original pdf
    local want got
    want="$(sed -n 's/^# pages: *\([0-9][0-9]*\).*/\1/p' "$2" | head -n 1)"
    got="$(pdfinfo "$3" 2>/dev/null | awk '/^Pages:/ { print $2 }')"
    if [[ -z "$want" || -z "$got" ]]; then
        fail "$1: page count unknown (original '$want', rendered '$got')"
    elif (( got - want <= 1 && want - got <= 1 )); then
        pass "$1: $got pages, the original has $want"
    else
        fail "$1: $got pages, the original has $want"
    fi
}

# split on each tab (read would merge an empty PDF column into the DOCX one: tab is IFS white space)
while IFS= read -r row; do
    IFS='|' read -r decree original declared docx_declared <<< "${row//$'\t'/|}"
    [[ -z "$decree" || "$decree" == \#* ]] && continue
    name="$(basename "$decree" .xml)"
    tr ' ' '\n' <<< "$declared" | sed '/^$/d' | LC_ALL=C sort > "$tmp/$name.declared"
    # the DOCX may differ in its own way (a fourth column; default: as the PDF)
    tr ' ' '\n' <<< "${docx_declared:-$declared}" | sed '/^$/d' | LC_ALL=C sort > "$tmp/$name.docx-declared"
    out="$tmp/$name"
    mkdir -p "$out"
    if ! "$bin" render "$decree" --no-checks --format pdf,docx -o "$out/" > "$out/log" 2>&1; then
        fail "$name: naskah render failed"
        sed 's/^/  /' "$out/log" | head -5
        continue
    fi
    pdf="$(ls "$out"/*.pdf | head -n 1)"
    docx="$(ls "$out"/*.docx | head -n 1)"
    check_words "$name (PDF)" "$original" "$pdf" "$tmp/$name.declared"
    check_pages "$name (PDF)" "$original" "$pdf"
    if [[ -z "$soffice_bin" ]]; then
        echo "SKIP $name (DOCX): LibreOffice is not installed (Debian package libreoffice-writer-nogui)"
        continue
    fi
    mkdir -p "$out/lo"
    if ! timeout 120 "$soffice_bin" -env:UserInstallation=file://"$tmp"/lo-profile --headless --convert-to pdf --outdir "$out/lo" "$docx" > "$out/lo.log" 2>&1; then
        fail "$name (DOCX): LibreOffice could not open and convert it"
        continue
    fi
    lopdf="$(ls "$out"/lo/*.pdf 2>/dev/null | head -n 1)"
    if [[ -z "$lopdf" ]]; then
        fail "$name (DOCX): LibreOffice wrote no PDF"
        continue
    fi
    check_words "$name (DOCX)" "$original" "$lopdf" "$tmp/$name.docx-declared"
    check_pages "$name (DOCX)" "$original" "$lopdf"
done < tests/originals.tsv

echo "$passed passed, $failed failed"
(( failed == 0 && passed > 0 ))
