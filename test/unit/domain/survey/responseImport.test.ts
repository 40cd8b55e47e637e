import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { surveyInstrumentFields } from '../../../../renderer/domain/model';
import { toCsv as writeCsv } from '../../../../renderer/domain/csv/toCsv';
import { startImport } from '../../../../renderer/domain/csv/startImport';
import { formatRejectedRow } from '../../../../renderer/domain/csv/validateImport';
import { defaultInstrumentInput } from '../../../../renderer/domain/survey/defaultInstrument';
import {
  choiceReader,
  itemFieldKey,
  multiReader,
  previewResponseImport,
  readAnswerDate,
  responseTemplateCsv,
  responseImportSpec,
  scaleReader,
  type ResponseImportContext,
} from '../../../../renderer/domain/survey/responseImport';
import { scoreResponse } from '../../../../renderer/domain/survey/scoreResponse';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const instrument = { ...surveyInstrumentFields.parse(defaultInstrumentInput(id(1))), id: id(1) };
const item = (itemId: string) => instrument.items.find((i) => i.id === itemId)!;
const spec = responseImportSpec(instrument);
const worker = (
  n: number,
  name: string,
  employeeId = '',
  email = '',
  status: 'active' | 'left' = 'active',
) => ({
  id: id(100 + n),
  name,
  employeeId,
  email,
  status,
  deletedAt: null,
});
const context: ResponseImportContext = {
  instrument,
  round: { id: id(2), name: 'Pulse survey' },
  caseworkers: [
    worker(1, 'Ana Lopez', 'E100', 'ana@example.org'),
    worker(2, "Seán O'Brien", 'E200'),
    worker(3, 'Nguyễn Thị Ánh', 'E300'),
    worker(4, 'Sam Lee', 'E400'),
    worker(5, 'Sam Lee', 'E401'),
    worker(6, 'Rita Gone', 'E600', '', 'left'),
    { ...worker(7, 'Trashed Person', 'E700'), deletedAt: '2026-01-01T00:00:00Z' },
  ],
  existing: [{ id: id(900), caseworkerId: id(103), answeredOn: '2026-03-02' }],
  today: '2026-04-01',
};

const questionTexts = instrument.items.map((i) => i.text);
/** Answers for the 17 required questions, as an online form writes them; ADKAR columns blank unless given. */
function answersRow(overrides: Record<string, string> = {}): string[] {
  return instrument.items.map((i) => {
    if (overrides[i.id] !== undefined) return overrides[i.id] ?? '';
    if (i.kind === 'multi') return 'A smartphone, A laptop or home computer';
    if (i.kind === 'single') return 'I type them in the field on a phone, tablet or laptop';
    if (i.kind === 'adkar') return '';
    if (i.id === 'liking-technology') return 'Quite a lot';
    return i.reverse ? 'Disagree' : 'Agree';
  });
}
const toCsv = ([header = [], ...rows]: string[][]) => writeCsv(header, rows, { guardFormulas: false });
const csv = (rows: string[][]) =>
  toCsv([['Timestamp', 'Email Address', 'Your name', ...questionTexts], ...rows]);

function preview(text: string) {
  const started = startImport(text, spec);
  if (!started.ok) throw new Error(started.error);
  return previewResponseImport({
    table: started.value.table,
    headerIndex: started.value.header.index,
    mapping: started.value.guess.mapping,
    context,
    spec,
  });
}

describe('reading answer cells', () => {
  const agree = scaleReader(item('ease-learn'));
  const liking = scaleReader(item('liking-technology'));
  it('reads a scale answer as its number, its words, or common agree words', () => {
    expect(agree('4')).toEqual({ ok: true, value: 4 });
    expect(agree('Strongly agree')).toEqual({ ok: true, value: 5 });
    expect(agree('  strongly DISAGREE ')).toEqual({ ok: true, value: 1 });
    expect(agree('Neutral')).toEqual({ ok: true, value: 3 });
    expect(agree('4 - Agree')).toEqual({ ok: true, value: 4 });
    expect(agree('(2) Disagree')).toEqual({ ok: true, value: 2 });
    expect(liking('Quite a lot')).toEqual({ ok: true, value: 4 });
    expect(scaleReader(item('adkar-desire'))('4 - Mostly true')).toEqual({ ok: true, value: 4 });
  });

  it('refuses numbers off the scale and words that are not answers', () => {
    expect(agree('7')).toEqual({ ok: false, message: 'is outside the 1 to 5 scale' });
    expect(agree('0')).toEqual({ ok: false, message: 'is outside the 1 to 5 scale' });
    expect(agree('3.5')).toEqual({ ok: false, message: 'is not a whole number from 1 to 5' });
    expect(agree('6 - Very strongly agree')).toEqual({ ok: false, message: 'is outside the 1 to 5 scale' });
    expect(agree('Sometimes')).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^is not an answer to this question; write a number from 1 to 5 or one of: Strongly disagree, Disagree/,
      ) as string,
    });
    // Agree words belong to agree scales: "Agree" is no answer to "How much do you like using technology?".
    expect(liking('Agree').ok).toBe(false);
  });

  it('reads a pick-one answer by its words or value', () => {
    const habit = choiceReader(item('case-note-habit'));
    expect(habit('I dictate them (voice recorder or dictation software)')).toEqual({
      ok: true,
      value: 'dictate',
    });
    expect(habit('type-at-desk')).toEqual({ ok: true, value: 'type-at-desk' });
    expect(habit('By carrier pigeon').ok).toBe(false);
  });

  it('splits tick-all answers on ; or , and keeps answers whose own words hold a comma', () => {
    const tech = multiReader(item('personal-technology'));
    expect(tech('A smartphone; A tablet')).toEqual({ ok: true, value: ['smartphone', 'tablet'] });
    expect(tech('A smartphone, Video calls with family or friends, social media')).toEqual({
      ok: true,
      value: ['smartphone', 'video-calls', 'social-media'],
    });
    const withComma = multiReader({
      options: [
        { value: 'field', label: 'In the field, on a tablet', score: 1 },
        { value: 'desk', label: 'At the desk', score: 0 },
      ],
    });
    expect(withComma('At the desk, In the field, on a tablet')).toEqual({
      ok: true,
      value: ['desk', 'field'],
    });
    expect(tech('A smartphone; A pager; A fax')).toEqual({
      ok: false,
      message: "has 'A pager', 'A fax', which are not among this question's answers",
    });
  });

  it('reads the dates form tools write, with or without a time', () => {
    expect(readAnswerDate('2026/03/14 10:22:31 AM GMT-5')).toEqual({ ok: true, value: '2026-03-14' });
    expect(readAnswerDate('3/14/2026 10:22:31')).toEqual({ ok: true, value: '2026-03-14' });
    expect(readAnswerDate('2026-03-14T10:22:31Z')).toEqual({ ok: true, value: '2026-03-14' });
    expect(readAnswerDate('yesterday').ok).toBe(false);
  });
});

describe('importing a form export', () => {
  it('guesses every column from the question texts and the usual form headers', () => {
    const started = startImport(csv([]), spec);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const mapping = started.value.guess.mapping;
    expect(mapping.answeredOn).toBe(0);
    expect(mapping.email).toBe(1);
    expect(mapping.name).toBe(2);
    expect(mapping.employeeId).toBeNull();
    instrument.items.forEach((i, n) => expect(mapping[itemFieldKey(i.id)]).toBe(3 + n));
  });

  it('matches caseworkers by email or name (accents, case and "Last, First" aside) and scores what it imports', () => {
    const p = preview(
      csv([
        ['2026/03/14 10:22:31', 'ANA@example.org', 'A. Lopez', ...answersRow()],
        ['', '', "O'Brien, Sean", ...answersRow({ 'adkar-desire': '2' })],
      ]),
    );
    expect(p.rejected).toEqual([]);
    expect(p.accepted.map((r) => [r.line, r.value.caseworkerName, r.value.answeredOn])).toEqual([
      [2, 'Ana Lopez', '2026-03-14'],
      [3, "Seán O'Brien", '2026-04-01'],
    ]);
    const answers = p.accepted[1]!.value.answers;
    expect(answers['personal-technology']).toEqual(['smartphone', 'computer']);
    expect(answers['adkar-desire']).toBe(2);
    expect('adkar-knowledge' in answers).toBe(false);
    // Hand-computed: tech .35, liking .75, habit 1, eleven agree items .75, three worry items answered "Disagree" 1-.25=.75.
    // Sum = .35 + .75 + 1 + 11 * .75 + 3 * .75 = 12.6 over 17 items = 74.1.
    expect(scoreResponse(instrument.items, answers).readiness).toBe(74.1);
    expect(p.summary).toBe('2 of 2 rows are ready to import as 2 survey responses.');
  });

  it('rejects an unknown caseworker, out-of-range and missing answers and future dates, naming the row and question', () => {
    const p = preview(
      csv([
        ['', '', 'Pat Nobody', ...answersRow()],
        ['', '', 'Ana Lopez', ...answersRow({ 'liking-technology': '7', 'ease-learn': '' })],
        ['2030-01-01', '', 'Nguyễn Thị Ánh', ...answersRow()],
        ['', '', 'Sam Lee', ...answersRow()],
        ['', '', '', ...answersRow()],
      ]),
    );
    expect(p.accepted).toEqual([]);
    expect(p.rejected.map(formatRejectedRow)).toEqual([
      "line 2: Unknown caseworker: nobody in the roster matches the name 'Pat Nobody'. Add them to the roster first, or correct the row",
      'line 3: Question 7 (“I learn new apps and computer programs easily.”) is missing; ' +
        "Question 2 (“How much do you like using technology?”) '7' is outside the 1 to 5 scale",
      "line 4: Answered on '2030-01-01' is a date in the future",
      'line 5: 2 caseworkers in the roster are named Sam Lee; add an Employee ID or Email column so each row finds the right person',
      'line 6: The row has no name, employee ID or email, so it cannot be matched to a caseworker',
    ]);
    expect(p.canImport).toBe(false);
  });

  it('refuses the same caseworker twice in a file, and flags people who already answered the round', () => {
    const p = preview(
      csv([
        ['', '', 'Nguyen Thi Anh', ...answersRow()],
        ['', 'ana@example.org', '', ...answersRow()],
        ['', '', 'nguyễn thị ánh', ...answersRow()],
      ]),
    );
    expect(p.rejected.map(formatRejectedRow)).toEqual(['line 4: Same caseworker Nguyễn Thị Ánh as line 2']);
    expect(p.rejected[0]?.duplicate).toBe(true);
    expect(p.alreadyAnswered.map((r) => r.value.caseworkerName)).toEqual(['Nguyễn Thị Ánh']);
    expect(p.alreadyAnswered[0]?.value.replaces).toBe(id(900));
    expect(p.alreadyAnswered[0]?.warnings).toEqual([
      'Nguyễn Thị Ánh already answered Pulse survey on 2026-03-02',
    ]);
  });

  it('prefers the employee ID, says when the name differs, and warns about people who have left', () => {
    const text = toCsv([
      ['Employee ID', 'Name', ...questionTexts],
      ['E401', 'Sam Lee', ...answersRow()],
      ['E100', 'Someone Else', ...answersRow()],
      ['E999', 'Rita Gone', ...answersRow()],
      ['E700', 'Trashed Person', ...answersRow()],
    ]);
    const p = preview(text);
    expect(p.accepted.map((r) => [r.value.caseworkerId, r.warnings])).toEqual([
      [id(105), []],
      [
        id(101),
        [
          "The name 'Someone Else' differs from Ana Lopez, who has employee ID E100; the employee ID was used",
        ],
      ],
      [
        id(106),
        [
          "Employee ID 'E999' matches nobody in the roster; matched Rita Gone by name instead",
          'Rita Gone has left the agency; the answers are kept anyway',
        ],
      ],
    ]);
    expect(p.rejected.map(formatRejectedRow)).toEqual([
      "line 5: Unknown caseworker: nobody in the roster matches employee ID 'E700' or the name 'Trashed Person'. Add them to the roster first, or correct the row",
    ]);
  });

  it('needs every required question mapped, and a name, employee ID or email on each row', () => {
    const started = startImport(
      toCsv([
        ['Email Address', questionTexts[0]!],
        ['ana@example.org', 'A tablet'],
      ]),
      spec,
    );
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const p = previewResponseImport({
      table: started.value.table,
      headerIndex: started.value.header.index,
      mapping: started.value.guess.mapping,
      context,
      spec,
    });
    expect(p.errors).toContain(
      'No column for Question 2 (“How much do you like using technology?”) was found. Map one of the columns to Question 2 (“How much do you like using technology?”).',
    );
    expect(p.canImport).toBe(false);
  });

  it('offers a template whose columns map themselves', () => {
    const template = responseTemplateCsv(instrument);
    expect(
      template.startsWith(
        '\uFEFFName,Employee ID,Email,Answered on,Which of these do you use in your own life? Tick all that apply.,',
      ),
    ).toBe(true);
    const started = startImport(`${template}Ana Lopez,,,2026-03-01\r\n`, spec);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const mapping = started.value.guess.mapping;
    expect([mapping.name, mapping.employeeId, mapping.email, mapping.answeredOn]).toEqual([0, 1, 2, 3]);
    instrument.items.forEach((i, n) => expect(mapping[itemFieldKey(i.id)]).toBe(4 + n));
  });

  it('reads the end-to-end fixture: three good rows, an unknown person, an answer off the scale and a repeated person', () => {
    const text = readFileSync(
      path.join(import.meta.dirname, '../../../fixtures/csv/survey-responses-with-bad-rows.csv'),
      'utf8',
    );
    const roster = ['Jordan Whitfield', 'Grace Kim', 'Keisha Robinson', 'Fatima Al-Sayed'].map((name, i) =>
      worker(20 + i, name),
    );
    const started = startImport(text, spec);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const p = previewResponseImport({
      table: started.value.table,
      headerIndex: started.value.header.index,
      mapping: started.value.guess.mapping,
      context: {
        ...context,
        caseworkers: roster,
        existing: [],
        round: { id: id(3), name: 'Spring pulse', openedOn: '2025-03-03' },
      },
      spec,
    });
    expect(p.accepted.map((r) => [r.line, r.value.caseworkerName, r.value.answeredOn])).toEqual([
      [2, 'Jordan Whitfield', '2025-03-02'],
      [3, 'Grace Kim', '2025-03-02'],
      [7, 'Fatima Al-Sayed', '2025-03-04'],
    ]);
    expect(p.accepted[0]?.warnings).toEqual([
      'Answered on 2025-03-02, before Spring pulse opened (2025-03-03)',
    ]);
    expect(p.accepted[2]?.value.answers['adkar-desire']).toBe(3);
    expect(p.accepted[1]?.value.answers['personal-technology']).toEqual([
      'smartphone',
      'computer',
      'online-banking',
    ]);
    expect(p.rejected.map((r) => r.line)).toEqual([4, 5, 6]);
  });
});
