#!/usr/bin/env bash
# A throw-away single-node Slurm cluster on this machine, from Debian's slurm-wlm and munge.
#
#   bash scripts/slurm-local.sh COMMAND [ARG...]   starts the cluster, runs COMMAND with SLURM_CONF
#                                                   set (sbatch, squeue, sacct … talk to it), stops
#                                                   the cluster and returns COMMAND's exit code
#   . scripts/slurm-local.sh                        defines slurm_start and slurm_stop for a script:
#         slurm_start || { echo "SKIP: $slurm_skip_reason"; exit 77; }
#         trap slurm_stop EXIT
#
# Everything lives in one temporary folder: a fresh munge key, munged on its own socket, a
# slurm.conf naming this machine as the only node (CPUs and memory as `slurmd -C` reports them),
# slurmctld and slurmd in the foreground on free ports, their state, spool and logs. Nothing in
# /etc is read or changed, so it runs beside a real Slurm or munge installation.
#
# Accounting: slurmdbd needs MariaDB, too heavy for a test. With
# AccountingStorageType=accounting_storage/none, plain `sacct` only says accounting is disabled;
# `sacct --completion` (-c) reads the job-completion log instead, which JobCompType=jobcomp/filetxt
# writes: one record per job and per array task, with its state and exit code. That is the record
# the test checks.
#
# Slurm cannot start (exit 77, the reason in $slurm_skip_reason) when the packages are missing, when
# not run as root (slurmd runs jobs as their users), or when a daemon does not come up.
#
# slurm_stop cancels the jobs, stops slurmd, slurmctld and munged, then ends any process still
# carrying this cluster's SLURM_CONF in its environment (slurmstepd and job steps outlive slurmd
# by design), waits for them all, and removes the folder unless SLURM_LOCAL_KEEP=1.

slurm_dir=""
slurm_skip_reason=""
slurm_pids=()

# Prints a TCP port nobody listens on (the kernel picks it).
_slurm_free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])'
}

# Waits up to $2 tenths of a second (wall clock: a client such as sinfo can itself take seconds
# when a daemon does not answer) for command $1 (eval'd) to succeed. Gives up at once when one of
# the daemons started so far has died.
_slurm_wait_for() {
    local deadline pid
    deadline=$(($(date +%s%N) / 100000000 + $2))
    while (($(date +%s%N) / 100000000 < deadline)); do
        eval "$1" >/dev/null 2>&1 && return 0
        for pid in "${slurm_pids[@]}"; do
            kill -0 "$pid" 2>/dev/null || return 1
        done
        sleep 0.1
    done
    return 1
}

_slurm_fail() {
    slurm_skip_reason="$1"
    local log
    for log in "$slurm_dir"/munged.log "$slurm_dir"/slurmctld.log "$slurm_dir"/slurmd.log; do
        [[ -s "$log" ]] && { echo "--- last lines of $log" >&2; tail -n 5 "$log" >&2; }
    done
    slurm_stop
    return 77
}

slurm_start() {
    local p
    for p in munged mungekey slurmctld slurmd; do
        [[ -x "/usr/sbin/$p" ]] || { slurm_skip_reason="/usr/sbin/$p is missing (Debian packages slurm-wlm and munge; bash scripts/deps.sh --test installs them)"; return 77; }
    done
    for p in sbatch squeue scancel sacct sinfo scontrol; do
        command -v "$p" >/dev/null || { slurm_skip_reason="$p is missing (Debian package slurm-client)"; return 77; }
    done
    [[ $(id -u) -eq 0 ]] || { slurm_skip_reason="a local Slurm cluster needs root (slurmd starts jobs as their user)"; return 77; }

    slurm_dir="$(mktemp -d /tmp/slurm-local.XXXXXX)"
    chmod 700 "$slurm_dir"
    mkdir -p "$slurm_dir"/{state,spool,munge}
    local d="$slurm_dir" host ctld_port slurmd_port node
    host="$(hostname -s)"

    # munge: its own key and socket; munged refuses keys and folders others can write
    mungekey --create --keyfile="$d/munge/munge.key" 2>"$d/mungekey.err" || { _slurm_fail "mungekey failed: $(cat "$d/mungekey.err")"; return 77; }
    chmod 400 "$d/munge/munge.key"
    SLURM_CONF="$d/slurm.conf" /usr/sbin/munged --foreground --force --key-file="$d/munge/munge.key" --socket="$d/munge/socket" \
        --pid-file="$d/munge/munged.pid" --seed-file="$d/munge/seed" --log-file="$d/munged.log" 2>>"$d/munged.log" &
    slurm_pids+=($!)
    _slurm_wait_for "[[ -S '$d/munge/socket' ]] && munge --socket='$d/munge/socket' -n </dev/null | unmunge --socket='$d/munge/socket'" 100 ||
        { _slurm_fail "munged did not start"; return 77; }

    ctld_port="$(_slurm_free_port)" && slurmd_port="$(_slurm_free_port)" || { _slurm_fail "no free TCP port"; return 77; }
    # The node as slurmd sees it (CPUs, sockets, cores, memory); UpTime is not a slurm.conf key.
    node="$(/usr/sbin/slurmd -C 2>/dev/null | grep '^NodeName=')" || { _slurm_fail "slurmd -C failed"; return 77; }
    node="${node/NodeName=$host /NodeName=$host NodeAddr=127.0.0.1 }"
    cat >"$d/slurm.conf" <<EOF
# written by scripts/slurm-local.sh
ClusterName=naskah-local
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$d/munge/socket
CredType=cred/munge
StateSaveLocation=$d/state
SlurmdSpoolDir=$d/spool
SlurmctldPidFile=$d/slurmctld.pid
SlurmdPidFile=$d/slurmd.pid
SlurmctldLogFile=$d/slurmctld.log
SlurmdLogFile=$d/slurmd.log
# no cgroups in a container: processes are tracked by their parent chain, not confined
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
# no slurmdbd: sacct --completion reads the job-completion log
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$d/jobcomp.log
# one CPU is the unit allocated, so array tasks share the node
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
MailProg=/bin/true
$node State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
    export SLURM_CONF="$d/slurm.conf"
    /usr/sbin/slurmctld -D -i -f "$SLURM_CONF" >>"$d/slurmctld.log" 2>&1 &
    slurm_pids+=($!)
    /usr/sbin/slurmd -D -N "$host" -f "$SLURM_CONF" >>"$d/slurmd.log" 2>&1 &
    slurm_pids+=($!)
    # the node is up once slurmctld has heard from slurmd and the node takes jobs
    _slurm_wait_for "timeout 5 sinfo -h -n '$host' -o %t | grep -qx idle" 300 ||
        { _slurm_fail "slurmctld or slurmd exited, or they did not bring node $host up within 30 s (sinfo: $(timeout 5 sinfo -h -o '%t %E' 2>&1 | head -n 1))"; return 77; }
    return 0
}

slurm_stop() {
    [[ -n "$slurm_dir" ]] || return 0
    local d="$slurm_dir" pid i t left
    if [[ -n "${SLURM_CONF:-}" ]] && ((${#slurm_pids[@]} == 3)) && kill -0 "${slurm_pids[1]}" 2>/dev/null; then
        timeout 10 scancel --quiet --user=root 2>/dev/null
        for ((i = 0; i < 100; i++)); do
            [[ -z "$(timeout 5 squeue -h -o %i 2>/dev/null)" ]] && break
            sleep 0.1
        done
    fi
    # slurmd before slurmctld (so no node-down handling), munged last (both need it to the end)
    for ((i = ${#slurm_pids[@]} - 1; i >= 0; i--)); do
        pid="${slurm_pids[i]}"
        if kill -TERM "$pid" 2>/dev/null; then
            for ((t = 0; t < 100; t++)); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
            kill -KILL "$pid" 2>/dev/null
        fi
        wait "$pid" 2>/dev/null
    done
    slurm_pids=()
    # What outlives the daemons (slurmstepd, job processes) still has this SLURM_CONF in its environment.
    for ((i = 0; i < 50; i++)); do
        left=()
        for pid in $(grep -lsF --null-data "SLURM_CONF=$d/slurm.conf" /proc/[0-9]*/environ | cut -d/ -f3); do
            [[ "$pid" == "$$" || "$pid" == "$BASHPID" ]] && continue
            left+=("$pid")
        done
        ((${#left[@]})) || break
        kill -KILL "${left[@]}" 2>/dev/null
        sleep 0.1
    done
    if [[ "${SLURM_LOCAL_KEEP:-0}" == 1 ]]; then
        echo "slurm-local: kept $d" >&2
    else
        rm -rf "$d"
    fi
    slurm_dir=""
    unset SLURM_CONF
}

# Run as a command: wrap COMMAND in a cluster's lifetime.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    if (($# == 0)); then
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
    fi
    trap slurm_stop EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    slurm_start || { echo "slurm-local: SKIP: Slurm cannot start here: $slurm_skip_reason" >&2; exit 77; }
    "$@"
    exit $?
fi
