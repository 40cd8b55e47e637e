// Guards every web page the app creates: no navigation away from app://, no new windows, no <webview>,
// no permissions by default, and links leave the app only through an allow-list of https addresses.
import { shell, type Session, type WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/appFiles';

/**
 * Addresses (https URL prefixes) that may open in the person's browser. Empty on purpose: the app works offline and
 * links nowhere yet. Add documentation pages here, e.g. 'https://docs.example.org/cohort-coach/'.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [];

/**
 * Permissions the app's own pages may use; everything else, and everything from any other origin, is refused.
 * Clipboard writing backs "Copy" buttons; persistent storage keeps the workspace (IndexedDB) from being evicted.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export function isAppUrl(url: string): boolean {
  try {
    // Compare scheme and host: Node's URL reports origin 'null' for schemes it does not know, such as app:.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '';
  } catch {
    return false;
  }
}

/** True only for an https URL that starts with one of the allow-listed prefixes (compared after URL parsing). */
export function isAllowedExternalUrl(
  url: string,
  allowList: readonly string[] = EXTERNAL_ALLOW_LIST,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  return allowList.some((prefix) => {
    const allowed = new URL(prefix);
    return (
      allowed.protocol === 'https:' &&
      parsed.origin === allowed.origin &&
      parsed.pathname.startsWith(allowed.pathname)
    );
  });
}

/** The only door to shell.openExternal: anything not on the allow-list is refused (and reported as false). */
export async function openExternalSafely(
  url: string,
  allowList: readonly string[] = EXTERNAL_ALLOW_LIST,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowList)) return false;
  await shell.openExternal(url);
  return true;
}

/** Applied to every WebContents the app creates (see app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents): void {
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  // <webview> is also off in webPreferences; this stops one being attached if that ever changes.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link with target=_blank to an allow-listed page opens in the browser; nothing opens inside the app.
    void openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** Permission requests and checks are denied unless the app's own page asks for something on the short list. */
export function installPermissionGuards(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(GRANTED_PERMISSIONS.has(permission) && isAppUrl(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingOrigin);
  });
  session.setDevicePermissionHandler(() => false);
}
