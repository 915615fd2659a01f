// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s10174786efd0b361": `Щось пішло не так. Перевірте дані і спробуйте ще раз.`,
  "s3c4baa57a5e98f34": `Сервіс відповідає повільно. Спробуйте ще раз трохи пізніше.`,
  "s5d609649063da8e4": `Сервіс надіслав дані, які ми не можемо прочитати. Спробуйте пізніше.`,
  "s8f0a00b5d5ad634e": `У сервісі зараз проблема. Спробуйте ще раз трохи пізніше.`,
  "sd143a4364dbb71cd": `Немає з’єднання. Перевірте інтернет і спробуйте ще раз.`,
  "sd8f1677c72280555": str`Мова: ${0}`,
  "sdc78e5a21cf1a0f6": `Запит зупинено. Спробуйте ще раз.`,
  "se22ec090b4d8b863": `Сервіс не дозволив цю дію. Зв’яжіться з нами телефоном або електронною поштою.`,
  "se99b15cc7bf4a89c": `Сервіс зараз зайнятий. Зачекайте трохи і спробуйте ще раз.`,
  "sf0906bc724b223be": `Ми не знайшли цю інформацію. Можливо, її видалили.`,
};
