// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import BondLab from './BondLab.tsx';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/en/labs/bond/');
});

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
    expect(screen.getByRole('status').textContent).toMatch(/ping 100개 중 \d+개를 잃었습니다/);
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
