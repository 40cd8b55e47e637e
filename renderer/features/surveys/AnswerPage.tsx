// Entering answers for one caseworker and one round: the supervisor types them in, or hands the computer over in kiosk
// mode. A second response in the same round asks whether to replace or keep the earlier one.
import { useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { MonitorSmartphone } from 'lucide-react';
import type { Answers } from '../../domain/survey/answerValidation';
import { countsInResults } from '../../domain/survey/stanceMix';
import { AlreadyAnsweredError, surveyRepository } from '../../data/surveyRepository';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { caseworkerChoices } from '../../domain/roster/pickerOptions';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import { SurveyForm } from './SurveyForm';
import { SurveyFrame } from './SurveyFrame';
import { viaLabel } from './surveyFormat';
import { formatCount, formatDay } from '../../domain/format/format';
import { useSettings } from '../settings/useSettings';
import { useSharedRoster } from '../shared/useSharedRoster';
import { useCurrentRounds } from './useSurveys';
import { useWhoAnswered } from './useWhoAnswered';
import { localToday } from '../../ui/useToday';
import { kioskRepository } from '../../data/surveyKiosk';
import { runAction } from '../../ui/runAction';

type Pending = { kind: 'form'; answers: Answers } | { kind: 'kiosk' };

export function AnswerPage() {
  const params = useParams<{ roundId?: string; caseworkerId?: string }>();
  const [, navigate] = useLocation();
  // The rounds, the roster and who answered the round chosen: not the rollout's every answer (50,000 at agency scale).
  const current = useCurrentRounds();
  const settings = useSettings();
  const roster = useSharedRoster();
  const [roundChoice, setRoundChoice] = useState(params.roundId ?? '');
  const [caseworkerId, setCaseworkerId] = useState(params.caseworkerId ?? '');
  const [answeredOn, setAnsweredOn] = useState(localToday());
  const [pending, setPending] = useState<Pending | null>(null);
  const [kioskError, setKioskError] = useState<string | null>(null);

  const rounds = current?.rounds ?? [];
  const round = rounds.find((r) => r.id === roundChoice) ?? rounds[rounds.length - 1];
  const instrument = current?.instruments.find((i) => i.id === round?.instrumentId);
  const caseworker = caseworkerId ? roster?.person(caseworkerId) : undefined;
  const roundId = round?.id;
  const { answered: answeredIds, existing } = useWhoAnswered(roundId, caseworkerId);
  const pinSet = Boolean(settings?.kioskPinHash);
  const people = useMemo(() => (roster?.caseworkers ?? []).filter(countsInResults), [roster]);
  const choices = useMemo(
    () =>
      caseworkerChoices(
        people,
        roster?.units ?? [],
        people.map((c) => c.id),
      ).map((c) => ({
        ...c,
        detail: `${c.detail ?? ''}${answeredIds?.has(c.id) ? ' · answered' : ''}`,
      })),
    [people, roster, answeredIds],
  );

  async function saveForm(answers: Answers, onExisting: 'ask' | 'replace' | 'keep' = 'ask') {
    if (!round || !caseworker) return;
    try {
      const result = await surveyRepository.responses.save(
        { roundId: round.id, caseworkerId: caseworker.id, answers, via: 'form', answeredOn },
        onExisting,
      );
      setPending(null);
      showToast({
        message: result.kept
          ? `Kept ${caseworker.name}’s earlier answers; nothing was changed.`
          : `${caseworker.name}’s answers saved${result.replaced ? ', replacing the earlier ones (now in Trash)' : ''}.`,
      });
      navigate(`/people/${caseworker.id}`);
    } catch (error) {
      if (error instanceof AlreadyAnsweredError) setPending({ kind: 'form', answers });
      else throw error;
    }
  }

  async function handOver(replaceExisting: boolean) {
    if (!round || !caseworker) return;
    setKioskError(null);
    try {
      setPending(null);
      await kioskRepository.start({
        roundId: round.id,
        caseworkerId: caseworker.id,
        replaceExisting,
        returnTo: `/surveys/people/${caseworker.id}`,
      });
    } catch (error) {
      if (error instanceof AlreadyAnsweredError) setPending({ kind: 'kiosk' });
      else setKioskError(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <SurveyFrame
      title="Enter survey answers"
      description="Type in a caseworker’s answers yourself, or hand them the computer in kiosk mode so they answer on their own."
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
            Answers belong to a survey round of the current rollout.
          </EmptyState>
        </div>
      ) : current && roster && round ? (
        <div className="stack" style={{ gap: 16 }}>
          <div className="grid-2">
            <section className="card form" aria-labelledby="answer-who">
              <h2 id="answer-who">Who is answering</h2>
              <SelectField
                label="Survey round"
                value={round.id}
                onChange={(e) => setRoundChoice(e.target.value)}
                options={rounds.map((r) => ({
                  value: r.id,
                  label: `${r.name} (opened ${formatDay(r.openedOn)})`,
                }))}
              />
              <ComboBoxField
                label="Caseworker"
                value={caseworkerId}
                onChange={setCaseworkerId}
                placeholder="Type a name"
                hint={
                  answeredIds
                    ? `${formatCount(answeredIds.size)} of ${formatCount(people.length)} caseworkers have answered ${round.name}.`
                    : `Finding who has answered ${round.name}…`
                }
                options={choices}
              />
              {existing && caseworker && (
                <Notice tone="info">
                  {caseworker.name} already answered {round.name} on {formatDay(existing.answeredOn)} (
                  {viaLabel[existing.via]}). New answers will ask whether to replace or keep those.
                </Notice>
              )}
            </section>
            <section className="card stack" style={{ alignContent: 'start' }} aria-labelledby="answer-kiosk">
              <h2 id="answer-kiosk" style={{ margin: 0 }}>
                Hand over the computer
              </h2>
              <p className="muted" style={{ margin: 0 }}>
                Kiosk mode fills the screen with {caseworker ? `${caseworker.name}’s` : 'one person’s'} survey
                and nothing else: no menu, no other names, no way out without your PIN. After they send their
                answers, it thanks them and waits for you.
              </p>
              {!pinSet ? (
                <Notice tone="warning" title="Kiosk mode needs a supervisor PIN">
                  Only you should be able to end kiosk mode, so it needs a PIN first.{' '}
                  <Link href="~/settings">Set a PIN in Settings</Link>, then come back.
                </Notice>
              ) : (
                <div>
                  <button
                    type="button"
                    className="btn btn-primary"
                    disabled={!caseworker}
                    onClick={() => runAction('hand over to kiosk mode', () => handOver(false))}
                  >
                    <MonitorSmartphone size={16} aria-hidden="true" /> Hand over in kiosk mode
                  </button>
                  {!caseworker && <p className="small muted">Choose a caseworker first.</p>}
                </div>
              )}
              {kioskError && <Notice tone="danger">{kioskError}</Notice>}
            </section>
          </div>
          <section className="card stack" aria-labelledby="answer-form">
            <div className="card-title">
              <h2 id="answer-form">
                {caseworker ? `Type in ${caseworker.name}’s answers` : 'Type in the answers'}
              </h2>
              {instrument && (
                <span className="small muted">{`${instrument.name}, version ${String(instrument.version)}`}</span>
              )}
            </div>
            {!caseworker || !instrument ? (
              <p className="muted">Choose a caseworker above to show the questions.</p>
            ) : (
              <>
                <TextField
                  label="Answered on"
                  type="date"
                  value={answeredOn}
                  onChange={(e) => setAnsweredOn(e.target.value)}
                  style={{ maxWidth: 220 }}
                />
                <SurveyForm
                  key={`${round.id}-${caseworker.id}`}
                  idPrefix="answer"
                  items={instrument.items}
                  showScoring
                  sectionLevel={3}
                  submitLabel="Save answers"
                  onSubmit={(answers) => saveForm(answers)}
                />
              </>
            )}
          </section>
        </div>
      ) : (
        // The rounds and the roster are read (the roster's 5,000 names, when no screen has read them yet): said, not
        // a blank page.
        <p className="muted" aria-busy="true">
          Reading the rounds and the roster…
        </p>
      )}
      <Dialog
        title={caseworker ? `${caseworker.name} already answered this round` : 'Already answered'}
        open={pending !== null}
        onClose={() => setPending(null)}
      >
        {pending && existing && round && (
          <div className="stack">
            <p>
              Their answers of {formatDay(existing.answeredOn)} ({viaLabel[existing.via]}) are stored for{' '}
              {round.name}. Each person has one response per round.{' '}
              {pending.kind === 'form'
                ? 'Replace them with the answers you just typed, or keep them?'
                : 'Hand over the computer so they answer again, replacing the earlier answers, or keep those?'}
            </p>
            <p className="small muted">Replaced answers go to Trash, where they can be restored.</p>
            <div className="form-footer">
              <button
                type="button"
                className="btn"
                onClick={() =>
                  pending.kind === 'form'
                    ? runAction('save the answers', () => saveForm(pending.answers, 'keep'))
                    : setPending(null)
                }
              >
                Keep the earlier answers
              </button>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() =>
                  pending.kind === 'form'
                    ? runAction('save the answers', () => saveForm(pending.answers, 'replace'))
                    : runAction('hand over to kiosk mode', () => handOver(true))
                }
              >
                {pending.kind === 'form' ? 'Replace with the new answers' : 'Replace: hand over the computer'}
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </SurveyFrame>
  );
}
