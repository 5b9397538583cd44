// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import SmallOffice from './SmallOffice.tsx';

afterEach(() => {
  cleanup();
  // Each test is a new reader: met goals saved by the previous one must not show as met earlier.
  localStorage.clear();
  history.replaceState(null, '', '/en/labs/small-office/');
});

/** The story under the buttons (the goals panel has a live progress line of its own). */
const story = () => screen.getAllByRole('status').find((el) => !el.closest('.nm-goals'))!;
const goalDone = (id: string) => document.querySelector(`[data-goal="${id}"]`)?.getAttribute('data-done');

describe('SmallOffice', () => {
  it('keeps the service up when a cable is pulled and says how many pings were lost', () => {
    render(<SmallOffice lang="en" />);
    expect(screen.getByRole('img', { name: /office server with two LAN ports/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unplug cable A' }));
    expect(story().textContent).toMatch(/You pulled cable A\. The server keeps working over cable B\. \d+ of 100 pings lost/);
    expect(screen.getByText('Service: running')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unplug cable B' }));
    expect(screen.getByText('Service: down')).toBeTruthy();
  });

  it('turns on LACP: both cables carry traffic and the config shows 802.3ad', () => {
    render(<SmallOffice lang="ko" />);
    expect(screen.getByText('케이블 B: 예비')).toBeTruthy();
    const lacp = screen.getByRole('button', { name: 'LACP 켜기(케이블 두 개를 동시에)' });
    fireEvent.click(lacp);
    expect(screen.getByRole('button', { name: 'LACP 끄기(하나는 사용, 하나는 예비)' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByText('케이블 B: 예비')).toBeNull();
    expect(screen.getByText(/케이블 B: 트래픽의 \d+%/)).toBeTruthy();
    expect(screen.getByLabelText('이 그림이 나타내는 설정').textContent).toContain('bond-mode 802.3ad');
  });
});

describe('SmallOffice goals, checked on what the kernel did', () => {
  it('fail over, come back with bond-primary: both read from the cable runs', () => {
    render(<SmallOffice lang="en" />);
    expect(screen.getByText('0 of 3 goals reached')).toBeTruthy();
    // The spare cable carries nothing: pulling it is no failover, and plugging it back moves nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Unplug cable B' }));
    fireEvent.click(screen.getByRole('button', { name: 'Plug cable B back in' }));
    expect(goalDone('failover')).toBe('false');
    expect(goalDone('back')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Unplug cable A' }));
    expect(goalDone('failover')).toBe('true');
    expect(goalDone('back')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Plug cable A back in' }));
    expect(goalDone('back')).toBe('true');
    expect(screen.getByText('2 of 3 goals reached')).toBeTruthy();
  });

  it('LACP with one cable out shares nothing; with both plugged in, both carry traffic (Korean)', () => {
    render(<SmallOffice lang="ko" />);
    fireEvent.click(screen.getByRole('button', { name: '케이블 B 뽑기' }));
    fireEvent.click(screen.getByRole('button', { name: 'LACP 켜기(케이블 두 개를 동시에)' }));
    expect(goalDone('lacp')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: '케이블 B 다시 꽂기' }));
    expect(goalDone('lacp')).toBe('true');
    expect(screen.getByText('목표 3개 중 1개 달성')).toBeTruthy();
  });

  it('reached goals come back after a reload, re-run on the kernel', () => {
    const first = render(<SmallOffice lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Unplug cable A' }));
    expect(new URLSearchParams(window.location.search).get('office.log')).toBeTruthy();
    first.unmount();
    render(<SmallOffice lang="ko" />);
    expect(goalDone('failover')).toBe('true');
    expect(goalDone('lacp')).toBe('false');
  });
});

describe('SmallOffice reset', () => {
  it('is offered once something changed, labelled like the other labs, and puts the office, its goals and the URL back', () => {
    render(<SmallOffice lang="en" />);
    const reset = screen.getByRole('button', { name: 'Reset lab' });
    expect(reset).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Unplug cable A' }));
    fireEvent.click(screen.getByRole('button', { name: 'Turn on LACP (both cables at once)' }));
    expect(goalDone('failover')).toBe('true');
    expect(window.location.search).toMatch(/office\.log=/);
    fireEvent.click(reset);
    expect(story().textContent).toBe('The office is back as it started: both cables plugged in, LACP off.');
    expect(screen.getByRole('button', { name: 'Unplug cable A' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn on LACP (both cables at once)' }).getAttribute('aria-pressed')).toBe('false');
    // The run is gone, the achievement is not: the goal stays met, marked as met earlier.
    expect(goalDone('failover')).toBe('true');
    expect(document.querySelector('[data-goal="failover"]')?.getAttribute('data-earlier')).toBe('true');
    expect(window.location.search).toBe('');
    expect(reset).toHaveProperty('disabled', true);
  });

  it('speaks Korean', () => {
    render(<SmallOffice lang="ko" />);
    fireEvent.click(screen.getByRole('button', { name: '케이블 A 뽑기' }));
    fireEvent.click(screen.getByRole('button', { name: '실습 초기화' }));
    expect(story().textContent).toBe('사무실을 처음 상태로 되돌렸습니다. 케이블 두 개가 모두 꽂혀 있고 LACP는 꺼져 있습니다.');
  });
});
