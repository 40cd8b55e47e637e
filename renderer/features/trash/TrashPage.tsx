// Trash: deleted records wait here until they are restored or deleted for good.
import { useState } from 'react';
import { RotateCcw, Trash2 } from 'lucide-react';
import { type TrashItem, trashRepository } from '../../data/trash';
import { ConfirmDialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { useTrash } from './useTrash';
import { runAction } from '../../ui/runAction';
import { formatInstant } from '../../domain/format/format';

export function TrashPage() {
  const items = useTrash();
  const [confirm, setConfirm] = useState<{ item: TrashItem | null } | null>(null);

  async function restore(item: TrashItem) {
    await trashRepository.restore(item.table, item.id);
    showToast({ message: `${item.title} restored.` });
  }

  async function confirmed() {
    if (!confirm) return;
    try {
      if (confirm.item) {
        await trashRepository.deleteForever(confirm.item.table, confirm.item.id);
        showToast({ message: `${confirm.item.title} deleted for good.` });
      } else {
        const { deleted, kept } = await trashRepository.empty();
        showToast({
          message:
            kept === 0
              ? `${String(deleted)} items deleted for good.`
              : `${String(deleted)} items deleted for good. ${String(kept)} stay in Trash because other records still refer to them.`,
        });
      }
    } catch (error) {
      showToast({ message: error instanceof Error ? error.message : String(error), tone: 'danger' });
    }
    setConfirm(null);
  }

  return (
    <>
      <PageHeader
        title="Trash"
        description="Deleted records stay here until you restore them or delete them for good."
        actions={
          items && items.length > 0 ? (
            <button
              data-write
              type="button"
              className="btn btn-danger"
              onClick={() => setConfirm({ item: null })}
            >
              <Trash2 size={16} aria-hidden="true" /> Empty Trash
            </button>
          ) : undefined
        }
      />
      {items && items.length === 0 ? (
        <div className="card">
          <EmptyState title="Trash is empty">
            Anything you delete appears here first, so a slip can be undone.
          </EmptyState>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>{items?.length ?? 0} items in Trash.</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Kind</th>
                <th scope="col">Deleted</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items?.map((item) => (
                <tr key={`${item.table}:${item.id}`}>
                  <td>
                    <strong>{item.title}</strong>
                  </td>
                  <td style={{ textTransform: 'capitalize' }}>{item.kind}</td>
                  <td>{formatInstant(item.deletedAt)}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        data-write
                        type="button"
                        className="btn btn-small"
                        onClick={() => runAction('restore the item', () => restore(item))}
                        aria-label={`Restore ${item.title}`}
                      >
                        <RotateCcw size={14} aria-hidden="true" /> Restore
                      </button>
                      <button
                        data-write
                        type="button"
                        className="btn btn-small btn-danger"
                        onClick={() => setConfirm({ item })}
                        aria-label={`Delete ${item.title} for good`}
                      >
                        Delete for good
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.item ? `Delete ${confirm.item.title} for good?` : 'Empty Trash?'}
        message={<p>This cannot be undone.</p>}
        confirmLabel={confirm?.item ? 'Delete for good' : 'Empty Trash'}
        danger
        onConfirm={() => runAction('delete for good', () => confirmed())}
        onCancel={() => setConfirm(null)}
      />
    </>
  );
}
