// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ConfigPlayground from './ConfigPlayground.tsx';
// Loaded up front so the component's lazy import resolves within a fake-timer tick.
import './diagnose.ts';
import { PRESETS } from './presets.ts';
import { encodeHash } from './share.ts';

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/en/labs/playground/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const editor = (name = 'Contents of /etc/network/interfaces') => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('ConfigPlayground', () => {
  it('starts clean on the preset and reports a bond-mode typo at its line and column after a pause', async () => {
    render(<ConfigPlayground lang="en" preset="bond" />);
    expect(editor().value).toBe(PRESETS.bond);
    expect(screen.getByText('No problems found.')).toBeTruthy();
    fireEvent.change(editor(), { target: { value: PRESETS.bond.replace('802.3ad', '802.3as') } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(300);
    });
    const item = screen.getByRole('button', { name: /^Go to line 12, column 19: error: .*802\.3as/ });
    expect(item.textContent).toContain("did you mean '802.3ad'?");
    expect(screen.getByText('1 error')).toBeTruthy();
    // Enter/click on the diagnostic puts the caret on the offending word.
    fireEvent.click(item);
    const ta = editor();
    expect(document.activeElement).toBe(ta);
    expect(ta.value.slice(ta.selectionStart, ta.selectionEnd)).toBe('802.3as');
  });

  it('translates diagnostics into Korean', async () => {
    render(<ConfigPlayground lang="ko" preset="bridge" />);
    fireEvent.change(editor('/etc/network/interfaces 내용'), { target: { value: PRESETS.bridge.replace('bridge-stp', 'brige-stp') } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(300);
    });
    expect(screen.getByRole('button', { name: /^11번째 줄 9번째 칸으로 이동: 경고: .*brige-stp.*bridge-stp/ })).toBeTruthy();
  });

  it('restores the text and preset from a shared link, and Share writes the state into the link', async () => {
    const text = '# 공유된 설정\nauto lo\niface lo inet loopback\n';
    history.replaceState(null, '', `/en/labs/playground/${encodeHash({ preset: 'nat', text })}`);
    render(<ConfigPlayground lang="en" />);
    expect(editor().value).toBe(text);
    expect((screen.getByRole('combobox', { name: 'Start from' }) as HTMLSelectElement).value).toBe('nat');
    expect(screen.getByRole('status').textContent).toBe('Configuration restored from the shared link.');

    const writeText = vi.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    fireEvent.change(editor(), { target: { value: `${text}iface eno1 inet manual\n` } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    });
    expect(writeText).toHaveBeenCalledWith(`http://localhost:3000/en/labs/playground/${encodeHash({ preset: 'nat', text: `${text}iface eno1 inet manual\n` })}`);
    expect(screen.getByRole('status').textContent).toBe('Link copied to the clipboard.');

    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(editor().value).toBe(PRESETS.nat);
    expect(window.location.hash).toBe('');
  });

  it('indents with Tab and lets Escape release Tab for keyboard users', () => {
    render(<ConfigPlayground lang="en" preset="bridge" />);
    const ta = editor();
    ta.focus();
    ta.setSelectionRange(0, 0);
    fireEvent.keyDown(ta, { key: 'Tab' });
    expect(ta.value.startsWith('        auto lo')).toBe(true);
    fireEvent.keyDown(ta, { key: 'Escape' });
    const tab = fireEvent.keyDown(ta, { key: 'Tab' });
    // Not prevented: the browser moves focus on.
    expect(tab).toBe(true);
    expect(screen.getByText('Tab now moves to the next control.')).toBeTruthy();
  });
});
