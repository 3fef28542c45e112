#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test:
#   1. the release build with -Wall -Wextra -Werror, and all its tests (ctest: unit tests and the
#      end-to-end checks of the real PDF, DOCX and batch output);
#   2. a second build with AddressSanitizer and UndefinedBehaviorSanitizer, running the unit tests
#      and the bad-input and PDF checks on the sanitized binary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNASKAH_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j2 -L sanitize
