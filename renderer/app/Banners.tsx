// In browser mode, reminders that would be desktop notifications appear here: a strip in the page's flow under the top
// bar, so it never covers the top bar or a page's own buttons. Announced to screen readers; the newest few are shown,
// the rest behind "Show all"; each can be dismissed, or all at once.
import { useState, useSyncExternalStore } from 'react';
import { Link } from 'wouter';
import { Bell, X } from 'lucide-react';
import { dismissBanner, getBanners, subscribeBanners } from '../platform/desktop';

const SHOWN = 2;

export function Banners() {
  const banners = useSyncExternalStore(subscribeBanners, getBanners);
  const [all, setAll] = useState(false);
  if (banners.length === 0) return null;
  const newestFirst = [...banners].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, SHOWN);
  const hidden = banners.length - shown.length;
  return (
    <section className="reminders no-print" aria-live="polite" aria-label="Reminders">
      <Bell size={18} aria-hidden="true" className="reminders-icon" />
      <ul className="reminders-list">
        {shown.map((b) => (
          <li key={b.id}>
            <span>
              <strong>{b.title}</strong> {b.body}
            </span>
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() => dismissBanner(b.id)}
              aria-label={`Dismiss ${b.title}`}
            >
              <X size={14} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <div className="reminders-actions">
        {hidden > 0 && (
          <button type="button" className="link-button small" onClick={() => setAll(true)}>
            Show {hidden} more
          </button>
        )}
        <Link href="/coaching/due" className="small">
          Due list
        </Link>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => banners.forEach((b) => dismissBanner(b.id))}
        >
          Dismiss all reminders
        </button>
      </div>
    </section>
  );
}
