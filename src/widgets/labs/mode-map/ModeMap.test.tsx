// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import ModeMap from './ModeMap.tsx';

afterEach(() => {
  cleanup();
  // Each test is a new reader: met goals saved by the previous one must not show as met earlier.
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

const seen = () => ({
  mac: screen.queryByTestId('outside-mac')?.textContent,
  ip: screen.queryByTestId('outside-ip')?.textContent,
});

describe('ModeMap', () => {
  it('shows what the outside sees for each mode, once the ping has left pve (ko)', () => {
    render(<ModeMap lang="ko" />);
    const lab = screen.getByRole('region', { name: '모드 지도: 같은 노드, 세 가지 연결' });
    expect(seen().mac).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'VM 100에서 외부 호스트로 ping' }));
    fireEvent.keyDown(lab, { key: 'End' });
    expect(seen()).toEqual({ mac: 'BC:24:11:3A:5C:01', ip: '192.168.10.100' });
    expect(lab.querySelector('.nm-mm-outside')!.textContent).toContain('VM 100의 eth0');

    // Before the frame is on the uplink nothing is revealed.
    fireEvent.keyDown(lab, { key: 'Home' });
    expect(seen().mac).toBeUndefined();

    fireEvent.click(screen.getByRole('radio', { name: '라우팅' }));
    expect(seen()).toEqual({ mac: 'A0:36:9F:12:34:56', ip: '203.0.113.18' });
    expect(lab.querySelector('.nm-mm-outside')!.textContent).toContain('pve의 eno1');

    fireEvent.click(screen.getByRole('radio', { name: 'NAT' }));
    expect(seen()).toEqual({ mac: 'A0:36:9F:12:34:57', ip: '198.51.100.5' });
    expect(lab.querySelector('.nm-mm-outside')!.textContent).toContain('pve의 vmbr0');
    expect(window.location.search).toContain('mode-map.v=nat');
  });

  it('speaks English too and takes a heading level', () => {
    render(<ModeMap lang="en" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Mode map: one node, three wirings' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'What the outside sees' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Bridge' })).toHaveProperty('checked', true);
  });
});
