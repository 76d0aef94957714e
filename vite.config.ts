import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { katexAtBuildTime } from './scripts/vite/katexAtBuildTime.ts';
import { selfContainedWasmThreadFactory } from './scripts/vite/wasmThreadFactory.ts';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, CROSS_ORIGIN_ISOLATION } from './src/pwa/headers.ts';

/**
 * The content security policy as a <meta> in the built index.html, so a host that sends no such header still
 * has one. Build only: the dev server injects inline scripts (React refresh, the Vite client) that it forbids.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    katexAtBuildTime(),
    contentSecurityPolicyMeta(),
    VitePWA({
      // Our own service worker (src/pwa/sw.ts) around Workbox: it adds the isolation headers to cached responses
      // and keys the digits by their SHA-256, which the generated one cannot.
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      // A new version waits for the page's "Reload to update" (ui/common/UpdateNotice.tsx), never mid-run.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Mixup Playground',
        short_name: 'Mixup',
        description:
          'See what mixup does to MNIST digits and prove whether it helps, trained side by side in the browser.',
        theme_color: '#1e293b',
        background_color: '#1e293b',
        display: 'standalone',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        // The app shell, wasm binaries and KaTeX fonts; the digits (public/data) are cached when first fetched.
        globPatterns: ['**/*.{js,css,html,wasm,woff2,svg,png,webmanifest}'],
        globIgnores: ['data/**'],
        // The training worker's bundle holds TF.js.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      },
      // The dev server runs without a service worker, so every edit is served fresh.
      devOptions: { enabled: false },
    }),
  ],
  build: {
    // KaTeX's smallest fonts would be inlined as data: URIs; as files they stay under font-src 'self' (CSP).
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
  },
  server: { port: 5173, strictPort: true, headers: CROSS_ORIGIN_ISOLATION },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { ...CROSS_ORIGIN_ISOLATION, 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER },
  },
  worker: { format: 'es', plugins: () => [selfContainedWasmThreadFactory()] },
  test: {
    // A file named *.slow.test.ts trains for real, runs WebGPU on SwiftShader or runs PyTorch: `npm test` runs
    // it, `npm run test:fast` leaves it out.
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
