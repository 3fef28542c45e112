#!/usr/bin/env bash
# Hashes of everything naskah makes from the repository's own decrees, so a change meant to be
# "machinery only" (speed) can be shown to change no output:
#
#   bench/outputs.sh build/naskah > before.txt     # on the old binary
#   bench/outputs.sh build/naskah > after.txt      # on the new one
#   diff before.txt after.txt                      # names of the files that differ, nothing else
#
# One line per output: `naskah check --json` (stdout, stderr, exit code) of every
# tests/corpus/*.xml, samples/*.xml and tests/data/**/*.xml; the PDF and DOCX of `render` of every
# corpus and sample decree (with its exit code); and the PDF and DOCX of `batch -j 2` of both
# folders. Only hashes and file names are printed: the held-out corpus decrees' findings are
# never shown (tests/corpus/README.md).
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-build/naskah}"
if [[ "$bin" != /* ]]; then bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"; fi
[[ -x "$bin" ]] || { echo "bench/outputs.sh: no naskah binary at '$bin'" >&2; exit 2; }
cd "$root" || exit 2
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1700000000}"

hash() { sha256sum | cut -c1-16; }

shopt -s nullglob globstar
for f in tests/corpus/*.xml samples/*.xml tests/data/**/*.xml; do
    "$bin" check --json "$f" >"$tmp/out" 2>"$tmp/err"
    echo "check $f exit $? out $(hash <"$tmp/out") err $(hash <"$tmp/err")"
done
for f in tests/corpus/*.xml samples/*.xml; do
    rm -rf "$tmp/r" && mkdir "$tmp/r"
    "$bin" render "$f" -o "$tmp/r" --format pdf,docx >/dev/null 2>&1
    echo "render $f exit $?"
    for o in "$tmp"/r/*; do echo "render $f -> $(basename "$o") $(hash <"$o")"; done
done
for d in tests/corpus samples; do
    rm -rf "$tmp/b"
    "$bin" batch "$d" -o "$tmp/b" -j 2 --format pdf,docx --quiet >/dev/null 2>&1
    echo "batch $d exit $?"
    (cd "$tmp/b" && find . -name '*.pdf' -o -name '*.docx' | sort | while read -r o; do echo "batch $d -> $o $(hash <"$o")"; done)
done
