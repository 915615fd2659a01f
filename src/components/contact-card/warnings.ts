/** The card's console warnings about its markup: each problem once (never personal data). */
export class Warnings {
  private readonly seen = new Set<string>();

  constructor(private readonly prefix: string) {}

  /** Warns, in one message, of the problems not warned about before. */
  warn(problems: readonly string[]): void {
    const fresh = problems.filter((p) => !this.seen.has(p));
    if (!fresh.length) return;
    for (const p of fresh) this.seen.add(p);
    console.warn(`${this.prefix}: ${fresh.join(' ')}`);
  }
}
