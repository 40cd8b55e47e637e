// The mastery rules (PRODUCT.md 4.7) in Settings: each threshold with what it means, the rules as a whole in plain
// words as they are being edited, checked before saving, and a way back to the defaults. Every screen reads the
// saved rules live, so the dashboard, cohorts, timelines and reports follow a change at once.
import { useState, type FormEvent } from 'react';
import {
  defaultRulesForm,
  describeMasteryRules,
  masteryRuleFields,
  masteryRulesForm,
  parseMasteryRules,
  type MasteryRuleKey,
  type MasteryRulesForm,
} from '../../domain/mastery/masteryRules';
import { defaultMasteryRules, type MasteryRules } from '../../domain/model';
import { settingsRepository } from '../../data/settingsRepository';
import { CheckboxField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';

export function MasteryRulesSettings({ rules }: { rules: MasteryRules }) {
  const [form, setForm] = useState<MasteryRulesForm>(() => masteryRulesForm(rules));
  const [errors, setErrors] = useState<Partial<Record<MasteryRuleKey | '', string>>>({});
  const parsed = parseMasteryRules(form);
  const words = describeMasteryRules(parsed.ok ? parsed.rules : rules);

  async function save(next: MasteryRules, message: string) {
    try {
      await settingsRepository.save({ mastery: next });
      setErrors({});
      showToast({ message });
    } catch (error) {
      setErrors({ '': error instanceof Error ? error.message : String(error) });
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!parsed.ok) return setErrors(parsed.errors);
    runAction('save the mastery rules', () =>
      save(parsed.rules, 'Mastery rules saved. Every screen now uses them.'),
    );
  }

  function restore() {
    setForm(defaultRulesForm());
    runAction('restore the default mastery rules', () =>
      save(defaultMasteryRules(), 'Default mastery rules restored.'),
    );
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="settings-mastery">
      <h2 id="settings-mastery">Mastery rules</h2>
      <p className="muted">
        Mastery has five parts: training, coaching, a cohort, opportunities to use the tool, and time. These
        rules decide each caseworker&apos;s level on the dashboard, the cohort pages, timelines and reports.
      </p>
      <section aria-labelledby="mastery-in-words" className="rules-in-words">
        <h3 id="mastery-in-words">The rules in words{parsed.ok ? '' : ' (as saved)'}</h3>
        <ul>
          {words.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </section>
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <div className="form-grid">
        {masteryRuleFields.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            hint={f.hint}
            inputMode={f.decimal ? 'decimal' : 'numeric'}
            value={form[f.key]}
            error={errors[f.key]}
            onChange={(e) => setForm({ ...form, [f.key]: e.target.value })}
          />
        ))}
      </div>
      <CheckboxField
        label="Proficient needs a place in a cohort"
        hint="Cohort: the person is a member of one of the rollout's cohorts."
        checked={form.proficientNeedsCohort}
        onChange={(e) => setForm({ ...form, proficientNeedsCohort: e.target.checked })}
      />
      <div className="form-footer">
        <button type="button" className="btn" onClick={restore}>
          Restore the defaults
        </button>
        <button type="submit" className="btn btn-primary">
          Save the rules
        </button>
      </div>
    </form>
  );
}
