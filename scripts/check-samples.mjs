// @ts-check
/** The copies in test/fixtures/samples/ must equal shared/reference/samples/ when that folder is beside the project. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const original = '../shared/reference/samples';
if (!existsSync(original)) {
  console.log('shared/reference/samples is not beside the project; using the copies as they are.');
  process.exit(0);
}
const differ = readdirSync(original).filter((name) => {
  const copy = join('test/fixtures/samples', name);
  return !existsSync(copy) || readFileSync(copy, 'utf8') !== readFileSync(join(original, name), 'utf8');
});
if (differ.length) {
  console.error(`Sample copies differ from shared/reference/samples: ${differ.join(', ')}. Copy them again.`);
  process.exit(1);
}
console.log(`${readdirSync(original).length} sample copies match shared/reference/samples.`);
