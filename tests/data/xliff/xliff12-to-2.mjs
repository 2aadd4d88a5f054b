// xliff12-to-2.mjs IN OUT: an XLIFF 1.2 file converted to XLIFF 2.0 by the xliff npm package (locize).
import fs from 'fs';
import xliff12ToJs from 'xliff/xliff12ToJs';
import js2xliff from 'xliff/js2xliff';
const [input, output] = process.argv.slice(2);
const js = await xliff12ToJs(fs.readFileSync(input, 'utf8'), { captureSpacesBetweenElements: false });
fs.writeFileSync(output, await js2xliff(js) + '\n');
