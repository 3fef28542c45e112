#!/usr/bin/env python3
"""Candidates for data/ejaan/kata.txt: words the spelling check does not know that signed decrees
of at least two different issuers use (evidence per kata.txt's header; a word seen once is not).

    tools/lexicon/harvest.py NASKAH [MIN_ISSUERS]

Reads tests/corpus/*.xml except the held-out quarter (tests/scripts/check_measure.py decides which
those are, and they are never read here), runs `naskah check --json` on each, and prints every word
EJAAN reports as unknown (not the non-standard spellings it replaces) with the issuers that use it,
most issuers first. Each candidate still needs a look in KBBI before it goes into kata.txt.
"""
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "scripts"))
from check_measure import held_out  # noqa: E402  (one definition of the held-out quarter)


def issuer_of(xml):
    text = open(xml, encoding="utf-8").read()
    m = re.search(r"<penerbit>(.*?)</penerbit>", text, re.S)
    return " ".join(m.group(1).split()) if m else os.path.basename(xml)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    min_issuers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    corpus = os.path.join(ROOT, "tests", "corpus")
    seen = defaultdict(set)
    for name in sorted(os.listdir(corpus)) if os.path.isdir(corpus) else []:
        if not name.endswith(".xml") or held_out(corpus, name):
            continue
        xml = os.path.join(corpus, name)
        out = subprocess.run([binary, "check", "--json", xml], capture_output=True, text=True).stdout
        for line in out.splitlines():
            o = json.loads(line)
            if o.get("code") != "EJAAN" or "tidak ada dalam kamus" not in o.get("message", ""):
                continue
            m = re.search(r"«([^»]+)»", o["message"])
            if m:
                seen[m.group(1).lower()].add(issuer_of(xml))
    rows = sorted(((len(v), w, v) for w, v in seen.items() if len(v) >= min_issuers), key=lambda r: (-r[0], r[1]))
    for n, w, issuers in rows:
        print(f"{w}\t{n}\t{'; '.join(sorted(issuers))}")


if __name__ == "__main__":
    main()
