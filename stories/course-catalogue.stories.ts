import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { faultyBase } from './setup.js';
import { narrow, porvooBlue, waitFor } from './helpers.js';

interface Args {
  lang?: string;
  'api-base'?: string;
  keyword?: string;
  publisher?: string;
  location?: string;
  'page-size'?: number;
  'enrol-href'?: string;
  'sync-url'?: boolean;
}

const catalogue = (args: Args) =>
  html`<koto-course-catalogue
    lang=${ifDefined(args.lang)}
    api-base=${ifDefined(args['api-base'])}
    keyword=${ifDefined(args.keyword)}
    publisher=${ifDefined(args.publisher)}
    location=${ifDefined(args.location)}
    page-size=${ifDefined(args['page-size'])}
    enrol-href=${ifDefined(args['enrol-href'])}
    ?sync-url=${args['sync-url'] ?? false}
  ></koto-course-catalogue>`;

/**
 * Find an integration-training course and go on to apply. Every story runs against the
 * API fake's Linked Events (36 Porvoo courses over all paths, levels, times and places).
 */
const meta: Meta<Args> = {
  title: 'Components/Course catalogue',
  component: 'koto-course-catalogue',
  args: { keyword: 'yso:p19331', 'enrol-href': '/ilmoittautuminen?course={id}', 'page-size': 6 },
  render: (args) => catalogue(args),
};
export default meta;
type Story = StoryObj<Args>;

/** The first page of courses, with filters and "Apply" leading to the enrolment page. */
export const Loaded: Story = {};

/** While the first page is on its way: a skeleton and a status line (the API never answers here). */
export const Loading: Story = { tags: ['no-data'], args: { 'api-base': faultyBase('linkedevents/v1', 'hang') } };

/** No course matches the preset filter: a plain "no courses" message. */
export const Empty: Story = { tags: ['no-data'], args: { keyword: 'porvoo:no-such-keyword' } };

/** The API fails (503): a plain message and "Try again". */
export const Error: Story = {
  tags: ['no-data'],
  args: { 'api-base': faultyBase('linkedevents/v1', 'status=503;retry-after=0') },
};

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
export const Ukrainian: Story = { args: { lang: 'uk' } };
export const Russian: Story = { args: { lang: 'ru' } };
/** Right to left: the element sets `dir="rtl"` on itself. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** A 320 px wide phone: filters and cards stack. */
export const NarrowScreen: Story = { render: (args) => narrow(catalogue(args)) };

/** Courses at the employment services' premises: full with a waiting list, open, not yet open and closed side by side. */
export const FullCoursesAndWaitingLists: Story = { args: { location: 'porvoo:tyollisyys' } };

/** Courses at the main library in English: some have no English name or description, shown in Finnish or Swedish and marked with their language. */
export const MissingTranslations: Story = { args: { lang: 'en', location: 'porvoo:kirjasto' } };

/** Without `enrol-href`, "Apply" is a button that only fires `koto-course-select` for the page to handle. */
export const WithoutEnrolmentPage: Story = { args: { 'enrol-href': undefined } };

/** The editor's guide's theming example: Porvoo blue, square corners (README, "Theming"). */
export const PorvooBlue: Story = {
  render: (args) => porvooBlue(catalogue(args)),
};

/** "More information" on the first course: its description and schedule. */
export const CourseDetails: Story = {
  play: async ({ canvasElement }) => {
    const el = await waitFor(() => canvasElement.querySelector('koto-course-catalogue'));
    const button = await waitFor(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="details-button"]'));
    button.click();
    await waitFor(() => el.shadowRoot!.querySelector('[part~="details"]'));
  },
};
