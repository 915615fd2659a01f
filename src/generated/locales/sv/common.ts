// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s03a7d1630c079ae1": `Vilket språk?`,
  "s10174786efd0b361": `Något gick fel. Kontrollera uppgifterna och försök igen.`,
  "s13b3f5afa0862d1c": `Plats`,
  "s2c2bdedcd646946a": `Det gick inte, eftersom tjänsten inte tillät det. Ring eller skicka e-post till medborgarinstitutet.`,
  "s3c4baa57a5e98f34": `Tjänsten svarar långsamt. Försök igen om en stund.`,
  "s4c09b80ef33ff29c": `På dagen`,
  "s504d83b92c9ed51e": `Datum`,
  "s5232395a371fc368": `Till webbredaktören:`,
  "s52d4371285ee978e": `Skriv språket du behöver.`,
  "s5d609649063da8e4": `Tjänsten skickade uppgifter som vi inte kan läsa. Försök igen senare.`,
  "s613bb9793fd1b9c3": `Ställ dig i kön`,
  "s6ebc9bd6feae62a3": `Laddar…`,
  "s7ffa83cb4b9ffd62": `Välj språket du behöver.`,
  "s886cd0229d6e8da0": `Skriv ditt telefonnummer. Till exempel 040 123 4567.`,
  "s8af0f4404668a962": `Fråga medborgarinstitutet om hjälp.`,
  "s8f0a00b5d5ad634e": `Tjänsten har ett problem just nu. Försök igen om en stund.`,
  "s9f96e175a0a23f45": `vintertid`,
  "sa12a3a69796e0845": `Om det fortfarande inte fungerar, ladda om sidan.`,
  "sa283e5086f703815": `Dagar och tider`,
  "sa2bb97d896042171": `Annat språk`,
  "sb2abec318753a88f": `Det avbröts innan det var klart. Försök igen.`,
  "sbe40d10c23f843f2": `Meddelande från tjänsten:`,
  "sbf4808a055e7aa00": `Välj`,
  "sc0a0c87d5c556c38": `Telefonnummer`,
  "sc16e00a7a8b2fde2": `Tillbaka`,
  "sc6b530638a6ffbdd": `sommartid`,
  "sc75b638daebe95c1": `Arrangör`,
  "scd1dd6ff53d0d01a": `Försök igen`,
  "sd143a4364dbb71cd": `Vi fick ingen kontakt. Kontrollera internetanslutningen och försök igen.`,
  "sd377a9cbf19e2da8": `Undervisningsspråk`,
  "sd749d825af77d24a": str`Platser kvar: ${0}`,
  "sd8f1677c72280555": str`Språk: ${0}`,
  "se99b15cc7bf4a89c": `Tjänsten är upptagen. Vänta en stund och försök igen.`,
  "sf0906bc724b223be": `Vi hittade inte uppgifterna. De kan ha tagits bort.`,
};
