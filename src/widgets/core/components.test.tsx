// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { TopologyView } from './TopologyView.tsx';
import { StepControls, stepKeyHandler } from './StepControls.tsx';
import { TablesPanel } from './TablesPanel.tsx';
import { PacketInspector } from './PacketInspector.tsx';
import { WidgetErrorBoundary } from './ErrorBoundary.tsx';
import { diffTables, type TableView } from './tables-model.ts';
import type { Topology } from './topology-model.ts';
import { tablesFromSim } from './tables-from-sim.ts';
import { Sim } from '../../sim/index.ts';
import type { Frame } from '../../sim/frame.ts';
import type { Speed } from './playback.ts';

afterEach(cleanup);

const topo: Topology = {
  hosts: [{ id: 'pve', label: 'pve' }],
  nodes: [
    { id: 'vm100', label: 'VM 100', kind: 'guest', layer: 'guests' },
    { id: 'pve/vmbr0', label: 'vmbr0', kind: 'bridge', layer: 'bridges', host: 'pve' },
    { id: 'pve/eno1', label: 'eno1', kind: 'nic', layer: 'nics', host: 'pve' },
    { id: 'sw', label: 'LAN switch', kind: 'switch', layer: 'network' },
  ],
  links: [
    { id: 'tap', a: { node: 'vm100', port: 'eth0' }, b: { node: 'pve/vmbr0', port: 'tap100i0' }, kind: 'cable', up: true },
    { id: 'm', a: { node: 'pve/vmbr0', port: 'eno1' }, b: { node: 'pve/eno1', port: 'eno1' }, kind: 'member', up: true },
    { id: 'uplink', a: { node: 'pve/eno1', port: 'eno1' }, b: { node: 'sw', port: 'port 1' }, kind: 'cable', up: false },
  ],
};

describe('TopologyView', () => {
  it('makes every cable a named button that toggles by click and keyboard; ports inside the host are not buttons', () => {
    const onToggle = vi.fn();
    render(<TopologyView topology={topo} lang="en" onToggleLink={onToggle} />);
    const unplug = screen.getByRole('button', { name: 'Unplug cable VM 100 eth0 ↔ vmbr0 tap100i0' });
    const plug = screen.getByRole('button', { name: 'Plug cable eno1 ↔ LAN switch port 1 back in' });
    expect(screen.getAllByRole('button')).toHaveLength(2);
    fireEvent.click(unplug);
    fireEvent.keyDown(plug, { key: 'Enter' });
    fireEvent.keyDown(plug, { key: ' ' });
    expect(onToggle.mock.calls).toEqual([['tap'], ['uplink'], ['uplink']]);
    expect(plug.getAttribute('tabindex')).toBe('0');
  });

  it('names cables in Korean and lists devices and links as text', () => {
    render(<TopologyView topology={topo} lang="ko" onToggleLink={() => {}} />);
    expect(screen.getByRole('button', { name: '케이블 VM 100 eth0 ↔ vmbr0 tap100i0 뽑기' })).toBeTruthy();
    expect(screen.getByText('eno1 ↔ LAN switch port 1: 뽑힘')).toBeTruthy();
    expect(screen.getByText(/vmbr0 \(브리지, pve\)/)).toBeTruthy();
  });

  it('draws a long chain as rows when columns would shrink its 12 px labels below 9 px (a 606 px lesson column)', () => {
    const chain: Topology = {
      hosts: [{ id: 'pve', label: 'pve' }],
      nodes: [
        ...topo.nodes,
        { id: 'gw', label: 'Provider gateway', kind: 'router', layer: 'edge' },
        { id: 'inet', label: 'Internet host', kind: 'external', layer: 'outside' },
      ],
      links: [
        ...topo.links,
        { id: 'up', a: { node: 'sw', port: 'port 2' }, b: { node: 'gw', port: 'eth0' }, kind: 'cable', up: true },
        { id: 'wan', a: { node: 'gw', port: 'eth1' }, b: { node: 'inet', port: 'eth0' }, kind: 'cable', up: true },
      ],
    };
    const box = (width: number) => () => ({ width, height: 400, top: 0, left: 0, right: width, bottom: 400, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
    const viewBox = (width: number) => {
      const spy = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(box(width));
      const { container, unmount } = render(<TopologyView topology={chain} lang="en" />);
      const [, , w, h] = container.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
      unmount();
      spy.mockRestore();
      return { w: w!, h: h! };
    };
    const wide = viewBox(1400);
    expect(wide.w).toBeGreaterThan(wide.h);
    expect(606 / wide.w).toBeLessThan(0.75);
    const column = viewBox(606);
    expect(column.h).toBeGreaterThan(column.w);
    expect(Math.min(1, 606 / column.w)).toBeGreaterThanOrEqual(0.75);
  });

  it('describes the frame in flight for screen readers', () => {
    render(<TopologyView topology={topo} lang="en" packets={[{ linkId: 'tap', fromNode: 'vm100', badge: 'ARP', text: 'ARP request on the link', key: 1 }]} />);
    expect(screen.getByText('ARP request on the link')).toBeTruthy();
  });
});

function Stepper({ count, onIndexSpy }: { count: number; onIndexSpy?: (i: number) => void }) {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>('normal');
  const onIndex = (i: number) => {
    onIndexSpy?.(i);
    setIndex(i);
  };
  return (
    <div tabIndex={0} data-testid="root" onKeyDown={stepKeyHandler({ index, count, playing, onIndex, onPlaying: setPlaying })}>
      <StepControls lang="en" index={index} count={count} playing={playing} speed={speed} onIndex={onIndex} onPlaying={setPlaying} onSpeed={setSpeed} narration={`narration ${index}`} />
      <input aria-label="other field" />
    </div>
  );
}

describe('StepControls', () => {
  it('steps with buttons, narrates each step in a polite live region and disables what cannot be done', () => {
    render(<Stepper count={3} />);
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toContain('narration 0');
    expect((screen.getByRole('button', { name: 'Step back' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(live.textContent).toContain('narration 1');
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Jump to the end' }));
    expect((screen.getByRole('button', { name: 'Step forward' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('keyboard shortcuts work on the widget but not inside form fields', () => {
    const spy = vi.fn();
    render(<Stepper count={5} onIndexSpy={spy} />);
    const root = screen.getByTestId('root');
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    fireEvent.keyDown(root, { key: 'ArrowLeft' });
    fireEvent.keyDown(root, { key: 'End' });
    fireEvent.keyDown(root, { key: 'Home' });
    expect(spy.mock.calls.map((c) => c[0])).toEqual([1, 2, 1, 4, 0]);
    fireEvent.keyDown(screen.getByLabelText('other field'), { key: 'ArrowRight' });
    expect(spy).toHaveBeenCalledTimes(5);
    fireEvent.keyDown(root, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('says nothing happened yet when there are no steps', () => {
    render(<Stepper count={0} />);
    expect(screen.getByRole('status').textContent).toContain('Nothing has happened yet');
  });
});

const fdb = (rows: Array<[string, string]>): TableView => ({
  id: 'fdb:vmbr0',
  tab: 'fdb',
  caption: 'MAC table (FDB) of vmbr0',
  columns: ['MAC address', 'Port'],
  rows: rows.map(([mac, port]) => ({ key: mac, sig: port, cells: [mac, port] })),
});
const neigh: TableView = { id: 'neigh:pve', tab: 'neigh', caption: 'ARP / neighbour table of pve', columns: ['IP address'], rows: [] };

describe('TablesPanel', () => {
  it('renders captioned tables, flags new and changed rows in text, and moves between tabs with arrow keys', () => {
    const before = [fdb([['BC:24:11:00:00:01', 'tap100i0']]), neigh];
    const after = [
      fdb([
        ['BC:24:11:00:00:01', 'eno1'],
        ['BC:24:11:00:00:02', 'tap101i0'],
      ]),
      neigh,
    ];
    render(<TablesPanel lang="en" tables={after} changes={diffTables(before, after)} />);
    const table = screen.getByRole('table', { name: 'MAC table (FDB) of vmbr0' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('changed');
    expect(rows[2]!.textContent).toContain('new');
    const fdbTab = screen.getByRole('tab', { name: /MAC table/ });
    expect(fdbTab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(fdbTab, { key: 'ArrowRight' });
    const arpTab = screen.getByRole('tab', { name: 'ARP table' });
    expect(arpTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(arpTab);
    expect(screen.getByRole('tabpanel').textContent).toContain('empty');
  });
});

describe('PacketInspector', () => {
  const frame: Frame = {
    id: 1,
    src: 'bc:24:11:00:00:01',
    dst: '02:00:00:00:00:01',
    type: 'ipv4',
    ip: { id: 1, src: '10.10.10.100', dst: '203.0.113.10', ttl: 64, proto: 'tcp', tcp: { sport: 40000, dport: 443, flags: ['SYN'] } },
  };
  it('shows before and after a NAT rewrite with exactly the rewritten fields flagged', () => {
    const after: Frame = { ...frame, ip: { ...frame.ip!, src: '198.51.100.5', tcp: { ...frame.ip!.tcp!, sport: 40001 } } };
    render(<PacketInspector lang="en" frame={frame} frameAfter={after} />);
    const afterTable = screen.getByRole('table', { name: 'After rewrite' });
    const flagged = within(afterTable).getAllByText('changed').map((el) => el.closest('tr')!.querySelector('th[scope=row]')!.textContent);
    expect(flagged).toEqual(['Source IP', 'Source port']);
    expect(within(screen.getByRole('table', { name: 'Before' })).getByText('10.10.10.100')).toBeTruthy();
  });
  it('shows one header table without a rewrite, in Korean', () => {
    render(<PacketInspector lang="ko" frame={frame} />);
    expect(screen.getAllByRole('table')).toHaveLength(1);
    expect(screen.getByText('출발지 IP')).toBeTruthy();
  });
});

describe('WidgetErrorBoundary', () => {
  it('shows a message and a reset button instead of a blank box, and reset remounts the widget', () => {
    let fail = true;
    const Boom = () => {
      if (fail) throw new Error('kernel exploded');
      return <p>widget is back</p>;
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReset = vi.fn(() => {
      fail = false;
    });
    render(
      <WidgetErrorBoundary lang="en" onReset={onReset}>
        <Boom />
      </WidgetErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The simulation stopped with an error');
    fireEvent.click(screen.getByRole('button', { name: 'Reset widget' }));
    expect(onReset).toHaveBeenCalled();
    expect(screen.getByText('widget is back')).toBeTruthy();
    spy.mockRestore();
  });
});

describe('ARP table states', () => {
  // Two hosts, one ping, 1 s later: the asker's entry is REACHABLE (answered to it), the answerer's
  // DELAY (learned from the request, STALE, then used for the reply), as `ip neigh` shows on Linux.
  function snapAfterPing() {
    const sim = new Sim({ seed: 1 });
    sim.addSwitch({ id: 'sw', kind: 'learning' });
    for (const [id, ip, port] of [['pve', '192.0.2.1/24', 'p1'], ['pc', '192.0.2.2/24', 'p2']] as const) {
      sim.addHost({ id, kind: 'proxmox' }).addNic('eth0').addAddress('eth0', ip);
      sim.connect({ node: id, port: 'eth0' }, { node: 'sw', port });
    }
    sim.ping('pve', '192.0.2.2', { count: 1 });
    sim.runUntilIdle();
    return sim.snapshot();
  }

  it('shows each state as ip neigh prints it, and explains the states present in both languages', () => {
    const snap = snapAfterPing();
    for (const lang of ['en', 'ko'] as const) {
      const tables = tablesFromSim(snap, lang, {});
      const pve = tables.find((x) => x.id === 'neigh:pve')!;
      const pc = tables.find((x) => x.id === 'neigh:pc')!;
      expect(pve.rows.map((r) => r.cells[3])).toEqual(['REACHABLE']);
      expect(pc.rows.map((r) => r.cells[3])).toEqual(['DELAY']);
      expect(pve.legend!.map((l) => l.term)).toEqual(['REACHABLE']);
      expect(pc.legend![0]!.text).toMatch(lang === 'en' ? /5 s/ : /5초/);
    }
    const tables = tablesFromSim(snap, 'ko', {});
    render(<TablesPanel lang="ko" tables={tables} changes={new Map()} initialTab="neigh" />);
    const legend = screen.getByRole('group', { name: /pc의 ARP\(이웃\) 테이블의 상태가 뜻하는 것/ });
    expect(legend.textContent).toContain('DELAY');
    expect(legend.textContent).toContain('재확인');
  });
});

