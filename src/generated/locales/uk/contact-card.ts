// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';
import { html } from 'lit';

export const templates = {
  "hfa0c9ad423e171fe": html`Показати на карті<span class="visually-hidden">: ${0} (відкриється в новій вкладці)</span>`,
  "s06a338683ba7a14c": str`Зачиняється у ${0} о ${1}.`,
  "s181df20f32c3acc6": str`Прийом сьогодні до ${0}.`,
  "s1c09f6e2c9f8ed97": str`${0}: зачинено`,
  "s232b3659a1e0cbf1": `Тільки за попереднім записом.`,
  "s24b143b24d6be007": `Дзвінок за звичайною ціною`,
  "s25dc3a2f2016bdc6": `Поштова адреса`,
  "s365950d7b4c75a05": `Зараз зачинено.`,
  "s3c5a17d03144aecc": str`Зачиняється завтра о ${0}.`,
  "s708c258484938ee0": str`Відчиняється сьогодні о ${0}.`,
  "s7ceec1a1304b3328": `Написати лист`,
  "s81797c40453d21d7": str`Зачиняється о ${0}.`,
  "s8fc090eb8bfeb278": `Надіслати SMS`,
  "s9021801b67ea0b08": `Безкоштовно`,
  "s9313711f40d05d84": str`Найближчий прийом сьогодні о ${0}.`,
  "s93298055962da749": str`Мови обслуговування: ${0}`,
  "s94c937c6b12c1264": str`Мови: ${0}`,
  "s9b8880edebf83a92": `Сьогодні зачинено.`,
  "s9f112647ef5d7a04": `Зберегти контакт`,
  "sa52019eb4cf786a2": str`Найближчий прийом завтра о ${0}.`,
  "sa9429a6d4be4567c": `Час прийому за записом`,
  "sb437aec4b4a88f19": `Ми не змогли отримати години роботи.`,
  "sc2e3c32f02da39a3": `Шукаємо інформацію про офіси…`,
  "sc7ac66658cd1286a": str`Відчиняється у ${0} о ${1}.`,
  "sca72296c6f65b84b": `Відчинено цілодобово, щодня.`,
  "sdb46e9b73d2d55f4": `Адреса для відвідування`,
  "sdf73f117d204de1e": str`Відчиняється завтра о ${0}.`,
  "sdfa47b9ce9ac1889": `Подзвонити`,
  "se34cf8bb17b2b0d6": str`Найближчий прийом у ${0} о ${1}.`,
  "seae685356b4c9e64": `Години роботи`,
  "sec41e50030e29ab1": `Зараз відчинено.`,
  "sf2c29e199c990fd0": `Факс`,
  "sffd73f92604ef53a": `Інші години роботи в найближчі тижні`,
};
