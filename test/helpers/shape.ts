/**
 * Compares the *shape* of two JSON values: the same keys with values of the same kind,
 * recursively. `null` on either side matches anything (real data is nullable); the
 * actual value may have keys the sample lacks.
 */
export function shapeDifferences(sample: unknown, actual: unknown, path = '$'): string[] {
  if (sample === null || actual === null || sample === undefined) return [];
  if (actual === undefined) return [`${path}: missing`];
  if (Array.isArray(sample)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array`];
    if (sample.length === 0 || actual.length === 0) return [];
    // Every sample item's shape must be met by some item of the actual list.
    return sample.flatMap((item, i) => {
      const best = actual.map((a) => shapeDifferences(item, a, `${path}[${i}]`)).sort((x, y) => x.length - y.length)[0];
      return best ?? [];
    });
  }
  if (typeof sample === 'object') {
    if (typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object`];
    return Object.entries(sample as Record<string, unknown>).flatMap(([key, value]) =>
      shapeDifferences(value, (actual as Record<string, unknown>)[key], `${path}.${key}`),
    );
  }
  return typeof sample === typeof actual ? [] : [`${path}: expected ${typeof sample}, got ${typeof actual}`];
}

/** Loads a copy of a sample payload from `test/fixtures/samples/`. */
export async function loadSample<T = unknown>(name: string): Promise<T> {
  const res = await fetch(new URL(`../fixtures/samples/${name}`, import.meta.url));
  if (!res.ok) throw new Error(`sample ${name}: ${res.status}`);
  return (await res.json()) as T;
}
