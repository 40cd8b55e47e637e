// The five-component mastery scorecard of one caseworker: for training, coaching, cohort, opportunity and time, the
// person's figure, the rule, whether it is met (in words and with a mark, never by colour alone) and what is missing.
import { Check, Minus } from 'lucide-react';
import { masteryLabel } from '../domain/mastery/mastery';
import type { Scorecard } from '../domain/mastery/scorecard';
import { Badge } from './Badge';
import { masteryTone } from './tones';
import './scorecard.css';

export function MetMark({ met }: { met: boolean }) {
  return met ? (
    <span className="met met-yes">
      <Check size={14} aria-hidden="true" /> Met
    </span>
  ) : (
    <span className="met met-no">
      <Minus size={14} aria-hidden="true" /> Not yet
    </span>
  );
}

export function ScorecardTable({ card, caption }: { card: Scorecard; caption: string }) {
  return (
    <div className="stack scorecard" style={{ gap: 8 }}>
      <p className="scorecard-lead">
        <Badge tone={masteryTone[card.level]}>{card.label}</Badge> <span>{card.summary}</span>
      </p>
      <div className="table-wrap">
        <table className="table scorecard-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Now</th>
              <th scope="col">Rule</th>
              <th scope="col">Met</th>
              <th scope="col">Still needed</th>
            </tr>
          </thead>
          <tbody>
            {card.rows.map((r) => (
              <tr key={r.component}>
                <th scope="row">{r.label}</th>
                <td>{r.figure}</td>
                <td>
                  {r.threshold} <span className="muted">({masteryLabel[r.forLevel].toLowerCase()})</span>
                </td>
                <td className="nowrap">
                  <MetMark met={r.met} />
                </td>
                <td>{r.needed ?? <span className="muted">Nothing</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
