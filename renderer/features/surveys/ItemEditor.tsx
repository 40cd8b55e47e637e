// The fields of one survey question in the editor: its words, kind of answer, the construct it measures, weight,
// reverse-scoring, whether it counts and whether it may be skipped, and the answers of pick-one and tick-all questions.
import { Plus, X } from 'lucide-react';
import { constructs, type SurveyItem } from '../../domain/model';
import { constructDescriptions, constructLabels } from '../../domain/survey/defaultInstrument';
import {
  addOption,
  changeKind,
  constructsFor,
  kindLabels,
  type ItemKind,
} from '../../domain/survey/instrumentEditing';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/Field';

const WEIGHTS = [0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5];

interface Props {
  item: SurveyItem;
  number: number;
  error?: string;
  onChange: (next: SurveyItem) => void;
}

export function ItemEditor({ item, number, error, onChange }: Props) {
  const weights = WEIGHTS.includes(item.weight) ? WEIGHTS : [...WEIGHTS, item.weight].sort((a, b) => a - b);
  const hasOptions = item.kind === 'single' || item.kind === 'multi';
  const setOption = (index: number, patch: Partial<SurveyItem['options'][number]>) =>
    onChange({ ...item, options: item.options.map((o, i) => (i === index ? { ...o, ...patch } : o)) });
  return (
    <div className="sv-item-edit">
      <TextAreaField
        label={`Question ${String(number)} text`}
        hint="Write it as a caseworker will read it: short, plain, one idea."
        rows={2}
        required
        value={item.text}
        error={error}
        onChange={(e) => onChange({ ...item, text: e.target.value })}
      />
      <div className="form-grid">
        <SelectField
          label="Kind of answer"
          value={item.kind}
          onChange={(e) => onChange(changeKind(item, e.target.value as ItemKind, constructs))}
          options={(Object.keys(kindLabels) as ItemKind[]).map((k) => ({ value: k, label: kindLabels[k] }))}
        />
        <SelectField
          label="Measures"
          hint={constructDescriptions[item.construct]}
          value={item.construct}
          onChange={(e) => onChange({ ...item, construct: e.target.value as SurveyItem['construct'] })}
          options={constructsFor(item.kind, constructs).map((c) => ({ value: c, label: constructLabels[c] }))}
        />
        <SelectField
          label="Weight"
          hint="How much this answer counts next to the others; 1 is normal, 0 records it without counting."
          value={String(item.weight)}
          onChange={(e) => onChange({ ...item, weight: Number(e.target.value) })}
          options={weights.map((w) => ({ value: String(w), label: w === 1 ? '1 (normal)' : String(w) }))}
        />
      </div>
      <div className="row" style={{ gap: 24, alignItems: 'flex-start' }}>
        {item.kind === 'likert5' && (
          <CheckboxField
            label="Reverse-scored"
            hint="For worries: agreeing lowers readiness."
            checked={item.reverse}
            onChange={(e) => onChange({ ...item, reverse: e.target.checked })}
          />
        )}
        <CheckboxField
          label="Counts toward readiness"
          hint={
            item.kind === 'adkar'
              ? 'ADKAR ratings are usually recorded only.'
              : 'Unticked: recorded, not scored.'
          }
          checked={item.scored}
          onChange={(e) => onChange({ ...item, scored: e.target.checked })}
        />
        <CheckboxField
          label="Optional"
          hint="People may leave it blank; blanks never count as zero."
          checked={item.optional}
          onChange={(e) => onChange({ ...item, optional: e.target.checked })}
        />
      </div>
      {hasOptions && (
        <fieldset className="stack" style={{ gap: 8 }}>
          <legend>Answers to choose from</legend>
          <p className="small muted" style={{ margin: 0 }}>
            {item.kind === 'single'
              ? 'Each answer scores from 0 (least ready) to 100 (most ready).'
              : 'Each ticked answer adds its points; the question scores at most 100.'}
          </p>
          {item.options.map((o, i) => (
            <div key={o.value} className="sv-option-row">
              <TextField
                label={`Answer ${String(i + 1)}`}
                value={o.label}
                onChange={(e) => setOption(i, { label: e.target.value })}
              />
              <TextField
                label={item.kind === 'single' ? 'Score (0-100)' : 'Adds (0-100)'}
                inputMode="numeric"
                value={String(Math.round(o.score * 100))}
                onChange={(e) => {
                  const n = Number(e.target.value.replace(/[^\d]/g, '') || '0');
                  setOption(i, { score: Math.min(100, n) / 100 });
                }}
              />
              <button
                type="button"
                className="btn btn-small"
                aria-label={`Remove answer ${String(i + 1)} (${o.label || 'blank'})`}
                onClick={() => onChange({ ...item, options: item.options.filter((_, j) => j !== i) })}
              >
                <X size={14} aria-hidden="true" /> Remove
              </button>
            </div>
          ))}
          <div>
            <button type="button" className="btn btn-small" onClick={() => onChange(addOption(item))}>
              <Plus size={14} aria-hidden="true" /> Add an answer
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
