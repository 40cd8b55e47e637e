// Coaches: the people who lead cohorts (head coaches), with a note on their expertise.
import type { Coach } from '../domain/model';
import { repository } from './repository';

export const coaches = repository('coaches');

export async function listCoaches(): Promise<Coach[]> {
  return (await coaches.list()).sort((a, b) => a.name.localeCompare(b.name));
}
