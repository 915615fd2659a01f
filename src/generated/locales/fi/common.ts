// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  s03a7d163: `Mikä kieli?`,
  s10174786: `Jokin meni vikaan. Tarkista tiedot ja yritä uudelleen.`,
  s13b3f5af: `Paikka`,
  s2c2bdedc: `Tämä ei onnistunut, koska palvelu ei sallinut sitä. Soita tai lähetä sähköpostia kansalaisopistoon.`,
  s3c4baa57: `Palvelu vastaa hitaasti. Yritä hetken päästä uudelleen.`,
  s4c09b80e: `Päivällä`,
  s504d83b9: `Päivämäärät`,
  s5232395a: `Verkkosivun ylläpitäjälle:`,
  s52d43712: `Kirjoita kieli, jota tarvitset.`,
  s5d609649: `Palvelu lähetti tietoja, joita emme voi lukea. Yritä myöhemmin uudelleen.`,
  s613bb979: `Ilmoittaudu jonoon`,
  s6ebc9bd6: `Ladataan…`,
  s7ffa83cb: `Valitse kieli, jota tarvitset.`,
  s886cd022: `Kirjoita puhelinnumerosi. Esimerkiksi 040 123 4567.`,
  s8af0f440: `Kysy apua kansalaisopistosta.`,
  s8f0a00b5: `Palvelussa on nyt ongelma. Yritä hetken päästä uudelleen.`,
  s9f96e175: `talviaika`,
  sa12a3a69: `Jos se ei vieläkään toimi, lataa sivu uudelleen.`,
  sa283e508: `Päivät ja ajat`,
  sa2bb97d8: `Muu kieli`,
  sb2abec31: `Tämä keskeytyi ennen kuin se oli valmis. Yritä uudelleen.`,
  sbe40d10c: `Palvelun viesti:`,
  sbf4808a0: `Valitse`,
  sc0a0c87d: `Puhelinnumero`,
  sc16e00a7: `Takaisin`,
  sc6b53063: `kesäaika`,
  sc75b638d: `Järjestäjä`,
  scd1dd6ff: `Yritä uudelleen`,
  sd143a436: `Yhteys ei toimi. Tarkista internetyhteys ja yritä uudelleen.`,
  sd377a9cb: `Opetuskieli`,
  sd749d825: str`Paikkoja jäljellä: ${0}`,
  sd8f1677c: str`Kieli: ${0}`,
  se99b15cc: `Palvelu on kiireinen. Odota hetki ja yritä uudelleen.`,
  sf0906bc7: `Tietoa ei löytynyt. Se on ehkä poistettu.`,
};
