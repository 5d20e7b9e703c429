import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web client lives in web/ and is built to web/dist, which the server serves on its own port.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
