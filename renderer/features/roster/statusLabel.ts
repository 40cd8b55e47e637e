// How caseworker statuses read on screen, and the tone of their badge.
import type { CaseworkerStatus } from '../../domain/model';
import type { Tone } from '../../ui/Badge';

export const statusLabel: Record<CaseworkerStatus, string> = {
  active: 'Active',
  'on-leave': 'On leave',
  left: 'Left',
};
export const statusTone: Record<CaseworkerStatus, Tone> = {
  active: 'success',
  'on-leave': 'warning',
  left: 'neutral',
};
