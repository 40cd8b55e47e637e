// Live data for the gaps screens: gaps, the roster, settings, measures, coaching entries (as evidence) and wizard drafts,
// with lookups by id so each screen resolves names without searching lists.
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Caseworker,
  CoachingEntry,
  Draft,
  Gap,
  MonthlyMeasure,
  Settings,
  Unit,
} from '../../domain/model';
import { WIZARD_DRAFT_PREFIX } from '../../domain/gaps/wizardDraft';
import { caseworkerRepository, unitRepository } from '../../data/rosterRepository';
import { settingsRepository } from '../../data/settingsRepository';
import { unitNames, type NameLookup } from '../../domain/roster/names';
import { draftRepository } from '../../data/draftRepository';
import { coachingEntryRepository } from '../../data/coachingRepository';
import { gapRepository } from '../../data/gapRepository';
import { measureRepository } from '../../data/measureRepository';

export interface GapWorkspace {
  gaps: Gap[];
  units: Unit[];
  caseworkers: Caseworker[];
  settings: Settings;
  measures: MonthlyMeasure[];
  entries: CoachingEntry[];
  drafts: Draft[];
  caseworker: (id: string) => Caseworker | undefined;
  unitName: NameLookup;
  measuresOf: (caseworkerId: string) => MonthlyMeasure[];
  entriesOf: (caseworkerId: string) => CoachingEntry[];
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** What the month grid of measures needs: the roster, the settings and that one month's measures (by index). */
export interface MeasureMonth {
  month: string;
  units: Unit[];
  caseworkers: Caseworker[];
  settings: Settings;
  unitName: NameLookup;
  /** The caseworker's measure for this month, if any. */
  measureOf: (caseworkerId: string) => MonthlyMeasure | undefined;
}

/**
 * One month of measures with the roster: the grid shows one month, so it reads that month through the month index
 * rather than every measure, gap and coaching entry of the workspace (issue 15). Undefined until the first read ends;
 * while another month is read, the last one read is still returned (its `month` says which), so the page keeps its
 * filters on screen and draws the grid only for the month asked for.
 */
export function useMeasureMonth(month: string): MeasureMonth | undefined {
  return useLiveQuery(async (): Promise<MeasureMonth> => {
    const [units, caseworkers, settings, measures] = await Promise.all([
      unitRepository.listByName(),
      caseworkerRepository.listByName(),
      settingsRepository.load(),
      measureRepository.listOfMonth(month),
    ]);
    // The first of a caseworker's records for the month counts (as the grid always did), should an import have added two.
    const byWorker = new Map<string, MonthlyMeasure>();
    for (const m of measures) if (!byWorker.has(m.caseworkerId)) byWorker.set(m.caseworkerId, m);
    return {
      month,
      units,
      caseworkers,
      settings,
      unitName: unitNames(units),
      measureOf: (id: string) => byWorker.get(id),
    };
  }, [month]);
}

export function useGapWorkspace(): GapWorkspace | undefined {
  return useLiveQuery(async () => {
    const [gaps, units, caseworkers, settings, measures, entries, drafts] = await Promise.all([
      gapRepository.listNewestFirst(),
      unitRepository.listByName(),
      caseworkerRepository.listByName(),
      settingsRepository.load(),
      measureRepository.listByMonth(),
      coachingEntryRepository.listNewestFirst(),
      draftRepository.listByPrefix(WIZARD_DRAFT_PREFIX),
    ]);
    const people = new Map(caseworkers.map((c) => [c.id, c]));
    const byWorker = groupBy(measures, (m) => m.caseworkerId);
    const entriesByWorker = groupBy(entries, (e) => e.caseworkerId);
    return {
      gaps,
      units,
      caseworkers,
      settings,
      measures,
      entries,
      drafts,
      caseworker: (id: string) => people.get(id),
      unitName: unitNames(units),
      measuresOf: (id: string) => byWorker.get(id) ?? [],
      entriesOf: (id: string) => entriesByWorker.get(id) ?? [],
    };
  });
}

/** What the gap list draws: the gaps (the latest opened first), who they belong to and the unfinished diagnoses. */
export type GapList = Pick<GapWorkspace, 'gaps' | 'units' | 'drafts' | 'caseworker' | 'unitName'>;

/** The gap list's data: no measures or coaching entries are read for it. */
export function useGapList(): GapList | undefined {
  return useLiveQuery(async () => {
    const [gaps, units, caseworkers, drafts] = await Promise.all([
      gapRepository.listNewestFirst(),
      unitRepository.listByName(),
      caseworkerRepository.listByName(),
      draftRepository.listByPrefix(WIZARD_DRAFT_PREFIX),
    ]);
    const people = new Map(caseworkers.map((c) => [c.id, c]));
    return { gaps, units, drafts, caseworker: (id: string) => people.get(id), unitName: unitNames(units) };
  });
}

/** What a gap's page reads besides the gap: its caseworker, their measures and coaching entries (the evidence). */
export type GapEvidenceSource = Pick<
  GapWorkspace,
  'settings' | 'caseworker' | 'unitName' | 'measures' | 'entries' | 'measuresOf' | 'entriesOf'
>;

/**
 * One gap and its evidence, read through the indexes: the caseworker's measures and entries and any record linked to
 * the gap, not the whole workspace. undefined while loading; `gap` null when it is missing or in Trash.
 */
export function useGapDetail(id: string): { gap: Gap | null; source: GapEvidenceSource | null } | undefined {
  return useLiveQuery(async () => {
    const gap = (await gapRepository.getLive(id)) ?? null;
    if (!gap) return { gap: null, source: null };
    const linked = (kind: 'measure' | 'coaching') =>
      gap.evidence.filter((e) => e.kind === kind).map((e) => e.id);
    const [caseworker, units, settings, own, ownEntries, linkedMeasures, linkedEntries] = await Promise.all([
      caseworkerRepository.getLive(gap.caseworkerId),
      unitRepository.listByName(),
      settingsRepository.load(),
      measureRepository.listBy('caseworkerId', gap.caseworkerId),
      coachingEntryRepository.listOf(gap.caseworkerId),
      measureRepository.getManyLive(linked('measure')),
      coachingEntryRepository.getManyLive(linked('coaching')),
    ]);
    const measures = own.sort((a, b) => a.month.localeCompare(b.month));
    const ids = new Set([...measures, ...ownEntries].map((r) => r.id));
    const source: GapEvidenceSource = {
      settings,
      caseworker: (cid: string) => (caseworker && cid === caseworker.id ? caseworker : undefined),
      unitName: unitNames(units),
      measures: [...measures, ...linkedMeasures.filter((m) => !ids.has(m.id))],
      entries: [...ownEntries, ...linkedEntries.filter((e) => !ids.has(e.id))],
      measuresOf: (cid: string) => (cid === gap.caseworkerId ? measures : []),
      entriesOf: (cid: string) => (cid === gap.caseworkerId ? ownEntries : []),
    };
    return { gap, source };
  }, [id]);
}
