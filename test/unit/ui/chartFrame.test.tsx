// @vitest-environment happy-dom
// ChartFrame draws new figures in a turn of its own (a dozen charts drawn again in one task froze the window at agency
// scale): the title and summary follow at once, the drawing a moment later, one chart per task.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../../../renderer/ui/ChartFrame';

// Without IntersectionObserver every chart counts as near the screen (as in a printout), so each is drawn.
beforeEach(() => vi.stubGlobal('IntersectionObserver', undefined));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Charts({ figure }: { figure: number }) {
  return (
    <>
      {['Mastery by unit', 'Stances by unit'].map((title) => (
        <ChartFrame
          key={title}
          title={title}
          summary={`${title}: ${figure}`}
          rows={[]}
          onExport={() => undefined}
        >
          <span data-testid={title}>{`${title} drawn with ${figure}`}</span>
        </ChartFrame>
      ))}
    </>
  );
}

describe('ChartFrame', () => {
  it('keeps the drawing until its turn when the figures change, and then draws the new ones', async () => {
    const { rerender } = render(<Charts figure={1} />);
    await waitFor(() =>
      expect(screen.getByTestId('Stances by unit').textContent).toBe('Stances by unit drawn with 1'),
    );

    act(() => rerender(<Charts figure={2} />));
    // The summary (what a screen reader reads) at once; the drawings still the ones before.
    expect(screen.getByText('Mastery by unit: 2')).toBeTruthy();
    expect(screen.getByTestId('Mastery by unit').textContent).toBe('Mastery by unit drawn with 1');
    expect(screen.getByTestId('Stances by unit').textContent).toBe('Stances by unit drawn with 1');

    await waitFor(() =>
      expect(screen.getByTestId('Stances by unit').textContent).toBe('Stances by unit drawn with 2'),
    );
    expect(screen.getByTestId('Mastery by unit').textContent).toBe('Mastery by unit drawn with 2');
  });
});
