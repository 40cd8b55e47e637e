// The lock screen: the only thing on the page while the workspace is locked. The passphrase (or the recovery key
// written down at setup) opens it; wrong tries make the next one wait longer, also after a reload.
import { useEffect, useState, type FormEvent } from 'react';
import { LockKeyhole } from 'lucide-react';
import { describeWait } from '../../domain/crypto/backoff';
import { WrongSecretError } from '../../domain/crypto/keyHierarchy';
import {
  loadKeyState,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  WaitBeforeRetryError,
} from '../../data/keyStore';
import { nowMs } from '../../clock';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';

export function LockScreen() {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [waitUntil, setWaitUntil] = useState(0);
  const [, tick] = useState(0);
  const waiting = waitUntil > nowMs();

  useEffect(() => {
    let current = true;
    runAction('read how long to wait before the next try', () =>
      loadKeyState().then((state) => {
        if (current && state.waitMs > 0) setWaitUntil(nowMs() + state.waitMs);
      }),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || waiting || secret === '') return;
    setBusy(true);
    setError(undefined);
    try {
      if (mode === 'passphrase') await unlockWithPassphrase(secret);
      else {
        await unlockWithRecoveryKey(secret);
        showToast({
          message: 'Opened with the recovery key. Choose a new passphrase in Settings, under Security.',
        });
      }
    } catch (failure) {
      setSecret('');
      if (failure instanceof WaitBeforeRetryError) {
        setWaitUntil(nowMs() + failure.waitMs);
        setError(`That was not right. Wait ${describeWait(failure.waitMs)} before the next try.`);
      } else if (failure instanceof WrongSecretError) setError(failure.message);
      else setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  const left = Math.max(0, waitUntil - nowMs());
  return (
    <main className="welcome lock-screen" id="main">
      <form
        className="card welcome-card form"
        onSubmit={(e) => runAction('unlock the workspace', () => submit(e))}
        noValidate
        aria-labelledby="lock-title"
      >
        <div className="brand" style={{ padding: 0, marginBottom: 12 }}>
          <span className="brand-mark" aria-hidden="true">
            CC
          </span>
          Cohort Coach
        </div>
        <h1 id="lock-title">
          <LockKeyhole size={22} aria-hidden="true" /> Cohort Coach is locked
        </h1>
        <p className="muted">
          The workspace holds confidential personnel information and is encrypted on this computer.{' '}
          {mode === 'passphrase'
            ? 'Type your passphrase to open it.'
            : 'Type the recovery key you wrote down when you set the passphrase; then choose a new passphrase.'}
        </p>
        {waiting && (
          <Notice tone="warning">Too many wrong tries. You can try again in {describeWait(left)}.</Notice>
        )}
        <TextField
          label={mode === 'passphrase' ? 'Passphrase' : 'Recovery key'}
          type={mode === 'passphrase' ? 'password' : 'text'}
          autoComplete={mode === 'passphrase' ? 'current-password' : 'off'}
          spellCheck={false}
          autoFocus
          value={secret}
          error={error}
          {...(mode === 'recovery'
            ? { hint: 'Eight groups of four letters and digits, e.g. 7K2Q-M9XD-…' }
            : {})}
          onChange={(e) => setSecret(e.target.value)}
        />
        <div className="form-footer">
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => {
              setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
              setSecret('');
              setError(undefined);
            }}
          >
            {mode === 'passphrase' ? 'Use the recovery key instead' : 'Use the passphrase instead'}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || waiting || secret === ''}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
        </div>
      </form>
    </main>
  );
}
