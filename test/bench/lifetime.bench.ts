/**
 * The lifetime benchmark page, driven by `scripts/bench.mjs` (not a test: no thresholds
 * here). Mounts an element and removes it as soon as its first request is on the way,
 * `rounds` times, and reports how many requests were started, how many state changes
 * reached a removed element, and the timers still alive. The heap and listener counts are
 * read by the script through the DevTools protocol, around a call to `kotoLifetime()`.
 */
import '../../src/define/all.js';

// Live timers, counted by wrapping the page's timer functions before any element exists.
const live = new Set<number>();
const real = {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
  fetch: window.fetch.bind(window),
};
window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = real.setTimeout(() => {
    live.delete(id);
    if (typeof fn === 'function') (fn as (...a: unknown[]) => void)(...args);
  }, ms);
  live.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) live.delete(id);
  real.clearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = real.setInterval(fn, ms, ...args);
  live.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) live.delete(id);
  real.clearInterval(id);
}) as typeof window.clearInterval;

let started = 0;
window.fetch = ((...args: Parameters<typeof fetch>) => {
  started++;
  return real.fetch(...args);
}) as typeof fetch;

const pause = (ms: number) => new Promise((r) => real.setTimeout(r, ms));

interface LitLike extends HTMLElement {
  updateComplete: Promise<unknown>;
  requestUpdate(name?: PropertyKey, old?: unknown): void;
}

async function kotoLifetime(tag: string, attrs: Record<string, string>, rounds: number) {
  const stage = document.getElementById('stage')!;
  const startedBefore = started;
  let late = 0;
  let removedWithRequestInFlight = 0;
  for (let i = 0; i < rounds; i++) {
    const el = document.createElement(tag) as LitLike;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    const inner = el.requestUpdate.bind(el);
    el.requestUpdate = (name?: PropertyKey, old?: unknown) => {
      if (!el.isConnected) late++;
      inner(name, old);
    };
    const before = started;
    stage.append(el);
    await el.updateComplete;
    for (let t = 0; t < 100 && started === before; t++) await pause(2);
    if (started > before) removedWithRequestInFlight++;
    el.remove();
  }
  return { started: started - startedBefore, removedWithRequestInFlight, late, liveTimers: live.size };
}

async function settleAll(ms: number) {
  await pause(ms);
  return { liveTimers: live.size };
}

Object.assign(window, { kotoLifetime, settleAll, kotoBench: () => undefined });
