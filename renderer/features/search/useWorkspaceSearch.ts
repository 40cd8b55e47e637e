// The search index, built from live data only while the search is open (closed, it costs nothing).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildSearchIndex, type SearchDoc } from '../../domain/search/workspaceSearch';
import { loadSearchSource } from '../../data/searchRepository';

export function useSearchIndex(open: boolean): SearchDoc[] | undefined {
  const source = useLiveQuery(() => (open ? loadSearchSource() : undefined), [open]);
  return useMemo(() => (source ? buildSearchIndex(source) : undefined), [source]);
}
