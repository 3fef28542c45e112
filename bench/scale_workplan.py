#!/usr/bin/python3
"""Scales the reference decree's work plan: each section's activities repeated R times.

usage: scale_workplan.py SAMPLE.xml R OUT.xml
R=1 is the reference (53 rows), R=10 about 530 rows, R=38 about 2,014 rows (the peers' "big"),
R=380 about 20,000 rows.
"""
import re
import sys

sample, reps, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(sample, encoding="utf-8").read()


def repeat(match):
    body = match.group(0)
    head = re.match(r"(<bagian>\s*<judul>.*?</judul>)", body, re.S)
    acts = re.findall(r"<kegiatan>.*?</kegiatan>", body, re.S)
    return head.group(1) + "".join(acts * reps) + "</bagian>"


text = re.sub(r"<bagian>.*?</bagian>", repeat, text, flags=re.S)
open(out, "w", encoding="utf-8").write(text)
rows = text.count("<subkegiatan")
print(f"{out}: {rows} sub-activities", file=sys.stderr)
