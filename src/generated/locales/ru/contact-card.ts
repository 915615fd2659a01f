// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';
import { html } from 'lit';

export const templates = {
  "hfa0c9ad423e171fe": html`Показать на карте<span class="visually-hidden">: ${0} (откроется в новой вкладке)</span>`,
  "s181df20f32c3acc6": str`Приём сегодня до ${0}.`,
  "s232b3659a1e0cbf1": `Только по записи.`,
  "s24b143b24d6be007": `Звонок по обычной цене`,
  "s25dc3a2f2016bdc6": `Почтовый адрес`,
  "s365950d7b4c75a05": `Сейчас закрыто.`,
  "s480b227ca618e526": `завтра`,
  "s4d586586afd22d5f": str`Ближайший приём ${0} в ${1}.`,
  "s7ceec1a1304b3328": `Написать письмо`,
  "s81797c40453d21d7": str`Закрывается в ${0}.`,
  "s85530f5090e836c5": `закрыто`,
  "s8fc090eb8bfeb278": `Отправить SMS`,
  "s9021801b67ea0b08": `Бесплатно`,
  "s93298055962da749": str`Языки обслуживания: ${0}`,
  "s94c937c6b12c1264": str`Языки: ${0}`,
  "s9b8880edebf83a92": `Сегодня закрыто.`,
  "s9f112647ef5d7a04": `Сохранить контакт`,
  "sa411597d0674521e": `сегодня`,
  "sa9429a6d4be4567c": `Время приёма по записи`,
  "sb437aec4b4a88f19": `Мы не смогли получить часы работы.`,
  "sc033868885849ef9": str`Закрывается ${0} в ${1}.`,
  "sc2e3c32f02da39a3": `Ищем информацию об офисах…`,
  "sca72296c6f65b84b": `Открыто круглосуточно, каждый день.`,
  "sdb46e9b73d2d55f4": `Адрес для посещения`,
  "sdfa47b9ce9ac1889": `Позвонить`,
  "seae685356b4c9e64": `Часы работы`,
  "sec41e50030e29ab1": `Сейчас открыто.`,
  "sf2c29e199c990fd0": `Факс`,
  "sfaa14c320c9f257b": str`Открывается ${0} в ${1}.`,
  "sffd73f92604ef53a": `Другое время работы в ближайшие недели`,
};
