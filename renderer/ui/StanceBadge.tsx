// A stance in words and colour: cheerleader (green), fence-sitter (amber), heckler (red), not yet surveyed (grey).
import { Badge, type Tone } from './Badge';
import { stanceLabel, type Stance } from '../domain/survey/scoreResponse';

export const stanceTone: Record<Stance, Tone> = {
  cheerleader: 'success',
  'fence-sitter': 'warning',
  heckler: 'danger',
};

export function StanceBadge({ stance }: { stance: Stance | null | undefined }) {
  if (!stance) return <Badge tone="neutral">Not yet surveyed</Badge>;
  return <Badge tone={stanceTone[stance]}>{stanceLabel[stance]}</Badge>;
}
