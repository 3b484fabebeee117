// With no connection, a page whose module this phone has not kept (the learner keeps only what
// is opened) cannot start: boot.js loads this file to say so, in the learner's language (the
// app's messages are in the module that could not load). Apart from boot.js, so that no first
// visit downloads it.
export default function notKept() {
  const said = {
    it: "Questa pagina non è ancora salvata su questo telefono. Collegati a internet per aprirla.",
    en: "This page is not saved on this phone yet. Connect to the internet to open it.",
    es: "Esta página todavía no está guardada en este teléfono. Conéctate a internet para abrirla.",
    fr: "Cette page n'est pas encore enregistrée sur ce téléphone. Connectez-vous à internet pour l'ouvrir.",
    sq: "Kjo faqe nuk është ruajtur ende në këtë telefon. Lidhuni me internetin për ta hapur.",
    uk: "Цю сторінку ще не збережено на цьому телефоні. Підключіться до інтернету, щоб її відкрити.",
    ar: "هذه الصفحة غير محفوظة على هذا الهاتف بعد. اتصل بالإنترنت لفتحها.",
    ur: "یہ صفحہ ابھی اس فون پر محفوظ نہیں ہے۔ اسے کھولنے کے لیے انٹرنیٹ سے جڑیں۔",
    bn: "এই পাতাটি এখনও এই ফোনে সংরক্ষিত হয়নি। এটি খুলতে ইন্টারনেটে যুক্ত হন।",
    zh: "此页面还没有保存在这部手机上。请连接互联网后再打开。",
  };
  let language = "";
  try {
    language = localStorage.getItem("sportello.language") ?? "";
  } catch {
    // Storage blocked by the browser: the message is said in Italian.
  }
  if (!said[language]) language = "it";
  const root = document.documentElement;
  root.lang = language;
  root.dir = language === "ar" || language === "ur" ? "rtl" : "ltr";
  const message = document.createElement("p");
  message.className = "notice warning not-kept";
  message.setAttribute("role", "alert");
  message.dataset.testid = "not-kept";
  message.textContent = said[language];
  const main = document.createElement("main");
  main.append(message);
  document.body.append(main);
}
