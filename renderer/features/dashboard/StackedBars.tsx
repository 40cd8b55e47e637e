// One bar chart shape for most dashboard charts: categories along one axis, stacked series, axis labels, tooltips, and
// no animation when the system asks for reduced motion or the chart is printed. The legend is the frame's (ChartLegend),
// outside the drawing.
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarSeries {
  key: string;
  name: string;
  color: string;
  /** Bars sharing a stack id are stacked; default: all in one stack. */
  stack?: string;
}

export interface StackedBarsProps {
  data: ReadonlyArray<object>;
  /** The field naming each category (unit, wave, month...). */
  category: string;
  series: readonly BarSeries[];
  /** What the bars count, for the value axis ("Caseworkers"). */
  valueLabel: string;
  /** Horizontal bars, for long category names such as units and coaches. */
  horizontal?: boolean;
  /** Formats category ticks and tooltip titles (e.g. months). */
  formatCategory?: (value: string) => string;
  animate: boolean;
  /** A click on a segment: its row and its series' key (the dashboard opens the people behind it). */
  onSegmentClick?: (row: Record<string, unknown>, seriesKey: string) => void;
}

/**
 * Memoised: with the same data (dashboardFor keeps an unchanged chart's series), series and handlers, a chart is not
 * drawn again when a filter changes other charts.
 */
export const StackedBars = memo(function StackedBars({
  data,
  category,
  series,
  valueLabel,
  horizontal,
  formatCategory,
  animate,
  onSegmentClick,
}: StackedBarsProps) {
  const anim = { isAnimationActive: animate, animationDuration: 500 };
  const format = formatCategory ? (v: unknown) => formatCategory(String(v)) : undefined;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ bottom: horizontal ? 28 : 16, right: 16 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={!horizontal} vertical={!!horizontal} />
        {horizontal ? (
          <>
            <XAxis
              type="number"
              allowDecimals={false}
              label={{ value: valueLabel, position: 'insideBottom', offset: -12 }}
            />
            <YAxis
              type="category"
              dataKey={category}
              width={150}
              interval={0}
              tick={{ fontSize: 12 }}
              tickFormatter={format}
            />
          </>
        ) : (
          <>
            <XAxis dataKey={category} tickFormatter={format} />
            <YAxis
              allowDecimals={false}
              label={{ value: valueLabel, angle: -90, position: 'insideLeft', offset: 10 }}
            />
          </>
        )}
        <Tooltip labelFormatter={format} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stackId={s.stack ?? 'stack'}
            fill={s.color}
            cursor={onSegmentClick ? 'pointer' : undefined}
            onClick={
              onSegmentClick
                ? (item) => onSegmentClick((item.payload ?? {}) as Record<string, unknown>, s.key)
                : undefined
            }
            {...anim}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
});
