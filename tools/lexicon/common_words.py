#!/usr/bin/env python3
"""data/ejaan/umum.txt: the words written in at least N (default 5) documents of a body of signed
legislation, any case, lower-cased.

    tools/lexicon/common_words.py GIT-DIR [--min-docs N] > data/ejaan/umum.txt

GIT-DIR is the git directory of github.com/mblonyox/data-peraturan (5,875 PP and UU texts as
markdown; the `fetch` tool brings it). The list is not a lexicon: a word in it is not accepted by
the spelling check for being there (signed texts carry slips, and PDF extraction adds more). It
only says which words drafters commonly write, so that an unknown capitalised word is reported
as a slip of one of those ("Gubenur" → "Gubernur") and not of a rare word a name happens to
resemble ("Basuki" → "masuki"): see EJAAN in docs/checks.md.
"""
import argparse
import re
import subprocess
from collections import Counter

WORD = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])")

ap = argparse.ArgumentParser()
ap.add_argument("git_dir")
ap.add_argument("--min-docs", type=int, default=5)
args = ap.parse_args()
names = subprocess.run(["git", "--git-dir", args.git_dir, "ls-tree", "-r", "--name-only", "HEAD"],
                       capture_output=True, check=True).stdout.decode().split("\n")
names = [n for n in names if n.endswith(".md")]
blobs = subprocess.run(["git", "--git-dir", args.git_dir, "cat-file", "--batch"], input="".join(f"HEAD:{n}\n" for n in names).encode(),
                       capture_output=True, check=True).stdout
df, pos, docs = Counter(), 0, 0
while pos < len(blobs):
    nl = blobs.index(b"\n", pos)
    size = int(blobs[pos:nl].split()[2])
    body = blobs[nl + 1:nl + 1 + size]
    pos = nl + 1 + size + 1
    docs += 1
    df.update({w.lower() for w in WORD.findall(body)})
words = sorted(w.decode() for w, c in df.items() if c >= args.min_docs)
print(f"# Words written in at least {args.min_docs} of the {docs} signed PP and UU texts of")
print("# github.com/mblonyox/data-peraturan (pp/, uu/: markdown extracted from the official PDFs),")
print("# any case, lower-cased; made by tools/lexicon/common_words.py. Not a lexicon: what it is for")
print("# is said in that script. Regenerate, do not edit by hand.")
for w in words:
    print(w)
