// Extracts ng-bootstrap's i18n messages from its component templates with Angular's own compiler
// (MessageBundle + the Xliff2 serializer, what `ng extract-i18n --format=xlf2` writes).
import fs from 'node:fs';
import {MessageBundle, HtmlParser, Xliff2, Xliff, DEFAULT_INTERPOLATION_CONFIG} from '@angular/compiler';
const src = fs.readFileSync(process.argv[2], 'utf8');
const bundle = new MessageBundle(new HtmlParser(), [], {}, 'en');
let n = 0;
for (const m of src.matchAll(/template: `((?:[^`\\]|\\.)*)`/g)) {
  const html = m[1].replace(/\\`/g, '`').replace(/\\\$/g, '$');
  const errors = bundle.updateFromTemplate(html, `ng-bootstrap/template-${++n}.html`, DEFAULT_INTERPOLATION_CONFIG);
  if (errors && errors.length) console.error(errors.map(String).join('\n'));
}
fs.writeFileSync(process.argv[3], bundle.write(process.argv[3].endsWith('.xlf2') ? new Xliff2() : new Xliff()));
console.error(`${n} templates`);
