// Short-lived confirmations ("Moved to Trash. Undo"), on React Aria's toast region: announced to screen readers,
// reached from anywhere with F6 (a landmark), paused while the pointer is over them or focus is in them, and kept long
// enough to use Undo. Every close button says what it closes.
import {
  Button,
  Text,
  UNSTABLE_Toast as AriaToast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
} from 'react-aria-components';
import { X } from 'lucide-react';
import './controls.css';

export interface Toast {
  message: string;
  tone?: 'success' | 'danger' | 'info';
  action?: { label: string; run: () => void };
}

/** A plain message stays 8 seconds; one with an action (Undo) 15, and neither runs out while hovered or focused. */
export const TOAST_MS = 8_000;
export const TOAST_WITH_ACTION_MS = 15_000;

const queue = new ToastQueue<Toast>({ maxVisibleToasts: 4 });

/**
 * Shows a message; returns its key, for `dismissToast`. With `ms` null it stays until the person dismisses it (what
 * runAction does for failures, so a reason is never missed).
 */
export function showToast(toast: Toast, ms?: number | null): string {
  return queue.add(
    toast,
    ms === null ? {} : { timeout: ms ?? (toast.action ? TOAST_WITH_ACTION_MS : TOAST_MS) },
  );
}

/** The messages on screen now, oldest first, each with its key (`dismissToast(id)`). */
export const currentToasts = (): ReadonlyArray<Toast & { id: string }> =>
  queue.visibleToasts.map((t) => ({ ...t.content, id: t.key })).reverse();

export function dismissToast(key: string): void {
  queue.close(key);
}

export function Toasts() {
  return (
    <ToastRegion queue={queue} className="toasts" aria-label="Messages (F6 to reach them)">
      {({ toast }) => (
        <AriaToast toast={toast} className={`toast toast-${toast.content.tone ?? 'success'}`}>
          <ToastContent className="toast-content">
            <Text slot="title">{toast.content.message}</Text>
          </ToastContent>
          {toast.content.action && (
            <Button
              className="btn btn-small"
              onPress={() => {
                toast.content.action?.run();
                queue.close(toast.key);
              }}
            >
              {toast.content.action.label}
            </Button>
          )}
          <Button slot="close" className="btn btn-ghost btn-small" aria-label="Close message">
            <X size={16} aria-hidden="true" />
          </Button>
        </AriaToast>
      )}
    </ToastRegion>
  );
}
