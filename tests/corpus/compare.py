#!/usr/bin/python3
"""Compare the words of a corpus original (NAME.txt) with naskah's rendering of NAME.xml.

Usage: compare.py NAME.txt RENDERED.pdf [--ignore-fixed] [--case]

Prints the words the rendering lacks (missing) and the words it adds (added), each with its
count, then one summary line "missing N added M of T". Words are compared as a multiset, in
lower case unless --case is given; punctuation at the ends of a word is dropped, so "KESATU"
and "KESATU:" are the same word, and a line-broken "Undang-" + "Undang" is joined back.

The .txt header (lines starting with '#') and page markers ('=== page N ===') are not words of
the original. With --ignore-fixed, the labels naskah adds today whatever the style (diktum
ordinals, "Menetapkan", "MEMUTUSKAN", "ttd.", "SALINAN", the Lampiran heading labels) are left
out of both sides, so that what remains is the words of the decree itself; the lead uses the
plain form to judge how close a house style comes to the original.
"""
import collections
import re
import subprocess
import sys

FIXED = set("""
kesatu kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh kesebelas
belas puluh memutuskan m e u t s k n menetapkan menimbang mengingat memperhatikan ttd salinan
lampiran nomor tanggal tentang ditetapkan di pada
""".split())


PAGE_NUMBER = re.compile(r"^\s*-?\s*\d{1,3}\s*-?\s*$")
# The catchword at the foot of a page ("MEMUTUSKAN:..."), repeating the next page's first word;
# the State Secretariat's prints space the dots ("Mengingat . . .", Undang-Undang 10/2015).
CATCHWORD = re.compile(r"^\s*(\S+\s+){0,2}\S+\s*(\.\.\.|\. \. \.|\u2026)\s*$")


def words(text, keep_case):
    # Page numbers ("2", "- 2 -") are not words of the decree on either side.
    text = "\n".join(l for l in text.split("\n") if not PAGE_NUMBER.match(l) and not CATCHWORD.match(l))
    # A word broken at a line end ("Undang-" / "Undang") is one word; pdftotext drops the
    # hyphen of a word naskah hyphenated, so hyphens are not compared at all.
    text = re.sub(r"(\w)[-\u2010\u2011\u2013]\s*\n\s*(\w)", r"\1-\2", text)
    # naskah (like Word) may break a long slash number or "Anggaran/Pengguna" after a "/".
    text = re.sub(r"/[ \t]*\n\s*", "/", text)
    text = re.sub(r"[()]", " ", text)
    out = []
    for raw in text.split():
        w = raw.strip(".,;:()[]\"'\u201c\u201d\u2018\u2019*")
        if not w or not re.search(r"\w", w):
            continue
        w = re.sub(r"[-\u2010\u2011\u2013\u00ad]", "", w)
        if w:
            out.append(w if keep_case else w.lower())
    return out


def original_text(path):
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or re.match(r"^=== page \d+ ===\s*$", line):
                continue
            lines.append(line)
    return "".join(lines)


def rendered_text(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"], check=True,
                              capture_output=True, text=True).stdout
    with open(path, encoding="utf-8") as f:
        return f.read()


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    keep_case = "--case" in argv
    orig = words(original_text(args[0]), keep_case)
    rend = words(rendered_text(args[1]), keep_case)
    if "--ignore-fixed" in argv:
        orig = [w for w in orig if w.lower() not in FIXED]
        rend = [w for w in rend if w.lower() not in FIXED]
    a, b = collections.Counter(orig), collections.Counter(rend)
    missing, added = a - b, b - a
    for title, c in (("missing", missing), ("added", added)):
        for w, n in sorted(c.items()):
            print(f"{title}\t{n}\t{w}")
    print(f"missing {sum(missing.values())} added {sum(added.values())} of {len(orig)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
