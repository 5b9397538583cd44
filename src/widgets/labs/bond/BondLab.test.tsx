// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import BondLab from './BondLab.tsx';

afterEach(() => {
  cleanup();
  // Each test is a new reader: met goals saved by the previous one must not show as met earlier.
  localStorage.clear();
  history.replaceState(null, '', '/en/labs/bond/');
});

/** The lab's own narration (the goals panel has a live progress line of its own). */
const narration = () => screen.getAllByRole('status').find((el) => !el.closest('.nm-goals'))!;
const goalDone = (id: string) => document.querySelector(`[data-goal="${id}"]`)?.getAttribute('data-done');
const choose = (name: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

describe('BondLab', () => {
  it('sends 200 flows and shows the split as a chart with a table alternative', () => {
    render(<BondLab lang="en" mode="802.3ad" />);
    expect(screen.getByRole('combobox', { name: 'Transmit hash policy' })).toHaveProperty('disabled', false);
    fireEvent.click(screen.getByRole('button', { name: 'Send 200 flows' }));
    expect(screen.getByRole('img', { name: /^Bar chart: eno1: \d+ flows/ })).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText(/both ports joined one aggregator/)).toBeTruthy();
    // A plain switch: 802.3ad finds no partner.
    fireEvent.click(screen.getByLabelText('Plain switch (no LACP)'));
    expect(screen.getByText(/does not answer LACP/)).toBeTruthy();
  });

  it('narrates a failover in Korean when the active cable is pulled', () => {
    render(<BondLab lang="ko" />);
    expect(screen.getByRole('combobox', { name: '전송 해시 정책' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'eno1 케이블 뽑기' }));
    expect(narration().textContent).toMatch(/ping 100개 중 \d+개를 잃었습니다/);
    expect(screen.getByText(/eno2/, { selector: '.nmp-story__events li' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'eno1 케이블 다시 꽂기' })).toBeTruthy();
  });
});

describe('BondLab URL state', () => {
  it('keeps the chosen set-up in the query so a reload or language switch restores it', () => {
    history.replaceState(null, '', '/en/labs/bond/?bond.mode=802.3ad&bond.switch=learning&bond.miimon=500');
    render(<BondLab lang="en" />);
    expect((screen.getByRole('combobox', { name: 'Bond mode' }) as HTMLSelectElement).value).toBe('802.3ad');
    expect((screen.getByLabelText('Plain switch (no LACP)') as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: 'miimon (ms)' }), { target: { value: '200' } });
    expect(new URLSearchParams(window.location.search).get('bond.miimon')).toBe('200');
    history.replaceState(null, '', '/en/labs/bond/');
  });
});

describe('BondLab goals, checked on what the kernel did', () => {
  it('none is reached before the reader runs anything', () => {
    render(<BondLab lang="en" />);
    expect(screen.getByRole('group', { name: 'Goals' })).toBeTruthy();
    expect(screen.getByText('0 of 4 goals reached')).toBeTruthy();
    for (const id of ['spread', 'failover', 'fallback', 'miimon']) expect(goalDone(id)).toBe('false');
  });

  it('802.3ad with layer3+4 on a plain switch is not "spread": the kernel found no LACP partner and used one link; on the LACP switch it is', () => {
    render(<BondLab lang="en" />);
    choose('Bond mode', '802.3ad');
    choose('Transmit hash policy', 'layer3+4');
    fireEvent.click(screen.getByLabelText('Plain switch (no LACP)'));
    fireEvent.click(screen.getByRole('button', { name: 'Send 200 flows' }));
    expect(goalDone('spread')).toBe('false');
    expect(goalDone('fallback')).toBe('true');
    fireEvent.click(screen.getByLabelText('Managed switch with LACP'));
    expect(goalDone('spread')).toBe('true');
    expect(screen.getByText('2 of 4 goals reached')).toBeTruthy();
  });

  it('choosing the settings without sending flows reaches nothing', () => {
    render(<BondLab lang="en" />);
    choose('Bond mode', '802.3ad');
    choose('Transmit hash policy', 'layer3+4');
    expect(goalDone('spread')).toBe('false');
  });

  it('failover: pulling the idle backup cable does not count; pulling the one that carries the ping does (Korean)', () => {
    render(<BondLab lang="ko" />);
    fireEvent.click(screen.getByRole('button', { name: 'eno2 케이블 뽑기' }));
    expect(goalDone('failover')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'eno2 케이블 다시 꽂기' }));
    fireEvent.click(screen.getByRole('button', { name: 'eno1 케이블 뽑기' }));
    expect(goalDone('failover')).toBe('true');
    expect(screen.getByText('목표 4개 중 1개 달성')).toBeTruthy();
  });

  it('failover needs a ping that lives on: with the backup already unplugged, pulling the active cable kills it', () => {
    render(<BondLab lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Unplug the eno2 cable' }));
    fireEvent.click(screen.getByRole('button', { name: 'Unplug the eno1 cable' }));
    expect(goalDone('failover')).toBe('false');
  });

  it('miimon: a larger setting that happens to leave the same gap does not count; a longer measured gap does', () => {
    render(<BondLab lang="en" />);
    const pullAndPlug = () => {
      fireEvent.click(screen.getByRole('button', { name: 'Unplug the eno1 cable' }));
      fireEvent.click(screen.getByRole('button', { name: 'Plug the eno1 cable back in' }));
    };
    pullAndPlug();
    choose('miimon (ms)', '200');
    pullAndPlug();
    // The pull falls between the same two checks for 100 and 200 ms: the kernel measured equal gaps.
    expect(goalDone('miimon')).toBe('false');
    choose('miimon (ms)', '500');
    pullAndPlug();
    expect(goalDone('miimon')).toBe('true');
  });

  it('reached goals survive a reload: the runs behind them are kept in the URL and made again on the kernel', () => {
    const first = render(<BondLab lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Unplug the eno1 cable' }));
    expect(goalDone('failover')).toBe('true');
    const log = new URLSearchParams(window.location.search).get('bond.log');
    expect(log).toMatch(/^c/);
    first.unmount();
    render(<BondLab lang="ko" />);
    expect(goalDone('failover')).toBe('true');
    expect(goalDone('spread')).toBe('false');
  });

  it('a hand-made URL cannot tick a goal the kernel does not confirm', () => {
    // A well-formed token for pulling the idle eno2 cable: the kernel loses no ping and does not fail over.
    history.replaceState(null, '', '/en/labs/bond/?bond.log=c11l1102-100_zzz');
    render(<BondLab lang="en" />);
    expect(goalDone('failover')).toBe('false');
  });
});

describe('BondLab reset', () => {
  it('is offered only once there is something to undo, and returns the lesson\'s starting set-up, cables, goals and URL', () => {
    render(<BondLab lang="en" mode="802.3ad" />);
    const reset = screen.getByRole('button', { name: 'Reset lab' });
    expect(reset).toHaveProperty('disabled', true);
    choose('miimon (ms)', '500');
    fireEvent.click(screen.getByLabelText('Plain switch (no LACP)'));
    fireEvent.click(screen.getByRole('button', { name: 'Send 200 flows' }));
    fireEvent.click(screen.getByRole('button', { name: 'Unplug the eno1 cable' }));
    expect(goalDone('fallback')).toBe('true');
    expect(window.location.search).toMatch(/bond\.miimon=500/);
    expect(reset).toHaveProperty('disabled', false);

    fireEvent.click(reset);
    expect(narration().textContent).toBe('The lab is back at its start: 802.3ad, both cables plugged in, no flows sent yet.');
    expect((screen.getByRole('combobox', { name: 'Bond mode' }) as HTMLSelectElement).value).toBe('802.3ad');
    expect((screen.getByRole('combobox', { name: 'miimon (ms)' }) as HTMLSelectElement).value).toBe('100');
    expect((screen.getByLabelText('Managed switch with LACP') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Unplug the eno1 cable' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Send 200 flows' })).toHaveProperty('disabled', false);
    // The run is gone, the achievement is not: the goal stays met, marked as met earlier.
    expect(screen.getByText('1 of 4 goals reached')).toBeTruthy();
    expect(document.querySelector('[data-goal="fallback"]')?.getAttribute('data-earlier')).toBe('true');
    expect(window.location.search).toBe('');
    expect(reset).toHaveProperty('disabled', true);
  });

  it('is labelled and announced in Korean like the other labs\' reset', () => {
    render(<BondLab lang="ko" />);
    fireEvent.click(screen.getByRole('button', { name: 'eno1 케이블 뽑기' }));
    fireEvent.click(screen.getByRole('button', { name: '실습 초기화' }));
    expect(narration().textContent).toBe('실습을 처음 상태로 되돌렸습니다. active-backup 모드에 케이블 두 개가 모두 꽂혀 있고, 아직 흐름을 보내지 않았습니다.');
    expect(screen.getByRole('button', { name: 'eno1 케이블 뽑기' })).toBeTruthy();
  });
});
