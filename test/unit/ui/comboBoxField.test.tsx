// @vitest-environment happy-dom
// The searchable picker when its choice is saved elsewhere (a cohort's head coach): the chosen name stays in the field
// while the save is under way (it used to flick back to the name before until the save landed), the saved value then
// rules, and a failed save puts back the name before.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ComboBoxField, type PickerOption } from '../../../renderer/ui/ComboBoxField';

afterEach(cleanup);

const coaches: PickerOption[] = [
  { id: 'a', label: 'Ada Lovelace' },
  { id: 'b', label: 'Grace Hopper' },
  { id: 'c', label: 'Alan Turing' },
];

/** A deferred save: the test decides when it lands or fails. */
function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The field over a stored value that changes only when the test says the save landed. */
function Saved({ save }: { save: (id: string) => Promise<void> }) {
  const [stored, setStored] = useState('a');
  return (
    <>
      <ComboBoxField label="Head coach" options={coaches} value={stored} onChange={save} />
      <button type="button" onClick={() => setStored('b')}>
        land
      </button>
      <button type="button" onClick={() => setStored('c')}>
        elsewhere
      </button>
    </>
  );
}

const field = () => screen.getByRole<HTMLInputElement>('combobox', { name: 'Head coach' });

function choose(text: string) {
  fireEvent.change(field(), { target: { value: text } });
  fireEvent.keyDown(field(), { key: 'ArrowDown' });
  fireEvent.keyDown(field(), { key: 'Enter' });
}

describe('ComboBoxField with a save under way', () => {
  it('keeps the chosen name until the save lands, then shows the saved value', async () => {
    const save = deferred();
    const calls: string[] = [];
    render(<Saved save={(id) => (calls.push(id), save.promise)} />);
    expect(field().value).toBe('Ada Lovelace');
    choose('grace');
    expect(calls).toEqual(['b']);
    expect(field().value).toBe('Grace Hopper');
    // Something else draws the screen again meanwhile: still the choice, not the stored name.
    fireEvent.blur(field());
    expect(field().value).toBe('Grace Hopper');
    await act(async () => {
      save.resolve();
      await save.promise;
    });
    fireEvent.click(screen.getByRole('button', { name: 'land' }));
    expect(field().value).toBe('Grace Hopper');
    // A later change from elsewhere is shown.
    fireEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(field().value).toBe('Alan Turing');
  });

  it('puts back the name before when the save fails', async () => {
    const save = deferred();
    render(<Saved save={() => save.promise} />);
    choose('grace');
    expect(field().value).toBe('Grace Hopper');
    await act(async () => {
      save.reject(new Error('disk full'));
      await save.promise.catch(() => undefined);
    });
    expect(field().value).toBe('Ada Lovelace');
  });
});

/** The field over options that a save elsewhere changes (someone moved: their second line names the new cohort). */
let moveAda = () => {};
function Moving() {
  const [where, setWhere] = useState('Intake A');
  moveAda = () => setWhere('Ongoing C');
  const options = coaches.map((c) => ({ ...c, detail: c.id === 'a' ? where : 'Intake B' }));
  const [chosen, setChosen] = useState('a');
  return (
    <>
      <ComboBoxField label="Head coach" options={options} value={chosen} onChange={setChosen} />
    </>
  );
}

describe('ComboBoxField whose options change while someone types', () => {
  it('keeps the open list (and what was typed) until it closes, then shows the new options', () => {
    render(<Moving />);
    act(() => field().focus());
    fireEvent.change(field(), { target: { value: 'ada' } });
    expect(screen.getByRole('option', { name: /Ada Lovelace/ }).textContent).toContain('Intake A');
    act(() => moveAda());
    // Still open, still what was typed: the change waits.
    expect(screen.queryByRole('listbox')).not.toBeNull();
    expect(field().value).toBe('ada');
    expect(screen.getByRole('option', { name: /Ada Lovelace/ }).textContent).toContain('Intake A');
    fireEvent.keyDown(field(), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    fireEvent.change(field(), { target: { value: 'ad' } });
    expect(screen.getByRole('option', { name: /Ada Lovelace/ }).textContent).toContain('Ongoing C');
  });
});
