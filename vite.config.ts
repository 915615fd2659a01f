import { defineConfig } from 'vite';
import { kotoMockPlugin } from './src/mock/server.js';

// `npm start`: the demo page (index.html) with the API fake at /mock-api/demo/….
// Decorators follow tsconfig.json (experimentalDecorators), which Vite reads.
export default defineConfig({
  plugins: [kotoMockPlugin()],
  server: { port: 5173 },
});
