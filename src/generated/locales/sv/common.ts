// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s10174786efd0b361": `Något gick fel. Kontrollera uppgifterna och försök igen.`,
  "s3c4baa57a5e98f34": `Tjänsten svarar långsamt. Försök igen om en stund.`,
  "s5d609649063da8e4": `Tjänsten skickade uppgifter som vi inte kan läsa. Försök igen senare.`,
  "s8f0a00b5d5ad634e": `Tjänsten har ett problem just nu. Försök igen om en stund.`,
  "sd143a4364dbb71cd": `Vi fick ingen kontakt. Kontrollera internetanslutningen och försök igen.`,
  "sd8f1677c72280555": str`Språk: ${0}`,
  "sdc78e5a21cf1a0f6": `Begäran avbröts. Försök igen.`,
  "se22ec090b4d8b863": `Tjänsten tillät inte detta. Kontakta oss per telefon eller e-post.`,
  "se99b15cc7bf4a89c": `Tjänsten är upptagen. Vänta en stund och försök igen.`,
  "sf0906bc724b223be": `Vi hittade inte uppgifterna. De kan ha tagits bort.`,
};
