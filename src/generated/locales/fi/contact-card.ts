// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s06a338683ba7a14c": str`Sulkeutuu ${0} klo ${1}.`,
  "s11929203a89f3f6a": `Yhteystietoja ei ole otettu käyttöön tällä sivulla.`,
  "s181df20f32c3acc6": str`Aikoja tänään klo ${0} asti.`,
  "s1c09f6e2c9f8ed97": str`${0}: suljettu`,
  "s232b3659a1e0cbf1": `Vain ajanvarauksella.`,
  "s25dc3a2f2016bdc6": `Postiosoite`,
  "s2a82e29f72780871": `Puhelu maksaa saman verran kuin tavallinen puhelu.`,
  "s365950d7b4c75a05": `Suljettu nyt.`,
  "s3c5a17d03144aecc": str`Sulkeutuu huomenna klo ${0}.`,
  "s581c0e089ccd0edb": `Tekstiviesti maksaa saman verran kuin tavallinen tekstiviesti.`,
  "s708c258484938ee0": str`Avautuu tänään klo ${0}.`,
  "s7c2cf0cde90893f0": str`Tallenna yhteystieto: ${0}`,
  "s7ceec1a1304b3328": `Lähetä sähköpostia`,
  "s81797c40453d21d7": str`Sulkeutuu klo ${0}.`,
  "s81fa26ccde47d6b4": `(avautuu uuteen välilehteen)`,
  "s8fc090eb8bfeb278": `Lähetä tekstiviesti`,
  "s9313711f40d05d84": str`Seuraavat ajat tänään klo ${0}.`,
  "s93298055962da749": str`Palvelukielet: ${0}`,
  "s94c937c6b12c1264": str`Kielet: ${0}`,
  "s97a4190d69019bce": `Tekstiviestin lähettäminen on maksutonta.`,
  "s9b8880edebf83a92": `Suljettu tänään.`,
  "s9f112647ef5d7a04": `Tallenna yhteystieto`,
  "sa52019eb4cf786a2": str`Seuraavat ajat huomenna klo ${0}.`,
  "sa6586e2134bac214": `Puhelu on maksuton.`,
  "sa9429a6d4be4567c": `Varattavat ajat`,
  "sb437aec4b4a88f19": `Emme voineet hakea aukioloaikoja.`,
  "sc2e3c32f02da39a3": `Haemme toimistojen tietoja…`,
  "sc7ac66658cd1286a": str`Avautuu ${0} klo ${1}.`,
  "sca72296c6f65b84b": `Auki aina, joka päivä.`,
  "scf91b948ffa25c1a": `Tekstiviesti maksaa enemmän kuin tavallinen tekstiviesti:`,
  "sdb46e9b73d2d55f4": `Käyntiosoite`,
  "sdf73f117d204de1e": str`Avautuu huomenna klo ${0}.`,
  "sdfa47b9ce9ac1889": `Soita`,
  "se0037ef7381315e2": `Puhelu maksaa enemmän kuin tavallinen puhelu:`,
  "se34cf8bb17b2b0d6": str`Seuraavat ajat ${0} klo ${1}.`,
  "seae685356b4c9e64": `Aukioloajat`,
  "sec41e50030e29ab1": `Avoinna nyt.`,
  "sf2c29e199c990fd0": `Faksi`,
  "sf3ef3c115a779fa7": `Näytä kartalla`,
  "sffd73f92604ef53a": `Muutetut ajat tulevina viikkoina`,
};
