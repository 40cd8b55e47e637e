// Gaps area (knowledge-vs-execution diagnosis). Not built yet: says so honestly.
import { ComingSoon } from '../../ui/ComingSoon';

export function GapsPage() {
  return (
    <ComingSoon
      title="Gaps"
      purpose="Is it a gap in knowledge or a gap in execution? A guided diagnosis and the remedies that fit."
    >
      <ul>
        <li>A step-by-step diagnosis after Mager and Pipe, one question at a time.</li>
        <li>
          Recommended remedies: training, practice, feedback, removing obstacles, or fixing consequences.
        </li>
        <li>A gap board per unit, and monthly visit and caseload measures as evidence.</li>
      </ul>
    </ComingSoon>
  );
}
