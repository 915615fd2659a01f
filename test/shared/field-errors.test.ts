import { expect } from '@open-wc/testing';
import { FieldErrors } from '../../src/shared/field-errors.js';
import { makeHost } from '../helpers/controller-host.js';

type Field = 'name' | 'phone' | 'email';

async function setup() {
  const host = await makeHost();
  const errors = new FieldErrors<Field, string>(host);
  return { host, errors };
}

describe('FieldErrors (shared form errors controller)', () => {
  describe('an error per field', () => {
    it('sets and clears one field, and renders the host again', async () => {
      const { host, errors } = await setup();
      const before = host.updates;
      errors.set('phone', 'Enter your phone number.');
      await host.updateComplete;
      expect(errors.get('phone')).to.equal('Enter your phone number.');
      expect(errors.keys()).to.deep.equal(['phone']);
      expect(host.updates).to.be.greaterThan(before);
      errors.set('phone', undefined);
      expect(errors.get('phone')).to.equal(undefined);
      expect(errors.keys()).to.deep.equal([]);
    });

    it('replaces the errors of a scope (a step) with those found, keeping the others', async () => {
      const { errors } = await setup();
      errors.set('email', 'Check the e-mail.');
      errors.set('name', 'old');
      const keys = errors.replace(['name', 'phone'], { phone: 'Enter your phone number.' });
      expect(keys).to.deep.equal(['phone']);
      expect(errors.get('name')).to.equal(undefined);
      expect(errors.get('phone')).to.equal('Enter your phone number.');
      expect(errors.get('email')).to.equal('Check the e-mail.');
    });
  });

  describe('when a field is checked', () => {
    it('checks a field on every change once it has shown an error, until the form is cleared', async () => {
      const { errors } = await setup();
      expect(errors.watches('name')).to.equal(false);
      errors.set('name', 'Enter your name.');
      expect(errors.watches('name')).to.equal(true);
      errors.set('name', undefined);
      expect(errors.watches('name'), 'fixed: checked on change no longer').to.equal(false);
      errors.replace(['name'], { name: 'Enter your name.' });
      errors.replace(['name'], {});
      expect(errors.watches('name'), 'found by a step check: watched until checked alone').to.equal(true);
      errors.clear();
      expect(errors.watches('name')).to.equal(false);
    });

    it('checks a field on leaving it only when the learner typed in it or it shows an error', async () => {
      const { errors } = await setup();
      expect(errors.checksOnLeave('email')).to.equal(false);
      errors.touch('email');
      expect(errors.checksOnLeave('email')).to.equal(true);
      expect(errors.checksOnLeave('phone')).to.equal(false);
      errors.set('phone', 'Enter your phone number.');
      expect(errors.checksOnLeave('phone')).to.equal(true);
      errors.clear();
      expect(errors.checksOnLeave('email')).to.equal(false);
    });
  });

  describe('saying an error again', () => {
    it('marks the field as alerting for a moment, then not', async () => {
      const { host, errors } = await setup();
      errors.set('name', 'Enter your name.');
      await errors.reannounce('name');
      expect(errors.alerting('name')).to.equal(true);
      expect(errors.alerting('phone')).to.equal(false);
      await new Promise<void>((resolve) => {
        const poll = () => (errors.alerting('name') ? setTimeout(poll, 20) : resolve());
        poll();
      });
      await host.updateComplete;
      expect(errors.alerting('name')).to.equal(false);
    });
  });
});
