# Sourced by the test scripts: `use_naskah "${1:-}"` sets $root and $bin (the naskah binary,
# default build/naskah) and moves to the repository root. A relative path is taken from the
# current folder if it exists there, else from the repository root. Without a runnable binary it
# prints the test's failure line and exits 2.
use_naskah() {
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
    bin="${1:-build/naskah}"
    if [[ "$bin" != /* && -e "$bin" ]]; then bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"; fi
    cd "$root" || exit 2
    if [[ ! -x "$bin" ]]; then
        echo "$(basename "$0"): no naskah binary at '$bin'" >&2
        echo "0 passed, 1 failed"
        exit 2
    fi
}
