// The workspace search, opened from anywhere with Ctrl+K (Cmd+K on a Mac) or the top bar: type a name or words from
// notes, arrow down to a result, Enter to open it. React Aria's autocomplete keeps focus in the box while the arrow
// keys move through the results, and says how many there are.
import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import {
  Autocomplete,
  Header,
  Input,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  SearchField,
  Text,
} from 'react-aria-components';
import { Search } from 'lucide-react';
import { searchWorkspace } from '../../domain/search/workspaceSearch';
import { Dialog } from '../../ui/Dialog';
import { useSearchIndex } from './useWorkspaceSearch';
import './search.css';

/** True for Ctrl+K, or Cmd+K on a Mac. */
export const isSearchShortcut = (e: KeyboardEvent): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';

export function SearchPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Search the workspace" open={open} onClose={onClose}>
      {open && <SearchBody onClose={onClose} />}
    </Dialog>
  );
}

function SearchBody({ onClose }: { onClose: () => void }) {
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const index = useSearchIndex(true);
  const groups = useMemo(() => (index ? searchWorkspace(index, query) : []), [index, query]);
  const hrefs = useMemo(
    () => new Map<string, string>(groups.flatMap((g) => g.results.map((r) => [`${r.kind}:${r.id}`, r.href]))),
    [groups],
  );
  const count = groups.reduce((n, g) => n + g.total, 0);

  return (
    <div className="search-palette">
      <Autocomplete inputValue={query} onInputChange={setQuery}>
        <SearchField
          className="search-field"
          aria-label="Search people, coaching notes, standups and gaps"
          autoFocus
        >
          <Search size={18} aria-hidden="true" />
          <Input data-autofocus placeholder="A name, or words from notes: “sean obrien”, “paper notes”" />
        </SearchField>
        <p className="small muted search-status" role="status">
          {query.trim() === ''
            ? 'Type to search. Accents and capitals do not matter.'
            : index === undefined
              ? 'Reading the workspace…'
              : count === 0
                ? `Nothing matches “${query.trim()}”.`
                : `${String(count)} ${count === 1 ? 'match' : 'matches'}. Arrow keys to choose, Enter to open.`}
        </p>
        {/* The results scroll in a named region that keyboard users can reach (Tab) to scroll it when there is something
            to scroll; React Aria's virtual focus stays in the box, so the list box itself takes no focus. */}
        <div
          role="region"
          aria-label="Search results"
          className="search-results"
          tabIndex={count > 0 ? 0 : undefined}
        >
          <ListBox
            className="search-results-list"
            aria-label="Search results"
            onAction={(key) => {
              const href = hrefs.get(String(key));
              if (!href) return;
              onClose();
              navigate(href);
            }}
          >
            {groups.map((g) => (
              <ListBoxSection key={g.kind} id={g.kind} className="search-group">
                <Header className="search-group-title">
                  {g.label}
                  {g.total > g.results.length ? ` (${String(g.results.length)} of ${String(g.total)})` : ''}
                </Header>
                {g.results.map((r) => (
                  <ListBoxItem
                    key={`${r.kind}:${r.id}`}
                    id={`${r.kind}:${r.id}`}
                    textValue={r.title}
                    className="search-result"
                  >
                    <Text slot="label" className="search-result-title">
                      {r.title}
                    </Text>
                    <Text slot="description" className="search-result-detail">
                      {r.detail}
                    </Text>
                  </ListBoxItem>
                ))}
              </ListBoxSection>
            ))}
          </ListBox>
        </div>
      </Autocomplete>
    </div>
  );
}

/** Opens the palette on Ctrl/Cmd+K from anywhere in the app. */
export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
