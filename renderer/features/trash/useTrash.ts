// Live list of everything in Trash.
import { useLiveQuery } from 'dexie-react-hooks';
import { listTrash, type TrashItem } from '../../data/trash';

export function useTrash(): TrashItem[] | undefined {
  return useLiveQuery(listTrash);
}
