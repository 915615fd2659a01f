import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.js';
import '../../../src/define/guidance-booking.js';
import type { KotoGuidanceBooking } from '../../../src/components/guidance-booking/guidance-booking.component.js';
import { mockApi } from '../../helpers/mock.js';

// Monday 19.10.2026 9.00 in Helsinki; summer time ends on Sunday 25.10. at 4.00 (back to 3.00).
const NOW = '2026-10-19T06:00:00Z';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<koto-guidance-booking> on the night summer time ends', function () {
  this.timeout(30_000);

  it('the two 3.00–3.30 slots say which is summer time and which winter time', async () => {
    const api = await mockApi({ now: NOW });
    // A night service, open Sundays 2.00–5.00 wall-clock time: four hours that night.
    await api.putResource({
      id: 'porvoo-night',
      weekly: [null, null, null, null, null, null, { opens: '02:00', closes: '05:00' }],
      reservable_min_days_in_advance: 1,
    });
    const el = await fixture<KotoGuidanceBooking>(
      html`<koto-guidance-booking
        api-base=${api.respa}
        resource="porvoo-night"
        lang="en"
        .now=${() => Date.parse(NOW)}
      ></koto-guidance-booking>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('#step-heading'), 'loaded', { timeout: 10_000 });
    const $ = (s: string) => el.shadowRoot!.querySelector<HTMLInputElement>(s)!;
    $('input[name="topic"][value="before"]').click();
    $('input[name="mode"][value="in-person"]').click();
    await el.updateComplete;
    $('form button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('button.slot').length > 0, 'the slots');
    const slots = [...el.shadowRoot!.querySelectorAll('button.slot')].map((b) =>
      text(b).replace(/^Sunday 25\.10\. /, ''),
    );
    expect(slots).to.deep.equal([
      '2.00–2.30',
      '2.30 – 3.00 (summer time)',
      '3.00–3.30 (summer time)',
      '3.30 (summer time) – 3.00 (winter time)',
      '3.00–3.30 (winter time)',
      '3.30–4.00 (winter time)',
      '4.00–4.30',
      '4.30–5.00',
    ]);
    await expect(el).to.be.accessible();
  });
});
