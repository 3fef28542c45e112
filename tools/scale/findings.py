#!/usr/bin/env python3
"""Which rules and words `naskah check` reports across many converted signed texts.

    tools/scale/findings.py NASKAH XML... [--top N] [--rule CODE] [--min-docs K]

Prints per rule: findings, documents with one, findings per 1,000 words; then the phrases found
in the most documents. In signed, published legislation a slip is rare and scattered, so a rule
or phrase reported in many different documents is a false-alarm suspect (or a PDF-extraction
artefact of the dump): read those first. A phrase in one document only is more likely a real slip.
"""
import argparse
import json
import re
import subprocess
from collections import Counter, defaultdict

PHRASE = re.compile(r"«([^»]*)»")

ap = argparse.ArgumentParser()
ap.add_argument("naskah")
ap.add_argument("xml", nargs="+")
ap.add_argument("--top", type=int, default=40)
ap.add_argument("--rule")
ap.add_argument("--min-docs", type=int, default=2)
ap.add_argument("--words-per-page", type=float, default=300,
                help="pages estimated as words / this (an F4 page of a signed PP holds about 300; the "
                     "training corpus's decrees, with their tables and signature blocks, 159)")
ap.add_argument("--keep-hyphen-breaks", action="store_true",
                help="count a space beside a hyphen under SPASI-TANDA itself (see HYPHEN_BREAK)")
args = ap.parse_args()

# The dump keeps a word the PDF broke at a line's end with its hyphen and a space ("perundang-
# undangan", "memberitahu- kan"): most of SPASI-TANDA's findings on these texts (450 of 478 in the
# 230 tuning texts) are that artefact of the extraction, not of the signed texts. The text cannot
# tell such a break from a typed space, so these findings are counted apart, under
# "SPASI-TANDA~hubung", and the rule's own row holds the rest.
HYPHEN_BREAK = re.compile(r"(tanda hubung|hyphen)")

words = 0
per_rule, docs_rule = Counter(), defaultdict(set)
docs_phrase, example = defaultdict(set), {}
for start in range(0, len(args.xml), 50):
    chunk = args.xml[start:start + 50]
    for path in chunk:
        with open(path, encoding="utf-8") as f:
            words += len(re.sub(r"<[^>]+>", " ", f.read()).split())
    out = subprocess.run([args.naskah, "check", "--json", *chunk], capture_output=True, text=True).stdout
    for line in out.splitlines():
        try:
            d = json.loads(line)
        except json.JSONDecodeError:
            continue
        code = d.get("code", "")
        # a decree's summary line per rule repeats the count of its findings: counted once
        if not code or d.get("summary") or d.get("severity") == "error" and code.isupper() is False:
            continue
        if code == "SPASI-TANDA" and not args.keep_hyphen_breaks and HYPHEN_BREAK.search(d.get("message", "")):
            code = "SPASI-TANDA~hubung"
        n = d.get("count", 1)
        per_rule[code] += n
        docs_rule[code].add(d["file"])
        m = PHRASE.search(d.get("message", ""))
        key = (code, m.group(1) if m else d.get("message", "")[:60])
        docs_phrase[key].add(d["file"])
        example.setdefault(key, f'{d["file"]}:{d.get("line", 0)}:{d.get("column", 0)} {d.get("message", "")[:140]}')

pages = words / args.words_per_page
print(f"{len(args.xml)} documents, {words} words, about {pages:.0f} pages at {args.words_per_page:g} words a page")
print(f"{'rule':24} {'findings':>8} {'docs':>5} {'/1000 words':>11} {'/100 pages':>10}")
for code, n in per_rule.most_common():
    if args.rule and code != args.rule:
        continue
    print(f"{code:24} {n:8} {len(docs_rule[code]):5} {1000 * n / words:11.3f} {100 * n / pages:10.1f}")
if not args.rule:
    total = sum(per_rule.values())
    print(f"{'all':24} {total:8} {len(set().union(*docs_rule.values())) if docs_rule else 0:5} {1000 * total / words:11.3f} {100 * total / pages:10.1f}")
print()
ranked = sorted(docs_phrase.items(), key=lambda kv: (-len(kv[1]), kv[0]))
shown = 0
for (code, phrase), docs in ranked:
    if args.rule and code != args.rule or len(docs) < args.min_docs:
        continue
    print(f"{len(docs):4} {code:20} «{phrase}»  e.g. {example[(code, phrase)]}")
    shown += 1
    if shown >= args.top:
        break
