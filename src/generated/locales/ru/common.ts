// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s10174786efd0b361": `Что-то пошло не так. Проверьте данные и попробуйте ещё раз.`,
  "s3c4baa57a5e98f34": `Сервис отвечает медленно. Попробуйте ещё раз чуть позже.`,
  "s5d609649063da8e4": `Сервис прислал данные, которые мы не можем прочитать. Попробуйте позже.`,
  "s8f0a00b5d5ad634e": `В сервисе сейчас проблема. Попробуйте ещё раз чуть позже.`,
  "sd143a4364dbb71cd": `Нет соединения. Проверьте интернет и попробуйте ещё раз.`,
  "sd8f1677c72280555": str`Язык: ${0}`,
  "sdc78e5a21cf1a0f6": `Запрос остановлен. Попробуйте ещё раз.`,
  "se22ec090b4d8b863": `Сервис не разрешил это действие. Свяжитесь с нами по телефону или по электронной почте.`,
  "se99b15cc7bf4a89c": `Сервис сейчас занят. Подождите немного и попробуйте ещё раз.`,
  "sf0906bc724b223be": `Мы не нашли эту информацию. Возможно, её удалили.`,
};
