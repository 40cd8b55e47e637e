// What the cohort screens need and do not have yet: a current rollout, a roster. Said plainly, with the way to fix it.
import { Notice } from '../../ui/Notice';
import type { CohortModel } from './useCohortModel';
import { isPlaceable } from '../../domain/roster/selectable';

export function MissingData({ model }: { model: CohortModel }) {
  const active = model.caseworkers.filter(isPlaceable).length;
  return (
    <>
      {!model.rollout && (
        <Notice tone="warning" title="No current rollout">
          Cohorts belong to a rollout. <a href="#/rollouts">Add a rollout or mark one as current</a>, then
          come back.
        </Notice>
      )}
      {active === 0 && (
        <Notice tone="warning" title="No one on the roster">
          There is no active caseworker to place. <a href="#/roster">Add caseworkers or import the roster</a>.
        </Notice>
      )}
    </>
  );
}
