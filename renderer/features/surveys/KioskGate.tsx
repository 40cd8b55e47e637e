// Kiosk mode's lock around the whole app: while a kiosk session is stored, every address shows only the caseworker's
// survey, full screen (the app behind it is hidden, so nothing else can be seen, tabbed to or clicked), and any change
// of address is sent back to the kiosk. The lock is read from the database, so reloading the window keeps it.
import { Component, useEffect, useLayoutEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useLocation } from 'wouter';
import { KioskScreen, SupervisorUnlock } from './KioskScreen';
import { useKioskLock } from './useSurveys';
import './surveys.css';

export const KIOSK_PATH = '/kiosk';
const HINT_KEY = 'cohort-coach:kiosk-locked';
const LOCKED_CLASS = 'sv-kiosk-locked';

// A same-tab hint, read before the database answers, so a reload never flashes the app behind the kiosk.
const readHint = (): boolean => {
  try {
    return sessionStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
};
const writeHint = (on: boolean): void => {
  try {
    if (on) sessionStorage.setItem(HINT_KEY, '1');
    else sessionStorage.removeItem(HINT_KEY);
  } catch {
    // Storage can be unavailable; the database lock still holds.
  }
};

function KioskLayer({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    document.body.classList.add(LOCKED_CLASS);
    return () => document.body.classList.remove(LOCKED_CLASS);
  }, []);
  return createPortal(children, document.body);
}

/** If the kiosk screen itself fails, the lock holds: a plain message and the PIN prompt, never the app behind it. */
class KioskBoundary extends Component<
  { children: ReactNode; onUnlocked: (returnTo: string) => void },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Kiosk screen crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="sv-kiosk">
        <div className="sv-kiosk-inner">
          <h1>Survey</h1>
          <p>Something went wrong with this survey. Please hand the computer back to your supervisor.</p>
          <footer className="sv-kiosk-footer">
            <SupervisorUnlock onUnlocked={this.props.onUnlocked} />
          </footer>
        </div>
      </main>
    );
  }
}

export function KioskGate({ children }: { children: ReactNode }) {
  const lock = useKioskLock();
  const [hinted] = useState(readHint);
  const [location, navigate] = useLocation();
  // Where the supervisor goes once the lock lifts; kept here because the kiosk itself is gone by then.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const locked = lock !== undefined && lock !== null;

  useEffect(() => {
    if (lock !== undefined) writeHint(lock !== null);
  }, [lock]);

  useEffect(() => {
    if (locked && location !== KIOSK_PATH) navigate(KIOSK_PATH, { replace: true });
    else if (lock === null && location === KIOSK_PATH)
      navigate(returnTo ?? '/surveys/answer', { replace: true });
  }, [locked, lock, location, navigate, returnTo]);

  if (lock === undefined) {
    return hinted ? (
      <KioskLayer>
        <main className="sv-kiosk" aria-busy="true">
          <p className="visually-hidden" role="status">
            Loading the survey…
          </p>
        </main>
      </KioskLayer>
    ) : null;
  }
  if (lock) {
    return (
      <KioskLayer>
        <KioskBoundary onUnlocked={setReturnTo}>
          <KioskScreen lock={lock} onUnlocked={setReturnTo} />
        </KioskBoundary>
      </KioskLayer>
    );
  }
  return <>{children}</>;
}
