/**
 * The demo page's own script: a language switcher that flips `<html lang>` (and `dir`), as a
 * city site's would. The koto elements follow by themselves. Elements are registered by
 * loading the library's side-effect entry, exactly as an editor's `<script>` does.
 */
import '../src/define/all.js';

const TEXTS: Record<string, Record<string, string>> = {
  fi: {
    city: 'Porvoo',
    breadcrumb: 'Etusivu › Kasvatus ja koulutus › Kansalaisopisto',
    title: 'Kotoutumiskoulutus',
    lead: 'Porvoon kansalaisopisto järjestää kotoutumiskoulutusta suomeksi yhdessä työllisyyspalveluiden ja maahanmuuttajapalveluiden kanssa.',
    courses: 'Etsi kurssi',
    enrol: 'Ilmoittaudu',
    guidance: 'Varaa ohjausaika',
    contacts: 'Yhteystiedot',
    footer: 'Porvoon kaupunki · PL 23, 06101 Porvoo',
    doc: 'Kotoutumiskoulutus – Porvoon kaupunki',
  },
  sv: {
    city: 'Borgå',
    breadcrumb: 'Startsida › Fostran och utbildning › Medborgarinstitutet',
    title: 'Integrationsutbildning',
    lead: 'Borgå medborgarinstitut ordnar integrationsutbildning på finska tillsammans med sysselsättningstjänsterna och invandrartjänsterna.',
    courses: 'Sök en kurs',
    enrol: 'Anmäl dig',
    guidance: 'Boka en handledningstid',
    contacts: 'Kontaktuppgifter',
    footer: 'Borgå stad · PB 23, 06101 Borgå',
    doc: 'Integrationsutbildning – Borgå stad',
  },
  en: {
    city: 'Porvoo',
    breadcrumb: 'Home › Education › Adult Education Centre',
    title: 'Integration training',
    lead: 'The Porvoo Adult Education Centre runs integration training in Finnish together with employment services and integration services.',
    courses: 'Find a course',
    enrol: 'Enrol',
    guidance: 'Book a guidance appointment',
    contacts: 'Contacts',
    footer: 'City of Porvoo · P.O. Box 23, 06101 Porvoo',
    doc: 'Integration training – City of Porvoo',
  },
  uk: {
    city: 'Порвоо',
    breadcrumb: 'Головна › Освіта › Центр освіти дорослих',
    title: 'Інтеграційне навчання',
    lead: 'Центр освіти дорослих Порвоо організовує інтеграційне навчання фінською мовою разом зі службами зайнятості та службами інтеграції.',
    courses: 'Знайти курс',
    enrol: 'Записатися',
    guidance: 'Записатися на консультацію',
    contacts: 'Контакти',
    footer: 'Місто Порвоо · а/с 23, 06101 Porvoo',
    doc: 'Інтеграційне навчання – місто Порвоо',
  },
  ru: {
    city: 'Порвоо',
    breadcrumb: 'Главная › Образование › Центр образования взрослых',
    title: 'Интеграционное обучение',
    lead: 'Центр образования взрослых Порвоо организует интеграционное обучение на финском языке вместе со службами занятости и службами интеграции.',
    courses: 'Найти курс',
    enrol: 'Записаться',
    guidance: 'Записаться на консультацию',
    contacts: 'Контакты',
    footer: 'Город Порвоо · а/я 23, 06101 Porvoo',
    doc: 'Интеграционное обучение – город Порвоо',
  },
  ar: {
    city: 'بورفو',
    breadcrumb: 'الرئيسية › التعليم › مركز تعليم الكبار',
    title: 'تدريب الاندماج',
    lead: 'ينظم مركز تعليم الكبار في بورفو تدريب الاندماج باللغة الفنلندية مع خدمات التوظيف وخدمات الاندماج.',
    courses: 'ابحث عن دورة',
    enrol: 'سجّل',
    guidance: 'احجز موعد إرشاد',
    contacts: 'معلومات الاتصال',
    footer: 'مدينة بورفو · ص.ب. 23، 06101 Porvoo',
    doc: 'تدريب الاندماج – مدينة بورفو',
  },
};

const RTL = new Set(['ar']);

function setLang(lang: string): void {
  if (!TEXTS[lang]) lang = 'fi';
  const texts = TEXTS[lang]!;
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  document.title = texts.doc ?? document.title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = texts[el.dataset.i18n ?? ''];
    if (text) el.textContent = text;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  // The language is a preference, not personal data; kept for this tab only.
  sessionStorage.setItem('demo-lang', lang);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLang(button.dataset.lang ?? 'fi'));
}
setLang(new URLSearchParams(location.search).get('lang') ?? sessionStorage.getItem('demo-lang') ?? 'fi');
