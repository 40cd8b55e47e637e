// The field's borrowed words in one line each, said the way a supervisor would explain them to a new colleague.
// Screens show these where the word appears (a caption, or a "What is this?" popover), so nobody needs the book.

export const glossaryTerms = ['adkar', 'rogers', 'magerPipe', 'renegade'] as const;
export type GlossaryTerm = (typeof glossaryTerms)[number];

export interface GlossaryEntry {
  /** The word as screens show it. */
  term: string;
  /** One or two plain sentences. */
  plain: string;
}

export const glossary: Record<GlossaryTerm, GlossaryEntry> = {
  adkar: {
    term: 'ADKAR',
    plain:
      'Five steps a person goes through to change how they work: Awareness of why, Desire to take part, Knowledge of how, ' +
      'Ability to do it, Reinforcement to keep it up. The barrier point is the first step they rated 3 or lower: start there.',
  },
  rogers: {
    term: 'Rogers curve',
    plain:
      'People take up something new at different times. Everett Rogers named five groups (innovators, early adopters, ' +
      'early majority, late majority, laggards) and their usual shares: 2.5%, 13.5%, 34%, 34% and 16%, as labels, never quotas.',
  },
  magerPipe: {
    term: 'Mager & Pipe',
    plain:
      'A way to find why someone is not doing something: rule out the quick fixes first (unclear expectations, missing ' +
      'tools, obstacles), then ask whether they could do it if their life depended on it: if not, it is a skill to teach; ' +
      'if so, look at what happens to them when they do it.',
  },
  renegade: {
    term: 'Renegade system',
    plain:
      'A workaround outside the new tool, such as paper notes, a private spreadsheet or another app, that keeps case ' +
      'work out of the tool. Seeing one is a cue to ask why, not to blame.',
  },
};
