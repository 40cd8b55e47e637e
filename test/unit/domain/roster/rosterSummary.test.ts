// Home's roster figures from the index keys alone: who counts (at work, on leave; not left, not in Trash), their roles,
// and who has no unit or no role.
import { describe, expect, it } from 'vitest';
import type { CaseworkerStatus } from '../../../../renderer/domain/model';
import { summarizeRoster } from '../../../../renderer/domain/roster/rosterSummary';

const keys = (
  people: Array<{ id: string; status: CaseworkerStatus; role?: string; unit?: boolean; trashed?: boolean }>,
) => ({
  status: new Map(people.map((p) => [p.id, p.status])),
  role: new Map(people.filter((p) => p.role !== undefined).map((p) => [p.id, p.role ?? ''])),
  withUnit: new Set(people.filter((p) => p.unit).map((p) => p.id)),
  trashed: new Set(people.filter((p) => p.trashed).map((p) => p.id)),
});

describe('summarizeRoster', () => {
  it('counts those at work and on leave, never those who left or are in Trash', () => {
    expect(
      summarizeRoster(
        keys([
          { id: 'a', status: 'active', role: 'Intake', unit: true },
          { id: 'b', status: 'on-leave', role: 'Ongoing', unit: true },
          { id: 'c', status: 'left', role: 'Adoption' },
          { id: 'd', status: 'active', role: 'Licensing', trashed: true },
        ]),
      ),
    ).toEqual({ activeCaseworkers: 1, onLeave: 1, roles: 2, withoutUnit: 0, withoutRole: 0 });
  });

  it('counts each role once, and an empty role or a missing one or unit as none', () => {
    expect(
      summarizeRoster(
        keys([
          { id: 'a', status: 'active', role: 'Intake', unit: true },
          { id: 'b', status: 'active', role: 'Intake' },
          { id: 'c', status: 'on-leave', role: '', unit: true },
          { id: 'd', status: 'active' },
        ]),
      ),
    ).toEqual({ activeCaseworkers: 3, onLeave: 1, roles: 1, withoutUnit: 2, withoutRole: 2 });
  });

  it('an empty roster is all zeros', () => {
    expect(summarizeRoster(keys([]))).toEqual({
      activeCaseworkers: 0,
      onLeave: 0,
      roles: 0,
      withoutUnit: 0,
      withoutRole: 0,
    });
  });
});
