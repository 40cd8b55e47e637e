// Cohorts area (cohort builder and wave planner). Not built yet: says so honestly.
import { ComingSoon } from '../../ui/ComingSoon';

export function CohortsPage() {
  return (
    <ComingSoon
      title="Cohorts"
      purpose="Cohorts of seven people who do the same job, rolled out in waves with cheerleaders first."
    >
      <ul>
        <li>Proposed cohorts that keep units together, each placement with its reason.</li>
        <li>The highest-scoring cheerleader as assistant coach, and waves from cheerleaders to hecklers.</li>
        <li>Adjustments by drag and drop or keyboard, head coaches, training sessions and attendance.</li>
        <li>Wave gates that open when a wave is practicing, and printable cohort rosters.</li>
      </ul>
    </ComingSoon>
  );
}
