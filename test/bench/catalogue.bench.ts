/**
 * The catalogue's benchmark page, driven by `scripts/bench/render.mjs` (not a test: no
 * thresholds here). One call of `kotoRound()` is one round of one variant in a fresh page:
 * `<koto-course-catalogue>` or the plain-DOM baseline (./catalogue-baseline.ts), end to end:
 *
 * - render: from the element's creation (the baseline's first line) to the first frame that
 *   paints the cards: the loading render, the request, parsing and normalising, the cards;
 * - filters: from a study-path `change` to the first frame that paints the new results.
 *
 * "Painted": a `requestAnimationFrame` loop checks the condition before each frame; the
 * first frame that finds it true is the one that paints it, and a message posted from that
 * callback is handled once the frame is done (rendering runs right after the rAF callbacks,
 * with no task in between). The same loop times both variants.
 */
import '../../src/define/course-catalogue.js';
import { startBaseline } from './catalogue-baseline.js';

const PATHS = ['fast', 'basic', 'slow', 'literacy', ''];

/** Resolves with the time just after the first frame in which `condition()` holds has been painted. */
function paintedWhen(condition: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const frame = () => {
      if (!condition()) return void requestAnimationFrame(frame);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(undefined);
    };
    requestAnimationFrame(frame);
  });
}

const busy = (root: ShadowRoot) => !!root.querySelector('[aria-busy="true"]');
const hasResults = (root: ShadowRoot) => !!root.querySelector('li.card:not(.skeleton-card), .notice');

/** Results shown and not busy, after the list has been busy at least once since now. */
function resultsAgain(root: ShadowRoot): () => boolean {
  let sawBusy = false;
  const observer = new MutationObserver(() => (sawBusy ||= busy(root)));
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  return () => {
    sawBusy ||= busy(root);
    const done = sawBusy && !busy(root) && hasResults(root);
    if (done) observer.disconnect();
    return done;
  };
}

const settle = () => new Promise((r) => setTimeout(r, 150));

export interface Round {
  render: number;
  filters: number[];
}

async function kotoRound(
  variant: 'element' | 'baseline',
  apiBase: string,
  pageSize: number,
  changes: number,
): Promise<Round> {
  const stage = document.getElementById('stage')!;
  const start = performance.now();
  let root: ShadowRoot;
  if (variant === 'element') {
    const el = document.createElement('koto-course-catalogue');
    el.lang = 'en';
    el.setAttribute('page-size', String(pageSize));
    el.setAttribute('api-base', apiBase);
    el.setAttribute('enrol-href', '#enrol?course={id}');
    stage.append(el);
    root = el.shadowRoot!;
  } else {
    const host = document.createElement('div');
    root = host.attachShadow({ mode: 'open' });
    stage.append(host);
    startBaseline(root, apiBase, pageSize);
  }
  const render = (await paintedWhen(() => hasResults(root) && !busy(root))) - start;
  const filters: number[] = [];
  for (let i = 0; i < changes; i++) {
    await settle();
    const select = root.querySelector<HTMLSelectElement>('#f-path')!;
    select.value = PATHS[i % PATHS.length]!;
    const condition = resultsAgain(root);
    const t = performance.now();
    select.dispatchEvent(new Event('change'));
    filters.push((await paintedWhen(condition)) - t);
  }
  return { render, filters };
}

(window as unknown as { kotoRound: typeof kotoRound }).kotoRound = kotoRound;
