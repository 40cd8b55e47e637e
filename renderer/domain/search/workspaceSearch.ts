// One search across the workspace (Ctrl/Cmd+K): people, coaching notes, standups and gaps, found however a name is
// typed ("lukasz" finds "Łukasz", "sean obrien" finds "O'Brien, Seán"). The index folds every text once; a query then
// only compares words, so typing stays instant however much has been written.
import { coachingKindLabel } from '../coaching/coachingLabels';
import { formatDay } from '../format/format';
import { matchesWords, searchKey, searchWords } from '../csv/foldText';
import { classificationLabel, statusLabel } from '../gaps/gapLabels';
import type { Caseworker, CoachingEntry, Cohort, Gap, Standup, Unit } from '../model';

export const searchKinds = ['person', 'coaching', 'standup', 'gap'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchKindLabel: Record<SearchKind, string> = {
  person: 'People',
  coaching: 'Coaching notes',
  standup: 'Standups',
  gap: 'Gaps',
};

export interface SearchDoc {
  kind: SearchKind;
  id: string;
  title: string;
  detail: string;
  /** Where the result opens, as an app address. */
  href: string;
  /** YYYY-MM-DD, for newest-first order within a kind ('' for people). */
  date: string;
  /** The folded name of the person it is about: a match here ranks first. */
  nameKey: string;
  key: string;
}

export interface SearchSource {
  caseworkers: readonly Caseworker[];
  units: readonly Pick<Unit, 'id' | 'name'>[];
  entries: readonly CoachingEntry[];
  standups: readonly Standup[];
  cohorts: readonly Pick<Cohort, 'id' | 'name'>[];
  gaps: readonly Gap[];
}

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((r) => r.deletedAt === null);

/** Folds every searchable text of the workspace once. */
export function buildSearchIndex(source: SearchSource): SearchDoc[] {
  const units = new Map(source.units.map((u) => [u.id, u.name]));
  const people = new Map(source.caseworkers.map((c) => [c.id, c]));
  const cohorts = new Map(source.cohorts.map((c) => [c.id, c.name]));
  const nameOf = (id: string) => people.get(id)?.name ?? 'Someone no longer on the roster';
  const nameKeys = new Map<string, string>();
  const nameKey = (id: string) => {
    let key = nameKeys.get(id);
    if (key === undefined) {
      key = searchKey(nameOf(id));
      nameKeys.set(id, key);
    }
    return key;
  };
  const docs: SearchDoc[] = [];

  for (const c of live(source.caseworkers)) {
    const unit = c.unitId ? (units.get(c.unitId) ?? '') : 'No unit';
    docs.push({
      kind: 'person',
      id: c.id,
      title: c.name,
      detail: [unit, c.role, c.status === 'left' ? 'left' : c.status === 'on-leave' ? 'on leave' : '']
        .filter(Boolean)
        .join(' · '),
      href: `/caseworkers/${c.id}`,
      date: '',
      nameKey: nameKey(c.id),
      key: searchKey([c.name, c.employeeId, c.email, c.role, unit].join(' ')),
    });
  }

  for (const e of live(source.entries)) {
    const text = [
      e.focusSkill,
      ...Object.values(e.note),
      e.strengths,
      e.growthAreas,
      e.renegadeNote,
      ...(e.prep ? Object.values(e.prep) : []),
      ...(e.debrief ? Object.values(e.debrief) : []),
      ...e.actionItems.map((a) => a.text),
    ].join(' ');
    docs.push({
      kind: 'coaching',
      id: e.id,
      title: `${coachingKindLabel[e.kind]} with ${nameOf(e.caseworkerId)}`,
      detail: [formatDay(e.date), e.focusSkill].filter(Boolean).join(' · '),
      href: `/coaching/entries/${e.id}`,
      date: e.date,
      nameKey: nameKey(e.caseworkerId),
      key: searchKey(`${nameOf(e.caseworkerId)} ${coachingKindLabel[e.kind]} ${text}`),
    });
  }

  for (const s of live(source.standups)) {
    const cohort = cohorts.get(s.cohortId) ?? 'A cohort in Trash';
    const said = s.rows
      .map((r) => `${nameOf(r.caseworkerId)} ${r.triedAndLearned} ${r.problems} ${r.tryToday}`)
      .join(' ');
    docs.push({
      kind: 'standup',
      id: s.id,
      title: `Standup of ${cohort}`,
      detail: formatDay(s.date),
      href: `/coaching/standups/${s.cohortId}/${s.date}`,
      date: s.date,
      nameKey: searchKey(cohort),
      key: searchKey(`${cohort} standup ${said}`),
    });
  }

  for (const g of live(source.gaps)) {
    docs.push({
      kind: 'gap',
      id: g.id,
      title: `${nameOf(g.caseworkerId)}: ${g.expectation}`,
      detail: [
        g.classification ? classificationLabel[g.classification] : 'Not diagnosed yet',
        statusLabel[g.status],
        formatDay(g.openedOn),
      ].join(' · '),
      href: `/gaps/${g.id}`,
      date: g.openedOn,
      nameKey: nameKey(g.caseworkerId),
      key: searchKey(
        [nameOf(g.caseworkerId), g.expectation, g.expectedLevel, g.actualLevel, ...g.remedies].join(' '),
      ),
    });
  }
  return docs;
}

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  results: SearchDoc[];
  /** How many matched in all, when more than are shown. */
  total: number;
}

/**
 * The results for what was typed, grouped by kind in a fixed order; within a kind, those whose person's name matches
 * come first, then the newest. An empty query finds nothing (the palette shows a hint instead).
 */
export function searchWorkspace(index: readonly SearchDoc[], query: string, perKind = 6): SearchGroup[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const rank = (d: SearchDoc) => (matchesWords(d.nameKey, words) ? 0 : 1);
  const before = (a: SearchDoc, ra: number, b: SearchDoc, rb: number) =>
    ra - rb || b.date.localeCompare(a.date) || a.title.localeCompare(b.title);
  // Keep only the best few of each kind while scanning: 200,000 notes may match a short word.
  const best = new Map(searchKinds.map((k) => [k, [] as { doc: SearchDoc; rank: number }[]]));
  const totals = new Map(searchKinds.map((k) => [k, 0]));
  for (const doc of index) {
    if (!matchesWords(doc.key, words)) continue;
    totals.set(doc.kind, (totals.get(doc.kind) ?? 0) + 1);
    const top = best.get(doc.kind) ?? [];
    const r = rank(doc);
    const worst = top.at(-1);
    if (top.length === perKind && worst && before(worst.doc, worst.rank, doc, r) <= 0) continue;
    let at = top.length;
    while (at > 0 && before(doc, r, top[at - 1]!.doc, top[at - 1]!.rank) < 0) at--;
    top.splice(at, 0, { doc, rank: r });
    if (top.length > perKind) top.pop();
  }
  return searchKinds
    .map((kind) => ({
      kind,
      label: searchKindLabel[kind],
      results: (best.get(kind) ?? []).map((t) => t.doc),
      total: totals.get(kind) ?? 0,
    }))
    .filter((g) => g.total > 0);
}
