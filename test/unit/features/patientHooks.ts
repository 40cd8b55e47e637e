// Hook tests wait for real IndexedDB writes (fake-indexeddb) and real timers; on a busy machine these can take well
// over Testing Library's default second, so waits poll for longer. Nothing asserts how long anything took.
import { configure } from '@testing-library/react';
import { vi } from 'vitest';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });
