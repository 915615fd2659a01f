// @ts-check
/**
 * A git merge driver for xliff/*.xlf: the union of both sides' translation units by id
 * (ours first when both translated one string). Line-based merging interleaves units.
 *
 *   git config merge.xliff.driver 'node scripts/xliff-merge.mjs %O %A %B'
 *
 * and `.gitattributes` has `xliff/*.xlf merge=xliff`. Run `npm run localize:extract`
 * after the merge to drop strings no longer in the source.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [, , , oursPath, theirsPath] = process.argv;
if (!oursPath || !theirsPath) {
  console.error('usage: xliff-merge.mjs BASE OURS THEIRS');
  process.exit(2);
}
const UNIT = /<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>/g;
const ours = readFileSync(oursPath, 'utf8');
const theirs = readFileSync(theirsPath, 'utf8');
const units = new Map();
for (const text of [ours, theirs]) {
  for (const m of text.matchAll(UNIT)) {
    const previous = units.get(m[1]);
    if (!previous || (!previous.includes('<target>') && m[0].includes('<target>'))) units.set(m[1], m[0]);
  }
}
const head = ours.slice(0, ours.indexOf('<body>') + '<body>'.length);
const tail = ours.slice(ours.indexOf('</body>'));
writeFileSync(oursPath, `${head}\n${[...units.values()].join('\n')}\n${tail}`);
