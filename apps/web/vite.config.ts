import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev -w @doable/web` serves the app with hot reload and forwards the API to `npm start` on port 3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
