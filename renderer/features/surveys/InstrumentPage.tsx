// The survey editor: every question with what it measures and how it scores; add, reword, reorder (buttons, so it works
// from the keyboard), remove, reverse-score, weight. Saving a version people have answered makes a new version, so old
// answers keep the questions they answered.
import { useEffect, useRef, useState } from 'react';
import { ArrowDown, ArrowUp, Pencil, Plus, Trash2, X } from 'lucide-react';
import { constructs, type FieldIssue, type SurveyInstrument } from '../../domain/model';
import { constructDescriptions, constructLabels } from '../../domain/survey/defaultInstrument';
import {
  checkDraft,
  constructsFor,
  describeScoring,
  itemsChanged,
  kindLabels,
  moveItem,
  newItem,
  type InstrumentDraft,
  type ItemKind,
} from '../../domain/survey/instrumentEditing';
import { Badge } from '../../ui/Badge';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import { ItemEditor } from './ItemEditor';
import { SurveyFrame } from './SurveyFrame';
import { plural } from '../../domain/format/format';
import { useInstruments, type InstrumentState } from './useSurveys';
import { surveyRepository } from '../../data/surveyRepository';
import { runAction } from '../../ui/runAction';

const toDraft = (i: SurveyInstrument): InstrumentDraft => ({
  name: i.name,
  description: i.description,
  items: i.items,
});

function Editor({ instrument, state }: { instrument: SurveyInstrument; state: InstrumentState }) {
  const [draft, setDraft] = useState<InstrumentDraft>(() => toDraft(instrument));
  const [openId, setOpenId] = useState<string | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [newKind, setNewKind] = useState<ItemKind>('likert5');
  const [busy, setBusy] = useState(false);
  const focusNext = useRef<{ id: string; what: 'up' | 'down' | 'text' | 'edit' } | null>(null);
  const issuesRef = useRef<HTMLDivElement>(null);
  const answered = state.answers.get(instrument.id) ?? 0;
  const dirty =
    itemsChanged(instrument.items, draft.items) ||
    draft.name.trim() !== instrument.name.trim() ||
    draft.description.trim() !== instrument.description.trim();
  const questionsChanged = itemsChanged(instrument.items, draft.items);
  const byItem = new Map<string, string>();
  for (const i of issues) if (!byItem.has(i.field)) byItem.set(i.field, i.message);

  // After a move the focus follows the question, so keyboard users can keep pressing the same button.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const card = document.getElementById(`question-card-${target.id}`);
    if (target.what === 'text') return card?.querySelector('textarea')?.focus();
    const button =
      card?.querySelector<HTMLButtonElement>(`[data-action="${target.what}"]:not(:disabled)`) ??
      card?.querySelector<HTMLButtonElement>(
        '[data-action="up"]:not(:disabled), [data-action="down"]:not(:disabled)',
      );
    button?.focus();
  });

  const setItems = (items: InstrumentDraft['items']) => setDraft((d) => ({ ...d, items }));

  function move(index: number, delta: number) {
    const id = draft.items[index]?.id;
    if (!id) return;
    setItems(moveItem(draft.items, index, delta));
    focusNext.current = { id, what: delta < 0 ? 'up' : 'down' };
  }

  function add() {
    const construct = constructsFor(newKind, constructs)[0] ?? 'perceived-usefulness';
    const item = newItem(newKind, construct, draft.items);
    setItems([...draft.items, item]);
    setOpenId(item.id);
    focusNext.current = { id: item.id, what: 'text' };
  }

  function remove(index: number) {
    const item = draft.items[index];
    if (!item) return;
    setItems(draft.items.filter((_, i) => i !== index));
    showToast({
      message: `Question ${String(index + 1)} removed. Discard changes to bring it back.`,
      tone: 'info',
    });
  }

  async function save() {
    const found = checkDraft(draft);
    if (found.length > 0) {
      setIssues(found);
      const first = found.find((i) => draft.items.some((x) => x.id === i.field));
      if (first) setOpenId(first.field);
      requestAnimationFrame(() => issuesRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const result = await surveyRepository.instruments.saveDraft(instrument.id, draft);
      setIssues([]);
      if (result.outcome === 'new-version') {
        showToast({
          message: `Saved as version ${String(result.instrument.version)}. Earlier answers keep version ${String(instrument.version)}${
            result.roundsMoved > 0
              ? `; ${plural(result.roundsMoved, 'round')} nobody had answered yet now ${result.roundsMoved === 1 ? 'uses' : 'use'} the new version`
              : ''
          }.`,
        });
      } else showToast({ message: result.outcome === 'unchanged' ? 'Nothing changed.' : 'Survey saved.' });
    } catch (error) {
      setIssues([{ field: '', message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack" style={{ gap: 16 }}>
      {answered > 0 ? (
        <Notice
          tone="info"
          title={`Version ${String(instrument.version)} has answers from ${plural(answered, 'response')}`}
        >
          Changing the questions makes version {instrument.version + 1} when you save. Earlier answers keep
          version {instrument.version} and are still scored with its questions; rounds nobody has answered yet
          move to the new version. Renaming the survey keeps this version.
        </Notice>
      ) : (
        <Notice tone="info" title={`Nobody has answered version ${String(instrument.version)} yet`}>
          Your changes update it directly.
        </Notice>
      )}
      {issues.length > 0 && (
        <div ref={issuesRef} tabIndex={-1}>
          <Notice tone="danger" title="The survey cannot be saved yet">
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {issues.map((i) => (
                <li key={`${i.field}-${i.message}`}>{i.message}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
      <section className="card form" aria-labelledby="survey-about">
        <h2 id="survey-about">About the survey</h2>
        <TextField
          label="Survey name"
          required
          value={draft.name}
          error={byItem.get('name')}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        <TextAreaField
          label="Introduction"
          hint="Shown to caseworkers above the questions, in kiosk mode too."
          rows={3}
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
      </section>
      <section className="card" aria-labelledby="survey-questions">
        <div className="card-title">
          <h2 id="survey-questions">Questions ({draft.items.length})</h2>
          <span className="small muted">
            {plural(draft.items.filter((i) => i.scored && i.weight > 0).length, 'question')} count toward
            readiness
          </span>
        </div>
        <ol className="sv-item-list" aria-label="Questions in order">
          {draft.items.map((item, index) => {
            const open = openId === item.id;
            const error = byItem.get(item.id);
            return (
              <li
                key={item.id}
                id={`question-card-${item.id}`}
                className={`sv-item-card ${open ? 'sv-open' : ''}`}
              >
                <div className="sv-item-head">
                  <span className="sv-item-number" aria-hidden="true">
                    Q{index + 1}
                  </span>
                  <div className="sv-item-body">
                    <strong>{item.text.trim() || <span className="muted">(no text yet)</span>}</strong>
                    <div className="row" style={{ gap: 6 }}>
                      <span title={constructDescriptions[item.construct]}>
                        <Badge tone="accent">Measures: {constructLabels[item.construct]}</Badge>
                      </span>
                      <Badge>{kindLabels[item.kind]}</Badge>
                      {item.reverse && <Badge tone="warning">Reverse-scored</Badge>}
                      {item.weight !== 1 && <Badge tone="warning">Weight {item.weight}</Badge>}
                      {item.optional && <Badge>Optional</Badge>}
                      {!item.scored && <Badge>Not scored</Badge>}
                    </div>
                    <span className="small muted">How it scores: {describeScoring(item)}</span>
                    {error && !open && (
                      <span className="small" style={{ color: 'var(--danger)', fontWeight: 550 }}>
                        ⚠ {error}
                      </span>
                    )}
                  </div>
                  <div className="sv-item-tools">
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-expanded={open}
                      aria-label={`${open ? 'Close' : 'Edit'} question ${String(index + 1)}`}
                      onClick={() => setOpenId(open ? null : item.id)}
                    >
                      {open ? <X size={14} aria-hidden="true" /> : <Pencil size={14} aria-hidden="true" />}{' '}
                      {open ? 'Close' : 'Edit'}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      data-action="up"
                      disabled={index === 0}
                      aria-label={`Move question ${String(index + 1)} up`}
                      onClick={() => move(index, -1)}
                    >
                      <ArrowUp size={14} aria-hidden="true" />
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      data-action="down"
                      disabled={index === draft.items.length - 1}
                      aria-label={`Move question ${String(index + 1)} down`}
                      onClick={() => move(index, 1)}
                    >
                      <ArrowDown size={14} aria-hidden="true" />
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      aria-label={`Remove question ${String(index + 1)}`}
                      onClick={() => remove(index)}
                    >
                      <Trash2 size={14} aria-hidden="true" />
                    </button>
                  </div>
                </div>
                {open && (
                  <ItemEditor
                    item={item}
                    number={index + 1}
                    error={error}
                    onChange={(next) => setItems(draft.items.map((x) => (x.id === item.id ? next : x)))}
                  />
                )}
              </li>
            );
          })}
        </ol>
        <div className="toolbar" style={{ marginTop: 14, marginBottom: 0 }}>
          <SelectField
            label="New question"
            value={newKind}
            onChange={(e) => setNewKind(e.target.value as ItemKind)}
            options={(Object.keys(kindLabels) as ItemKind[]).map((k) => ({ value: k, label: kindLabels[k] }))}
          />
          <button type="button" className="btn" onClick={add}>
            <Plus size={16} aria-hidden="true" /> Add question
          </button>
        </div>
        <div className="sv-sticky-footer">
          <span className="muted small" role="status">
            {dirty
              ? questionsChanged && answered > 0
                ? `Unsaved changes: saving makes version ${String(instrument.version + 1)}.`
                : 'Unsaved changes.'
              : 'No unsaved changes.'}
          </span>
          <span className="spacer" />
          <button
            type="button"
            className="btn"
            disabled={!dirty || busy}
            onClick={() => {
              setDraft(toDraft(instrument));
              setIssues([]);
              setOpenId(null);
            }}
          >
            Discard changes
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!dirty || busy}
            onClick={() => runAction('save the survey', () => save())}
          >
            {questionsChanged && answered > 0
              ? `Save as version ${String(instrument.version + 1)}`
              : 'Save changes'}
          </button>
        </div>
      </section>
    </div>
  );
}

export function InstrumentPage() {
  const state = useInstruments();
  const current = state?.current;
  const older = state?.versions.filter((v) => v.id !== current?.id && v.seriesId === current?.seriesId) ?? [];
  return (
    <SurveyFrame
      needsRollout={false}
      title="Survey questions"
      description="The questions caseworkers answer, what each one measures and how it moves the readiness score. Edit them in plain words."
    >
      {state && current ? (
        <>
          <Editor key={`${current.id}-${current.updatedAt}`} instrument={current} state={state} />
          {older.length > 0 && (
            <p className="small muted" style={{ marginTop: 16 }}>
              Earlier versions, kept for the answers given on them:{' '}
              {older
                .map(
                  (v) => `version ${String(v.version)} (${plural(state.answers.get(v.id) ?? 0, 'response')})`,
                )
                .join(', ')}
              .
            </p>
          )}
        </>
      ) : null}
    </SurveyFrame>
  );
}
