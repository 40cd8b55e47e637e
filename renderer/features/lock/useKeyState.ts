// How the workspace's keys stand (passphrase set, lock timing, system key store), read live for Settings > Security.
import { useLiveQuery } from 'dexie-react-hooks';
import { loadKeyState } from '../../data/keyStore';

export const useKeyState = () => useLiveQuery(loadKeyState);
