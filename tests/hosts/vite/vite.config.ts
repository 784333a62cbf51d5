import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Deliberately no vanilla-extract plugin: careerkit ships plain CSS, so a host
// needs nothing beyond its usual React setup.
export default defineConfig({
  plugins: [react()],
});
