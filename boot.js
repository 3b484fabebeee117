// Loads the WebAssembly app. Kept in a file (not inline) so the Content-Security-Policy can forbid
// inline scripts.
import init from "/sportello.js";
init({ module_or_path: "/sportello_bg.wasm" });
