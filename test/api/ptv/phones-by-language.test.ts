import { expect } from '@open-wc/testing';
import { toOfficeContact, toPhones } from '../../../src/api/ptv/contact.js';
import { PtvClient } from '../../../src/api/ptv/client.js';
import type { PtvPhone } from '../../../src/api/ptv/schemas.js';
import { mockApi } from '../../helpers/mock.js';

const EMPLOYMENT = '00000000-0000-4000-8000-000000000001';

const phone = (number: string, language: string, extra: Partial<PtvPhone> = {}): PtvPhone =>
  ({ number, prefixNumber: '+358', isFinnishServiceNumber: false, type: 'Phone', language, ...extra }) as PtvPhone;

describe('PTV phone numbers by language version', () => {
  const phones = [
    phone('401234567', 'fi', { additionalInformation: 'Neuvonta' }),
    phone('401234567', 'sv', { additionalInformation: 'Rådgivning' }),
    phone('0800123456', 'sv', { prefixNumber: null, isFinnishServiceNumber: true, serviceChargeType: 'FreeOfCharge' }),
    phone('195200000', 'en'),
  ];

  it('keeps every number once: the page language first, then the others marked with their language', () => {
    const fi = toPhones(phones, 'fi');
    expect(fi.map((p) => [p.display, p.lang])).to.deep.equal([
      ['+358 40 123 4567', undefined],
      ['0800 123 456', 'sv'],
      ['+358 19 520 0000', 'en'],
    ]);
    // The number both versions give is the page language's, with its note in that language.
    expect(fi[0]!.info).to.deep.equal({ text: 'Neuvonta', lang: 'fi' });
    const sv = toPhones(phones, 'sv');
    expect(sv.map((p) => [p.display, p.lang])).to.deep.equal([
      ['+358 40 123 4567', undefined],
      ['0800 123 456', undefined],
      ['+358 19 520 0000', 'en'],
    ]);
    expect(sv[0]!.info).to.deep.equal({ text: 'Rådgivning', lang: 'sv' });
  });

  it('the client against the fake: a number given in Swedish only is on the Finnish page too', async () => {
    const api = await mockApi({ quirks: ['phone-languages'] });
    const client = new PtvClient({ baseUrl: api.ptv });
    const result = await client.getServiceChannel(EMPLOYMENT, { language: 'fi' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const free = toOfficeContact(result.value, 'fi').phones.find((p) => p.display === '0800 123 456');
    expect(free).to.include({ lang: 'sv', charge: 'free' });
  });
});
