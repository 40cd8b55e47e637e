// What the caseworker sees in kiosk mode: their survey and nothing else, a thank-you once it is sent, and a small
// supervisor's PIN prompt to end kiosk mode. A wrong PIN says so; repeated wrong PINs make the next try wait.
import { nowMs } from '../../clock';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CheckCircle2, Lock } from 'lucide-react';
import { describeWait, waitLeft } from '../../domain/crypto/backoff';
import { type KioskLock, kioskRepository } from '../../data/surveyKiosk';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { SurveyForm } from './SurveyForm';

import { useKioskSurvey } from './useSurveys';
import { localToday } from '../../ui/useToday';
import { runAction } from '../../ui/runAction';

export function SupervisorUnlock({ onUnlocked }: { onUnlocked: (returnTo: string) => void }) {
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);
  const [waitUntil, setWaitUntil] = useState(0);
  const [, tick] = useState(0);
  const waiting = waitUntil > nowMs();

  // The count of wrong PINs is stored, so a reload comes back to the same wait.
  useEffect(() => {
    let current = true;
    runAction('read how long to wait before the next PIN', () =>
      kioskRepository.failures().then((failures) => {
        const left = waitLeft(failures, nowMs());
        if (current && left > 0) setWaitUntil(nowMs() + left);
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
    if (waiting || checking) return;
    setChecking(true);
    const result = await kioskRepository.end(pin);
    setChecking(false);
    setPin('');
    if (result.ok) return onUnlocked(result.returnTo);
    if (result.waitMs > 0) {
      setWaitUntil(nowMs() + result.waitMs);
      setError(`That PIN is not right. Wait ${describeWait(result.waitMs)} before the next try.`);
    } else setError('That PIN is not right. Kiosk mode stays on.');
  }

  if (!open) {
    return (
      <button type="button" className="btn btn-small btn-ghost" onClick={() => setOpen(true)}>
        <Lock size={14} aria-hidden="true" /> Supervisor: end kiosk mode
      </button>
    );
  }
  const secondsLeft = Math.max(0, Math.ceil((waitUntil - nowMs()) / 1000));
  return (
    <form
      className="sv-kiosk-unlock"
      onSubmit={(e) => runAction('end kiosk mode', () => submit(e))}
      noValidate
      aria-label="End kiosk mode"
    >
      <TextField
        label="Supervisor PIN"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        autoFocus
        value={pin}
        error={error}
        hint={
          waiting
            ? `You can try again in ${describeWait(secondsLeft * 1000)}.`
            : 'Only the supervisor who handed over the computer knows it.'
        }
        onChange={(e) => setPin(e.target.value)}
      />
      <button type="submit" className="btn btn-primary" disabled={waiting || checking || pin === ''}>
        {checking ? 'Checking…' : 'Unlock'}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setOpen(false);
          setError(undefined);
        }}
      >
        Cancel
      </button>
    </form>
  );
}

export function KioskScreen({
  lock,
  onUnlocked,
}: {
  lock: KioskLock;
  onUnlocked: (returnTo: string) => void;
}) {
  const session = lock.session;
  const survey = useKioskSurvey(session);
  const submitted = Boolean(session?.submittedAt);
  const thanksRef = useRef<HTMLHeadingElement>(null);
  const firstName = survey?.caseworkerName.split(/\s+/)[0] ?? '';

  useEffect(() => {
    if (submitted) thanksRef.current?.focus();
  }, [submitted]);

  return (
    <main className="sv-kiosk">
      <div className="sv-kiosk-inner">
        <header className="sv-kiosk-header">
          <span className="brand-mark" aria-hidden="true">
            CC
          </span>
          <h1>{survey?.instrument.name ?? 'Survey'}</h1>
        </header>
        {survey === null || !session ? (
          <Notice tone="warning" title="This survey cannot be shown">
            Please hand the computer back to your supervisor.
          </Notice>
        ) : survey === undefined ? null : submitted ? (
          <section className="card sv-kiosk-thanks" aria-labelledby="kiosk-thanks">
            <CheckCircle2 size={56} aria-hidden="true" />
            <h2 id="kiosk-thanks" ref={thanksRef} tabIndex={-1}>
              Thank you, {firstName}!
            </h2>
            <p>Your answers are saved. Please hand the computer back to your supervisor.</p>
          </section>
        ) : (
          <>
            <div className="card stack" style={{ gap: 8 }}>
              <p className="sv-kiosk-for" style={{ margin: 0 }}>
                These questions are for <strong>{survey.caseworkerName}</strong> ({survey.roundName}). If that
                is not you, please hand the computer back to your supervisor.
              </p>
              {survey.instrument.description && (
                <p className="muted" style={{ margin: 0 }}>
                  {survey.instrument.description}
                </p>
              )}
            </div>
            <SurveyForm
              idPrefix="kiosk"
              items={survey.instrument.items}
              submitLabel="Send my answers"
              onSubmit={(answers) => kioskRepository.submit(answers, localToday())}
            />
          </>
        )}
        <footer className="sv-kiosk-footer">
          <SupervisorUnlock onUnlocked={onUnlocked} />
        </footer>
      </div>
    </main>
  );
}
