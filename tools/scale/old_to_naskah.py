#!/usr/bin/env python3
"""Turn a PP or UU of 1945-1972 of github.com/mblonyox/data-peraturan into naskah XML for
tools/scale/findings.py: a sibling of md_to_naskah.py for the older texts, which that converter
skips (their title line lacks «REPUBLIK INDONESIA … TENTANG», and the dump runs Mengingat,
Memutuskan, the Pasal and the signature into one line).

    tools/scale/old_to_naskah.py IN.md OUT.xml        # exit 3: not the expected shape, skipped
    CONVERTER=old_to_naskah.py tools/scale/prepare.sh GIT-DIR OUT '^(pp|uu)/(19[4-6][0-9]|197[0-2])/' 3000

The text is cut at its labels (Menimbang, Mengingat, Memutuskan/Menetapkan), at each «Pasal N.»
that opens a sentence and at each «(n)» ayat, rewritten in md_to_naskah.py's one-block-a-line
shape, and converted by it. The date of enactment is read from «Ditetapkan di X pada tanggal
D Bulan YYYY» (old month names too: Djanuari, Pebruari, Djuni, Djuli, Nopember); a text without
one is skipped, as the spelling of its time is judged by that date. Everything after it
(signature, Diumumkan, Penjelasan) is dropped. Only roughly shaped: meant for counting EJAAN and
the other word rules over many texts, not for the structure rules. Never point this at
tests/corpus/.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import md_to_naskah as md  # noqa: E402

MONTHS = {"januari": 1, "djanuari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5,
          "juni": 6, "djuni": 6, "juli": 7, "djuli": 7, "agustus": 8, "augustus": 8, "september": 9,
          "oktober": 10, "october": 10, "nopember": 11, "november": 11, "desember": 12, "december": 12}
NUMBER = re.compile(r"(?:NOMOR|NO\.?)\s+(\d+[A-Z]?)\s+TAHUN\s+(\d{4})", re.I)
# the day of enactment; where the dump lost «Ditetapkan», the day it was promulgated (the same
# day or a few days later)
DATE = re.compile(r"(?i:Ditetapkan|Diundangkan|Diumumkan) (?:di ([A-Z][\w-]*(?: [A-Z][\w-]*)?),? )?(?i:pada )?(?i:tanggal) "
                  r"(\d{1,2}) (\w+) (\d{4})")
SENTINEL = "Agar setiap orang "


def convert(raw, kind):
    s = re.sub(r"\s+", " ", raw).strip()
    num = NUMBER.search(s[:600])
    date = DATE.search(s)
    if not num or not date or date.group(3).lower() not in MONTHS or not 1945 <= int(date.group(4)) <= 1972:
        return None
    number, year = num.groups()
    head_end = s.find("Menimbang")
    if head_end < 0:
        return None
    title = s[num.end():head_end]
    t = re.search(r"\bTENTANG\s+(.*)", title, re.I)
    title = (t.group(1) if t else title).strip()
    title = re.split(r"\s(?:Presiden Republik Indonesia|PRESIDEN REPUBLIK INDONESIA|DENGAN RAHMAT)", title)[0]
    title = title.strip(" .,:") or "Tanpa Judul"
    # the dump repeats the heading before Menimbang: the last «Menimbang» before the first «Mengingat»
    ming = s.find("Mengingat", head_end)
    if ming < 0:
        return None
    mnb = s.rfind("Menimbang", 0, ming)
    menimbang = s[mnb + len("Menimbang"):ming].lstrip(" :")
    rest = s[ming + len("Mengingat"):].lstrip(" :")
    cut = re.search(r"\b(?:Mendengar|Memutuskan|MEMUTUSKAN|M E M U T U S K A N|Dengan persetujuan|Dengan Persetujuan)\b", rest)
    if not cut:
        return None
    mengingat, rest = rest[:cut.start()], rest[cut.start():]
    mt = re.search(r"\b(?:Menetapkan|menetapkan|MENETAPKAN)\b\s*:?\s*", rest)
    if not mt:
        return None
    rest = rest[mt.end():]
    end = DATE.search(rest)
    if not end:
        return None
    body, closing = rest[:end.start()], end.group(0)
    first = re.search(r"(?:^|(?<=[.;:]\s))(?:BAB [IVXLC]+\b|Pasal 1\b)", body)
    if not first:
        return None
    menetapkan, body = body[:first.start()].strip(), body[first.start():]
    lines = [f"PERATURAN PEMERINTAH REPUBLIK INDONESIA NOMOR {number} TAHUN {year} TENTANG {title.upper()}"
             if kind == "pp" else
             f"UNDANG-UNDANG REPUBLIK INDONESIA NOMOR {number} TAHUN {year} TENTANG {title.upper()}", "Menimbang :"]
    items = [x.strip() for x in re.split(r"(?:^|\s)(?:[a-z]|\d{1,2})\.\s", menimbang) if x.strip()]
    lines += [f"{chr(ord('a') + k)}. {x}" for k, x in enumerate(items[:26])]
    lines.append("Mengingat :")
    items = [x.strip() for x in re.split(r"(?:^|\s)\d{1,2}\.\s", mengingat) if x.strip()]
    lines += [f"{k + 1}. {x}" for k, x in enumerate(items)]
    lines += ["MEMUTUSKAN:", f"Menetapkan : {menetapkan or title}"]
    for part in re.split(r"(?:^|(?<=[.;:]\s))(?=Pasal \d+[A-Z]?\b)", body):
        part = part.strip()
        p = re.match(r"Pasal (\d+[A-Z]?)\.?\s*(.*)", part)
        if not p:
            continue  # a BAB heading before the first Pasal: dropped
        lines.append(f"Pasal {p.group(1)}")
        for block in re.split(r"\s(?=\(\d{1,2}\)\s)", p.group(2)):
            if block.strip():
                lines.append(block.strip())
    if lines[-1].startswith("Pasal "):
        return None
    place, day, month, y = end.groups()
    place = place or "Jakarta"
    # md_to_naskah reads the date from its closing line, in today's month names; the line itself
    # (a sentinel) is taken out again below
    lines.append(f"{SENTINEL.strip()} Ditetapkan di {place.replace(' ', '')} pada tanggal {int(day)} "
                 f"{md.MONTHS[MONTHS[month.lower()] - 1]} {y}")
    xml = md.convert(lines)
    if xml is None:
        return None
    xml = re.sub(r"\n *<paragraf>" + SENTINEL.strip() + "</paragraf>", "", xml)
    return xml.replace("converted by tools/scale/md_to_naskah.py", "converted by tools/scale/old_to_naskah.py")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        raw = f.read()
    kind = "uu" if os.path.basename(sys.argv[1]).startswith("uu") else "pp"
    xml = convert(raw, kind)
    if xml is None:
        sys.exit(3)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(xml)


if __name__ == "__main__":
    main()
