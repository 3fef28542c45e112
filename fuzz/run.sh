#!/usr/bin/env bash
# Builds the libFuzzer targets with Debian's clang (into build-fuzz/) and runs them for SECONDS
# in all (default 120): a quarter each for fuzz_read and fuzz_import, the rest for fuzz_render.
# CI runs it after the README's test command (.ci/run). Seeds: fuzz/corpus/ (crashes found
# earlier, kept), the samples and the bad inputs, and for fuzz_import the main parts of naskah's
# own DOCX files (fuzz/import-seeds/); the dictionary comes from the schemas (fuzz/make_dict.sh).
# On a crash it exits 1 and names the reproducer (build-fuzz/artifacts/); after the fix, copy it
# into fuzz/corpus/ so every later run starts from it. Prints executions and coverage last.
#   bash fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
# A fixed seed: libFuzzer then mutates in the same order on every machine, so what CI's run finds
# a longer local run with the same seed finds too (NASKAH_FUZZ_SEED=0 asks for a random one).
seed="${NASKAH_FUZZ_SEED:-1}"
if ! command -v clang++ >/dev/null || [[ ! -e "$(clang++ -print-resource-dir)/lib/linux/libclang_rt.fuzzer-x86_64.a" ]]; then
  echo "fuzz: SKIP: clang++ with libFuzzer (Debian clang, libclang-rt-14-dev) is not installed; bash scripts/deps.sh --test installs it"
  exit 1
fi
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DNASKAH_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_read fuzz_render fuzz_import >/dev/null
mkdir -p build-fuzz/artifacts
seeds=(fuzz/corpus samples tests/data/bad)
for d in tests/data/checks/*/; do seeds+=("$d"); done
status=0
summary=build-fuzz/fuzz-summary.txt
: >"$summary"
for target in fuzz_read fuzz_import fuzz_render; do
  case "$target" in
    fuzz_read | fuzz_import) t=$((seconds / 4)) ;;
    *) t=$((seconds - 2 * (seconds / 4))) ;;
  esac
  work="build-fuzz/corpus-$target"
  mkdir -p "$work"
  target_seeds=("${seeds[@]}")
  [[ "$target" == fuzz_import ]] && target_seeds=(fuzz/import-seeds)
  log="build-fuzz/$target.log"
  # leaks are reported by the sanitizer build of the tests; here they would stop the run on
  # libraries' one-time allocations (Hunspell, fontconfig-free HarfBuzz caches)
  if ! ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "build-fuzz/fuzz/$target" "$work" "${target_seeds[@]}" -dict=fuzz/naskah.dict -max_total_time="$t" -max_len=131072 -seed="$seed" \
      -timeout=30 -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix=build-fuzz/artifacts/ >"$log" 2>&1; then
    status=1
    echo "fuzz: $target FAILED; the log: $log; the reproducer:" >&2
    ls build-fuzz/artifacts/ >&2
    grep -A30 "ERROR\|runtime error\|deadly signal" "$log" | head -60 >&2
  fi
  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -1)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  corpus=$(ls "$work" | wc -l)
  echo "$target: ${t} s, ${runs:-?} executions, ${cov:-cov ?}, corpus $corpus inputs" | tee -a "$summary"
done
exit "$status"
