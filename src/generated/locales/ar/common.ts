// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s03a7d1630c079ae1": `أي لغة؟`,
  "s10174786efd0b361": `حدث خطأ. تحقّق من المعلومات وحاول مرة أخرى.`,
  "s13b3f5afa0862d1c": `المكان`,
  "s3c4baa57a5e98f34": `الخدمة بطيئة في الرد. حاول مرة أخرى بعد قليل.`,
  "s4c09b80ef33ff29c": `في النهار`,
  "s504d83b92c9ed51e": `التواريخ`,
  "s52d4371285ee978e": `اكتب اللغة التي تحتاجها.`,
  "s5d609649063da8e4": `أرسلت الخدمة معلومات لا نستطيع قراءتها. حاول لاحقًا.`,
  "s613bb9793fd1b9c3": `انضم إلى قائمة الانتظار`,
  "s7ffa83cb4b9ffd62": `اختر اللغة التي تحتاجها.`,
  "s886cd0229d6e8da0": `اكتب رقم هاتفك. مثلًا: 040 123 4567.`,
  "s8f0a00b5d5ad634e": `في الخدمة مشكلة الآن. حاول مرة أخرى بعد قليل.`,
  "sa2bb97d896042171": `لغة أخرى`,
  "sbf4808a055e7aa00": `اختر`,
  "sc0a0c87d5c556c38": `رقم الهاتف`,
  "sc16e00a7a8b2fde2": `رجوع`,
  "scd1dd6ff53d0d01a": `حاول مرة أخرى`,
  "sd143a4364dbb71cd": `لا يوجد اتصال. تحقّق من الإنترنت وحاول مرة أخرى.`,
  "sd749d825af77d24a": str`الأماكن المتبقية: ${0}`,
  "sd8f1677c72280555": str`اللغة: ${0}`,
  "sdc78e5a21cf1a0f6": `توقّف الطلب. حاول مرة أخرى.`,
  "se22ec090b4d8b863": `لم تسمح الخدمة بذلك. تواصل معنا بالهاتف أو بالبريد الإلكتروني.`,
  "se99b15cc7bf4a89c": `الخدمة مشغولة الآن. انتظر قليلًا وحاول مرة أخرى.`,
  "sf0906bc724b223be": `لم نجد هذه المعلومات. ربما حُذفت.`,
};
