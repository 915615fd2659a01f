// @ts-check
/**
 * The statistics of `npm run bench`: medians, and a 95 % confidence interval of the ratio
 * of two variants' medians by a paired bootstrap. The variants ran interleaved, round by
 * round, so round i of one and round i of the other saw the same moment of a shared,
 * loaded machine: each resample draws whole rounds (both variants together), which keeps
 * that pairing instead of pretending the two samples were independent.
 */

/** @param {readonly number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[mid] : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** A small seeded generator (mulberry32): the same figures print the same interval. */
function random(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The ratio median(a) / median(b) of paired samples (a[i] and b[i] from the same round),
 * with its 95 % percentile-bootstrap interval over `resamples` draws of whole rounds.
 * @param {readonly number[]} a
 * @param {readonly number[]} b
 * @returns {{ ratio: number, low: number, high: number }}
 */
export function ratioWithInterval(a, b, resamples = 10_000) {
  if (a.length !== b.length || a.length === 0) throw new Error('ratioWithInterval: paired samples of equal length');
  const next = random(a.length);
  const ratios = new Float64Array(resamples);
  const ra = new Array(a.length);
  const rb = new Array(b.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < a.length; i++) {
      const j = Math.floor(next() * a.length);
      ra[i] = a[j];
      rb[i] = b[j];
    }
    ratios[r] = median(ra) / median(rb);
  }
  ratios.sort();
  const at = (/** @type {number} */ q) => ratios[Math.min(resamples - 1, Math.floor(q * resamples))] ?? NaN;
  return { ratio: median(a) / median(b), low: at(0.025), high: at(0.975) };
}

/** `1.18× (95 % CI 1.09–1.27)` */
export const ratioText = (/** @type {{ ratio: number, low: number, high: number }} */ r) =>
  `${r.ratio.toFixed(2)}× (95 % CI ${r.low.toFixed(2)}–${r.high.toFixed(2)})`;

export const ms = (/** @type {number} */ n) => `${n.toFixed(0)} ms`;

/** Prints rows as a table whose first row is the header. @param {string[][]} lines */
export function printTable(lines) {
  const widths = (lines[0] ?? []).map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  for (const [i, l] of lines.entries()) {
    console.log(
      l.map((c, j) => (j === 0 ? String(c).padEnd(widths[j] ?? 0) : String(c).padStart(widths[j] ?? 0))).join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
