// The service worker (dist/sw.js), written by Workbox after each release build (`make build`):
// everything a learner needs is cached at the first visit, so that the app opens, and exams,
// practice and progress work, with no connection. A new build installs beside the old one and
// waits: the app offers "New version — reload" and never reloads by itself.
module.exports = {
  globDirectory: "dist/",
  globPatterns: ["**/*.{html,js,wasm,css,ron,ftl,svg,png,webmanifest}"],
  // The guides are for teachers online; the precompressed copies are the same files; 404.html
  // is index.html again; the light worker is the other choice (workbox-light.cjs); the learners'
  // copies of the banks and lessons, one per language, are for a first visit: the whole files
  // kept here serve every language.
  globIgnores: [
    "guide/**",
    "404.html",
    "**/*.gz",
    "**/*.br",
    "sw-light.js",
    "question-banks/lang/**",
    "lessons/lang/**",
  ],
  swDest: "dist/sw.js",
  // The app's modules are over Workbox's default limit of 2 MB (uncompressed).
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  // Every page of the app is index.html (the router reads the address), also offline.
  navigateFallback: "/index.html",
  navigateFallbackDenylist: [/^\/guide\//],
  // Banks and lessons are fetched as `…?v=<content hash>`: the cached copy is the same file.
  ignoreURLParametersMatching: [/^v$/],
  // The modules are named after their content (scripts/hash-names.sh): the name is the revision.
  dontCacheBustURLsMatching: /-[0-9a-f]{16}(?:_bg\.wasm|\.js)$/,
  cleanupOutdatedCaches: true,
  // The Workbox runtime in sw.js itself: nothing is fetched from elsewhere.
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: "production",
};
