#!/usr/bin/env bash
# A sharded archive run on a real (single-node) Slurm cluster, with the shipped job scripts.
#
#   tests/scripts/slurm.sh [PATH-TO-NASKAH]      (default: build/naskah)
#
# Starts a cluster with scripts/slurm-local.sh (stopped on any exit), makes 1,000 decrees, renders
# them once unsharded for reference, then submits them with docs/slurm/submit.sh as a 4-task job
# array plus the dependent merge job. Shard 2 is cancelled with scancel half way; the merge that
# follows must say which shard to run again. The shard is resubmitted (submit.sh … 2) and must
# resume, not restart. Then: the merged manifest and CSV are byte-identical to the unsharded run's,
# every output's SHA-256 and size match (sha256sum), the outputs equal the unsharded ones, and the
# job-completion record (`sacct --completion`) shows every shard completed, the cancelled task as
# cancelled and the merges' outcomes. Exit 77 with "SKIP: …" when Slurm cannot start here.
# Last line: "N passed, M failed".
set -u

. "$(dirname "${BASH_SOURCE[0]}")/naskah_bin.sh"
use_naskah "${1:-}"
. scripts/slurm-local.sh

tmp="$(mktemp -d)"
cleanup() {
    slurm_stop
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! slurm_start; then
    echo "SKIP: Slurm cannot start on this machine: $slurm_skip_reason"
    exit 77
fi
echo "single-node Slurm $(sinfo -V | cut -d' ' -f2) up: $(sinfo -h -o '%N %c CPUs %t')"

passed=0
failed=0
check() {
    local what="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $what" >&2
    fi
}
equal() { [[ "$1" == "$2" ]] || { echo "  expected '$2', got '$1'" >&2; return 1; }; }
same_tree() { diff -r -x .naskah-batch -x 'manifest.*-of-*' "$1" "$2" >/dev/null; }

# Waits (at most 5 minutes) until none of the given jobs is pending or running.
wait_jobs() {
    local ids i
    ids="$(IFS=,; echo "$*")"
    for ((i = 0; i < 3000; i++)); do
        [[ -z "$(squeue -h -j "$ids" -o %i 2>/dev/null)" ]] && return 0
        sleep 0.1
    done
    echo "  jobs $ids still queued after 5 minutes" >&2
    squeue >&2
    return 1
}

# The raw job id of array task $1_$2 (sacct --completion lists raw ids: Slurm 22.05's reader of
# the filetxt log drops the array fields), from slurmctld, which keeps ended jobs for MinJobAge.
raw_id() {
    scontrol -o show job "$1_$2" 2>/dev/null | grep -o '^JobId=[0-9]*' | cut -d= -f2
}
# The state sacct --completion records for raw job id $1 (the last record if several).
state_of() {
    sacct --completion -n -P -o JobIDRaw,State -j "$1" 2>/dev/null | awk -F'|' -v id="$1" '$1 == id { s = $2 } END { print s }'
}

# Every output a manifest lists exists with its size and SHA-256 (checked with sha256sum).
hashes_match() {
    local dir="$1" list="$tmp/sums"
    grep -o '"path":"[^"]*","size":[0-9]*,"pages":[0-9a-z]*,"sha256":"[0-9a-f]*"' "$dir/manifest.json" |
        sed 's/"path":"\([^"]*\)","size":\([0-9]*\),"pages":[0-9a-z]*,"sha256":"\([0-9a-f]*\)"/\3  \1 \2/' >"$list"
    [[ "$(wc -l <"$list")" == "$2" ]] || { echo "  $(wc -l <"$list") outputs listed, expected $2" >&2; return 1; }
    while read -r sum path size; do
        [[ "$(stat -c %s "$dir/$path")" == "$size" ]] || { echo "  size of $path" >&2; return 1; }
    done <"$list"
    (cd "$dir" && awk '{print $1 "  " $2}' "$list" | sha256sum --check --quiet --strict)
}

# --- inputs: 1,000 reference-sized decrees with their own numbers, in 10 folders (as bench/batch.sh) ---
count=1000
in="$tmp/arsip"
awk -v n="$count" -v dir="$in" '
    { lines[NR] = $0 }
    END {
        for (i = 1; i <= n; i++) {
            f = sprintf("%s/%02d/keputusan-%04d.xml", dir, i % 10, i)
            if (i <= 10) system("mkdir -p " dir "/" sprintf("%02d", i % 10))
            for (l = 1; l <= NR; l++) {
                line = lines[l]
                if (line ~ /<nomor>/) sub(/<nomor>15\//, "<nomor>" i "/", line)
                print line > f
            }
            close(f)
        }
    }' samples/keputusan-kpu-kab-malang-15-2022.xml

# --- the reference: one unsharded run ------------------------------------------------------------------
ref="$tmp/ref"
"$bin" batch "$in" -o "$ref" -j 2 --quiet 2>"$tmp/ref.err"
check "the unsharded run renders all $count decrees" equal "$(grep -c '"status":"ok"' "$ref/manifest.json")" "$count"

# --- 4 array tasks and the merge, submitted with the shipped scripts -----------------------------------
out="$tmp/pdf"
logs="$tmp/logs"
export NASKAH="$bin"
read -r array merge1 < <(LOGDIR="$logs" bash docs/slurm/submit.sh "$in" "$out" 4 1)
check "submit.sh prints the array and merge job ids" test -n "${array:-}" -a -n "${merge1:-}"

# Shard 2 is cancelled half way: once its journal holds half of its ~250 decrees.
journal="$out/.naskah-batch/journal.2-of-4.jsonl"
for ((i = 0; i < 3000; i++)); do
    [[ -f "$journal" && "$(wc -l <"$journal")" -ge 125 ]] && break
    [[ "$(squeue -h -j "${array}_2" -o %T 2>/dev/null)" =~ ^(RUNNING|PENDING|CONFIGURING)$ ]] || break
    sleep 0.05
done
scancel "${array}_2"
wait_jobs "$array" "$merge1"
at_cancel=$(grep -c '"status":"ok"' "$journal" 2>/dev/null)
check "the cancelled shard wrote its manifest, marked incomplete" grep -q '"complete": false' "$out/manifest.2-of-4.json"
check "the first merge says the archive is incomplete" grep -q '"complete": false' "$out/manifest.json"
check "the first merge names shard 2 to run again" grep -q 'shard(s) 2 of 4 missing or interrupted' "$logs/naskah-merge-$merge1.log"

# --- shard 2 again, and the merge again ----------------------------------------------------------------
read -r again merge2 < <(LOGDIR="$logs" bash docs/slurm/submit.sh "$in" "$out" 4 1 2)
wait_jobs "$again" "$merge2"
shard2=$(grep -c '"input_sha256"' "$out/manifest.2-of-4.json")
echo "shard 2 (job ${array}_2) cancelled with $at_cancel of its $shard2 decrees done; resubmitted as job ${again}_2"
check "shard 2 was cancelled part way ($at_cancel of $shard2 decrees journaled)" test "${at_cancel:-0}" -gt 0 -a "${at_cancel:-0}" -lt "$shard2"
check "the resubmitted shard resumes: only what was missing is rendered" \
    grep -q "naskah batch: $((shard2 - at_cancel)) rendered, $at_cancel unchanged, 0 failed" "$logs/naskah-shard-${again}_2.log"
check "the second merge verifies every output" grep -q "naskah manifest verify: $count of $count output(s) match" "$logs/naskah-merge-$merge2.log"

# --- the result equals the unsharded run ---------------------------------------------------------------
total=0
for k in 1 2 3 4; do
    total=$((total + $(grep -c '"input_sha256"' "$out/manifest.$k-of-4.json")))
done
check "the 4 shards together have every decree once" equal "$total" "$count"
check "the merged manifest is complete" grep -q '"complete": true' "$out/manifest.json"
check "the merged manifest is byte-identical to the unsharded run's" cmp "$out/manifest.json" "$ref/manifest.json"
check "the merged CSV is byte-identical to the unsharded run's" cmp "$out/manifest.csv" "$ref/manifest.csv"
check "every output's SHA-256 and size match the manifest (sha256sum)" hashes_match "$out" "$count"
check "the outputs are byte-identical to the unsharded run's" same_tree "$ref" "$out"

# --- the accounting record (sacct --completion, from JobCompType=jobcomp/filetxt) ----------------------
for k in 1 3 4; do
    check "sacct: shard $k (task ${array}_$k) COMPLETED" equal "$(state_of "$(raw_id "$array" "$k")")" COMPLETED
done
check "sacct: shard 2's first task ${array}_2 CANCELLED" equal "$(state_of "$(raw_id "$array" 2)")" CANCELLED
check "sacct: shard 2 resubmitted (task ${again}_2) COMPLETED" equal "$(state_of "$(raw_id "$again" 2)")" COMPLETED
check "sacct: the first merge FAILED (incomplete archive, exit 3)" \
    equal "$(sacct --completion -n -P -o JobIDRaw,State,ExitCode -j "$merge1" 2>/dev/null | grep "^$merge1|")" "$merge1|FAILED|3:0"
check "sacct: the second merge COMPLETED" equal "$(state_of "$merge2")" COMPLETED
check "sacct: 7 job records (4 tasks, 1 resubmitted task, 2 merges)" \
    equal "$(sacct --completion -n -P -o JobIDRaw 2>/dev/null | grep -c '^[0-9]')" 7

echo "$passed passed, $failed failed"
((failed == 0))
