/**
 * Small helpers the stories share (not stories themselves): the narrow-screen frame,
 * fixed clocks, and the steps a learner takes before a state can be seen. Play
 * functions use plain DOM, so the every-story test can run them too.
 */
import { html, type TemplateResult } from 'lit';
import { addDays, fromZoned, isoDateOf, parseIsoDate, startOfWeek } from '../src/shared/time.js';

/** The narrowest phone the components support: a 320 px wide column. */
export const narrow = (content: TemplateResult) =>
  html`<div style="inline-size: 320px; max-inline-size: 100%; outline: 1px dashed #767676">${content}</div>`;

/** Friday 13.00 (Helsinki) of the current week: too late in the week for free times this week. */
export function lateThisWeek(): number {
  const friday = parseIsoDate(addDays(startOfWeek(isoDateOf(Date.now())), 4))!;
  return fromZoned(friday.year, friday.month, friday.day, 13, 0);
}

/** Waits until `find()` gives something (the element may still be loading), at most `ms`. */
export async function waitFor<T>(find: () => T | null | undefined, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > until) throw new Error('waitFor: gave up');
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Answers the booking's first step (topic "before studies", at the office) and goes on to the times. */
export async function answerAboutStep(canvas: HTMLElement): Promise<Updating> {
  const el = await waitFor(() => canvas.querySelector<Updating>('koto-guidance-booking'));
  const root = el.shadowRoot!;
  await waitFor(() => root.querySelector('input[name="topic"]'));
  const resource = root.querySelector<HTMLInputElement>('input[name="resource"]');
  resource?.click();
  root.querySelector<HTMLInputElement>('input[name="topic"]')!.click();
  root.querySelector<HTMLInputElement>('input[name="mode"]')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await el.updateComplete;
  await waitFor(() => root.querySelector('#week-label'));
  return el;
}

/** The worked theming example of the editor's guide: Porvoo blue (README, "Theming"). */
export const porvooBlue = (content: TemplateResult) =>
  html`<style>
      .porvoo-blue koto-course-catalogue,
      .porvoo-blue koto-enrolment-form,
      .porvoo-blue koto-guidance-booking,
      .porvoo-blue koto-contact-card {
        --koto-color-primary: #00509e;
        --koto-radius: 0;
        --koto-font-family: inherit;
      }
      .porvoo-blue koto-course-catalogue::part(card) {
        border-inline-start: 0.375rem solid #00509e;
      }
      .porvoo-blue koto-guidance-booking {
        --koto-booking-slot-bg: #e6eef7;
      }
      .porvoo-blue koto-contact-card {
        --koto-contact-card-background: #f2f6fb;
      }
    </style>
    <div class="porvoo-blue">${content}</div>`;
