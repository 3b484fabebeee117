// Loads the WebAssembly app. The home, about and settings pages — what a first visit usually
// sees — get the light shell; the exam (/exam) and the teachers' pages (/teacher…) each get their
// own module; every other page gets the learners' app (practice, progress, lessons), which also
// handles later navigation among them. Kept in a file (not
// inline) so the Content-Security-Policy can forbid inline scripts.
const light = ["/", "/about", "/settings"];
const path = location.pathname.replace(/\/+$/, "") || "/";
const teacher = path === "/teacher" || path.startsWith("/teacher/");
const name = light.includes(path)
  ? "shell"
  : path === "/exam"
    ? "exam"
    : teacher
      ? "teacher"
      : "sportello";
// The modules' files are named after their content by `make build` (scripts/hash-names.sh fills
// this line): a new build is new names, so a returning visitor never runs an old glue with a new
// wasm. Empty with `trunk serve`: the plain names.
const hashed = {};
const file = hashed[name] ?? name;
// While the module downloads (seconds on a slow phone connection) the page says so, in the
// learner's language: the `loading-app` message of locales/shell (tests/locales.rs keeps them
// equal), since the app's messages come with its module. The app takes its place once it starts.
const opening = {
  it: "Sto aprendo la pagina…",
  en: "Opening the page…",
  fr: "Ouverture de la page…",
  es: "Abriendo la página…",
  ar: "جارٍ فتح الصفحة…",
  bn: "পাতাটি খোলা হচ্ছে…",
  sq: "Po hapet faqja…",
  uk: "Відкриваємо сторінку…",
  ur: "صفحہ کھل رہا ہے…",
  zh: "正在打开页面…",
};
let saved = null;
try {
  saved = localStorage.getItem("sportello.language");
} catch {
  // Storage blocked by the browser: its languages decide, and the app still starts.
}
const language = [saved, ...(navigator.languages ?? []).map((tag) => tag.slice(0, 2))].find(
  (tag) => opening[tag],
) ?? "it";
const loading = document.createElement("p");
loading.className = "boot-loading";
loading.setAttribute("role", "status");
loading.dataset.testid = "boot-loading";
loading.lang = language;
loading.dir = language === "ar" || language === "ur" ? "rtl" : "ltr";
loading.textContent = opening[language];
document.body.append(loading);
// The interface messages in the learner's language, asked for now, while the module downloads,
// rather than once it starts: the app (src/i18n/messages.rs) takes them from
// `sportelloMessages`, by path. Each module has Italian built in (the checker's messages,
// English). `no-cache`: the host (or the service worker's copy) says which text is current, so
// it is the one of the module it serves.
const messageSets = {
  shell: ["shell"],
  exam: ["shell", "app"],
  sportello: ["shell", "app"],
  teacher: ["shell", "app", "teacher", "checker"],
};
window.sportelloMessages = Object.fromEntries(
  messageSets[name]
    .filter((set) => language !== (set === "checker" ? "en" : "it"))
    .map((set) => {
      const path = `/messages/${set}/${language}.ftl`;
      const text = fetch(path, { cache: "no-cache" })
        .then((response) => (response.ok ? response.text() : null))
        .catch(() => null);
      return [path, text];
    }),
);
// With no connection, a page whose module this phone has not kept (the learner keeps only what
// is opened) cannot start: not-kept.js, kept with the page itself, says so.
const notKept = () => {
  loading.remove();
  return import("/not-kept.js").then((said) => said.default());
};
// The module is asked for beside its glue, not once the glue is there: one round trip less
// before the page shows. (Marked as handled: with no connection, notKept says why.)
const code = fetch(`/${file}_bg.wasm`);
code.catch(() => {});
try {
  const { default: init } = await import(`/${file}.js`);
  // The app removes the message when it shows (src/lib.rs), once its messages are there too.
  init({ module_or_path: code }).catch(notKept);
} catch {
  notKept();
}

// The service worker keeps the app for use with no connection, as the learner chose in Settings
// (`sportello.offline`, saved by the app as {"schema": N, "data": "all" | "used" | "none"}, or
// true / false before there was a middle choice): "all" keeps every page, bank and lesson after
// the first visit (sw.js), "used" only what is opened (sw-light.js), "none" nothing. With no
// choice, a first visit on mobile data or with data saver on keeps only what is used, any other
// everything; a later visit goes on as the first did. A new version installs beside the running
// one and waits: the page is told (the app shows "New version — reload",
// src/components/update_banner.rs) and moves to it only when the learner asks, so an exam in
// progress is never interrupted.
//
// For the app, set before it starts: `sportelloKeeping`, the choice in effect; `sportelloWholeKept`
// when the whole copy (sw.js) serves the page, so the app reads every bank from the phone rather
// than download the lighter learners' copy; and, when no worker controls the page yet (the first
// visit), `sportelloFirstKeep`, the choice being applied; later, `sportelloKept`, the bytes the
// site stores once it is kept (event "sportello-kept").
if ("serviceWorker" in navigator) {
  const worker = navigator.serviceWorker;
  const scripts = { all: "/sw.js", used: "/sw-light.js" };
  // Set when the learner asks for the new version in this tab: only this tab reloads (another
  // tab, perhaps in an exam, keeps running until its learner asks too).
  let asked = false;
  // Set while a change of choice installs its worker: it takes over at once, with no banner.
  let switching = false;
  const offer = (waiting) => {
    window.sportelloUpdate = () => {
      asked = true;
      waiting.postMessage({ type: "SKIP_WAITING" });
    };
    window.dispatchEvent(new Event("sportello-update"));
  };
  // Resolves once `registration` has an active worker.
  const activated = (registration) =>
    new Promise((resolve) => {
      const pending = registration.installing || registration.waiting;
      if (!pending) return resolve();
      pending.addEventListener("statechange", () => {
        if (pending.state === "activated" || pending.state === "redundant") resolve();
      });
    });
  // Registers the worker of `mode`; with `settle`, resolves once it is active.
  const keep = async (mode, settle) => {
    const registration = await worker.register(scripts[mode]);
    const installed = (waiting) => {
      if (!worker.controller) return;
      if (switching) waiting.postMessage({ type: "SKIP_WAITING" });
      else offer(waiting);
    };
    const watch = (candidate) =>
      candidate?.addEventListener("statechange", () => {
        if (candidate.state === "installed") installed(candidate);
      });
    // Only an update waits while a worker already controls the page (not the first install).
    if (registration.waiting) installed(registration.waiting);
    watch(registration.installing);
    registration.addEventListener("updatefound", () => watch(registration.installing));
    if (settle) await activated(registration);
  };
  // Forgets the kept copy: the worker and everything it stored.
  const forget = async () => {
    for (const registration of await worker.getRegistrations()) await registration.unregister();
    for (const name of await caches.keys()) await caches.delete(name);
  };
  // Settings calls it when the learner changes the choice.
  window.sportelloKeepOffline = async (mode) => {
    window.sportelloKeeping = mode;
    if (!scripts[mode]) return forget();
    switching = true;
    try {
      await keep(mode, true);
    } finally {
      switching = false;
    }
  };
  let saved;
  try {
    saved = JSON.parse(localStorage.getItem("sportello.offline"))?.data;
  } catch {
    // Unreadable: the app puts it aside; no choice stands.
  }
  const chosen = saved === true ? "all" : saved === false ? "none" : saved;
  const metered = () => {
    const connection = navigator.connection;
    return !!connection && (connection.saveData === true || connection.type === "cellular");
  };
  // Not controlled by a worker: the first visit (or one while the first copy is being made).
  const uncontrolled = !worker.controller;
  const isLight = (url) => (url ?? "").endsWith(scripts.used);
  window.sportelloWholeKept = !uncontrolled && !isLight(worker.controller.scriptURL);
  // The choice in effect, known before the app starts: the saved one; else the kind of copy that
  // controls this page; else, on a first visit, as the connection suggests.
  const mode =
    chosen === "none" || scripts[chosen]
      ? chosen
      : worker.controller
        ? isLight(worker.controller.scriptURL)
          ? "used"
          : "all"
        : metered()
          ? "used"
          : "all";
  window.sportelloKeeping = mode;
  // So that the app's notice is there from the first paint.
  if (mode !== "none" && uncontrolled) window.sportelloFirstKeep = mode;
  const start = async () => {
    if (mode === "none") return forget();
    let applied = mode;
    if (!scripts[chosen] && uncontrolled) {
      // A copy already made but not yet in control of this page keeps its kind.
      const registration = await worker.getRegistration();
      const current = registration?.active ?? registration?.waiting ?? registration?.installing;
      if (current) applied = isLight(current.scriptURL) ? "used" : "all";
      window.sportelloKeeping = applied;
    }
    // The first copy is measured once made; a later visit at once (an update may wait).
    await keep(applied, uncontrolled);
    const estimate = await navigator.storage?.estimate?.();
    window.sportelloKept = estimate?.usage ?? 0;
    window.dispatchEvent(new Event("sportello-kept"));
  };
  start().catch(() => {});
  worker.addEventListener("controllerchange", () => {
    if (asked) {
      asked = false;
      location.reload();
    }
  });
}
