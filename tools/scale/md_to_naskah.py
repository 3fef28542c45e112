#!/usr/bin/env python3
"""Turn the plain-text PP/UU files of a public legislation dump into naskah XML, to run the
drafting checks over thousands of signed texts nobody has labelled.

    tools/scale/md_to_naskah.py IN.md OUT.xml        # exit 3: not the expected shape, skipped

The input is one regulation a file in the shape of github.com/mblonyox/data-peraturan
(pp/YEAR/N.md, uu/YEAR/N.md): a title line "PERATURAN PEMERINTAH REPUBLIK INDONESIA … NOMOR n
TAHUN y TENTANG …", "Menimbang :" with "a. bahwa …" lines, "Mengingat :" with "1. …" lines,
"MEMUTUSKAN:", "Menetapkan : …", then BAB/Pasal/"(1)"/"a." lines up to "Agar setiap orang
mengetahuinya …", where the signature block and the Penjelasan follow (dropped: the dump runs
them into one line). The texts come from PDF extraction, so some findings on them are extraction
artefacts ("Undang- Undang"); tools/scale/run.sh counts findings per rule and word across many
documents, and a rule or word that fires in many signed texts is a false-alarm suspect to read.
Never point this at tests/corpus/ (that corpus is labelled by hand).
"""
import re
import sys
from xml.sax.saxutils import escape, quoteattr

KINDS = {
    "PERATURAN PEMERINTAH": ("Peraturan Pemerintah", "Peraturan", "Presiden Republik Indonesia"),
    "UNDANG-UNDANG": ("Undang-Undang", "Undang-Undang", "Presiden Republik Indonesia"),
}
TITLE = re.compile(r"^\s*(PERATURAN PEMERINTAH|UNDANG-UNDANG) REPUBLIK INDONESIA .*?NOMOR\s+(\S+)\s+TAHUN\s+(\d{4})\s+TENTANG\s+(.+)$")
LETTER = re.compile(r"^([a-z])\.\s+(.*)$")
NUMBER = re.compile(r"^(\d{1,3})\.\s+(.*)$")
AYAT = re.compile(r"^\((\d{1,3})\)\s+(.*)$")
PASAL = re.compile(r"^Pasal\s+(\d{1,4}[A-Z]?)\s*$")
BAB = re.compile(r"^BAB\s+([IVXLC]+)\s*(.*)$")
BAGIAN = re.compile(r"^Bagian\s+(Ke\w+)\s*$")
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]


def title_case(caps):
    small = {"dan", "atau", "di", "ke", "dari", "yang", "untuk", "pada", "dalam", "atas", "tentang",
             "serta", "bagi", "oleh", "sebagai", "dengan", "terhadap", "kepada", "secara", "antara",
             "menurut", "tanpa", "melalui", "sampai", "hingga", "sejak"}
    words = caps.lower().split(" ")
    out = []
    for i, w in enumerate(words):
        if i and (w in small or w.split("/")[0] in small):
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def text(s):
    return escape(s.strip())


def convert(lines, head=None):
    """head: the kepala's fields (gaya, kop, jenis, penerbit, sebutan, nomor, tentang, pejabat) when
    lines[0] is not a PP/UU title line (tools/scale/txt_to_naskah.py passes them)."""
    if head is None:
        title = TITLE.match(lines[0])
        if not title:
            return None
        kind, number, year, about = title.groups()
        sebutan, jenis, penerbit = KINDS[kind]
        about = re.sub(r"\s+", " ", about).strip()
        head = {"gaya": "presiden", "kop": "Presiden Republik Indonesia", "jenis": jenis,
                "penerbit": penerbit, "sebutan": sebutan, "nomor": f"{number} TAHUN {year}",
                "tentang": title_case(about), "pejabat": "Presiden Republik Indonesia",
                "nama": "Presiden"}
    # the dump repeats the kind before the title ("PERATURAN PEMERINTAH … PERATURAN PEMERINTAH … NOMOR")
    i, menimbang, mengingat = 1, [], []
    while i < len(lines) and not lines[i].startswith("Menimbang"):
        i += 1
    i += 1
    while i < len(lines) and not lines[i].startswith("Mengingat"):
        m = LETTER.match(lines[i].strip())
        if m:
            menimbang.append(m.group(2))
        elif lines[i].strip().startswith("bahwa") and not menimbang:
            menimbang.append(lines[i].strip())
        elif lines[i].strip() and menimbang:
            menimbang[-1] += " " + lines[i].strip()
        i += 1
    i += 1
    while i < len(lines) and not lines[i].startswith("MEMUTUSKAN") and not lines[i].startswith("Dengan Persetujuan"):
        m = NUMBER.match(lines[i].strip())
        if m:
            mengingat.append(m.group(2))
        elif lines[i].strip() and mengingat:
            mengingat[-1] += " " + lines[i].strip()
        i += 1
    while i < len(lines) and "Menetapkan" not in lines[i]:
        i += 1
    if not menimbang or not mengingat or i >= len(lines):
        return None
    menetapkan = lines[i].split(":", 1)[-1].strip()
    i += 1
    body = []  # (bab roman, bab title) | pasal
    closing = ""
    date = None
    current_bab = None
    pasal = None
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        if line.startswith("Agar setiap orang"):
            closing = line
            m = re.search(r"Ditetapkan di (\w+) pada tanggal (\d{1,2}) (\w+) (\d{4})", line)
            if m and m.group(3) in MONTHS:
                date = (m.group(1), f"{m.group(4)}-{MONTHS.index(m.group(3)) + 1:02d}-{int(m.group(2)):02d}")
            closing = line.split(" Ditetapkan di ")[0]
            break
        if line.startswith("PENJELASAN"):
            break
        m = BAB.match(line)
        if m and (m.group(2) or i < len(lines)):
            title = m.group(2).strip()
            if not title:
                title = lines[i].strip()
                i += 1
            current_bab = {"judul": title, "pasal": []}
            body.append(current_bab)
            pasal = None
            continue
        if BAGIAN.match(line) and i < len(lines):
            i += 1  # Bagian headings are kept out: the format nests them, the dump does not say how
            continue
        m = PASAL.match(line)
        if m:
            pasal = {"nomor": m.group(1), "blocks": []}
            (current_bab["pasal"] if current_bab else body).append(pasal)
            continue
        if pasal is None:
            continue
        pasal["blocks"].append(line)
    if not date or not closing:
        return None
    last = None
    for item in reversed(body):
        if isinstance(item, dict) and "nomor" in item:
            last = item
            break
        if isinstance(item, dict) and item.get("pasal"):
            last = item["pasal"][-1]
            break
    if last is None:
        return None
    last["blocks"].append(closing)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!-- converted by tools/scale/md_to_naskah.py from a public legislation dump; not hand-checked -->',
           f'<peraturan gaya={quoteattr(head["gaya"])} rahmat="ya">', "  <kepala>",
           f"    <kop><baris>{text(head['kop'])}</baris></kop>",
           f"    <jenis>{text(head['jenis'])}</jenis>", f"    <penerbit>{text(head['penerbit'])}</penerbit>",
           f"    <sebutan>{text(head['sebutan'])}</sebutan>",
           f"    <nomor>{text(head['nomor'])}</nomor>",
           f"    <tentang>{text(head['tentang'])}</tentang>",
           f"    <pejabat>{text(head['pejabat'])}</pejabat>",
           f'    <penetapan tempat={quoteattr(date[0])} tanggal="{date[1]}"/>',
           f'    <penandatangan nama={quoteattr(head["nama"])}/>', "  </kepala>", "  <menimbang>"]
    out += [f"    <butir>{text(b)}</butir>" for b in menimbang]
    out += ["  </menimbang>", "  <mengingat>"]
    out += [f"    <butir>{text(b)}</butir>" for b in mengingat]
    out += ["  </mengingat>", "  <memutuskan>", f"    <menetapkan>{text(menetapkan)}</menetapkan>"]

    def emit_pasal(p, indent):
        pad = " " * indent
        res = [f'{pad}<pasal nomor={quoteattr(p["nomor"])}>']
        kind = None  # the open list: "huruf"/"angka"
        in_ayat = False
        for block in p["blocks"]:
            a, h, n = AYAT.match(block), LETTER.match(block), NUMBER.match(block)
            if (a or not (h or n)) and kind:
                res.append(f"{pad}  </daftar>")
                kind = None
            if a:
                if in_ayat:
                    res.append(f"{pad}  </ayat>")
                res.append(f"{pad}  <ayat>{text(a.group(2))}")
                in_ayat = True
            elif h or n:
                want = "huruf" if h else "angka"
                if kind != want:
                    if kind:
                        res.append(f"{pad}  </daftar>")
                    res.append(f'{pad}  <daftar jenis="{want}">')
                    kind = want
                res.append(f"{pad}    <butir>{text((h or n).group(2))}</butir>")
            else:
                res.append(f"{pad}  <paragraf>{text(block)}</paragraf>")
        if kind:
            res.append(f"{pad}  </daftar>")
        if in_ayat:
            res.append(f"{pad}  </ayat>")
        res.append(f"{pad}</pasal>")
        return res

    for item in body:
        if "nomor" in item:
            if item["blocks"]:
                out += emit_pasal(item, 4)
        elif item["pasal"]:
            out.append(f"    <bab judul={quoteattr(title_case(item['judul']))}>")
            for p in item["pasal"]:
                if p["blocks"]:
                    out += emit_pasal(p, 6)
            out.append("    </bab>")
    out += ["  </memutuskan>", "</peraturan>", ""]
    return "\n".join(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f]
    xml = convert(lines) if lines else None
    if xml is None:
        sys.exit(3)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(xml)


if __name__ == "__main__":
    main()
