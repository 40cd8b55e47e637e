// In browser mode, reminders that would be desktop notifications appear here, under the top bar (never over the page's
// own buttons), announced to screen readers.
import { useSyncExternalStore } from 'react';
import { Bell } from 'lucide-react';
import { dismissBanner, getBanners, subscribeBanners } from '../platform/desktop';

export function Banners() {
  const banners = useSyncExternalStore(subscribeBanners, getBanners);
  if (banners.length === 0) return null;
  return (
    <section
      className="banners"
      aria-live="polite"
      aria-label="Reminders"
      style={{ bottom: 'auto', top: 20 }}
    >
      {banners.map((b) => (
        <div key={b.id} className="notice">
          <Bell size={20} aria-hidden="true" style={{ flex: 'none' }} />
          <div style={{ flex: 1 }}>
            <strong>{b.title}</strong>
            <div>{b.body}</div>
          </div>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => dismissBanner(b.id)}
            aria-label={`Dismiss ${b.title}`}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
