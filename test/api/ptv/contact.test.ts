import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { PtvClient } from '../../../src/api/ptv/client.js';
import {
  callPrice,
  type CallPrice,
  inBestLanguage,
  isEmail,
  parsePhone,
  pickLang,
  toAddresses,
  toOfficeContact,
  toWebPages,
} from '../../../src/api/ptv/contact.js';
import { tm35finToWgs84, wgs84ToTm35fin } from '../../../src/api/ptv/coordinates.js';
import { serviceChannelSchema } from '../../../src/api/ptv/schemas.js';
import { mockApi, type MockApi } from '../../helpers/mock.js';

const EMPLOYMENT = '00000000-0000-4000-8000-000000000001';
const ADULT_EDUCATION = '00000000-0000-4000-8000-000000000002';

async function sample() {
  const raw = await (await fetch('/test/fixtures/ptv-service-location.json')).json();
  return z.parse(serviceChannelSchema, raw);
}

describe('PTV contact model', () => {
  describe('the name in the best language, and which one it is', () => {
    const names = [
      { value: 'Porvoon kansalaisopisto', language: 'fi' },
      { value: 'Borgå medborgarinstitut', language: 'sv' },
    ];
    const cases: [string, string, { text: string; lang: string } | undefined][] = [
      ['the interface language when there', 'sv', { text: 'Borgå medborgarinstitut', lang: 'sv' }],
      ['else Finnish (a missing English translation)', 'en', { text: 'Porvoon kansalaisopisto', lang: 'fi' }],
    ];
    for (const [name, locale, expected] of cases)
      it(name, () => expect(pickLang(names, locale)).to.deep.equal(expected));
    it('else Swedish, else English, else any; blank values do not count', () => {
      expect(
        pickLang(
          [
            { value: ' ', language: 'fi' },
            { value: 'Borgå', language: 'sv' },
          ],
          'en',
        ),
      ).to.deep.equal({
        text: 'Borgå',
        lang: 'sv',
      });
      expect(pickLang([{ value: 'Porvoo', language: 'se' }], 'fi')).to.deep.equal({ text: 'Porvoo', lang: 'se' });
      expect(pickLang([], 'fi')).to.equal(undefined);
    });
    it('keeps the contact details of the best language version only', () => {
      const items = [
        { language: 'fi', v: 1 },
        { language: 'sv', v: 2 },
        { language: null, v: 3 },
      ];
      expect(inBestLanguage(items, 'sv').map((i) => i.v)).to.deep.equal([2, 3]);
      expect(inBestLanguage(items, 'en').map((i) => i.v)).to.deep.equal([1, 3]);
    });
  });

  describe('phones: for reading, and tel: for dialling', () => {
    const cases: [string, string | null, boolean, { dial: string; display: string } | undefined][] = [
      ['401234567', '+358', false, { dial: '+358401234567', display: '+358 40 123 4567' }],
      ['0401234567', '+358', false, { dial: '+358401234567', display: '+358 40 123 4567' }],
      ['+358 40 123 4567', null, false, { dial: '+358401234567', display: '+358 40 123 4567' }],
      ['040-123 4567', null, false, { dial: '+358401234567', display: '+358 40 123 4567' }],
      ['00358 19 520 0000', null, false, { dial: '+358195200000', display: '+358 19 520 0000' }],
      ['+358 (0)9 310 1691', null, false, { dial: '+35893101691', display: '+358 9 310 1691' }],
      ['0800123456', null, true, { dial: '+358800123456', display: '0800 123 456' }],
      ['0295020713', null, true, { dial: '+358295020713', display: '0295 020 713' }],
      ['116117', null, true, { dial: '116117', display: '116 117' }],
      ['+46 8 123 456 78', null, false, { dial: '+46812345678', display: '+46 812 345 678' }],
      ['040 ABC 4567', null, false, undefined],
      ['12', null, false, undefined],
      ['+358 1', null, false, undefined],
      ['', '+358', false, undefined],
    ];
    for (const [number, prefix, service, expected] of cases) {
      it(`${prefix ?? ''} ${number}${service ? ' (service number)' : ''}`, () =>
        expect(parsePhone(number, prefix, service)).to.deep.equal(expected));
    }
  });

  describe('e-mail addresses', () => {
    const cases: [string, boolean][] = [
      ['etunimi.sukunimi@porvoo.fi', true],
      ['fornamn.efternamn@borga.fi', true],
      ['etunimi.sukunimi@porvoo', false],
      ['etunimi sukunimi@porvoo.fi', false],
      ['@porvoo.fi', false],
      ['a@b.fi>', false],
    ];
    for (const [value, ok] of cases) it(value, () => expect(isEmail(value)).to.equal(ok));
  });

  describe('web pages', () => {
    it('keeps http(s) links only, with the URL as a label when PTV has none', () => {
      const pages = toWebPages(
        [
          { url: 'https://www.porvoo.fi/kansalaisopisto', language: 'fi', value: null },
          { url: 'javascript:alert(1)', language: 'fi', value: 'Bad' },
          { url: 'not a url', language: 'fi', value: 'Bad' },
        ],
        'fi',
      );
      expect(pages).to.deep.equal([
        { url: 'https://www.porvoo.fi/kansalaisopisto', label: { text: 'www.porvoo.fi/kansalaisopisto', lang: '' } },
      ]);
    });
  });

  describe('addresses', () => {
    it('reads the sample: street and post office in the interface language, and a map link', async () => {
      const channel = await sample();
      const [sv] = toAddresses(channel.addresses, 'sv');
      expect(sv).to.deep.include({
        kind: 'visiting',
        street: { text: 'Exempelgatan 1', lang: 'sv' },
        postalCode: '06100',
        postOffice: { text: 'Borgå', lang: 'sv' },
      });
      expect(sv!.mapUrl).to.match(/^https:\/\/www\.openstreetmap\.org\/\?mlat=60\.\d+&mlon=25\.\d+/);
      const [en] = toAddresses(channel.addresses, 'en');
      expect(en).to.deep.include({
        street: { text: 'Esimerkkikatu 1', lang: 'fi' },
        postOffice: { text: 'Porvoo', lang: 'fi' },
      });
    });

    it('converts ETRS-TM35FIN to WGS84 (Helsinki centre, and back)', () => {
      const { lat, lon } = tm35finToWgs84(6672127, 385700);
      expect(lat).to.be.closeTo(60.17, 0.0001);
      expect(lon).to.be.closeTo(24.94, 0.0001);
      const [n, e] = wgs84ToTm35fin(lat, lon);
      expect(n).to.be.closeTo(6672127, 0.01);
      expect(e).to.be.closeTo(385700, 0.01);
      expect(tm35finToWgs84(6650000, 500000).lon).to.be.closeTo(27, 1e-9);
    });

    it('falls back to an address search without coordinates, and reads post-office boxes', () => {
      const [visiting, postal] = toAddresses(
        [
          {
            type: 'Postal',
            subType: 'PostOfficeBox',
            postOfficeBoxAddress: {
              postOfficeBox: [{ value: 'PL 23', language: 'fi' }],
              postalCode: '06101',
              postOffice: [{ value: 'PORVOO', language: 'fi' }],
              municipality: null,
              additionalInformation: [],
            },
          },
          {
            type: 'Location',
            subType: 'Single',
            streetAddress: {
              street: [{ value: 'Esimerkkikatu', language: 'fi' }],
              streetNumber: '5',
              postalCode: '06100',
              postOffice: [{ value: 'PORVOO', language: 'fi' }],
              municipality: null,
              additionalInformation: [],
              latitude: null,
              longitude: null,
            },
          },
        ],
        'fi',
      );
      expect(visiting!.mapUrl).to.equal(
        'https://www.openstreetmap.org/search?query=Esimerkkikatu%205%2C%2006100%20Porvoo',
      );
      expect(postal).to.deep.equal({
        kind: 'postal',
        street: { text: 'PL 23', lang: 'fi' },
        postalCode: '06101',
        postOffice: { text: 'Porvoo', lang: 'fi' },
      });
    });
  });

  describe('what a call costs (serviceChargeType with chargeDescription)', () => {
    const cases: [string, Parameters<typeof callPrice>[0], string | undefined, CallPrice][] = [
      ['free of charge', 'free', undefined, 'free'],
      ['free, whatever the description', 'free', 'Maksuton', 'free'],
      ['chargeable without a description: the usual price', 'chargeable', undefined, 'normal'],
      ['local network charge', 'chargeable', 'Paikallisverkkomaksu', 'normal'],
      ['mobile or local charge', 'chargeable', 'Matkapuhelinmaksu tai paikallisverkkomaksu', 'normal'],
      ['Swedish', 'chargeable', 'Mobilsamtalsavgift eller lokalnätsavgift', 'normal'],
      ['abbreviated', 'chargeable', 'pvm/mpm', 'normal'],
      ['a service number with its own price', 'chargeable', '1,99 €/min + pvm', 'more'],
      ['chargeable, described in other words', 'chargeable', 'Palvelunumero', 'more'],
      ['"other" with a description that says free', 'other', 'Maksuton', 'free'],
      ['"other" with words we cannot read', 'other', 'Katso hinnasto', 'unknown'],
      ['unknown without a description', 'unknown', undefined, 'unknown'],
    ];
    for (const [name, charge, description, expected] of cases)
      it(name, () => expect(callPrice(charge, description)).to.equal(expected));
  });

  describe('a whole office from the PTV sample', () => {
    it('normalises names, phones with charge information, e-mails, web pages and languages', async () => {
      const office = toOfficeContact(await sample(), 'en');
      expect(office.name).to.deep.equal({ text: 'Porvoo Employment Services', lang: 'en' });
      // Only Finnish versions of these exist: they are shown, marked as Finnish.
      expect(office.summary).to.deep.equal({ text: 'Työnhaku, koulutukset ja kotoutumisen palvelut.', lang: 'fi' });
      expect(office.phones).to.deep.equal([
        {
          display: '+358 40 123 4567',
          href: 'tel:+358401234567',
          kind: 'phone',
          charge: 'chargeable',
          price: 'normal',
          chargeDescription: { text: 'Matkapuhelinmaksu', lang: 'fi' },
          info: { text: 'Neuvonta', lang: 'fi' },
        },
      ]);
      expect(office.emails).to.deep.equal([{ address: 'tyollisyys@example.fi', href: 'mailto:tyollisyys@example.fi' }]);
      expect(office.webPages).to.deep.equal([
        { url: 'https://www.example.fi/tyollisyys', label: { text: 'Työllisyyspalvelut', lang: 'fi' } },
      ]);
      expect(office.languages).to.deep.equal(['fi', 'sv', 'en']);
      expect(office.hours.regular).to.have.length(1);
      expect(office.hours.exceptional[0]).to.deep.include({ from: '2025-12-24', to: '2025-12-26', closed: true });
    });

    it('reads the e-mail addresses of a service location where v11 writes them (`emails`)', () => {
      // vrk-kpa/ptv-releases ptv-release-3_4, VmOpenApiServiceLocationChannelVersionBase.cs: PropertyName = "emails".
      const channel = z.parse(serviceChannelSchema, {
        id: 'x',
        serviceChannelType: 'ServiceLocation',
        emails: [{ value: 'neuvonta@porvoo.fi', language: 'fi' }],
      });
      expect(toOfficeContact(channel, 'fi').emails.map((e) => e.address)).to.deep.equal(['neuvonta@porvoo.fi']);
    });

    it('is lenient: nulls and missing lists are empty, unknown fields are ignored', () => {
      const channel = z.parse(serviceChannelSchema, {
        id: 'x',
        serviceChannelNames: null,
        phoneNumbers: [{ number: null, prefixNumber: null }],
        serviceHours: [{ serviceHourType: 'DaysOfTheWeek', openingHour: null, somethingNew: 1 }],
        addresses: [{ type: 'Location', streetAddress: null }],
        brandNew: { a: 1 },
      });
      const office = toOfficeContact(channel, 'fi');
      expect(office).to.deep.include({ name: { text: '', lang: '' }, phones: [], addresses: [], languages: [] });
    });
  });

  describe('the client against the PTV fake', () => {
    let api: MockApi;
    beforeEach(async () => {
      api = await mockApi({ now: '2026-03-25T08:00:00Z' });
    });

    it('gets a service channel and an organisation, validated', async () => {
      const client = new PtvClient({ baseUrl: api.ptv });
      const channel = await client.getServiceChannel(ADULT_EDUCATION);
      expect(channel.ok && toOfficeContact(channel.value, 'en').name).to.deep.equal({
        text: 'Porvoon kansalaisopisto',
        lang: 'fi',
      });
      const org = await client.getOrganization('00000000-0000-4000-8000-0000000000ab');
      expect(org.ok && org.value.organizationNames.length).to.equal(2);
    });

    it('asks once for a channel that several cards show', async () => {
      const client = new PtvClient({ baseUrl: api.ptv });
      await Promise.all([client.getServiceChannel(EMPLOYMENT), client.getServiceChannel(EMPLOYMENT)]);
      await client.getServiceChannel(EMPLOYMENT);
      const { log } = await api.state();
      expect(log.filter((l) => l.path.includes(EMPLOYMENT))).to.have.length(1);
    });

    it('one card giving up does not cancel the answer another card waits for', async () => {
      const client = new PtvClient({ baseUrl: api.ptv });
      await api.fault({ path: 'ServiceChannel/', fault: 'latency=300' });
      const leaving = new AbortController();
      const first = client.getServiceChannel(EMPLOYMENT, { signal: leaving.signal });
      const second = client.getServiceChannel(EMPLOYMENT);
      leaving.abort();
      const gaveUp = await first;
      expect(gaveUp.ok === false && gaveUp.error).to.deep.equal({ kind: 'aborted' });
      expect((await second).ok).to.equal(true);
      const { log } = await api.state();
      expect(log.filter((l) => l.path.includes(EMPLOYMENT))).to.have.length(1);
    });

    it('when every card has given up, the request is cancelled and the next card asks again', async () => {
      const client = new PtvClient({ baseUrl: api.ptv });
      await api.fault({ path: 'ServiceChannel/', fault: 'latency=300' });
      const a = new AbortController();
      const b = new AbortController();
      const both = [
        client.getServiceChannel(EMPLOYMENT, { signal: a.signal }),
        client.getServiceChannel(EMPLOYMENT, { signal: b.signal }),
      ];
      a.abort();
      b.abort();
      for (const r of await Promise.all(both)) expect(r.ok === false && r.error.kind).to.equal('aborted');
      expect((await client.getServiceChannel(EMPLOYMENT)).ok).to.equal(true);
    });

    it('lists an organisation’s channels', async () => {
      const result = await new PtvClient({ baseUrl: api.ptv }).listChannelsOfOrganization(
        '00000000-0000-4000-8000-0000000000aa',
      );
      expect(result.ok && result.value.itemList.map((c) => c.id)).to.include(EMPLOYMENT);
    });

    it('returns failures as data, and asks again after one', async () => {
      const client = new PtvClient({ baseUrl: api.ptv, retries: 0 });
      const bad = await client.getServiceChannel('nope');
      expect(bad.ok === false && bad.error).to.deep.include({ kind: 'http', status: 400 });
      expect(bad.ok === false && bad.error.kind === 'http' && Object.keys(bad.error.body.fields)).to.deep.equal(['id']);
      await api.fault({ path: 'ServiceChannel/', fault: 'status=503' });
      const down = await client.getServiceChannel(EMPLOYMENT);
      expect(down.ok === false && down.error).to.deep.include({ kind: 'http', status: 503 });
      expect((await client.getServiceChannel(EMPLOYMENT)).ok).to.equal(true);
    });
  });
});
