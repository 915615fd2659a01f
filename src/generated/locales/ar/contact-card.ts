// Do not modify this file by hand!
// Re-generate this file by running `npm run localize:build` (lit-localize build + scripts/localize-split.mjs).

/* eslint-disable no-irregular-whitespace */
/* eslint-disable @typescript-eslint/no-explicit-any */

import { str } from '@lit/localize';

export const templates = {
  "s06a338683ba7a14c": str`يُغلق يوم ${0} الساعة ${1}.`,
  "s181df20f32c3acc6": str`المواعيد اليوم حتى الساعة ${0}.`,
  "s1c09f6e2c9f8ed97": str`${0}: مغلق`,
  "s232b3659a1e0cbf1": `بموعد مسبق فقط.`,
  "s24b143b24d6be007": `بسعر المكالمة العادي`,
  "s25dc3a2f2016bdc6": `العنوان البريدي`,
  "s365950d7b4c75a05": `مغلق الآن.`,
  "s3c5a17d03144aecc": str`يُغلق غدًا الساعة ${0}.`,
  "s708c258484938ee0": str`يُفتح اليوم الساعة ${0}.`,
  "s7ceec1a1304b3328": `أرسل بريدًا إلكترونيًا`,
  "s81797c40453d21d7": str`يُغلق الساعة ${0}.`,
  "s81fa26ccde47d6b4": `(يُفتح في تبويب جديد)`,
  "s8fc090eb8bfeb278": `أرسل رسالة نصية`,
  "s9021801b67ea0b08": `مجانًا`,
  "s9313711f40d05d84": str`المواعيد التالية اليوم الساعة ${0}.`,
  "s93298055962da749": str`لغات الخدمة: ${0}`,
  "s94c937c6b12c1264": str`اللغات: ${0}`,
  "s9b8880edebf83a92": `مغلق اليوم.`,
  "s9f112647ef5d7a04": `احفظ جهة الاتصال`,
  "sa52019eb4cf786a2": str`المواعيد التالية غدًا الساعة ${0}.`,
  "sa9429a6d4be4567c": `أوقات المواعيد`,
  "sb437aec4b4a88f19": `لم نتمكن من الحصول على ساعات العمل.`,
  "sc2e3c32f02da39a3": `نبحث عن معلومات المكاتب…`,
  "sc7ac66658cd1286a": str`يُفتح يوم ${0} الساعة ${1}.`,
  "sca72296c6f65b84b": `مفتوح 24 ساعة، كل يوم.`,
  "sdb46e9b73d2d55f4": `عنوان الزيارة`,
  "sdf73f117d204de1e": str`يُفتح غدًا الساعة ${0}.`,
  "sdfa47b9ce9ac1889": `اتصل`,
  "se34cf8bb17b2b0d6": str`المواعيد التالية يوم ${0} الساعة ${1}.`,
  "seae685356b4c9e64": `ساعات العمل`,
  "sec41e50030e29ab1": `مفتوح الآن.`,
  "sf2c29e199c990fd0": `فاكس`,
  "sf3ef3c115a779fa7": `اعرض على الخريطة`,
  "sffd73f92604ef53a": `ساعات عمل مختلفة في الأسابيع القادمة`,
};
