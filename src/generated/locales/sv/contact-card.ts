// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s06a338683ba7a14c": str`Stänger ${0} kl. ${1}.`,
  "s11929203a89f3f6a": `Kontaktuppgifterna är inte inställda på den här sidan.`,
  "s181df20f32c3acc6": str`Tider i dag till kl. ${0}.`,
  "s1c09f6e2c9f8ed97": str`${0}: stängt`,
  "s232b3659a1e0cbf1": `Endast med tidsbokning.`,
  "s25dc3a2f2016bdc6": `Postadress`,
  "s2a82e29f72780871": `Samtalet kostar lika mycket som ett vanligt samtal.`,
  "s365950d7b4c75a05": `Stängt nu.`,
  "s3c5a17d03144aecc": str`Stänger i morgon kl. ${0}.`,
  "s581c0e089ccd0edb": `Ett sms kostar lika mycket som ett vanligt sms.`,
  "s708c258484938ee0": str`Öppnar i dag kl. ${0}.`,
  "s7c2cf0cde90893f0": str`Spara kontakten: ${0}`,
  "s7ceec1a1304b3328": `Skicka e-post`,
  "s81797c40453d21d7": str`Stänger kl. ${0}.`,
  "s81fa26ccde47d6b4": `(öppnas i en ny flik)`,
  "s8fc090eb8bfeb278": `Skicka sms`,
  "s9313711f40d05d84": str`Nästa tider i dag kl. ${0}.`,
  "s93298055962da749": str`Servicespråk: ${0}`,
  "s94c937c6b12c1264": str`Språk: ${0}`,
  "s97a4190d69019bce": `Det är gratis att skicka ett sms.`,
  "s9b8880edebf83a92": `Stängt i dag.`,
  "s9f112647ef5d7a04": `Spara kontakten`,
  "sa52019eb4cf786a2": str`Nästa tider i morgon kl. ${0}.`,
  "sa6586e2134bac214": `Samtalet är gratis.`,
  "sa9429a6d4be4567c": `Tider att boka`,
  "sb437aec4b4a88f19": `Vi kunde inte hämta öppettiderna.`,
  "sc2e3c32f02da39a3": `Vi hämtar kontorens uppgifter…`,
  "sc7ac66658cd1286a": str`Öppnar ${0} kl. ${1}.`,
  "sca72296c6f65b84b": `Öppet dygnet runt, alla dagar.`,
  "scf91b948ffa25c1a": `Ett sms kostar mer än ett vanligt sms:`,
  "sdb46e9b73d2d55f4": `Besöksadress`,
  "sdf73f117d204de1e": str`Öppnar i morgon kl. ${0}.`,
  "sdfa47b9ce9ac1889": `Ring`,
  "se0037ef7381315e2": `Samtalet kostar mer än ett vanligt samtal:`,
  "se34cf8bb17b2b0d6": str`Nästa tider ${0} kl. ${1}.`,
  "seae685356b4c9e64": `Öppettider`,
  "sec41e50030e29ab1": `Öppet nu.`,
  "sf2c29e199c990fd0": `Fax`,
  "sf3ef3c115a779fa7": `Visa på kartan`,
  "sffd73f92604ef53a": `Ändrade tider de närmaste veckorna`,
};
