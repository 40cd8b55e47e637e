// Declares `window.desktop`, present only inside the Electron shell (see electron/preload). Read it only through
// renderer/platform/desktop.ts, which supplies browser fallbacks when it is absent.
import type { DesktopApi } from '../../electron/shared/contract';

declare global {
  interface Window {
    readonly desktop?: DesktopApi;
  }
}

export {};
