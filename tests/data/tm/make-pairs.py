#!/usr/bin/env python3
"""Pairs Debian's English package descriptions with their translations, by Description-md5.

usage: make-pairs.py Translation-en Translation-xx LANG MAX_PAIRS > pairs.tsv

A pair is the short description (first line), or one sentence of the long description when the
English and translated paragraph have the same number of sentences (naive split after . ! ? followed
by a space and a capital letter). Pairs are kept with 3-40 words on the English side, each English
text at most once; tabs and newlines cannot occur (descriptions are single-line after joining).
The first MAX_PAIRS pairs in the order of the Translation-xx file are printed as SOURCE<TAB>TARGET.
"""
import re
import sys


def records(path, field):
    md5, text = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if md5 and text:
                    yield md5, text
                md5, text = None, []
            elif line.startswith("Description-md5: "):
                md5 = line.split(": ", 1)[1]
            elif line.startswith(field + ": "):
                text = [line.split(": ", 1)[1]]
            elif line.startswith(" ") and text:
                text.append(line[1:])
    if md5 and text:
        yield md5, text


def paragraphs(lines):
    out, cur = [], []
    for line in lines[1:]:
        if line.strip() == ".":
            if cur:
                out.append(" ".join(cur))
            cur = []
        else:
            cur.append(line.strip())
    if cur:
        out.append(" ".join(cur))
    return [lines[0].strip()], out


SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜÉÈÀ0-9])")


def sentences(paragraph):
    return [s.strip() for s in SPLIT.split(paragraph) if s.strip()]


def main():
    en_path, xx_path, lang, limit = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    english = {md5: text for md5, text in records(en_path, "Description-en")}
    seen = set()
    count = 0
    for md5, text in records(xx_path, "Description-" + lang):
        if md5 not in english:
            continue
        (en_short,), en_paras = paragraphs(english[md5])
        (xx_short,), xx_paras = paragraphs(text)
        pairs = [(en_short, xx_short)]
        if len(en_paras) == len(xx_paras):
            for ep, xp in zip(en_paras, xx_paras):
                es, xs = sentences(ep), sentences(xp)
                if len(es) == len(xs):
                    pairs.extend(zip(es, xs))
        for en, xx in pairs:
            words = len(en.split())
            if words < 3 or words > 40 or en in seen or "\t" in en + xx:
                continue
            seen.add(en)
            print(en + "\t" + xx)
            count += 1
            if count >= limit:
                return


main()
