#!/bin/bash
# Submits an archive's shards as one Slurm job array and the merge as a job that waits for it.
#
#   docs/slurm/submit.sh ARCHIVE OUTDIR SHARDS [CPUS-PER-SHARD] [TASKS]
#   docs/slurm/submit.sh /srv/arsip /srv/pdf 16 4          # shards 1-16, 4 CPUs each, then the merge
#   docs/slurm/submit.sh /srv/arsip /srv/pdf 16 4 3,7      # run shards 3 and 7 again, merge again
#
# Prints "ARRAY_JOB_ID MERGE_JOB_ID". Logs go to LOGDIR (default: the current folder) as
# naskah-shard-ARRAYID_K.log and naskah-merge-ID.log. NASKAH (the binary) and any other variable
# of this shell reach the jobs (--export=ALL). Extra sbatch options (partition, account, time
# limit) go in SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_TIMELIMIT…, which sbatch reads itself.
set -euo pipefail
if (($# < 3 || $# > 5)); then
    sed -n '4,6p' "$0" | sed 's/^# *//' >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
archive="$(realpath "$1")" outdir="$(realpath -m "$2")" shards="$3" cpus="${4:-1}" tasks="${5:-1-$3}"
logs="$(realpath -m "${LOGDIR:-.}")"
mkdir -p "$logs"
array=$(sbatch --parsable --array="$tasks" --cpus-per-task="$cpus" --export="ALL,NASKAH_SHARDS=$shards" \
    --output="$logs/naskah-shard-%A_%a.log" "$here/naskah-shard.sbatch" "$archive" "$outdir")
array="${array%%;*}"
merge=$(sbatch --parsable --dependency="afterany:$array" --kill-on-invalid-dep=yes \
    --output="$logs/naskah-merge-%j.log" "$here/naskah-merge.sbatch" "$outdir" "$shards")
echo "$array ${merge%%;*}"
