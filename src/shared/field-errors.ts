/**
 * The errors of a form's fields, as a reactive controller: which field has which error,
 * which fields are checked on every keystroke (those shown with an error, until fixed),
 * which the learner has typed in (an untouched empty field is no error when left), and
 * the one field whose error is being said again by a screen reader.
 *
 * Generic over the field names and the error type, so that any form of the library can
 * hold its errors here; what an error says, and when a field is checked, stay the form's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class FieldErrors<K extends string, E> implements ReactiveController {
  private errors: Partial<Record<K, E>> = {};
  /** Fields checked on every keystroke: those shown with an error until fixed. */
  private readonly live = new Set<K>();
  /** Fields the learner has typed in. */
  private readonly dirty = new Set<K>();
  private alertingKey?: K;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The error of `key`, if it has one. */
  get(key: K): E | undefined {
    return this.errors[key];
  }

  /** The fields that have an error. */
  keys(): K[] {
    return Object.keys(this.errors) as K[];
  }

  /** Sets (or, with `undefined`, clears) the error of `key`; a field with an error is checked on every keystroke. */
  set(key: K, error: E | undefined): void {
    const errors = { ...this.errors };
    if (error === undefined) {
      delete errors[key];
      this.live.delete(key);
    } else {
      errors[key] = error;
      this.live.add(key);
    }
    this.errors = errors;
    this.host.requestUpdate();
  }

  /** The errors of the fields in `scope` are `found` now (a whole step checked at once). Returns the keys found. */
  replace(scope: Iterable<K>, found: Partial<Record<K, E>>): K[] {
    const errors = { ...this.errors };
    for (const key of scope) delete errors[key];
    const keys = Object.keys(found) as K[];
    for (const key of keys) {
      errors[key] = found[key];
      this.live.add(key);
    }
    this.errors = errors;
    this.host.requestUpdate();
    return keys;
  }

  /** The learner typed in `key`. */
  touch(key: K): void {
    this.dirty.add(key);
  }

  /** Whether a change of `key` is checked at once: it was shown with an error. */
  watches(key: K): boolean {
    return this.live.has(key) || this.errors[key] !== undefined;
  }

  /** Whether leaving `key` checks it: the learner typed in it, or it shows an error. */
  checksOnLeave(key: K): boolean {
    return this.dirty.has(key) || this.errors[key] !== undefined;
  }

  /** No errors, nothing typed (a new or cleared form). */
  clear(): void {
    this.errors = {};
    this.live.clear();
    this.dirty.clear();
    this.host.requestUpdate();
  }

  /** Whether the error of `key` is in its alerting moment (see `reannounce`). */
  alerting(key: K): boolean {
    return this.alertingKey === key;
  }

  /**
   * Screen readers hear an error even when its text did not change: its element gets
   * role="alert" for a moment (as Material Web does for one frame).
   */
  async reannounce(key: K): Promise<void> {
    this.alertingKey = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.alertingKey = key;
    this.host.requestUpdate();
    await this.host.updateComplete;
    setTimeout(() => {
      if (this.alertingKey === key) {
        this.alertingKey = undefined;
        this.host.requestUpdate();
      }
    }, 100);
  }
}
