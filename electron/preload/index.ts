// Preload (sandboxed): exposes exactly one object, `window.desktop`, made of named capabilities. There is no generic
// invoke(channel): the page can ask for these things and nothing else. Main re-validates every payload anyway.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  APP_VERSION_SWITCH,
  eventChannels,
  invokeChannels,
  isMenuCommand,
  type DesktopApi,
  type InvokeName,
  type InvokeRequest,
  type InvokeResponses,
  type MenuCommand,
  type Result,
} from '../shared/contract';

const LOST_CONTACT = 'Cohort Coach lost contact with its desktop shell. Please restart the app.';

async function invoke<N extends InvokeName>(
  name: N,
  payload: InvokeRequest<N>,
): Promise<Result<InvokeResponses[N]>> {
  try {
    return (await ipcRenderer.invoke(invokeChannels[name], payload)) as Result<InvokeResponses[N]>;
  } catch {
    return { ok: false, error: LOST_CONTACT };
  }
}

// The renderer registers one backup writer; main asks for a backup when the window closes, naming the file it opened.
let backupHandler: ((token: string) => void) | null = null;
ipcRenderer.on(eventChannels.backupRequest, (_event, token: unknown) => {
  if (typeof token !== 'string') return;
  // With no writer registered, say so at once: main then closes without waiting for its timeout.
  if (backupHandler === null) void invoke('finishFile', { token, keep: false });
  else backupHandler(token);
});

const versionArgument = process.argv.find((argument) => argument.startsWith(APP_VERSION_SWITCH));

export const desktop = {
  openFile: (options) => invoke('openFile', options),
  readFile: (request) => invoke('readFile', request),
  saveFile: (options) => invoke('saveFile', options),
  writeFile: (request) => invoke('writeFile', request),
  finishFile: (request) => invoke('finishFile', request),
  printToPdf: (options) => invoke('printToPdf', options),
  notify: (notification) => invoke('notify', notification),
  admitHub: (request) => invoke('admitHub', request),
  protectKeyBlob: (blob) => invoke('protectKeyBlob', blob),
  unprotectKeyBlob: (blob) => invoke('unprotectKeyBlob', blob),
  onSystemLock(callback: () => void) {
    const listener = (): void => callback();
    ipcRenderer.on(eventChannels.systemLock, listener);
    return () => {
      ipcRenderer.removeListener(eventChannels.systemLock, listener);
    };
  },
  onMenuCommand(callback: (command: MenuCommand) => void) {
    const listener = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) callback(command);
    };
    ipcRenderer.on(eventChannels.menuCommand, listener);
    return () => {
      ipcRenderer.removeListener(eventChannels.menuCommand, listener);
    };
  },
  onBackupRequest(handler: (token: string) => void) {
    backupHandler = handler;
    return () => {
      if (backupHandler === handler) backupHandler = null;
    };
  },
  appInfo: {
    version: versionArgument?.slice(APP_VERSION_SWITCH.length) ?? 'unknown',
    platform: process.platform,
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', desktop);
