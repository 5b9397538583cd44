/**
 * The labs do what their "Try it" text promises, followed as a learner would, by keyboard, in both
 * languages (issue 16: the routed lab's proxy_arp, the bond's one-destination hash policies, the
 * small office's LACP feedback).
 */
import { test, expect, type Locator } from '@playwright/test';
import { openLab, press } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const T = {
  en: { routed: 'Routed (ip_forward + proxy_arp)', pingIn: 'Internet host pings VM 100', proxyOff: 'Turn proxy_arp off on eno0', flush: 'Gateway forgets its ARP cache' },
  ko: { routed: '라우팅(ip_forward + proxy_arp)', pingIn: '인터넷 호스트에서 VM 100으로 ping', proxyOff: 'eno0의 proxy_arp 끄기', flush: '게이트웨이의 ARP 캐시 비우기' },
} as const;

/** Takes an action by keyboard and plays it to its end; returns the results list's last row. */
async function act(lab: Locator, name: string): Promise<Locator> {
  await press(lab.getByRole('button', { name, exact: true }), 'Enter');
  await press(lab, 'End');
  return lab.locator('.nm-results li').last();
}

for (const lang of ['en', 'ko'] as const) {
  const t = T[lang];
  test(`routed lab in the lesson's order: proxy_arp off changes nothing until the gateway forgets its cached entry (${lang})`, async ({ page }) => {
    const lab = await openLab(page, `/${lang}/labs/routed/`);
    await press(lab.getByRole('radio', { name: t.routed }), 'Space');
    await expect(lab.getByRole('radio', { name: t.routed })).toBeChecked();
    await expect(await act(lab, t.pingIn)).toHaveAttribute('data-outcome', 'ok');
    await act(lab, t.proxyOff);
    // Linux keeps using the MAC the gateway cached: still answered, and the goal is not met yet.
    await expect(await act(lab, t.pingIn)).toHaveAttribute('data-outcome', 'ok');
    await expect(lab.locator('[data-goal="proxy"]')).toHaveAttribute('data-done', 'false');
    await act(lab, t.flush);
    await expect(await act(lab, t.pingIn)).not.toHaveAttribute('data-outcome', 'ok');
    await expect(lab.locator('[data-goal="proxy"]')).toHaveAttribute('data-done', 'true');
    await expect(lab.locator('.nm-results li')).toHaveCount(3);
  });
}
