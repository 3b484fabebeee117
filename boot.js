// Loads the WebAssembly app. The home, about and settings pages — what a first visit usually
// sees — get the light shell; the teachers' pages (/teacher…) get their own module; every other
// page gets the learners' full app, which also handles later navigation. Kept in a file (not
// inline) so the Content-Security-Policy can forbid inline scripts.
const light = ["/", "/about", "/settings"];
const path = location.pathname.replace(/\/+$/, "") || "/";
const teacher = path === "/teacher" || path.startsWith("/teacher/");
const name = light.includes(path) ? "shell" : teacher ? "teacher" : "sportello";
const { default: init } = await import(`/${name}.js`);
init({ module_or_path: `/${name}_bg.wasm` });

// The service worker (sw.js, written by `make build`) keeps the app for use with no connection,
// unless the learner chose not to in Settings (`sportello.offline`, saved by the app as
// {"schema": N, "data": false}). A new version installs beside the running one and waits: the
// page is told (the app shows "New version — reload", src/components/update_banner.rs) and
// moves to it only when the learner asks, so an exam in progress is never interrupted.
if ("serviceWorker" in navigator) {
  const worker = navigator.serviceWorker;
  // Set when the learner asks for the new version in this tab: only this tab reloads (another
  // tab, perhaps in an exam, keeps running until its learner asks too).
  let asked = false;
  const offer = (waiting) => {
    window.sportelloUpdate = () => {
      asked = true;
      waiting.postMessage({ type: "SKIP_WAITING" });
    };
    window.dispatchEvent(new Event("sportello-update"));
  };
  const keep = () =>
    worker.register("/sw.js").then((registration) => {
      // Only an update waits while a worker already controls the page (not the first install).
      if (registration.waiting && worker.controller) offer(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        installing?.addEventListener("statechange", () => {
          if (installing.state === "installed" && worker.controller) offer(installing);
        });
      });
    });
  // Forgets the kept copy: the worker and everything it stored.
  const forget = async () => {
    for (const registration of await worker.getRegistrations()) await registration.unregister();
    for (const name of await caches.keys()) await caches.delete(name);
  };
  // Settings calls it when the learner changes the choice.
  window.sportelloKeepOffline = (on) => (on ? keep() : forget());
  let kept = true;
  try {
    kept = JSON.parse(localStorage.getItem("sportello.offline"))?.data !== false;
  } catch {
    // Unreadable: the app puts it aside; the default stands.
  }
  (kept ? keep() : forget()).catch(() => {});
  worker.addEventListener("controllerchange", () => {
    if (asked) {
      asked = false;
      location.reload();
    }
  });
}
