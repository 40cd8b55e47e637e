// Serves the built renderer (dist/renderer) on http://127.0.0.1 for a browser, without trying Electron:
//   node build/serve.mjs --port 4173      (the end-to-end tests' webServer; PORT=... works too)
// The server is TypeScript shared with the Electron shell, loaded through tsx so no build step is needed first.
import { register } from 'tsx/esm/api';

register();
const { runServeCli } = await import('./serveBrowser.ts');
const code = await runServeCli(process.argv.slice(2), process.env);
if (code !== 0) process.exit(code);
