/**
 * Where each API lives, set once per page.
 *
 * An element's own `api-base` attribute wins; otherwise the base set with
 * `setApiBase()` (for portals); otherwise a `<meta>` tag a web editor can paste once:
 *
 * ```html
 * <meta name="koto-elements:linked-events" content="https://api.hel.fi/linkedevents/v1/">
 * <meta name="koto-elements:respa" content="https://api.hel.fi/respa/v1/">
 * <meta name="koto-elements:ptv" content="https://api.palvelutietovaranto.suomi.fi/api/v11/">
 * ```
 */
export type ApiName = 'linkedEvents' | 'respa' | 'ptv';

const META_NAMES: Record<ApiName, string> = {
  linkedEvents: 'koto-elements:linked-events',
  respa: 'koto-elements:respa',
  ptv: 'koto-elements:ptv',
};

const pageBases: Partial<Record<ApiName, string>> = {};

/** Sets the base URL of one or more APIs for every koto element on the page. */
export function setApiBase(bases: Partial<Record<ApiName, string>>): void {
  Object.assign(pageBases, bases);
}

/** The page-level base URL of an API (from `setApiBase()`, else the `<meta>` tag), or `undefined`. */
export function pageApiBase(api: ApiName): string | undefined {
  const set = pageBases[api];
  if (set) return set;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${META_NAMES[api]}"]`);
  return meta?.content.trim() || undefined;
}

/** The `<meta>` tag that gives an API's address, as an editor writes it (for "not set up" notices). */
export const metaTag = (api: ApiName): string => `<meta name="${META_NAMES[api]}">`;
