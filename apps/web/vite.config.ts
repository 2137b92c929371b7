import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w @doable/web` serves the app with hot reload and forwards the API and live updates to `npm start`
// on port 3000 (started with TRUSTED_ORIGINS=http://localhost:5173, so that sign-in from this origin is allowed).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/ws': { target: 'ws://localhost:3000', ws: true } },
  },
});
