import { expect } from '@open-wc/testing';
import { mockApiForEachTest } from '../../helpers/mock.js';
import { makeHost, type ControllerHost } from '../../helpers/controller-host.js';
import { CourseLoader, type CourseLoaderOptions } from '../../../src/components/enrolment-form/course-loader.js';
import {
  LinkedEventsClient,
  LinkedEventsEnrolmentClient,
  type EnrolmentClient,
} from '../../../src/api/linked-events/client.js';
import type { HttpFailure } from '../../../src/api/http.js';
import { COURSE, holdElsewhere, log, waitUntil } from './helpers.js';

/** A client on the fake that remembers what it was asked, and in which language. */
class AskedClient extends LinkedEventsClient {
  readonly asked: string[] = [];
  override getCourse(id: string, options?: Parameters<LinkedEventsClient['getCourse']>[1]) {
    this.asked.push(`course ${options?.language}`);
    return super.getCourse(id, options);
  }
  override getRegistration(id: string, options?: Parameters<LinkedEventsClient['getRegistration']>[1]) {
    this.asked.push(`registration ${options?.language}`);
    return super.getRegistration(id, options);
  }
}

/** The form's inputs, which a test changes as a page or a learner would. */
interface Inputs {
  id?: string;
  locale: string;
  base?: string;
  client?: EnrolmentClient;
}

/** The host renders again, as the form does when one of its inputs changes. */
async function update(host: ControllerHost): Promise<void> {
  host.requestUpdate();
  await host.updateComplete;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('CourseLoader (the enrolment form’s course loading)', function () {
  this.timeout(20_000);
  const api = mockApiForEachTest();

  /** A loader on `host`, recording what it tells the form. It loads on the host's next update. */
  function loaderFor(host: ControllerHost, given: Partial<Inputs>, hooks: Partial<CourseLoaderOptions> = {}) {
    const inputs: Inputs = { locale: 'en', base: api.linkedEvents, ...given };
    const seen = { noCourse: 0, notSetUp: 0, freshStarts: 0, errors: [] as HttpFailure[], loaded: 0, registrations: 0 };
    const loader = new CourseLoader(host, {
      given: () => inputs.client,
      base: () => inputs.base,
      courseId: () => inputs.id,
      locale: () => inputs.locale,
      onNoCourse: (why) => (why === 'no-course' ? seen.noCourse++ : seen.notSetUp++),
      onFreshStart: () => seen.freshStarts++,
      onError: (error) => seen.errors.push(error),
      onLoaded: () => seen.loaded++,
      onRegistrationLoaded: () => seen.registrations++,
      ...hooks,
    });
    return { loader, seen, inputs };
  }

  const courseGets = async () => (await log(api, 'event/', 'GET')).length;
  const failing = (times = 3) => api.fault({ path: 'event/', fault: 'status=503', times });

  describe('loading a course', () => {
    it('loads the course and its registration as a fresh load: the form is told it started and ended', async () => {
      const host = await makeHost();
      const { loader, seen } = loaderFor(host, { id: COURSE.open });
      await update(host);
      await waitUntil(() => seen.registrations === 1, 'loaded');
      expect(loader.course?.id).to.equal(COURSE.open);
      expect(loader.registration?.id).to.equal('100');
      expect(loader.registrationPending).to.equal(undefined);
      expect(seen).to.deep.include({ freshStarts: 1, loaded: 1, noCourse: 0 });
    });

    it('says when no course is chosen, with or without an API base, and asks nothing', async () => {
      const host = await makeHost();
      const { seen } = loaderFor(host, {});
      const { seen: noBase } = loaderFor(host, { base: undefined });
      await update(host);
      await waitUntil(() => seen.noCourse === 1 && noBase.noCourse === 1, 'no course');
      expect(seen.freshStarts + noBase.freshStarts).to.equal(0);
      expect(await courseGets()).to.equal(0);
    });

    it('says the page is not set up without an API base or a client, and asks when one comes', async () => {
      const host = await makeHost();
      const { loader, seen, inputs } = loaderFor(host, { id: COURSE.open, base: undefined });
      await update(host);
      await tick();
      expect(seen).to.deep.include({ freshStarts: 0, noCourse: 0, notSetUp: 1, loaded: 0 });
      expect(seen.errors).to.deep.equal([]);
      expect(await courseGets()).to.equal(0);
      inputs.base = api.linkedEvents;
      await update(host);
      await waitUntil(() => seen.loaded === 1, 'loaded once the API base is there');
      expect(loader.course?.id).to.equal(COURSE.open);
    });

    it('reports a failed load, and loads again on "Try again"', async () => {
      const host = await makeHost();
      const { loader, seen } = loaderFor(host, { id: COURSE.open });
      await failing();
      await update(host);
      await waitUntil(() => seen.errors.length === 1, 'the failure reported');
      expect(seen.errors.map((e) => e.kind === 'http' && e.status)).to.deep.equal([503]);
      await loader.retry();
      expect(seen).to.deep.include({ freshStarts: 2, loaded: 1 });
      expect(loader.course?.id).to.equal(COURSE.open);
    });

    it('tells a course without a registration at once: there is nothing more to load', async () => {
      const host = await makeHost();
      // Course 31 of the seed has no registration.
      const { loader, seen } = loaderFor(host, { id: 'porvoo:koto-31' });
      await update(host);
      await waitUntil(() => seen.registrations === 1, 'told');
      expect(seen.loaded).to.equal(1);
      expect(loader.registration).to.equal(undefined);
      expect(loader.registrationPending).to.equal(undefined);
      expect((await log(api, 'registration/', 'GET')).length).to.equal(0);
    });
  });

  describe('the course first, then its registration (issue 18: no round trip more before the course shows)', () => {
    it('shows the course while the registration is on its way', async () => {
      const host = await makeHost();
      await api.fault({ path: 'registration/', fault: 'latency=800' });
      const { loader, seen } = loaderFor(host, { id: COURSE.open });
      await update(host);
      await waitUntil(() => seen.loaded === 1, 'the course shown');
      expect(loader.course?.id).to.equal(COURSE.open);
      expect(loader.registration).to.equal(undefined);
      expect(loader.registrationPending).to.deep.equal({});
      expect(seen.registrations).to.equal(0);
      await waitUntil(() => seen.registrations === 1, 'the registration shown', { timeout: 10_000 });
      expect(loader.registration?.id).to.equal('100');
      expect(loader.registrationPending).to.equal(undefined);
    });

    it('a failed registration is its own: the course stays, and "Try again" loads the registration alone', async () => {
      const host = await makeHost();
      const { loader, seen } = loaderFor(host, { id: COURSE.open });
      await api.fault({ path: 'registration/', fault: 'status=503', times: 3 });
      await update(host);
      await waitUntil(() => loader.registrationPending?.error, 'the failure known');
      expect(seen.errors, 'the course did not fail').to.deep.equal([]);
      expect(loader.course?.id).to.equal(COURSE.open);
      const error = loader.registrationPending!.error!;
      expect(error.kind === 'http' && error.status).to.equal(503);
      const before = await courseGets();
      await loader.retryRegistration();
      expect(seen.registrations).to.equal(1);
      expect(loader.registration?.id).to.equal('100');
      expect(await courseGets(), 'the course is not asked again').to.equal(before);
    });

    it('asks for what the registration waits for (`prepare`) beside it, not after it', async () => {
      const host = await makeHost();
      await api.fault({ path: 'registration/', fault: 'latency=2000' });
      let prepared = false;
      const { loader, seen } = loaderFor(host, { id: COURSE.open }, { prepare: () => void (prepared = true) });
      await update(host);
      await waitUntil(() => seen.loaded === 1, 'the course shown');
      await waitUntil(() => prepared, 'prepare asked while the registration is on its way', { timeout: 1000 });
      expect(loader.registration).to.equal(undefined);
      await waitUntil(() => seen.registrations === 1, 'the registration shown', { timeout: 10_000 });
    });

    it('shows the registration only once what it waits for (`prepare`) is there', async () => {
      const host = await makeHost();
      let ready!: () => void;
      const { loader, seen } = loaderFor(
        host,
        { id: COURSE.open },
        { prepare: () => new Promise<void>((r) => (ready = r)) },
      );
      await update(host);
      await waitUntil(() => ready, 'prepare asked');
      await waitUntil(async () => (await log(api, 'registration/', 'GET')).length === 1, 'the registration asked');
      await tick();
      expect(seen).to.deep.include({ loaded: 1, registrations: 0 });
      expect(loader.registration).to.equal(undefined);
      ready();
      await waitUntil(() => seen.registrations === 1, 'shown once prepared');
      expect(loader.registration?.id).to.equal('100');
    });

    it('never shows the late registration of a course no longer shown (forget)', async () => {
      const host = await makeHost();
      await api.fault({ path: 'registration/100', fault: 'latency=800' });
      const { loader, seen, inputs } = loaderFor(host, { id: COURSE.open }, {});
      await update(host);
      await waitUntil(() => seen.loaded === 1, 'the first course shown');
      loader.forget();
      inputs.id = COURSE.waitlist;
      await update(host);
      await waitUntil(() => seen.registrations === 1, 'the second registration shown');
      expect(loader.registration?.id).to.equal('102');
      await new Promise((r) => setTimeout(r, 1000));
      expect(seen.registrations).to.equal(1);
      expect(loader.registration?.id).to.equal('102');
      expect(loader.course?.id).to.equal(COURSE.waitlist);
    });
  });

  describe('a new language of the course shown', () => {
    it('only replaces its texts: the load is not fresh, and is asked in the new language', async () => {
      const host = await makeHost();
      const client = new AskedClient({ baseUrl: api.linkedEvents });
      const { loader, seen, inputs } = loaderFor(host, { id: COURSE.open, client });
      await update(host);
      await waitUntil(() => seen.registrations === 1, 'loaded');
      const before = loader.registration;
      inputs.locale = 'sv';
      await update(host);
      await waitUntil(() => loader.registration !== before, 'loaded in Swedish');
      expect(client.asked).to.deep.equal(['course en', 'registration en', 'course sv', 'registration sv']);
      expect(seen).to.deep.include({ freshStarts: 1, loaded: 1, registrations: 1 });
      expect(loader.course?.id).to.equal(COURSE.open);
    });

    it('keeps the course shown when it fails, and reports nothing', async () => {
      const host = await makeHost();
      const { loader, seen, inputs } = loaderFor(host, { id: COURSE.open });
      await update(host);
      await waitUntil(() => seen.registrations === 1, 'loaded');
      const [course, registration] = [loader.course, loader.registration];
      await failing();
      await api.fault({ path: 'registration/', fault: 'status=503', times: 3 });
      inputs.locale = 'sv';
      // Loaded at once, rather than on the next update, to know when the answer is in.
      await loader.retry();
      await waitUntil(async () => (await log(api, 'registration/', 'GET')).length >= 2, 'the registration asked');
      await tick();
      expect(seen.errors, 'nothing reported').to.deep.equal([]);
      expect(loader.registrationPending, 'nor shown as missing').to.equal(undefined);
      expect(loader.course).to.equal(course);
      expect(loader.registration).to.equal(registration);
    });

    it('cutting a first registration load short, finishes that load’s work', async () => {
      const host = await makeHost();
      // The registration answers late: the language changes after the course came, before it.
      await api.fault({ path: 'registration/', fault: 'latency=600' });
      const { loader, seen, inputs } = loaderFor(host, { id: COURSE.open });
      await update(host);
      await waitUntil(() => seen.loaded === 1, 'the course shown');
      inputs.locale = 'sv';
      await update(host);
      await waitUntil(() => seen.registrations === 1, 'loaded, and the form told', { timeout: 10_000 });
      expect(seen.freshStarts).to.equal(1);
      expect(loader.registration?.id).to.equal('100');
    });
  });

  describe('one load at a time', () => {
    it('drops the answer of a load that a newer one overtook', async () => {
      const host = await makeHost();
      const { loader, seen, inputs } = loaderFor(host, { id: COURSE.open });
      await update(host);
      inputs.id = COURSE.openShort;
      await update(host);
      await waitUntil(() => seen.loaded === 1, 'loaded');
      await tick();
      expect(seen.loaded).to.equal(1);
      expect(loader.course?.id).to.equal(COURSE.openShort);
    });

    it('stops a load when the form leaves the page, and loads again when it comes back', async () => {
      const host = await makeHost();
      const { loader, seen } = loaderFor(host, { id: COURSE.open });
      const load = loader.retry();
      host.remove();
      await load;
      expect(seen.loaded, 'no answer lands in a form that left').to.equal(0);
      expect(loader.course).to.equal(undefined);
      document.body.append(host);
      await waitUntil(() => seen.loaded === 1, 'loaded again on return');
      expect(seen.freshStarts).to.equal(2);
      expect(loader.course?.id).to.equal(COURSE.open);
      host.remove();
    });

    it('shows no registration in a form that left the page while it was being prepared, and loads it again on return', async () => {
      const host = await makeHost();
      const waiting: (() => void)[] = [];
      const { loader, seen } = loaderFor(
        host,
        { id: COURSE.open },
        { prepare: () => new Promise<void>((r) => waiting.push(r)) },
      );
      await update(host);
      await waitUntil(() => waiting.length === 1, 'being prepared');
      host.remove();
      waiting[0]!();
      await tick();
      expect(seen.registrations).to.equal(0);
      expect(loader.registration).to.equal(undefined);
      document.body.append(host);
      await waitUntil(() => waiting.length === 2, 'loaded again on return');
      waiting[1]!();
      await waitUntil(() => seen.registrations === 1, 'shown');
      host.remove();
    });
  });

  describe('the registration', () => {
    it('is read again for the course shown (refreshRegistration)', async () => {
      const host = await makeHost();
      const { loader, seen } = loaderFor(host, { id: COURSE.open });
      await update(host);
      await waitUntil(() => seen.registrations === 1, 'loaded');
      const left = loader.registration!.seatsLeft!;
      await holdElsewhere(api, '100');
      expect(await loader.refreshRegistration()).to.equal(true);
      expect(loader.registration!.seatsLeft).to.equal(left - 1);
      expect(loader.course?.id).to.equal(COURSE.open);
    });

    it('read for a course no longer shown, is dropped (forget)', async () => {
      const host = await makeHost();
      const { loader, seen } = loaderFor(host, { id: COURSE.open });
      await update(host);
      await waitUntil(() => seen.registrations === 1, 'loaded');
      const epoch = loader.epoch;
      const refresh = loader.refreshRegistration();
      loader.forget();
      expect(loader.epoch).to.equal(epoch + 1);
      expect(await refresh).to.equal(false);
      expect(loader.registration).to.equal(undefined);
      expect(loader.course).to.equal(undefined);
    });
  });

  describe('the client', () => {
    it('a new client shows no registration of the one before: it is asked anew', async () => {
      const host = await makeHost();
      const { loader, seen, inputs } = loaderFor(host, { id: COURSE.open });
      await update(host);
      await waitUntil(() => seen.registrations === 1, 'loaded');
      // Asked twice: at once for the new client, and again for the course it brings.
      await api.fault({ path: 'registration/', fault: 'latency=1500', times: 2 });
      inputs.client = new LinkedEventsClient({ baseUrl: api.linkedEvents });
      await update(host);
      await waitUntil(() => seen.loaded === 2, 'the course shown again');
      expect(loader.registration).to.equal(undefined);
      expect(loader.registrationPending).to.deep.equal({});
      await waitUntil(() => seen.registrations === 2, 'the registration shown again', { timeout: 10_000 });
    });

    it('keeps one default client per API base, and uses the page’s own client when set', async () => {
      const host = await makeHost();
      const { loader, inputs } = loaderFor(host, { id: COURSE.open });
      const first = loader.client;
      expect(first).to.be.instanceOf(LinkedEventsEnrolmentClient);
      expect(loader.client).to.equal(first);
      inputs.base = `${api.linkedEvents}other/`;
      expect(loader.client).not.to.equal(first);
      inputs.client = new LinkedEventsClient({ baseUrl: api.linkedEvents });
      expect(loader.client).to.equal(inputs.client);
    });
  });
});
