// Settings: the user's role (which decides the home screen), the thresholds and standards, and the workspace's data.
import { useState, type FormEvent } from 'react';
import { Download } from 'lucide-react';
import { fieldErrors, roleLabels, tableDefs, tableNames, userRoles, type Settings } from '../../domain/model';
import { settingsRepository } from '../../data/settingsRepository';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { coachChoices } from '../../domain/roster/pickerOptions';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { SecuritySettings } from '../lock/SecuritySettings';
import { KioskPinSettings } from './KioskPinSettings';
import { AgencyHubSettings } from '../sync/AgencyHubSettings';
import { MasteryRulesSettings } from './MasteryRulesSettings';
import { useBackup, type MakingFile } from './useBackup';
import { useExportTable } from './useExportTable';
import { useCoachList } from './useCoachList';
import { useSettings } from './useSettings';
import { useUnits } from './useUnits';
import { runAction } from '../../ui/runAction';
import { formatCount, formatInstant, plural } from '../../domain/format/format';

const numberFields = [
  {
    key: 'cheerleaderMin',
    label: 'Cheerleader from readiness',
    hint: 'Readiness at or above this (0-100) reads as a cheerleader.',
  },
  {
    key: 'hecklerMax',
    label: 'Heckler up to readiness',
    hint: 'Readiness at or below this reads as a heckler.',
  },
  { key: 'cohortSize', label: 'Cohort size', hint: 'Seven is the sweet spot.' },
  {
    key: 'visitTarget',
    label: 'Visit-rate target (%)',
    hint: 'Share of due face-to-face visits that should be made.',
  },
  { key: 'caseloadMin', label: 'Caseload standard: lowest', hint: 'Cases per worker.' },
  {
    key: 'caseloadMax',
    label: 'Caseload standard: highest',
    hint: 'Above this, caseload is an execution barrier.',
  },
] as const;
type NumberKey = (typeof numberFields)[number]['key'];

function SettingsForm({
  settings,
  units,
}: {
  settings: Settings;
  units: ReadonlyArray<{ id: string; name: string }>;
}) {
  const [role, setRole] = useState(settings.role);
  const [homeUnitId, setHomeUnitId] = useState(settings.homeUnitId ?? '');
  const [meCoachId, setMeCoachId] = useState(settings.meCoachId ?? '');
  const coaches = useCoachList();
  const [combine, setCombine] = useState(settings.combineSmallUnits);
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>(
    () =>
      Object.fromEntries(numberFields.map((f) => [f.key, String(settings[f.key])])) as Record<
        NumberKey,
        string
      >,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const bad = numberFields.find(
      (f) => numbers[f.key].trim() === '' || Number.isNaN(Number(numbers[f.key])),
    );
    if (bad) return setErrors({ [bad.key]: `${bad.label} must be a number.` });
    try {
      await settingsRepository.save({
        role,
        homeUnitId: homeUnitId || null,
        meCoachId: meCoachId || null,
        combineSmallUnits: combine,
        ...Object.fromEntries(numberFields.map((f) => [f.key, Number(numbers[f.key])])),
      });
      setErrors({});
      showToast({ message: 'Settings saved.' });
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }

  return (
    <form
      className="card form"
      onSubmit={(e) => runAction('save the settings', () => submit(e))}
      noValidate
      aria-labelledby="settings-general"
    >
      <h2 id="settings-general">You and your standards</h2>
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <SelectField
        label="Your role"
        hint="Decides what the home screen shows first. One person may wear several hats; every area stays open."
        value={role}
        onChange={(e) => setRole(e.target.value as Settings['role'])}
        options={userRoles.map((r) => ({ value: r, label: roleLabels[r] }))}
      />
      <SelectField
        label="Your unit"
        hint="A supervisor's home screen shows the open gaps of this unit."
        value={homeUnitId}
        onChange={(e) => setHomeUnitId(e.target.value)}
        options={[{ value: '', label: 'Every unit' }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
      />
      <ComboBoxField
        label="You, as a coach"
        hint="Action items you own and follow-ups you coach come first on Today."
        options={coachChoices(coaches ?? [])}
        value={meCoachId}
        onChange={setMeCoachId}
        placeholder="Not chosen"
      />
      <div className="form-grid">
        {numberFields.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            hint={f.hint}
            inputMode="decimal"
            value={numbers[f.key]}
            error={errors[f.key]}
            onChange={(e) => setNumbers({ ...numbers, [f.key]: e.target.value })}
          />
        ))}
      </div>
      <CheckboxField
        label="Combine small units of the same role into one cohort"
        hint="Units are never split unless they are larger than the cohort size."
        checked={combine}
        onChange={(e) => setCombine(e.target.checked)}
      />
      <div className="form-footer">
        <button type="submit" className="btn btn-primary">
          Save settings
        </button>
      </div>
    </form>
  );
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** A backup file being made: records read of all, then the file written (and encrypted). */
function MakingProgress({ making }: { making: MakingFile }) {
  const read = making.total > 0 && making.done >= making.total;
  return (
    <>
      <progress
        max={Math.max(1, making.total)}
        value={making.done}
        aria-label="Backup progress"
        style={{ flex: '1 1 12rem' }}
      />
      <span className="muted">
        {making.total === 0
          ? 'Counting the records…'
          : read
            ? `All ${plural(making.total, 'record')} read; writing the file…`
            : `${formatCount(making.done)} of ${plural(making.total, 'record')} read`}
      </span>
    </>
  );
}

function BackupSection({ backup }: { backup: ReturnType<typeof useBackup> }) {
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const [warnPlain, setWarnPlain] = useState(false);
  const pending = backup.pending;
  return (
    <section className="card form" aria-labelledby="settings-backup">
      <h2 id="settings-backup">Backup and restore</h2>
      <p className="muted" style={{ margin: 0 }}>
        A backup is one file with everything in this workspace, encrypted and sealed so that nobody can read
        or change it unnoticed. It opens here at once, and on another computer with your workspace passphrase
        or recovery key, or with the backup passphrase below if you give one. Without a workspace passphrase,
        give a backup passphrase to restore it elsewhere. The app also keeps an encrypted backup each time it
        closes (desktop).
      </p>
      {backup.errors.length > 0 && (
        <Notice tone="danger" title="That backup cannot be restored">
          <ul>
            {backup.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Notice>
      )}
      <TextField
        label="Backup passphrase (optional)"
        type="password"
        autoComplete="new-password"
        hint="Leave empty to use the workspace key."
        value={backupPassphrase}
        onChange={(e) => setBackupPassphrase(e.target.value)}
      />
      <div className="actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={backup.making !== null}
          onClick={() =>
            runAction('back up the workspace', () =>
              backup.backUp(backupPassphrase).then(() => setBackupPassphrase('')),
            )
          }
        >
          Back up the workspace
        </button>
        <button
          data-write
          type="button"
          className="btn"
          onClick={() => runAction('open the backup', () => backup.chooseRestoreFile())}
        >
          Restore from a backup…
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          disabled={backup.making !== null}
          onClick={() => setWarnPlain(true)}
        >
          Export an unencrypted copy…
        </button>
        <span role="status" className="muted">
          {backup.making && `${backup.making.what}…`}
        </span>
      </div>
      {backup.making && (
        <div className="actions">
          <MakingProgress making={backup.making} />
          <button type="button" className="btn btn-small" onClick={backup.cancelMaking}>
            Cancel the backup
          </button>
        </div>
      )}
      {pending && (
        <form
          className="stack"
          aria-label="Open the encrypted backup"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            backup.submitPassphrase(restorePassphrase);
            setRestorePassphrase('');
          }}
        >
          <TextField
            label={
              pending.needs === 'backup-passphrase'
                ? 'Backup passphrase'
                : 'Workspace passphrase or recovery key'
            }
            type="password"
            autoComplete="off"
            hint={
              pending.needs === 'backup-passphrase'
                ? `"${pending.fileName}" was protected with its own passphrase.`
                : `"${pending.fileName}" was made by another workspace: type that workspace's passphrase or recovery key.`
            }
            value={restorePassphrase}
            error={pending.error ?? undefined}
            onChange={(e) => setRestorePassphrase(e.target.value)}
          />
          <div className="form-footer">
            <button type="button" className="btn" onClick={backup.cancelPassphrase}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={restorePassphrase === ''}>
              Open the backup
            </button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={warnPlain}
        title="Export an unencrypted copy?"
        confirmLabel="Export unencrypted"
        danger
        onCancel={() => setWarnPlain(false)}
        onConfirm={() => {
          setWarnPlain(false);
          runAction('export an unencrypted copy', () => backup.exportPlain());
        }}
        message="The file holds every name, e-mail, employee ID and note of this workspace in plain, readable text, for anyone who can open it. Use it only to move data into another system, and delete it once done."
      />
    </section>
  );
}

export function SettingsPage() {
  const settings = useSettings();
  const units = useUnits();
  const exportTable = useExportTable();
  const backup = useBackup();
  const preview = backup.restore?.stage === 'preview' ? backup.restore.preview : null;
  const progress = backup.restore && backup.restore.stage !== 'preview' ? backup.restore : null;
  return (
    <>
      <PageHeader
        title="Settings"
        description="Your role, the thresholds the app uses, and your workspace's data."
      />
      {settings && units && (
        <SettingsForm key={settings.updatedAt ?? 'new'} settings={settings} units={units} />
      )}
      {settings && <MasteryRulesSettings key={JSON.stringify(settings.mastery)} rules={settings.mastery} />}
      <SecuritySettings />
      <KioskPinSettings />
      <AgencyHubSettings />
      <BackupSection backup={backup} />
      <section className="card" aria-labelledby="settings-export">
        <h2 id="settings-export">Export to CSV</h2>
        <p className="muted">
          Each table as a spreadsheet file. Exports leave this computer only where you save them.
        </p>
        <div className="actions">
          {tableNames
            .filter((t) => t !== 'drafts')
            .map((t) => (
              <button
                key={t}
                type="button"
                className="btn btn-small"
                onClick={() => runAction('export the table', () => exportTable(t))}
              >
                <Download size={14} aria-hidden="true" /> {tableDefs[t].label}
              </button>
            ))}
        </div>
      </section>
      <Dialog title="Restore this backup?" open={preview !== null} onClose={backup.cancelRestore}>
        {preview && (
          <div className="stack">
            {backup.errors.length > 0 && (
              <Notice tone="danger">
                {backup.errors.map((e) => (
                  <p key={e}>{e}</p>
                ))}
              </Notice>
            )}
            <Notice tone="warning">
              Restoring replaces everything in this workspace with the contents of{' '}
              <strong>{preview.fileName}</strong>, saved on {formatInstant(preview.exportedAt)}. Your current
              workspace is saved to a backup file first (you choose where); if that does not happen, nothing
              is replaced.
            </Notice>
            {preview.rows.some((r) => r.incoming === 0 && r.current > 0) && (
              <Notice tone="warning" title="Some tables are empty in this backup">
                Restoring empties:{' '}
                {preview.rows
                  .filter((r) => r.incoming === 0 && r.current > 0)
                  .map((r) => `${tableDefs[r.table].label} (${String(r.current)} now)`)
                  .join(', ')}
                .
              </Notice>
            )}
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Table</th>
                  <th scope="col" className="num">
                    Now
                  </th>
                  <th scope="col" className="num">
                    After restore
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.table}>
                    <td>{tableDefs[r.table].label}</td>
                    <td className="num">{r.current}</td>
                    <td className="num">{r.incoming}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {backup.making && <MakingProgress making={backup.making} />}
            <div className="form-footer">
              <span role="status" className="muted">
                {backup.making && `${backup.making.what}…`}
              </span>
              <button type="button" className="btn" onClick={backup.cancelRestore}>
                Cancel
              </button>
              <button
                type="button"
                className="btn btn-danger"
                disabled={backup.making !== null}
                onClick={() => runAction('restore the backup', () => backup.confirmRestore())}
              >
                {preview.rows.some((r) => r.current > 0)
                  ? 'Back up my workspace, then replace it'
                  : 'Restore this backup'}
              </button>
            </div>
          </div>
        )}
      </Dialog>
      <Dialog
        title={progress?.stage === 'writing' ? 'Restoring the workspace…' : 'Reading the backup…'}
        open={progress !== null}
        onClose={backup.cancelRestore}
      >
        {progress && (
          <div className="stack">
            <p>
              {progress.stage === 'writing'
                ? `Writing ${formatCount(progress.done)} of ${plural(progress.total, 'record')} from ${progress.fileName}. Until it finishes, nothing in the workspace changes.`
                : progress.step === 'decrypt'
                  ? `Decrypting ${progress.fileName}: ${megabytes(progress.done)} of ${megabytes(progress.total)}. Nothing in it is read until all of it is shown to be unchanged.`
                  : `Reading and checking ${progress.fileName}: ${megabytes(progress.done)} of ${megabytes(progress.total)}.`}
            </p>
            <progress
              max={Math.max(1, progress.total)}
              value={progress.done}
              aria-label={progress.stage === 'writing' ? 'Restore progress' : 'Reading progress'}
              style={{ width: '100%' }}
            />
            <div className="form-footer">
              <button type="button" className="btn" onClick={backup.cancelRestore}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}
