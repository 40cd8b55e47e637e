// The Settings section for the supervisor's kiosk PIN: set it, change it or remove it. Only an Argon2id hash is stored.
import { useState, type FormEvent } from 'react';
import { KeyRound } from 'lucide-react';
import { fieldErrors } from '../../domain/model';
import { isWeakPinHash, PIN_MAX, PIN_MIN, pinProblem } from '../../domain/survey/kioskPin';
import { Badge } from '../../ui/Badge';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import { useSettings } from './useSettings';
import { kioskRepository, WEAK_PIN_MESSAGE } from '../../data/surveyKiosk';
import { runAction } from '../../ui/runAction';

export function KioskPinSettings() {
  const settings = useSettings();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const isSet = Boolean(settings?.kioskPinHash);
  const weak = isWeakPinHash(settings?.kioskPinHash ?? null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = pinProblem(pin);
    if (problem) return setErrors({ pin: problem });
    if (repeat !== pin)
      return setErrors({ repeat: 'The two PINs are not the same. Type the new PIN again.' });
    try {
      await kioskRepository.setPin(pin);
      setPin('');
      setRepeat('');
      setErrors({});
      showToast({ message: isSet ? 'Kiosk PIN changed.' : 'Kiosk PIN set. Kiosk mode is ready to use.' });
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }

  async function remove() {
    try {
      await kioskRepository.clearPin();
      setErrors({});
      showToast({ message: 'Kiosk PIN removed. Kiosk mode cannot be used until a new PIN is set.' });
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }

  return (
    <form
      className="card form"
      onSubmit={(e) => runAction('set the kiosk PIN', () => submit(e))}
      noValidate
      aria-labelledby="settings-kiosk"
    >
      <div className="card-title">
        <h2 id="settings-kiosk">Kiosk mode PIN</h2>
        {settings &&
          (isSet && !weak ? (
            <Badge tone="success">PIN is set</Badge>
          ) : (
            <Badge tone="warning">{weak ? 'PIN needs replacing' : 'No PIN yet'}</Badge>
          ))}
      </div>
      <p className="muted" style={{ margin: 0 }}>
        Kiosk mode hands the computer to one caseworker to answer the survey, with nothing else on screen.
        Only this PIN ends it, so keep it to yourself and write it down somewhere safe: without it, kiosk mode
        cannot be left. Only a slow, salted hash (Argon2id) of the PIN is stored, and wrong PINs make the next
        try wait longer.
      </p>
      {weak && <Notice tone="warning">{WEAK_PIN_MESSAGE}</Notice>}
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <div className="form-grid">
        <TextField
          label={isSet ? 'New PIN' : 'PIN'}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          hint={`${String(PIN_MIN)} to ${String(PIN_MAX)} digits.`}
          value={pin}
          error={errors.pin}
          onChange={(e) => setPin(e.target.value)}
        />
        <TextField
          label={isSet ? 'Repeat the new PIN' : 'Repeat the PIN'}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={repeat}
          error={errors.repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </div>
      <div className="form-footer">
        {isSet && (
          <button
            data-write
            type="button"
            className="btn btn-danger"
            onClick={() => runAction('remove the kiosk PIN', () => remove())}
          >
            Remove the PIN
          </button>
        )}
        <button type="submit" className="btn btn-primary">
          <KeyRound size={16} aria-hidden="true" /> {isSet ? 'Change the PIN' : 'Set the PIN'}
        </button>
      </div>
    </form>
  );
}
