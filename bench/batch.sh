#!/usr/bin/env bash
# Throughput and peak memory of `naskah batch` on reference-sized decrees, PDF only.
#
#   bench/batch.sh [PATH-TO-NASKAH] [DECREES] [JOBS...]
#   bench/batch.sh build/naskah 2000 1 2        # decrees per second with -j 1 and -j 2
#   bench/batch.sh build/naskah 10000 2         # peak memory for 10,000 decrees
#   VARIED=1 bench/batch.sh build/naskah 2000 2  # every paragraph with "dan" differs per decree
#
# VARIED=1 writes the decree's number after every " dan " as well, so most paragraphs of one
# decree appear in no other: the per-thread paragraph memo then only helps within a decree, as
# for an archive whose decrees share little text.
#
# The decrees are copies of samples/keputusan-kpu-kab-malang-15-2022.xml (10 pages, a
# six-section work plan) with their own numbers, so every output differs. Each run starts from
# an empty output folder; the rate counts from process start to exit (fonts, dictionary and
# house style loading included). Needs /usr/bin/time (Debian package "time").
set -u

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-build/naskah}"
count="${2:-2000}"
shift $(($# >= 2 ? 2 : $#))
jobs=("$@")
((${#jobs[@]})) || jobs=(2)
if [[ "$bin" != /* && -e "$bin" ]]; then bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"; fi
cd "$root" || exit 2
[[ -x "$bin" ]] || { echo "bench/batch.sh: no naskah binary at '$bin'" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench/batch.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# One awk process writes all the copies: forking sed ten thousand times would take longer than the run.
awk -v n="$count" -v dir="$tmp/in" -v varied="${VARIED:-0}" '
    { lines[NR] = $0 }
    END {
        for (i = 1; i <= n; i++) {
            f = sprintf("%s/%02d/keputusan-%05d.xml", dir, i % 100, i)
            if (i <= 100) system("mkdir -p " dir "/" sprintf("%02d", i % 100))
            for (l = 1; l <= NR; l++) {
                line = lines[l]
                if (line ~ /<nomor>/) sub(/<nomor>15\//, "<nomor>" i "/", line)
                if (varied == "1") gsub(/ dan /, " dan " i " ", line)
                print line > f
            }
            close(f)
        }
    }' samples/keputusan-kpu-kab-malang-15-2022.xml

echo "naskah batch: $count reference-sized decrees$([[ "${VARIED:-0}" == 1 ]] && echo ' (varied text)'), PDF only, $(nproc) cores ($(uname -m)), naskah $("$bin" --version | cut -d' ' -f2)"
for j in "${jobs[@]}"; do
    out="$tmp/out-$j"
    sync
    /usr/bin/time -v -o "$tmp/time-$j" "$bin" batch "$tmp/in" -o "$out" -j "$j" --format pdf --quiet 2>"$tmp/err-$j"
    status=$?
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s }' "$tmp/time-$j")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time-$j")
    user=$(awk -F': ' '/User time/ { print $2 }' "$tmp/time-$j")
    sys=$(awk -F': ' '/System time/ { print $2 }' "$tmp/time-$j")
    pdfs=$(find "$out" -name '*.pdf' | wc -l)
    awk -v j="$j" -v n="$pdfs" -v w="$wall" -v r="$rss" -v u="$user" -v s="$sys" -v st="$status" 'BEGIN {
        printf "  -j %-2s %6d PDFs in %6.2f s wall  %7.1f decrees/s  CPU %.2f s user + %.2f s sys (%.1f ms/decree)  peak RSS %.1f MiB  exit %d\n",
            j, n, w, n / w, u, s, 1000 * (u + s) / n, r / 1024, st }'
    rm -rf "$out"
done
