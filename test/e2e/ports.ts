// Ports of an end-to-end run, shared by playwright.config.ts and the specs. Each person testing at once picks their own
// E2E_PORT; the trial hub of hub.spec.ts listens 1000 above it, and the served page's CSP admits that origin only.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_HUB_PORT = E2E_PORT + 1000;
export const E2E_HUB_ORIGIN = `http://127.0.0.1:${E2E_HUB_PORT}`;
