// Live data for the gaps screens: gaps, the roster (the copy the screens share: useSharedRoster), settings, measures,
// coaching entries (as evidence) and wizard drafts, with lookups by id so each screen resolves names without searching
// lists. Each screen reads what it shows through the indexes (one month, one caseworker's evidence), never every
// measure or coaching entry of the workspace.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSharedRoster } from '../shared/useSharedRoster';
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

/**
 * A caseworker's measure in one month's records: the first of them counts (as the grid always did), should an import
 * have added two.
 */
function firstPerWorker(
  measures: readonly MonthlyMeasure[],
): (caseworkerId: string) => MonthlyMeasure | undefined {
  const byWorker = new Map<string, MonthlyMeasure>();
  for (const m of measures) if (!byWorker.has(m.caseworkerId)) byWorker.set(m.caseworkerId, m);
  return (id) => byWorker.get(id);
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
 * rather than every measure, gap and coaching entry of the workspace (issue 15), with the roster by name. Undefined
 * until the first read ends; while another month is read, the last one read is still returned (its `month` says
 * which), so the page keeps its filters on screen and draws the grid only for the month asked for.
 */
export function useMeasureMonth(month: string): MeasureMonth | undefined {
  // The roster by name from the copy the screens share (read and sorted once, not at every visit).
  const roster = useSharedRoster();
  const read = useLiveQuery(async () => {
    const [settings, measures] = await Promise.all([
      settingsRepository.load(),
      measureRepository.listOfMonth(month),
    ]);
    return { month, settings, measureOf: firstPerWorker(measures) };
  }, [month]);
  return useMemo(
    () =>
      roster && read
        ? { ...read, units: roster.units, caseworkers: roster.caseworkers, unitName: roster.unitName }
        : undefined,
    [roster, read],
  );
}

/** What the gap board of a unit needs: the roster, settings, gaps and the latest month's measures (by index). */
export interface GapBoardData {
  units: Unit[];
  caseworkers: Caseworker[];
  settings: Settings;
  gaps: Gap[];
  /** The latest month any live measure is for ("2026-03"), if any. */
  latestMonth: string | undefined;
  /** The caseworker's measure for that month, if any. */
  measureOf: (caseworkerId: string) => MonthlyMeasure | undefined;
}

/**
 * The gap board's data: it shows the latest month of measures only, so it reads that month through the month index
 * and no coaching entry at all (it read every measure and entry of the workspace: 6.6 s at agency scale, issue 15).
 */
export function useGapBoardData(): GapBoardData | undefined {
  // The roster from the copy the screens share.
  const roster = useSharedRoster();
  const read = useLiveQuery(async () => {
    const [gaps, settings, latestMonth] = await Promise.all([
      gapRepository.listNewestFirst(),
      settingsRepository.load(),
      measureRepository.latestMonth(),
    ]);
    const measureOf = firstPerWorker(latestMonth ? await measureRepository.listOfMonth(latestMonth) : []);
    return { gaps, settings, latestMonth, measureOf };
  });
  return useMemo(
    () => (roster && read ? { ...read, units: roster.units, caseworkers: roster.caseworkers } : undefined),
    [roster, read],
  );
}

/** What the diagnosis wizard reads besides the evidence: the roster for the picker and the settings. */
export interface DiagnosisWorkspace {
  units: Unit[];
  caseworkers: Caseworker[];
  settings: Settings;
  caseworker: (id: string) => Caseworker | undefined;
}

/**
 * The wizard's roster and settings, and the gap being diagnosed again (`gap` null when `gapId` names none that is
 * live; undefined for a new diagnosis). Undefined while loading.
 */
export function useDiagnosisWorkspace(
  gapId: string | undefined,
): { ws: DiagnosisWorkspace; gap: Gap | null | undefined } | undefined {
  // The roster from the copy the screens share.
  const roster = useSharedRoster();
  const read = useLiveQuery(async () => {
    const [settings, gap] = await Promise.all([
      settingsRepository.load(),
      gapId ? gapRepository.getLive(gapId) : undefined,
    ]);
    return { gapId, settings, gap: gapId ? (gap ?? null) : undefined };
  }, [gapId]);
  return useMemo(
    () =>
      roster && read && read.gapId === gapId
        ? {
            ws: {
              units: roster.units,
              caseworkers: roster.caseworkers,
              settings: read.settings,
              caseworker: roster.person,
            },
            gap: read.gap,
          }
        : undefined,
    [roster, read, gapId],
  );
}

/** Records that can serve as evidence: one caseworker's measures and coaching entries, and any record linked. */
export interface EvidenceRecords {
  /** Whose records these are ('' for nobody yet). */
  caseworkerId: string;
  measures: MonthlyMeasure[];
  entries: CoachingEntry[];
  measuresOf: (caseworkerId: string) => MonthlyMeasure[];
  entriesOf: (caseworkerId: string) => CoachingEntry[];
}

type EvidenceLink = Gap['evidence'][number];

/** Through the indexes: the caseworker's own measures (oldest month first) and entries, and the linked records. */
async function readEvidence(caseworkerId: string, links: readonly EvidenceLink[]): Promise<EvidenceRecords> {
  const linked = (kind: EvidenceLink['kind']) => links.filter((e) => e.kind === kind).map((e) => e.id);
  const [own, ownEntries, linkedMeasures, linkedEntries] = await Promise.all([
    caseworkerId ? measureRepository.listBy('caseworkerId', caseworkerId) : [],
    caseworkerId ? coachingEntryRepository.listOf(caseworkerId) : [],
    measureRepository.getManyLive(linked('measure')),
    coachingEntryRepository.getManyLive(linked('coaching')),
  ]);
  const measures = own.sort((a, b) => a.month.localeCompare(b.month));
  const ids = new Set([...measures, ...ownEntries].map((r) => r.id));
  return {
    caseworkerId,
    measures: [...measures, ...linkedMeasures.filter((m) => !ids.has(m.id))],
    entries: [...ownEntries, ...linkedEntries.filter((e) => !ids.has(e.id))],
    measuresOf: (cid: string) => (cid === caseworkerId ? measures : []),
    entriesOf: (cid: string) => (cid === caseworkerId ? ownEntries : []),
  };
}

/**
 * The evidence for the caseworker the wizard is about, read again when another is chosen. Undefined until the records
 * of `caseworkerId` are read (a stale answer for the person chosen before is not returned).
 */
export function useWorkerEvidence(
  caseworkerId: string,
  links: readonly EvidenceLink[] = noLinks,
): EvidenceRecords | undefined {
  const found = useLiveQuery(() => readEvidence(caseworkerId, links), [caseworkerId, links]);
  return found && found.caseworkerId === caseworkerId ? found : undefined;
}

const noLinks: readonly EvidenceLink[] = [];

/** What the gap list draws: the gaps (the latest opened first), who they belong to and the unfinished diagnoses. */
export interface GapList {
  gaps: Gap[];
  units: Unit[];
  drafts: Draft[];
  caseworker: (id: string) => Caseworker | undefined;
  unitName: NameLookup;
}

/** The gap list's data: no measures or coaching entries are read for it. */
export function useGapList(): GapList | undefined {
  // The roster from the copy the screens share, looked up by id.
  const roster = useSharedRoster();
  const read = useLiveQuery(async () => {
    const [gaps, drafts] = await Promise.all([
      gapRepository.listNewestFirst(),
      draftRepository.listByPrefix(WIZARD_DRAFT_PREFIX),
    ]);
    return { gaps, drafts };
  });
  return useMemo(
    () =>
      roster && read
        ? { ...read, units: roster.units, caseworker: roster.person, unitName: roster.unitName }
        : undefined,
    [roster, read],
  );
}

/** What a gap's page reads besides the gap: its caseworker, their measures and coaching entries (the evidence). */
export interface GapEvidenceSource extends Omit<EvidenceRecords, 'caseworkerId'> {
  settings: Settings;
  caseworker: (id: string) => Caseworker | undefined;
  unitName: NameLookup;
}

/**
 * One gap and its evidence, read through the indexes: the caseworker's measures and entries and any record linked to
 * the gap, not the whole workspace. undefined while loading; `gap` null when it is missing or in Trash.
 */
export function useGapDetail(id: string): { gap: Gap | null; source: GapEvidenceSource | null } | undefined {
  return useLiveQuery(async () => {
    const gap = (await gapRepository.getLive(id)) ?? null;
    if (!gap) return { gap: null, source: null };
    const [caseworker, units, settings, evidence] = await Promise.all([
      caseworkerRepository.getLive(gap.caseworkerId),
      unitRepository.listByName(),
      settingsRepository.load(),
      readEvidence(gap.caseworkerId, gap.evidence),
    ]);
    const source: GapEvidenceSource = {
      ...evidence,
      settings,
      caseworker: (cid: string) => (caseworker && cid === caseworker.id ? caseworker : undefined),
      unitName: unitNames(units),
    };
    return { gap, source };
  }, [id]);
}
