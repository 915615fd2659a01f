// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';
import { html } from 'lit';

export const templates = {
  "hfa0c9ad423e171fe": html`Показать на карте<span class="visually-hidden">: ${0} (откроется в новой вкладке)</span>`,
  "s06a338683ba7a14c": str`Закрывается в ${0} в ${1}.`,
  "s181df20f32c3acc6": str`Приём сегодня до ${0}.`,
  "s1c09f6e2c9f8ed97": str`${0}: закрыто`,
  "s232b3659a1e0cbf1": `Только по записи.`,
  "s24b143b24d6be007": `Звонок по обычной цене`,
  "s25dc3a2f2016bdc6": `Почтовый адрес`,
  "s365950d7b4c75a05": `Сейчас закрыто.`,
  "s3c5a17d03144aecc": str`Закрывается завтра в ${0}.`,
  "s708c258484938ee0": str`Открывается сегодня в ${0}.`,
  "s7ceec1a1304b3328": `Написать письмо`,
  "s81797c40453d21d7": str`Закрывается в ${0}.`,
  "s8fc090eb8bfeb278": `Отправить SMS`,
  "s9021801b67ea0b08": `Бесплатно`,
  "s9313711f40d05d84": str`Ближайший приём сегодня в ${0}.`,
  "s93298055962da749": str`Языки обслуживания: ${0}`,
  "s94c937c6b12c1264": str`Языки: ${0}`,
  "s9b8880edebf83a92": `Сегодня закрыто.`,
  "s9f112647ef5d7a04": `Сохранить контакт`,
  "sa52019eb4cf786a2": str`Ближайший приём завтра в ${0}.`,
  "sa9429a6d4be4567c": `Время приёма по записи`,
  "sb437aec4b4a88f19": `Мы не смогли получить часы работы.`,
  "sc2e3c32f02da39a3": `Ищем информацию об офисах…`,
  "sc7ac66658cd1286a": str`Открывается в ${0} в ${1}.`,
  "sca72296c6f65b84b": `Открыто круглосуточно, каждый день.`,
  "sdb46e9b73d2d55f4": `Адрес для посещения`,
  "sdf73f117d204de1e": str`Открывается завтра в ${0}.`,
  "sdfa47b9ce9ac1889": `Позвонить`,
  "se34cf8bb17b2b0d6": str`Ближайший приём в ${0} в ${1}.`,
  "seae685356b4c9e64": `Часы работы`,
  "sec41e50030e29ab1": `Сейчас открыто.`,
  "sf2c29e199c990fd0": `Факс`,
  "sffd73f92604ef53a": `Другое время работы в ближайшие недели`,
};
