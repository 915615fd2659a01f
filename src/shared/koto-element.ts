import {
  LitElement,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyValues,
  type ReactiveController,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { pageApiBase, type ApiName } from './config.js';
import {
  directionOf,
  findDir,
  findLang,
  isLocaleReady,
  loadLocale,
  matchLocale,
  withLocale,
  type Locale,
  type LocalePart,
} from './localization.js';
import { pageProof } from './styles.js';
import { FragmentTarget } from './fragment-target.js';

// One observer for the whole page: any `lang` or `dir` change anywhere re-resolves every
// connected element (an editor's language switcher usually flips `<html lang>`).
const connected = new Set<KotoElement>();
let langObserver: MutationObserver | undefined;

function observeLang(): void {
  if (langObserver) return;
  langObserver = new MutationObserver(() => {
    for (const el of connected) el.resolveLocale();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * A host's `focusAfterUpdateFrom`, handed to a controller or template module whose control
 * may go away while it works ("Try again"): focus moves to the first of `selectors` after
 * the next render, only while it is still on `from` or fell to the page with it.
 */
export type FocusFrom = (from: Element, ...selectors: string[]) => unknown;

/**
 * Base of every koto element: the interface locale from the element's own `lang`, else
 * the nearest ancestor's (across shadow roots), else `<html lang>`; re-rendering when
 * any of them changes; the writing direction of that locale (an editor's own `dir` on
 * the element wins); and the API base URL from `api-base` or the page-level setting.
 *
 * @attr lang - Interface language: `fi`, `sv`, `en`, `uk`, `ru` or `ar` (other languages get English; `ar` is laid out right to left). Without it, the nearest ancestor's `lang`, else `<html lang>`; changes are followed.
 *
 * @cssprop [--koto-color-primary=#0b4f8a] - Buttons, links and the focus ring.
 * @cssprop [--koto-color-text=#1a1a1a] - Text.
 * @cssprop [--koto-color-muted=#4a4a4a] - Secondary text.
 * @cssprop [--koto-color-bg=#fff] - Background of boxes, inputs and secondary buttons.
 * @cssprop [--koto-color-border=#767676] - Borders of inputs and boxes (keep 3:1 against the background, as WCAG asks of controls).
 * @cssprop [--koto-color-danger=#b00020] - Error messages and marks.
 * @cssprop [--koto-color-success=#1b6e20] - Success and "open now" marks.
 * @cssprop [--koto-color-warning-bg=#fff4ce] - Background of warnings.
 * @cssprop [--koto-radius=0.375rem] - Corner radius of buttons, inputs and cards.
 * @cssprop [--koto-font-family=inherit] - Font; the page's own by default.
 * @cssprop [--koto-font-size=medium] - Base text size; by default the reader's own browser setting, whatever the page's root or `*` font size.
 * @cssprop [--koto-focus-ring=0 0 0 3px #fff, 0 0 0 6px var(--koto-color-primary)] - The focus ring (a `box-shadow`).
 */
export class KotoElement extends LitElement {
  /** Which API this element talks to, for the page-level base URL. */
  protected static api: ApiName | undefined;

  /**
   * The parts of each locale's strings this element uses (see scripts/localize-split.mjs):
   * `common` and its own component folder's name. Unset: all of them.
   */
  protected static localeParts: readonly LocalePart[] | undefined;

  /** Whether this element's strings in its locale are loaded. */
  private get stringsReady(): boolean {
    return isLocaleReady(this.locale, (this.constructor as typeof KotoElement).localeParts);
  }

  /**
   * Base URL of the element's API, ending in the version folder. Optional when the page
   * sets it once with a `<meta name="koto-elements:…">` tag or `setApiBase()`.
   */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The interface locale in use: `fi`, `sv`, `en`, `uk`, `ru` or `ar`. */
  @state() protected locale: Locale = matchLocale(document.documentElement.lang);

  /** What the element's polite live region says (each element renders the region). */
  @state() protected announcement = '';

  private announceTimer?: ReturnType<typeof setTimeout>;

  /** Says `text` in the live region; the same words said twice are heard twice. */
  protected announce(text: string): void {
    this.clearAnnouncement();
    // A timer, not an animation frame: frames do not run in background tabs.
    this.announceTimer = setTimeout(() => (this.announcement = text), 100);
  }

  /**
   * Empties the live region (and drops words still waiting to be said): for when what it
   * said no longer holds, such as "Booking the time…" once the booking is confirmed.
   */
  protected clearAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announcement = '';
  }

  /** Controllers that start work from the inputs alone (data loads): they run even while the strings load. */
  private readonly eager = new Set<ReactiveController>();

  /**
   * Adds a controller (already added with `addController`) whose `hostUpdate` must not wait
   * for this element's strings: a request needs the inputs, not the words (see `Loader`).
   * @internal
   */
  addEagerController(controller: ReactiveController): void {
    this.eager.add(controller);
  }

  /** @internal */
  removeEagerController(controller: ReactiveController): void {
    this.eager.delete(controller);
  }

  /** Where focus goes after the next render that has it: selectors, the first one found wins. */
  private focusTargets?: readonly string[];

  /**
   * True while `focusAfterUpdate` moves focus: the `focusout` it causes is not the learner
   * leaving a field (a form checks no answer then, and starts no alert that competes with it).
   */
  protected movingFocus = false;

  /**
   * Moves focus, after a render, to the first element of the shadow root that one of
   * `selectors` finds, tried in their order; waits for the first render that has one.
   * A newer call replaces a waiting one. For focus that follows what the learner did
   * (a new step's heading, an error message, the first time of another week).
   */
  protected focusAfterUpdate(...selectors: string[]): void {
    this.focusTargets = selectors;
    this.requestUpdate();
  }

  /**
   * Whether what the element shows now is its content rather than a loading state: when the
   * page's address points at the element (or a section holding it), it is brought into view
   * and its first heading takes focus once this is true (see `FragmentTarget`). By default:
   * something is rendered and nothing in it is marked `aria-busy="true"`.
   */
  protected get contentReady(): boolean {
    return !!this.renderRoot.firstElementChild && !this.renderRoot.querySelector('[aria-busy="true"]');
  }

  /**
   * `focusAfterUpdate` for what a control started that may take it away ("Try again",
   * "Show more"): only while focus is still on `from`, or fell to the page with it. A
   * learner who went on elsewhere meanwhile stays there. Returns whether focus will move.
   */
  protected focusAfterUpdateFrom(from: Element, ...selectors: string[]): boolean {
    const inside = this.shadowRoot?.activeElement;
    const outside = document.activeElement;
    const moves = inside ? inside === from : !outside || outside === document.body;
    if (moves) this.focusAfterUpdate(...selectors);
    return moves;
  }

  /** `focusAfterUpdateFrom`, to hand to a controller or template module (`LazyModule`). */
  protected readonly focusFrom: FocusFrom = (from, ...selectors) => this.focusAfterUpdateFrom(from, ...selectors);

  constructor() {
    super();
    new FragmentTarget(this, () => this.contentReady);
    this.addController({
      hostUpdated: () => {
        const targets = this.focusTargets;
        if (!targets) return;
        const target = targets.map((t) => this.renderRoot.querySelector<HTMLElement>(t)).find(Boolean);
        if (!target) return;
        this.focusTargets = undefined;
        this.movingFocus = true;
        try {
          target.focus();
        } finally {
          this.movingFocus = false;
        }
      },
    });
  }

  private localeLoad?: Promise<void>;
  /** The host's `dir` attribute was written by the element, not by the page's editor. */
  private dirIsOurs = false;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    observeLang();
    this.resolveLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (connected.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }

  /** Re-reads `lang` from the element and its ancestors. Called on every `lang` change on the page. */
  resolveLocale(): void {
    const next = matchLocale(findLang(this));
    if (next !== this.locale) this.locale = next;
    if (!this.stringsReady) this.loadStrings();
    this.resolveDirection();
  }

  /** The writing direction of the interface: the locale's own, unless the editor set `dir` on the element. */
  protected get direction(): 'ltr' | 'rtl' {
    const own = this.getAttribute('dir');
    return !this.dirIsOurs && (own === 'rtl' || own === 'ltr') ? own : directionOf(this.locale);
  }

  // Arabic text in a left-to-right page (or Finnish in a right-to-left one) needs its own
  // `dir` on the host, so that layout, arrows and text alignment follow the interface.
  private resolveDirection(): void {
    if (this.hasAttribute('dir') && !this.dirIsOurs) return;
    const wanted = directionOf(this.locale);
    const inherited = findDir(this.parentNode);
    if (wanted === inherited) {
      if (this.dirIsOurs) this.removeAttribute('dir');
      this.dirIsOurs = false;
    } else if (this.getAttribute('dir') !== wanted) {
      this.dirIsOurs = true;
      this.setAttribute('dir', wanted);
    }
  }

  /** Starts loading the current locale's strings; renders again when they arrive. */
  private loadStrings(): Promise<void> {
    const locale = this.locale;
    this.localeLoad = loadLocale(locale, (this.constructor as typeof KotoElement).localeParts).then(
      () => this.requestUpdate(),
      () => {
        // The locale file could not be loaded (offline?): English beats an empty box.
        if (this.locale === locale) this.locale = 'en';
      },
    );
    return this.localeLoad;
  }

  /** Resolves when the element's strings in its locale are there (or could not come: then it speaks English). */
  protected stringsLoaded(): Promise<void> {
    return this.stringsReady ? Promise.resolve() : this.loadStrings();
  }

  /** The API base URL in force: the attribute, else the page-level setting. */
  protected get resolvedApiBase(): string | undefined {
    const api = (this.constructor as typeof KotoElement).api;
    return this.apiBase || (api ? pageApiBase(api) : undefined);
  }

  /** Runs `fn` with `msg()` answering in this element's locale (for strings made outside render). */
  protected inLocale<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  /** Every element's styles, made independent of the page's root font size (see `pageProof`). */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return pageProof(super.finalizeStyles(styles));
  }

  /** Changes seen by updates skipped while the strings were loading. */
  private heldChanges?: Map<PropertyKey, unknown>;

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.stringsReady) {
      // Keep showing what is there (or nothing, the first time) until the strings arrive.
      // Lit forgets the changed properties of a skipped update: hold them for the next
      // one, so `willUpdate`/`updated` still see e.g. the first `resource` and `api-base`.
      this.heldChanges ??= new Map();
      for (const [key, old] of changed) if (!this.heldChanges.has(key)) this.heldChanges.set(key, old);
      // Requests need no strings: start them now (issue 18 measured the wait otherwise).
      for (const controller of this.eager) controller.hostUpdate?.();
      void this.loadStrings();
      return false;
    }
    if (this.heldChanges) {
      for (const [key, old] of this.heldChanges) if (!changed.has(key)) changed.set(key, old);
      this.heldChanges = undefined;
    }
    return super.shouldUpdate(changed);
  }

  protected override performUpdate(): void {
    withLocale(this.locale, () => super.performUpdate());
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Not done while the strings are still on their way, or they scheduled a render.
    // Each round waits for the load of the locale now in force (it may have changed).
    while (!this.stringsReady || this.isUpdatePending) {
      if (!this.stringsReady) await this.loadStrings();
      result = await super.getUpdateComplete();
    }
    return result;
  }
}
