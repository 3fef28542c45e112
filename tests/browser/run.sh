#!/usr/bin/env bash
# The browser test of `naskah serve` (serve_test.mjs): Debian's chromium driven by puppeteer-core
# from npm, installed here from package-lock.json (npm ci; no browser is downloaded).
#   bash tests/browser/run.sh NASKAH_BIN [SCREENSHOT_DIR]
# Exits 77 (ctest: skipped) with a SKIP line when chromium, Node or the npm registry is missing.
set -uo pipefail
bin=$(realpath "$1")
shots=${2:+$(realpath -m "$2")}
cd "$(dirname "$0")"
chromium=${CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $chromium ]]; then echo "SKIP: $chromium missing (bash scripts/deps.sh --test installs Debian's chromium)"; exit 77; fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then echo "SKIP: node or npm missing (bash scripts/deps.sh --test)"; exit 77; fi
if ! command -v pdftotext >/dev/null; then echo "SKIP: pdftotext missing (poppler-utils)"; exit 77; fi
# node_modules is reinstalled when the lock file is newer than the installed tree
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  # puppeteer-core has no install script, and no browser is fetched: --ignore-scripts keeps it so
  if ! npm ci --no-audit --no-fund --ignore-scripts >npm-ci.log 2>&1; then
    echo "SKIP: npm ci failed (is the npm registry reachable?); see tests/browser/npm-ci.log"
    exit 77
  fi
  rm -f npm-ci.log
fi
exec node serve_test.mjs "$bin" $shots
