#!/usr/bin/env bash
# A drafting check's error stops `naskah render` (docs/checks.md): for a Peraturan whose Pasal 3
# refers to an ayat Pasal 2 does not have (tests/data/checks/pasal-rujukan/salah.xml), render
# exits 1, names file:line:col of the reference and the rule code on stderr, and writes no file
# in any format; `--no-checks` renders it anyway; the clean fixture renders.
#
#   tests/scripts/check_render.sh [PATH-TO-NASKAH]      (default: build/naskah)
set -u

. "$(dirname "${BASH_SOURCE[0]}")/naskah_bin.sh"
use_naskah "${1:-}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

bad=tests/data/checks/pasal-rujukan/salah.xml
good=tests/data/checks/pasal-rujukan/benar.xml

for lang in id en; do
    out="$tmp/out-$lang"
    mkdir -p "$out"
    "$bin" render "$bad" -o "$out/" --format pdf,docx,wordml --sign-map --lang "$lang" >"$tmp/stdout" 2>"$tmp/stderr"
    status=$?
    if ((status != 1)); then fail "render $bad (--lang $lang): exit $status, expected 1"; else passed=$((passed + 1)); fi
    if [[ -n "$(ls -A "$out")" ]]; then fail "render $bad (--lang $lang) wrote: $(ls -A "$out" | tr '\n' ' ')"; else passed=$((passed + 1)); fi
    if grep -q "^$bad:44:61: error: .*\[PASAL-RUJUKAN\]" "$tmp/stderr"; then
        passed=$((passed + 1))
    else
        fail "render $bad (--lang $lang): no '$bad:44:61: error: … [PASAL-RUJUKAN]' on stderr:"
        sed 's/^/  /' "$tmp/stderr"
    fi
done

# the escape: without the checks the same file renders
out="$tmp/out-no-checks"
mkdir -p "$out"
if "$bin" render "$bad" -o "$out/" --no-checks >/dev/null 2>"$tmp/stderr" && [[ -s "$out/salah.pdf" ]]; then
    passed=$((passed + 1))
else
    fail "render $bad --no-checks: no PDF"; sed 's/^/  /' "$tmp/stderr"
fi
out="$tmp/out-good"
mkdir -p "$out"
if "$bin" render "$good" -o "$out/" >/dev/null 2>"$tmp/stderr" && [[ -s "$out/benar.pdf" ]]; then
    passed=$((passed + 1))
else
    fail "render $good: no PDF"; sed 's/^/  /' "$tmp/stderr"
fi

# `naskah new` for every shipped house style: the starter renders, and the drafting checks find
# nothing in it but the «…» still to fill in (a warning on an untouched starter teaches the
# drafter to ignore the checks)
for style_file in layouts/*.xml; do
    style="$(basename "$style_file" .xml)"
    for kind in keputusan peraturan instruksi; do
        draft="$tmp/new-$style-$kind.xml"
        if ! "$bin" new "$kind" --gaya "$style" > "$draft" 2>"$tmp/stderr"; then
            fail "naskah new $kind --gaya $style: exit $?"; sed 's/^/  /' "$tmp/stderr"; continue
        fi
        # layout warnings (W-…) count too: every style's page, the Perda booklet of Kulon Progo
        # (165 mm) included, holds the starter's work plan with its words whole
        others="$("$bin" check --json "$draft" 2>&1 | grep -v '"code":"ISIAN"' || true)"
        if [[ -n "$others" ]]; then fail "naskah new $kind --gaya $style: the checks find more than ISIAN:"; echo "$others" | sed 's/^/  /' | cut -c1-300
        else passed=$((passed + 1)); fi
        if "$bin" render "$draft" -o "$tmp/new-out/" >/dev/null 2>"$tmp/stderr"; then passed=$((passed + 1))
        else fail "render of the $style $kind starter"; sed 's/^/  /' "$tmp/stderr"; fi
    done
done

echo "$passed passed, $failed failed"
((failed == 0))
