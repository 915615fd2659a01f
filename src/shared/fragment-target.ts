import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element side: a Lit element. */
export interface FragmentHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** How long the target is kept in view after its element first showed content, while the page settles. */
const SETTLE_MS = 10_000;

/** What the learner does that ends the pinning: from then on the page is theirs to scroll. */
const INTERACTIONS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * The element the page's address points at (`#enrol`), when it is `host` or holds it.
 * An id may be percent-encoded in the address (`#ilmoittaudu-%C3%A4`).
 */
function targetOf(host: HTMLElement): HTMLElement | undefined {
  const hash = location.hash.slice(1);
  if (!hash) return undefined;
  let id = hash;
  try {
    id = decodeURIComponent(hash);
  } catch {
    // A malformed escape: the raw text is the id the browser looks for too.
  }
  const target = host.ownerDocument.getElementById(id);
  return target && (target === host || target.contains(host)) ? target : undefined;
}

/** The targets already brought into view, so that two elements in one section do not both act. */
const handled = new WeakSet<Element>();

/**
 * Brings the page's fragment target into view once the element in it has rendered its
 * content, and keeps it there while the page settles.
 *
 * An "Apply" link such as `?course=42#enrol` loads the page, and the browser scrolls to
 * `#enrol` at once: before the elements have rendered, when the page is still too short
 * to scroll that far. As the catalogue above grows, the target slides down and the
 * learner sees the filters again, with focus on `<body>`. This controller scrolls the
 * target to the top once the element's content is shown, moves focus to the element's
 * first heading (so a screen reader starts there, and Tab goes on from there), and scrolls
 * again whenever the page's height changes in the next seconds, until the learner
 * scrolls, taps, clicks or types: from then on the page is theirs.
 */
export class FragmentTarget implements ReactiveController {
  private target?: HTMLElement;
  private shownAt = 0;
  private resize?: ResizeObserver;
  private readonly stop = () => this.release();

  /** `contentReady`: whether what the element shows now is its content, not a loading placeholder. */
  constructor(
    private readonly host: FragmentHost,
    private readonly contentReady: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const target = targetOf(this.host);
    if (!target || handled.has(target)) return;
    this.target = target;
    for (const type of INTERACTIONS) addEventListener(type, this.stop, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    this.release();
  }

  hostUpdated(): void {
    const target = this.target;
    if (!target || this.shownAt || !this.contentReady()) return;
    // Another element in the same section got there first.
    if (handled.has(target)) return this.release();
    handled.add(target);
    this.shownAt = performance.now();
    this.bringIntoView();
    this.focusHeading();
    // The elements above may still be loading: follow the page's height while it settles.
    if (typeof ResizeObserver === 'function') {
      this.resize = new ResizeObserver(() => {
        if (performance.now() - this.shownAt > SETTLE_MS) this.release();
        else this.bringIntoView();
      });
      this.resize.observe(this.host.ownerDocument.documentElement);
    }
  }

  private bringIntoView(): void {
    this.target?.scrollIntoView({ block: 'start' });
  }

  /** Focus on the element's first heading, unless something on the page already has it. */
  private focusHeading(): void {
    const active = this.host.ownerDocument.activeElement;
    if (active && active !== this.host.ownerDocument.body) return;
    const heading = this.host.renderRoot.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }

  private release(): void {
    this.target = undefined;
    this.resize?.disconnect();
    this.resize = undefined;
    for (const type of INTERACTIONS) removeEventListener(type, this.stop, { capture: true });
  }
}
