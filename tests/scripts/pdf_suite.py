#!/usr/bin/python3
"""End-to-end PDF tests with real tools: pdftotext, qpdf, pdffonts, pdfsig, zbarimg.

usage: pdf_suite.py NASKAH_BINARY   (run from the repository root)
Prints one line per check and "N passed, M failed" last; exits 1 on any failure.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pdf_check  # noqa: E402

NASKAH = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/naskah")
SAMPLES = ["samples/keputusan-kpu-kab-malang-15-2022.xml", "samples/keputusan-tim-zi-2023.xml",
           # a Peraturan: the Ditetapkan and the Diundangkan signatures each have a field
           "samples/peraturan-daerah-kabupaten-kulon-progo-8-2013.xml"]
passed = failed = 0


def report(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def run(args, **kw):
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    env.update(kw.pop("env", {}))
    return subprocess.run(args, capture_output=True, text=True, env=env, **kw)


def render(sample, outdir, *extra):
    r = run([NASKAH, "render", sample, "-o", outdir, *extra])
    if r.returncode != 0:
        raise RuntimeError(f"naskah render {sample} {' '.join(extra)} failed ({r.returncode}): {r.stderr}")
    return r


def page_words(pdf, page):
    return pdf_check.pdf_words(pdf, page, page)


def page_count(pdf):
    out = run(["pdfinfo", pdf]).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def make_nss(tmp):
    """A throw-away CA, a signer certificate issued by it, and an NSS database trusting the CA."""
    nss = os.path.join(tmp, "nss")
    os.makedirs(nss)
    run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
    ca_key, ca_crt = os.path.join(tmp, "ca.key"), os.path.join(tmp, "ca.crt")
    run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", ca_crt, "-days", "2",
         "-subj", "/CN=Naskah Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"], check=True)
    key, csr, crt = (os.path.join(tmp, n) for n in ("s.key", "s.csr", "s.crt"))
    run(["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=Penandatangan Uji"],
        check=True)
    ext = os.path.join(tmp, "ext.cnf")
    open(ext, "w").write("keyUsage=critical,digitalSignature,nonRepudiation\n")
    run(["openssl", "x509", "-req", "-in", csr, "-CA", ca_crt, "-CAkey", ca_key, "-CAcreateserial", "-out", crt,
         "-days", "2", "-extfile", ext], check=True)
    p12 = os.path.join(tmp, "s.p12")
    run(["openssl", "pkcs12", "-export", "-inkey", key, "-in", crt, "-out", p12, "-passout", "pass:", "-name", "signer"],
        check=True)
    run(["pk12util", "-i", p12, "-d", f"sql:{nss}", "-W", ""], check=True)
    run(["certutil", "-A", "-d", f"sql:{nss}", "-n", "testca", "-t", "CT,C,C", "-i", ca_crt], check=True)
    return nss


def field_rects(pdf):
    """Signature fields read back from the PDF itself (qpdf's JSON view: fields and objects)."""
    data = json.loads(run(["qpdf", "--json", "--json-key=acroform", "--json-key=qpdf", pdf], check=True).stdout)
    objects = data["qpdf"][1]
    out = {}
    for f in data["acroform"]["fields"]:
        if f["fieldtype"] != "/Sig":
            continue
        obj = objects["obj:" + f["object"]]["value"]
        out[f["fullname"]] = (f["pageposfrom1"], [round(float(x), 2) for x in obj["/Rect"]])
    return out


def sign_all(pdf, nss, tmp, fields):
    current = pdf
    for i, name in enumerate(fields):
        nxt = os.path.join(tmp, f"signed-{i}.pdf")
        r = run(["pdfsig", "-nssdir", f"sql:{nss}", "-nick", "signer", "-sign", name, current, nxt])
        if r.returncode != 0:
            return None, f"pdfsig -sign {name}: {r.stderr.strip()}"
        current = nxt
    return current, None


def check_signing(pdf, nss, tmp, label):
    fields = list(field_rects(pdf))
    if not fields:
        report(False, f"{label}: signature fields", "none found")
        return
    signed, err = sign_all(pdf, nss, tmp, fields)
    if err:
        report(False, f"{label}: signing every field", err)
        return
    out = run(["pdfsig", "-nssdir", f"sql:{nss}", signed]).stdout
    valid = out.count("Signature is Valid.")
    trusted = out.count("Certificate is Trusted.")
    whole = "Total document signed" in out.split("Signature #")[-1]
    report(valid == len(fields) and trusted == len(fields) and whole,
           f"{label}: {len(fields)} field(s) signed in turn, all valid, last covers the whole document", out[-600:])
    # one changed byte inside the signed range must break the digest
    data = bytearray(open(signed, "rb").read())
    pos = data.find(b"endobj", len(data) // 3)
    data[pos + 1] = ord("E") if data[pos + 1] != ord("E") else ord("e")
    tampered = os.path.join(tmp, "tampered.pdf")
    open(tampered, "wb").write(bytes(data))
    out = run(["pdfsig", "-nssdir", f"sql:{nss}", tampered]).stdout
    report("Digest Mismatch" in out or "mismatch" in out.lower(), f"{label}: a changed byte is a digest mismatch",
           out[-400:])


def main():
    tmp = tempfile.mkdtemp(prefix="naskah-pdf-")
    try:
        nss = make_nss(tmp)
        for sample in SAMPLES:
            name = os.path.splitext(os.path.basename(sample))[0]
            short = name[:24]
            a = os.path.join(tmp, "a")
            b = os.path.join(tmp, "b")
            os.makedirs(a, exist_ok=True)
            os.makedirs(b, exist_ok=True)
            dump = os.path.join(tmp, name + ".json")
            render(sample, a, "--variant", "asli", "--dump-layout", dump, "--sign-map")
            render(sample, b, "--variant", "asli")
            pdf = os.path.join(a, name + ".pdf")
            report(open(pdf, "rb").read() == open(os.path.join(b, name + ".pdf"), "rb").read(),
                   f"{short}: rendering twice gives identical bytes")
            q = run(["qpdf", "--check", pdf])
            report(q.returncode == 0 and "No syntax or stream encoding errors" in q.stdout, f"{short}: qpdf --check", q.stdout)
            report(pdf_check.cmd_fonts(pdf) == 0, f"{short}: pdffonts")
            report(pdf_check.cmd_words(sample, pdf) == 0, f"{short}: every input word in order (pdftotext)")
            report(pdf_check.cmd_dump(sample, dump) == 0, f"{short}: layout dump invariants")
            info = run(["pdfinfo", pdf]).stdout
            report("Title:" in info and "Author:" in info and "CreationDate:" in info, f"{short}: document info", info)
            # the sign map agrees with the field rectangles in the PDF
            smap = json.load(open(os.path.join(a, name + ".sign.json")))
            rects = field_rects(pdf)
            ok = len(smap["fields"]) == len(rects) and all(
                f["name"] in rects and rects[f["name"]][0] == f["page"] and
                all(abs(x - y) < 0.02 for x, y in zip(rects[f["name"]][1],
                    [f["originX"], f["originY"], f["originX"] + f["width"], f["originY"] + f["height"]]))
                for f in smap["fields"])
            report(ok, f"{short}: sign map matches the PDF's field rectangles", f"{smap} vs {rects}")
            check_signing(pdf, nss, tmp, f"{short} asli")

            # salinan: same words on the same pages as asli, plus the copy's own blocks
            # a decree without its own certification block gets one for the copy
            sal_src = sample
            src_text = open(sample, encoding="utf-8").read()
            if "<pengesahan-salinan" not in src_text:
                sal_src = os.path.join(tmp, "salinan", name + ".xml")
                os.makedirs(os.path.dirname(sal_src), exist_ok=True)
                open(sal_src, "w", encoding="utf-8").write(src_text.replace(
                    "</kepala>", '  <pengesahan-salinan kantor="Sekretariat Komisi Pemilihan Umum" jabatan="Sekretaris" '
                    'nama="Budi Santoso" nip="197001011990031001"/>\n  </kepala>', 1))
            render(sal_src, a, "--variant", "salinan")
            sal = os.path.join(a, name + ".salinan.pdf")
            root = ET.parse(sal_src).getroot()
            cert = root.find("kepala/pengesahan-salinan")
            added = {"salinan", "ttd.", "sesuai", "dengan", "aslinya", "nip"}
            if cert is not None:
                for attr in ("kantor", "jabatan", "nama", "nip"):
                    added.update(pdf_check.norm(w) for w in (cert.get(attr) or "").split())
                    added.update(pdf_check.norm(w) + "," for w in (cert.get(attr) or "").split())
            words1 = pdf_check.pdf_words(sal, 1, 1)
            report(words1[:1] == ["salinan"] or "salinan" in words1[:3], f"{short}: SALINAN on page 1", words1[:5])
            all_sal = pdf_check.pdf_words(sal)
            # the style's mark: "ttd." or, in Kulon Progo, "Cap/ttd"
            marks = sum(1 for w in all_sal if w == "ttd." or w.endswith("/ttd"))
            report(marks == len(rects), f"{short}: 'ttd.' in every signing space", f"{marks} vs {len(rects)}")
            report("aslinya" in all_sal, f"{short}: certification text present")
            n_asli, n_sal = page_count(pdf), page_count(sal)
            same = n_sal >= n_asli
            diff = ""
            for p in range(1, n_asli + 1):
                wa = page_words(pdf, p)
                ws = [w for w in page_words(sal, p) if w not in added]
                wa = [w for w in wa if w not in added]
                if wa != ws:
                    same = False
                    diff = f"page {p}: asli {len(wa)} words, salinan {len(ws)}"
                    break
            for p in range(n_asli + 1, n_sal + 1):
                extra = [w for w in page_words(sal, p) if w not in added and not re.match(r"^-?\d+-?$", w) and w != "-"]
                if extra:
                    same = False
                    diff = f"extra page {p} holds more than the copy's blocks: {extra[:8]}"
            report(same, f"{short}: salinan has the same words on the same pages as asli", diff)
            q = run(["qpdf", "--check", sal])
            report(q.returncode == 0, f"{short}: salinan qpdf --check")

            # tte: footer statement and a QR code that decodes to the input's verification text
            tte_src = os.path.join(tmp, name + ".xml")
            text = open(sample, encoding="utf-8").read()
            verify = f"https://jdih.example.go.id/verifikasi/{name}"
            if "<verifikasi>" not in text:
                text = text.replace("</kepala>", f"  <verifikasi>{verify}</verifikasi>\n  </kepala>", 1)
            else:
                verify = re.search(r"<verifikasi>(.*?)</verifikasi>", text).group(1)
            open(tte_src, "w", encoding="utf-8").write(text)
            render(tte_src, a, "--variant", "tte", "--sign-map")
            tte = os.path.join(a, name + ".tte.pdf")
            png = os.path.join(tmp, "qr")
            run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", tte, png], check=True)
            pngs = sorted(f for f in os.listdir(tmp) if f.startswith("qr"))
            z = run(["zbarimg", "-q", "--raw", os.path.join(tmp, pngs[0])])
            report(z.stdout.strip() == verify, f"{short}: tte QR decodes to the input's verification text", z.stdout + z.stderr)
            for f in pngs:
                os.remove(os.path.join(tmp, f))
            tw = pdf_check.pdf_words(tte)
            report(tw.count("bsre),") >= page_count(tte) or tw.count("(bsre),") >= page_count(tte),
                   f"{short}: tte statement on every page", f"{tw.count('(bsre),')} of {page_count(tte)}")
            check_signing(tte, nss, tmp, f"{short} tte")
            b1 = open(tte, "rb").read()
            render(tte_src, a, "--variant", "tte")
            report(b1 == open(tte, "rb").read(), f"{short}: tte deterministic")
            render(sal_src, b, "--variant", "salinan")
            report(open(sal, "rb").read() == open(os.path.join(b, name + ".salinan.pdf"), "rb").read(),
                   f"{short}: salinan deterministic")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
