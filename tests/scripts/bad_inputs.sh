#!/usr/bin/env bash
# Runs `naskah check --no-rules` on every bad input in tests/data/bad/ and compares the result
# with NAME.expected: a first line "exit N", then the exact diagnostics naskah prints on stderr,
# with the path as given from the repository root (tests/data/bad/NAME.xml). Nothing may be
# printed on stdout.
#
# Each input is checked in both message languages: NAME.expected holds the English run
# (--lang en), NAME.expected-id the Indonesian one (no --lang: Indonesian is the default). The
# two runs must also agree line by line on everything but the message (exit code, file:line:col,
# severity, [CODE]) and differ in every message, so that no error is left in one language only.
#
#   tests/scripts/bad_inputs.sh [PATH-TO-NASKAH]      (default: build/naskah)
#
# After a deliberate change of a diagnostic, regenerate the expected files and READ the diff:
#   tests/scripts/bad_inputs.sh build/naskah --regenerate && git diff tests/data/bad
set -u

. "$(dirname "${BASH_SOURCE[0]}")/naskah_bin.sh"
use_naskah "${1:-}"
regenerate="${2:-}"

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

# "exit N" and each diagnostic line without its message (or hint): what both languages share
skeleton() { sed -E 's/^(.*: (error|warning|note): ).*( \[[A-Z0-9-]+\])$/\1…\3/; s/^  .*/  …/' "$1"; }
# the messages alone, one a line
messages() { sed -nE 's/^.*: (error|warning|note): (.*) \[[A-Z0-9-]+\]$/\2/p' "$1"; }

for f in "${files[@]}"; do
    name="${f%.xml}"
    problems=()
    for lang in en id; do
        if [[ "$lang" == en ]]; then
            expected="$name.expected"
            "$bin" check --no-rules --lang en "$f" >"$tmp/stdout" 2>"$tmp/stderr"
        else
            expected="$name.expected-id"
            "$bin" check --no-rules "$f" >"$tmp/stdout" 2>"$tmp/stderr"
        fi
        status=$?
        { echo "exit $status"; cat "$tmp/stderr"; } >"$tmp/actual-$lang"
        if [[ "$regenerate" == "--regenerate" ]]; then
            cp "$tmp/actual-$lang" "$expected"
        fi
        if [[ ! -f "$expected" ]]; then
            problems+=("missing $expected")
        elif ! cmp -s "$expected" "$tmp/actual-$lang"; then
            problems+=("stderr or exit code differs from $expected:")
            problems+=("$(diff -u "$expected" "$tmp/actual-$lang" | tail -n +3)")
        fi
        if [[ -s "$tmp/stdout" ]]; then
            problems+=("wrote to stdout (--lang $lang):")
            problems+=("$(head -c 2000 "$tmp/stdout")")
        fi
        if ((status == 0)); then
            problems+=("exit 0 (--lang $lang): a bad input must not pass")
        fi
    done
    if ! cmp -s <(skeleton "$tmp/actual-en") <(skeleton "$tmp/actual-id"); then
        problems+=("the English and Indonesian runs differ in more than the messages:")
        problems+=("$(diff -u <(skeleton "$tmp/actual-en") <(skeleton "$tmp/actual-id") | tail -n +3)")
    fi
    if [[ -z "$(messages "$tmp/actual-en")" ]]; then
        problems+=("no diagnostic line to compare")
    fi
    while IFS=$'\t' read -r en id; do
        [[ "$en" == "$id" ]] && problems+=("message not translated: $en")
    done < <(paste <(messages "$tmp/actual-en") <(messages "$tmp/actual-id"))
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
for e in tests/data/bad/*.expected tests/data/bad/*.expected-id; do
    input="${e%-id}"
    if [[ ! -f "${input%.expected}.xml" ]]; then
        failed=$((failed + 1))
        echo "FAIL $e: no matching .xml"
    fi
done

echo "$passed passed, $failed failed"
((failed == 0))
