// Native OS notifications (e.g. "Wave 2 starts tomorrow"). Each is kept by id until it closes, because a notification
// that is garbage-collected loses its click handler on some platforms, and a newer one with the same id replaces it.
import { Notification } from 'electron';
import { fail, ok, type DesktopNotification, type Result } from '../shared/contract';

const shown = new Map<string, Notification>();

export function showNotification(notification: DesktopNotification, onClick?: () => void): Result<void> {
  if (!Notification.isSupported()) return fail('This computer does not support desktop notifications.');
  shown.get(notification.id)?.close();
  const native = new Notification({ title: notification.title, body: notification.body });
  const forget = (): void => {
    if (shown.get(notification.id) === native) shown.delete(notification.id);
  };
  native.on('click', () => {
    forget();
    onClick?.();
  });
  native.on('close', forget);
  shown.set(notification.id, native);
  native.show();
  return ok(undefined);
}
