import { expect } from '@open-wc/testing';
import { clockScript, clockScriptAt, parseInstant } from '../../src/mock/clock.js';

/** The real time, whatever this page's own clock says (this file also runs under KOTO_NOW). */
const realNow = () => performance.timeOrigin + performance.now();

/** A fresh window (an iframe's) with the clock script run in it. */
function windowWithClock(offset: number): Window & typeof globalThis {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  new win.Function(clockScript(offset))();
  return win;
}

describe('KOTO_NOW: time as an input', () => {
  describe('reading the instant', () => {
    it('takes an ISO 8601 instant with Z or an offset', () => {
      expect(parseInstant('2027-03-28T02:30+02:00')).to.equal(Date.UTC(2027, 2, 28, 0, 30));
      expect(parseInstant('2027-10-31T03:30+0200')).to.equal(Date.UTC(2027, 9, 31, 1, 30));
      expect(parseInstant(' 2028-02-29T12:00:00.500Z ')).to.equal(Date.UTC(2028, 1, 29, 12, 0, 0, 500));
    });

    it('refuses a bare date, a local time and nonsense, saying what it wants', () => {
      for (const bad of ['2027-03-28', '2027-03-28T02:30', 'tomorrow', '2027-02-30T12:00Z', ''])
        expect(() => parseInstant(bad), bad).to.throw(/ISO 8601 instant with "Z" or an offset/);
    });
  });

  describe("the page's clock", () => {
    const instant = Date.UTC(2027, 9, 31, 0, 30); // 03.30 summer time, the repeated hour
    let win: Window & typeof globalThis;
    beforeEach(() => {
      win = windowWithClock(instant - realNow());
    });
    afterEach(() => win.frameElement?.remove());

    it('starts new Date(), Date.now() and Date() at the instant', () => {
      expect(Math.abs(new win.Date().getTime() - instant)).to.be.below(5_000);
      expect(Math.abs(win.Date.now() - instant)).to.be.below(5_000);
      expect(win.Date()).to.contain('2027');
    });

    it('leaves dates made from a value, Date.parse and Date.UTC as they are', () => {
      expect(new win.Date(0).getTime()).to.equal(0);
      expect(new win.Date(2027, 0, 1).getFullYear()).to.equal(2027);
      expect(win.Date.parse('2000-01-01T00:00Z')).to.equal(946_684_800_000);
      expect(win.Date.UTC(2000, 0, 1)).to.equal(946_684_800_000);
    });

    it('keeps one kind of date: instanceof, constructor and subclasses', () => {
      const d = new win.Date();
      expect(d instanceof win.Date).to.equal(true);
      expect(d.constructor).to.equal(win.Date);
      class Later extends win.Date {}
      expect(new Later() instanceof win.Date).to.equal(true);
      expect(Math.abs(new Later().getTime() - instant)).to.be.below(5_000);
    });

    it("gives Intl's date formatting the same today", () => {
      const f = new win.Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric', month: 'long' });
      expect(f.format()).to.equal('October 2027');
      expect(f.formatToParts().find((p) => p.type === 'year')?.value).to.equal('2027');
      expect(f.format(0)).to.equal('January 1970');
    });

    it('lets time move on from the instant', async () => {
      const first = win.Date.now();
      await new Promise((r) => setTimeout(r, 30));
      expect(win.Date.now() - first).to.be.at.least(20);
    });

    it('starts a page that loads later at the same instant (a static Storybook)', () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const other = frame.contentWindow as Window & typeof globalThis;
      new other.Function(clockScriptAt(instant))();
      expect(Math.abs(other.Date.now() - instant)).to.be.below(5_000);
      frame.remove();
    });

    it('installs once: a second script does not shift it again', () => {
      const before = win.Date.now();
      new win.Function(clockScript(86_400_000))();
      expect(Math.abs(win.Date.now() - before)).to.be.below(5_000);
    });
  });
});
