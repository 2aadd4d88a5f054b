# trim-po.py PO OUT N: the header, the first N entries and every plural entry of a PO file, unchanged.
import sys
text = open(sys.argv[1], encoding='utf-8', errors='surrogateescape').read()
blocks = text.split('\n\n')
n = int(sys.argv[3])
kept = [blocks[0]] + [b for i, b in enumerate(blocks[1:]) if i < n or 'msgid_plural' in b]
open(sys.argv[2], 'w', encoding='utf-8', errors='surrogateescape').write('\n\n'.join(kept).rstrip('\n') + '\n')
