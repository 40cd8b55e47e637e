// Preload (sandboxed): exposes exactly one object, `window.desktop`, made of named capabilities. There is no generic
// invoke(channel): the page can ask for these things and nothing else. Main re-validates every payload anyway.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  APP_VERSION_SWITCH,
  eventChannels,
  invokeChannels,
  isMenuCommand,
  type BackupReply,
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

const errorMessage = (error: unknown): string =>
  error instanceof Error && error.message !== '' ? error.message : 'The backup could not be made.';

// The renderer registers one backup producer; main asks for it when the window closes.
let backupHandler: (() => Promise<string>) | null = null;
ipcRenderer.on(eventChannels.backupRequest, (_event, requestId: unknown) => {
  if (typeof requestId !== 'string') return;
  const reply = (result: BackupReply['result']): void =>
    ipcRenderer.send(eventChannels.backupReply, { requestId, result } satisfies BackupReply);
  if (backupHandler === null) {
    reply({ ok: false, error: 'The page has not registered a backup handler.' });
    return;
  }
  backupHandler().then(
    (json) => reply({ ok: true, value: json }),
    (error: unknown) => reply({ ok: false, error: errorMessage(error) }),
  );
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
  onBackupRequest(handler: () => Promise<string>) {
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
