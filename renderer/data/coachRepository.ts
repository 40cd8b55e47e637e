// Coaches: the people who lead cohorts (head coaches), with a note on their expertise.
import type { Coach } from '../domain/model';
import { byName, repository } from './repository';

const base = repository('coaches');

export const coachRepository = {
  ...base,
  /** Live coaches, by name. */
  listByName: async (): Promise<Coach[]> => byName(await base.list()),
};
