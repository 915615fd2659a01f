// @ts-check
/**
 * A git merge driver for xliff/*.xlf: both sides' translation units by id, merged three
 * ways against the base: a unit one side changed takes that side's version; when both
 * changed it, ours (with a warning to check it); units only one side has are kept. Line-based
 * merging interleaves units. (It once kept ours for every unit both had, and so lost a
 * branch's changed translations.)
 *
 *   git config merge.xliff.driver 'node scripts/xliff-merge.mjs %O %A %B'
 *
 * and `.gitattributes` has `xliff/*.xlf merge=xliff`. Run `npm run localize:extract`
 * after the merge to drop strings no longer in the source.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [, , basePath, oursPath, theirsPath] = process.argv;
if (!basePath || !oursPath || !theirsPath) {
  console.error('usage: xliff-merge.mjs BASE OURS THEIRS');
  process.exit(2);
}
const UNIT = /<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>/g;
const read = (/** @type {string} */ path) => readFileSync(path, 'utf8');
const byId = (/** @type {string} */ text) => new Map([...text.matchAll(UNIT)].map((m) => [m[1], m[0]]));
const ours = read(oursPath);
const base = byId(read(basePath));
const theirs = byId(read(theirsPath));
const units = byId(ours);
for (const [id, their] of theirs) {
  const our = units.get(id);
  const was = base.get(id);
  if (our === undefined || our === was) units.set(id, their);
  else if (their !== was && their !== our)
    console.warn(`xliff-merge: ${oursPath}: both sides changed ${id}; kept ours, check it.`);
}
const head = ours.slice(0, ours.indexOf('<body>') + '<body>'.length);
const tail = ours.slice(ours.indexOf('</body>'));
writeFileSync(oursPath, `${head}\n${[...units.values()].join('\n')}\n${tail}`);
