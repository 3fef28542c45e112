#!/usr/bin/env bash
# Decrees per second of a sharded archive run as a Slurm job array of 1, 2 and 4 tasks, against
# the same shards started by xargs: the difference is what Slurm's scheduling costs.
#
#   bench/slurm.sh [PATH-TO-NASKAH] [DECREES] [REPEATS]      (defaults: build/naskah 2000 3)
#
# Starts a single-node cluster with scripts/slurm-local.sh (stopped on exit). The decrees are
# copies of the reference decree with their own numbers, as in bench/batch.sh. Each task gets
# nproc/TASKS CPUs (at least 1) and runs `naskah batch --shard K/TASKS -j CPUS --quiet`
# (docs/slurm/naskah-shard.sbatch); with more tasks than CPUs the rest wait for a free CPU, under
# Slurm as under xargs (-P = how many fit at once). A Slurm run is timed from sbatch to the moment
# squeue (polled every 0.1 s) no longer lists the array; an xargs run from start to exit. xargs
# starts each shard in its own session (setsid), as slurmstepd starts each job: with the kernel's
# autogroup scheduling (/proc/sys/kernel/sched_autogroup_enabled) a session is what gets a fair
# share of a busy machine, so shards sharing xargs's session would get less CPU than Slurm's. Each
# run starts from an empty output folder; Slurm and xargs runs alternate so drifts of a shared
# machine hit both. Prints the median of REPEATS runs, and the min-max; "Slurm - xargs" is the
# median of the per-repeat differences. "empty array" times the same array running `true`
# (`sbatch --wrap true`): submission, scheduling, launch and teardown without any rendering.
# Peak RSS: the largest of the xargs shards (/usr/bin/time, Debian package "time").
set -u

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-build/naskah}"
count="${2:-2000}"
repeats="${3:-3}"
if [[ "$bin" != /* && -e "$bin" ]]; then bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"; fi
cd "$root" || exit 2
[[ -x "$bin" ]] || { echo "bench/slurm.sh: no naskah binary at '$bin'" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench/slurm.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
. scripts/slurm-local.sh

tmp="$(mktemp -d)"
trap 'slurm_stop; rm -rf "$tmp"' EXIT
trap 'exit 130' INT
slurm_start || { echo "bench/slurm.sh: Slurm cannot start: $slurm_skip_reason" >&2; exit 77; }

awk -v n="$count" -v dir="$tmp/in" '
    { lines[NR] = $0 }
    END {
        for (i = 1; i <= n; i++) {
            f = sprintf("%s/%02d/keputusan-%05d.xml", dir, i % 100, i)
            if (i <= 100) system("mkdir -p " dir "/" sprintf("%02d", i % 100))
            for (l = 1; l <= NR; l++) {
                line = lines[l]
                if (line ~ /<nomor>/) sub(/<nomor>15\//, "<nomor>" i "/", line)
                print line > f
            }
            close(f)
        }
    }' samples/keputusan-kpu-kab-malang-15-2022.xml

now() { date +%s.%N; }
cores=$(nproc)
median() { sort -g | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f", m, v[1], v[NR] }'; }

echo "naskah on Slurm $(sinfo -V | cut -d' ' -f2): $count reference-sized decrees, PDF only, $cores cores, naskah $("$bin" --version | cut -d' ' -f2), median of $repeats (min-max)"
printf '  %-6s %-5s %-22s %-22s %-25s %-20s %s\n' tasks CPUs "Slurm s (decrees/s)" "xargs s (decrees/s)" "Slurm - xargs s" "empty array s" "peak RSS of a shard"
for tasks in 1 2 4; do
    cpus=$((cores / tasks))
    ((cpus >= 1)) || cpus=1
    at_once=$((cores / cpus))
    : >"$tmp/slurm-$tasks"
    : >"$tmp/xargs-$tasks"
    : >"$tmp/empty-$tasks"
    : >"$tmp/rss-$tasks"
    for ((r = 1; r <= repeats; r++)); do
        out="$tmp/out"
        rm -rf "$out"
        sync
        t0=$(now)
        job=$(NASKAH="$bin" sbatch --parsable --array="1-$tasks" --cpus-per-task="$cpus" --output="$tmp/slurm-%A_%a.log" \
            docs/slurm/naskah-shard.sbatch "$tmp/in" "$out" --quiet)
        while [[ -n "$(squeue -h -j "${job%%;*}" -o %i 2>/dev/null)" ]]; do sleep 0.1; done
        t1=$(now)
        # one task is --shard 1/1, an unsharded run: its manifest is manifest.json
        if ((tasks == 1)); then n=$(grep -c '"status":"ok"' "$out/manifest.json"); else n=$(cat "$out"/manifest.*-of-"$tasks".json | grep -c '"status":"ok"'); fi
        ((n == count)) || echo "  warning: Slurm run rendered $n of $count" >&2
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >>"$tmp/slurm-$tasks"

        rm -rf "$out"
        sync
        t0=$(now)
        seq 1 "$tasks" | xargs -P "$at_once" -I{} setsid --wait /usr/bin/time -a -o "$tmp/rss-$tasks" -f %M "$bin" batch "$tmp/in" -o "$out" --shard "{}/$tasks" -j "$cpus" --quiet
        t1=$(now)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >>"$tmp/xargs-$tasks"

        # the same array with nothing to do: Slurm's own cost, without the noise of rendering
        t0=$(now)
        job=$(sbatch --parsable --array="1-$tasks" --cpus-per-task="$cpus" --output=/dev/null --wrap true)
        while [[ -n "$(squeue -h -j "${job%%;*}" -o %i 2>/dev/null)" ]]; do sleep 0.1; done
        t1=$(now)
        awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }' >>"$tmp/empty-$tasks"
    done
    read -r sm smin smax < <(median <"$tmp/slurm-$tasks")
    read -r xm xmin xmax < <(median <"$tmp/xargs-$tasks")
    paste "$tmp/slurm-$tasks" "$tmp/xargs-$tasks" | awk '{ print $1 - $2 }' >"$tmp/diff-$tasks"
    read -r dm dmin dmax < <(median <"$tmp/diff-$tasks")
    read -r em emin emax < <(median <"$tmp/empty-$tasks")
    rss=$(sort -n "$tmp/rss-$tasks" | tail -n 1)
    awk -v t="$tasks" -v c="$cpus" -v n="$count" -v sm="$sm" -v smin="$smin" -v smax="$smax" -v xm="$xm" -v xmin="$xmin" -v xmax="$xmax" \
        -v dm="$dm" -v dmin="$dmin" -v dmax="$dmax" -v em="$em" -v emin="$emin" -v emax="$emax" -v rss="$rss" 'BEGIN {
        printf "  %-6d %-5d %5.2f (%3.0f; %.0f-%.0f)   %5.2f (%3.0f; %.0f-%.0f)   %+.2f (%+.2f to %+.2f)   %.2f (%.2f-%.2f)   %.0f MiB\n",
            t, c, sm, n / sm, n / smax, n / smin, xm, n / xm, n / xmax, n / xmin, dm, dmin, dmax, em, emin, emax, rss / 1024 }'
done
