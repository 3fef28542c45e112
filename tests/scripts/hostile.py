#!/usr/bin/python3
"""Hostile inputs (issue 19): each case is an input or a run that once crashed, hung, lost a file
or exited 0 on a broken document. Every case must end with the expected exit code (never a
signal, never past its time-out), name the expected [CODE] and leave no output file behind.

usage: hostile.py NASKAH_BINARY [--measure]   (run from the repository root)

--measure adds the large cases (a 1,000,000-row table, 63 MB) and prints a Markdown table of
exit code, first message, wall time and peak memory for docs/robustness.md instead of a test
report. Time-outs are hang guards only (no case comes near them); no time is asserted.
Prints one line per check and "N passed, M failed" last; exits 1 on any failure.
"""
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib

NASKAH = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "build/naskah")
MEASURE = "--measure" in sys.argv
ROOT = os.getcwd()
passed = failed = 0
rows = []  # measurements: (case, command, exit, message, seconds, MiB)


def report(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        if not MEASURE:
            print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def run(case, args, cwd, timeout=120, stdin=None):
    """Runs naskah under /usr/bin/time; returns (exit code or 'timeout', stderr, seconds, MiB)."""
    stats = os.path.join(cwd, ".time")
    cmd = ["/usr/bin/time", "-q", "-f", "%e %M", "-o", stats, NASKAH] + args
    start = time.monotonic()
    # its own process group: a time-out kills naskah too, not only /usr/bin/time above it (a hung
    # naskah once kept a core and 5 GB after the test had failed)
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=stdin if stdin is not None else subprocess.DEVNULL,
                            env=dict(os.environ, LC_ALL="C.UTF-8"), start_new_session=True)
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.communicate()
        rows.append((case, " ".join(args), "hang", f"no end within {timeout} s", timeout, 0))
        return "timeout", "", timeout, 0
    p = subprocess.CompletedProcess(cmd, proc.returncode, "", stderr)
    seconds = time.monotonic() - start
    mib = 0.0
    try:
        with open(stats) as f:
            last = f.read().split()
            seconds, mib = float(last[-2]), int(last[-1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    # /usr/bin/time reports a signal as "Command terminated by signal N" and exits 128+N
    code = p.returncode
    first = next((line for line in p.stderr.splitlines() if "error" in line or "naskah" in line), p.stderr.strip()[:200])
    rows.append((case, " ".join(args), code, first, seconds, mib))
    return code, p.stderr, seconds, mib


def expect(case, args, cwd, code, diag=None, no_files_in=None, timeout=120):
    got, err, _, _ = run(case, args, cwd, timeout)
    ok = got == code and (diag is None or f"[{diag}]" in err)
    detail = f"exit {got} (expected {code}{', ' + diag if diag else ''}); stderr: {err.strip()[:400]}"
    if ok and no_files_in is not None:
        left = sorted(os.listdir(no_files_in))
        if left:
            ok, detail = False, f"left files: {left}"
    report(ok, f"{case}: naskah {' '.join(args)}", detail)
    return err


# ---------------------------------------------------------------------------------------------
# inputs

BASE = open(os.path.join(ROOT, "tests/data/bad/butir-empty.xml"), encoding="utf-8").read().replace("    <butir></butir>\n", "")
TABLE = """<lampiran orientasi="potret">
    <judul>Tabel</judul>
    <tabel>
      {cols}
      <isi>
{rows}
      </isi>
    </tabel>
  </lampiran>"""


def decree(body_extra="", kop_extra="", gaya="kpu", label=None, lampiran=None):
    text = BASE.replace('gaya="kpu"', f'gaya="{gaya}"' if gaya else "")
    if kop_extra:
        text = text.replace("<baris>Kabupaten Malang</baris>", "<baris>Kabupaten Malang</baris>\n      " + kop_extra)
    if body_extra or label:
        attr = f' label="{label}"' if label else ""
        text = text.replace("<diktum>Keputusan ini mulai", f"<diktum{attr}>{body_extra}Keputusan ini mulai")
    if lampiran is not None:
        text = re.sub(r"<lampiran>.*</lampiran>", lambda _: lampiran, text, flags=re.S)
    return text


def table(columns, body_rows, col='<kolom lebar="10mm"/>'):
    return TABLE.format(cols=col * columns, rows=body_rows)


def png(width=64, height=64):
    rnd = random.Random(1)
    raw = b"".join(b"\0" + bytes(rnd.randrange(256) for _ in range(3 * width)) for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    tmp = tempfile.mkdtemp(prefix="naskah-hostile-")
    try:
        cases(tmp)
    finally:
        subprocess.run(["umount", os.path.join(tmp, "full")], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
    if MEASURE:
        print("| case | command | exit | first message | time (s) | peak memory (MiB) |")
        print("|---|---|---:|---|---:|---:|")
        for case, cmd, code, msg, sec, mib in rows:
            msg = msg.replace("|", "\\|")
            if len(msg) > 160:
                msg = msg[:160] + "…"
            cmd = cmd.replace("\n", "\\n")
            print(f"| {case} | `{cmd[:60]}` | {code} | {msg} | {sec:.2f} | {mib:.0f} |")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


def cases(tmp):
    out = os.path.join(tmp, "out")

    def fresh_out():
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        return out

    # 1. deep nesting: a positioned error, not a stack overflow
    write(f"{tmp}/deep-daftar.xml", decree("<daftar><butir>x" * 10000 + "</butir></daftar>" * 10000))
    write(f"{tmp}/deep-miring.xml", decree("<miring>" * 20000 + "x" + "</miring>" * 20000))
    expect("1 deep <daftar><butir> ×10,000", ["check", "deep-daftar.xml"], tmp, 1, "E-XML-DALAM")
    expect("1 deep <miring> ×20,000", ["check", "deep-miring.xml"], tmp, 1, "E-XML-DALAM")
    expect("1 deep <miring>, render", ["render", "deep-miring.xml", "-o", "out/"], tmp, 1, "E-XML-DALAM", fresh_out())

    # 2. a truncated PNG logo (73 bytes): libharu would abort the process
    with open(f"{tmp}/logo.png", "wb") as f:
        f.write(png())
    with open(f"{tmp}/logo-cut.png", "wb") as f:
        f.write(png()[:73])
    write(f"{tmp}/logo-cut.xml", decree(kop_extra='<logo berkas="logo-cut.png"/>'))
    write(f"{tmp}/logo-ok.xml", decree(kop_extra='<logo berkas="logo.png"/>'))
    expect("2 truncated PNG logo", ["check", "--no-rules", "logo-cut.xml"], tmp, 1, "E-LOGO")
    expect("2 truncated PNG logo, render", ["render", "--no-checks", "logo-cut.xml", "-o", "out/", "--format", "pdf,docx"], tmp, 1,
           "E-LOGO", fresh_out())
    expect("2 a whole PNG logo still renders", ["render", "--no-checks", "logo-ok.xml", "-o", "out/"], tmp, 0)

    # 3. rows × columns past int: refused with the table's position before anything is allocated
    body = "".join('<baris><sel gabung-kolom="100">x</sel></baris>\n' for _ in range(100000))
    write(f"{tmp}/grid-overflow.xml", decree(lampiran=table(100, body, "<kolom/>")))
    expect("3 grid 100 columns × 100,000 rows", ["check", "--no-rules", "grid-overflow.xml"], tmp, 1, "E-TABEL-BATAS")
    expect("3 grid 100 × 100,000, render", ["render", "--no-checks", "grid-overflow.xml", "-o", "out/"], tmp, 1, "E-TABEL-BATAS", fresh_out())
    write(f"{tmp}/colspan-huge.xml", decree(lampiran=table(2, '<baris><sel gabung-kolom="2147483647">x</sel></baris>')))
    expect("3 gabung-kolom=2147483647", ["check", "--no-rules", "colspan-huge.xml"], tmp, 1)

    # 5. gaya= and logo= naming devices and pipes: refused at once, at the attribute
    fifo = f"{tmp}/fifo"
    os.mkfifo(fifo)
    write(f"{tmp}/gaya-zero.xml", decree(gaya="/dev/zero"))
    write(f"{tmp}/gaya-fifo.xml", decree(gaya="./fifo"))
    write(f"{tmp}/logo-zero.xml", decree(kop_extra='<logo berkas="/dev/zero"/>'))
    write(f"{tmp}/logo-fifo.xml", decree(kop_extra='<logo berkas="fifo"/>'))
    for name, code in [("gaya-zero", "E-GAYA-BACA"), ("gaya-fifo", "E-GAYA-BACA"), ("logo-zero", "E-LOGO"), ("logo-fifo", "E-LOGO")]:
        err = expect(f"5 {name}", ["check", f"{name}.xml"], tmp, 1, code, timeout=30)
        report(re.search(rf"^{name}\.xml:\d+:\d+: ", err, re.M) is not None, f"5 {name}: the error names the decree's line:column", err[:300])
        expect(f"5 {name}, render", ["render", f"{name}.xml", "-o", "out/"], tmp, 1, code, fresh_out(), timeout=30)
    os.makedirs(f"{tmp}/batch-in")
    shutil.copy(f"{tmp}/gaya-fifo.xml", f"{tmp}/batch-in/")
    shutil.copy(f"{tmp}/logo-fifo.xml", f"{tmp}/batch-in/")
    got, err, _, _ = run("5 batch of FIFO references", ["batch", "batch-in", "-o", "batch-out", "-q"], tmp, timeout=60)
    report(got == 1, "5 batch with gaya and logo naming a FIFO ends (exit 1)", f"exit {got}: {err[:300]}")

    # 6. a table past the row limit (the 1,000,000-row case of the issue with --measure)
    many = 1000000 if MEASURE else 260000
    body = "".join(f"<baris><sel>{i}</sel></baris>\n" for i in range(many))
    write(f"{tmp}/rows.xml", decree(lampiran=table(1, body, '<kolom lebar="1*"/>')))
    expect(f"6 table of {many:,} rows", ["check", "--no-rules", "rows.xml"], tmp, 1, "E-TABEL-BATAS", timeout=300)
    if MEASURE:
        expect(f"6 table of {many:,} rows, check", ["check", "rows.xml"], tmp, 1, "E-TABEL-BATAS", timeout=300)
        expect(f"6 table of {many:,} rows, render", ["render", "rows.xml", "-o", "out/"], tmp, 1, "E-TABEL-BATAS", fresh_out(), timeout=300)
    os.remove(f"{tmp}/rows.xml")

    # 7. nothing drawn outside the page: an error, not a clipped document
    write(f"{tmp}/label-long.xml", decree(label="PANJANG" * 12))
    ok_table = table(3, "<baris><sel>1</sel><sel>a</sel><sel>b</sel></baris>")
    write(f"{tmp}/column-2000mm.xml", decree(lampiran=ok_table.replace('<kolom lebar="10mm"/>', '<kolom lebar="2000mm"/>', 1)))
    write(f"{tmp}/columns-190.xml", decree(lampiran=table(190, "<baris>" + "<sel>x</sel>" * 190 + "</baris>")))
    for name in ["label-long", "column-2000mm", "columns-190"]:
        expect(f"7 {name}", ["render", "--no-checks", f"{name}.xml", "-o", "out/"], tmp, 1, "E-LUAR-HALAMAN", fresh_out())

    # 8. several formats are all or nothing: a DOCX that cannot be written takes the PDF with it
    write(f"{tmp}/both.xml", decree())
    fresh_out()
    os.makedirs(f"{out}/both.docx")  # the rename onto a folder fails
    got, err, _, _ = run("8 render pdf,docx with the DOCX unwritable", ["render", "--no-checks", "both.xml", "-o", "out/", "--format", "pdf,docx"], tmp)
    left = sorted(os.listdir(out))
    report(got == 2 and left == ["both.docx"], "8 render pdf,docx: no PDF left when the DOCX fails", f"exit {got}, left {left}: {err[:300]}")

    # 12. an output never replaces the input, and -o names the format written
    write(f"{tmp}/self.xml", decree())
    before = open(f"{tmp}/self.xml", "rb").read()
    expect("12 render a.xml -o a.xml", ["render", "--no-checks", "self.xml", "-o", "self.xml", "--format", "wordml"], tmp, 2)
    report(open(f"{tmp}/self.xml", "rb").read() == before, "12 the input is left unchanged")
    expect("12 render a.xml -o a.xml (pdf)", ["render", "--no-checks", "self.xml", "-o", "self.xml"], tmp, 2)
    report(open(f"{tmp}/self.xml", "rb").read() == before, "12 the input is left unchanged (pdf)")
    expect("12 -o x.pdf --format docx", ["render", "--no-checks", "self.xml", "-o", "out/x.pdf", "--format", "docx"], tmp, 2, None, fresh_out())

    # 13. messages and exit codes
    write(f"{tmp}/gaya-missing.xml", decree(gaya="tidak-ada.xml"))
    for args in (["check", "--no-rules"], ["check"], ["render", "-o", "out/"]):
        err = expect("13 missing gaya file", args + ["gaya-missing.xml"], tmp, 1, "E-GAYA-BACA", fresh_out() if args[0] == "render" else None)
        report(re.search(r"^gaya-missing\.xml:3:\d+: ", err, re.M) is not None, f"13 missing gaya: at the decree's gaya= ({args[0]})", err[:300])
    os.makedirs(f"{tmp}/own")
    shutil.copy(os.path.join(ROOT, "layouts/kpu.xml"), f"{tmp}/own/own-style.xml")
    write(f"{tmp}/own/decree.xml", decree(gaya="own-style.xml"))
    expect("13 a relative gaya is taken from the input's folder", ["check", "--no-rules", "own/decree.xml"], tmp, 0)
    newline = f"{tmp}/line\nbreak.xml"
    write(newline, decree(gaya="tidak-ada.xml"))
    err = expect("13 a file name with a newline", ["check", "--no-rules", "line\nbreak.xml"], tmp, 1, "E-GAYA-BACA")
    report(len(err.strip().splitlines()) == 1 and "line\\nbreak.xml" in err, "13 a file name with a newline stays on one line", repr(err[:300]))
    with open(f"{tmp}/utf16.xml", "wb") as f:
        f.write(decree().encode("utf-16-le"))
    expect("13 UTF-16 without a byte-order mark", ["check", "--no-rules", "utf16.xml"], tmp, 1, "E-XML-KODE")

    # 14. no quadratic time: attribute lookups on long files, many errors on one line
    cols = "".join("<kolom/>\n" for _ in range(1000))
    write(f"{tmp}/columns-no-width.xml", decree(lampiran=table(0, "<baris><sel>1</sel></baris>" + " " * 1000000).replace("<isi>", cols + "<isi>")))
    expect("14 1,000 <kolom/> without lebar in 1 MB", ["check", "--no-rules", "columns-no-width.xml"], tmp, 1, timeout=60)
    write(f"{tmp}/errors-one-line.xml", decree(lampiran=table(1, "<baris>" + '<sel gabung-kolom="0">x</sel>' * 200000 + "</baris>")))
    expect("14 200,000 errors on one line", ["check", "--no-rules", "errors-one-line.xml"], tmp, 1, timeout=60)
    # the spelling check's searches for the word an unknown word misspells cut and copied the word
    # at each letter: a fuzzed 3,000-letter capitalised word took 8 s, one of 300,000 letters 18 s
    rnd = random.Random(14)
    long_word = "K" + "".join(rnd.choice("aeioumnrstkbdlg") for _ in range(600000))
    write(f"{tmp}/long-word.xml", decree(body_extra=long_word + " " + long_word.upper() + " "))
    expect("14 a word of 600,000 letters in a diktum, checked", ["check", "long-word.xml"], tmp, 0, timeout=30)

    # 15. an existing file naskah did not make is kept: the office's Word file beside the decree
    # imported from it (import kantor.docx, render kantor.xml --format docx replaced it: a new-user
    # trial lost two so), a PDF signed since (an appended update), the input named as -o
    write(f"{tmp}/kantor.xml", decree())
    with open(f"{tmp}/kantor.docx", "wb") as f:
        f.write(b"PK\x03\x04 the office's own Word file")
    before = open(f"{tmp}/kantor.docx", "rb").read()
    expect("15 render over a Word file naskah did not make", ["render", "--no-checks", "kantor.xml", "--format", "pdf,docx"], tmp, 2, "E-TULIS")
    report(open(f"{tmp}/kantor.docx", "rb").read() == before and not os.path.exists(f"{tmp}/kantor.pdf"),
           "15 the Word file is unchanged and nothing else was written")
    expect("15 --force replaces it", ["render", "--no-checks", "kantor.xml", "--format", "docx", "--force"], tmp, 0)
    expect("15 naskah's own DOCX is replaced without --force", ["render", "--no-checks", "kantor.xml", "--format", "docx"], tmp, 0)
    expect("15 naskah's own PDF", ["render", "--no-checks", "kantor.xml"], tmp, 0)
    with open(f"{tmp}/kantor.pdf", "ab") as f:
        f.write(b"\n9 0 obj\n<<>>\nendobj\n%%EOF\n")  # as a signature's incremental update
    signed = open(f"{tmp}/kantor.pdf", "rb").read()
    expect("15 a PDF changed since (signed) is kept", ["render", "--no-checks", "kantor.xml"], tmp, 2, "E-TULIS")
    report(open(f"{tmp}/kantor.pdf", "rb").read() == signed, "15 the signed PDF is unchanged")
    os.makedirs(f"{tmp}/imp", exist_ok=True)
    expect("15 import over an existing file", ["render", "--no-checks", "kantor.xml", "--format", "docx", "--force", "-o", "imp/k.docx"], tmp, 0)
    write(f"{tmp}/imp/k.xml", "<!-- edited since the last import -->")
    expect("15 import keeps an existing XML", ["import", "imp/k.docx"], tmp, 2, "E-TULIS")
    report(open(f"{tmp}/imp/k.xml").read() == "<!-- edited since the last import -->", "15 the edited XML is unchanged")
    expect("15 import never writes over its input", ["import", "imp/k.docx", "-o", "imp/k.docx", "--force"], tmp, 2, "E-TULIS")
    expect("15 import --force replaces the XML", ["import", "imp/k.docx", "--force"], tmp, 0)

    # 15. --dump-layout naming the PDF's own path: one of the two was silently lost (exit 0)
    out15 = fresh_out()
    expect("15 --dump-layout onto the PDF's path", ["render", "--no-checks", "kantor.xml", "-o", "out/", "--dump-layout", "out/kantor.pdf"], tmp, 2,
           no_files_in=out15)

    # 16. a file-size limit (ulimit -f) killed render with SIGXFSZ, leaving a temporary file
    out16 = fresh_out()
    limited = subprocess.run(["bash", "-c", f"ulimit -f 4; exec '{NASKAH}' render --no-checks kantor.xml -o '{out16}/'"], cwd=tmp,
                             capture_output=True, text=True)
    report(limited.returncode == 2 and "[E-TULIS]" in limited.stderr and not os.listdir(out16),
           "16 render under ulimit -f 4: E-TULIS, exit 2, nothing left", f"exit {limited.returncode}: {limited.stderr[:300]} left {os.listdir(out16)}")

    # 9-11: batch
    batch_cases(tmp)


def batch_cases(tmp):
    src = f"{tmp}/b-in"
    os.makedirs(src)
    for i in range(3):
        write(f"{src}/k{i}.xml", decree().replace("15/HK.03.1/3507/2022", f"{i}/HK.03.1/3507/2022"))

    # 10. a run into n1 leaves the live temporaries of a run into n1/sub alone
    os.makedirs(f"{tmp}/n1/sub/.naskah-batch")
    live = f"{tmp}/n1/sub/k0.pdf.tmp-all-abcdef"
    write(live, "being written by another run")
    got, err, _, _ = run("10 batch into n1 beside a live run into n1/sub", ["batch", "b-in", "-o", "n1", "-q"], tmp)
    report(got == 0 and os.path.exists(live), "10 nested OUTDIRs: another run's temporaries are not swept", f"exit {got}: {err[:300]}")

    # 11. --prune never deletes outside OUTDIR, whatever the journal says
    victim = f"{tmp}/victim.pdf"
    write(victim, "not naskah's to delete")
    got, err, _, _ = run("11 batch", ["batch", "b-in", "-o", "p1", "-q"], tmp)
    journal = next(os.path.join(d, f) for d, _, fs in os.walk(f"{tmp}/p1/.naskah-batch") for f in fs if f.startswith("journal"))
    text = open(journal, encoding="utf-8").read().replace('"path":"k2.pdf"', '"path":"' + victim + '"')
    write(journal, text)
    os.remove(f"{src}/k2.xml")
    got, err, _, _ = run("11 --prune with an absolute path in the journal", ["batch", "b-in", "-o", "p1", "-q", "--prune"], tmp)
    report(os.path.exists(victim), "11 --prune leaves a file outside OUTDIR alone", f"exit {got}: {err[:300]}")
    write(f"{src}/k2.xml", decree().replace("15/HK.03.1/3507/2022", "2/HK.03.1/3507/2022"))

    # 9. --force on a full disk keeps the earlier good outputs of the decrees it cannot write
    full = f"{tmp}/full"
    os.makedirs(full)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", full], capture_output=True).returncode != 0:
        print("SKIP 9 batch --force on a full disk: cannot mount a small tmpfs here (needs root)")
        return
    got, err, _, _ = run("9 batch into a small file system", ["batch", "b-in", "-o", "full/o", "-q"], tmp)
    pdfs = sorted(f for f in os.listdir(f"{full}/o") if f.endswith(".pdf"))
    filler = f"{full}/filler"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=4k", "count=1000"], capture_output=True)  # fills the rest
    got, err, _, _ = run("9 batch --force on a full disk", ["batch", "b-in", "-o", "full/o", "-q", "--force"], tmp)
    after = sorted(f for f in os.listdir(f"{full}/o") if f.endswith(".pdf"))
    report(len(pdfs) == 3 and got != 0 and after == pdfs, "9 batch --force on a full disk keeps the earlier outputs",
           f"before {pdfs}, after {after}, exit {got}: {err[:300]}")


if __name__ == "__main__":
    main()
