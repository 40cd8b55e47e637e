// The cohorts of the current rollout side by side, by wave: move people by drag and drop (mouse or keyboard) or with
// the "Move someone" form, pick head coaches, and see rule breaks. Every hand move is saved at once and marks the cohort edited.
import { saveHeadCoach } from './saveHeadCoach';
import { memo, useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { ArrowRightLeft, GripVertical, Sparkles } from 'lucide-react';
import type { Cohort } from '../../domain/model';
import { crossRoleWarning, moveMember } from '../../domain/cohorts/cohortEditing';
import { stepOfKey, stepOnBoard, type BoardPlace } from '../../domain/cohorts/boardSteps';
import type { Wave } from '../../domain/cohorts/buildCohorts';
import { masteryLabel } from '../../domain/mastery/mastery';
import { latestStanceText, placementText } from '../../domain/cohorts/placementText';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { EmptyState } from '../../ui/EmptyState';
import { SelectField, TextField } from '../../ui/Field';
import { ShowMore } from '../../ui/ShowMore';
import { usePaged } from '../../ui/usePaged';
import { cohortsMatching } from '../../domain/cohorts/boardFilter';
import { plural } from '../../domain/format/format';
import { Notice } from '../../ui/Notice';
import { showToast } from '../../ui/toast';
import { useNearViewport } from '../../ui/useNearViewport';
import { waveTitle } from '../../domain/cohorts/waveTitle';
import { masteryTone } from '../../ui/tones';
import { latestStanceOf, useMoveChoices, usePeopleFacts, type CohortModel } from './useCohortModel';
import type { PeopleFacts } from '../../domain/cohorts/peopleFacts';
import { coachChoices, type PickerChoice } from '../../domain/roster/pickerOptions';
import { cohortRepository } from '../../data/cohortRepository';
import { runAction } from '../../ui/runAction';
import { useGrowingCount } from '../../ui/runInSlices';
import { useWantedWhenIdle } from '../../ui/whenIdle';

const WAVES: Wave[] = [1, 2, 3, 4];
/**
 * Cohorts on the board at a time, the next ones a click away ("Show 50 more"), as in the reports index: an agency's
 * 715 cards drawn at once were 7,000 elements and more than a second of drawing. A cohort further down is found by name.
 */
const BOARD_PAGE = 50;
/** Cohort cards drawn at once (more than a screenful), then added at each timer turn until all are drawn. */
const FIRST_CARDS = 24;
const MORE_CARDS = 60;
/**
 * How far below (or above) the screen a card's members are drawn, in pixels: a card is about 560 px tall, so this is
 * the cards in view and the next ones as they scroll in. 800 px drew a third row at first (9 cards, not 6): about a
 * fifth of the board's time to usable at agency scale.
 */
const BODY_NEAR = 200;
/** The line over the board: how many cohorts it shows of how many, or that none matches; nothing when all are shown. */
function boardStatus(shown: number, found: number, all: number, find: string): string | null {
  const query = find.trim();
  if (found === 0) return query ? `No cohort’s name or role has “${query}”.` : null;
  if (found === all) return shown < all ? `Showing ${shown} of ${plural(all, 'cohort')}.` : null;
  return `Showing ${shown} of ${plural(found, 'cohort')} matching “${query}” (${all} in all).`;
}

const zoneId = (cohortId: string, wave: number) => `${cohortId}|${wave}`;
const placeOfZone = (zone: string | number): BoardPlace | null => {
  const [cohortId, wave] = String(zone).split('|');
  return cohortId ? { cohortId, wave: Number(wave) } : null;
};

/**
 * With the keyboard, a picked-up card moves by named steps (a wave up or down, a cohort left or right) rather than by
 * pixels: the arrow key names the step, the board's order says where it lands, and the card is put in that wave's box.
 */
function boardKeyboardCoordinates(
  cohortIds: readonly string[],
  placeOf: (caseworkerId: string) => BoardPlace | null,
): KeyboardCoordinateGetter {
  return (event, { active, context, currentCoordinates }) => {
    const step = stepOfKey(event.code);
    if (!step) return undefined;
    event.preventDefault();
    const from = (context.over && placeOfZone(context.over.id)) ?? placeOf(String(active));
    const to = from && stepOnBoard(from, step, cohortIds, WAVES);
    const target = to && context.droppableRects.get(zoneId(to.cohortId, to.wave));
    if (!target) return currentCoordinates;
    // Centre the card on the wave's box, so it is over that box and no other.
    const card = context.collisionRect;
    const width = card?.width ?? 0;
    const height = card?.height ?? 0;
    return {
      x: target.left + Math.max(0, (target.width - width) / 2),
      y: target.top + Math.max(0, (target.height - height) / 2),
    };
  };
}

export function CohortBoard({ model }: { model: CohortModel }) {
  // The move form's 5,000 names are sorted once the board has drawn (or when someone reaches for the field).
  const names = useWantedWhenIdle();
  const people = useMoveChoices(model, names.wanted);
  const coaches = useMemo(() => coachChoices(model.coaches), [model.coaches]);
  const [moveWho, setMoveWho] = useState('');
  const [moveTo, setMoveTo] = useState('');
  const [moveWave, setMoveWave] = useState('3');
  /** A cross-role move waiting for the user's yes, with why it breaks the same-role rule. */
  const [pending, setPending] = useState<{
    caseworkerId: string;
    cohortId: string;
    wave: Wave;
    why: string;
  } | null>(null);
  const [find, setFind] = useState('');
  const found = useMemo(() => cohortsMatching(model.cohorts, find), [model.cohorts, find]);
  // Back to the first page when the search changes, not when a move is saved (the board is read again then).
  const page = usePaged(found, BOARD_PAGE, find);
  // The keyboard steps from cohort to cohort among those on the board.
  const cohortIds = useMemo(() => page.rows.map((c) => c.id), [page.rows]);
  const pick = useCallback((caseworkerId: string, cohortId: string) => {
    setMoveWho(caseworkerId);
    setMoveTo(cohortId);
    document.getElementById('move-title')?.scrollIntoView({ block: 'start' });
  }, []);
  const coordinateGetter = useMemo(() => {
    const places = new Map<string, BoardPlace>();
    for (const c of model.cohorts)
      for (const m of c.members) places.set(m.caseworkerId, { cohortId: c.id, wave: m.wave });
    return boardKeyboardCoordinates(cohortIds, (id) => places.get(id) ?? null);
  }, [model.cohorts, cohortIds]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );
  const name = (id: string) => model.person(id)?.name ?? 'someone';
  const cohortName = (id: string) => model.cohorts.find((c) => c.id === id)?.name ?? 'a cohort';
  const zoneName = (zone: string | number | undefined) => {
    const [cid, wave] = String(zone ?? '').split('|');
    return cid ? `${cohortName(cid)}, wave ${wave}` : 'nowhere';
  };

  /** Asks first when the move would put someone in a cohort of another role. */
  function requestMove(caseworkerId: string, cohortId: string, wave: Wave) {
    const person = model.person(caseworkerId);
    const cohort = model.cohorts.find((c) => c.id === cohortId);
    const why = person && cohort ? crossRoleWarning(person, cohort) : null;
    if (why) setPending({ caseworkerId, cohortId, wave, why });
    else runAction('move the caseworker', () => move(caseworkerId, cohortId, wave));
  }

  async function move(caseworkerId: string, cohortId: string, wave: Wave) {
    const patches = moveMember(
      model.cohorts,
      caseworkerId,
      cohortId,
      wave,
      await latestStanceOf(model, caseworkerId),
    );
    if (patches.length === 0) return;
    try {
      await cohortRepository.savePatches(patches);
      showToast({ message: `${name(caseworkerId)} moved to ${cohortName(cohortId)}, wave ${wave}.` });
    } catch (error) {
      showToast({
        message: `Could not move ${name(caseworkerId)}: ${(error as Error).message}`,
        tone: 'danger',
      });
    }
  }

  function onDragEnd(e: DragEndEvent) {
    if (!e.over) return;
    const [cohortId, wave] = String(e.over.id).split('|');
    if (cohortId) requestMove(String(e.active.id), cohortId, Number(wave) as Wave);
  }

  function submitMove(e: FormEvent) {
    e.preventDefault();
    if (!moveWho || !moveTo) {
      showToast({ message: 'Choose a person and a cohort to move them to.', tone: 'danger' });
      return;
    }
    requestMove(moveWho, moveTo, Number(moveWave) as Wave);
  }

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${name(String(active.id))}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${name(String(active.id))} is over ${zoneName(over.id)}.`
        : `${name(String(active.id))} is over no wave.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${name(String(active.id))} dropped in ${zoneName(over.id)}.`
        : `${name(String(active.id))} put back.`,
    onDragCancel: ({ active }) => `Move of ${name(String(active.id))} cancelled.`,
  };

  if (model.cohorts.length === 0)
    return (
      <div className="card">
        <EmptyState
          title="No cohorts for this rollout yet"
          action={
            model.rollout ? (
              <Link href="/propose" className="btn btn-primary">
                <Sparkles size={16} aria-hidden="true" /> Propose cohorts
              </Link>
            ) : undefined
          }
        >
          The builder proposes cohorts of {model.settings.cohortSize} people who do the same job, keeping
          units together, with cheerleaders in the first waves.
        </EmptyState>
      </div>
    );

  return (
    <div className="stack">
      {model.breaks.unplaced.length > 0 && (
        <Notice tone="warning" title={`${model.breaks.unplaced.length} active caseworkers are in no cohort`}>
          {model.breaks.unplaced.map(name).join(', ')}. Place them with the form below, or propose again to
          see where the builder would put them.
        </Notice>
      )}
      <form className="card move-form" onSubmit={submitMove} aria-labelledby="move-title">
        <h2 id="move-title" className="row" style={{ gap: 8 }}>
          <ArrowRightLeft size={18} aria-hidden="true" /> Move someone
        </h2>
        <p className="small muted">
          Choose a person, the cohort and the wave. You can also drag a person by the handle, with the mouse
          or the keyboard: Space picks up, Up and Down move a wave, Left and Right move a cohort, Space drops
          and Escape puts back.
        </p>
        <div className="toolbar">
          <div style={{ display: 'contents' }} onFocus={names.now}>
            <ComboBoxField
              label="Person"
              options={people ?? []}
              value={moveWho}
              onChange={setMoveWho}
              placeholder="Type a name"
              emptyText={people ? undefined : 'Loading names…'}
            />
          </div>
          <SelectField
            label="To cohort"
            value={moveTo}
            onChange={(e) => setMoveTo(e.target.value)}
            options={[
              { value: '', label: 'Choose a cohort' },
              ...model.cohorts.map((c) => ({ value: c.id, label: `${c.name} (${c.role || 'no role'})` })),
            ]}
          />
          <SelectField
            label="Wave"
            value={moveWave}
            onChange={(e) => setMoveWave(e.target.value)}
            options={WAVES.map((w) => ({ value: String(w), label: `Wave ${w}` }))}
          />
          <button type="submit" className="btn btn-primary">
            Move
          </button>
        </div>
      </form>
      {model.cohorts.length > BOARD_PAGE && (
        <div className="toolbar" role="search" aria-label="Find a cohort">
          <TextField
            className="grow"
            label="Find a cohort"
            type="search"
            placeholder="Cohort name or role"
            value={find}
            onChange={(e) => setFind(e.target.value)}
          />
        </div>
      )}
      <p className="small muted" aria-live="polite">
        {boardStatus(page.shown, found.length, model.cohorts.length, find)}
      </p>
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <div className="cohort-board">
          <CohortCards cohorts={page.rows} model={model} coaches={coaches} onPick={pick} />
        </div>
      </DndContext>
      <ShowMore page={page} onMore={page.showMore} ofRemaining />
      <Dialog
        title={pending ? `Move ${name(pending.caseworkerId)} to a cohort of another role?` : 'Move?'}
        open={pending !== null}
        onClose={() => setPending(null)}
      >
        {pending && (
          <div className="stack">
            <p>{pending.why}</p>
            <div className="form-footer">
              <button type="button" className="btn" onClick={() => setPending(null)}>
                Keep them where they are
              </button>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  const { caseworkerId, cohortId, wave } = pending;
                  setPending(null);
                  runAction('move the caseworker', () => move(caseworkerId, cohortId, wave));
                }}
              >
                Move anyway
              </button>
            </div>
          </div>
        )}
      </Dialog>
    </div>
  );
}

/**
 * The cards, drawn a slice at a time: a page of 50 at agency scale, more as pages are added; drawing hundreds in one
 * React render was a 200-250 ms task.
 * Only this list draws again as it grows, and each card drawn before is left as it is.
 */
function CohortCards({
  cohorts,
  model,
  coaches,
  onPick,
}: {
  cohorts: readonly Cohort[];
  model: CohortModel;
  coaches: PickerChoice[];
  onPick: (caseworkerId: string, cohortId: string) => void;
}) {
  const drawn = useGrowingCount(cohorts.length, FIRST_CARDS, MORE_CARDS);
  return cohorts
    .slice(0, drawn)
    .map((c) => <CohortCard key={c.id} cohort={c} model={model} coaches={coaches} onPick={onPick} />);
}

/** One cohort's card; drawn again only when its cohort, the model or the coaches change. */
const CohortCard = memo(function CohortCard({
  cohort,
  model,
  coaches,
  onPick,
}: {
  cohort: Cohort;
  model: CohortModel;
  coaches: PickerChoice[];
  onPick: (caseworkerId: string, cohortId: string) => void;
}) {
  const breaks = model.breaks.byCohort.get(cohort.id) ?? [];
  const titleId = `cohort-${cohort.id}`;
  const ref = useRef<HTMLElement>(null);
  // The waves, members and coach picker are drawn (and the members' stances and mastery read) when the card comes
  // within BODY_NEAR of the screen: the cards in view at first, not the rows below them too.
  const drawn = useNearViewport(ref, BODY_NEAR);
  const pickHere = useCallback(
    (caseworkerId: string) => onPick(caseworkerId, cohort.id),
    [onPick, cohort.id],
  );
  return (
    <section ref={ref} className="card cohort-card" aria-labelledby={titleId}>
      <div className="card-title">
        <div>
          <h2 id={titleId}>
            <Link href={`/${cohort.id}`}>{cohort.name}</Link>
          </h2>
          <div className="small muted">
            {cohort.role || 'No role'} · {cohort.members.length} of {model.settings.cohortSize}
          </div>
        </div>
        <div className="row" style={{ gap: 6 }}>
          {cohort.manuallyEdited && <Badge tone="accent">Edited by hand</Badge>}
          {breaks.length > 0 && (
            <Badge tone="warning">
              {breaks.length === 1 ? '1 rule break' : `${breaks.length} rule breaks`}
            </Badge>
          )}
        </div>
      </div>
      {breaks.length > 0 && (
        <ul className="rule-breaks small">
          {breaks.map((b) => (
            <li key={b.kind + b.message}>{b.message}</li>
          ))}
        </ul>
      )}
      {drawn ? (
        <CohortCardBody cohort={cohort} model={model} coaches={coaches} onPick={pickHere} />
      ) : (
        <div style={{ minHeight: 200 + cohort.members.length * 52 }} />
      )}
    </section>
  );
});

function CohortCardBody({
  cohort,
  model,
  coaches,
  onPick,
}: {
  cohort: Cohort;
  model: CohortModel;
  coaches: PickerChoice[];
  onPick: (caseworkerId: string) => void;
}) {
  // Stances and mastery of this cohort's members only, read when the card is drawn.
  const memberIds = useMemo(() => cohort.members.map((m) => m.caseworkerId), [cohort.members]);
  const facts = usePeopleFacts(model, memberIds);
  return (
    <>
      <ComboBoxField
        label={`Head coach for ${cohort.name}`}
        options={coaches}
        value={cohort.headCoachId ?? ''}
        placeholder="Not chosen yet"
        onChange={(id) => saveHeadCoach(cohort.id, id, `Head coach for ${cohort.name} saved.`)}
      />
      <p className="small">
        <strong>Assistant coach:</strong>{' '}
        {cohort.assistantCoachId ? (
          (model.person(cohort.assistantCoachId)?.name ?? 'not on the roster')
        ) : (
          <span className="muted">none: no cheerleader in this cohort yet</span>
        )}
      </p>
      {WAVES.map((wave) => (
        <WaveZone key={wave} cohort={cohort} wave={wave} model={model} facts={facts} onPick={onPick} />
      ))}
    </>
  );
}

function WaveZone({
  cohort,
  wave,
  model,
  facts,
  onPick,
}: {
  cohort: Cohort;
  wave: Wave;
  model: CohortModel;
  facts: PeopleFacts | undefined;
  onPick: (caseworkerId: string) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: zoneId(cohort.id, wave) });
  const members = cohort.members.filter((m) => m.wave === wave);
  const headingId = `wave-${cohort.id}-${wave}`;
  return (
    <div
      ref={setNodeRef}
      className={`wave-zone ${isOver ? 'is-over' : ''}`}
      role="group"
      aria-labelledby={headingId}
      aria-busy={facts ? undefined : true}
    >
      <h3 id={headingId} className="wave-title">
        {waveTitle[wave]} <span className="visually-hidden">of {cohort.name}</span>
        <span className="muted"> ({members.length})</span>
      </h3>
      {members.length === 0 ? (
        <p className="small muted wave-empty">No one in this wave. Drop someone here.</p>
      ) : (
        <ul className="member-list">
          {members.map((m) => (
            <MemberChip
              key={m.caseworkerId}
              id={m.caseworkerId}
              reason={m.reason}
              assistant={m.caseworkerId === cohort.assistantCoachId}
              model={model}
              facts={facts}
              onPick={onPick}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function MemberChip({
  id,
  reason,
  assistant,
  model,
  facts,
  onPick,
}: {
  id: string;
  reason: string;
  assistant: boolean;
  model: CohortModel;
  /** Undefined while the cohort's stances and mastery are read. */
  facts: PeopleFacts | undefined;
  onPick: (caseworkerId: string) => void;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id });
  const person = model.person(id);
  const name = person?.name ?? 'Not on the roster';
  const mastery = facts?.mastery.get(id);
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li ref={setNodeRef} style={style} className={`member-chip ${isDragging ? 'is-dragging' : ''}`}>
      <button
        type="button"
        className="drag-handle"
        aria-label={`Drag ${name}`}
        {...attributes}
        {...listeners}
      >
        <GripVertical size={16} aria-hidden="true" />
      </button>
      <div className="member-text">
        <span className="member-name">
          {name} {assistant && <Badge tone="accent">Assistant coach</Badge>}
        </span>
        <span className="small">
          {model.unitName(person?.unitId ?? null)} ·{' '}
          {facts ? latestStanceText(facts.latest.get(id), model.settings) : 'Loading stance…'}
        </span>
        <span className="small muted">{placementText(reason)}</span>
        {mastery && (
          <span>
            <Badge tone={masteryTone[mastery.level]}>{masteryLabel[mastery.level]}</Badge>
          </span>
        )}
      </div>
      <button
        type="button"
        className="btn btn-ghost btn-small"
        onClick={() => onPick(id)}
        aria-label={`Move ${name}…`}
      >
        Move…
      </button>
    </li>
  );
}
