#!/usr/bin/env bash
# Time of the drafting checks on both samples; prints times, is not a test.
#
#   bench/check.sh [PATH-TO-NASKAH] [RUNS]        (defaults: build/naskah, 21)
#
# 1. Whole process: the median of RUNS runs of `naskah check REFERENCE TEAM`, and of the same with
#    --no-rules (reading and validating only). The difference is what the checks cost a one-off
#    `naskah check`, the once-per-process loading of the dictionary and the area lists included.
# 2. In process: a small driver built from src/ with -O2 calls run_checks on both decrees five
#    times; the first call pays the loading, the later ones are what a batch pays per decree.
#    Needs g++ and the development packages the project builds with; skipped if it does not build.
set -u

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-build/naskah}"
runs="${2:-21}"
if [[ "$bin" != /* && -e "$bin" ]]; then bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"; fi
cd "$root" || exit 2
[[ -x "$bin" ]] || { echo "bench/check.sh: no naskah binary at '$bin'" >&2; exit 2; }
samples=(samples/keputusan-kpu-kab-malang-15-2022.xml samples/keputusan-tim-zi-2023.xml)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== whole process, median of $runs runs: $bin check ${samples[*]}"
/usr/bin/python3 - "$bin" "$runs" "${samples[@]}" <<'PY'
import statistics, subprocess, sys, time
binary, runs, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def median_ms(extra):
    times = []
    for i in range(runs + 1):
        t = time.perf_counter()
        subprocess.run([binary, "check", *extra, *files], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i:  # the first run warms the page cache
            times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), min(times)
full, full_min = median_ms([])
read, read_min = median_ms(["--no-rules"])
print(f"check             {full:7.1f} ms  (min {full_min:.1f})")
print(f"check --no-rules  {read:7.1f} ms  (min {read_min:.1f})")
print(f"the checks        {full - read:7.1f} ms  (loading included)")
PY

echo "== in process: run_checks on both samples, five calls"
cat >"$tmp/driver.cpp" <<'CPP'
#include <chrono>
#include <cstdio>
#include "check/checks.hpp"
#include "xml/decree_reader.hpp"
int main(int argc, char** argv)
{
    using clock = std::chrono::steady_clock;
    std::vector<naskah::model::Decree> decrees(static_cast<std::size_t>(argc - 1));
    for (int i = 1; i < argc; ++i) {
        naskah::DiagnosticSink sink;
        naskah::xml::read_decree(argv[i], decrees[static_cast<std::size_t>(i - 1)], sink);
    }
    {
        // ICU loads its data on first use; the static naskah binary pays that while reading
        const auto t = clock::now();
        naskah::model::ordinal_id(1);
        naskah::model::upper_id("a");
        std::printf("ICU start-up  %7.2f ms  (not the checks' own cost)\n", std::chrono::duration<double, std::milli>(clock::now() - t).count());
    }
    for (int call = 1; call <= 5; ++call) {
        const auto t = clock::now();
        std::size_t found = 0;
        for (const auto& d : decrees) {
            naskah::DiagnosticSink sink;
            naskah::check::run_checks(d, {}, sink);
            found += sink.items().size();
        }
        const double ms = std::chrono::duration<double, std::milli>(clock::now() - t).count();
        std::printf("call %d  %7.2f ms  (%zu findings)%s\n", call, ms, found, call == 1 ? "  first: loads dictionary and areas" : "");
    }
}
CPP
sources=$(ls src/core/*.cpp src/model/*.cpp src/xml/*.cpp src/style/*.cpp src/check/*.cpp)
if g++ -std=c++20 -O2 -Isrc -DNASKAH_VERSION='"bench"' -DNASKAH_DATA_DIR="\"$root\"" "$tmp/driver.cpp" $sources \
    -o "$tmp/driver" $(pkg-config --cflags --libs icu-uc icu-i18n hunspell) -lpugixml 2>"$tmp/build.log"; then
    "$tmp/driver" "${samples[@]}"
else
    echo "(driver did not build; see the compiler's output below)"
    head -20 "$tmp/build.log"
fi
