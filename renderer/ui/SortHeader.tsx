// A sortable column header: a button inside the th, with aria-sort telling screen readers the current order.
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';

export interface SortState<K extends string> {
  key: K;
  dir: 'asc' | 'desc';
}

interface Props<K extends string> {
  label: string;
  sortKey: K;
  sort: SortState<K>;
  onSort: (next: SortState<K>) => void;
  numeric?: boolean;
}

export function SortHeader<K extends string>({ label, sortKey, sort, onSort, numeric }: Props<K>) {
  const active = sort.key === sortKey;
  const Icon = !active ? ArrowUpDown : sort.dir === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort({ key: sortKey, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
      >
        {label}
        <Icon size={14} aria-hidden="true" />
      </button>
    </th>
  );
}
