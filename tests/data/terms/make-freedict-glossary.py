#!/usr/bin/env python3
"""Turns FreeDict's English-German dictd files into a glossary CSV of the nouns that real sentences use.

usage: make-freedict-glossary.py INDEX DICT_DZ SENTENCES_TSV LIMIT > OUT.csv

Keeps dictionary entries whose English headword (1-3 words of letters, no abbreviation) occurs in
the English column of SENTENCES_TSV as a whole word sequence (case-insensitive), and whose German
side is a noun (<masc>, <fem> or <neut>): the first such entry of each headword, in the order of
the index, at most LIMIT. Columns: en, de (up to three synonyms), part of speech, note (the
entry's subject labels such as [comp.]).
"""
import csv
import gzip
import re
import sys

B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def decode(s):
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


def split_top(line):
    """Splits at ', ' outside <...> and [...]."""
    parts, depth, cur = [], 0, ''
    for ch in line:
        if ch in '<[':
            depth += 1
        elif ch in '>]':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def main():
    index, dict_dz, sentences, limit = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    data = gzip.open(dict_dz).read()
    text = ' '.join(line.split('\t')[0].lower() for line in open(sentences, encoding='utf-8'))
    words = ' ' + ' '.join(re.findall(r"[a-z]+(?:[-'][a-z]+)*", text)) + ' '
    seen = set()
    out = csv.writer(sys.stdout, lineterminator='\n')
    out.writerow(['en', 'de', 'de', 'de', 'part of speech', 'note'])
    rows = 0
    for line in open(index, encoding='utf-8'):
        head, offset, length = line.rstrip('\n').split('\t')
        entry = data[decode(offset):decode(offset) + decode(length)].decode('utf-8').split('\n')
        if len(entry) < 2:
            continue
        english = entry[0].split(' /')[0].strip()
        if not re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+){0,2}", english) or english.lower() in seen:
            continue
        if ' ' + english.lower() + ' ' not in words:
            continue
        german = entry[1].strip()
        items = split_top(german)
        nouns = [i for i in items if re.search(r'<(masc|fem|neut)>', i)]
        if not nouns:
            continue
        labels = sorted(set(re.findall(r'\[([^\]]+)\]', german)))
        terms = []
        for item in nouns[:3]:
            term = re.sub(r'<[^>]*>|\[[^\]]*\]', '', item).strip()
            if term and term not in terms:
                terms.append(term)
        if not terms:
            continue
        seen.add(english.lower())
        out.writerow([english] + (terms + ['', '', ''])[:3] + ['noun', ', '.join(labels)])
        rows += 1
        if rows >= limit:
            break


main()
