// Coaching area (coaching log, standups, follow-ups). Not built yet: says so honestly.
import { ComingSoon } from '../../ui/ComingSoon';

export function CoachingPage() {
  return (
    <ComingSoon
      title="Coaching"
      purpose="Coaching picks up where training leaves off: observations, ride-alongs, standups and follow-ups."
    >
      <ul>
        <li>
          Observations, ride-alongs (prep, observation, debrief), modelling visits, one-to-ones and case
          reviews.
        </li>
        <li>Rubric ratings and notes with the seven elements of a good case note.</li>
        <li>Daily standups per cohort, with a follow-up for anyone who did not use the tool.</li>
        <li>Action items and reminders, and a timeline of everything about each caseworker.</li>
      </ul>
    </ComingSoon>
  );
}
