/**
 * The headers every response of the site needs, shared by vite.config.ts (dev server and `vite preview`),
 * the built index.html (the policy as a <meta>) and the service worker (src/pwa/sw.ts adds the isolation headers
 * to what it serves from its caches). A static deploy sends the same (README, "Static deploy").
 */

/**
 * Cross-origin isolation lets the wasm backend share memory between threads (SharedArrayBuffer);
 * without it TF.js falls back to one thread.
 */
export const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

/**
 * The content security policy: the page's own origin and nothing else, no inline script. Each directive and
 * why (docs/ARCHITECTURE.md, "Content security policy"):
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // 'wasm-unsafe-eval' compiles WebAssembly (TF.js's wasm backend, our own wasm kernels) and nothing else:
  // eval and new Function stay blocked. blob: is the wasm backend's threads: each one imports the Emscripten
  // factory that tfjs-backend-wasm hands it as a Blob (scripts/vite/wasmThreadFactory.ts).
  ['script-src', "'self' 'wasm-unsafe-eval' blob:"],
  // The training and 2-D workers are files of the site; the wasm backend starts its threads from blob: URLs.
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self'"],
  // data: is a chart drawn as an SVG image onto a canvas, to save it as a PNG (ui/common/chartPng.ts).
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['style-src', "'self'"],
  // KaTeX writes its layout as style="…" attributes in the HTML it renders; attributes only, never a <style>.
  ['style-src-attr', "'unsafe-inline'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy as a <meta http-equiv> can carry it: browsers ignore frame-ancestors there (and say so). */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as a header, which can also refuse to be framed by another site. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;
