// Training sessions of a rollout and their attendance.
import type { TrainingSession } from '../domain/model';
import { getDb } from './db';
import { repository } from './repository';

export const trainingSessions = repository('trainingSessions');

/** Live sessions of one rollout, oldest first. */
export async function listTrainingSessions(rolloutId: string): Promise<TrainingSession[]> {
  const rows = await getDb().trainingSessions.where('rolloutId').equals(rolloutId).toArray();
  return rows
    .filter((s) => s.deletedAt === null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.topic.localeCompare(b.topic));
}

export async function setAttendance(
  sessionId: string,
  attendeeIds: readonly string[],
): Promise<TrainingSession> {
  return trainingSessions.update(sessionId, { attendeeIds: [...new Set(attendeeIds)] });
}
