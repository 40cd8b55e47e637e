// The scorecards of a whole group at a glance (a cohort's members): one row per person, one column per mastery
// component, each cell the person's figure against the rule with a mark and the words "met" or "not yet".
import { Check, Minus } from 'lucide-react';
import { masteryComponents, componentLabel, type Scorecard } from '../domain/mastery/scorecard';
import { Badge } from './Badge';
import { masteryTone } from './tones';
import './scorecard.css';

export interface ScorecardGridRow {
  id: string;
  name: string;
  group?: string;
  card: Scorecard;
}

export function ScorecardGrid({ rows, caption }: { rows: readonly ScorecardGridRow[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="table scorecard-grid">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Level</th>
            {masteryComponents.map((c) => (
              <th key={c} scope="col">
                {componentLabel[c]}
              </th>
            ))}
            <th scope="col">Next step</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={`#/caseworkers/${r.id}`}>{r.name}</a>
                {r.group && <span className="cell-figure">{r.group}</span>}
              </th>
              <td>
                <Badge tone={masteryTone[r.card.level]}>{r.card.label}</Badge>
              </td>
              {r.card.rows.map((c) => (
                <td
                  key={c.component}
                  title={`${c.figure}. Rule: ${c.threshold}.${c.needed ? ` Still needed: ${c.needed}.` : ''}`}
                >
                  <span className={`met ${c.met ? 'met-yes' : 'met-no'}`}>
                    {c.met ? <Check size={14} aria-hidden="true" /> : <Minus size={14} aria-hidden="true" />}
                    <span className="visually-hidden">{c.met ? 'Met:' : 'Not yet:'}</span>
                  </span>{' '}
                  {c.short}
                </td>
              ))}
              <td className="scorecard-next">{r.card.nextSteps[0] ?? (r.card.next ? '—' : 'Mastered')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
