import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { faultyBase } from './setup.js';
import { until } from 'lit/directives/until.js';
import {
  answerAboutStep,
  bookFirstFreeTime,
  chooseFirstFreeTime,
  freshWorld,
  lateThisWeek,
  narrow,
  porvooBlue,
  waitFor,
} from './helpers.js';

interface Args {
  lang?: string;
  'api-base'?: string;
  resource?: string;
  weeks?: number;
  /** The clock (`now` property), for the stories that need a fixed moment. */
  now?: () => number;
}

const booking = (args: Args) =>
  html`<koto-guidance-booking
    lang=${ifDefined(args.lang)}
    api-base=${ifDefined(args['api-base'])}
    resource=${ifDefined(args.resource)}
    weeks=${ifDefined(args.weeks)}
    .now=${args.now ?? (() => Date.now())}
  ></koto-guidance-booking>`;

/**
 * Book a guidance appointment in a free slot of a Respa resource of the API fake:
 * `porvoo-ohjaus-1` study guidance (Mon, Tue, Fri mornings, Thu afternoon),
 * `porvoo-ohjaus-2` a job coach who confirms each booking by hand (no English name),
 * `porvoo-ohjaus-3` a counsellor on leave (no opening hours).
 */
const meta: Meta<Args> = {
  title: 'Components/Guidance booking',
  component: 'koto-guidance-booking',
  args: { resource: 'porvoo-ohjaus-1,porvoo-ohjaus-2' },
  argTypes: { now: { control: false } },
  render: (args) => booking(args),
};
export default meta;
type Story = StoryObj<Args>;

/** The first step: who to meet, what about, how, and an interpreter. */
export const Loaded: Story = {};

/** The week view with free times (after the first step). */
export const ChoosingATime: Story = {
  play: async ({ canvasElement }) => {
    await answerAboutStep(canvasElement);
  },
};

/** While the free times load (the API never answers here). */
export const Loading: Story = { tags: ['no-data'], args: { 'api-base': faultyBase('respa/v1', 'hang') } };

/** The counsellor is on leave: no free times in the coming weeks, and who to contact instead. */
export const Empty: Story = {
  tags: ['no-data'],
  args: { resource: 'porvoo-ohjaus-3' },
  play: async ({ canvasElement }) => {
    await answerAboutStep(canvasElement);
  },
};

/** Respa fails (503): a plain message and "Try again". */
export const Error: Story = {
  tags: ['no-data'],
  args: { 'api-base': faultyBase('respa/v1', 'status=503;retry-after=0') },
};

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
export const Ukrainian: Story = { args: { lang: 'uk' } };
export const Russian: Story = { args: { lang: 'ru' } };
/** Right to left: the element sets `dir="rtl"` on itself; the week runs from right to left. */
export const Arabic: Story = {
  args: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    await answerAboutStep(canvasElement);
  },
};

/** A 320 px wide phone: days become a list. */
export const NarrowScreen: Story = {
  render: (args) => narrow(booking(args)),
  play: async ({ canvasElement }) => {
    await answerAboutStep(canvasElement);
  },
};

/**
 * Friday afternoon: nothing is free this week any more (bookings start a day ahead). The
 * element opens at the first week with free times; here "Previous week" shows this one.
 */
export const NoFreeTimesThisWeek: Story = {
  args: { resource: 'porvoo-ohjaus-1', now: lateThisWeek },
  play: async ({ canvasElement }) => {
    const el = await answerAboutStep(canvasElement);
    const previous = await waitFor(() => el.shadowRoot!.querySelector<HTMLButtonElement>('#previous-week'));
    if (previous.getAttribute('aria-disabled') !== 'true') previous.click();
    await el.updateComplete;
  },
};

/** The job coach has no English name or description: shown in Finnish, marked with its language. */
export const MissingTranslations: Story = { args: { lang: 'en', resource: 'porvoo-ohjaus-2' } };

/** The editor's guide's theming example: Porvoo blue, square corners (README, "Theming"). */
export const PorvooBlue: Story = {
  render: (args) => porvooBlue(booking(args)),
  play: async ({ canvasElement }) => {
    await answerAboutStep(canvasElement);
  },
};

/** In a world of the fake of its own (a booking takes a time away), from "ready" on. */
const isolated = (args: Args, now?: string) => {
  const world = freshWorld('respa/v1', now);
  return html`${until(
    world.ready.then(() =>
      booking({ ...args, 'api-base': args['api-base'] ?? world.base, now: now ? world.clock : args.now }),
    ),
    '',
  )}`;
};

/** The learner's details for the chosen time: name, phone, a message. */
export const YourDetails: Story = {
  render: (args) => isolated(args),
  play: async ({ canvasElement }) => {
    await chooseFirstFreeTime(canvasElement);
  },
};

/** Booked: the time, place and how to cancel, with a calendar file. */
export const Confirmation: Story = {
  render: (args) => isolated(args),
  play: async ({ canvasElement }) => bookFirstFreeTime(canvasElement),
};

/** The job coach confirms each booking by hand: "not confirmed yet", and what happens next. */
export const ConfirmationAwaitingApproval: Story = {
  args: { resource: 'porvoo-ohjaus-2' },
  render: (args) => isolated(args),
  play: async ({ canvasElement }) => bookFirstFreeTime(canvasElement),
};

/**
 * The week summer time begins in Finland (Sunday 28 March 2027, 03.00 → 04.00): the fake and
 * the element both live on Monday 22 March; times stay at their local hours all week.
 */
export const SummerTimeWeek: Story = {
  args: { resource: 'porvoo-ohjaus-1' },
  render: (args) => isolated(args, '2027-03-22T08:00:00+02:00'),
  play: async ({ canvasElement }) => {
    await answerAboutStep(canvasElement);
  },
};
