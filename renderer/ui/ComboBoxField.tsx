// A searchable picker for long lists (people, coaches, roles): type any part of a name, in any case and without its
// accents ("sean obrien" finds "O'Brien, Seán"), then arrow keys and Enter. React Aria's combobox does the keyboard
// and screen-reader work; only the rows in view are in the DOM, and the list holds the best SHOWN_AT_MOST matches
// with a line saying how many more there are, so 5,000 people open and filter at once.
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListLayout,
  Popover,
  Text,
  Virtualizer,
  type Key,
} from 'react-aria-components';
import { ChevronDown } from 'lucide-react';
import { firstRankedMatches, searchKey } from '../domain/csv/foldText';
import { formatCount } from '../domain/format/format';
import './controls.css';

export interface PickerOption {
  id: string;
  /** What the field shows once chosen, and what is searched. */
  label: string;
  /** A second line that tells two people of the same name apart (unit, role); also searched. */
  detail?: string;
}

interface Props {
  label: string;
  options: readonly PickerOption[];
  /** The chosen option's id; '' when nothing is chosen. */
  value: string;
  /**
   * Called with the id chosen ('' when the text is cleared). A choice saved elsewhere reaches `value` only once the save
   * lands: return the save's promise and the field shows the choice meanwhile, and puts back the one before if it fails.
   */
  onChange: (id: string) => void | PromiseLike<unknown>;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  className?: string;
  placeholder?: string;
  /** Shown in the list when nothing matches what was typed. */
  emptyText?: string;
  /**
   * A deliberate way to add what was typed as a new option (e.g. a new role): offered as the last row only when no
   * option has exactly that name, so a typo never creates one by accident.
   */
  onCreate?: (text: string) => void;
  createLabel?: (text: string) => string;
  isDisabled?: boolean;
}

const CREATE_KEY = '\u0000create';
/** More rows than anyone scrolls through: past this, typing narrows faster (and the list builds in a few ms). */
const SHOWN_AT_MOST = 100;
const ROW_HEIGHT = 44;
const layoutOptions = { rowSize: ROW_HEIGHT };

interface Row extends PickerOption {
  create?: true;
}

const sameOptions = (a: readonly PickerOption[], b: readonly PickerOption[]) =>
  a.length === b.length &&
  a.every((o, i) => o.id === b[i]?.id && o.label === b[i].label && o.detail === b[i].detail);

/**
 * The same options as last time when nothing in them changed: live data re-reads hand over new arrays with the same
 * people, and rebuilding the open list then would replace the row under the pointer. While the list is open, options
 * that did change (a save elsewhere moved someone) wait until it closes, unless there were none before (still
 * loading): React Aria closes an open list whose chosen row changes under it, and the person typing would lose it.
 */
function useStableOptions(options: readonly PickerOption[], open: boolean): readonly PickerOption[] {
  const last = useRef(options);
  if (last.current !== options && !sameOptions(last.current, options) && (!open || last.current.length === 0))
    last.current = options;
  return last.current;
}

export function ComboBoxField({
  label,
  options: givenOptions,
  value,
  onChange,
  hint,
  error,
  required,
  className,
  placeholder = 'Type to search',
  emptyText,
  onCreate,
  createLabel = (text) => `Add “${text}”`,
  isDisabled,
}: Props) {
  const errorId = useId();
  const [open, setOpen] = useState(false);
  const options = useStableOptions(givenOptions, open);
  // Keys are folded once per list, not once per keystroke.
  const index = useMemo(
    () => options.map((o) => ({ item: o, key: searchKey(o.detail ? `${o.label} ${o.detail}` : o.label) })),
    [options],
  );
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  // A choice still being saved, and the value it was made over: shown until `value` moves on (the save landed, or
  // something else changed it), so the field never flicks back to the name before while the save is under way.
  const [choice, setChoice] = useState<{ id: string; over: string } | null>(null);
  if (choice && choice.over !== value) setChoice(null);
  const current = choice && choice.over === value ? choice.id : value;
  const selected = current ? byId.get(current) : undefined;
  const selectedLabel = selected?.label ?? '';
  const [input, setInput] = useState(selectedLabel);
  // When the chosen value changes from outside (a form reset, a draft resumed, a failed save), show its name.
  const [shownFor, setShownFor] = useState(current);
  if (shownFor !== current) {
    setShownFor(current);
    setInput(selectedLabel);
  }

  function commit(id: string) {
    setShownFor(id);
    if (id === current) return;
    setChoice(id === value ? null : { id, over: value });
    const saving = onChange(id);
    if (saving && typeof saving.then === 'function')
      saving.then(undefined, () => setChoice((c) => (c?.id === id ? null : c)));
  }

  // The list is built only while it is open or being typed into; a closed picker holds just its chosen option.
  const typing = input !== selectedLabel;
  const { rows, total } = useMemo<{ rows: Row[]; total: number }>(() => {
    if (!open && !typing) return { rows: selected ? [selected] : [], total: selected ? 1 : 0 };
    // Names that start with what was typed come first, then the other matches.
    const best = firstRankedMatches(index, typing ? input : '', SHOWN_AT_MOST);
    const found: Row[] = best.items;
    // Opened on a chosen person further down the list: they are shown too, first.
    if (!typing && selected && !found.includes(selected)) {
      found.unshift(selected);
      if (found.length > SHOWN_AT_MOST) found.pop();
    }
    const text = input.trim();
    if (onCreate && text && typing && !options.some((o) => searchKey(o.label) === searchKey(text)))
      found.push({ id: CREATE_KEY, label: createLabel(text), create: true });
    return { rows: found, total: best.total };
  }, [open, typing, input, index, selected, onCreate, options, createLabel]);
  const shownMatches = rows.filter((r) => !r.create).length;

  function choose(key: Key | null) {
    if (key === CREATE_KEY) {
      const text = input.trim();
      onCreate?.(text);
      setInput(text);
      return;
    }
    if (key === null) {
      // Leaving the field after typing something that matched nobody: back to what was chosen.
      setInput(selectedLabel);
      return;
    }
    const id = String(key);
    setInput(byId.get(id)?.label ?? '');
    commit(id);
  }

  return (
    <ComboBox
      className={`field combo ${className ?? ''}`}
      items={rows}
      selectedKey={current || null}
      onSelectionChange={choose}
      inputValue={input}
      onInputChange={(text) => {
        setInput(text);
        // Clearing the text clears the choice.
        if (text === '' && current) commit('');
      }}
      onOpenChange={setOpen}
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      isRequired={required}
      isDisabled={isDisabled}
      validationBehavior="aria"
      menuTrigger="input"
    >
      <span className="label-row">
        <Label>{label}</Label>
        {required && (
          <span className="required-mark" aria-hidden="true">
            *
          </span>
        )}
      </span>
      <div className="combo-control">
        <Input placeholder={placeholder} aria-describedby={error ? errorId : undefined} />
        <Button className="combo-button" aria-label="Show all">
          <ChevronDown size={16} aria-hidden="true" />
        </Button>
      </div>
      {hint && (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      )}
      <FieldError className="error" id={errorId}>
        {error}
      </FieldError>
      <Popover className="combo-popover" offset={4}>
        <Virtualizer layout={ListLayout} layoutOptions={layoutOptions}>
          <ListBox<Row>
            className="combo-list"
            renderEmptyState={() => (
              <div className="combo-empty">{emptyText ?? `No match for “${input.trim()}”`}</div>
            )}
          >
            {(row) => (
              <ListBoxItem
                id={row.id}
                textValue={row.label}
                className={`combo-option ${row.create ? 'combo-create' : ''}`}
              >
                {/* The name is the option's label; the detail is read as its description. */}
                <Text slot="label" className="combo-option-label">
                  {row.label}
                </Text>
                {row.detail && (
                  <Text slot="description" className="combo-option-detail">
                    {row.detail}
                  </Text>
                )}
              </ListBoxItem>
            )}
          </ListBox>
        </Virtualizer>
        {total > shownMatches && (
          <div className="combo-more" role="status">
            {formatCount(shownMatches)} of {formatCount(total)} shown: type more of the name to narrow the
            list.
          </div>
        )}
      </Popover>
    </ComboBox>
  );
}
