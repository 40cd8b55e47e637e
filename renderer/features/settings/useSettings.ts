// Live settings for any screen; undefined while the first read is in flight. One copy shared by every screen and part
// (settingsRead): a part drawn after the first read has them at once.
import { useLayoutEffect } from 'react';
import type { Settings } from '../../domain/model';
import { settingsRead } from '../../data/settingsRepository';
import { useSharedView } from '../shared/useSharedView';

export function useSettings(): Settings | undefined {
  // Read from the first layout: a subscription starts after the first paint.
  useLayoutEffect(() => settingsRead.warm(), []);
  return useSharedView(settingsRead, 'The settings', { urgent: true });
}
