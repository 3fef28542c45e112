#!/usr/bin/env bash
# Installs what naskah needs on Debian 12 (as root), and nothing that is already there.
#   scripts/deps.sh          build and run: compiler, CMake and the libraries
#   scripts/deps.sh --test   also the tools the tests check real output with
set -euo pipefail
build=(g++ cmake make pkg-config
  libhpdf-dev libpugixml-dev libicu-dev libboost-program-options-dev libgtest-dev
  libharfbuzz-dev libhyphen-dev hyphen-id libzip-dev libdeflate-dev libqrencode-dev libhunspell-dev hunspell-id
  libpng-dev libssl-dev nlohmann-json3-dev libcpp-httplib-dev)
test=(poppler-utils qpdf libxml2-utils libnss3-tools openssl python3 python3-docx
  libreoffice-writer-nogui zbar-tools time clang libclang-rt-14-dev
  slurm-wlm munge python3-yaml chromium)
want=("${build[@]}")
[[ "${1:-}" == "--test" ]] && want+=("${test[@]}")
# the browser test drives chromium from Node (puppeteer-core, tests/browser/): Debian's nodejs and
# npm, unless a Node with its own npm is already there (a NodeSource nodejs conflicts with them)
[[ "${1:-}" == "--test" ]] && ! command -v npm >/dev/null && want+=(nodejs npm)
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "deps: all present"
