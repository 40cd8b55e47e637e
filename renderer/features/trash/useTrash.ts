// Live list of everything in Trash.
import { useLiveQuery } from 'dexie-react-hooks';
import { type TrashItem, trashRepository } from '../../data/trash';

export function useTrash(): TrashItem[] | undefined {
  return useLiveQuery(trashRepository.list);
}
