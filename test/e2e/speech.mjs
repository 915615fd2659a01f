// @ts-check
/**
 * What a screen reader would say, recorded from Chromium's own accessibility tree (issue #15,
 * "What a screen reader user hears"). Not a test file itself.
 *
 * The tree comes from the Chrome DevTools Protocol (`Accessibility.getFullAXTree`), which is
 * the tree Chromium gives NVDA, JAWS, Orca and VoiceOver: it is flattened across shadow
 * roots, with names, roles and live-region properties computed by the browser. The recorder
 * polls it (every `interval` ms) while a key moment happens, and turns each change into
 * utterances, each with the language a reader would switch its voice to.
 *
 * What it models:
 * - Focus: when the focused node changes, "<accessible name>, <role>" (and ", <description>"
 *   when there is one; no role word for a generic container). A focused node without a name that is not a control (a notice or a
 *   group given tabindex="-1") is read by its text, as NVDA and JAWS read a focused container.
 * - Live regions: a region root is a node with `live` polite or assertive (role status, alert,
 *   log, or aria-live) whose parent is not in a region. When its text changes: with `atomic`,
 *   the whole region's text; else the text nodes added (a changed text counts as added), as
 *   `relevant` "additions text" (the default) has it; "removals" are not spoken (NVDA and
 *   Orca do not either). While the region is `busy`, nothing. A polite region that appears
 *   with text says nothing (readers announce changes, not new regions), but a node that
 *   becomes role="alert" (inserted, or given the role) is announced with its whole text.
 * - Reading: `read()` speaks a node's text, as the reading cursor of browse mode does.
 * - Language: the `lang` of the nearest element with one, across shadow boundaries, from the
 *   node the text comes from (the first text of an utterance).
 *
 * What it does not model: a speech engine (nothing is synthesised: an utterance is a
 * string); each reader's verbosity (states such as "expanded", "required", positions in a
 * list, heading levels, "clickable"), its own queueing, interrupting and de-duplicating of
 * messages (an assertive message cutting off a polite one; JAWS dropping a repeat); a change
 * shorter than the polling interval (a flicker a reader might catch or not); punctuation and
 * number reading. Real readers differ; what this checks is what the page gives them.
 */

/**
 * @typedef {{ text: string, lang: string, kind: 'focus' | 'live' | 'read', source?: number }} Utterance
 * @typedef {{ nodeId: string, parentId?: string, childIds?: string[], ignored?: boolean, role?: { value?: string },
 *   name?: { value?: string }, description?: { value?: string }, backendDOMNodeId?: number,
 *   properties?: { name: string, value: { value?: unknown } }[] }} AXNode
 */

/** Roles whose name is what a reader says on focus; any other unnamed node is read by its text. */
const CONTROLS = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'checkbox',
  'radio',
  'menuitem',
  'option',
  'tab',
  'switch',
  'slider',
  'spinbutton',
  'listbox',
  'treeitem',
  'gridcell',
]);

/** @param {AXNode} node @param {string} name */
const prop = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;

/** @param {string} text */
const tidy = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * A snapshot of the tree: nodes by id, the focused node, and each live region's text nodes.
 * @param {AXNode[]} nodes
 */
function snapshot(nodes) {
  /** @type {Map<string, AXNode>} */
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const live = (/** @type {AXNode | undefined} */ n) => {
    const value = n && !n.ignored ? prop(n, 'live') : undefined;
    return value === 'polite' || value === 'assertive';
  };
  /** The text nodes under a node, in reading order: [backend id, text]. */
  const texts = (/** @type {AXNode} */ node) => {
    /** @type {[number, string][]} */
    const out = [];
    const walk = (/** @type {AXNode | undefined} */ n) => {
      if (!n) return;
      if (!n.ignored && (n.role?.value === 'StaticText' || n.role?.value === 'text')) {
        const text = tidy(String(n.name?.value ?? ''));
        if (text) out.push([n.backendDOMNodeId ?? 0, text]);
        return;
      }
      for (const id of n.childIds ?? []) walk(byId.get(id));
    };
    walk(node);
    return out;
  };
  /** @type {Map<number, { role: string, atomic: boolean, busy: boolean, relevant: string, texts: [number, string][] }>} */
  const regions = new Map();
  /** @type {AXNode | undefined} */
  let focused;
  for (const n of nodes) {
    if (n.ignored) continue;
    if (prop(n, 'focused') === true && n.role?.value !== 'RootWebArea') focused = n;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const role = String(n.role?.value ?? '');
    const ownRegion = role === 'alert' || role === 'status' || role === 'log';
    if (live(n) && (ownRegion || !live(parent)) && n.backendDOMNodeId) {
      regions.set(n.backendDOMNodeId, {
        role,
        atomic: prop(n, 'atomic') === true,
        busy: prop(n, 'busy') === true,
        relevant: String(prop(n, 'relevant') ?? 'additions text'),
        texts: texts(n),
      });
    }
  }
  return { byId, focused, regions, texts };
}

/**
 * Starts recording on a page.
 * @param {import('playwright-core').Page} page
 * @param {{ interval?: number }} [options]
 */
export async function recordSpeech(page, options = {}) {
  const interval = options.interval ?? 50;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  /** @type {Utterance[]} */
  const heard = [];
  /** @type {ReturnType<typeof snapshot> | undefined} */
  let last;
  let lastFocus = '';

  /** @param {number | undefined} backendNodeId */
  async function langOf(backendNodeId) {
    if (!backendNodeId) return '';
    try {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        functionDeclaration: `function () {
          let n = this.nodeType === 1 ? this : this.parentNode;
          while (n) {
            if (n.nodeType === 1 && n.hasAttribute('lang')) return n.getAttribute('lang');
            n = n.parentNode ?? n.host;
          }
          return '';
        }`,
      });
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId ?? '' }).catch(() => {});
      return String(result.value ?? '');
    } catch {
      return '';
    }
  }

  /** @param {Utterance['kind']} kind @param {[number, string][]} texts @param {number | undefined} [source] */
  async function say(kind, texts, source) {
    const text = tidy(texts.map(([, t]) => t).join(' '));
    if (!text) return;
    heard.push({ kind, text, lang: await langOf(texts[0]?.[0] ?? source), source });
  }

  async function poll() {
    const { nodes } = /** @type {{ nodes: AXNode[] }} */ (await cdp.send('Accessibility.getFullAXTree'));
    const now = snapshot(nodes);
    const before = last;
    last = now;
    // Focus.
    const f = now.focused;
    const focusKey = f ? `${f.backendDOMNodeId}` : '';
    if (focusKey !== lastFocus) {
      lastFocus = focusKey;
      if (f) {
        const role = String(f.role?.value ?? '');
        const name = tidy(String(f.name?.value ?? ''));
        const description = tidy(String(f.description?.value ?? ''));
        if (name || CONTROLS.has(role)) {
          const said = ['generic', 'none', 'presentation'].includes(role) ? '' : role;
          const text = [name, said, description].filter(Boolean).join(', ');
          heard.push({ kind: 'focus', text, lang: await langOf(f.backendDOMNodeId), source: f.backendDOMNodeId });
        } else {
          await say('focus', now.texts(f), f.backendDOMNodeId);
        }
      }
    }
    if (!before) return;
    // Live regions.
    for (const [id, region] of now.regions) {
      const old = before.regions.get(id);
      if (region.busy) {
        if (old) now.regions.set(id, old);
        continue;
      }
      if (!old) {
        if (region.role === 'alert') await say('live', region.texts, id);
        continue;
      }
      const oldText = old.texts.map(([, t]) => t).join(' ');
      const newText = region.texts.map(([, t]) => t).join(' ');
      if (oldText === newText || !newText) continue;
      if (region.atomic) {
        await say('live', region.texts, id);
        continue;
      }
      const additions = /additions|text|all/.test(region.relevant);
      if (!additions) continue;
      const was = new Set(old.texts.map(([n, t]) => `${n}\u0000${t}`));
      await say(
        'live',
        region.texts.filter(([n, t]) => !was.has(`${n}\u0000${t}`)),
        id,
      );
    }
  }

  return {
    /** Everything heard since the recording began. */
    heard,
    /** Polls once: the baseline, or what changed since the last poll. */
    poll,
    /**
     * Runs `action`, polling meanwhile and after it until nothing new has been heard for
     * `quiet` ms (at most `timeout`); returns what was heard during this moment.
     * @param {() => Promise<unknown>} action
     * @param {{ quiet?: number, timeout?: number }} [o]
     */
    async during(action, o = {}) {
      const quiet = o.quiet ?? 800;
      const timeout = o.timeout ?? 15_000;
      if (!last) await poll();
      const start = heard.length;
      let done = false;
      const acting = action().finally(() => (done = true));
      const until = Date.now() + timeout;
      let lastChange = Date.now();
      let count = heard.length;
      while (Date.now() < until) {
        await poll();
        if (heard.length !== count) {
          count = heard.length;
          lastChange = Date.now();
        }
        if (done && Date.now() - lastChange >= quiet) break;
        await new Promise((r) => setTimeout(r, interval));
      }
      await acting;
      return heard.slice(start);
    },
    /**
     * What the reading cursor says on an element (found by `expression`, evaluated in the page).
     * @param {string} expression
     */
    async read(expression) {
      await poll();
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      if (!result.objectId) throw new Error(`Nothing to read at ${expression}`);
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
      const ax = [...(last?.byId.values() ?? [])].find((n) => n.backendDOMNodeId === node.backendNodeId);
      if (!ax || !last) throw new Error(`Not in the accessibility tree: ${expression}`);
      const start = heard.length;
      await say('read', last.texts(ax), node.backendNodeId);
      return heard.slice(start);
    },
    async stop() {
      await cdp.detach().catch(() => {});
    },
  };
}

/**
 * How many times `sentence` (a string, or a pattern for a sentence with a number in it) was
 * heard in `utterances`, and in which languages.
 * @param {Utterance[]} utterances
 * @param {string | RegExp} sentence
 */
export function heardTimes(utterances, sentence) {
  const pattern =
    typeof sentence === 'string'
      ? new RegExp(tidy(sentence).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')
      : new RegExp(sentence.source, 'g');
  /** @type {string[]} */
  const langs = [];
  for (const u of utterances) for (const _ of u.text.matchAll(pattern)) langs.push(u.lang);
  return { times: langs.length, langs };
}
