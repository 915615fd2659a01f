/**
 * The form's errors, as a reactive controller: checking an answer as the learner types
 * or leaves it, a whole step on "Next", the service's own words put on their fields, and
 * the error summary. The errors themselves live in the shared `FieldErrors`; what they
 * say comes from messages.ts (ours) or the service (`serviceWords`).
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { HttpFailure } from '../../api/http.js';
import { serviceWords } from '../../shared/content.js';
import { describeFailure } from '../../shared/errors.js';
import { FieldErrors } from '../../shared/field-errors.js';
import {
  checkField,
  checkStep,
  fieldOfServerPath,
  keyOf,
  stepFields,
  stepOf,
  STEP_COUNT,
  type CheckContext,
  type Draft,
  type FieldKey,
} from './draft.js';
import { anchorId } from './anchor.js';
import type { SummaryItem } from './error-summary.js';
import type { FieldView } from './fields.js';
import { errorText, summaryLine } from './messages.js';
import type { FieldError } from './phase.js';

export interface AnswerChecksOptions {
  draft(): Draft;
  ctx(): CheckContext;
  locale(): string;
  /** Runs `fn` with `msg()` answering in the form's locale. */
  inLocale<T>(fn: () => T): T;
  /** The error summary is shown: focus goes to it. */
  focusSummary(): void;
  /** Whether the form is moving focus itself (that is no learner leaving a field). */
  movingFocus(): boolean;
}

export class AnswerChecks implements ReactiveController {
  readonly errors: FieldErrors<FieldKey, FieldError>;
  /** The error summary at the top of the form, while it is shown. */
  summary?: SummaryItem[];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: AnswerChecksOptions,
  ) {
    host.addController(this);
    this.errors = new FieldErrors(host);
  }

  hostConnected(): void {}

  /** The learner changed `key` with `target`: answers shown with an error are checked again at once. */
  changed(key: FieldKey, target: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): void {
    this.errors.touch(key);
    const recheck: FieldKey[] = [key];
    if (key === 'nativeLanguage') recheck.push('nativeLanguageOther');
    if (key === 'interpreter') recheck.push('interpreterLanguage', 'interpreterLanguageOther');
    if (key === 'interpreterLanguage') recheck.push('interpreterLanguageOther');
    // A choice is made with one click: check it at once.
    const immediate = target.type === 'radio' || target.type === 'checkbox' || target.tagName === 'SELECT';
    for (const k of recheck) if (this.errors.watches(k) || (immediate && k === key)) this.check(k, false);
  }

  /** Focus left a control: its answer is checked, and a problem said, when the learner typed in it. */
  left(e: FocusEvent): void {
    const target = e.target as HTMLInputElement;
    // Focus moved by the form (to the error summary, a step, the confirmation) is not the
    // learner leaving a field: no blur check, and no alert competing with what gets focus.
    if (this.options.movingFocus() || !target.name || target.type === 'radio' || target.type === 'checkbox') return;
    const key = keyOf(target.name, this.options.draft());
    if (!key) return;
    if (key === 'dob') {
      const group = target.closest('fieldset');
      if (group && e.relatedTarget instanceof Node && group.contains(e.relatedTarget)) return;
    }
    if (this.errors.checksOnLeave(key)) this.check(key, true);
  }

  /** Checks one answer; a new or repeated error is announced when `announce` is set (on blur). */
  check(key: FieldKey, announce: boolean): void {
    const code = checkField(key, this.options.draft(), this.options.ctx());
    this.errors.set(key, code ? { code } : undefined);
    if (this.summary) this.setSummary(this.items(this.errors.keys(), []));
    if (code && announce) void this.errors.reannounce(key);
  }

  /** What the fields show of `draft` and its errors. */
  view(draft: Draft): FieldView {
    return { draft, error: (k) => this.errorOf(k), alerting: (k) => this.errors.alerting(k) };
  }

  /** What to do about the answer to `key`, if it has a problem. */
  errorOf(key: FieldKey): string | TemplateResult | undefined {
    const e = this.errors.get(key);
    if (!e) return undefined;
    const locale = this.options.locale();
    return 'server' in e ? serviceWords(e.server, locale) : errorText(key, e.code, this.options.ctx());
  }

  /** Checks the answers of `step`; returns whether it may be left forwards (else the summary shows). */
  checkStep(step: number): boolean {
    const ctx = this.options.ctx();
    const found = checkStep(step, this.options.draft(), ctx);
    const errors: Partial<Record<FieldKey, FieldError>> = {};
    for (const [k, code] of Object.entries(found) as [FieldKey, NonNullable<(typeof found)[FieldKey]>][])
      errors[k] = { code };
    const keys = this.errors.replace(stepFields(step, ctx), errors);
    if (keys.length) {
      this.showSummary(keys);
      return false;
    }
    this.setSummary(undefined);
    return true;
  }

  /**
   * A 400 from the service: its words go on the fields they name and into the summary.
   * Returns the first step with such a field, if any.
   */
  showServerErrors(error: HttpFailure & { kind: 'http' }): number | undefined {
    const keys: FieldKey[] = [];
    const lang = error.body.lang;
    const texts = [...error.body.messages];
    for (const [path, list] of Object.entries(error.body.fields)) {
      const key = fieldOfServerPath(path);
      if (key && list[0]) {
        this.errors.set(key, { server: { text: list[0], lang } });
        keys.push(key);
      } else {
        texts.push(...list);
      }
    }
    const { inLocale, locale } = this.options;
    const messages = inLocale(() => texts.map((text) => serviceWords({ text, lang }, locale())));
    this.showSummary(keys, messages.length || keys.length ? messages : [inLocale(() => describeFailure(error))]);
    return keys.length ? keys.map(stepOf).sort()[0] : undefined;
  }

  /** Hides the summary (another step). */
  hideSummary(): void {
    this.setSummary(undefined);
  }

  /** A new or cleared form: no errors, nothing typed, no summary. */
  clear(): void {
    this.errors.clear();
    this.setSummary(undefined);
  }

  private showSummary(keys: FieldKey[], messages: (string | TemplateResult)[] = []): void {
    this.setSummary(this.items(keys, messages));
    this.options.focusSummary();
  }

  private items(keys: FieldKey[], messages: (string | TemplateResult)[]): SummaryItem[] | undefined {
    const ctx = this.options.ctx();
    const draft = this.options.draft();
    const order = Array.from({ length: STEP_COUNT }, (_, s) => stepFields(s, ctx)).flat();
    const sorted = keys.filter((k) => this.errors.get(k)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const items: SummaryItem[] = [
      ...messages.map((text) => ({ text })),
      ...sorted.map((k) => ({
        target: anchorId(k, draft),
        text: this.options.inLocale(() => summaryLine(k, this.errorOf(k) ?? '', !('server' in this.errors.get(k)!))),
      })),
    ];
    return items.length ? items : undefined;
  }

  private setSummary(summary: SummaryItem[] | undefined): void {
    this.summary = summary;
    this.host.requestUpdate();
  }
}
