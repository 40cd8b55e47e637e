// The app: first-run welcome or the workspace, wrapped in an error boundary, with native menu commands wired to navigation.
import { useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { useAppLocation } from './appLocation';
import { useDueReminders } from '../features/coaching/useDueReminders';
import { useFirstRun } from '../features/home/useFirstRun';
import { LockScreen } from '../features/lock/LockScreen';
import { useAppLock } from '../features/lock/useAppLock';
import { WelcomePage } from '../features/home/WelcomePage';
import { useAutoBackup } from '../features/settings/useAutoBackup';
import { usePresentationGate } from '../features/settings/usePresentationMode';
import { useSettings } from '../features/settings/useSettings';
import { onMenuCommand } from '../platform/desktop';
import { showToast, Toasts } from '../ui/toast';
import { areaPath } from './areas';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { Routes } from './Routes';

function MenuCommands() {
  const [, navigate] = useLocation();
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command.startsWith('navigate:')) {
          const path = areaPath(command.slice('navigate:'.length));
          if (path) navigate(path);
        } else if (command === 'import-roster') navigate('/roster/import');
        else if (command === 'new-caseworker') navigate('/roster');
        else if (command === 'export-csv' || command === 'backup' || command === 'restore')
          navigate('/settings');
        else if (command === 'find')
          document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      }),
    [navigate],
  );
  return null;
}

/**
 * A change refused because presentation mode is on reaches the person as a message, never as an uncaught error in the
 * console: screens that save without catching still explain themselves.
 */
function PresentationRefusals() {
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent): void => {
      const reason: unknown = event.reason;
      if (reason instanceof Error && reason.name === 'PresentationModeError') {
        event.preventDefault();
        showToast({ message: reason.message, tone: 'info' });
      }
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  return null;
}

/** Reminders for coaching items that come due; mounted only once a workspace is open. */
function DueReminders() {
  useDueReminders();
  return null;
}

/** The open workspace: mounted only while unlocked, so locking unmounts every screen and nothing of it stays in the page. */
function Workspace() {
  const settings = useSettings();
  const firstRun = useFirstRun();
  useAutoBackup();
  const presenting = usePresentationGate(
    settings && firstRun === false ? settings.presentationMode : undefined,
  );
  return settings === undefined || firstRun === undefined ? (
    <p className="visually-hidden" role="status">
      Loading your workspace…
    </p>
  ) : firstRun ? (
    <WelcomePage />
  ) : presenting === undefined ? (
    <p className="visually-hidden" role="status">
      Loading your workspace…
    </p>
  ) : (
    // Switching presentation mode remounts every screen, so each reads its data again through the new mode.
    <Router hook={useAppLocation} key={presenting ? 'presenting' : 'normal'}>
      <MenuCommands />
      <DueReminders />
      <PresentationRefusals />
      <Layout presenting={presenting}>
        <Routes />
      </Layout>
    </Router>
  );
}

export function App() {
  const lock = useAppLock();
  return (
    <ErrorBoundary>
      {lock.status === 'unlocked' ? (
        <Workspace />
      ) : lock.status === 'locked' ? (
        <LockScreen />
      ) : lock.status === 'failed' ? (
        <main className="welcome" id="main">
          <div className="card welcome-card">
            <h1>Cohort Coach cannot open the workspace</h1>
            <p>{lock.error}</p>
          </div>
        </main>
      ) : (
        <p className="visually-hidden" role="status">
          Opening your workspace…
        </p>
      )}
      <Toasts />
    </ErrorBoundary>
  );
}
