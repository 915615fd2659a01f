import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import type { GuidanceResource } from '../../../src/api/respa/resource.js';
import type { Slot } from '../../../src/api/respa/slots.js';
import { slotsFor } from '../../../src/components/guidance-booking/resources.js';
import { fromZoned } from '../../../src/shared/time.js';
import { WeekOfTimes } from '../../../src/components/guidance-booking/week-view.js';
import {
  fetchRange,
  firstMonday,
  isoWeek,
  weekCount,
  weekOf,
  weeksOf,
} from '../../../src/components/guidance-booking/week.js';

// Monday 1 September 2025, 9.00 in Helsinki.
const NOW = fromZoned(2025, 9, 1, 9);

/** A resource open 9–11 on the given dates (Helsinki), booked at most `maxDays` ahead. */
function resource(dates: string[], maxDays: number | null = null): GuidanceResource {
  return {
    id: 'r',
    name: { en: 'Study counsellor' },
    description: {},
    reservable: true,
    needManualConfirmation: false,
    slotMs: 30 * 60_000,
    minPeriodMs: 30 * 60_000,
    maxPeriodMs: 30 * 60_000,
    maxReservationsPerUser: null,
    minDaysInAdvance: null,
    maxDaysInAdvance: maxDays,
    requiredFields: [],
    supportedFields: [],
    openingHours: dates.map((date) => {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      return { date, opens: fromZoned(y, m, d, 9), closes: fromZoned(y, m, d, 11) };
    }),
    reservations: [],
  };
}

describe('guidance booking: the weeks of the calendar', () => {
  it('names weeks by their ISO 8601 number, across the turn of a year too', () => {
    expect(isoWeek('2025-09-01')).to.equal(36);
    expect(isoWeek('2021-01-03')).to.equal(53);
    expect(isoWeek('2024-12-30')).to.equal(1);
  });

  it('takes 1–12 weeks from the weeks property, 4 when it is not a number', () => {
    expect([0, 1, 2.6, 12, 13, Number.NaN].map(weekCount)).to.deep.equal([1, 1, 3, 12, 12, 4]);
  });

  it('counts weeks from this Monday, and fetches whole weeks', () => {
    const thursday = fromZoned(2025, 9, 4, 15);
    expect(firstMonday(thursday)).to.equal('2025-09-01');
    expect(weekOf(thursday, '2025-09-07')).to.equal(0);
    expect(weekOf(thursday, '2025-09-08')).to.equal(1);
    const { start, end } = fetchRange(thursday, 2);
    expect(start).to.equal(fromZoned(2025, 9, 1));
    expect(end).to.equal(fromZoned(2025, 9, 15) - 1000);
  });

  it('shows no week beyond the resource’s booking window', () => {
    expect(weeksOf(resource([]), NOW, 4)).to.equal(4);
    expect(weeksOf(resource([], 10), NOW, 4)).to.equal(2);
    expect(weeksOf(resource([], 0), NOW, 4)).to.equal(1);
  });
});

class WeekProbe extends LitElement {
  static override properties = { place: { attribute: false } };
  declare place: GuidanceResource;
  said: string[] = [];
  focused: string[] = [];
  chosen: Slot[] = [];
  readonly week = new WeekOfTimes(this, {
    now: () => NOW,
    weeks: () => 4,
    locale: () => 'en',
    direction: () => 'ltr',
    slotsOf: (r) => slotsFor(r, NOW),
    focus: (selector) => this.focused.push(selector),
    announce: (text) => this.said.push(text()),
  });
  override render() {
    return this.week.render({
      resource: this.place,
      heading: (_, text) => litHtml`<h3>${text}</h3>`,
      taken: false,
      contact: {},
      choose: (slot) => this.chosen.push(slot),
      back: () => undefined,
    });
  }
}
customElements.define('koto-week-probe', WeekProbe);

const label = (el: Element) => el.shadowRoot!.querySelector('#week-label')!.textContent!.trim();
const button = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;

describe('guidance booking: WeekOfTimes', () => {
  async function probe(dates: string[], maxDays: number | null = null): Promise<WeekProbe> {
    return fixture<WeekProbe>(html`<koto-week-probe .place=${resource(dates, maxDays)}></koto-week-probe>`);
  }

  it('opens at the week of the first free time', async () => {
    const el = await probe(['2025-09-17', '2025-09-18']);
    expect(label(el)).to.equal('Week 36: 1.9.–7.9.2025');
    el.week.openAtFirstFree(el.place);
    await el.updateComplete;
    expect(label(el)).to.equal('Week 38: 15.9.–21.9.2025');
  });

  it('changes week within the shown weeks, and says which week it is', async () => {
    const el = await probe(['2025-09-02'], 10);
    button(el, '#previous-week').click();
    button(el, '#next-week').click();
    await el.updateComplete;
    expect(label(el)).to.equal('Week 37: 8.9.–14.9.2025');
    button(el, '#next-week').click();
    await el.updateComplete;
    expect(label(el)).to.equal('Week 37: 8.9.–14.9.2025');
    expect(el.said).to.deep.equal(['Week 37: 8.9.–14.9.2025']);
  });

  it('keeps the week within a new load’s weeks, and back to the first on reset', async () => {
    const el = await probe(['2025-09-24']);
    el.week.openAtFirstFree(el.place);
    el.place = resource(['2025-09-24'], 10);
    el.week.clamp(el.place);
    await el.updateComplete;
    expect(label(el)).to.equal('Week 37: 8.9.–14.9.2025');
    el.week.reset();
    await el.updateComplete;
    expect(label(el)).to.equal('Week 36: 1.9.–7.9.2025');
  });

  it('gives the week one tab stop, and "First free time" moves the focus to it', async () => {
    const el = await probe(['2025-09-10']);
    const slots = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.slot')];
    expect(slots()).to.have.length(0);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.includes('First free'))!
      .click();
    await el.updateComplete;
    expect(slots().map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    expect(el.focused).to.deep.equal(['.slot[tabindex="0"]']);
    slots()[2]!.focus();
    await el.updateComplete;
    expect(slots().map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0, -1]);
    slots()[2]!.click();
    expect(el.chosen.map((s) => s.date)).to.deep.equal(['2025-09-10']);
  });
});
