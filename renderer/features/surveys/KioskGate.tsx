// Kiosk mode's lock around the whole app: while a kiosk session is stored, every address shows only the caseworker's
// survey, full screen (the app behind it is hidden, so nothing else can be seen, tabbed to or clicked), and any change
// of address is sent back to the kiosk. The lock is read from the database, so reloading the window keeps it.
import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useLocation } from 'wouter';
import { KioskScreen } from './KioskScreen';
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
        <KioskScreen lock={lock} onUnlocked={setReturnTo} />
      </KioskLayer>
    );
  }
  return <>{children}</>;
}
