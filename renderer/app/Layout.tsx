// The window's frame: skip link, main navigation, a top bar with the current rollout, and the screen itself.
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Search } from 'lucide-react';
import { useCurrentRollout } from '../features/rollouts/useRollouts';
import { SearchPalette, useSearchShortcut } from '../features/search/SearchPalette';
import { PresentationToggle } from '../features/settings/PresentationToggle';
import { SyncStatusButton } from '../features/sync/SyncStatusButton';
import { Banners } from './Banners';
import { ErrorBoundary } from './ErrorBoundary';
import { Navigation } from './Navigation';
import {
  READ_ONLY_REASON,
  READ_ONLY_REASON_ID,
  useReadOnlyWhilePresenting,
} from './useReadOnlyWhilePresenting';

export function Layout({ children, presenting }: { children: ReactNode; presenting: boolean }) {
  const [location] = useLocation();
  const rollout = useCurrentRollout();
  const mainRef = useRef<HTMLElement>(null);
  useReadOnlyWhilePresenting(mainRef, presenting);
  const [searching, setSearching] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  useSearchShortcut(openSearch);
  const mac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            CC
          </span>
          Cohort Coach
        </div>
        <Navigation />
        <div className="sidebar-footer">
          Your data stays on this computer unless you connect an agency hub.
        </div>
      </aside>
      <div className="content">
        <header className="topbar" aria-label="Current rollout">
          {rollout ? (
            <span>
              Current rollout: <strong>{rollout.name}</strong>
            </span>
          ) : rollout === null ? (
            <span>
              No current rollout. <Link href="/rollouts">Choose one</Link>
            </span>
          ) : null}
          <span className="spacer" />
          <button
            type="button"
            className="btn btn-small search-button"
            onClick={openSearch}
            aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
          >
            <Search size={16} aria-hidden="true" /> Search
            <kbd aria-hidden="true">{mac ? '⌘K' : 'Ctrl+K'}</kbd>
          </button>
          <SyncStatusButton presenting={presenting} />
          {presenting && <span className="badge badge-accent">Names hidden · read-only</span>}
          <PresentationToggle on={presenting} />
        </header>
        {/* Reminders name people and were written before the switch: out of sight while presenting, back after. */}
        {!presenting && <Banners />}
        <SearchPalette open={searching} onClose={() => setSearching(false)} />
        <main className="main" id="main" tabIndex={-1} ref={mainRef}>
          {presenting && (
            <p id={READ_ONLY_REASON_ID} hidden>
              {READ_ONLY_REASON}
            </p>
          )}
          <ErrorBoundary resetKey={location}>{children}</ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
