// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';
import { html } from 'lit';

export const templates = {
  "hfa0c9ad423e171fe": html`Visa på kartan<span class="visually-hidden">: ${0} (öppnas i en ny flik)</span>`,
  "s181df20f32c3acc6": str`Tider i dag till kl. ${0}.`,
  "s232b3659a1e0cbf1": `Endast med tidsbokning.`,
  "s24b143b24d6be007": `Samtalet kostar som vanligt`,
  "s25dc3a2f2016bdc6": `Postadress`,
  "s365950d7b4c75a05": `Stängt nu.`,
  "s480b227ca618e526": `i morgon`,
  "s4d586586afd22d5f": str`Nästa tider ${0} kl. ${1}.`,
  "s7ceec1a1304b3328": `Skicka e-post`,
  "s81797c40453d21d7": str`Stänger kl. ${0}.`,
  "s85530f5090e836c5": `stängt`,
  "s8fc090eb8bfeb278": `Skicka sms`,
  "s9021801b67ea0b08": `Avgiftsfri`,
  "s93298055962da749": str`Servicespråk: ${0}`,
  "s94c937c6b12c1264": str`Språk: ${0}`,
  "s9b8880edebf83a92": `Stängt i dag.`,
  "s9f112647ef5d7a04": `Spara kontakten`,
  "sa411597d0674521e": `i dag`,
  "sa9429a6d4be4567c": `Tider att boka`,
  "sb437aec4b4a88f19": `Vi kunde inte hämta öppettiderna.`,
  "sc033868885849ef9": str`Stänger ${0} kl. ${1}.`,
  "sc2e3c32f02da39a3": `Vi hämtar kontorens uppgifter…`,
  "sca72296c6f65b84b": `Öppet dygnet runt, alla dagar.`,
  "sdb46e9b73d2d55f4": `Besöksadress`,
  "sdfa47b9ce9ac1889": `Ring`,
  "seae685356b4c9e64": `Öppettider`,
  "sec41e50030e29ab1": `Öppet nu.`,
  "sf2c29e199c990fd0": `Fax`,
  "sfaa14c320c9f257b": str`Öppnar ${0} kl. ${1}.`,
  "sffd73f92604ef53a": `Ändrade tider de närmaste veckorna`,
};
