// @ts-check
/**
 * `npm run size`: the gzip size of each element's self-contained entry, against its budget.
 *
 * Each entry is bundled on its own with esbuild (minified, ES2022, production build of lit,
 * code splitting on), so it carries everything it needs: lit, zod/mini, the shared code.
 * Counted against the budget: the entry and the chunks it loads at once, plus the larger
 * of the locale modules (a Finnish or Swedish page loads one of them; English needs none). Reported beside it but not counted:
 * chunks loaded only on demand (DOMPurify, when a course's details open).
 *
 * Add an element by adding a row to ENTRIES. An entry whose file does not exist yet is
 * listed as "not built yet" and does not fail the run.
 */
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {{ name: string, entry: string, budgetKb: number }[]} */
const ENTRIES = [
  { name: '<koto-course-catalogue>', entry: 'src/define/course-catalogue.ts', budgetKb: 25 },
  { name: '<koto-enrolment-form>', entry: 'src/define/enrolment-form.ts', budgetKb: 30 },
  { name: '<koto-guidance-booking>', entry: 'src/define/guidance-booking.ts', budgetKb: 25 },
  { name: '<koto-contact-card>', entry: 'src/define/contact-card.ts', budgetKb: 20 },
  { name: 'whole library (all.ts)', entry: 'src/define/all.ts', budgetKb: 40 },
];

const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** @param {string} entry */
async function measure(entry) {
  const outdir = mkdtempSync(join(tmpdir(), 'koto-size-'));
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir,
      metafile: true,
      legalComments: 'none',
      logLevel: 'error',
      tsconfig: 'tsconfig.json',
    });
    const outputs = result.metafile.outputs;
    const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint);
    if (!entryOut) throw new Error(`no output for ${entry}`);
    // The chunks loaded at once: the entry and its static imports, transitively.
    const eager = new Set();
    const walk = (out) => {
      if (eager.has(out)) return;
      eager.add(out);
      for (const imp of outputs[out].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) walk(imp.path);
    };
    walk(entryOut);
    let initial = 0;
    let locales = 0;
    let lazy = 0;
    for (const out of Object.keys(outputs)) {
      if (!out.endsWith('.js')) continue;
      const size = gz(out);
      const inputs = Object.keys(outputs[out].inputs);
      if (eager.has(out)) initial += size;
      else if (inputs.some((i) => i.includes('src/generated/locales/'))) locales = Math.max(locales, size);
      else lazy += size;
    }
    return { initial, locales, lazy };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const rows = [];
let failed = false;
for (const { name, entry, budgetKb } of ENTRIES) {
  if (!existsSync(entry)) {
    rows.push({
      element: name,
      'entry (gzip KB)': '—',
      'locale (fi or sv)': '—',
      counted: '—',
      budget: `${budgetKb}`,
      'lazy (not counted)': '—',
      result: 'not built yet',
    });
    continue;
  }
  const { initial, locales, lazy } = await measure(entry);
  const counted = initial + locales;
  const ok = counted <= budgetKb * 1024;
  if (!ok) failed = true;
  rows.push({
    element: name,
    'entry (gzip KB)': kb(initial),
    'locale (fi or sv)': kb(locales),
    counted: kb(counted),
    budget: `${budgetKb}`,
    'lazy (not counted)': kb(lazy),
    result: ok ? 'ok' : 'OVER BUDGET',
  });
}

const columns = Object.keys(rows[0]);
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log('Gzip sizes (minified, esbuild, level 9). Counted = entry + one locale module; budget in KB.\n');
console.log(line(columns));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(columns.map((c) => r[c])));
if (failed) {
  console.error('\nAt least one entry is over its budget.');
  process.exit(1);
}
