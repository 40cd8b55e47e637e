// The app lock: opens the workspace at start when this computer may, and locks it again after the idle time chosen in
// Settings, on demand (menu item and Ctrl/Cmd+L), and when the computer sleeps or its screen locks (desktop). Locking
// wipes the data key from memory; the screens unmount, so nothing of the workspace stays in the page.
import { useCallback, useEffect, useRef, useState } from 'react';
import { onDataKeyChange, hasDataKey } from '../../data/keySession';
import { loadKeyState, lockNow, startSession } from '../../data/keyStore';
import { nowMs } from '../../clock';
import { onMenuCommand, onSystemLock, osKeyProtection } from '../../platform/desktop';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';

export type LockStatus = 'starting' | 'locked' | 'unlocked' | 'failed';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useAppLock(): { status: LockStatus; error: string | null; lock: () => void } {
  const [status, setStatus] = useState<LockStatus>('starting');
  const [error, setError] = useState<string | null>(null);
  const settings = useRef({ hasPassphrase: false, lockAfterMinutes: 0 });

  const refresh = useCallback(async () => {
    const state = await loadKeyState();
    settings.current = { hasPassphrase: state.hasPassphrase, lockAfterMinutes: state.lockAfterMinutes };
  }, []);

  const lock = useCallback(() => {
    runAction('lock the workspace', () =>
      refresh().then(() => {
        if (!settings.current.hasPassphrase) {
          showToast({
            message:
              'Set a passphrase in Settings (Security) first: without one, the workspace opens again by itself.',
            tone: 'info',
          });
          return;
        }
        lockNow();
      }),
    );
  }, [refresh]);

  useEffect(() => {
    let current = true;
    startSession(osKeyProtection())
      .then(async (open) => {
        await refresh();
        if (current) setStatus(open ? 'unlocked' : 'locked');
      })
      .catch((e: unknown) => {
        if (!current) return;
        setError(e instanceof Error ? e.message : String(e));
        setStatus('failed');
      });
    const off = onDataKeyChange(() => {
      runAction('read the lock settings', refresh);
      setStatus(hasDataKey() ? 'unlocked' : 'locked');
    });
    return () => {
      current = false;
      off();
    };
  }, [refresh]);

  // On demand: the menu item, the shortcut, and the system going to sleep.
  useEffect(() => {
    const offMenu = onMenuCommand((command) => {
      if (command === 'lock') lock();
    });
    const offSystem = onSystemLock(() => {
      if (settings.current.hasPassphrase) lockNow();
    });
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      offSystem();
      window.removeEventListener('keydown', onKey);
    };
  }, [lock]);

  // After the chosen idle time with no input, lock (only with a passphrase, which is what makes locking mean anything).
  useEffect(() => {
    if (status !== 'unlocked') return;
    let last = nowMs();
    const touch = (): void => {
      last = nowMs();
    };
    for (const name of ACTIVITY) window.addEventListener(name, touch, { passive: true });
    const timer = setInterval(() => {
      const { hasPassphrase, lockAfterMinutes } = settings.current;
      if (hasPassphrase && lockAfterMinutes > 0 && nowMs() - last >= lockAfterMinutes * 60_000) lockNow();
    }, 15_000);
    return () => {
      for (const name of ACTIVITY) window.removeEventListener(name, touch);
      clearInterval(timer);
    };
  }, [status]);

  return { status, error, lock };
}
