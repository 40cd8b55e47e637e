// Surveys area (technology-adoption survey). Not built yet: says so honestly.
import { ComingSoon } from '../../ui/ComingSoon';

export function SurveysPage() {
  return (
    <ComingSoon title="Surveys" purpose="A quick technology-adoption survey sorts likely cheerleaders from hecklers before cohorts are set.">
      <ul>
        <li>A ready-made survey in plain language, which you can edit.</li>
        <li>Answers typed in by a supervisor, given by a caseworker in kiosk mode, or imported from an online form.</li>
        <li>A readiness score for each person, explained in words, and their stance: cheerleader, fence-sitter or heckler.</li>
        <li>Re-surveys over time, with the conversions from heckler to cheerleader counted.</li>
      </ul>
    </ComingSoon>
  );
}
