// The survey's person screen: one caseworker's results read through the indexes (domain/survey/personResults.ts), and
// their adopter label from the people view (kept from the last visit, or worked out), which ranks everyone.
import { useSettings } from '../settings/useSettings';
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { surveyRepository } from '../../data/surveyRepository';
import type { AdopterCategory } from '../../domain/survey/adopterCategories';
import { personResults } from '../../domain/survey/personResults';
import { unitNames } from '../../domain/roster/names';
import { usePeopleView } from './usePeopleView';

export interface PersonAdopter {
  /** Their label; null when they are not ranked (no answer, or no longer on the roster). */
  category: AdopterCategory | null;
  /** The people ranked. */
  among: number;
  /** When the labels shown were worked out, if the answers changed since (they are being worked out again). */
  outdatedSince: string | null;
}

export function usePersonResults(caseworkerId: string) {
  const read = useLiveQuery(() => surveyRepository.personInRollout(caseworkerId), [caseworkerId]);
  const results = useMemo(
    () =>
      read && {
        caseworker: read.caseworker,
        unit: unitNames(read.unit ? [read.unit] : [])(read.caseworker?.unitId ?? null),
        rollout: read.rollout,
        ...personResults(caseworkerId, read.data, read.settings, read.rollout?.id ?? null),
      },
    [read, caseworkerId],
  );
  const people = usePeopleView(useSettings());
  const adopter = useMemo((): PersonAdopter | undefined => {
    if (!people) return undefined;
    const { rows } = people.view;
    return {
      category: rows.find((r) => r.id === caseworkerId)?.adopter ?? null,
      among: rows.filter((r) => r.adopter !== null).length,
      outdatedSince: people.outdatedSince,
    };
  }, [people, caseworkerId]);
  return { results, adopter };
}
