// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../../i18n/locales/all.ts';
import RoutedVsNatLab from './RoutedVsNatLab.tsx';

afterEach(() => {
  cleanup();
  // Each test is a new reader: met goals saved by the previous one must not show as met earlier.
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

const goalDone = (id: string) => document.querySelector(`[data-goal="${id}"]`)?.getAttribute('data-done');
const press = (action: string) => fireEvent.click(document.querySelector(`button[data-action="${action}"]`)!);
/** Step each side to its end, as a reader does with the End key. */
const watchAll = () => document.querySelectorAll('[data-side]').forEach((side) => fireEvent.keyDown(side, { key: 'End' }));

describe('RoutedVsNatLab goals', () => {
  it('are checked when the reader has watched the kernel do it, not when the button is pressed', () => {
    render(<RoutedVsNatLab lang="en" />);
    expect(screen.getByRole('group', { name: 'Goals' })).toBeTruthy();
    expect(screen.getByText('0 of 3 goals reached')).toBeTruthy();
    press('in');
    // Playback has only begun: the SYN has not crossed the wire yet.
    expect(goalDone('routed')).toBe('false');
    watchAll();
    expect(goalDone('routed')).toBe('true');
    expect(goalDone('forward')).toBe('false');
    press('forward');
    press('in');
    watchAll();
    expect(goalDone('forward')).toBe('true');
    press('out');
    watchAll();
    expect(goalDone('provider')).toBe('true');
    expect(screen.getByText('All goals reached. Well done!')).toBeTruthy();
  });

  it('a port forward added before any try does not count as seeing the refusal (Korean)', () => {
    render(<RoutedVsNatLab lang="ko" />);
    press('forward');
    press('in');
    watchAll();
    expect(goalDone('routed')).toBe('true');
    expect(goalDone('forward')).toBe('false');
    expect(screen.getByText('목표 3개 중 1개 달성')).toBeTruthy();
  });

  it('reached goals come back after a reload: the actions are in the URL and each side opens at its end', () => {
    const first = render(<RoutedVsNatLab lang="en" />);
    press('in');
    press('forward');
    press('in');
    watchAll();
    expect(goalDone('forward')).toBe('true');
    first.unmount();
    render(<RoutedVsNatLab lang="ko" />);
    expect(goalDone('routed')).toBe('true');
    expect(goalDone('forward')).toBe('true');
    expect(goalDone('provider')).toBe('false');
  });
});
