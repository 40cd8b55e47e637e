// Reports area. Not built yet: says so honestly.
import { ComingSoon } from '../../ui/ComingSoon';

export function ReportsPage() {
  return (
    <ComingSoon title="Reports" purpose="Documents to hand to management and to caseworkers.">
      <ul>
        <li>A one-page coaching summary per caseworker.</li>
        <li>A cohort report and a rollout status report with its charts.</li>
        <li>Saved as PDF or CSV, with a presentation mode that hides real names.</li>
      </ul>
    </ComingSoon>
  );
}
