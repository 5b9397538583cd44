// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { LabWidget } from './LabWidget.tsx';
import bridgeFile from '../../../content/labs/bridge.yaml?lab';
import { siteLab } from '../../labs/site-lab.ts';

const bridgeLab = siteLab(bridgeFile);
import type { LabDefinition } from './lab-model.ts';

afterEach(() => {
  cleanup();
  // Each test is a new reader: met goals saved by the previous one must not show as met earlier.
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('LabWidget', () => {
  it('says in plain sight, in both languages, that cables can be clicked (not only in the collapsed list)', () => {
    for (const [lang, hint] of [['en', /Cables are buttons: click one/], ['ko', /케이블은 버튼입니다/]] as const) {
      const { unmount } = render(<LabWidget def={bridgeLab} lang={lang} urlState={false} />);
      const p = screen.getByText(hint);
      expect(p.closest('details')).toBeNull();
      unmount();
    }
  });

  it('runs an action on the kernel, steps by keyboard and fills tables, goals and the URL', () => {
    render(<LabWidget def={bridgeLab} lang="en" />);
    const lab = screen.getByRole('region', { name: 'Lab: a bridge is a switch inside the host' });
    expect(within(lab).getByRole('status', { name: 'What happens at this step' }).textContent).toContain('Nothing has happened yet');
    fireEvent.click(screen.getByRole('button', { name: 'VM 100 pings the laptop' }));
    fireEvent.keyDown(lab, { key: 'End' });
    const fdb = screen.getByRole('table', { name: 'MAC table (FDB) of vmbr0' });
    expect(within(fdb).getByText('BC:24:11:3A:5C:01').closest('tr')!.textContent).toContain('tap100i0');
    expect(lab.querySelector('[data-goal="reach"]')!.getAttribute('data-done')).toBe('true');
    expect(window.location.search).toContain('bridge.a=ping-lan');
    fireEvent.keyDown(lab, { key: 'Home' });
    expect(screen.getByRole('status', { name: 'What happens at this step' }).textContent).toContain('You: VM 100 pings the laptop');
    fireEvent.keyDown(lab, { key: 'ArrowRight' });
    expect(screen.getByRole('status', { name: 'What happens at this step' }).textContent).toContain('VM 100 sends a ping to 192.168.10.50');
  });

  it('saves a goal the kernel confirmed and shows it as met earlier when the lab opens again', () => {
    const first = render(<LabWidget def={bridgeLab} lang="en" urlState={false} />);
    let lab = screen.getByRole('region', { name: 'Lab: a bridge is a switch inside the host' });
    fireEvent.click(screen.getByRole('button', { name: 'VM 100 pings the laptop' }));
    // The action moved focus to the narration, where the step keys work.
    expect(document.activeElement).toBe(within(lab).getByRole('status', { name: 'What happens at this step' }));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(lab.querySelector('[data-goal="reach"]')!.getAttribute('data-done')).toBe('true');
    expect(JSON.parse(localStorage.getItem('netmodes.progress.v1')!).labs.bridge.goals).toContain('reach');
    first.unmount();

    render(<LabWidget def={bridgeLab} lang="en" urlState={false} />);
    lab = screen.getByRole('region', { name: 'Lab: a bridge is a switch inside the host' });
    const goal = lab.querySelector('[data-goal="reach"]')!;
    expect(goal.getAttribute('data-done')).toBe('true');
    expect(goal.getAttribute('data-earlier')).toBe('true');
    expect(goal.textContent).toContain('(done earlier)');
    expect(within(lab).getByText(/^[1-3] of 4 goals reached$/)).toBeTruthy();
  });

  it('does not save a goal from a shared URL until the reader has watched the run the kernel made', () => {
    window.history.replaceState(null, '', '/?bridge.a=ping-lan');
    render(<LabWidget def={bridgeLab} lang="en" />);
    const lab = screen.getByRole('region', { name: 'Lab: a bridge is a switch inside the host' });
    expect(lab.querySelector('[data-goal="reach"]')!.getAttribute('data-done')).toBe('false');
    expect(localStorage.getItem('netmodes.progress.v1') ?? '').not.toContain('reach');
    fireEvent.keyDown(lab, { key: 'End' });
    expect(JSON.parse(localStorage.getItem('netmodes.progress.v1')!).labs.bridge.goals).toContain('reach');
  });

  it('a ping result says its count once: no "(replies received)" after "1/1 replies"', () => {
    render(<LabWidget def={bridgeLab} lang="en" urlState={false} />);
    const lab = screen.getByRole('region', { name: 'Lab: a bridge is a switch inside the host' });
    fireEvent.click(screen.getByRole('button', { name: 'VM 100 pings the laptop' }));
    fireEvent.keyDown(lab, { key: 'End' });
    expect(lab.querySelector('.nm-results li')!.textContent).toBe('✓ ping VM 100 → 192.168.10.50: 1/1 replies');
  });

  it('keeps a chosen playback speed in the URL like the rest of the lab state; the default speed leaves no parameter', () => {
    const first = render(<LabWidget def={bridgeLab} lang="en" />);
    const speed = () => screen.getByRole('combobox', { name: 'Speed' }) as HTMLSelectElement;
    expect(window.location.search).toBe('');
    fireEvent.change(speed(), { target: { value: 'slow' } });
    expect(new URLSearchParams(window.location.search).get('bridge.speed')).toBe('slow');
    fireEvent.click(screen.getByRole('button', { name: 'VM 100 pings the laptop' }));
    expect(window.location.search).toContain('bridge.a=ping-lan');
    expect(window.location.search).toContain('bridge.speed=slow');
    // A reload (or the other language's page) reads it back.
    first.unmount();
    render(<LabWidget def={bridgeLab} lang="ko" />);
    expect((screen.getByRole('combobox', { name: '속도' }) as HTMLSelectElement).value).toBe('slow');
    fireEvent.change(screen.getByRole('combobox', { name: '속도' }), { target: { value: 'normal' } });
    expect(window.location.search).not.toContain('speed');
    expect(window.location.search).toContain('bridge.a=ping-lan');
  });

  it('plays steps on a timer until the end', () => {
    vi.useFakeTimers();
    try {
      render(<LabWidget def={bridgeLab} lang="ko" urlState={false} />);
      fireEvent.click(screen.getByRole('button', { name: 'VM 100에서 노트북으로 ping' }));
      for (let i = 0; i < 40; i++) act(() => vi.advanceTimersByTime(1000));
      expect(screen.getByRole('button', { name: '재생' })).toBeTruthy();
      expect(document.querySelector('.nm-step-count')!.textContent).toMatch(/(\d+)단계 중 \1단계/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a kernel error shows a message and a reset button instead of a blank box', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: LabDefinition = {
      ...bridgeLab,
      id: 'broken',
      actions: [{ id: 'boom', label: { en: 'Break it', ko: '망가뜨리기' }, run: (w) => void w.sim.setLinkUp('no-such-link', false) }],
    };
    render(<LabWidget def={broken} lang="en" urlState={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Break it' }));
    expect(screen.getByRole('alert').textContent).toContain('The simulation stopped with an error');
    fireEvent.click(screen.getByRole('button', { name: 'Reset widget' }));
    expect(screen.getByRole('button', { name: 'Break it' })).toBeTruthy();
    spy.mockRestore();
  });
});
