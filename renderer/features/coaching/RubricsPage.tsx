// Rubrics: the newest version of each, how many entries were rated on it, and the editor. Editing a rubric that has
// ratings saves a new version, so earlier ratings keep the descriptors they were given against.
import { useState } from 'react';
import { Pencil, Plus } from 'lucide-react';
import { latestRubricVersions } from '../../domain/coaching/rubricVersioning';
import type { Rubric } from '../../domain/model';
import { Badge } from '../../ui/Badge';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { showToast } from '../../ui/toast';
import { CoachingTabs } from './CoachingTabs';
import { RubricEditor } from './RubricEditor';
import { useRubricsWithCounts } from './useCoaching';
import { rubricRepository } from '../../data/rubricRepository';
import { runAction } from '../../ui/runAction';

const purposeLabel: Record<Rubric['purpose'], string> = {
  'visit-quality': 'Face-to-face visit quality',
  'tool-use': 'Use of the new tool (used by mastery rules)',
  other: 'Other',
};

export function RubricsPage() {
  const data = useRubricsWithCounts();
  const [editing, setEditing] = useState<{ rubric: Rubric | null } | null>(null);
  const latest = data ? latestRubricVersions(data.rubrics) : [];
  const missingDefaults =
    data !== undefined &&
    !(['visit-quality', 'tool-use'] as const).every((p) => latest.some((r) => r.purpose === p));

  return (
    <>
      <PageHeader
        title="Rubrics"
        description="Criteria rated 1 to 4, each level with a description, so ratings mean the same thing whoever gives them."
        actions={
          <button
            data-write
            type="button"
            className="btn btn-primary"
            onClick={() => setEditing({ rubric: null })}
          >
            <Plus size={16} aria-hidden="true" /> New rubric
          </button>
        }
      />
      <CoachingTabs />
      {missingDefaults && (
        <div className="notice notice-info" role="status" style={{ marginBottom: 16 }}>
          <div className="row" style={{ width: '100%' }}>
            <span>
              Cohort Coach ships with two rubrics: face-to-face visit quality and use of the new tool.
            </span>
            <span className="spacer" />
            <button
              type="button"
              className="btn btn-small btn-primary"
              onClick={() =>
                runAction('add the default rubrics', () =>
                  rubricRepository
                    .addDefaults()
                    .then((n) =>
                      showToast({ message: `${String(n)} default rubric${n === 1 ? '' : 's'} added.` }),
                    ),
                )
              }
            >
              Add the default rubrics
            </button>
          </div>
        </div>
      )}
      <div className="stack">
        {latest.map((r) => {
          const older = (data?.rubrics ?? []).filter((o) => o.seriesId === r.seriesId && o.id !== r.id);
          const rated = data?.rated.get(r.id) ?? 0;
          return (
            <section className="card" key={r.id} aria-labelledby={`rubric-${r.id}`}>
              <div className="row">
                <h2 id={`rubric-${r.id}`} style={{ margin: 0 }}>
                  {r.name}
                </h2>
                <Badge>Version {r.version}</Badge>
                <span className="spacer" />
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => setEditing({ rubric: r })}
                  aria-label={`Edit ${r.name}`}
                >
                  <Pencil size={14} aria-hidden="true" /> Edit
                </button>
              </div>
              <p className="small muted">
                {purposeLabel[r.purpose]} · {r.criteria.length} criteria · {rated} entries rated on this
                version
                {older.length > 0
                  ? ` · ${String(older.length)} earlier version${older.length === 1 ? '' : 's'} kept for the entries rated on them`
                  : ''}
              </p>
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">Criteria of {r.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Criterion</th>
                      <th scope="col">1 Beginning</th>
                      <th scope="col">2 Developing</th>
                      <th scope="col">3 Proficient</th>
                      <th scope="col">4 Exemplary</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.criteria.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{c.name}</th>
                        {c.descriptors.map((d, i) => (
                          <td key={i} className="small">
                            {d}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
      </div>
      <Dialog
        title={editing?.rubric ? `Edit ${editing.rubric.name}` : 'New rubric'}
        open={editing !== null}
        onClose={() => setEditing(null)}
        wide
      >
        {editing && (
          <RubricEditor
            existing={editing.rubric}
            rated={editing.rubric ? (data?.rated.get(editing.rubric.id) ?? 0) : 0}
            onDone={() => setEditing(null)}
          />
        )}
      </Dialog>
    </>
  );
}
