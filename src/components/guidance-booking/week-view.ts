/** The second step: a week of free times, moved through by week and by arrow keys. */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { GuidanceResource } from '../../api/respa/resource.js';
import { slotsByDate, type Slot } from '../../api/respa/slots.js';
import { chevron, isolateLtr } from '../../shared/content.js';
import { formatDate, formatDayMonth } from '../../shared/format.js';
import { timeRangeWithZone } from '../../shared/clock.js';
import type { Locale } from '../../shared/localization.js';
import { contactLinks, type Contact } from '../../shared/contact-links.js';
import { dayLabel, languageNoteOf, localised } from './labels.js';
import { isoWeek, noonOf, weekCount, weekDates, weekOf, weeksOf } from './week.js';

export interface WeekInputs {
  now: () => number;
  /** The `weeks` property. */
  weeks: () => number;
  locale: () => Locale;
  direction: () => 'ltr' | 'rtl';
  slotsOf: (resource: GuidanceResource) => Slot[];
  /** Moves focus after the next render (KotoElement.focusAfterUpdate). */
  focus: (selector: string) => void;
  /** Says the text in the live region, made in the element's locale. */
  announce: (text: () => string) => void;
}

/** What the time step shows besides the week. */
export interface TimeStepView {
  resource: GuidanceResource;
  heading: (n: number, text: string) => TemplateResult;
  /** Someone else took the time the learner chose: say so above the week. */
  taken: boolean;
  /** The element's `contact-phone` and `contact-email`. */
  contact: Contact;
  choose: (slot: Slot) => void;
  back: () => void;
}

const FOCUSED_SLOT = '.slot[tabindex="0"]';

/**
 * Which week is shown and which of its times takes the focus (one tab stop for the
 * whole week: the arrow keys move between the times, following the layout on screen).
 */
export class WeekOfTimes {
  private index = 0;
  private focusIndex = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: WeekInputs,
  ) {}

  private set(index: number, focusIndex = 0): void {
    this.index = index;
    this.focusIndex = focusIndex;
    this.host.requestUpdate();
  }

  private weeksOf(resource: GuidanceResource): number {
    return weeksOf(resource, this.inputs.now(), weekCount(this.inputs.weeks()));
  }

  private firstFreeWeek(resource: GuidanceResource): number | undefined {
    const first = this.inputs.slotsOf(resource)[0];
    return first ? weekOf(this.inputs.now(), first.date) : undefined;
  }

  /** Back to the first week (another resource was chosen). */
  reset(): void {
    this.set(0);
  }

  /** Keeps the week within the resource's weeks (after a new load). */
  clamp(resource: GuidanceResource | undefined): void {
    this.set(Math.min(this.index, resource ? this.weeksOf(resource) - 1 : 0), this.focusIndex);
  }

  /** Opens at the week of the first free time: late in the week, this week is often empty. */
  openAtFirstFree(resource: GuidanceResource | undefined): void {
    this.set((resource && this.firstFreeWeek(resource)) ?? 0);
  }

  /** The first time of the week takes the focus (the week's times changed). */
  resetFocus(): void {
    this.set(this.index);
  }

  private jumpToFirstFree(resource: GuidanceResource): void {
    const week = this.firstFreeWeek(resource);
    if (week === undefined) return;
    this.set(week);
    this.inputs.focus(FOCUSED_SLOT);
  }

  private change(resource: GuidanceResource, delta: number): void {
    const next = Math.min(this.weeksOf(resource) - 1, Math.max(0, this.index + delta));
    if (next === this.index) return;
    this.set(next);
    this.inputs.announce(() => this.label(next));
  }

  private label(index: number): string {
    const dates = weekDates(this.inputs.now(), index);
    const direction = this.inputs.direction();
    const week = isoWeek(dates[0]!);
    // The dash is in the message: isolate the whole range, not each date.
    const first = isolateLtr(formatDayMonth(noonOf(dates[0]!)), direction, 'open');
    const last = isolateLtr(formatDate(noonOf(dates[6]!)), direction, 'close');
    return msg(str`Week ${week}: ${first}–${last}`);
  }

  private onSlotKeydown(e: KeyboardEvent, weekSlots: Slot[][], flatIndex: number): void {
    const flat = weekSlots.flat();
    let day = 0;
    let inDay = flatIndex;
    while (day < weekSlots.length && inDay >= weekSlots[day]!.length) inDay -= weekSlots[day++]!.length;
    const startOf = (d: number) => weekSlots.slice(0, d).reduce((n, s) => n + s.length, 0);
    let next = flatIndex;
    const sideways = (dir: number) => {
      for (let d = day + dir; d >= 0 && d < weekSlots.length; d += dir) {
        const len = weekSlots[d]!.length;
        if (len) return startOf(d) + Math.min(inDay, len - 1);
      }
      return flatIndex;
    };
    // Wide screens show each day's times downwards, narrow ones across (wrapping), and the
    // days the other way; right to left mirrors what is across. The arrows follow the screen.
    const list = (e.currentTarget as HTMLElement | null)?.closest('ul');
    const timesRunDown = !list || getComputedStyle(list).flexDirection.startsWith('column');
    const rtl = this.inputs.direction() === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    const [nextTime, previousTime, nextDay, previousDay] = timesRunDown
      ? ['ArrowDown', 'ArrowUp', forward, backward]
      : [forward, backward, 'ArrowDown', 'ArrowUp'];
    switch (e.key) {
      case nextTime:
        next = Math.min(flat.length - 1, flatIndex + 1);
        break;
      case previousTime:
        next = Math.max(0, flatIndex - 1);
        break;
      case nextDay:
        next = sideways(1);
        break;
      case previousDay:
        next = sideways(-1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = flat.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.set(this.index, next);
    this.inputs.focus(FOCUSED_SLOT);
  }

  /** The time step. */
  render({ resource, heading, taken, contact, choose, back }: TimeStepView) {
    const locale = this.inputs.locale();
    const direction = this.inputs.direction();
    const now = this.inputs.now();
    const all = this.inputs.slotsOf(resource);
    const byDate = slotsByDate(all);
    const weeks = this.weeksOf(resource);
    const index = Math.min(this.index, weeks - 1);
    const openDates = new Set(resource.openingHours.filter((d) => d.opens !== null).map((d) => d.date));
    const dates = weekDates(now, index).filter((d, i) => i < 5 || openDates.has(d));
    const weekSlots = dates.map((d) => byDate.get(d) ?? []);
    const flatCount = weekSlots.reduce((n, s) => n + s.length, 0);
    const focusIndex = Math.min(this.focusIndex, Math.max(0, flatCount - 1));
    const lastDay = isolateLtr(formatDate(noonOf(weekDates(now, weeks - 1).at(-1)!)), direction);
    let flat = 0;
    return html`<div class="step" part="step">
      ${heading(2, msg('Choose a time'))}
      <p>${localised(resource.name, locale)} ${languageNoteOf(locale, resource.name)}</p>
      ${
        // Focus moves to the notice, which reads it: no role="alert" besides (it would be said twice).
        taken
          ? html`<div class="notice warning" id="taken-notice" tabindex="-1" part="error">
              <p>${msg('Someone else booked this time a moment ago. Please choose another time.')}</p>
              <p>${msg('Your information is saved.')}</p>
            </div>`
          : nothing
      }
      ${
        all.length === 0
          ? html`<div class="notice">
              <p>${msg(str`There are no free times until ${lastDay}.`)}</p>
              <p>${msg('Try again later, or contact the adult education centre by phone or e-mail.')}</p>
              ${contactLinks(contact)}
            </div>`
          : html`<p class="actions">
              <button type="button" class="button secondary" @click=${() => this.jumpToFirstFree(resource)}>
                ${msg('First free time')}
              </button>
            </p>`
      }
      <div class="week-nav">
        <button
          type="button"
          class="button secondary"
          id="previous-week"
          aria-disabled=${index === 0 ? 'true' : 'false'}
          @click=${() => this.change(resource, -1)}
        >
          ${chevron()} ${msg('Previous week')}
        </button>
        <p class="week-label" id="week-label">${this.label(index)}</p>
        <button
          type="button"
          class="button secondary"
          id="next-week"
          aria-disabled=${index >= weeks - 1 ? 'true' : 'false'}
          @click=${() => this.change(resource, 1)}
        >
          ${msg('Next week')} ${chevron(true)}
        </button>
      </div>
      ${
        flatCount > 0
          ? html`<p class="hint" id="slot-hint">${msg('Use the arrow keys to move between the times.')}</p>`
          : nothing
      }
      <div
        class="days"
        part="week"
        role="group"
        aria-labelledby="week-label"
        aria-describedby=${flatCount > 0 ? 'slot-hint' : nothing}
      >
        ${dates.map((date, d) => {
          const slots = weekSlots[d]!;
          const day = dayLabel(date, locale, direction);
          return html`<section class="day" part="day" aria-labelledby="day-${date}">
            <h4 id="day-${date}">${day}</h4>
            ${
              slots.length === 0
                ? html`<p class="none">${msg('No free times')}</p>`
                : html`<ul>
                    ${slots.map((slot) => {
                      const i = flat++;
                      return html`<li>
                        <button
                          type="button"
                          class="slot"
                          part="slot"
                          tabindex=${i === focusIndex ? '0' : '-1'}
                          @click=${() => choose(slot)}
                          @keydown=${(e: KeyboardEvent) => this.onSlotKeydown(e, weekSlots, i)}
                          @focus=${() => i !== this.focusIndex && this.set(this.index, i)}
                        >
                          <span class="visually-hidden">${day} </span>${timeRangeWithZone(slot.begin, slot.end)}
                        </button>
                      </li>`;
                    })}
                  </ul>`
            }
          </section>`;
        })}
      </div>
      <p class="actions">
        <button type="button" class="button secondary" @click=${back}>${msg('Back')}</button>
      </p>
    </div>`;
  }
}
