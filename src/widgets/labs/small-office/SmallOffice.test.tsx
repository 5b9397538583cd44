// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import SmallOffice from './SmallOffice.tsx';

afterEach(cleanup);

describe('SmallOffice', () => {
  it('keeps the service up when a cable is pulled and says how many pings were lost', () => {
    render(<SmallOffice lang="en" />);
    expect(screen.getByRole('img', { name: /office server with two LAN ports/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unplug cable A' }));
    expect(screen.getByRole('status').textContent).toMatch(/You pulled cable A\. The server keeps working over cable B\. \d+ of 100 pings lost/);
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
