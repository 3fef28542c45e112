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
  local label=$1 file=$2 format=$3 n=$4
  /usr/bin/python3 - "$bin" "$file" "$format" "$n" "$tmp/out" "$label" <<'PY'
import os, resource, statistics, subprocess, sys, time
binary, path, fmt, n, out, label = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]
times, peak = [], 0
for _ in range(n):
    start = time.perf_counter()
    extra = ["--no-checks"] if label.endswith("no checks)") else []
    proc = subprocess.Popen([binary, "render", path, "--variant", "asli", "--format", fmt, "-o", out + "/"] + extra,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    times.append(time.perf_counter() - start)
    peak = max(peak, usage.ru_maxrss)
pdf = os.path.join(out, os.path.basename(path)[:-4] + ".pdf")
pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages")), "-")
print(f"{label:34s} {statistics.median(times) * 1000:9.1f} ms  (min {min(times) * 1000:8.1f})  {peak // 1024:5d} MiB peak  {pages} pages")
PY
}
mkdir -p "$tmp/out"
echo "naskah render, median of $runs runs (whole process), $(nproc) cores"
measure "reference (decree + 53 rows)" "$ref" pdf "$runs"
measure "reference (no checks)" "$ref" pdf "$runs"
measure "reference, pdf+docx" "$ref" pdf,docx "$runs"
measure "R=10 (530 rows)" "$tmp/r10.xml" pdf "$runs"
measure "R=38 (2,014 rows)" "$tmp/r38.xml" pdf 5
measure "R=380 (20,140 rows)" "$tmp/r380.xml" pdf 3
