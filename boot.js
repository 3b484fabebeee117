// Loads the WebAssembly app. The home, about and settings pages — what a first visit usually
// sees — get the light shell; the question editor, a teachers' tool, gets its own module; every
// other page gets the full app, which also handles later navigation. Kept in a file (not inline)
// so the Content-Security-Policy can forbid inline scripts.
const light = ["/", "/about", "/settings"];
const path = location.pathname.replace(/\/+$/, "") || "/";
const name = light.includes(path) ? "shell" : path === "/teacher/editor" ? "editor" : "sportello";
const { default: init } = await import(`/${name}.js`);
init({ module_or_path: `/${name}_bg.wasm` });
