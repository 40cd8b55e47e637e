// The one switch for presentation mode: every caseworker name becomes a stable pseudonym, on every screen at once.
import { Presentation } from 'lucide-react';
import { setPresentationMode } from './usePresentationMode';
import { runAction } from '../../ui/runAction';

export function PresentationToggle({ on }: { on: boolean }) {
  return (
    <button
      type="button"
      className={`btn btn-small ${on ? 'btn-primary' : ''}`}
      aria-pressed={on}
      title="Replace every caseworker's name with a pseudonym, for projecting in a meeting"
      onClick={() => runAction('switch presentation mode', () => setPresentationMode(!on))}
    >
      <Presentation size={16} aria-hidden="true" /> Presentation mode
    </button>
  );
}
