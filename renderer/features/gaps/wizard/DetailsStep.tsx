// Step 1 of the wizard: who the gap is about, the expectation (from the list in settings or a new one), and the
// expected and actual levels, with what the measures say as a hint.
import { useMemo, type Dispatch, type ReactNode, type RefObject } from 'react';
import { ArrowRight } from 'lucide-react';
import type { WizardEvent, WizardState } from '../../../domain/gaps/diagnosisWizard';
import type { WorkerEvidence } from '../../../domain/gaps/gapEvidence';
import { caseworkerChoices } from '../../../domain/roster/pickerOptions';
import { ComboBoxField } from '../../../ui/ComboBoxField';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import type { DiagnosisWorkspace } from '../useGaps';

const NEW_EXPECTATION = '__new__';

export function DetailsStep({
  ws,
  state,
  dispatch,
  evidence,
  lockedCaseworker,
  offer,
  headingRef,
}: {
  ws: DiagnosisWorkspace;
  state: WizardState;
  dispatch: Dispatch<WizardEvent>;
  evidence: WorkerEvidence;
  lockedCaseworker: boolean;
  /** The waiting draft for the chosen caseworker, if any. */
  offer: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const people = useMemo(
    () => caseworkerChoices(ws.caseworkers, ws.units, [state.caseworkerId]),
    [ws.caseworkers, ws.units, state.caseworkerId],
  );
  const expectations = [...ws.settings.expectations];
  if (!state.newExpectation && state.expectation && !expectations.includes(state.expectation))
    expectations.push(state.expectation);
  const { visits, recentMonths } = evidence;

  return (
    <section className="card" aria-labelledby="wizard-step-title">
      <h2 id="wizard-step-title" ref={headingRef} tabIndex={-1}>
        Who and what is the gap about?
      </h2>
      {offer}
      <div className="form">
        <div className="form-grid">
          <ComboBoxField
            label="Caseworker"
            required
            isDisabled={lockedCaseworker}
            options={people}
            value={state.caseworkerId}
            error={state.errors.caseworker}
            onChange={(id) => dispatch({ type: 'choose-caseworker', caseworkerId: id })}
            placeholder="Type a name"
          />
          <SelectField
            label="Expectation"
            required
            value={state.newExpectation ? NEW_EXPECTATION : state.expectation}
            error={state.newExpectation ? undefined : state.errors.expectation}
            onChange={(e) =>
              dispatch(
                e.target.value === NEW_EXPECTATION
                  ? { type: 'write-new-expectation' }
                  : { type: 'choose-expectation', expectation: e.target.value },
              )
            }
            options={[
              ...expectations.map((x) => ({ value: x, label: x })),
              { value: NEW_EXPECTATION, label: 'A new expectation…' },
            ]}
          />
        </div>
        {state.newExpectation && (
          <TextField
            label="New expectation"
            hint="Added to the list in settings when you save the gap."
            value={state.expectation}
            error={state.errors.expectation}
            onChange={(e) => dispatch({ type: 'edit', field: 'expectation', value: e.target.value })}
            maxLength={500}
          />
        )}
        <div className="form-grid">
          <TextAreaField
            label="Expected level"
            hint="What good looks like, e.g. every child seen each month (95%)."
            rows={2}
            value={state.expectedLevel}
            onChange={(e) => dispatch({ type: 'edit', field: 'expectedLevel', value: e.target.value })}
            maxLength={500}
          />
          <TextAreaField
            label="Actual level"
            hint={
              visits.rate !== null
                ? `The measures say: ${visits.made} of ${visits.due} visits made in the last ${recentMonths.length} months.`
                : 'What you see now.'
            }
            rows={2}
            value={state.actualLevel}
            onChange={(e) => dispatch({ type: 'edit', field: 'actualLevel', value: e.target.value })}
            maxLength={500}
          />
        </div>
        <div className="form-footer">
          <button type="button" className="btn btn-primary" onClick={() => dispatch({ type: 'start' })}>
            Start the questions <ArrowRight size={16} aria-hidden="true" />
          </button>
        </div>
      </div>
    </section>
  );
}
