/**
 * The search box and the filters, as a function of what is chosen. Strings come out in the
 * catalogue's locale because the catalogue calls this inside its render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { KeywordConfig, StudyPath } from '../../api/linked-events/course.js';
import type { LocalisedText } from '../../api/localised.js';
import { contentLang } from '../../shared/content.js';
import { formatMonth, weekdayName } from '../../shared/format.js';
import { collator } from '../../shared/intl.js';
import type { Locale } from '../../shared/localization.js';
import { chosenFilterCount, monthBounds, upcomingMonths, type CatalogueFilters } from './filters.js';
import type { FilterKey } from './search-state.js';

export interface SearchFormView {
  filters: CatalogueFilters;
  /** What the search box holds. */
  text: string;
  keywords: KeywordConfig;
  /** The places seen in the results so far. */
  places: ReadonlyMap<string, LocalisedText>;
  locale: Locale;
  now: number;
  onType: (text: string) => void;
  onSubmit: () => void;
  onChoose: (key: FilterKey, value: string) => void;
  onOpen: (open: boolean) => void;
}

const PATHS: StudyPath[] = ['slow', 'basic', 'fast', 'literacy'];

/**
 * The places by name in the interface language, sorted again only when a place was added (the
 * map only grows) or the language changed: not on every render (issue 18: with the month names,
 * whose fromZoned is cached now, 22 ms of each filter change at 4× CPU throttling).
 */
const sortedPlaces = new WeakMap<
  ReadonlyMap<string, LocalisedText>,
  { size: number; locale: string; sorted: readonly (readonly [string, LocalisedText])[] }
>();
function placesByName(
  places: ReadonlyMap<string, LocalisedText>,
  locale: Locale,
): readonly (readonly [string, LocalisedText])[] {
  let entry = sortedPlaces.get(places);
  if (entry?.size !== places.size || entry.locale !== locale) {
    const { compare } = collator(locale);
    entry = { size: places.size, locale, sorted: [...places].sort((a, b) => compare(a[1].text, b[1].text)) };
    sortedPlaces.set(places, entry);
  }
  return entry.sorted;
}

/** An option of a filter's list: its value, its text, and the language of that text when it is not the interface's. */
type Choice = readonly [value: string, label: string, lang?: string | typeof nothing];

function renderFilters(v: SearchFormView): TemplateResult {
  const f = v.filters;
  // `selected` gives the first render its value (the options do not exist yet when the
  // select's `.value` is set); `.value` keeps it right after the learner has used the
  // select, when browsers stop following the attribute.
  const select = (key: FilterKey, id: string, label: string, any: string, choices: Choice[], hint?: string) => {
    const chosen = f[key]?.toString() ?? '';
    return html`<div class="field ${hint ? 'with-hint' : ''}">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        @change=${(e: Event) => v.onChoose(key, (e.target as HTMLSelectElement).value)}
        .value=${chosen}
      >
        ${[['', any] as Choice, ...choices].map(
          ([value, text, lang = nothing]) =>
            html`<option value=${value} ?selected=${value === chosen} lang=${lang}>${text}</option>`,
        )}
      </select>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    </div>`;
  };
  const pathLabel: Record<StudyPath, string> = {
    slow: msg('Slow path'),
    basic: msg('Basic path'),
    fast: msg('Fast path'),
    literacy: msg('Literacy training'),
  };
  const weekdays = Object.keys(v.keywords.weekdays)
    .map(Number)
    .sort((a, b) => a - b);
  const places = placesByName(v.places, v.locale);
  // A place chosen in the address, not seen in a page yet: offered too, last.
  const unseen = f.place && !v.places.has(f.place) ? [[f.place, { text: f.place, lang: v.locale }] as const] : [];
  const months = upcomingMonths(v.now);
  if (f.month && !months.includes(f.month)) months.unshift(f.month);
  const chosen = chosenFilterCount(f);
  return html`<fieldset class="filters" part="filters">
    <legend>
      ${msg('Filter courses')}${chosen ? html` <span class="chosen">(${msg(str`chosen: ${chosen}`)})</span>` : nothing}
    </legend>
    <div class="grid">
      ${select(
        'path',
        'f-path',
        msg('Study path'),
        msg('All paths'),
        PATHS.map((p) => [p, pathLabel[p]]),
        // The official names ("hitaasti etenevien polku") say little to a beginner: what a path means.
        msg('Slow path: you study at a calm pace. Fast path: you study fast. Before the course, we help you choose.'),
      )}
      ${select(
        'level',
        'f-level',
        msg('Level'),
        msg('All levels'),
        Object.keys(v.keywords.levels).map((l) => [l, l]),
      )}
      ${select('time', 'f-time', msg('Time of day'), msg('Any time'), [
        ['daytime', msg('Daytime')],
        ['evening', msg('Evening (from 16.00)')],
      ])}
      ${select(
        'weekday',
        'f-day',
        msg('Weekday'),
        msg('Any day'),
        weekdays.map((d) => [String(d), weekdayName(d, v.locale)]),
      )}
      ${select(
        'place',
        'f-place',
        msg('Place'),
        msg('All places'),
        [...places, ...unseen].map(([id, name]) => [id, name.text, contentLang(name, v.locale)]),
      )}
      ${select(
        'month',
        'f-month',
        msg('Starts in'),
        msg('Any month'),
        months.map((m) => [m, formatMonth(monthBounds(m)!.start, v.locale)]),
      )}
      <label class="choice check">
        <input
          id="f-open"
          type="checkbox"
          .checked=${f.open}
          @change=${(e: Event) => v.onOpen((e.target as HTMLInputElement).checked)}
        />
        ${msg('Enrolment open now')}
      </label>
    </div>
  </fieldset>`;
}

export function renderSearchForm(v: SearchFormView): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    v.onSubmit();
  };
  return html`<form class="search" part="search" role="search" @submit=${submit}>
    <div class="field search-field">
      <label for="search">${msg('Search courses')}</label>
      <div class="search-row">
        <input
          id="search"
          type="search"
          autocomplete="off"
          .value=${v.text}
          @input=${(e: Event) => v.onType((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button">${msg('Search')}</button>
      </div>
    </div>
    ${renderFilters(v)}
  </form>`;
}
