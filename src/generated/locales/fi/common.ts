// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s10174786efd0b361": `Jokin meni vikaan. Tarkista tiedot ja yritä uudelleen.`,
  "s3c4baa57a5e98f34": `Palvelu vastaa hitaasti. Yritä hetken päästä uudelleen.`,
  "s5d609649063da8e4": `Palvelu lähetti tietoja, joita emme voi lukea. Yritä myöhemmin uudelleen.`,
  "s8f0a00b5d5ad634e": `Palvelussa on nyt ongelma. Yritä hetken päästä uudelleen.`,
  "sd143a4364dbb71cd": `Yhteys ei toimi. Tarkista internetyhteys ja yritä uudelleen.`,
  "sd8f1677c72280555": str`Kieli: ${0}`,
  "sdc78e5a21cf1a0f6": `Pyyntö keskeytyi. Yritä uudelleen.`,
  "se22ec090b4d8b863": `Palvelu ei sallinut tätä. Ota yhteyttä puhelimella tai sähköpostilla.`,
  "se99b15cc7bf4a89c": `Palvelu on kiireinen. Odota hetki ja yritä uudelleen.`,
  "sf0906bc724b223be": `Tietoa ei löytynyt. Se on ehkä poistettu.`,
};
