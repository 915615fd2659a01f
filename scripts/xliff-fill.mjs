// @ts-check
/**
 * Fills translations into xliff/*.xlf from a JSON file, so nobody edits XML by hand:
 *
 *   node scripts/xliff-fill.mjs my-strings.json
 *
 * The JSON maps each `<source>` exactly as it stands in the XLIFF (placeholders such as
 * `<x id="0" equiv-text="${count}"/>` included) to its translations:
 * `{ "Try again": { "fi": "Yritä uudelleen", "sv": "Försök igen" } }`.
 * Existing targets are replaced. Sources not found are listed, and the exit code is 1.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/xliff-fill.mjs translations.json');
  process.exit(2);
}
/** @type {Record<string, Record<string, string>>} */
const table = JSON.parse(readFileSync(file, 'utf8'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Keep lit-localize's placeholder elements (<x .../>) as they are; escape the rest.
const toXml = (s) =>
  s
    .split(/(<x id="[^"]*" equiv-text="[^"]*"\/>)/)
    .map((p, i) => (i % 2 ? p : escape(p)))
    .join('');
const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const used = new Set();
for (const name of readdirSync('xliff').filter((f) => f.endsWith('.xlf'))) {
  const locale = name.replace(/\.xlf$/, '');
  const path = `xliff/${name}`;
  const xml = readFileSync(path, 'utf8');
  const out = xml.replace(
    /(<trans-unit id="[^"]+">\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
    (all, open, source, close) => {
      const key = unescape(source.replace(/<x id="[^"]*" equiv-text="[^"]*"\/>/g, (x) => x.replace(/&/g, '&amp;')));
      const entry = table[key] ?? table[source];
      const text = entry?.[locale];
      if (text === undefined) return all;
      used.add(table[key] ? key : source);
      return `${open}${source}${close}\n  <target>${toXml(text)}</target>`;
    },
  );
  writeFileSync(path, out);
}
const unused = Object.keys(table).filter((k) => !used.has(k));
if (unused.length) {
  console.error(`Not found in the XLIFF (run npm run localize:extract first?):\n  ${unused.join('\n  ')}`);
  process.exit(1);
}
console.log(`Filled ${used.size} strings.`);
