// Reminders for action items and follow-ups that come due: checked at start, every few minutes and when the window
// regains focus; each item is announced at most once (desktop notification, or an in-app banner in a browser) and the sending is stored.
import { useEffect } from 'react';
import { localToday } from '../../ui/useToday';
import { remindersToSend, type DueItem } from '../../domain/coaching/dueList';
import { isPresentationActive } from '../../data/presentationMode';
import { scheduleRemindersDue } from '../../domain/schedule/scheduleRules';
import { eventTitle } from '../../domain/schedule/scheduleIcs';
import { scheduleRepository } from '../../data/scheduleRepository';
import { cohortRepository } from '../../data/cohortRepository';
import { notify } from '../../platform/desktop';
import { caseworkerRepository } from '../../data/rosterRepository';
import { personNames } from '../../domain/roster/names';
import { coachingEntryRepository } from '../../data/coachingRepository';
import { reportFailure } from '../../ui/runAction';
import { formatDay } from '../../domain/format/format';

const CHECK_EVERY_MS = 5 * 60_000;
/** Beyond this many at once, one summary notification instead of a flood. */
const MAX_SEPARATE = 3;

/** Today's planned standups and visits, one reminder each (the schedule remembers the day it reminded). */
async function sendScheduleReminders(): Promise<void> {
  const today = localToday();
  const due = scheduleRemindersDue(await scheduleRepository.listByStart(), today);
  if (due.length === 0) return;
  await scheduleRepository.markReminded(
    due.map((o) => o.scheduleId),
    today,
  );
  // The names of the people and cohorts named only (not the roster of the agency, at every start).
  const names = personNames(
    await caseworkerRepository.getManyLive(due.flatMap((o) => (o.caseworkerId ? [o.caseworkerId] : []))),
  );
  const cohorts = new Map(
    (await cohortRepository.getManyLive(due.flatMap((o) => (o.cohortId ? [o.cohortId] : [])))).map((c) => [
      c.id,
      c.name,
    ]),
  );
  const titles = due.map(
    (o) =>
      `${o.time} ${eventTitle(o, {
        cohort: (id) => cohorts.get(id) ?? 'a cohort',
        person: (id) => names.inSentence(id),
        coach: () => null,
      })}`,
  );
  await notify({
    id: `schedule-${today}`,
    title: due.length === 1 ? 'Planned for today' : `${String(due.length)} things planned for today`,
    body: titles.join('; '),
  });
}

async function sendDueReminders(): Promise<void> {
  // No pop-ups on a projected screen; they go out once the meeting is over.
  if (isPresentationActive()) return;
  await sendScheduleReminders();
  const today = localToday();
  // Only the entries that can be due by today are read (by index), with their caseworkers' latest entry dates.
  const candidates = await coachingEntryRepository.dueCandidates(today);
  const due = remindersToSend(candidates.entries, today, candidates.latest);
  if (due.length === 0) return;
  const marked = await coachingEntryRepository.markReminded(due);
  if (marked.length === 0) return;
  const names = personNames(await caseworkerRepository.getManyLive(marked.map((item) => item.caseworkerId)));
  const who = (item: DueItem) => names.inSentence(item.caseworkerId);
  if (marked.length > MAX_SEPARATE) {
    await notify({
      id: 'coaching-due-summary',
      title: `${String(marked.length)} coaching items are due`,
      body: 'Action items and follow-ups have come due. Open Home to see the due list.',
    });
    return;
  }
  for (const item of marked) {
    await notify({
      id: `coaching-${item.key}`,
      title:
        item.kind === 'follow-up' ? `Follow-up due with ${who(item)}` : `Action item due for ${who(item)}`,
      body:
        item.kind === 'follow-up'
          ? `Due ${formatDay(item.dueDate)}.`
          : `${item.text} (due ${formatDay(item.dueDate)})`,
    });
  }
}

export function useDueReminders(): void {
  useEffect(() => {
    let running = false;
    let told = false;
    const run = () => {
      if (running) return;
      running = true;
      sendDueReminders()
        .catch((error: unknown) => {
          // Told once: the check repeats every few minutes and would otherwise repeat the message too.
          if (!told) reportFailure('check the coaching reminders', error);
          told = true;
        })
        .finally(() => {
          running = false;
        });
    };
    run();
    const timer = setInterval(run, CHECK_EVERY_MS);
    // A laptop waking from sleep may have crossed midnight: check when the window comes back.
    window.addEventListener('focus', run);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', run);
    };
  }, []);
}
