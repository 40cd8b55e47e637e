// Registers every IPC handler. Each one first checks that the message comes from the app's own top-level page
// (app://app), then validates the payload against the contract's schema; only then does it act. Handlers answer
// with Result values and never throw across IPC.
import { BrowserWindow, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import {
  fail,
  invokeChannels,
  ok,
  type InvokeName,
  type InvokeRequest,
  type InvokeResponses,
  type Result,
} from '../shared/contract';
import { invokeSchemas } from '../shared/payloadSchemas';
import { hubOriginOf } from '../shared/appFiles';
import { printToPdf } from './files';
import type { FileTransfers } from './fileTransfers';
import type { HubOriginStore } from './hubOrigin';
import { protectKeyBlob, unprotectKeyBlob } from './keyProtection';
import { showNotification } from './notifications';
import { isAppUrl } from './security';

export const FOREIGN_SENDER_ERROR = 'This request did not come from Cohort Coach, so it was refused.';
export const INVALID_PAYLOAD_ERROR =
  'Cohort Coach received a request it did not understand, so nothing was done.';
export const NOT_A_HUB_ERROR =
  'The hub address must start with https:// (plain http only for a trial hub on this computer).';
export const UNEXPECTED_ERROR = 'Something went wrong in Cohort Coach. Please try again.';

/** The sender must be a main frame currently showing an app:// page (not an iframe, not a navigated-away page). */
export function isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

type Handler<N extends InvokeName> = (
  payload: InvokeRequest<N>,
  event: IpcMainInvokeEvent,
) => Promise<Result<InvokeResponses[N]>> | Result<InvokeResponses[N]>;

function handle<N extends InvokeName>(name: N, run: Handler<N>, log: (message: string) => void): void {
  ipcMain.handle(invokeChannels[name], async (event, raw: unknown): Promise<Result<InvokeResponses[N]>> => {
    if (!isTrustedSender(event)) return fail(FOREIGN_SENDER_ERROR);
    const parsed = invokeSchemas[name].safeParse(raw);
    if (!parsed.success) return fail(INVALID_PAYLOAD_ERROR);
    try {
      return await run(parsed.data as InvokeRequest<N>, event);
    } catch (error) {
      log(`IPC ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      return fail(UNEXPECTED_ERROR);
    }
  });
}

export interface IpcOptions {
  /** Files the pages hold open for reading or saving in pieces (the backup on close is written through them too). */
  fileTransfers: FileTransfers;
  /** The agency hub the CSP admits (see hubOrigin.ts). */
  hubOrigins: HubOriginStore;
  /** What a click on a notification does (normally: bring the window forward). */
  onNotificationClick?: () => void;
  log?: (message: string) => void;
}

export function registerIpcHandlers({
  fileTransfers,
  hubOrigins,
  onNotificationClick,
  log = console.error,
}: IpcOptions): void {
  const windowOf = (event: IpcMainInvokeEvent): BrowserWindow | null =>
    BrowserWindow.fromWebContents(event.sender);

  // A page that closes or loads anew leaves no file open behind it (and no half-saved file on disk).
  const watched = new WeakSet<IpcMainInvokeEvent['sender']>();
  const ownerOf = (event: IpcMainInvokeEvent): number => {
    const contents = event.sender;
    if (!watched.has(contents)) {
      watched.add(contents);
      const release = (): void => void fileTransfers.release(contents.id);
      contents.on('did-navigate', release);
      contents.once('destroyed', release);
    }
    return contents.id;
  };

  handle('openFile', (options, event) => fileTransfers.open(ownerOf(event), windowOf(event), options), log);
  handle('readFile', (request, event) => fileTransfers.read(event.sender.id, request), log);
  handle('saveFile', (options, event) => fileTransfers.save(ownerOf(event), windowOf(event), options), log);
  handle('writeFile', (request, event) => fileTransfers.write(event.sender.id, request), log);
  handle('finishFile', (request, event) => fileTransfers.finish(event.sender.id, request), log);
  handle('printToPdf', (options, event) => printToPdf(event.sender, windowOf(event), options), log);
  handle('notify', (notification) => showNotification(notification, onNotificationClick), log);
  handle(
    'admitHub',
    ({ address }) => {
      const origin = address === null ? null : hubOriginOf(address);
      if (address !== null && origin === null) return fail(NOT_A_HUB_ERROR);
      const changed = hubOrigins.set(origin);
      // The page's CSP was fixed when it loaded: a newly admitted hub needs one reload; a hub let go does not.
      return ok({ origin, reloadNeeded: changed && origin !== null });
    },
    log,
  );
  handle('protectKeyBlob', ({ blob }) => protectKeyBlob(blob), log);
  handle('unprotectKeyBlob', ({ blob }) => unprotectKeyBlob(blob), log);
}
