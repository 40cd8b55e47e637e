// Proposes cohorts for a rollout from the active roster and the latest survey stances (PRODUCT.md 4.4): same role only,
// whole units kept together, big units split into balanced cohorts, small same-role units combined when allowed, the
// highest-readiness cheerleader as assistant coach, and cheerleader-first waves. Pure and deterministic.
import type { Stance, StanceThresholds } from '../survey/scoreResponse';
import { stanceOf } from '../survey/scoreResponse';
import { cohortsNeeded } from './workingGroups';

export type Wave = 1 | 2 | 3 | 4;

/** The parts of a caseworker the builder reads. */
export interface BuilderPerson {
  id: string;
  name: string;
  role: string;
  unitId: string | null;
  status: 'active' | 'on-leave' | 'left';
}

/** A person's latest survey result (from latestStances); absent = not yet surveyed. */
export interface BuilderStance {
  readiness: number | null;
  stance: Stance | null;
  /** The round the answer belongs to, named in each placement reason. */
  roundName?: string;
}

export interface BuildCohortsInput {
  caseworkers: readonly BuilderPerson[];
  units: readonly { id: string; name: string }[];
  stances: ReadonlyMap<string, BuilderStance>;
  cohortSize: number;
  combineSmallUnits: boolean;
  thresholds: StanceThresholds;
}

export interface ProposedMember {
  caseworkerId: string;
  wave: Wave;
  reason: string;
}

export interface ProposedCohort {
  /** Stable within one proposal: role, units and part. */
  key: string;
  name: string;
  role: string;
  unitIds: (string | null)[];
  members: ProposedMember[];
  assistantCoachId: string | null;
  /** Why these people are together, in words. */
  placement: string;
  /** Said when the cohort has no cheerleader and so no assistant coach. */
  assistantNote: string | null;
}

export interface CohortProposal {
  cohorts: ProposedCohort[];
  /** What is missing from the input and what the builder did about it. */
  notes: string[];
}

export const NO_ROLE_LABEL = 'Role not recorded';
export const NO_UNIT_LABEL = 'No unit';

interface Group {
  unitId: string | null;
  unitName: string;
  people: BuilderPerson[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Readiness as a whole number, unless rounding would carry it across a stance threshold (69.6 stays "69.6"). */
export function readinessText(score: number, thresholds: StanceThresholds): string {
  const whole = Math.round(score);
  return stanceOf(whole, thresholds) === stanceOf(score, thresholds) ? String(whole) : score.toFixed(1);
}

export function buildCohorts(input: BuildCohortsInput): CohortProposal {
  const size = Math.max(1, Math.floor(input.cohortSize));
  const unitNames = new Map(input.units.map((u) => [u.id, u.name]));
  const readiness = (id: string): number => input.stances.get(id)?.readiness ?? -1;
  const stance = (id: string): Stance | null => input.stances.get(id)?.stance ?? null;
  const byReadiness = (a: BuilderPerson, b: BuilderPerson): number =>
    readiness(b.id) - readiness(a.id) || byText(a.name, b.name) || byText(a.id, b.id);

  const active = input.caseworkers
    .filter((c) => c.status === 'active')
    .slice()
    .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
  const notes: string[] = [];
  const noRole = active.filter((c) => !c.role.trim()).length;
  const noUnit = active.filter((c) => !c.unitId || !unitNames.has(c.unitId)).length;
  const surveyed = active.filter((c) => stance(c.id) !== null).length;
  if (active.length === 0)
    notes.push('There is no active caseworker on the roster, so there is no one to place.');
  if (noRole > 0)
    notes.push(
      `${noRole} ${noRole === 1 ? 'caseworker has' : 'caseworkers have'} no role; they are grouped under "${NO_ROLE_LABEL}". Add their role on the roster.`,
    );
  if (noUnit > 0)
    notes.push(
      `${noUnit} ${noUnit === 1 ? 'caseworker has' : 'caseworkers have'} no unit; they are kept together as "${NO_UNIT_LABEL}" within their role.`,
    );
  if (active.length > 0 && surveyed === 0)
    notes.push(
      'Nobody has been surveyed yet, so there are no cheerleaders: no assistant coaches, and everyone starts in wave 3.',
    );
  else if (surveyed < active.length)
    notes.push(
      `${active.length - surveyed} of ${active.length} caseworkers are not yet surveyed; they go to wave 3.`,
    );

  // Role -> unit -> people.
  const roles = new Map<string, Map<string, Group>>();
  for (const person of active) {
    const role = person.role.trim();
    const unitId = person.unitId && unitNames.has(person.unitId) ? person.unitId : null;
    const groups = roles.get(role) ?? new Map<string, Group>();
    roles.set(role, groups);
    const key = unitId ?? '';
    const group = groups.get(key) ?? {
      unitId,
      unitName: unitId ? (unitNames.get(unitId) ?? '') : NO_UNIT_LABEL,
      people: [],
    };
    groups.set(key, group);
    group.people.push(person);
  }

  const roleOrder = [...roles.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : byText(a, b)));
  const cohorts: ProposedCohort[] = [];
  for (const role of roleOrder) {
    const roleLabel = role || NO_ROLE_LABEL;
    const groups = [...(roles.get(role)?.values() ?? [])].sort(
      (a, b) =>
        (a.unitId === null ? 1 : 0) - (b.unitId === null ? 1 : 0) ||
        byText(a.unitName, b.unitName) ||
        byText(a.unitId ?? '', b.unitId ?? ''),
    );
    const small: Group[] = [];
    for (const group of groups) {
      const n = group.people.length;
      if (n <= size) {
        small.push(group);
        continue;
      }
      // Balanced split: deal people out by readiness so each part gets its share of cheerleaders; sizes differ by at most one.
      const parts = cohortsNeeded(n, size);
      const sorted = group.people.slice().sort(byReadiness);
      for (let k = 0; k < parts; k++) {
        const people = sorted.filter((_, i) => i % parts === k);
        cohorts.push(
          makeCohort(input, role, [group], people, {
            key: `${role}|${group.unitId ?? ''}|${k + 1}`,
            name: `${group.unitName} (${k + 1} of ${parts})`,
            placement: `${roleLabel}. ${group.unitName} has ${n} people, more than the cohort size of ${size}, so it is split into ${parts} cohorts of ${Math.floor(n / parts)}${n % parts ? ` or ${Math.ceil(n / parts)}` : ''}.`,
          }),
        );
      }
    }
    // Small units: kept whole; combined with other small units of the same role (first fit, largest first) when allowed.
    const bins: Group[][] = [];
    const ordered = small.slice().sort((a, b) => b.people.length - a.people.length);
    for (const group of ordered) {
      const fits = input.combineSmallUnits
        ? bins.find((bin) => bin.reduce((t, g) => t + g.people.length, 0) + group.people.length <= size)
        : undefined;
      if (fits) fits.push(group);
      else bins.push([group]);
    }
    for (const bin of bins) {
      const units = bin
        .slice()
        .sort(
          (a, b) =>
            (a.unitId === null ? 1 : 0) - (b.unitId === null ? 1 : 0) || byText(a.unitName, b.unitName),
        );
      const people = units.flatMap((g) => g.people);
      const names = units.map((g) => g.unitName);
      cohorts.push(
        makeCohort(input, role, units, people, {
          key: `${role}|${units.map((g) => g.unitId ?? '').join('+')}`,
          name: names.join(' + '),
          placement:
            units.length === 1
              ? `${roleLabel}. ${names[0]} is kept together (${people.length} ${people.length === 1 ? 'person' : 'people'}).`
              : `${roleLabel}. Small units of the same role combined, each kept whole: ${names.join(', ')} (${people.length} people).`,
        }),
      );
    }
  }

  // The same unit name can appear under several roles: say which role to keep names apart.
  const counts = new Map<string, number>();
  for (const c of cohorts) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  for (const c of cohorts)
    if ((counts.get(c.name) ?? 0) > 1) c.name = `${c.name} · ${c.role || NO_ROLE_LABEL}`;
  return { cohorts, notes };
}

function makeCohort(
  input: BuildCohortsInput,
  role: string,
  units: readonly Group[],
  people: readonly BuilderPerson[],
  meta: { key: string; name: string; placement: string },
): ProposedCohort {
  const info = (id: string) => input.stances.get(id);
  const score = (id: string) => info(id)?.readiness ?? -1;
  const cheerleaders = people
    .filter((p) => info(p.id)?.stance === 'cheerleader')
    .sort((a, b) => score(b.id) - score(a.id) || byText(a.name, b.name) || byText(a.id, b.id));
  const assistant = cheerleaders[0] ?? null;
  const placed = people.map((p) => {
    const s = info(p.id);
    const r = s?.readiness;
    const text =
      r === null || r === undefined
        ? ''
        : `${readinessText(r, input.thresholds)}${s?.roundName ? ` (${s.roundName})` : ''}`;
    let wave: Wave;
    let reason: string;
    if (p === assistant) {
      wave = 1;
      reason = `wave 1: assistant coach, highest-scoring cheerleader, readiness ${text}`;
    } else if (s?.stance === 'cheerleader') {
      wave = 2;
      reason = `wave 2: cheerleader, readiness ${text}`;
    } else if (s?.stance === 'heckler') {
      wave = 4;
      reason = `wave 4: heckler, readiness ${text}`;
    } else if (s?.stance === 'fence-sitter') {
      wave = 3;
      reason = `wave 3: fence-sitter, readiness ${text}`;
    } else {
      wave = 3;
      reason = 'wave 3: not yet surveyed';
    }
    return { person: p, wave, reason };
  });
  placed.sort(
    (a, b) =>
      a.wave - b.wave ||
      score(b.person.id) - score(a.person.id) ||
      byText(a.person.name, b.person.name) ||
      byText(a.person.id, b.person.id),
  );
  return {
    key: meta.key,
    name: meta.name,
    role,
    unitIds: units.map((g) => g.unitId),
    members: placed.map(({ person, wave, reason }) => ({ caseworkerId: person.id, wave, reason })),
    assistantCoachId: assistant?.id ?? null,
    placement: meta.placement,
    assistantNote: assistant
      ? null
      : 'No cheerleader in this cohort, so no assistant coach yet. The head coach starts with the most ready person.',
  };
}
