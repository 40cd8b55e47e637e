// Who the pickers offer and in what order.
import { describe, expect, it } from 'vitest';
import type { Caseworker, Coach, CoachId } from '../../../../renderer/domain/model';
import {
  caseworkerChoices,
  coachChoices,
  ownerChoices,
  roleChoices,
} from '../../../../renderer/domain/roster/pickerOptions';

const base = { createdAt: '', updatedAt: '', deletedAt: null, employeeId: '', email: '', startDate: null };
const person = (id: string, name: string, extra: Partial<Caseworker> = {}): Caseworker => ({
  ...base,
  id,
  name,
  unitId: 'u1',
  role: 'CPS investigator',
  caseload: null,
  status: 'active',
  ...extra,
});
const coach = (id: string, name: string, caseworkerId: string | null = null): Coach => ({
  id: id as CoachId,
  name,
  expertise: 'Field safety\nand more',
  caseworkerId,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
});
const units = [{ id: 'u1', name: 'North' }];

describe('picker choices', () => {
  const people = [
    person('1', 'Zoë Adams'),
    person('2', "Seán O'Brien", { status: 'on-leave', role: 'Intake' }),
    person('3', 'Ana Left', { status: 'left' }),
    person('4', 'Ana Gone', { deletedAt: '2026-01-01T00:00:00Z' }),
    person('5', 'Ana Nowhere', { unitId: null, role: '' }),
  ];

  it('lists current caseworkers by name with unit, role and status, keeping a named leaver', () => {
    expect(caseworkerChoices(people, units)).toEqual([
      { id: '5', label: 'Ana Nowhere', detail: 'No unit' },
      { id: '2', label: "Seán O'Brien", detail: 'North · Intake · on leave' },
      { id: '1', label: 'Zoë Adams', detail: 'North · CPS investigator' },
    ]);
    expect(caseworkerChoices(people, units, ['3']).map((c) => c.id)).toEqual(['3', '5', '2', '1']);
  });

  it('lists coaches with their expertise, and owners once each', () => {
    expect(coachChoices([coach('c1', 'Maria')])).toEqual([
      { id: 'c1', label: 'Maria', detail: 'Coach · Field safety' },
    ]);
    const owners = ownerChoices([coach('c1', 'Maria'), coach('c2', 'Zoë as coach', '1')], people, units);
    expect(owners.map((o) => o.id)).toEqual(['5', 'c1', '2', 'c2']);
  });

  it('offers each role once, whatever its case or spacing', () => {
    expect(
      roleChoices(
        [
          { role: 'Intake', deletedAt: null },
          { role: ' intake ', deletedAt: null },
          { role: '', deletedAt: null },
          { role: 'Gone role', deletedAt: '2026-01-01T00:00:00Z' },
        ],
        ['CPS investigator'],
      ),
    ).toEqual(['CPS investigator', 'Intake']);
  });
});
