#!/usr/bin/env bash
# Time of `naskah import` on the reference decree's DOCX (target: under 30 ms); prints times and
# peak memory, is not a test.
#
#   bench/import.sh [PATH-TO-NASKAH] [RUNS]        (defaults: build/naskah, 21)
#
# The DOCX is the one naskah renders from samples/keputusan-kpu-kab-malang-15-2022.xml (the
# reference, certified copy, 53-row work plan), and the same file saved by LibreOffice when
# soffice is installed. Whole process: the median and minimum of RUNS runs of
# `naskah import IN.docx -o OUT.xml`, and the peak resident memory of one (GNU time).
set -u

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-build/naskah}"
runs="${2:-21}"
if [[ "$bin" != /* && -e "$bin" ]]; then bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"; fi
cd "$root" || exit 2
[[ -x "$bin" ]] || { echo "bench/import.sh: no naskah binary at '$bin'" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$bin" render samples/keputusan-kpu-kab-malang-15-2022.xml --format docx --no-checks -o "$tmp/reference.docx" >/dev/null 2>&1 ||
    { echo "bench/import.sh: cannot render the reference's DOCX" >&2; exit 2; }
inputs=("$tmp/reference.docx")
if command -v soffice >/dev/null 2>&1; then
    mkdir -p "$tmp/lo" "$tmp/home"
    HOME="$tmp/home" timeout 120 soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$tmp/lo" "$tmp/reference.docx" >/dev/null 2>&1 &&
        cp "$tmp/lo/reference.docx" "$tmp/reference-libreoffice.docx" && inputs+=("$tmp/reference-libreoffice.docx")
fi

for f in "${inputs[@]}"; do
    echo "== $(basename "$f") ($(stat -c %s "$f") bytes), median of $runs runs"
    /usr/bin/python3 - "$bin" "$runs" "$f" "$tmp/out.xml" <<'PY'
import statistics, subprocess, sys, time
binary, runs, src, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
times = []
for i in range(runs + 1):
    t = time.perf_counter()
    subprocess.run([binary, "import", src, "-o", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    if i:  # the first run warms the page cache
        times.append((time.perf_counter() - t) * 1000)
print(f"import  median {statistics.median(times):6.1f} ms  min {min(times):6.1f} ms  max {max(times):6.1f} ms")
PY
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f "peak memory %M KiB" "$bin" import "$f" -o "$tmp/out.xml" 2>&1 >/dev/null | tail -1
    fi
done

echo "== in process: import_docx_bytes on the reference's DOCX, ten calls (links build/libnaskah_core.a)"
cat >"$tmp/driver.cpp" <<'CPP'
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include "import/import.hpp"
#include "model/model.hpp"
int main(int, char** argv)
{
    using clock = std::chrono::steady_clock;
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string bytes = ss.str();
    naskah::model::upper_id("a");  // ICU's data, loaded once per process
    for (int call = 1; call <= 10; ++call) {
        const auto t = clock::now();
        naskah::DiagnosticSink sink;
        naskah::import::ImportOutput out;
        naskah::import::import_docx_bytes(argv[1], bytes, {}, out, sink);
        std::printf("call %2d  %6.2f ms  (%zu bytes of XML)\n", call, std::chrono::duration<double, std::milli>(clock::now() - t).count(), out.xml.size());
    }
}
CPP
lib="$root/build/libnaskah_core.a"
if [[ -f "$lib" ]] && g++ -std=c++20 -O2 -Isrc "$tmp/driver.cpp" "$lib" -o "$tmp/driver" \
    $(pkg-config --libs icu-uc icu-i18n harfbuzz harfbuzz-subset libzip libqrencode hunspell libdeflate) -lpugixml -lhpdf -lhyphen 2>"$tmp/build.log"; then
    "$tmp/driver" "$tmp/reference.docx"
else
    echo "(driver did not build)"; tail -5 "$tmp/build.log"
fi
