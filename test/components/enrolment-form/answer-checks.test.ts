import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { makeHost } from '../../helpers/controller-host.js';
import { AnswerChecks } from '../../../src/components/enrolment-form/answer-checks.js';
import { checkContext, emptyDraft, keyOf, type Draft } from '../../../src/components/enrolment-form/draft.js';
import { withLocale } from '../../../src/shared/localization.js';

describe('AnswerChecks (the enrolment form’s errors and error summary)', () => {
  /** Checks over a draft the test changes, on a host that renders two inputs. */
  async function setup() {
    const host = await makeHost();
    host.view = () => html`<input name="firstName" /><input name="phone" />`;
    host.requestUpdate();
    await host.updateComplete;
    const state = { draft: emptyDraft() as Draft, summaryFocused: 0, moving: false };
    const checks = new AnswerChecks(host, {
      draft: () => state.draft,
      ctx: () => checkContext(undefined, '2026-12-03', undefined),
      locale: () => 'en',
      inLocale: (fn) => withLocale('en', fn),
      focusSummary: () => state.summaryFocused++,
      movingFocus: () => state.moving,
    });
    const input = (name: string) => host.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    /** Focus leaves the field `name` (the check runs while the event is dispatched: its target is set then). */
    const leave = (name: string) => {
      input(name).addEventListener('focusout', (e) => checks.left(e), { once: true });
      input(name).dispatchEvent(new FocusEvent('focusout'));
    };
    return { host, checks, state, input, leave };
  }

  describe('checking one answer', () => {
    it('does not call an untouched empty field an error when it is left', async () => {
      const { checks, leave } = await setup();
      leave('firstName');
      expect(checks.errorOf('firstName')).to.equal(undefined);
    });

    it('checks a field the learner typed in when it is left, and while it shows an error, on every change', async () => {
      const { checks, state, input, leave } = await setup();
      state.draft = { ...state.draft, phone: 'abc' };
      checks.changed('phone', input('phone'));
      expect(checks.errorOf('phone'), 'not while typing the first time').to.equal(undefined);
      leave('phone');
      expect(checks.errorOf('phone')).to.equal('Enter your phone number, for example 040 123 4567.');
      state.draft = { ...state.draft, phone: '040 123 4567' };
      checks.changed('phone', input('phone'));
      expect(checks.errorOf('phone'), 'fixed as typed').to.equal(undefined);
    });

    it('does not check a field the form moved focus away from', async () => {
      const { checks, state, input, leave } = await setup();
      checks.changed('firstName', input('firstName'));
      state.moving = true;
      leave('firstName');
      expect(checks.errorOf('firstName')).to.equal(undefined);
    });

    it('knows the three date-of-birth boxes as one answer', () => {
      expect(keyOf('dobMonth', emptyDraft())).to.equal('dob');
      expect(keyOf('phone', emptyDraft())).to.equal('phone');
      expect(keyOf('website', emptyDraft())).to.equal(undefined);
    });
  });

  describe('checking a step', () => {
    it('lists the problems of the step in field order and focuses the summary, then hides it once fixed', async () => {
      const { checks, state } = await setup();
      expect(checks.checkStep(0)).to.equal(false);
      expect(state.summaryFocused).to.equal(1);
      expect(checks.summary!.map((i) => i.target)).to.deep.equal(['f-firstName', 'f-lastName', 'f-dobDay', 'f-phone']);
      state.draft = {
        ...state.draft,
        firstName: 'Amina',
        lastName: 'Yusuf',
        dobDay: '15',
        dobMonth: '3',
        dobYear: '1990',
        phone: '040 123 4567',
      };
      checks.check('firstName', false);
      expect(checks.summary, 'the summary follows a fixed answer').to.have.length(3);
      expect(checks.checkStep(0)).to.equal(true);
      expect(checks.summary).to.equal(undefined);
    });
  });

  describe('the service’s words', () => {
    it('puts them on the fields they name, lists the rest, and returns the first step with such a field', async () => {
      const { checks, state } = await setup();
      const step = checks.showServerErrors({
        kind: 'http',
        status: 400,
        body: {
          messages: ['Tarkista tiedot.'],
          fields: { 'contact_person.email': ['Syötä kelvollinen sähköpostiosoite.'], other: ['Muu virhe.'] },
          lang: 'fi',
        },
      });
      expect(step).to.equal(0);
      expect(state.summaryFocused).to.equal(1);
      expect(checks.errors.get('email')).to.deep.equal({
        server: { text: 'Syötä kelvollinen sähköpostiosoite.', lang: 'fi' },
      });
      expect(checks.summary).to.have.length(3);
      expect(checks.summary![2]!.target).to.equal('f-email');
      checks.clear();
      expect(checks.errors.keys()).to.deep.equal([]);
      expect(checks.summary).to.equal(undefined);
    });
  });
});
