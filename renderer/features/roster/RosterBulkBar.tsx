// The bar that appears when people on the roster are selected: move them to a unit, set their status, or move them
// to Trash (with one Undo for all of them). Each action is one transaction; the rules are in domain/roster/bulkActions.
import { useState } from 'react';
import { Trash2, X } from 'lucide-react';
import type { Caseworker, CaseworkerStatus, Unit } from '../../domain/model';
import { caseworkerStatuses } from '../../domain/model';
import { bulkMessage, planBulk, type BulkAction } from '../../domain/roster/bulkActions';
import { assignableUnits } from '../../domain/roster/unitRules';
import { formatCount, plural } from '../../domain/format/format';
import { caseworkerRepository } from '../../data/rosterRepository';
import { SelectField } from '../../ui/Field';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import { statusLabel } from './statusLabel';

interface Props {
  /** The selected people the filters show: what every action here acts on. */
  selected: readonly Caseworker[];
  units: readonly Unit[];
  /** Called after people went to Trash (they leave the list, so the selection is cleared). */
  onTrashed: () => void;
  onClear: () => void;
}

const NO_UNIT = 'none';

async function apply(action: BulkAction, selected: readonly Caseworker[], units: readonly Unit[]) {
  const plan = planBulk(selected, action, units);
  if (!plan.ok) throw new Error(plan.reason);
  const unitName =
    action.kind === 'move' && action.unitId !== null
      ? (units.find((u) => u.id === action.unitId)?.name ?? '')
      : '';
  if (action.kind === 'trash') {
    const removed = await caseworkerRepository.removeMany(plan.ids);
    showToast({
      message: bulkMessage(action, removed.length, 0, ''),
      action: {
        label: 'Undo',
        run: () => runAction('restore the caseworkers', () => caseworkerRepository.restoreMany(removed)),
      },
    });
    return;
  }
  if (plan.ids.length > 0) {
    if (action.kind === 'move') await caseworkerRepository.moveToUnit(plan.ids, action.unitId);
    else await caseworkerRepository.setStatusOfMany(plan.ids, action.status);
  }
  showToast({ message: bulkMessage(action, plan.ids.length, plan.unchanged, unitName) });
}

export function RosterBulkBar({ selected, units, onTrashed, onClear }: Props) {
  const [unitId, setUnitId] = useState('');
  const [status, setStatus] = useState<CaseworkerStatus | ''>('');
  const count = selected.length;
  const who = plural(count, 'person', 'people');
  return (
    <section className="bulk-bar" aria-label="Act on the selected caseworkers">
      <p className="bulk-count" role="status">
        <strong>{formatCount(count)}</strong> selected
      </p>
      <div className="bulk-action">
        <SelectField
          label="Move to unit"
          value={unitId}
          onChange={(e) => setUnitId(e.target.value)}
          options={[
            { value: '', label: 'Choose a unit' },
            ...assignableUnits(units).map((u) => ({ value: u.id, label: u.name })),
            { value: NO_UNIT, label: 'No unit' },
          ]}
        />
        <button
          data-write
          type="button"
          className="btn"
          disabled={unitId === ''}
          onClick={() =>
            runAction(`move the ${who}`, () =>
              apply({ kind: 'move', unitId: unitId === NO_UNIT ? null : unitId }, selected, units),
            )
          }
        >
          Move {who}
        </button>
      </div>
      <div className="bulk-action">
        <SelectField
          label="Set status"
          value={status}
          onChange={(e) => setStatus(e.target.value as CaseworkerStatus | '')}
          options={[
            { value: '', label: 'Choose a status' },
            ...caseworkerStatuses.map((s) => ({ value: s, label: statusLabel[s] })),
          ]}
        />
        <button
          data-write
          type="button"
          className="btn"
          disabled={status === ''}
          onClick={() =>
            runAction(`set the status of ${who}`, () =>
              status === '' ? undefined : apply({ kind: 'status', status }, selected, units),
            )
          }
        >
          Set status of {who}
        </button>
      </div>
      <div className="bulk-action">
        <button
          data-write
          type="button"
          className="btn btn-danger"
          onClick={() =>
            runAction(`move the ${who} to Trash`, async () => {
              await apply({ kind: 'trash' }, selected, units);
              onTrashed();
            })
          }
        >
          <Trash2 size={16} aria-hidden="true" /> Delete {who}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onClear}>
          <X size={16} aria-hidden="true" /> Clear selection
        </button>
      </div>
    </section>
  );
}
