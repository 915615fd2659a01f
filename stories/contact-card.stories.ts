import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { faultyBase } from './setup.js';
import { narrow, porvooBlue } from './helpers.js';

interface Args {
  lang?: string;
  'api-base'?: string;
  channel?: string;
  heading?: string;
  'heading-level'?: string;
  compact?: boolean;
  people?: boolean;
}

const people = html`<koto-contact-person
    name="Etunimi Sukunimi"
    role="Kehittämispäällikkö, kotoutumiskoulutus"
    organisation="Porvoon kansalaisopisto"
    email="etunimi.sukunimi@porvoo.fi"
    phone="+358 40 123 4567"
    languages="fi sv en"
  ></koto-contact-person>
  <koto-contact-person
    name="Förnamn Efternamn"
    role="Studiehandledare"
    organisation="Borgå medborgarinstitut"
    email="fornamn.efternamn@borga.fi"
    phone="040 765 4321"
    languages="sv fi"
    lang="sv"
  ></koto-contact-person>`;

const card = (args: Args) =>
  html`<koto-contact-card
    lang=${ifDefined(args.lang)}
    api-base=${ifDefined(args['api-base'])}
    channel=${ifDefined(args.channel)}
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args['heading-level'])}
    ?compact=${args.compact ?? false}
    >${args.people === false ? '' : people}</koto-contact-card
  >`;

/**
 * The cooperation group's contacts: people from the editor's markup, offices live from
 * the API fake's PTV. Channel ids of the fake (`00000000-0000-4000-8000-00000000000N`):
 * `…1` employment services, `…2` the adult education centre (closed today, no English
 * name), `…3` integration services (by appointment, Finnish-only texts), `…4` an
 * e-service, `…5` an advice line.
 */
const meta: Meta<Args> = {
  title: 'Components/Contact card',
  component: 'koto-contact-card',
  args: {
    heading: 'Yhteystiedot',
    channel: '00000000-0000-4000-8000-000000000001,00000000-0000-4000-8000-000000000003',
  },
  argTypes: {
    // `heading` is both an attribute and a CSS part; the control is the attribute.
    heading: { control: 'text', table: { category: 'attributes' } },
    people: { control: 'boolean', description: 'Story only: show the two `<koto-contact-person>` children.' },
  },
  render: (args) => card(args),
};
export default meta;
type Story = StoryObj<Args>;

/** Two people and two offices, with hours and "open now". */
export const Loaded: Story = {};

/** While office information loads (PTV never answers here); the people show at once. */
export const Loading: Story = { tags: ['no-data'], args: { 'api-base': faultyBase('ptv/v11', 'hang') } };

/** Only people, no offices: PTV is not asked at all. */
export const PeopleOnly: Story = { tags: ['no-data'], args: { channel: undefined } };

/** Nothing to show yet (no people, no channel): only the heading. */
export const Empty: Story = { tags: ['no-data'], args: { channel: undefined, people: false } };

/** PTV fails (503): the people still show, with a short note and "Try again". */
export const Error: Story = {
  tags: ['no-data'],
  args: { 'api-base': faultyBase('ptv/v11', 'status=503;retry-after=0') },
};

export const Finnish: Story = { args: { lang: 'fi', heading: 'Yhteystiedot' } };
export const Swedish: Story = { args: { lang: 'sv', heading: 'Kontaktuppgifter' } };
export const English: Story = { args: { lang: 'en', heading: 'Contacts' } };
export const Ukrainian: Story = { args: { lang: 'uk', heading: 'Контакти' } };
export const Russian: Story = { args: { lang: 'ru', heading: 'Контакты' } };
/** Right to left: the element sets `dir="rtl"` on itself. */
export const Arabic: Story = { args: { lang: 'ar', heading: 'معلومات الاتصال' } };

/** A 320 px wide phone, in the compact layout for side columns. */
export const NarrowScreen: Story = { args: { compact: true }, render: (args) => narrow(card(args)) };

/** The adult education centre is closed today (staff training day): when it opens next. */
export const OfficeClosedToday: Story = { args: { channel: '00000000-0000-4000-8000-000000000002' } };

/** In English: the centre has no English name and integration services have Finnish-only texts; shown in Finnish or Swedish, marked with their language. */
export const MissingTranslations: Story = {
  args: {
    lang: 'en',
    heading: 'Contacts',
    channel: '00000000-0000-4000-8000-000000000002,00000000-0000-4000-8000-000000000003',
  },
};

/** The editor's guide's theming example: Porvoo blue, square corners (README, "Theming"). */
export const PorvooBlue: Story = {
  render: (args) => porvooBlue(card(args)),
};
