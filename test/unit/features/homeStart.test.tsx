// @vitest-environment happy-dom
// Home at start: the figures it kept are looked up before it reads anything else (at agency scale its other reads
// take a few hundred milliseconds, and the lookup used to queue behind them), and the rest of Home follows.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseworkerRepository, unitRepository } from '../../../renderer/data/rosterRepository';
import { settingsRepository } from '../../../renderer/data/settingsRepository';
import { startSnapshotRepository } from '../../../renderer/data/startSnapshotRepository';
import { homeModelKey } from '../../../renderer/domain/home/buildHome';
import { HomePage } from '../../../renderer/features/home/HomePage';
import { useFreshDb } from '../data/freshDb';
import { smallWorkspace } from './smallWorkspace';
import './patientHooks';

describe('Home at start', () => {
  useFreshDb();
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('looks up its kept figures first, then reads the summary, and shows both', async () => {
    await smallWorkspace();
    await settingsRepository.save({ onboarded: true, role: 'supervisor' });
    const order: string[] = [];
    const latest = startSnapshotRepository.latest.bind(startSnapshotRepository);
    vi.spyOn(startSnapshotRepository, 'latest').mockImplementation(async (id, key) => {
      order.push(`look up ${id}`);
      const found = await latest(id, key);
      order.push(`looked up ${id}`);
      return found;
    });
    const summary = caseworkerRepository.summary;
    vi.spyOn(caseworkerRepository, 'summary').mockImplementation(() => {
      order.push('read the summary');
      return summary();
    });

    render(<HomePage />);
    expect(await screen.findByText('active caseworkers')).toBeTruthy();
    await waitFor(() => expect(order).toContain('read the summary'));
    expect(order.indexOf('looked up home')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('looked up home')).toBeLessThan(order.indexOf('read the summary'));
    // The summary's figures replace the placeholders, and the figures worked out from the workspace follow.
    await waitFor(() =>
      expect(screen.getByText('active caseworkers').previousElementSibling?.textContent).toBe('2'),
    );
    expect(await screen.findByRole('heading', { name: /^Open gaps/ })).toBeTruthy();
  });

  it('shows the summary kept with its figures at the next start, without reading the roster again', async () => {
    await smallWorkspace();
    await settingsRepository.save({ onboarded: true, role: 'supervisor' });
    const first = render(<HomePage />);
    await waitFor(() =>
      expect(screen.getByText('active caseworkers').previousElementSibling?.textContent).toBe('2'),
    );
    // Kept once worked out from the workspace.
    await waitFor(async () =>
      expect(
        await startSnapshotRepository.latest('home', homeModelKey(await settingsRepository.load())),
      ).not.toBeNull(),
    );
    first.unmount();

    const read = vi.spyOn(caseworkerRepository, 'summary');
    render(<HomePage />);
    await waitFor(() =>
      expect(screen.getByText('active caseworkers').previousElementSibling?.textContent).toBe('2'),
    );
    expect(await screen.findByRole('heading', { name: /^Open gaps/ })).toBeTruthy();
    expect(read).not.toHaveBeenCalled();

    // A change to the roster is read live: the kept figures are no longer current.
    const unit = (await unitRepository.list())[0]!;
    await caseworkerRepository.create({ name: 'Dee New', unitId: unit.id, role: 'Intake' });
    await waitFor(() =>
      expect(screen.getByText('active caseworkers').previousElementSibling?.textContent).toBe('3'),
    );
    expect(read).toHaveBeenCalled();
  });
});
