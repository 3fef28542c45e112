#!/usr/bin/python3
"""Checks docs/k8s/naskah-batch.yaml, the Kubernetes example of a sharded archive run.

    /usr/bin/python3 tests/scripts/k8s_manifest.py [PATH-TO-NASKAH]

1. It is well-formed YAML (PyYAML, Debian's python3-yaml) with the documents and fields a cluster
   needs: a ReadWriteMany claim, an Indexed Job whose completions, parallelism and SHARDS agree,
   a merge Job, both mounting the claim at the same path.
2. Its shell is run here, with /srv moved to a temporary folder and the real naskah binary: the
   shard command for each JOB_COMPLETION_INDEX (0-based) of a 24-decree archive, the merge's init
   container (which must wait while shards are missing, then pass) and the merge. The merged
   manifest must be byte-identical to an unsharded run's: the index arithmetic covers every shard
   exactly once.
Last line: "N passed, M failed".
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MANIFEST = os.path.join(ROOT, "docs", "k8s", "naskah-batch.yaml")
passed = failed = 0


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {what}" + (f" ({detail})" if detail else ""), file=sys.stderr)


def env_value(container, name):
    for e in container.get("env", []):
        if e.get("name") == name:
            return e.get("value")
    return None


def main():
    naskah = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "naskah"))
    if not os.access(naskah, os.X_OK):
        print(f"k8s_manifest.py: no naskah binary at '{naskah}'\n0 passed, 1 failed")
        return 2

    # --- 1. structure ---------------------------------------------------------------------------------
    with open(MANIFEST, encoding="utf-8") as f:
        try:
            docs = [d for d in yaml.safe_load_all(f) if d is not None]
        except yaml.YAMLError as e:
            check("the manifest is well-formed YAML", False, str(e))
            print(f"{passed} passed, {failed} failed")
            return 1
    check("the manifest is well-formed YAML", True)
    kinds = [(d.get("kind"), d.get("metadata", {}).get("name")) for d in docs]
    check("documents: a claim and two Jobs", kinds == [("PersistentVolumeClaim", "naskah-arsip"), ("Job", "naskah-shards"),
                                                     ("Job", "naskah-merge")], str(kinds))
    if len(docs) != 3:
        print(f"{passed} passed, {failed} failed")
        return 1
    claim, shards_job, merge_job = docs
    for d in docs:
        check(f"{d['kind']} {d['metadata']['name']} has apiVersion", d.get("apiVersion") in ("v1", "batch/v1"))
    check("the claim is ReadWriteMany (shared by every shard)", claim["spec"].get("accessModes") == ["ReadWriteMany"])

    spec = shards_job["spec"]
    shard_pod = spec["template"]["spec"]
    shard = shard_pod["containers"][0]
    shards = env_value(shard, "SHARDS")
    check("the shard Job is Indexed", spec.get("completionMode") == "Indexed")
    check("completions = parallelism = SHARDS", str(spec.get("completions")) == str(spec.get("parallelism")) == shards,
          f"{spec.get('completions')}, {spec.get('parallelism')}, {shards}")
    check("Job pods use restartPolicy Never", shard_pod.get("restartPolicy") == "Never"
          and merge_job["spec"]["template"]["spec"].get("restartPolicy") == "Never")
    cpus = next((e for e in shard.get("env", []) if e.get("name") == "CPUS"), {})
    check("-j follows the CPUs requested", cpus.get("valueFrom", {}).get("resourceFieldRef", {}).get("resource") == "requests.cpu")
    merge_pod = merge_job["spec"]["template"]["spec"]
    wait, merge = merge_pod["initContainers"][0], merge_pod["containers"][0]
    check("the merge Job has the same SHARDS", env_value(wait, "SHARDS") == shards == env_value(merge, "SHARDS"))
    for name, pod, c in (("shard", shard_pod, shard), ("wait", merge_pod, wait), ("merge", merge_pod, merge)):
        mounts = {m["name"]: m["mountPath"] for m in c.get("volumeMounts", [])}
        volumes = {v["name"]: v.get("persistentVolumeClaim", {}).get("claimName") for v in pod.get("volumes", [])}
        check(f"the {name} container mounts the claim at /srv",
              mounts.get("arsip") == "/srv" and volumes.get("arsip") == claim["metadata"]["name"], f"{mounts} {volumes}")
        check(f"the {name} container runs a shell script", c.get("command") == ["/bin/sh", "-c"] and len(c.get("args", [])) == 1)

    # --- 2. the scripts, run here -------------------------------------------------------------------------
    tmp = tempfile.mkdtemp()
    try:
        srv = os.path.join(tmp, "srv")
        bindir = os.path.join(tmp, "bin")
        os.makedirs(bindir)
        os.symlink(naskah, os.path.join(bindir, "naskah"))
        with open(os.path.join(ROOT, "samples", "keputusan-kpu-kab-malang-15-2022.xml"), encoding="utf-8") as f:
            sample = f.read()
        for i in range(1, 25):
            folder = os.path.join(srv, "arsip", f"{i % 3:02d}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"keputusan-{i:03d}.xml"), "w", encoding="utf-8") as f:
                f.write(re.sub(r"<nomor>15/", f"<nomor>{i}/", sample, count=1))

        def run(container, extra_env=None, timeout=120):
            script = container["args"][0].replace("/srv", srv)
            env = dict(os.environ, PATH=bindir + ":" + os.environ.get("PATH", ""))
            env.update({e["name"]: e["value"] for e in container.get("env", []) if "value" in e})
            env.update(extra_env or {})
            # its own process group, so a timeout ends the script's children (sleep) too
            proc = subprocess.Popen(["/bin/sh", "-c", script], env=env, cwd=tmp, start_new_session=True,
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            try:
                out, _ = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.communicate()
                raise
            return subprocess.CompletedProcess(proc.args, proc.returncode, out)

        try:
            run(wait, timeout=2)
            check("the merge's init container waits while shards are missing", False, "it returned")
        except subprocess.TimeoutExpired:
            check("the merge's init container waits while shards are missing", True)
        for index in range(int(shards)):
            r = run(shard, {"JOB_COMPLETION_INDEX": str(index), "CPUS": "1"})
            check(f"the shard command for index {index} succeeds", r.returncode == 0, r.stdout[-500:])
        parts = sorted(p for p in os.listdir(os.path.join(srv, "pdf")) if re.fullmatch(r"manifest\.\d+-of-\d+\.json", p))
        expected = [f"manifest.{k}-of-{shards}.json" for k in range(1, int(shards) + 1)]
        check("indexes 0..N-1 give shards 1..N of N", parts == expected, str(parts))
        try:
            r = run(wait, timeout=30)
            check("the init container passes once every shard is complete", r.returncode == 0, r.stdout[-500:])
        except subprocess.TimeoutExpired:
            check("the init container passes once every shard is complete", False, "still waiting after 30 s")
        r = run(merge)
        check("the merge step merges and verifies", r.returncode == 0 and "24 of 24 output(s) match" in r.stdout, r.stdout[-500:])
        ref = os.path.join(tmp, "ref")
        r = subprocess.run([naskah, "batch", os.path.join(srv, "arsip"), "-o", ref, "-j", "2", "--quiet"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        merged = os.path.join(srv, "pdf", "manifest.json")
        same = r.returncode == 0 and os.path.isfile(merged)
        if same:
            with open(merged, "rb") as a, open(os.path.join(ref, "manifest.json"), "rb") as b:
                same = a.read() == b.read()
        check("the merged manifest equals an unsharded run's", same)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
