// Coaches: the people who lead cohorts (head coaches), with a note on their expertise.
import type { Coach } from '../domain/model';
import { repository } from './repository';

const base = repository('coaches');

export const coachRepository = {
  ...base,
  /** Live coaches, by name. */
  listByName: async (): Promise<Coach[]> => (await base.list()).sort((a, b) => a.name.localeCompare(b.name)),
};
