// Dashboard area (rollout charts). Not built yet: says so honestly.
import { ComingSoon } from '../../ui/ComingSoon';

export function DashboardPage() {
  return (
    <ComingSoon
      title="Dashboard"
      purpose="How is the rollout going? Progress by wave, unit, role and over time."
    >
      <ul>
        <li>A progress funnel from surveyed to mastered.</li>
        <li>Stance shifts, the adopter curve, gaps, visit rates and coaching activity.</li>
        <li>Filters by rollout, unit, role, wave and dates, with every chart explained in words.</li>
      </ul>
    </ComingSoon>
  );
}
