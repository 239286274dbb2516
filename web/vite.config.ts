import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// The Python server serves GraphQL and health checks; in development Vite proxies
// them so the app talks to the same origin, exactly as in production.
const backend = process.env.PLURALIS_BACKEND ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [
    react(),
    // The observer's form must open without a network after one visit: Workbox precaches the
    // app shell (generateSW). Data lives in IndexedDB (src/observer/), never in this cache.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: 'script', // a /registerSW.js file: the CSP allows no inline script
      manifest: {
        name: 'Pluralis',
        short_name: 'Pluralis',
        start_url: '/observe',
        display: 'standalone',
        background_color: '#f3f5f8',
        theme_color: '#0f2a4a',
        icons: [],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        navigateFallback: '/index.html',
        // Server routes are never answered from the app shell; like the server's own fallback
        // (server/http/web.py), a path whose last part has a dot is a file, not a page.
        navigateFallbackDenylist: [/^\/graphql/, /^\/healthz/, /^\/readyz/, /^\/exports\//, /^\/feeds\/.+\.ics$/, /\/[^/]*\.[^/]*$/],
        cleanupOutdatedCaches: true,
        // Take control on the first visit, so the very first form opened can open offline.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  server: {
    proxy: {
      '/graphql': { target: backend, ws: true, changeOrigin: false },
      '/healthz': { target: backend },
      '/exports': { target: backend },
      // Calendar files only: /feeds itself is the app's page of your feeds.
      '^/feeds/.+\\.ics$': { target: backend },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // A whole page rendered in jsdom and driven with user-event takes one to three seconds on
    // a loaded two-core machine; vitest's 5 s default turned that load into failures.
    testTimeout: 15_000,
  },
});
