// One in-memory copy of every live record (what Home, the dashboard and the rollout report read), shared by those
// screens and read again only when a table of the workspace changed. Reading and opening every record is most of the
// cost of those screens (issue 15); without this each of them read it all again on every visit, and the domain's
// memos (scoring, mastery), which are keyed on the arrays read, never survived a move from Home to the dashboard.
// The mechanism (changes seen as Dexie's live queries see them; forgotten on a lock or change of data key,
// presentation mode, another database, and a few minutes with no screen using it) is sharedRead.ts.
import type { DashboardData } from '../domain/dashboard/buildDashboard';
import { tableNames } from '../domain/model';
import { dashboardRepository } from './dashboardRepository';
import { sharedRead } from './sharedRead';

export const workspaceSnapshot = sharedRead<DashboardData>(tableNames, () => dashboardRepository.data());
