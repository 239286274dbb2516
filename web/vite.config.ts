import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The Python server serves GraphQL and health checks; in development Vite proxies
// them so the app talks to the same origin, exactly as in production.
const backend = process.env.PLURALIS_BACKEND ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react()],
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
  },
});
