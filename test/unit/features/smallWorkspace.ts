// A workspace of two caseworkers in one unit and a current rollout, for the hook tests of the screens that read the
// whole workspace (Home, the dashboard).
import { dashboardRepository } from '../../../renderer/data/dashboardRepository';
import { rolloutRepository } from '../../../renderer/data/rolloutRepository';
import { caseworkerRepository, unitRepository } from '../../../renderer/data/rosterRepository';

export async function smallWorkspace(): Promise<void> {
  const north = await unitRepository.create({ name: 'North' });
  await caseworkerRepository.create({ name: 'Ana Lopez', unitId: north.id, role: 'Intake' });
  await caseworkerRepository.create({ name: 'Ben Ode', unitId: north.id, role: 'Ongoing' });
  const spring = await rolloutRepository.create({ name: 'Spring', startDate: '2026-01-05' });
  await rolloutRepository.setCurrent(spring.id);
  // A write resolves before its transaction commits, and the change event comes with the commit: a read of the same
  // tables waits for those commits, so no change of the set-up arrives during a test.
  await dashboardRepository.data();
}
