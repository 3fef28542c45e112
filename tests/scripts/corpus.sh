#!/usr/bin/env bash
# Keeps the corpus of real decrees (tests/corpus/) usable by the checks and house-style work:
#   - every NAME.xml is read by naskah without a reading or format error (`naskah check
#     --no-rules` exits 0) and validates against schema/naskah.rng;
#   - every NAME.xml renders to a PDF (with --no-checks: some originals carry real slips that
#     naskah reports as errors, e.g. a Lampiran the published file does not contain);
#   - every NAME.xml has its NAME.txt (with the header lines source/issuer/kind/level/conventions
#     and at least one "=== page N ===" marker) and its NAME.expected, and README.md lists it;
#   - compare.py reads the .txt and the rendered PDF (its word counts are for people, not
#     asserted here: they measure house styles still being built).
#
#   tests/scripts/corpus.sh [PATH-TO-NASKAH]      (default: build/naskah)
set -u

. "$(dirname "${BASH_SOURCE[0]}")/naskah_bin.sh"
use_naskah "${1:-}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

shopt -s nullglob
files=(tests/corpus/*.xml)
if [[ ${#files[@]} -eq 0 ]]; then
    echo "FAIL: no tests/corpus/*.xml"
    echo "0 passed, 1 failed"
    exit 1
fi
have_xmllint=1
command -v xmllint >/dev/null 2>&1 || { have_xmllint=0; echo "SKIP schema validation: xmllint not found (Debian package libxml2-utils)"; }

for xml in "${files[@]}"; do
    name="$(basename "$xml" .xml)"
    ok=1
    if ! "$bin" check --no-rules "$xml" >"$tmp/check.out" 2>&1; then
        fail "$name" "naskah check --no-rules: $(head -3 "$tmp/check.out")"; ok=0
    fi
    if [[ $have_xmllint -eq 1 ]] && ! xmllint --noout --relaxng schema/naskah.rng "$xml" >"$tmp/rng.out" 2>&1; then
        fail "$name" "schema: $(head -3 "$tmp/rng.out")"; ok=0
    fi
    mkdir -p "$tmp/$name"
    if ! "$bin" render --no-checks "$xml" -o "$tmp/$name/" >"$tmp/render.out" 2>&1; then
        fail "$name" "render: $(head -3 "$tmp/render.out")"; ok=0
    fi
    pdf="$(ls "$tmp/$name"/*.pdf 2>/dev/null | head -1)"
    [[ -n "$pdf" ]] || { fail "$name" "no PDF written"; ok=0; }
    txt="tests/corpus/$name.txt"
    if [[ ! -f "$txt" ]]; then
        fail "$name" "missing $txt"; ok=0
    else
        for key in source issuer kind level conventions; do
            grep -q "^# $key:" "$txt" || { fail "$name" "$txt has no '# $key:' header line"; ok=0; }
        done
        grep -q '^=== page [0-9]* ===$' "$txt" || { fail "$name" "$txt has no page marker"; ok=0; }
        if [[ -n "$pdf" ]] && ! /usr/bin/python3 tests/corpus/compare.py "$txt" "$pdf" >"$tmp/cmp.out" 2>&1; then
            fail "$name" "compare.py: $(tail -2 "$tmp/cmp.out")"; ok=0
        fi
    fi
    [[ -f "tests/corpus/$name.expected" ]] || { fail "$name" "missing tests/corpus/$name.expected"; ok=0; }
    grep -q "$name" tests/corpus/README.md 2>/dev/null || { fail "$name" "not listed in tests/corpus/README.md"; ok=0; }
    [[ $ok -eq 1 ]] && passed=$((passed + 1))
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
