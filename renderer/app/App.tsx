// The app: first-run welcome or the workspace, wrapped in an error boundary, with native menu commands wired to navigation.
import { useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useDueReminders } from '../features/coaching/useDueReminders';
import { WelcomePage } from '../features/home/WelcomePage';
import { useAutoBackup } from '../features/settings/useAutoBackup';
import { useSettings } from '../features/settings/useSettings';
import { onMenuCommand } from '../platform/desktop';
import { Toasts } from '../ui/toast';
import { areaPath } from './areas';
import { Banners } from './Banners';
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

/** Reminders for coaching items that come due; mounted only once a workspace is open. */
function DueReminders() {
  useDueReminders();
  return null;
}

export function App() {
  const settings = useSettings();
  useAutoBackup();
  return (
    <ErrorBoundary>
      {settings === undefined ? (
        <p className="visually-hidden" role="status">
          Loading your workspace…
        </p>
      ) : !settings.onboarded ? (
        <WelcomePage />
      ) : (
        <Router hook={useHashLocation}>
          <MenuCommands />
          <DueReminders />
          <Layout>
            <Routes />
          </Layout>
        </Router>
      )}
      <Toasts />
      <Banners />
    </ErrorBoundary>
  );
}
