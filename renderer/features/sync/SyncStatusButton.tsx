// The top bar's sync status (only when a hub is configured): synced / N changes waiting / offline / error, with the
// time of the last sync; it opens a dialog with progress, "Sync now" and the conflict report.
import { formatCount, formatInstant, plural, progressPercent } from '../../domain/format/format';
import { useEffect, useState } from 'react';
import { RefreshCw } from 'lucide-react';
import { deviceOf, msOf } from '../../domain/sync';
import { humanizeField, tableDefs } from '../../domain/model';
import { Dialog } from '../../ui/Dialog';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import { resumeHubLink } from './hubAdmission';
import { runSync, startSyncSchedule, useSyncRun } from './syncStatusStore';
import { useConflicts, useHubLink } from './useHubLink';

const timeOf = formatInstant;

export function SyncStatusButton({ presenting }: { presenting: boolean }) {
  const link = useHubLink();
  const run = useSyncRun();
  const [open, setOpen] = useState(false);
  const enrolled = Boolean(link?.hub);
  // Once per start: finish an enrolment that waited for the reload admitting its hub, and keep the hub admitted.
  useEffect(() => {
    resumeHubLink().catch((error: unknown) =>
      showToast({
        message: `This desk could not enrol with the agency hub: ${error instanceof Error ? error.message : String(error)}`,
        tone: 'danger',
      }),
    );
  }, []);
  useEffect(() => (enrolled && !presenting ? startSyncSchedule() : undefined), [enrolled, presenting]);
  if (!link?.hub) return null;
  const hub = link.hub;
  const percent = run.progress ? progressPercent(run.progress.done, run.progress.total) : null;
  const label = run.running
    ? percent !== null
      ? `Syncing ${percent}%`
      : 'Syncing…'
    : presenting || run.outcome === 'paused'
      ? 'Sync paused'
      : run.outcome === 'offline'
        ? 'Offline'
        : run.outcome === 'error' || hub.lastError
          ? 'Sync error'
          : link.waiting > 0
            ? `${plural(link.waiting, 'change')} waiting`
            : hub.lastSyncAt
              ? 'Synced'
              : 'Not synced yet';
  const tone =
    label === 'Synced' ? 'badge-success' : /error|Offline/.test(label) ? 'badge-danger' : 'badge-neutral';
  return (
    <>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => setOpen(true)}
        aria-label={`Agency hub: ${label}`}
      >
        <span className={`badge ${tone}`}>{label}</span>
        {hub.lastSyncAt && <span className="muted"> {timeOf(hub.lastSyncAt)}</span>}
      </button>
      <Dialog title="Agency hub" open={open} onClose={() => setOpen(false)} wide>
        <SyncDetails presenting={presenting} />
      </Dialog>
    </>
  );
}

function SyncDetails({ presenting }: { presenting: boolean }) {
  const link = useHubLink();
  const run = useSyncRun();
  const conflicts = useConflicts() ?? [];
  const hub = link?.hub;
  if (!hub) return null;
  return (
    <div className="stack">
      <p>
        Signed in to <strong>{hub.url}</strong> as {hub.person.name} ({hub.person.role}).{' '}
        {hub.lastSyncAt ? `Last synced ${timeOf(hub.lastSyncAt)}.` : 'Not synced yet.'}{' '}
        {link.waiting > 0 && `${link.waiting} changes are waiting to be sent.`}
      </p>
      {presenting && <p>Sync waits while presentation mode is on, so pseudonyms are never sent.</p>}
      {(run.message ?? hub.lastError) && <p role="alert">{run.message ?? hub.lastError}</p>}
      {run.progress && (
        <label>
          {run.progress.phase === 'pull' ? 'Receiving' : 'Sending'} {formatCount(run.progress.done)} of{' '}
          {plural(run.progress.total, 'record')}
          <progress max={run.progress.total} value={run.progress.done} />
        </label>
      )}
      <div>
        <button
          type="button"
          className="btn btn-primary"
          disabled={run.running || presenting}
          onClick={() => runAction('sync with the agency hub', runSync)}
        >
          <RefreshCw size={16} aria-hidden="true" /> Sync now
        </button>
      </div>
      <h3>Conflict report</h3>
      {conflicts.length === 0 ? (
        <p>No conflicts: nobody changed the same field as someone else at the same time.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">
            The same field changed on two desks; the later change was kept
          </caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Field</th>
              <th scope="col">Kept</th>
              <th scope="col">Replaced</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.key}>
                <td>
                  {tableDefs[c.table].singular} {c.id.slice(0, 8)}
                </td>
                <td>{humanizeField(c.field)}</td>
                <td>{describe(c.winner)}</td>
                <td>{describe(c.loser)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );

  function describe(stamp: string) {
    return `${deviceOf(stamp) === link?.deviceId ? 'this desk' : 'another desk'}, ${timeOf(msOf(stamp))}`;
  }
}
