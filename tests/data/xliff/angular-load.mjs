// Reads a translated XLIFF 2 file with Angular's own parser (what `ng build --localize` uses).
import fs from 'node:fs';
import {Xliff2} from '@angular/compiler';
const {locale, i18nNodesByMsgId} = new Xliff2().load(fs.readFileSync(process.argv[2], 'utf8'), process.argv[2]);
const text = (nodes) => nodes.map(n => n.name !== undefined ? `{${n.name}}` : n.value).join("");
console.log(locale, Object.keys(i18nNodesByMsgId).length);
for (const [id, nodes] of Object.entries(i18nNodesByMsgId)) console.log(id, JSON.stringify(text(nodes)));
