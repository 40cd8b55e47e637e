// The Chromium every browser run here drives (end-to-end tests, screenshots, the browser benchmark): Debian's, as
// Playwright cannot download one here, started quiet so nothing but the app's own page uses the network or the CPU.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
