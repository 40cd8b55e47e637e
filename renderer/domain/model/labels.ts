// Words for the model's fixed choices, shared by the screens that edit them and the screens that show them.
import type { Settings } from './schemas';

/** What each role opens the app for; the home screen and Settings show the same words. */
export const roleLabels: Record<Settings['role'], string> = {
  supervisor: 'Supervisor: coaching sessions, standups, gaps and follow-ups',
  trainer: 'Trainer: surveys, cohorts, waves and training',
  lead: 'Rollout lead: progress charts and reports',
};

/** The four questions of a tool brief, in the order the form asks them and the brief shows them. */
export const briefQuestions = [
  {
    key: 'where',
    label: 'Where is the tool?',
    hint: 'How people open it: the icon, the address, the device.',
  },
  { key: 'how', label: 'How does it work?', hint: 'The few steps a caseworker takes most days.' },
  { key: 'limits', label: 'What are its limits?', hint: 'What it does not do yet, and the workaround.' },
  {
    key: 'comparison',
    label: 'How does it compare to other tools?',
    hint: 'Against paper notes and the old system.',
  },
] as const;
