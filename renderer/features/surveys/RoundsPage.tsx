// Survey rounds of the current rollout (a baseline, then pulses): open one on a chosen survey version, see how many have
// answered, rename, or move one to Trash.
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ClipboardPen, Plus, Upload } from 'lucide-react';
import { fieldErrors, type SurveyInstrument, type SurveyRound } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import { SurveyFrame } from './SurveyFrame';
import { formatCount, formatDay } from '../../domain/format/format';
import { useCurrentRounds, useInstruments, type InstrumentState } from './useSurveys';
import { useRoundCounts } from './useRoundCounts';
import { answeredIn } from '../../domain/survey/roundCounts';
import { KeptFiguresNotice } from '../../ui/KeptFiguresNotice';
import { RowActions } from '../../ui/RowActions';
import { localToday } from '../../ui/useToday';
import { surveyRepository } from '../../data/surveyRepository';
import { runAction } from '../../ui/runAction';

const kindLabel: Record<SurveyRound['kind'], string> = { baseline: 'Baseline', pulse: 'Pulse' };

export const versionLabel = (i: SurveyInstrument) => `${i.name}, version ${String(i.version)}`;

function RoundForm({
  existing,
  rolloutId,
  rounds,
  instruments,
  answered,
  onDone,
}: {
  existing: SurveyRound | null;
  /** People who have answered the round being edited; its version is fixed once anyone has. */
  answered: number;
  rolloutId: string;
  rounds: SurveyRound[];
  instruments: InstrumentState;
  onDone: (saved: SurveyRound | null) => void;
}) {
  // The record as the form opened it: saving checks it against changes made elsewhere (another window) since.
  const [opened] = useState(existing);
  const first = rounds.length === 0;
  const [name, setName] = useState(
    existing?.name ?? (first ? 'Baseline survey' : `Pulse survey ${String(rounds.length)}`),
  );
  const [kind, setKind] = useState<SurveyRound['kind']>(existing?.kind ?? (first ? 'baseline' : 'pulse'));
  const [openedOn, setOpenedOn] = useState(existing?.openedOn ?? localToday());
  const [instrumentId, setInstrumentId] = useState(existing?.instrumentId ?? instruments.current?.id ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const chosen = instrumentId || (await surveyRepository.instruments.ensureDefault()).id;
      const saved = opened
        ? await surveyRepository.rounds.update(
            opened.id,
            { name, kind, openedOn, instrumentId: chosen },
            { opened },
          )
        : await surveyRepository.rounds.create({ rolloutId, instrumentId: chosen, name, kind, openedOn });
      onDone(saved);
    } catch (error) {
      setErrors(fieldErrors(error));
    }
  }

  return (
    <form className="form" onSubmit={(e) => runAction('save the survey round', () => submit(e))} noValidate>
      {errors[''] && <Notice tone="danger">{errors['']}</Notice>}
      <TextField
        label="Name"
        required
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <div className="form-grid">
        <SelectField
          label="Kind of round"
          hint="The baseline comes before training; pulses show who has changed their mind since."
          value={kind}
          onChange={(e) => setKind(e.target.value as SurveyRound['kind'])}
          options={[
            { value: 'baseline', label: 'Baseline' },
            { value: 'pulse', label: 'Pulse' },
          ]}
        />
        <TextField
          label="Opens on"
          type="date"
          required
          value={openedOn}
          error={errors.openedOn}
          onChange={(e) => setOpenedOn(e.target.value)}
        />
      </div>
      <SelectField
        label="Survey version"
        hint={
          answered > 0
            ? `Fixed: ${String(answered)} ${answered === 1 ? 'person has' : 'people have'} answered this round on this version.`
            : 'Answers are always scored with the questions of the version they were given on.'
        }
        disabled={answered > 0}
        value={instrumentId}
        error={errors.instrumentId}
        onChange={(e) => setInstrumentId(e.target.value)}
        options={instruments.versions.map((i) => ({
          value: i.id,
          label: `${versionLabel(i)}${i.id === instruments.current?.id ? ' (latest)' : ''}`,
        }))}
      />
      <div className="form-footer">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          {existing ? 'Save changes' : 'Open round'}
        </button>
      </div>
    </form>
  );
}

export function RoundsPage() {
  const results = useCurrentRounds();
  const shown = useRoundCounts();
  const counts = shown?.view;
  const instruments = useInstruments();
  const [editing, setEditing] = useState<{ round: SurveyRound | null } | null>(null);

  async function remove(r: SurveyRound) {
    await surveyRepository.rounds.remove(r.id);
    showToast({
      message: `${r.name} moved to Trash, with its answers.`,
      action: {
        label: 'Undo',
        run: () => runAction('restore the survey round', () => surveyRepository.rounds.restore(r.id)),
      },
    });
  }

  const addButton = (
    <button
      type="button"
      className="btn btn-primary"
      onClick={() => setEditing({ round: null })}
      disabled={!instruments}
    >
      <Plus size={16} aria-hidden="true" /> Open a round
    </button>
  );

  return (
    <SurveyFrame
      title="Survey rounds"
      description="A round is one time everyone answers the survey: a baseline before training, then short pulses to count who has come round."
      actions={results?.rollout ? addButton : undefined}
    >
      {results && results.rounds.length === 0 ? (
        <div className="card">
          <EmptyState
            title="No survey rounds yet"
            action={
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => setEditing({ round: null })}
                disabled={!instruments}
              >
                Open the baseline round
              </button>
            }
          >
            Open the baseline round for {results.rollout?.name}, then enter answers, hand the computer over in
            kiosk mode or import an online form.
          </EmptyState>
        </div>
      ) : results ? (
        <div className="table-wrap">
          {shown?.outdatedSince && (
            // Shown while the answers are counted again: what the counts were, said so, not a blank column.
            <KeptFiguresNotice
              since={shown.outdatedSince}
              what="counts"
              changed="The answers, the rounds or the roster have changed since."
            />
          )}
          <table className="table">
            <caption>
              Rounds of {results.rollout?.name}, oldest first. “Answered” counts the people with a response in
              the round, out of the {counts ? `${formatCount(counts.counted)} ` : ''}active and on-leave
              caseworkers.
            </caption>
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">Kind</th>
                <th scope="col">Opened</th>
                <th scope="col">Survey version</th>
                <th scope="col" className="num sv-answered">
                  Answered
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {results.rounds.map((r) => {
                const answered = counts ? answeredIn(counts, r.id) : null;
                const version = results.instruments.find((i) => i.id === r.instrumentId);
                return (
                  <tr key={r.id}>
                    <td>
                      <strong>{r.name}</strong>
                    </td>
                    <td>
                      <Badge tone={r.kind === 'baseline' ? 'accent' : 'neutral'}>{kindLabel[r.kind]}</Badge>
                    </td>
                    <td>{formatDay(r.openedOn)}</td>
                    <td>
                      {version ? (
                        `Version ${String(version.version)}`
                      ) : (
                        <span className="muted">Missing</span>
                      )}
                    </td>
                    {counts && answered !== null ? (
                      <td
                        className="num"
                        title={`${formatCount(answered)} of ${formatCount(counts.counted)} caseworkers have answered ${r.name}`}
                      >
                        {formatCount(answered)}{' '}
                        <span className="muted">of {formatCount(counts.counted)}</span>
                      </td>
                    ) : (
                      <td className="num muted" aria-busy="true">
                        Counting…
                      </td>
                    )}
                    <td>
                      <RowActions
                        name={r.name}
                        onEdit={() => setEditing({ round: r })}
                        onDelete={() => runAction('move the survey round to Trash', () => remove(r))}
                      >
                        <Link
                          href={`/answer/${r.id}`}
                          className="btn btn-small"
                          aria-label={`Enter answers for ${r.name}`}
                        >
                          <ClipboardPen size={14} aria-hidden="true" /> Enter answers
                        </Link>
                        <Link
                          href={`/import/${r.id}`}
                          className="btn btn-small"
                          aria-label={`Import answers into ${r.name}`}
                        >
                          <Upload size={14} aria-hidden="true" /> Import
                        </Link>
                      </RowActions>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <Dialog
        title={editing?.round ? `Edit ${editing.round.name}` : 'Open a survey round'}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && results?.rollout && instruments && (
          <RoundForm
            existing={editing.round}
            rolloutId={results.rollout.id}
            rounds={results.rounds}
            instruments={instruments}
            answered={editing.round && counts ? answeredIn(counts, editing.round.id) : 0}
            onDone={(saved) => {
              setEditing(null);
              if (saved) showToast({ message: `${saved.name} saved.` });
            }}
          />
        )}
      </Dialog>
    </SurveyFrame>
  );
}
