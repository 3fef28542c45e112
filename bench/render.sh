#!/usr/bin/env bash
# Whole-process render times and peak memory of the reference decree and scaled work plans.
# Prints the median of N runs (default 11) and the peak RSS; not a test.
#   bench/render.sh [build/naskah] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/naskah}
runs=${2:-11}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ref=samples/keputusan-kpu-kab-malang-15-2022.xml
for r in 1 10 38 380; do /usr/bin/python3 bench/scale_workplan.py "$ref" "$r" "$tmp/r$r.xml" 2>/dev/null; done
measure() {  # label file format runs
  local label=$1 file=$2 format=$3 n=$4 times=() peak=0
  for ((i = 0; i < n; i++)); do
    local out
    out=$( { /usr/bin/time -f "%e %M" "$bin" render "$file" --variant asli --format "$format" -o "$tmp/out/" >/dev/null 2>"$tmp/err"; } 2>&1 || true)
    out=$(tail -1 "$tmp/err")
    times+=("$(echo "$out" | cut -d' ' -f1)")
    local kb; kb=$(echo "$out" | cut -d' ' -f2)
    ((kb > peak)) && peak=$kb
  done
  local median; median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p")
  local pages; pages=$(pdfinfo "$tmp/out/$(basename "${file%.xml}").pdf" 2>/dev/null | awk '/^Pages/ {print $2}')
  printf '%-34s %8s s  %6d MiB peak  %s pages\n' "$label" "$median" $((peak / 1024)) "${pages:--}"
}
mkdir -p "$tmp/out"
echo "naskah render, median of $runs runs (whole process), $(nproc) cores"
measure "reference (decree + 53 rows)" "$ref" pdf "$runs"
measure "reference, pdf+docx" "$ref" pdf,docx "$runs"
measure "R=10 (530 rows)" "$tmp/r10.xml" pdf "$runs"
measure "R=38 (2,014 rows)" "$tmp/r38.xml" pdf 5
measure "R=380 (20,140 rows)" "$tmp/r380.xml" pdf 3
