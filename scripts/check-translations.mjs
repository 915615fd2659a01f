// @ts-check
/**
 * Fails when a string in the source has no translation in some locale, when the XLIFF
 * files or generated locale modules are out of date with the source, or when a message
 * holds markup.
 * (It regenerates them, so after a failure of the second kind just commit the result.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const files = () => [
  ...readdirSync('xliff').map((f) => join('xliff', f)),
  ...(existsSync('src/generated/locales')
    ? readdirSync('src/generated/locales', { recursive: true, encoding: 'utf8' })
        .map((f) => join('src/generated/locales', f))
        .filter((f) => f.endsWith('.ts'))
    : []),
  'src/generated/locale-parts.ts',
];
const snapshot = () => new Map(files().map((f) => [f, existsSync(f) ? readFileSync(f, 'utf8') : '']));

const before = snapshot();
const bin = 'node_modules/.bin/lit-localize';
execFileSync(bin, ['extract'], { stdio: 'pipe' });
execFileSync(bin, ['build'], { stdio: 'pipe' });
// The per-element split of the generated modules (part of `npm run localize:build`).
execFileSync('node', ['scripts/localize-split.mjs'], { stdio: 'pipe' });
const after = snapshot();

let failed = false;
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
if (changed.length) {
  failed = true;
  console.error(`Localisation files were out of date and have been regenerated: ${changed.join(', ')}. Commit them.`);
}

for (const locale of config.targetLocales) {
  const xlf = readFileSync(join('xliff', `${locale}.xlf`), 'utf8');
  const units = [...xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const missing = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body));
  if (missing.length) {
    failed = true;
    console.error(`${locale}: ${missing.length} of ${units.length} strings have no translation:`);
    for (const [, id, body] of missing.slice(0, 20)) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      console.error(`  ${id}: ${source.slice(0, 100)}`);
    }
  } else {
    console.log(`${locale}: all ${units.length} strings translated.`);
  }
}
// Markup inside a message (msg(html`…`)) makes the generated strings import lit, which the
// bundler then splits into a chunk of its own for every element: keep markup outside.
const withMarkup = [...after.entries()].filter(([f, text]) => f.includes('locales') && /from 'lit'/.test(text));
if (withMarkup.length) {
  failed = true;
  console.error(
    `Messages with markup (msg(html\`…\`)) in ${withMarkup.map(([f]) => f).join(', ')}: put the markup outside msg().`,
  );
}
process.exit(failed ? 1 : 0);
