// First run: start with an empty workspace, or open a generated demo agency to look around.
import { useState } from 'react';
import { startEmptyWorkspace, openDemoWorkspace } from '../../data/workspace';
import { Notice } from '../../ui/Notice';
import { runAction } from '../../ui/runAction';

export function WelcomePage() {
  const [busy, setBusy] = useState<'empty' | 'demo' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(kind: 'empty' | 'demo') {
    setBusy(kind);
    setError(null);
    try {
      await (kind === 'demo' ? openDemoWorkspace() : startEmptyWorkspace());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(null);
    }
  }

  return (
    <main className="welcome" id="main">
      <div className="card welcome-card">
        <div className="brand" style={{ padding: 0, marginBottom: 12 }}>
          <span className="brand-mark" aria-hidden="true">
            CC
          </span>
          Cohort Coach
        </div>
        <h1>Welcome to Cohort Coach</h1>
        <p className="muted">
          Roll a new technology out to your caseworkers and coach them to mastery: survey the team, build
          cohorts of seven, coach in the field, diagnose gaps and chart the progress. Everything stays on this
          computer.
        </p>
        {error && (
          <Notice tone="danger" title="That did not work">
            {error}
          </Notice>
        )}
        <div className="choice-grid">
          <button
            type="button"
            className="choice"
            onClick={() => runAction('open the workspace', () => choose('empty'))}
            disabled={busy !== null}
          >
            <strong>Start empty</strong>
            <span className="muted">
              Add your units and caseworkers, or import the roster your HR system exports.
            </span>
          </button>
          <button
            type="button"
            className="choice"
            onClick={() => runAction('open the workspace', () => choose('demo'))}
            disabled={busy !== null}
          >
            <strong>{busy === 'demo' ? 'Opening the demo…' : 'Open the demo workspace'}</strong>
            <span className="muted">
              A made-up agency with five units, a rollout in progress and months of coaching, to look around.
            </span>
          </button>
        </div>
      </div>
    </main>
  );
}
