// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ModeChooser from './ModeChooser.tsx';

afterEach(cleanup);

describe('ModeChooser', () => {
  it('groups each question as a radio group with a legend and announces the recommendation', () => {
    render(<ModeChooser lang="en" />);
    const where = screen.getByRole('group', { name: 'Where does the Proxmox node run?' });
    expect(where).toBeTruthy();
    fireEvent.click(screen.getByLabelText('A rented server at a hosting provider'));
    // Rented adds the provider questions.
    fireEvent.click(screen.getByLabelText('Yes, only the server’s MAC'));
    fireEvent.click(screen.getByLabelText('No, only the host’s own address'));
    expect(screen.getByRole('status').textContent).toMatch(/3 more questions/);
    fireEvent.click(screen.getByLabelText('A few ports (SSH, a web server)'));
    fireEvent.click(screen.getByLabelText('One'));
    fireEvent.click(screen.getByLabelText('No, a single node'));
    expect(screen.getByRole('status').textContent).toBe('Recommended: NAT (masquerading)');
    expect(screen.getByRole('link', { name: 'Read the NAT (masquerading) lesson' }).getAttribute('href')).toBe('/en/lessons/nat/');
  });

  it('speaks Korean and can start over', () => {
    render(<ModeChooser lang="ko" />);
    fireEvent.click(screen.getByLabelText('집(홈랩)'));
    fireEvent.click(screen.getByLabelText('아니요, 게스트는 밖으로 나가는 연결만 합니다'));
    fireEvent.click(screen.getByLabelText('두 개 이상'));
    fireEvent.click(screen.getByLabelText('예, LACP를 지원하는 관리형 스위치입니다'));
    fireEvent.click(screen.getByLabelText('아니요, 단일 노드입니다'));
    expect(screen.getByRole('status').textContent).toBe('추천 방식: 브리지');
    expect(screen.getByText(/802.3ad\(LACP\)로 본딩하세요/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '처음부터 다시' }));
    expect(screen.getByRole('status').textContent).toMatch(/남았습니다/);
  });
});
