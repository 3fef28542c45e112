#!/usr/bin/env bash
# Runs `naskah check --no-rules` on every bad input in tests/data/bad/ and compares the result
# with NAME.expected: a first line "exit N", then the exact diagnostics naskah prints on stderr,
# with the path as given from the repository root (tests/data/bad/NAME.xml). Nothing may be
# printed on stdout.
#
#   tests/scripts/bad_inputs.sh [PATH-TO-NASKAH]      (default: build/naskah)
#
# After a deliberate change of a diagnostic, regenerate the expected files and READ the diff:
#   tests/scripts/bad_inputs.sh build/naskah --regenerate && git diff tests/data/bad
set -u

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="${1:-build/naskah}"
regenerate="${2:-}"
# a relative path is taken from the current folder if it exists there, else from the repo root
if [[ "$bin" != /* && -e "$bin" ]]; then bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"; fi
cd "$root" || exit 2
if [[ ! -x "$bin" ]]; then
    echo "bad_inputs.sh: no naskah binary at '$bin'" >&2
    echo "0 passed, 1 failed"
    exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
shopt -s nullglob
files=(tests/data/bad/*.xml)
if ((${#files[@]} == 0)); then
    echo "bad_inputs.sh: no bad inputs in tests/data/bad" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

for f in "${files[@]}"; do
    name="${f%.xml}"
    expected="$name.expected"
    "$bin" check --no-rules "$f" >"$tmp/stdout" 2>"$tmp/stderr"
    status=$?
    { echo "exit $status"; cat "$tmp/stderr"; } >"$tmp/actual"
    if [[ "$regenerate" == "--regenerate" ]]; then
        cp "$tmp/actual" "$expected"
    fi
    problems=()
    if [[ ! -f "$expected" ]]; then
        problems+=("missing $expected")
    elif ! cmp -s "$expected" "$tmp/actual"; then
        problems+=("stderr or exit code differs from $expected:")
        problems+=("$(diff -u "$expected" "$tmp/actual" | tail -n +3)")
    fi
    if [[ -s "$tmp/stdout" ]]; then
        problems+=("wrote to stdout:")
        problems+=("$(head -c 2000 "$tmp/stdout")")
    fi
    if ((status == 0)); then
        problems+=("exit 0: a bad input must not pass")
    fi
    if ((${#problems[@]} == 0)); then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $f"
        printf '  %s\n' "${problems[@]}"
    fi
done

# render refuses every bad input too, with a non-zero exit and no output file at all
for f in "${files[@]}"; do
    out="$tmp/render-out"
    rm -rf "$out"
    mkdir -p "$out"
    "$bin" render "$f" -o "$out/" --format pdf,docx,wordml --sign-map >/dev/null 2>&1
    status=$?
    if ((status == 0)) || [[ -n "$(ls -A "$out")" ]]; then
        failed=$((failed + 1))
        echo "FAIL render $f: exit $status, wrote: $(ls -A "$out" | tr '\n' ' ')"
    else
        passed=$((passed + 1))
    fi
done

# an expected file whose input is gone is a mistake too
for e in tests/data/bad/*.expected; do
    if [[ ! -f "${e%.expected}.xml" ]]; then
        failed=$((failed + 1))
        echo "FAIL $e: no matching .xml"
    fi
done

echo "$passed passed, $failed failed"
((failed == 0))
