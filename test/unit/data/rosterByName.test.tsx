// @vitest-environment happy-dom
// The roster by name: its sealed names are opened in bulk (WebCrypto) before the sort when no transaction is open. A
// live query that reads it must still see the reads after it (Dexie's zone survives the wait), and inside a
// transaction, which such a wait would end, the read goes on as before.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { coachRepository } from '../../../renderer/data/coachRepository';
import { inTransaction } from '../../../renderer/data/repository';
import { caseworkerRepository, unitRepository } from '../../../renderer/data/rosterRepository';
import { useFreshDb } from './freshDb';

describe('the roster by name', () => {
  useFreshDb();
  afterEach(cleanup);

  it('gives everyone by name, and a live query reading it follows a change to what it reads after', async () => {
    for (const name of ['Zoe Park', 'Ana Lopez', 'Ben Ode'])
      await caseworkerRepository.create({ name, email: `${name.split(' ')[0]}@agency.gov`, role: 'Intake' });
    await unitRepository.create({ name: 'North' });
    const { result } = renderHook(() =>
      useLiveQuery(async () => {
        const people = await caseworkerRepository.listByName();
        const units = await unitRepository.listByName();
        const coaches = await coachRepository.list();
        return {
          people: people.map((p) => `${p.name} <${p.email}>`),
          units: units.map((u) => u.name),
          coaches: coaches.map((c) => c.name),
        };
      }),
    );
    await waitFor(() =>
      expect(result.current).toEqual({
        people: ['Ana Lopez <Ana@agency.gov>', 'Ben Ode <Ben@agency.gov>', 'Zoe Park <Zoe@agency.gov>'],
        units: ['North'],
        coaches: [],
      }),
    );
    // Read after two waits for the cipher: still observed.
    await act(() => coachRepository.create({ name: 'Cleo Reyes' }));
    await waitFor(() => expect(result.current?.coaches).toEqual(['Cleo Reyes']));
  });

  it('reads by name inside a transaction and goes on reading in it', async () => {
    await caseworkerRepository.create({ name: 'Ben Ode', role: 'Intake' });
    await caseworkerRepository.create({ name: 'Ana Lopez', role: 'Intake' });
    await unitRepository.create({ name: 'North' });
    const read = await inTransaction('r', ['caseworkers', 'units'], async () => {
      const people = await caseworkerRepository.listByName();
      const units = await unitRepository.list();
      return [...people.map((p) => p.name), ...units.map((u) => u.name)];
    });
    expect(read).toEqual(['Ana Lopez', 'Ben Ode', 'North']);
  });
});
