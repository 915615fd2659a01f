// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  s03a7d163: `Vilket språk?`,
  s10174786: `Något gick fel. Kontrollera uppgifterna och försök igen.`,
  s13b3f5af: `Plats`,
  s2c2bdedc: `Det gick inte, eftersom tjänsten inte tillät det. Ring eller skicka e-post till medborgarinstitutet.`,
  s3c4baa57: `Tjänsten svarar långsamt. Försök igen om en stund.`,
  s4c09b80e: `På dagen`,
  s504d83b9: `Datum`,
  s5232395a: `Till webbredaktören:`,
  s52d43712: `Skriv språket du behöver.`,
  s5d609649: `Tjänsten skickade uppgifter som vi inte kan läsa. Försök igen senare.`,
  s613bb979: `Ställ dig i kön`,
  s6ebc9bd6: `Laddar…`,
  s7ffa83cb: `Välj språket du behöver.`,
  s886cd022: `Skriv ditt telefonnummer. Till exempel 040 123 4567.`,
  s8af0f440: `Fråga medborgarinstitutet om hjälp.`,
  s8f0a00b5: `Tjänsten har ett problem just nu. Försök igen om en stund.`,
  s9f96e175: `vintertid`,
  sa12a3a69: `Om det fortfarande inte fungerar, ladda om sidan.`,
  sa283e508: `Dagar och tider`,
  sa2bb97d8: `Annat språk`,
  sb2abec31: `Det avbröts innan det var klart. Försök igen.`,
  sbe40d10c: `Meddelande från tjänsten:`,
  sbf4808a0: `Välj`,
  sc0a0c87d: `Telefonnummer`,
  sc16e00a7: `Tillbaka`,
  sc6b53063: `sommartid`,
  sc75b638d: `Arrangör`,
  scd1dd6ff: `Försök igen`,
  sd143a436: `Vi fick ingen kontakt. Kontrollera internetanslutningen och försök igen.`,
  sd377a9cb: `Undervisningsspråk`,
  sd749d825: str`Platser kvar: ${0}`,
  sd8f1677c: str`Språk: ${0}`,
  se99b15cc: `Tjänsten är upptagen. Vänta en stund och försök igen.`,
  sf0906bc7: `Vi hittade inte uppgifterna. De kan ha tagits bort.`,
};
