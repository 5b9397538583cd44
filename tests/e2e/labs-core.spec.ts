/**
 * The bridge, routed, NAT and routed-vs-NAT labs driven by keyboard alone, in both languages:
 * actions, stepping, cables, variants, goals, tables, narration and URL state.
 */
import { test, expect, type Locator } from '@playwright/test';
import { axe } from './axe.ts';
import { animationsSettled, openLab, press } from './helpers.ts';

const T = {
  en: {
    pingLan: 'VM 100 pings the laptop',
    firstStep: /VM 100 sends a ping to 192\.168\.10\.50/,
    you: 'You: VM 100 pings the laptop',
    learned: /vmbr0 learned BC:24:11:3A:5C:01 on tap100i0/,
    stepOf: /Step 1 of \d+/,
    unplug: 'Unplug cable eno1 ↔ Office switch port 1',
    plug: 'Plug cable eno1 ↔ Office switch port 1 back in',
    down: /eno1 on pve: link down/,
    wait: 'Wait 6 minutes',
    forgot: /vmbr0 forgot BC:24:11:3A:5C:01 on tap100i0/,
    noReply: /0\/1 replies/,
    oneReply: /1\/1 replies/,
    bridged: 'Bridged (vmbr0 with eno0 as a port)',
    routed: 'Routed (ip_forward + proxy_arp)',
    pingOut: 'VM 100 pings the internet host',
    ssh: "Internet host opens VM 100's SSH (TCP 22)",
    rejected: /only accepts the registered MAC A0:36:9F:12:34:56/,
    natPing: 'VM 100 pings the internet host',
    sshIn: 'Internet host connects to 198.51.100.5:2222',
    forward: 'Add port forward 2222 → VM 100:22',
    masq: /source 10\.10\.10\.100 becomes 198\.51\.100\.5/,
    ctCaption: 'conntrack entries on pve',
    after: 'After rewrite',
    both: 'Both guests ping the internet host',
    bothIn: 'The internet host opens SSH to the guest in both',
    differs: 'differs',
    fdbCaption: 'MAC table (FDB) of vmbr0',
    otherLang: 'ko',
  },
  ko: {
    pingLan: 'VM 100에서 노트북으로 ping',
    firstStep: /VM 100이 192\.168\.10\.50으로 ping을 보냅니다/,
    you: '직접 한 일: VM 100에서 노트북으로 ping',
    learned: /vmbr0이 tap100i0 포트에서 BC:24:11:3A:5C:01을 학습했습니다/,
    stepOf: /\d+단계 중 1단계/,
    unplug: '케이블 eno1 ↔ 사무실 스위치 port 1 뽑기',
    plug: '케이블 eno1 ↔ 사무실 스위치 port 1 다시 꽂기',
    down: /pve의 eno1 링크가 내려갔습니다/,
    wait: '6분 기다리기',
    forgot: /vmbr0이 tap100i0 포트의 BC:24:11:3A:5C:01을 잊었습니다/,
    noReply: /1개 중 0개 응답/,
    oneReply: /1개 중 1개 응답/,
    bridged: '브리지(eno0을 포트로 둔 vmbr0)',
    routed: '라우팅(ip_forward + proxy_arp)',
    pingOut: 'VM 100에서 인터넷 호스트로 ping',
    ssh: '인터넷 호스트에서 VM 100의 SSH(TCP 22) 접속',
    rejected: /업체 포트는 등록된 MAC A0:36:9F:12:34:56만 받습니다/,
    natPing: 'VM 100에서 인터넷 호스트로 ping',
    sshIn: '인터넷 호스트에서 198.51.100.5:2222로 접속',
    forward: '포트 포워딩 2222 → VM 100:22 추가',
    masq: /출발지 10\.10\.10\.100이 vmbr0의 주소 198\.51\.100\.5로 바뀝니다/,
    ctCaption: 'pve의 conntrack 항목',
    after: '변환 후',
    both: '두 구성의 게스트가 인터넷 호스트로 ping',
    bothIn: '인터넷 호스트가 두 구성의 게스트에 SSH 접속',
    differs: '다름',
    fdbCaption: 'vmbr0의 MAC 테이블(FDB)',
    otherLang: 'en',
  },
} as const;

const RAW_CODE = /\b(fdb|arp|route|nat|ct|icmp|tcp|udp|link|bond|lacp|stp|neigh|provider)\.[a-z_]+\b/;

test.use({ reducedMotion: 'reduce' });

const narration = (lab: Locator) => lab.locator('.nm-narration').first();

/** Walks every step with ArrowRight from the start, collecting the narration. */
async function walk(lab: Locator): Promise<string[]> {
  await press(lab, 'Home');
  const count = Number((await lab.locator('.nm-step-count').first().textContent())!.match(/(\d+)/g)!.map(Number).sort((a, b) => b - a)[0]);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    texts.push((await narration(lab).textContent()) ?? '');
    await lab.press('ArrowRight');
  }
  return texts;
}

for (const lang of ['en', 'ko'] as const) {
  const t = T[lang];

  test(`bridge lab by keyboard (${lang})`, async ({ page }) => {
    const lab = await openLab(page, `/${lang}/labs/bridge/`);
    await press(lab.getByRole('button', { name: t.pingLan }), 'Enter', 'Home');
    // Step 1 names what the reader did; the kernel's first event follows.
    await expect(lab.locator('.nm-step-count')).toHaveText(t.stepOf);
    await expect(narration(lab)).toContainText(t.you);
    await lab.press('ArrowRight');
    await expect(narration(lab)).toContainText(t.firstStep);
    const steps = await walk(lab);
    expect(steps.join('\n')).toMatch(t.learned);
    for (const s of steps) expect(s).not.toMatch(RAW_CODE);
    await press(lab, 'End');
    await expect(lab.locator('.nm-results')).toContainText(t.oneReply);
    const fdb = lab.getByRole('table', { name: t.fdbCaption });
    await expect(fdb.getByRole('row', { name: /BC:24:11:3A:5C:01/ })).toContainText('tap100i0');
    await expect(lab.locator('[data-goal="reach"]')).toHaveAttribute('data-done', 'true');

    // Ageing: wait five minutes, the entry is forgotten and the table is empty again.
    await press(lab.getByRole('button', { name: t.wait }), 'Enter', 'End');
    expect((await walk(lab)).join('\n')).toMatch(t.forgot);
    await press(lab, 'End');
    await expect(fdb.locator('tbody tr')).toHaveCount(1);

    // Unplug the uplink by keyboard: the ping to the laptop fails; plug it back.
    await press(lab.getByRole('button', { name: t.unplug }), 'Enter');
    await press(lab, 'End');
    await press(lab, 'Home');
    await press(lab.getByRole('button', { name: t.pingLan }), 'Enter', 'End');
    await expect(lab.locator('.nm-results li').last()).toContainText(t.noReply);
    expect((await walk(lab)).join('\n')).toMatch(t.down);
    await press(lab.getByRole('button', { name: t.plug }), 'Enter');
    await expect(lab.getByRole('button', { name: t.unplug })).toHaveCount(1);
    await expect(lab.getByRole('button', { name: t.plug })).toHaveCount(0);
  });

  test(`bridge lab state survives a language switch (${lang})`, async ({ page }) => {
    const lab = await openLab(page, `/${lang}/labs/bridge/`);
    await press(lab.getByRole('button', { name: t.pingLan }), 'Enter', 'Home', 'ArrowRight', 'ArrowRight');
    await expect(page).toHaveURL(/bridge\.a=ping-lan/);
    await expect(page).toHaveURL(/step=2/);
    const other = T[t.otherLang];
    const link = page.locator(`a[hreflang="${t.otherLang}"]`).first();
    await expect(link).toHaveAttribute('href', /bridge\.a=ping-lan/);
    await page.goto((await link.getAttribute('href'))!);
    const lab2 = page.locator('.nm-lab').first();
    await lab2.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await expect(lab2.locator('.nm-step-count')).toHaveText(lang === 'en' ? /\d+단계 중 3단계/ : /Step 3 of \d+/);
    await press(lab2, 'Home', 'ArrowRight');
    await expect(narration(lab2)).toContainText(other.firstStep);

    // And back with Starlight's language menu: the query (the lab's state) comes along.
    await page.locator('starlight-lang-select select').first().selectOption({ index: lang === 'en' ? 0 : 1 });
    await expect(page).toHaveURL(new RegExp(`/${lang}/labs/bridge/\\?.*bridge\\.a=ping-lan`));
  });

  test(`playback speed stays in the URL across a reload and a language switch; the default leaves none (${lang})`, async ({ page }) => {
    const lab = await openLab(page, `/${lang}/labs/bridge/`);
    const speed = lab.locator('.nm-speed select');
    await speed.focus();
    await page.keyboard.press('ArrowDown'); // normal -> fast
    await expect(speed).toHaveValue('fast');
    await expect(page).toHaveURL(/bridge\.speed=fast/);
    await press(lab.getByRole('button', { name: t.pingLan }), 'Enter');
    await expect(page).toHaveURL(/bridge\.a=ping-lan/);
    await expect(page).toHaveURL(/bridge\.speed=fast/);

    // A reload: the same address, opened afresh.
    const here = new URL(page.url());
    const again = await openLab(page, here.pathname + here.search);
    await expect(again.locator('.nm-speed select')).toHaveValue('fast');

    await page.locator('starlight-lang-select select').first().selectOption({ index: lang === 'en' ? 1 : 0 });
    await expect(page).toHaveURL(new RegExp(`/${t.otherLang}/labs/bridge/\\?.*bridge\\.speed=fast`));
    const other = page.locator('.nm-lab').first();
    await other.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await expect(other.locator('.nm-speed select')).toHaveValue('fast');
    await other.locator('.nm-speed select').selectOption('normal');
    await expect(page).not.toHaveURL(/speed=/);
    await expect(page).toHaveURL(/bridge\.a=ping-lan/);
  });

  test(`routed lab by keyboard: bridged is dropped, routed works (${lang})`, async ({ page }) => {
    const lab = await openLab(page, `/${lang}/labs/routed/`);
    await expect(lab.getByRole('radio', { name: t.bridged })).toBeChecked();
    await press(lab.getByRole('button', { name: t.pingOut }), 'Enter');
    expect((await walk(lab)).join('\n')).toMatch(t.rejected);
    await press(lab, 'End');
    await expect(lab.locator('[data-goal="rejected"]')).toHaveAttribute('data-done', 'true');

    await press(lab.getByRole('radio', { name: t.bridged }), 'ArrowRight');
    await expect(lab.getByRole('radio', { name: t.routed })).toBeChecked();
    await press(lab.getByRole('button', { name: t.ssh }), 'Enter', 'End');
    await expect(lab.locator('[data-goal="ssh"]')).toHaveAttribute('data-done', 'true');
    await expect(lab.locator('[data-goal="out"]')).toHaveAttribute('data-done', 'true');
    const steps = await walk(lab);
    for (const s of steps) expect(s).not.toMatch(RAW_CODE);
  });

  test(`NAT lab by keyboard: masquerade, blocked inbound, port forward (${lang})`, async ({ page }) => {
    const lab = await openLab(page, `/${lang}/labs/nat/`);
    await press(lab.getByRole('button', { name: t.natPing }), 'Enter', 'End');
    await expect(lab.getByRole('table', { name: t.ctCaption }).locator('tbody')).toContainText('icmp 10.10.10.100');
    // Find the masquerade step: the inspector shows the header before and after the rewrite.
    await press(lab, 'Home');
    for (let i = 0; i < 40 && !t.masq.test((await narration(lab).textContent()) ?? ''); i++) await lab.press('ArrowRight');
    await expect(narration(lab)).toContainText(t.masq);
    await expect(lab.getByRole('table', { name: t.after })).toContainText('198.51.100.5');

    await press(lab.getByRole('button', { name: t.sshIn }), 'Enter', 'End');
    await expect(lab.locator('[data-goal="blocked"]')).toHaveAttribute('data-done', 'true');
    await expect(lab.locator('[data-goal="ssh"]')).toHaveAttribute('data-done', 'false');
    await press(lab.getByRole('button', { name: t.forward }), 'Enter');
    await expect(lab.getByRole('button', { name: t.forward })).toBeDisabled();
    await press(lab.getByRole('button', { name: t.sshIn }), 'Enter', 'End');
    await expect(lab.locator('[data-goal="ssh"]')).toHaveAttribute('data-done', 'true');
  });

  test(`routed vs NAT: the same requests on both, differences highlighted (${lang})`, async ({ page }) => {
    const lab = await openLab(page, `/${lang}/labs/routed-vs-nat/`);
    for (const id of ['demo-addressing', 'demo-setup', 'demo-inbound', 'demo-public-ips', 'demo-provider-view']) {
      await expect(page.locator(`#${id}`)).toHaveCount(1);
    }
    await press(lab.getByRole('button', { name: t.both }), 'Enter');
    await press(lab.getByRole('button', { name: t.bothIn }), 'Enter');
    for (const side of await lab.locator('.nm-rvn-side').all()) await press(side, 'End');
    await expect(page.locator('#demo-inbound')).toHaveAttribute('data-differs', 'true');
    await expect(page.locator('#demo-addressing')).toContainText('203.0.113.18');
    await expect(page.locator('#demo-addressing')).toContainText('10.10.10.100');
    await expect(page.locator('#demo-provider-view')).toContainText(t.differs);
    const natSide = lab.locator('[data-side="rvn-nat"]');
    expect((await walk(natSide)).join('\n')).not.toMatch(RAW_CODE);
  });
}

test('routed vs NAT on a phone: each comparison row is a card that fits, every cell names its side; on a wide screen a plain table', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const lab = await openLab(page, '/ko/labs/routed-vs-nat/');
  await press(lab.getByRole('button', { name: T.ko.both }), 'Enter');
  const table = page.locator('.nm-compare');
  await table.scrollIntoViewIfNeeded();
  const fit = await table.evaluate((t) => ({ table: t.scrollWidth, box: t.parentElement!.clientWidth, tab: t.parentElement!.getAttribute('tabindex') }));
  expect(fit.table).toBeLessThanOrEqual(fit.box);
  // Nothing to scroll, so the wrapper is no tab stop.
  expect(fit.tab).toBeNull();
  const addressing = page.locator('#demo-addressing');
  await expect(addressing.locator('td').nth(0).locator('.nm-compare__side')).toBeVisible();
  await expect(addressing.locator('td').nth(0)).toContainText('라우팅');
  await expect(addressing.locator('td').nth(1)).toContainText('NAT');
  await expect(addressing.locator('td').nth(1)).toContainText('10.10.10.100');
  // The column headers still name each cell for a screen reader; the visible labels are hidden from it.
  await expect(addressing.locator('.nm-compare__side').first()).toHaveAttribute('aria-hidden', 'true');

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(addressing.locator('.nm-compare__side').first()).toBeHidden();
  await expect(table.locator('thead')).toBeVisible();
});

test('narration that failed to load (reader briefly offline) arrives once the connection is back', async ({ page }) => {
  let refused = 0;
  await page.route(/\/_astro\/narration\.en\.[^/]+\.js$/, (route) => (refused++ === 0 ? route.abort('internetdisconnected') : route.continue()));
  const lab = await openLab(page, '/en/labs/bridge/');
  await press(lab.getByRole('button', { name: T.en.pingLan }), 'Enter', 'Home', 'ArrowRight');
  await expect(narration(lab)).toContainText(T.en.firstStep, { timeout: 15_000 });
  expect(refused).toBeGreaterThanOrEqual(2);
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/en/labs/bridge/', '/ko/labs/nat/', '/en/labs/routed/', '/ko/labs/routed-vs-nat/']) {
    test(`${path} lab in use has no axe violations (${theme})`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const lab = await openLab(page, path);
      const first = lab.locator('[data-action]').first();
      await press(first, 'Enter', 'ArrowRight', 'ArrowRight', 'ArrowRight');
      await animationsSettled(page);
      const results = await axe(page).include('.nm-lab').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
}
