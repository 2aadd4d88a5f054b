#!/usr/bin/env python3
# Makes Android string resources with <plurals> from real gettext catalogs, with translate-toolkit's
# Android writer (translate.storage.aresource): the first SINGULAR translated entries and the first
# PLURAL translated plural entries of each catalog, each with its #. / #: comments as a note.
#
#   python3 make-plurals.py PO LANG OUT [SINGULAR] [PLURAL]
import re
import sys

from translate.storage import aresource, po


def name_of(text, used):
    base = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40] or "s"
    name, n = base, 2
    while name in used:
        name, n = f"{base}_{n}", n + 1
    used.add(name)
    return name


def main():
    src, lang, out = sys.argv[1:4]
    singular = int(sys.argv[4]) if len(sys.argv) > 4 else 12
    plural = int(sys.argv[5]) if len(sys.argv) > 5 else 6
    with open(src, "rb") as f:
        catalog = po.pofile(f.read())
    store = aresource.AndroidResourceFile()
    store.settargetlanguage(lang)
    used = set()
    for unit in catalog.units:
        if unit.isheader() or not unit.istranslated() or unit.isfuzzy():
            continue
        if unit.hasplural():
            if plural == 0:
                continue
            plural -= 1
        else:
            if singular == 0:
                continue
            singular -= 1
        new = aresource.AndroidResourceUnit(unit.source)
        new.setid(name_of(unit.source.strings[0] if unit.hasplural() else unit.source, used))
        store.addunit(new)
        new.target = unit.target
        notes = unit.getnotes("developer")
        if notes:
            new.addnote(notes.replace("--", "- -"))
        if singular == 0 and plural == 0:
            break
    with open(out, "wb") as f:
        f.write(bytes(store))


main()
