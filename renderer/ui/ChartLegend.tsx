// A chart's legend as part of the page rather than of the drawing: what each colour stands for, and (where a series
// opens the list behind it) a button per series, which a keyboard reaches and a screen reader names. The drawing is an
// image (role="img"), so a legend drawn inside it could be clicked with a mouse only. It also spares the chart library
// measuring a legend of its own each time a chart is drawn.
import { useId } from 'react';

export interface LegendItem {
  key: string;
  name: string;
  color: string;
  /** A line (a curve, a rate) rather than a bar; dashed as its line is. */
  line?: 'solid' | 'dashed';
  /** False for an item with no list behind it (a reference curve): named, not a button. */
  pickable?: boolean;
}

export function ChartLegend({
  items,
  onPick,
  pickHint,
}: {
  items: readonly LegendItem[];
  /** Opens the list behind a series; without it the legend only names the colours. */
  onPick?: (key: string) => void;
  /** What a click on an item does, read with each button (e.g. "Lists the people counted in it"). */
  pickHint?: string;
}) {
  const hintId = useId();
  if (items.length === 0) return null;
  return (
    <div className="chart-legend-box">
      {onPick && pickHint && (
        <span id={hintId} className="visually-hidden">
          {pickHint}
        </span>
      )}
      <ul className="chart-legend" aria-label="Legend">
        {items.map((item) => {
          const swatch = (
            <span
              aria-hidden="true"
              className={`chart-legend-swatch${item.line ? ` chart-legend-line chart-legend-${item.line}` : ''}`}
              style={{ [item.line ? 'borderColor' : 'backgroundColor']: item.color }}
            />
          );
          return (
            <li key={item.key}>
              {onPick && item.pickable !== false ? (
                <button
                  type="button"
                  className="chart-legend-item"
                  aria-describedby={pickHint ? hintId : undefined}
                  onClick={() => onPick(item.key)}
                >
                  {swatch}
                  {item.name}
                </button>
              ) : (
                <span className="chart-legend-item">
                  {swatch}
                  {item.name}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
