// Settings > Security: the workspace is always encrypted on this computer; a passphrase makes it lockable. Set, change
// or remove the passphrase, see the recovery key once, choose when the app locks itself, and (desktop) whether this
// computer account opens it without the passphrase.
import { useState, type FormEvent } from 'react';
import { KeyRound, Lock } from 'lucide-react';
import { PASSPHRASE_MIN, passphraseProblem, WrongSecretError } from '../../domain/crypto/keyHierarchy';
import {
  changePassphrase,
  lockNow,
  removePassphrase,
  setLockAfterMinutes,
  setOpenAutomatically,
  setPassphrase,
} from '../../data/keyStore';
import { osKeyProtection } from '../../platform/desktop';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import { useKeyState } from './useKeyState';

const LOCK_CHOICES = [0, 5, 10, 15, 30, 60] as const;
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function RecoveryKeyDialog({ recoveryKey, onClose }: { recoveryKey: string | null; onClose: () => void }) {
  return (
    <Dialog title="Your recovery key" open={recoveryKey !== null} onClose={onClose}>
      <div className="stack">
        <p>
          If you forget the passphrase, this key is the only other way into the workspace. Write it down now
          and keep it somewhere safe, away from this computer. It is shown only this once.
        </p>
        <p className="recovery-key" aria-label="Recovery key">
          <code>{recoveryKey}</code>
        </p>
        <div className="form-footer">
          <button type="button" className="btn btn-primary" onClick={onClose}>
            I have written it down
          </button>
        </div>
      </div>
    </Dialog>
  );
}

export function SecuritySettings() {
  const state = useKeyState();
  const os = osKeyProtection();
  const [passphrase, setPassphraseText] = useState('');
  const [repeat, setRepeat] = useState('');
  const [current, setCurrent] = useState('');
  const [automatic, setAutomatic] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  if (!state) return null;

  const reset = (): void => {
    setPassphraseText('');
    setRepeat('');
    setCurrent('');
    setErrors({});
  };

  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setErrors({ [e instanceof WrongSecretError ? 'current' : '']: message(e) });
    } finally {
      setBusy(false);
    }
  }

  function checkNew(): boolean {
    const problem = passphraseProblem(passphrase);
    if (problem) {
      setErrors({ passphrase: problem });
      return false;
    }
    if (repeat !== passphrase) {
      setErrors({ repeat: 'The two passphrases are not the same. Type the new passphrase again.' });
      return false;
    }
    return true;
  }

  function submitNew(e: FormEvent) {
    e.preventDefault();
    if (!checkNew()) return;
    runAction('set the passphrase', () =>
      run(async () => {
        const result = await setPassphrase(passphrase, { openAutomatically: automatic && os !== null, os });
        reset();
        setRecoveryKey(result.recoveryKey);
      }),
    );
  }

  function submitChange(e: FormEvent) {
    e.preventDefault();
    if (!checkNew()) return;
    runAction('change the passphrase', () =>
      run(async () => {
        await changePassphrase(current, passphrase);
        reset();
        showToast({ message: 'Passphrase changed. Your recovery key stays the same.' });
      }),
    );
  }

  return (
    <section className="card form" aria-labelledby="settings-security">
      <div className="card-title">
        <h2 id="settings-security">Security</h2>
        {state.hasPassphrase ? (
          <Badge tone="success">Locked by a passphrase</Badge>
        ) : (
          <Badge tone="warning">No passphrase</Badge>
        )}
      </div>
      <p className="muted" style={{ margin: 0 }}>
        Names, e-mails, employee IDs and every note are always stored encrypted (AES-256) on this computer.{' '}
        {state.hasPassphrase
          ? 'The passphrase is needed to open the workspace, and the app locks itself when you leave it.'
          : state.protectedByOs
            ? 'Without a passphrase, anyone who can sign in to this computer account can open it.'
            : 'Without a passphrase, anyone who can use this browser profile on this computer can open it.'}
      </p>
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}

      {!state.hasPassphrase ? (
        <form className="stack" onSubmit={submitNew} noValidate aria-label="Set a passphrase">
          <div className="form-grid">
            <TextField
              label="Passphrase"
              type="password"
              autoComplete="new-password"
              hint={`At least ${String(PASSPHRASE_MIN)} characters; a few unrelated words work well.`}
              value={passphrase}
              error={errors.passphrase}
              onChange={(e) => setPassphraseText(e.target.value)}
            />
            <TextField
              label="Repeat the passphrase"
              type="password"
              autoComplete="new-password"
              value={repeat}
              error={errors.repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </div>
          {os && (
            <CheckboxField
              label="Unlock automatically on this computer account"
              hint="The system's key store opens the workspace when you sign in; the passphrase is still needed after a lock."
              checked={automatic}
              onChange={(e) => setAutomatic(e.target.checked)}
            />
          )}
          <div className="form-footer">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              <KeyRound size={16} aria-hidden="true" /> {busy ? 'Protecting…' : 'Set the passphrase'}
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className="actions">
            <button type="button" className="btn" onClick={lockNow}>
              <Lock size={16} aria-hidden="true" /> Lock now
            </button>
            <span className="muted small">Or press Ctrl+L (⌘L on a Mac).</span>
          </div>
          <SelectField
            label="Lock after"
            hint="Minutes without using the app. The computer going to sleep locks it too (desktop app)."
            value={String(state.lockAfterMinutes)}
            onChange={(e) =>
              runAction('change when the app locks', () =>
                run(() => setLockAfterMinutes(Number(e.target.value))),
              )
            }
            options={LOCK_CHOICES.map((m) => ({
              value: String(m),
              label: m === 0 ? 'Never (only on demand)' : `${String(m)} minutes`,
            }))}
          />
          {os && (
            <CheckboxField
              label="Unlock automatically on this computer account"
              hint="The system's key store opens the workspace at start; the passphrase is still needed after a lock."
              checked={state.protectedByOs}
              onChange={(e) =>
                runAction('change how this computer opens the workspace', () =>
                  run(() => setOpenAutomatically(e.target.checked, os)),
                )
              }
            />
          )}
          <form className="stack" onSubmit={submitChange} noValidate aria-label="Change the passphrase">
            <h3>Change the passphrase</h3>
            <div className="form-grid">
              <TextField
                label="Current passphrase"
                type="password"
                autoComplete="current-password"
                value={current}
                error={errors.current}
                onChange={(e) => setCurrent(e.target.value)}
              />
              <TextField
                label="New passphrase"
                type="password"
                autoComplete="new-password"
                value={passphrase}
                error={errors.passphrase}
                onChange={(e) => setPassphraseText(e.target.value)}
              />
              <TextField
                label="Repeat the new passphrase"
                type="password"
                autoComplete="new-password"
                value={repeat}
                error={errors.repeat}
                onChange={(e) => setRepeat(e.target.value)}
              />
            </div>
            <div className="form-footer">
              <button
                type="button"
                className="btn btn-danger"
                disabled={busy}
                onClick={() =>
                  runAction('remove the passphrase', () =>
                    run(async () => {
                      await removePassphrase(current, os);
                      reset();
                      showToast({
                        message: 'Passphrase removed. The workspace stays encrypted on this computer.',
                      });
                    }),
                  )
                }
              >
                Remove the passphrase
              </button>
              <button type="submit" className="btn btn-primary" disabled={busy}>
                {busy ? 'Working…' : 'Change the passphrase'}
              </button>
            </div>
          </form>
          <Notice tone="info">
            Lost the recovery key? Setting a new one needs the workspace open: remove the passphrase, then set
            it again.
          </Notice>
        </>
      )}
      <RecoveryKeyDialog recoveryKey={recoveryKey} onClose={() => setRecoveryKey(null)} />
    </section>
  );
}
