#!/usr/bin/env bash
# Checks the schemas against the files they describe:
#   - every samples/*.xml validates against schema/naskah.rng (xmllint) and passes `naskah check`
#     (exit 0; warnings are allowed);
#   - every layouts/*.xml validates against schema/gaya.rng;
#   - every bad input in tests/data/bad/ is rejected by schema/naskah.rng, except the few whose
#     problem RELAX NG cannot express (listed below), so the schema cannot drift into accepting
#     anything.
#
#   tests/scripts/schema.sh [PATH-TO-NASKAH]      (default: build/naskah)
set -u

. "$(dirname "${BASH_SOURCE[0]}")/naskah_bin.sh"
use_naskah "${1:-}"

if ! command -v xmllint >/dev/null 2>&1; then
    echo "schema.sh: xmllint not found (Debian package libxml2-utils)" >&2
    echo "0 passed, 1 failed"
    exit 2
fi

# Bad inputs that are valid for RELAX NG: table geometry, the <tambahan> count, a <konvensi> value
# (its settings are the house style loader's table), and XML-level
# rules of naskah that xmllint does not share (it reads UTF-16 and DOCTYPEs).
schema_blind=(
    table-cell-beyond
    table-cells-overlap
    table-colspan-leaves
    table-row-short
    table-two-errors
    table-rowspan-past-end
    tambahan-missing
    konvensi-nilai
    xml-doctype-entity
    xml-utf16
    ayat-out-of-order
    gambar-missing
    nbsp-only               # text of only no-break spaces is text to RELAX NG
    pembukaan-in-keputusan  # <pembukaan> is allowed by the <jenis> value, which the schema does not read
)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL $1"
    [[ -s "$tmp/out" ]] && sed 's/^/  /' "$tmp/out" | head -20
}

shopt -s nullglob
samples=(samples/*.xml)
layouts=(layouts/*.xml)
((${#samples[@]} > 0)) || { echo "FAIL no samples"; failed=$((failed + 1)); }
((${#layouts[@]} > 0)) || { echo "FAIL no layouts"; failed=$((failed + 1)); }

for f in "${samples[@]}"; do
    if xmllint --noout --relaxng schema/naskah.rng "$f" >"$tmp/out" 2>&1; then pass; else fail "$f: not valid against schema/naskah.rng"; fi
    if "$bin" check "$f" >"$tmp/out" 2>&1; then pass; else fail "$f: naskah check exited $?"; fi
done

for f in "${layouts[@]}"; do
    if xmllint --noout --relaxng schema/gaya.rng "$f" >"$tmp/out" 2>&1; then pass; else fail "$f: not valid against schema/gaya.rng"; fi
done

for f in tests/data/bad/*.xml; do
    name="$(basename "$f" .xml)"
    blind=0
    for b in "${schema_blind[@]}"; do [[ "$b" == "$name" ]] && blind=1; done
    xmllint --noout --relaxng schema/naskah.rng "$f" >"$tmp/out" 2>&1
    status=$?
    if ((blind)); then
        if ((status == 0)); then pass; else fail "$f: listed as invisible to the schema, but the schema rejects it (update the list)"; fi
    else
        if ((status != 0)); then pass; else : >"$tmp/out"; fail "$f: bad input accepted by schema/naskah.rng"; fi
    fi
done

echo "$passed passed, $failed failed"
((failed == 0))
