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
