import { describe, expect, it } from 'vitest';
import { fileNameOf, fileNamePart } from '../../../../renderer/domain/files/fileName';

describe('fileNameOf', () => {
  it('names a report after what it holds, whose it is and the day', () => {
    expect(fileNameOf(['Coaching summary', 'Worker 27', '2026-12-01'], 'pdf')).toBe(
      'Coaching summary - Worker 27 - 2026-12-01.pdf',
    );
  });

  it('keeps names as people write them: accents, case, apostrophes and ampersands', () => {
    expect(fileNameOf(['Cohort report', 'Foster Care & Permanency', '2026-03-18'], 'csv')).toBe(
      'Cohort report - Foster Care & Permanency - 2026-03-18.csv',
    );
    expect(fileNameOf(['Coaching summary', "O'Brien, Seán"], '.pdf')).toBe(
      "Coaching summary - O'Brien, Seán.pdf",
    );
  });

  it('replaces characters file systems refuse and never ends a part with a dot or a space', () => {
    expect(
      fileNameOf(['Rollout status report', 'Intake: north/south? "v2" <test>|*', '2026-03-18'], 'pdf'),
    ).toBe('Rollout status report - Intake north south v2 test - 2026-03-18.pdf');
    expect(fileNamePart('  Unit B.  ')).toBe('Unit B');
    expect(fileNamePart('line\nbreak\ttab')).toBe('line break tab');
  });

  it('leaves out empty parts and never returns an empty or reserved name', () => {
    expect(fileNameOf(['Cohort roster', '', null, undefined, '2026-03-18'], 'csv')).toBe(
      'Cohort roster - 2026-03-18.csv',
    );
    expect(fileNameOf(['???'], 'csv')).toBe('Cohort Coach.csv');
    expect(fileNameOf(['CON'], 'txt')).toBe('Cohort Coach - CON.txt');
  });

  it('shortens very long names', () => {
    const name = fileNameOf(['Cohort report', 'x'.repeat(500)], 'pdf');
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
