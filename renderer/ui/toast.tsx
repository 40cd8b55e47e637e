// Short-lived confirmations ("Moved to Trash. Undo") announced politely to screen readers.
import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  message: string;
  tone?: 'success' | 'danger' | 'info';
  action?: { label: string; run: () => void };
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function showToast(toast: Omit<Toast, 'id'>, ms = 6000): void {
  const id = nextId++;
  toasts = [...toasts, { ...toast, id }];
  emit();
  setTimeout(() => dismissToast(id), ms);
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function Toasts() {
  const current = useSyncExternalStore(subscribe, () => toasts);
  return (
    <div className="banners" role="status" aria-live="polite" aria-label="Messages">
      {current.map((t) => (
        <div key={t.id} className={`notice notice-${t.tone ?? 'success'}`}>
          <div className="row" style={{ width: '100%' }}>
            <span>{t.message}</span>
            <span className="spacer" />
            {t.action && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  t.action?.run();
                  dismissToast(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() => dismissToast(t.id)}
              aria-label="Dismiss message"
            >
              ×
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
