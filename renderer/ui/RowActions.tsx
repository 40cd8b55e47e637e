// The actions at the end of a table row: any row-specific ones first, then Edit and Delete, each named after the row
// ("Edit Intake North") so screen-reader users know which row a button acts on.
import type { ReactNode } from 'react';
import { Pencil, Trash2 } from 'lucide-react';

interface Props {
  /** What the row is called, for the buttons' accessible names. */
  name: string;
  onEdit?: () => void;
  onDelete?: () => void;
  children?: ReactNode;
}

export function RowActions({ name, onEdit, onDelete, children }: Props) {
  return (
    <div className="row-actions">
      {children}
      {onEdit && (
        <button type="button" className="btn btn-small" onClick={onEdit} aria-label={`Edit ${name}`}>
          <Pencil size={14} aria-hidden="true" /> Edit
        </button>
      )}
      {onDelete && (
        <button
          type="button"
          className="btn btn-small btn-danger"
          onClick={onDelete}
          aria-label={`Delete ${name}`}
        >
          <Trash2 size={14} aria-hidden="true" /> Delete
        </button>
      )}
    </div>
  );
}
