// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s03a7d1630c079ae1": `Mikä kieli?`,
  "s10174786efd0b361": `Jokin meni vikaan. Tarkista tiedot ja yritä uudelleen.`,
  "s13b3f5afa0862d1c": `Paikka`,
  "s2c2bdedcd646946a": `Tämä ei onnistunut, koska palvelu ei sallinut sitä. Soita tai lähetä sähköpostia kansalaisopistoon.`,
  "s3c4baa57a5e98f34": `Palvelu vastaa hitaasti. Yritä hetken päästä uudelleen.`,
  "s4c09b80ef33ff29c": `Päivällä`,
  "s504d83b92c9ed51e": `Päivämäärät`,
  "s5232395a371fc368": `Verkkosivun ylläpitäjälle:`,
  "s52d4371285ee978e": `Kirjoita kieli, jota tarvitset.`,
  "s5d609649063da8e4": `Palvelu lähetti tietoja, joita emme voi lukea. Yritä myöhemmin uudelleen.`,
  "s613bb9793fd1b9c3": `Ilmoittaudu jonoon`,
  "s6ebc9bd6feae62a3": `Ladataan…`,
  "s7ffa83cb4b9ffd62": `Valitse kieli, jota tarvitset.`,
  "s886cd0229d6e8da0": `Kirjoita puhelinnumerosi. Esimerkiksi 040 123 4567.`,
  "s8af0f4404668a962": `Kysy apua kansalaisopistosta.`,
  "s8f0a00b5d5ad634e": `Palvelussa on nyt ongelma. Yritä hetken päästä uudelleen.`,
  "s9f96e175a0a23f45": `talviaika`,
  "sa12a3a69796e0845": `Jos se ei vieläkään toimi, lataa sivu uudelleen.`,
  "sa283e5086f703815": `Päivät ja ajat`,
  "sa2bb97d896042171": `Muu kieli`,
  "sb2abec318753a88f": `Tämä keskeytyi ennen kuin se oli valmis. Yritä uudelleen.`,
  "sbe40d10c23f843f2": `Palvelun viesti:`,
  "sbf4808a055e7aa00": `Valitse`,
  "sc0a0c87d5c556c38": `Puhelinnumero`,
  "sc16e00a7a8b2fde2": `Takaisin`,
  "sc6b530638a6ffbdd": `kesäaika`,
  "sc75b638daebe95c1": `Järjestäjä`,
  "scd1dd6ff53d0d01a": `Yritä uudelleen`,
  "sd143a4364dbb71cd": `Yhteys ei toimi. Tarkista internetyhteys ja yritä uudelleen.`,
  "sd377a9cbf19e2da8": `Opetuskieli`,
  "sd749d825af77d24a": str`Paikkoja jäljellä: ${0}`,
  "sd8f1677c72280555": str`Kieli: ${0}`,
  "se99b15cc7bf4a89c": `Palvelu on kiireinen. Odota hetki ja yritä uudelleen.`,
  "sf0906bc724b223be": `Tietoa ei löytynyt. Se on ehkä poistettu.`,
};
