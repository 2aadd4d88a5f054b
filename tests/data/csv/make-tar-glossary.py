#!/usr/bin/env python3
# Makes tar-en-pl-ja.csv: the short messages (at most 40 characters, no format directives, no
# plurals) that tests/data/po/tar-pl.po and tar-ja.po both translate, as an Excel-style glossary
# (UTF-8 with BOM, ';' delimiter, CRLF) written by python's csv module.
#
#   python3 make-tar-glossary.py ../po/tar-pl.po ../po/tar-ja.po tar-en-pl-ja.csv
import csv
import sys

from translate.storage import po


def messages(path):
    with open(path, "rb") as f:
        store = po.pofile(f.read())
    return {
        u.source: u.target
        for u in store.units
        if not u.isheader() and u.istranslated() and not u.hasplural()
        and len(u.source) <= 40 and "%" not in u.source
    }


def main():
    pl = messages(sys.argv[1])
    ja = messages(sys.argv[2])
    with open(sys.argv[3], "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["en", "pl", "ja", "note"])
        for source in sorted(set(pl) & set(ja)):
            writer.writerow([source, pl[source], ja[source], "GNU tar 1.34"])


main()
