// @vitest-environment happy-dom
// A chart's legend names every colour; where a series opens the list behind it, the item is a button a keyboard
// reaches, described by what it does, and a reference curve with no list behind it is named only.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartLegend, type LegendItem } from '../../../renderer/ui/ChartLegend';

afterEach(cleanup);

const items: LegendItem[] = [
  { key: 'actual', name: 'In this workspace', color: '#208f80' },
  { key: 'expected', name: 'Rogers curve', color: '#c2413a', line: 'solid', pickable: false },
];

describe('ChartLegend', () => {
  it('makes each series with a list behind it a button that opens it', () => {
    const onPick = vi.fn();
    render(<ChartLegend items={items} onPick={onPick} pickHint="Opens the people counted." />);
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend.querySelectorAll('li')).toHaveLength(2);
    const button = screen.getByRole('button', { name: 'In this workspace' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Opens the people counted.',
    );
    fireEvent.click(button);
    expect(onPick).toHaveBeenCalledWith('actual');
    // The curve is named, not a button.
    expect(screen.queryByRole('button', { name: 'Rogers curve' })).toBeNull();
    expect(screen.getByText('Rogers curve')).toBeTruthy();
  });

  it('only names the colours without a list to open (a printed report)', () => {
    render(<ChartLegend items={items} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('In this workspace')).toBeTruthy();
  });

  it('draws nothing for a chart of one series with no legend', () => {
    const { container } = render(<ChartLegend items={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
