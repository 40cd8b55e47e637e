// Rollouts: each technology being introduced, its dates and tool brief, and which one is current.
import { useState } from 'react';
import { Download, Pencil, Plus, Star, Trash2 } from 'lucide-react';
import type { Rollout } from '../../domain/model';
import { rolloutRepository } from '../../data/rolloutRepository';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { useExportTable } from '../settings/useExportTable';
import { useSettings } from '../settings/useSettings';
import { RolloutForm } from './RolloutForm';
import { ToolBrief } from '../../ui/ToolBrief';
import { useRollouts } from './useRollouts';
import { runAction } from '../../ui/runAction';
import { formatDayOr } from '../../domain/format/format';

export function RolloutsPage() {
  const list = useRollouts();
  const settings = useSettings();
  const exportTable = useExportTable();
  const [editing, setEditing] = useState<{ rollout: Rollout | null } | null>(null);
  const currentId = settings?.currentRolloutId ?? null;

  async function remove(r: Rollout) {
    await rolloutRepository.remove(r.id);
    if (r.id === currentId) await rolloutRepository.setCurrent(null);
    showToast({
      message: `${r.name} moved to Trash.`,
      action: {
        label: 'Undo',
        run: () => runAction('restore the rollout', () => rolloutRepository.restore(r.id)),
      },
    });
  }

  return (
    <>
      <PageHeader
        title="Rollouts"
        description="The technologies you are introducing. One rollout is current: surveys, cohorts and the dashboard follow it."
        actions={
          <>
            <button
              type="button"
              className="btn"
              onClick={() => runAction('export the rollouts', () => exportTable('rollouts'))}
            >
              <Download size={16} aria-hidden="true" /> Export CSV
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setEditing({ rollout: null })}>
              <Plus size={16} aria-hidden="true" /> Add rollout
            </button>
          </>
        }
      />
      {list && list.length === 0 && (
        <div className="card">
          <EmptyState
            title="No rollouts yet"
            action={
              <button type="button" className="btn btn-primary" onClick={() => setEditing({ rollout: null })}>
                Add the first rollout
              </button>
            }
          >
            Name the technology, set its dates and write its tool brief.
          </EmptyState>
        </div>
      )}
      <div className="stack">
        {list?.map((r) => (
          <section key={r.id} className="card" aria-labelledby={`rollout-${r.id}`}>
            <div className="card-title">
              <div>
                <h2 id={`rollout-${r.id}`} className="row" style={{ gap: 8 }}>
                  {r.name} {r.id === currentId && <Badge tone="accent">Current rollout</Badge>}
                </h2>
                <div className="small muted">
                  Starts {formatDayOr(r.startDate)} · target {formatDayOr(r.targetDate)}
                </div>
              </div>
              <div className="actions">
                {r.id !== currentId && (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() =>
                      runAction('make the rollout current', () => rolloutRepository.setCurrent(r.id))
                    }
                    aria-label={`Make ${r.name} the current rollout`}
                  >
                    <Star size={14} aria-hidden="true" /> Make current
                  </button>
                )}
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => setEditing({ rollout: r })}
                  aria-label={`Edit ${r.name}`}
                >
                  <Pencil size={14} aria-hidden="true" /> Edit
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  onClick={() => runAction('move the rollout to Trash', () => remove(r))}
                  aria-label={`Delete ${r.name}`}
                >
                  <Trash2 size={14} aria-hidden="true" /> Delete
                </button>
              </div>
            </div>
            {r.description && <p>{r.description}</p>}
            <h3>Tool brief</h3>
            <ToolBrief rollout={r} />
          </section>
        ))}
      </div>
      <Dialog
        wide
        title={editing?.rollout ? `Edit ${editing.rollout.name}` : 'Add a rollout'}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <RolloutForm
            existing={editing.rollout}
            onDone={(saved) => {
              setEditing(null);
              if (saved) {
                showToast({ message: `${saved.name} saved.` });
                if (!currentId)
                  runAction('make the rollout current', () => rolloutRepository.setCurrent(saved.id));
              }
            }}
          />
        )}
      </Dialog>
    </>
  );
}
