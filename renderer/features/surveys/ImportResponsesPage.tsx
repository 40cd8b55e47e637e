// Import of an online-form export into one survey round, through the shared import wizard: columns matched to the
// round's questions, every bad row reported with its line, and people who already answered the round replaced or kept.
import { useMemo, useState } from 'react';
import { Link, useParams } from 'wouter';
import { Download } from 'lucide-react';
import type { SurveyInstrument, SurveyRound } from '../../domain/model';
import {
  completeResponsePreview,
  responseImportSpec,
  responseTemplateCsv,
  type ResponseImportContext,
  type ResponseImportPreview,
  type ResponseImportRow,
} from '../../domain/survey/responseImport';
import { saveTextFile } from '../../platform/desktop';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import { ImportWizard } from '../import/ImportWizard';
import type { StepOptions } from '../../domain/csv/importSteps';
import { SurveyFrame } from './SurveyFrame';
import { formatDay, plural } from '../../domain/format/format';
import { useCurrentRounds } from './useSurveys';
import { localToday } from '../../ui/useToday';
import { caseworkerRepository } from '../../data/rosterRepository';
import { surveyRepository } from '../../data/surveyRepository';
import { runAction } from '../../ui/runAction';

type Choice = 'keep' | 'replace';

function ExistingChoice({
  preview,
  round,
  choice,
  onChange,
}: {
  preview: ResponseImportPreview;
  round: SurveyRound;
  choice: Choice;
  onChange: (c: Choice) => void;
}) {
  const names = preview.alreadyAnswered.map((r) => r.value.caseworkerName);
  if (names.length === 0) return null;
  return (
    <fieldset className="stack" style={{ gap: 8 }}>
      <legend>
        {plural(names.length, 'person', 'people')} in this file already answered {round.name}
      </legend>
      <p className="small" style={{ margin: 0 }}>
        {names.join(', ')}. Each person has one response per round: replace their earlier answers with the
        file’s, or keep the earlier ones and skip these rows?
      </p>
      <label className="checkbox">
        <input
          type="radio"
          name="on-existing"
          checked={choice === 'keep'}
          onChange={() => onChange('keep')}
        />
        Keep their earlier answers (skip {plural(names.length, 'row')})
      </label>
      <label className="checkbox">
        <input
          type="radio"
          name="on-existing"
          checked={choice === 'replace'}
          onChange={() => onChange('replace')}
        />
        Replace them with the answers in this file (earlier answers go to Trash)
      </label>
    </fieldset>
  );
}

function RoundImport({ round, instrument }: { round: SurveyRound; instrument: SurveyInstrument }) {
  const [choice, setChoice] = useState<Choice>('keep');
  const spec = useMemo(() => responseImportSpec(instrument), [instrument]);

  async function loadContext(): Promise<ResponseImportContext> {
    const [caseworkers, existing] = await Promise.all([
      caseworkerRepository.listByName(),
      surveyRepository.responses.listOfRound(round.id),
    ]);
    return { instrument, round, caseworkers, existing, today: localToday() };
  }

  async function commit(
    preview: ResponseImportPreview,
    _fileName: string,
    steps: StepOptions,
  ): Promise<string> {
    const result = await surveyRepository.responses.importRows(
      round.id,
      preview.accepted.map((r) => r.value),
      choice,
      steps,
    );
    const parts = [`${plural(result.added + result.replaced, 'response')} imported into ${round.name}`];
    if (result.replaced > 0)
      parts.push(`${plural(result.replaced, 'earlier response')} replaced (now in Trash)`);
    if (result.kept > 0) parts.push(`${plural(result.kept, 'person', 'people')} kept their earlier answers`);
    return `${parts.join('; ')}.`;
  }

  const describeRow = (row: ResponseImportRow) => (
    <>
      <strong>{row.caseworkerName}</strong>
      <span className="muted">
        {' · '}answered {formatDay(row.answeredOn)} · {plural(Object.keys(row.answers).length, 'answer')}
        {row.replaces ? ' · already answered this round (see the choice above)' : ''}
      </span>
    </>
  );

  return (
    <ImportWizard
      rowsName="survey responses"
      spec={spec}
      loadContext={loadContext}
      complete={completeResponsePreview}
      describe={(p: ResponseImportPreview) => (
        <ExistingChoice preview={p} round={round} choice={choice} onChange={setChoice} />
      )}
      describeRow={describeRow}
      commit={commit}
      done={
        <Link href="~/surveys" className="btn btn-primary">
          See the results
        </Link>
      }
    />
  );
}

export function ImportResponsesPage() {
  const params = useParams<{ roundId?: string }>();
  // The rounds and their survey versions only (a few records), not the rollout's every answer.
  const current = useCurrentRounds();
  const [roundChoice, setRoundChoice] = useState(params.roundId ?? '');
  const rounds = current?.rounds ?? [];
  const round = rounds.find((r) => r.id === roundChoice) ?? rounds[rounds.length - 1];
  const instrument = current?.instruments.find((i) => i.id === round?.instrumentId);

  async function downloadTemplate() {
    if (!instrument) return;
    const saved = await saveTextFile({
      title: 'Save the answer template',
      defaultName: `survey-answers-template-v${String(instrument.version)}.csv`,
      filters: [{ name: 'CSV file', extensions: ['csv'] }],
      content: responseTemplateCsv(instrument),
    });
    if (!saved.ok) showToast({ message: `Could not save the template: ${saved.error}`, tone: 'danger' });
  }

  return (
    <SurveyFrame
      title="Import survey answers"
      description="Bring in the answers of an online form saved as CSV: one row per caseworker, one column per question. Nothing is saved until you confirm."
    >
      {current && rounds.length === 0 ? (
        <div className="card">
          <EmptyState
            title="Open a round first"
            action={
              <Link href="/rounds" className="btn btn-primary">
                Open the baseline round
              </Link>
            }
          >
            Imported answers belong to a survey round of the current rollout.
          </EmptyState>
        </div>
      ) : current && round && instrument ? (
        <div className="stack" style={{ gap: 16 }}>
          <section className="card form" aria-labelledby="import-round">
            <h2 id="import-round">Which round</h2>
            <div className="form-grid" style={{ alignItems: 'end' }}>
              <SelectField
                label="Import into round"
                value={round.id}
                onChange={(e) => setRoundChoice(e.target.value)}
                options={rounds.map((r) => ({
                  value: r.id,
                  label: `${r.name} (opened ${formatDay(r.openedOn)})`,
                }))}
              />
              <div>
                <button
                  type="button"
                  className="btn"
                  onClick={() => runAction('save the template', () => downloadTemplate())}
                >
                  <Download size={16} aria-hidden="true" /> Save a template for this round
                </button>
              </div>
            </div>
            <Notice tone="info">
              Each row needs the caseworker’s name, employee ID or email, as in the roster. Answers may be
              words (“Agree”, “Quite a lot”) or numbers from 1 to 5; tick-all answers are separated by ; or ,.
              The columns are matched to the {instrument.items.length} questions of {instrument.name}, version{' '}
              {instrument.version}.
            </Notice>
          </section>
          <RoundImport key={round.id} round={round} instrument={instrument} />
        </div>
      ) : null}
    </SurveyFrame>
  );
}
