// The light service worker (dist/sw-light.js), for learners who keep only what they use (the
// default on mobile data or with data saver on; see boot.js): the page itself is kept at once,
// the rest as it is opened. Banks, lessons (the learners' copies in their language:
// src/catalog.rs, src/lessons.rs) and interface messages (src/i18n) are fetched as
// `…?v=<content hash>`, so a kept copy is served as it is, and so are the modules, named after
// their content; the page's styles and pictures are asked of the network first (a returning
// learner gets the new version) and served from the kept copy when there is no connection.
const full = require("./workbox-config.cjs");

// A host that answers with a server error (down, or a proxy with no connection behind it) counts
// as no connection: the kept copy is served.
const serverErrorIsOffline = {
  fetchDidSucceed: async ({ response }) => {
    if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
    return response;
  },
};

module.exports = {
  globDirectory: full.globDirectory,
  globPatterns: [
    "index.html",
    "boot.js",
    "not-kept.js",
    "*.css",
    "manifest.webmanifest",
    "icons/*",
  ],
  swDest: "dist/sw-light.js",
  navigateFallback: full.navigateFallback,
  navigateFallbackDenylist: full.navigateFallbackDenylist,
  cleanupOutdatedCaches: true,
  runtimeCaching: [
    {
      // The banks and lessons, the learners' copies of them in their language, and the
      // interface messages of that language (src/i18n).
      urlPattern: /\/(?:question-banks|lessons|messages)\/.+\.(?:ron|json|ftl)\?v=[0-9a-f]+$/,
      handler: "CacheFirst",
      options: {
        cacheName: "sportello-used-files",
        expiration: { maxEntries: 400 },
        plugins: [serverErrorIsOffline],
      },
    },
    {
      // The modules, named after their content (scripts/hash-names.sh): a name is never reused.
      urlPattern: /\/[a-z]+-[0-9a-f]{16}(?:_bg\.wasm|\.js)$/,
      handler: "CacheFirst",
      options: {
        cacheName: "sportello-used-modules",
        expiration: { maxEntries: 12 },
        plugins: [serverErrorIsOffline],
      },
    },
    {
      // The rest, the network first: the page's styles and pictures, and the messages boot.js
      // asks for while the module downloads (by their plain names: boot.js does not know their
      // versions; the app takes them, so they are all a later visit with no connection has).
      urlPattern: /\/[^/?]+\.(?:js|wasm|css|svg|png|webmanifest|ftl)$/,
      handler: "NetworkFirst",
      options: { cacheName: "sportello-used-app", plugins: [serverErrorIsOffline] },
    },
  ],
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: "production",
};
