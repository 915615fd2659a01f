import { expect } from '@open-wc/testing';
import { mockApiForEachTest } from '../../helpers/mock.js';
import { makeHost, type ControllerHost } from '../../helpers/controller-host.js';
import { CourseLoader, type CourseLoaderOptions } from '../../../src/components/enrolment-form/course-loader.js';
import { LinkedEventsClient, type EnrolmentClient } from '../../../src/api/linked-events/client.js';
import type { HttpFailure } from '../../../src/api/http.js';
import { COURSE, log, waitUntil } from './helpers.js';

describe('CourseLoader (the enrolment form’s course loading)', function () {
  this.timeout(20_000);
  const api = mockApiForEachTest();

  /** A loader on `host` for `id`, recording what it tells the form. */
  function loaderFor(host: ControllerHost, id: string | undefined, overrides: Partial<CourseLoaderOptions> = {}) {
    const seen = { noCourse: 0, freshStarts: 0, errors: [] as HttpFailure[], loaded: 0 };
    const options = {
      courseId: () => id,
      client: () => undefined as EnrolmentClient | undefined,
      apiBase: () => api.linkedEvents as string | undefined,
      locale: () => 'en',
      onNoCourse: () => seen.noCourse++,
      onFreshStart: () => seen.freshStarts++,
      onError: (error: HttpFailure) => seen.errors.push(error),
      onLoaded: () => {
        seen.loaded++;
      },
      ...overrides,
    };
    return { loader: new CourseLoader(host, options), seen, options };
  }

  const courseGets = async () => (await log(api, 'event/', 'GET')).length;

  describe('loading a course', () => {
    it('loads the course and its registration, and tells the form a fresh load started and ended', async () => {
      const { loader, seen } = loaderFor(await makeHost(), COURSE.open);
      await loader.load(true);
      expect(loader.course?.id).to.equal(COURSE.open);
      expect(loader.registration?.id).to.equal('100');
      expect(seen).to.deep.include({ freshStarts: 1, loaded: 1, noCourse: 0 });
    });

    it('says when no course is chosen, and asks nothing', async () => {
      const { loader, seen } = loaderFor(await makeHost(), undefined);
      await loader.load(true);
      expect(seen.noCourse).to.equal(1);
      expect(await courseGets()).to.equal(0);
    });

    it('waits for an API base or a client before asking', async () => {
      const { loader, seen } = loaderFor(await makeHost(), COURSE.open, { apiBase: () => undefined });
      await loader.load(true);
      expect(seen.freshStarts).to.equal(0);
      expect(await courseGets()).to.equal(0);
    });

    it('reports a failed load, but not for a new language of a course already shown', async () => {
      const { loader, seen } = loaderFor(await makeHost(), COURSE.open);
      await api.fault({ path: 'event/', fault: 'status=503', times: 3 });
      await loader.load(true);
      expect(seen.errors.map((e) => e.kind === 'http' && e.status)).to.deep.equal([503]);
      await loader.load(true);
      expect(loader.course?.id).to.equal(COURSE.open);
      await api.fault({ path: 'event/', fault: 'status=503', times: 3 });
      await loader.load(false);
      expect(seen.errors, 'the course shown stays').to.have.length(1);
      expect(loader.course?.id).to.equal(COURSE.open);
    });
  });

  describe('one load at a time', () => {
    it('drops the answer of a load that a newer one overtook', async () => {
      let id = COURSE.open;
      const { loader, seen } = loaderFor(await makeHost(), undefined, { courseId: () => id });
      const first = loader.load(true);
      id = COURSE.openShort;
      const second = loader.load(true);
      await Promise.all([first, second]);
      expect(seen.loaded).to.equal(1);
      expect(loader.course?.id).to.equal(COURSE.openShort);
    });

    it('stops a load when the form leaves the page, and loads again when it comes back', async () => {
      const host = await makeHost();
      const { loader, seen } = loaderFor(host, COURSE.open);
      const load = loader.load(true);
      host.remove();
      await load;
      expect(seen.loaded, 'no answer lands in a form that left').to.equal(0);
      document.body.append(host);
      await waitUntil(() => seen.loaded === 1, 'loaded again on return');
      expect(loader.course?.id).to.equal(COURSE.open);
      host.remove();
    });

    it('drops a registration read for a course no longer shown (forget)', async () => {
      const { loader } = loaderFor(await makeHost(), COURSE.open);
      await loader.load(true);
      const epoch = loader.epoch;
      const refresh = loader.refreshRegistration();
      loader.forget();
      expect(loader.epoch).to.equal(epoch + 1);
      expect(await refresh).to.equal(false);
      expect(loader.registration).to.equal(undefined);
    });
  });

  describe('the client', () => {
    it('keeps one default client per API base, and uses the page’s own client when set', async () => {
      let base = api.linkedEvents;
      const page: { client?: EnrolmentClient } = {};
      const { loader } = loaderFor(await makeHost(), COURSE.open, { apiBase: () => base, client: () => page.client });
      const first = loader.api;
      expect(first).to.be.instanceOf(LinkedEventsClient);
      expect(loader.api).to.equal(first);
      base = `${api.linkedEvents}other/`;
      expect(loader.api).not.to.equal(first);
      page.client = new LinkedEventsClient({ baseUrl: api.linkedEvents });
      expect(loader.api).to.equal(page.client);
    });
  });
});
