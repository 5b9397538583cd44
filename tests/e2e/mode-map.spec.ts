/**
 * The mode map driven by keyboard alone in both languages: ping in each mode and read what the
 * outside network sees (values come from the kernel), step-wise reveal, narration, 360 px.
 */
import { test, expect, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { openLab, press } from './helpers.ts';

const T = {
  en: {
    ping: 'VM 100 pings the outside host',
    bridge: 'Bridge',
    routed: 'Routed',
    nat: 'NAT',
    pending: /Send the ping/,
    title: 'What the outside sees',
    guestMac: /VM 100's eth0/,
    hostMac: /pve's eno/,
  },
  ko: {
    ping: 'VM 100에서 외부 호스트로 ping',
    bridge: '브리지',
    routed: '라우팅',
    nat: 'NAT',
    pending: /ping을 보낸 뒤/,
    title: '바깥에서 보이는 것',
    guestMac: /VM 100의 eth0/,
    hostMac: /pve의 eno/,
  },
} as const;

const RAW_CODE = /\b(fdb|arp|route|nat|ct|icmp|tcp|udp|link|bond|lacp|stp|neigh|provider)\.[a-z_]+\b/;

test.use({ reducedMotion: 'reduce' });

const openMap = (page: Page, lang: string) => openLab(page, `/${lang}/labs/mode-map/`, '.nm-lab[data-lab="mode-map"]');

for (const lang of ['en', 'ko'] as const) {
  const t = T[lang];

  test(`mode map by keyboard: what the outside sees in each mode (${lang})`, async ({ page }) => {
    const lab = await openMap(page, lang);
    const outside = lab.locator('.nm-mm-outside');
    await expect(outside.getByRole('heading', { name: t.title })).toBeVisible();
    await expect(lab.getByRole('radio', { name: t.bridge, exact: true })).toBeChecked();
    await expect(outside).toContainText(t.pending);

    // Bridge: the frame leaves pve with the guest's own MAC and address.
    await press(lab.getByRole('button', { name: t.ping }), 'Enter', 'End');
    await expect(outside.getByTestId('outside-mac')).toHaveText('BC:24:11:3A:5C:01');
    await expect(outside.getByTestId('outside-ip')).toHaveText('192.168.10.100');
    await expect(outside).toContainText(t.guestMac);

    // Back at the start nothing has left the node yet; stepping forward reveals it hop by hop.
    await press(lab, 'Home');
    await expect(outside).toContainText(t.pending);
    const narr: string[] = [];
    for (let i = 0; i < 40 && (await outside.getByTestId('outside-mac').count()) === 0; i++) {
      narr.push((await lab.locator('.nm-narration').first().textContent()) ?? '');
      await lab.press('ArrowRight');
    }
    await expect(outside.getByTestId('outside-mac')).toHaveText('BC:24:11:3A:5C:01');
    expect(narr.length).toBeGreaterThan(1);
    for (const s of narr) expect(s).not.toMatch(RAW_CODE);

    // Routed: the host's MAC, the guest's public address.
    await press(lab.getByRole('radio', { name: t.bridge, exact: true }), 'ArrowRight');
    await expect(lab.getByRole('radio', { name: t.routed })).toBeChecked();
    await expect(outside.getByTestId('outside-mac')).toHaveText('A0:36:9F:12:34:56');
    await expect(outside.getByTestId('outside-ip')).toHaveText('203.0.113.18');
    await expect(outside).toContainText(t.hostMac);

    // NAT: the host's MAC and the host's address.
    await press(lab.getByRole('radio', { name: t.routed }), 'ArrowRight');
    await expect(lab.getByRole('radio', { name: t.nat, exact: true })).toBeChecked();
    await expect(outside.getByTestId('outside-mac')).toHaveText('A0:36:9F:12:34:57');
    await expect(outside.getByTestId('outside-ip')).toHaveText('198.51.100.5');
    await expect(page).toHaveURL(/mode-map\.v=nat/);
  });

  // One language per theme keeps the suite short while both themes get an axe pass.
  const theme = lang === 'en' ? 'light' : 'dark';
  test(`mode map fits 360 px and passes axe, ${theme} theme (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const lab = await openMap(page, lang);
    await press(lab.getByRole('button', { name: t.ping }), 'Enter', 'End');
    await expect(lab.locator('.nm-mm-outside').getByTestId('outside-ip')).toHaveText('192.168.10.100');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await axe(page).include('.nm-lab[data-lab="mode-map"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
