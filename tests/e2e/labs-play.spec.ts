/**
 * The playground, mode chooser, bond lab and small-office lab (with their goals) driven by keyboard alone, in both
 * languages: what a reader does, and what the kernel-backed widgets must show in return.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { axe } from './axe.ts';
import { collectErrors } from './helpers.ts';

const T = {
  en: {
    editor: 'Contents of /etc/network/interfaces',
    share: 'Share',
    copied: 'Link copied to the clipboard.',
    restored: 'Configuration restored from the shared link.',
    goTo: /^Go to line 12, column 19: error: .*802\.3as/,
    run: 'Run',
    send: 'Send',
    pingOk: 'All 3 of 3 replies came back.',
    unplugEno1: 'Unplug the eno1 cable',
    lost: /\d+ of 100 pings lost\./,
    failover: /eno2 is now the active link/,
    unplugA: 'Unplug cable A',
    keepsWorking: /The server keeps working over cable B/,
    goals: 'Goals',
    oneGoal: (n: number) => `1 of ${n} goals reached`,
    where: 'Where does the Proxmox node run?',
    recommended: 'Recommended: Bridge',
    reset: 'Reset lab',
    resetDone: 'The lab is back at its start: active-backup, both cables plugged in, no flows sent yet.',
    noGoal: (n: number) => `0 of ${n} goals reached`,
  },
  ko: {
    editor: '/etc/network/interfaces 내용',
    share: '공유',
    copied: '링크를 클립보드에 복사했습니다.',
    restored: '공유 링크의 설정을 불러왔습니다.',
    goTo: /^12번째 줄 19번째 칸으로 이동: 오류: .*802\.3as/,
    run: '실행',
    send: '보내기',
    pingOk: '보낸 3개에 대한 응답이 모두 돌아왔습니다.',
    unplugEno1: 'eno1 케이블 뽑기',
    lost: /ping 100개 중 \d+개를 잃었습니다\./,
    failover: /eno2/,
    unplugA: '케이블 A 뽑기',
    keepsWorking: /서버는 케이블 B로 계속 일합니다/,
    goals: '목표',
    oneGoal: (n: number) => `목표 ${n}개 중 1개 달성`,
    where: 'Proxmox 노드는 어디에 있나요?',
    recommended: '추천 방식: 브리지',
    reset: '실습 초기화',
    resetDone: '실습을 처음 상태로 되돌렸습니다. active-backup 모드에 케이블 두 개가 모두 꽂혀 있고, 아직 흐름을 보내지 않았습니다.',
    noGoal: (n: number) => `목표 ${n}개 중 0개 달성`,
  },
} as const;

/** Islands hydrate when they scroll into view; keys pressed before that would go nowhere. */
async function hydrated(page: Page, widget: string) {
  const island = page.locator(`astro-island:has([data-widget="${widget}"])`).first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  return page.locator(`[data-widget="${widget}"]`).first();
}

/** The widget's own narration: the goals panel has a live progress line of its own. */
function narration(widget: Locator) {
  return widget.getByRole('status').and(widget.locator(':not(.nm-goals-progress)'));
}

for (const lang of ['en', 'ko'] as const) {
  const t = T[lang];

  test(`${lang}: playground by keyboard — typo diagnosed at its line, jump to it, run, share link restores the text`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = collectErrors(page);
    await page.goto(`/${lang}/labs/playground/`);
    const widget = await hydrated(page, 'config-playground');
    const editor = widget.getByRole('textbox', { name: t.editor });
    await expect(editor).toBeVisible();
    // Start from the bond preset with the keyboard.
    await widget.getByRole('combobox').focus();
    await page.keyboard.press('End');
    await expect(widget.getByRole('combobox')).toHaveValue('bond');
    // Tab from the preset picker into the editor (Reset, Share, then the editor).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(editor).toBeFocused();
    // Select "802.3ad" on line 12 and retype it wrong.
    const text = await editor.inputValue();
    const at = text.indexOf('802.3ad');
    await editor.evaluate((el: HTMLTextAreaElement, [s, e]: number[]) => el.setSelectionRange(s ?? 0, e ?? 0), [at, at + 7]);
    await page.keyboard.type('802.3as');
    const diag = widget.getByRole('button', { name: t.goTo });
    await expect(diag).toBeVisible();
    // Escape releases Tab; Tab then reaches the diagnostic; Enter puts the caret on the typo.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(diag).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(editor).toBeFocused();
    expect(await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe('802.3as');

    // Share: the link carries the exact text, and opening it restores it.
    await widget.getByRole('button', { name: t.share }).focus();
    await page.keyboard.press('Enter');
    await expect(widget.getByRole('status').first()).toHaveText(t.copied);
    const url = page.url();
    expect(url).toContain('#play=bond.');
    const edited = await editor.inputValue();
    const other = await context.newPage();
    await other.goto(url);
    const restored = await hydrated(other, 'config-playground');
    await expect(restored.getByRole('textbox', { name: t.editor })).toHaveValue(edited);
    await expect(restored.getByRole('status').first()).toHaveText(t.restored);
    await other.close();

    // Fix it back and run: the LAN laptop pings the bridged guest across the bond.
    await editor.focus();
    await editor.evaluate((el: HTMLTextAreaElement, [s, e]: number[]) => el.setSelectionRange(s ?? 0, e ?? 0), [at, at + 7]);
    await page.keyboard.type('802.3ad');
    await expect(widget.getByRole('button', { name: t.goTo })).toHaveCount(0);
    await widget.getByRole('button', { name: t.run, exact: true }).focus();
    await page.keyboard.press('Enter');
    const send = widget.getByRole('button', { name: t.send, exact: true });
    await expect(send).toBeVisible();
    await send.focus();
    await page.keyboard.press('Enter');
    await expect(widget.locator('.nmp-run__outcome').first()).toContainText(t.pingOk);
    expect(errors).toEqual([]);
  });

  test(`${lang}: mode chooser by keyboard gives a recommendation`, async ({ page }) => {
    await page.goto(`/${lang}/labs/playground/`);
    const chooser = await hydrated(page, 'mode-chooser');
    const first = chooser.getByRole('group', { name: t.where }).getByRole('radio').first();
    await first.focus();
    await page.keyboard.press('Space'); // home lab
    // Each following group: Tab into it, Space picks its first option.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    await expect(chooser.getByRole('status')).toHaveText(t.recommended);
    await expect(chooser.getByRole('link').first()).toHaveAttribute('href', `/${lang}/lessons/bridge/`);
  });

  test(`${lang}: mode chooser on a phone — every question sits inside its box, none is drawn through by the border`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${lang}/labs/playground/`);
    const chooser = await hydrated(page, 'mode-chooser');
    const boxes = await chooser.locator('fieldset').evaluateAll((sets) =>
      sets.map((f) => {
        const legend = f.querySelector('legend')!.getBoundingClientRect();
        return { text: f.querySelector('legend')!.textContent, legendTop: legend.top, boxTop: f.getBoundingClientRect().top + parseFloat(getComputedStyle(f).borderTopWidth) };
      }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    for (const b of boxes) expect(b.legendTop, b.text ?? '').toBeGreaterThanOrEqual(b.boxTop);
  });

  test(`${lang}: bond lab by keyboard — flows spread, pulling the active cable is narrated as a failover and reaches its goal`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`/${lang}/labs/bond/`);
    const lab = await hydrated(page, 'bond-lab');
    const goals = lab.getByRole('group', { name: t.goals });
    await expect(goals.locator('[data-goal="failover"]')).toHaveAttribute('data-done', 'false');
    const send = lab.getByRole('button', { name: /200/ });
    await send.focus();
    await page.keyboard.press('Enter');
    await expect(lab.getByRole('table')).toBeVisible();
    // active-backup sends everything on one link: no goal for that.
    await expect(goals.locator('[data-done="true"]')).toHaveCount(0);
    await lab.getByRole('button', { name: t.unplugEno1 }).focus();
    await page.keyboard.press('Enter');
    await expect(narration(lab)).toHaveText(t.lost);
    await expect(lab.locator('.nmp-story__events')).toContainText(t.failover);
    await expect(goals.locator('[data-goal="failover"]')).toHaveAttribute('data-done', 'true');
    await expect(goals.getByRole('status')).toHaveText(t.oneGoal(4));
    const results = await axe(page).include('[data-widget="bond-lab"]').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`${lang}: bond lab reset by keyboard — same label as the other labs, announced, back to the start and out of the URL`, async ({ page }) => {
    await page.goto(`/${lang}/labs/bond/?bond.mode=802.3ad&bond.switch=learning&bond.miimon=500`);
    const lab = await hydrated(page, 'bond-lab');
    const reset = lab.getByRole('button', { name: t.reset, exact: true });
    await expect(reset).toBeEnabled();
    await lab.getByRole('button', { name: t.unplugEno1 }).focus();
    await page.keyboard.press('Enter');
    await expect(lab.locator('[data-goal]').first()).toBeVisible();
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(narration(lab)).toHaveText(t.resetDone);
    await expect(lab.getByRole('combobox').first()).toHaveValue('active-backup');
    await expect(lab.getByRole('button', { name: t.unplugEno1 })).toBeVisible();
    await expect(lab.getByRole('group', { name: t.goals }).getByRole('status')).toHaveText(t.noGoal(4));
    await expect(reset).toBeDisabled();
    await expect(page).not.toHaveURL(/bond\./);
    // Space works too, once there is something to undo again.
    await lab.getByRole('button', { name: /200/ }).focus();
    await page.keyboard.press('Enter');
    await expect(lab.getByRole('table')).toBeVisible();
    await reset.focus();
    await page.keyboard.press('Space');
    await expect(lab.getByRole('table')).toHaveCount(0);
  });

  test(`${lang}: bond lab on a phone — the per-port table fits without sideways scrolling, the set-up fields line up`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/${lang}/labs/bond/`);
    const lab = await hydrated(page, 'bond-lab');
    await lab.getByRole('button', { name: /200/ }).click();
    // The longest state word ("unplugged") is the one that used to be cut off.
    await lab.getByRole('button', { name: t.unplugEno1 }).click();
    const table = lab.getByRole('table');
    await expect(table).toBeVisible();
    const fit = await table.evaluate((el) => ({ table: el.scrollWidth, box: el.parentElement!.clientWidth }));
    expect(fit.table).toBeLessThanOrEqual(fit.box);
    // Fields that share a line start at the same height (the policy note hangs below its select).
    const boxes = await lab.locator('.nmp-bond__controls > .nmp-field').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (const a of boxes) for (const b of boxes) if (a !== b && a.top < b.bottom && b.top < a.bottom) expect(Math.round(a.top)).toBe(Math.round(b.top));
  });

  test(`${lang}: small office by keyboard — service survives an unplugged cable`, async ({ page }) => {
    await page.goto(`/${lang}/labs/small-office/`);
    const office = await hydrated(page, 'small-office');
    await office.getByRole('button', { name: t.unplugA }).focus();
    await page.keyboard.press('Enter');
    await expect(narration(office)).toContainText(t.keepsWorking);
    const goals = office.getByRole('group', { name: t.goals });
    await expect(goals.locator('[data-goal="failover"]')).toHaveAttribute('data-done', 'true');
    await expect(goals.getByRole('status')).toHaveText(t.oneGoal(3));
    const results = await axe(page).include('[data-widget="small-office"]').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('small office reset by keyboard: announced, cables back, the goal kept as met earlier', async ({ page }) => {
  await page.goto('/ko/labs/small-office/');
  const office = await hydrated(page, 'small-office');
  await office.getByRole('button', { name: T.ko.unplugA }).focus();
  await page.keyboard.press('Enter');
  await expect(office.locator('[data-goal="failover"]')).toHaveAttribute('data-done', 'true');
  await office.getByRole('button', { name: T.ko.reset, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(narration(office)).toHaveText('사무실을 처음 상태로 되돌렸습니다. 케이블 두 개가 모두 꽂혀 있고 LACP는 꺼져 있습니다.');
  await expect(office.getByRole('button', { name: T.ko.unplugA })).toBeVisible();
  // The run is undone, the progress is not: the goal stays met, marked as met earlier.
  await expect(office.locator('[data-goal="failover"]')).toHaveAttribute('data-earlier', 'true');
  await expect(page).not.toHaveURL(/office\./);
});

test('a reached bond-lab goal survives a language switch: the run behind it is made again on the kernel', async ({ page }) => {
  await page.goto('/en/labs/bond/');
  const lab = await hydrated(page, 'bond-lab');
  await lab.getByRole('button', { name: T.en.unplugEno1 }).focus();
  await page.keyboard.press('Enter');
  await expect(lab.locator('[data-goal="failover"]')).toHaveAttribute('data-done', 'true');
  await expect(page).toHaveURL(/bond\.log=c/);
  await page.getByRole('combobox', { name: 'Select language' }).selectOption({ label: '한국어' });
  await expect(page).toHaveURL(/\/ko\/labs\/bond\/\?.*bond\.log=c/);
  const ko = await hydrated(page, 'bond-lab');
  await expect(ko.getByRole('group', { name: T.ko.goals }).locator('[data-goal="failover"]')).toHaveAttribute('data-done', 'true');
});

test('the playground keeps an edited config across a language switch', async ({ page }) => {
  await page.goto('/en/labs/playground/');
  const widget = await hydrated(page, 'config-playground');
  const editor = widget.getByRole('textbox', { name: T.en.editor });
  await editor.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('# rack 3, left server\n');
  const edited = await editor.inputValue();
  await expect(page).toHaveURL(/#play=bridge\./);
  await page.getByRole('combobox', { name: 'Select language' }).selectOption({ label: '한국어' });
  await expect(page).toHaveURL(/\/ko\/labs\/playground\/#play=bridge\./);
  const ko = await hydrated(page, 'config-playground');
  await expect(ko.getByRole('textbox', { name: T.ko.editor })).toHaveValue(edited);
  // On a phone the header offers a plain language link instead of the picker.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.locator('a[hreflang="en"]:visible').first().click();
  await expect(page).toHaveURL(/\/en\/labs\/playground\/#play=bridge\./);
  const en = await hydrated(page, 'config-playground');
  await expect(en.getByRole('textbox', { name: T.en.editor })).toHaveValue(edited);
});
