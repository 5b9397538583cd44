/**
 * The playground runs any real interfaces file (issue 17): the Proxmox wiki's NAT example end to end
 * in both languages (a VM attached to the file's vmbr0, each suggested probe giving a result and a
 * trace), and the Run diagram readable in both themes at phone and desktop widths: axe with the
 * diagram drawn, and every label of the SVG measured against the box it sits on.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { PVE_DOCS_NAT } from '../../src/config/reference-configs.ts';
import { collectErrors } from './helpers.ts';

const T = {
  en: { editor: 'Contents of /etc/network/interfaces', run: 'Run', vm: 'VM 100 plugs into', pingOk: 'All 3 of 3 replies came back.', unreachable: 'Destination unreachable', steps: /What the kernel did \((\d+) steps\)/ },
  ko: { editor: '/etc/network/interfaces 내용', run: '실행', vm: 'VM 100 연결 브리지', pingOk: '보낸 3개에 대한 응답이 모두 돌아왔습니다.', unreachable: '목적지', steps: /\((\d+)단계\)|(\d+)/ },
} as const;

async function runFile(page: Page, lang: 'en' | 'ko', text: string): Promise<Locator> {
  await page.goto(`/${lang}/labs/playground/`);
  const island = page.locator('astro-island:has([data-widget="config-playground"])').first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  const widget = page.locator('[data-widget="config-playground"]').first();
  await widget.getByRole('textbox', { name: T[lang].editor }).fill(text);
  await widget.getByRole('button', { name: T[lang].run, exact: true }).click();
  await expect(widget.locator('.nm-topo svg')).toBeVisible();
  return widget;
}

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: the wiki's NAT example runs end to end — VM 100 on vmbr0, every suggestion gives a result and a trace`, async ({ page }) => {
    const errors = collectErrors(page);
    const widget = await runFile(page, lang, PVE_DOCS_NAT);
    await expect(widget.getByRole('combobox', { name: T[lang].vm })).toHaveValue('vmbr0');
    await expect(widget.locator('.nm-topo svg')).toContainText('VM 100');
    const chips = widget.locator('.nmp-run__chip');
    const n = await chips.count();
    expect(n).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < n; i++) {
      await chips.nth(i).click();
      const latest = widget.locator('.nmp-run__results > li').first();
      await expect(latest.locator('.nmp-run__title')).toContainText((await chips.nth(i).textContent())!.split('→')[1]!.trim());
      const summary = await latest.locator('summary').textContent();
      expect(Number(/\d+/.exec(summary ?? '')?.[0]), summary ?? '').toBeGreaterThan(0);
    }
    await expect(widget.locator('.nmp-run__results > li')).toHaveCount(n);
    // The first suggestion: the VM behind NAT reaches the Internet.
    await expect(widget.locator('.nmp-run__results > li').last().locator('.nmp-run__outcome')).toContainText(T[lang].pingOk);
    expect(errors).toEqual([]);
  });
}

/** WCAG contrast of two CSS colours (rgb()/rgba() as computed). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`Run diagram is readable (${theme}, ${width} px): axe passes and every label stands out from its box`, async ({ page }) => {
      // axe over the whole Run panel takes a while on a loaded machine.
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const widget = await runFile(page, width === 360 ? 'ko' : 'en', PVE_DOCS_NAT);
      await widget.locator('.nmp-run__chip').first().click();
      await expect(widget.locator('.nmp-run__results > li')).toHaveCount(1);
      const svg = widget.locator('.nm-topo svg');
      if (process.env.SHOTS) await widget.locator('.nmp-run').screenshot({ path: `${process.env.SHOTS}/run-${theme}-${width}.png` });
      const results = await axe(page).include('.nmp-run').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      // SVG text is outside axe's contrast rule: measure each label against the box under it.
      const pairs = await svg.evaluate((el) => {
        const hostRects = [...el.querySelectorAll('.nm-hostbox:not(.nm-hostbox-label) > rect')];
        const labelGroups = [...el.querySelectorAll('.nm-hostbox-label')];
        // A host's label is drawn in its own group above the links; its box is the host's rect.
        const boxOf = (t: Element) => {
          const g = t.closest('.nm-hostbox-label');
          return g ? hostRects[labelGroups.indexOf(g)]! : t.closest('.nm-node')!.querySelector(':scope > rect')!;
        };
        return [...el.querySelectorAll('.nm-hostbox-label text, .nm-node text')].map((t) => {
          const rect = boxOf(t);
          const box = t.getBoundingClientRect();
          const host = rect.getBoundingClientRect();
          return { text: t.textContent ?? '', fg: getComputedStyle(t).fill, bg: getComputedStyle(rect).fill, inside: box.left >= host.left - 1 && box.right <= host.right + 1 && box.width > 0 };
        });
      });
      expect(pairs.length).toBeGreaterThan(4);
      for (const p of pairs) {
        expect(contrast(p.fg, p.bg), `${p.text}: ${p.fg} on ${p.bg}`).toBeGreaterThanOrEqual(4.5);
        expect(p.inside, `${p.text} fits its box`).toBe(true);
      }
    });
  }
}
