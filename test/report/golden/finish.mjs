// From the outputs of the code before streaming (/tmp/golden): the inputs and the sha256 of each expected output.
// diff and compare HTML: the old head swapped for the shared page shell's (viewport before the policy: the only intended change).
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
const G = '/tmp/golden';
const OUT = new URL('.', import.meta.url).pathname;
const oldHead = `<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>`;
const newHead = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>`;
const expected = {};
for (const f of readdirSync(G).sort()) {
  if (f.startsWith('input-')) {
    if (f !== 'input-compare-many.json') copyFileSync(`${G}/${f}`, `${OUT}/${f}`);
    continue;
  }
  let text = readFileSync(`${G}/${f}`, 'utf8');
  if (/^(diff|compare)/.test(f) && f.endsWith('.html')) {
    if (!text.includes(oldHead)) throw new Error(f);
    text = text.replace(oldHead, newHead);
  }
  expected[f] = { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
}
writeFileSync(`${OUT}/expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
