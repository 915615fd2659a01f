import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { until } from 'lit/directives/until.js';
import { faultyBase } from './setup.js';
import { enrolUpTo, freshWorld, narrow, porvooBlue, type EnrolmentStop } from './helpers.js';

interface Args {
  lang?: string;
  'api-base'?: string;
  event?: string;
  'privacy-href'?: string;
  'catalogue-href'?: string;
}

const form = (args: Args) =>
  html`<koto-enrolment-form
    lang=${ifDefined(args.lang)}
    api-base=${ifDefined(args['api-base'])}
    event=${ifDefined(args.event)}
    privacy-href=${ifDefined(args['privacy-href'])}
    catalogue-href=${ifDefined(args['catalogue-href'])}
  ></koto-enrolment-form>`;

/**
 * An enrolment request for one course of the API fake's Linked Events. Course ids of
 * the fake: `porvoo:koto-01` open, `-03` full with a waiting list, `-04` enrolment not yet
 * open, `-07` enrolment closed, `-10` full without a waiting list, `-12` no English or
 * Swedish texts.
 */
const meta: Meta<Args> = {
  title: 'Components/Enrolment form',
  component: 'koto-enrolment-form',
  args: { event: 'porvoo:koto-01', 'privacy-href': '/tietosuoja', 'catalogue-href': '#courses' },
  render: (args) => form(args),
};
export default meta;
type Story = StoryObj<Args>;

/** An open course: its summary, what happens next, and "Start". */
export const Loaded: Story = {};

/** While the course is loading (the API never answers here). */
export const Loading: Story = { tags: ['no-data'], args: { 'api-base': faultyBase('linkedevents/v1', 'hang') } };

/** No course chosen (no `event` and no `?course=` in the address): a way back to the course list. */
export const Empty: Story = { tags: ['no-data'], args: { event: undefined } };

/** The API fails (503): a plain message and "Try again". */
export const Error: Story = {
  tags: ['no-data'],
  args: { 'api-base': faultyBase('linkedevents/v1', 'status=503;retry-after=0') },
};

/**
 * A world of the fake of its own whose registration answers `fault` (the course answers):
 * the course is shown, and where "Start" goes, what the registration's state says.
 */
const registrationFault = (fault: string): Story => ({
  render: (args) => {
    const { base } = freshWorld('linkedevents/v1');
    const queued = fetch(base.replace(/linkedevents\/v1\/$/, '__control/fault'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: 'registration/', fault, times: 1000 }),
    });
    return html`${until(queued.then(() => form({ ...args, 'api-base': base })))}`;
  },
});

/** The course shown while its registration is on its way (it never answers here): "Checking whether you can enrol…", no "Start". */
export const CheckingEnrolment: Story = registrationFault('hang');

/** The course shown, its registration failed (503): a plain message and "Try again" for the registration alone. */
export const RegistrationError: Story = registrationFault('status=503;retry-after=0');

export const Finnish: Story = { args: { lang: 'fi' } };
export const Swedish: Story = { args: { lang: 'sv' } };
export const English: Story = { args: { lang: 'en' } };
export const Ukrainian: Story = { args: { lang: 'uk' } };
export const Russian: Story = { args: { lang: 'ru' } };
/** Right to left: the element sets `dir="rtl"` on itself. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** A 320 px wide phone. */
export const NarrowScreen: Story = { render: (args) => narrow(form(args)) };

/** A full course with a waiting list: the request goes to the waiting list, and the form says so. */
export const FullWithWaitingList: Story = { args: { event: 'porvoo:koto-03' } };

/** A full course without a waiting list: enrolment is not possible; a way back to the list. */
export const FullNoWaitingList: Story = { args: { event: 'porvoo:koto-10' } };

/** Enrolment has closed: what to do instead. */
export const EnrolmentClosed: Story = { args: { event: 'porvoo:koto-07' } };

/** Enrolment opens later: when it opens. */
export const EnrolmentNotYetOpen: Story = { args: { event: 'porvoo:koto-04' } };

/** The course has no English or Swedish texts: shown in Finnish, marked `lang="fi"`. */
export const MissingTranslations: Story = { args: { lang: 'en', event: 'porvoo:koto-12' } };

/** The editor's guide's theming example: Porvoo blue, square corners (README, "Theming"). */
export const PorvooBlue: Story = {
  render: (args) => porvooBlue(form(args)),
};

/**
 * A step of the flow, reached as a learner would: "Start" (a seat is held for a while in a
 * world of the fake of its own, so no other story loses it), then valid answers.
 */
const at = (stop: EnrolmentStop): Story => ({
  render: (args) => form({ ...args, 'api-base': args['api-base'] ?? freshWorld('linkedevents/v1').base }),
  play: async ({ canvasElement }) => enrolUpTo(canvasElement, stop),
});

/** Step 1 of 5 after "Start": name, date of birth, phone, e-mail, address; the seat timer runs. */
export const StepAboutYou: Story = at('about-you');
/** Step 2: first language, Finnish level, alphabet, years at school. */
export const StepLanguagesAndBackground: Story = at('languages');
/** Step 3: employment services client, integration plan, time of day. */
export const StepYourSituation: Story = at('situation');
/** Step 4: interpreter and other needs. */
export const StepNeeds: Story = at('needs');
/** Step 5: every answer to check, with a way back to each step, and consent. */
export const StepCheckAndSend: Story = at('check');
/** "Next" with nothing filled in: the error summary takes focus and links each error to its field. */
export const ErrorSummary: Story = at('errors');
/** Sent: the confirmation (it prints cleanly). */
export const Confirmation: Story = at('sent');
/** Sent to a full course's waiting list: the confirmation says so. */
export const WaitingListConfirmation: Story = { ...at('sent'), args: { event: 'porvoo:koto-03' } };
