// The button under a long list that draws its next page: "Show 50 more" (or "Show 50 more of 380"); nothing when the
// whole list is drawn.
import type { PageState } from './usePaged';

export function ShowMore({
  page,
  onMore,
  ofRemaining = false,
}: {
  page: Pick<PageState, 'next' | 'remaining'>;
  onMore: () => void;
  /** Says how many are left beside the page ("of 380"). */
  ofRemaining?: boolean;
}) {
  if (page.remaining <= 0) return null;
  return (
    <div className="row show-more">
      <button type="button" className="btn" onClick={onMore}>
        Show {page.next} more{ofRemaining ? ` of ${page.remaining}` : ''}
      </button>
    </div>
  );
}
