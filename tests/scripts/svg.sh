#!/usr/bin/env bash
# `naskah render --format svg` on the samples, checked with real tools: well-formed (xmllint),
# one <svg class="page"> per PDF page (pdfinfo), the SVG's word labels the text pdftotext reads
# from the PDF, in the same order, byte-identical on a second run, and -o FILE.svg honoured.
#   tests/scripts/svg.sh [PATH-TO-NASKAH]      (default: build/naskah)
set -u
. "$(dirname "${BASH_SOURCE[0]}")/naskah_bin.sh"
use_naskah "${1:-}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0 failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
bad() { echo "FAIL $1"; failed=$((failed + 1)); }

for sample in samples/keputusan-kpu-kab-malang-15-2022.xml samples/keputusan-tim-zi-2023.xml; do
    name=$(basename "$sample" .xml)
    "$bin" render "$sample" --format svg,pdf --variant asli --no-checks -o "$out/a" >/dev/null 2>&1 || { bad "$name: render failed"; continue; }
    svg="$out/a/$name.svg"
    if xmllint --noout "$svg" 2>/dev/null; then ok "$name: well-formed SVG"; else bad "$name: xmllint rejects the SVG"; fi
    pages=$(pdfinfo "$out/a/$name.pdf" | awk '/^Pages:/ {print $2}')
    svg_pages=$(grep -c '<svg class="page"' "$svg")
    if [[ "$pages" == "$svg_pages" ]]; then ok "$name: $svg_pages pages, as the PDF"; else bad "$name: $svg_pages SVG pages, $pages PDF pages"; fi
    # the same text in the same order: the PDF's content stream (pdftotext -raw) against the SVG's
    # word labels, spacing and hyphens aside (pdftotext joins a hyphenated word)
    grep -o 'aria-label="[^"]*"' "$svg" | sed 's/^aria-label="//; s/"$//' | sed 's/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g' |
        tr -d ' \n-' > "$out/svg-text"
    pdftotext -raw "$out/a/$name.pdf" - | tr -d ' \n\f\t-' > "$out/pdf-text"
    if cmp -s "$out/svg-text" "$out/pdf-text"; then ok "$name: the SVG's words are the PDF's, in order"
    else bad "$name: the SVG's words differ from the PDF's: $(cmp "$out/svg-text" "$out/pdf-text" | head -1)"; fi
    "$bin" render "$sample" --format svg --variant asli --no-checks -o "$out/b" >/dev/null 2>&1
    if cmp -s "$svg" "$out/b/$name.svg"; then ok "$name: deterministic"; else bad "$name: a second run differs"; fi
done
"$bin" render samples/keputusan-kpu-kab-malang-15-2022.xml --format svg --no-checks -o "$out/one.svg" >/dev/null 2>&1
if [[ -s "$out/one.svg" ]] && grep -q 'data-section="lampiran-1"' "$out/one.svg"; then ok "-o FILE.svg writes that file"; else bad "-o FILE.svg"; fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
