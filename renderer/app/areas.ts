// The areas of the app, in navigation order. The native menu's "navigate:<area>" commands use the same ids.
import type { LucideIcon } from 'lucide-react';
import {
  BarChart3,
  CalendarDays,
  ClipboardCheck,
  ClipboardList,
  FileText,
  Home,
  Rocket,
  Settings,
  Target,
  Trash2,
  Users,
  UsersRound,
} from 'lucide-react';

export interface Area {
  id: string;
  path: string;
  label: string;
  icon: LucideIcon;
  group: 'Work' | 'Rollout' | 'Workspace';
}

export const areas: Area[] = [
  { id: 'home', path: '/', label: 'Home', icon: Home, group: 'Work' },
  { id: 'roster', path: '/roster', label: 'Roster', icon: Users, group: 'Work' },
  { id: 'calendar', path: '/calendar', label: 'Calendar', icon: CalendarDays, group: 'Work' },
  { id: 'coaching', path: '/coaching', label: 'Coaching', icon: ClipboardCheck, group: 'Work' },
  { id: 'gaps', path: '/gaps', label: 'Gaps', icon: Target, group: 'Work' },
  { id: 'rollouts', path: '/rollouts', label: 'Rollouts', icon: Rocket, group: 'Rollout' },
  { id: 'surveys', path: '/surveys', label: 'Surveys', icon: ClipboardList, group: 'Rollout' },
  { id: 'cohorts', path: '/cohorts', label: 'Cohorts', icon: UsersRound, group: 'Rollout' },
  { id: 'dashboard', path: '/dashboard', label: 'Dashboard', icon: BarChart3, group: 'Rollout' },
  { id: 'reports', path: '/reports', label: 'Reports', icon: FileText, group: 'Rollout' },
  { id: 'settings', path: '/settings', label: 'Settings', icon: Settings, group: 'Workspace' },
  { id: 'trash', path: '/trash', label: 'Trash', icon: Trash2, group: 'Workspace' },
];

export const areaPath = (id: string): string | undefined => areas.find((a) => a.id === id)?.path;
