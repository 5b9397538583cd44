// Claims the course used to make and that are wrong (or no longer what Proxmox says). Each one was
// corrected in every place a reader sees it; this test keeps them from coming back, in either locale.
// The sources are named next to the corrected text (MDX/YAML comments) and below.
import { describe, expect, it } from 'vitest';
import { readerLines, where } from './reader-text.ts';
import { LOCALES, interfacesBlocks, lessonPath, readText } from './lessons-source.ts';
import { checkInterfaces } from '../../src/config/index.ts';

interface Withdrawn {
  claim: string;
  source: string;
  patterns: RegExp[];
}

const WITHDRAWN: Withdrawn[] = [
  {
    claim: 'the old cluster advice: "use active-backup for corosync on a bond, other modes are not supported"',
    source: 'pve-docs pvecm.adoc "Corosync Over Bonds" (section added in pve-docs 0db8bc3, 2025; today: dedicated NIC for link 0, bonds only as extra links, lacp-rate fast)',
    patterns: [
      /other modes are not supported/i,
      /only active-backup is supported/i,
      /(documentation|docs|Proxmox) (says|recommends) (to use )?active-backup/i,
      /must (run on|share) a bond, (use|that bond should be) active-backup/i,
      /mode Proxmox recommends if a cluster/i,
      /active-backup만 지원/,
      /다른 모드는 지원하지 않/,
      /active-backup을\s*쓰라는 것이 Proxmox/,
      /본드에 둘 수밖에 없다면 active-backup/,
      /그 본드는 active-backup이어야/,
      /Proxmox가 권하는 모드/,
      /bond the cluster link, use active-backup/i,
      /본딩해야 한다면 active-backup/,
    ],
  },
  {
    claim: 'a gratuitous ARP on failover that tells the switch where the bridged host (vmbr0) now is',
    source: 'linux Documentation/networking/bonding.rst "mode" active-backup and "num_grat_arp": only for the bond and VLAN devices above it',
    patterns: [
      /sends? a gratuitous ARP (so|through|to)/i,
      /gratuitous ARP so (that )?(the )?switch/i,
      /switch learns (the new port|it|that) at once/i,
      /gratuitous ARP를 보내(서|,)?\s*(스위치|서버)/,
      /스위치가 (새 포트를|MAC의 새 위치를) (바로|곧바로)/,
      /스위치가 곧바로 배우게/,
    ],
  },
  {
    claim: 'the checker warns about an 802.3ad bond without bond-miimon (it notes that the kernel monitors at 100 ms)',
    source: 'linux drivers/net/bonding/bond_options.c bond_option_mode_set; src/config/messages.ts cfg.lacp_miimon_by_kernel (info)',
    patterns: [
      /checker warns about an 802\.3ad bond without/i,
      /remove `?bond-miimon`? and read the warning/i,
      /miimon 없는 802\.3ad 본드에 경고/,
      /`bond-miimon`을 지우면 경고가 나옵니다/,
    ],
  },
  {
    claim: '"bond-lacp-rate fast" sets how often the host itself sends LACPDUs',
    source: 'linux Documentation/networking/bonding.rst "lacp_rate": a request to the link partner',
    patterns: [/\(every 30 seconds by default, every second with `bond-lacp-rate fast`\)/, /기본은 30초마다, `bond-lacp-rate fast`면 1초마다/],
  },
  {
    claim: 'an unsolicited connection never reaches a guest behind NAT (NAT is no filter)',
    source: 'pve-docs pve-network.adoc "Masquerading (NAT) with iptables" adds no FORWARD filter; Linux forwards what ip_forward and FORWARD allow',
    patterns: [/It never reaches a guest\./, /게스트에게는 절대 닿지 않습니다/, /Explain why an unsolicited connection from outside never reaches a guest/],
  },
];

const lines = readerLines();

describe('withdrawn claims stay withdrawn', () => {
  it('scans the reader-facing text (the scan itself works)', () => {
    expect(lines.length).toBeGreaterThan(5000);
    expect(WITHDRAWN[0]!.patterns.some((p) => p.test('the Proxmox documentation says to use active-backup there'))).toBe(true);
  });

  it.each(WITHDRAWN)('$claim', ({ patterns, source }) => {
    const hits = lines.filter((l) => patterns.some((p) => p.test(l.text))).map((l) => `${where(l)}: ${l.text.trim()}`);
    expect(hits, `see ${source}`).toEqual([]);
  });
});

// bonding.rst section 5 "Switch Configuration": balance-rr, balance-xor and broadcast need the switch
// ports grouped; active-backup, balance-tlb and balance-alb need nothing; 802.3ad needs LACP.
const SWITCH_NEEDS: Record<string, 'group' | 'nothing' | 'lacp'> = {
  'balance-rr': 'group',
  'active-backup': 'nothing',
  'balance-xor': 'group',
  broadcast: 'group',
  '802.3ad': 'lacp',
  'balance-tlb': 'nothing',
  'balance-alb': 'nothing',
};
const SAYS = {
  en: { group: 'Static link group', nothing: 'Nothing', lacp: 'LACP' },
  ko: { group: '정적 링크 그룹', nothing: '없음', lacp: 'LACP' },
} as const;

describe('the bond mode table says what each mode needs from the switch', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every mode's "switch needs" cell follows bonding.rst section 5`, () => {
      const rows = readText(lessonPath(locale, 'bond'))
        .split('\n')
        .filter((l) => /^\| [0-6] \| `/.test(l))
        .map((l) => l.split('|').map((c) => c.trim()));
      expect(rows).toHaveLength(7);
      for (const cells of rows) {
        const mode = cells[2]!.replace(/`/g, '');
        expect(cells[4], `${locale} ${mode}`).toBe(SAYS[locale][SWITCH_NEEDS[mode]!]);
      }
    });
  }
});

describe('the corrected cluster advice is taught', () => {
  it.each(LOCALES)('%s bond lesson: dedicated NIC for corosync link 0, bonds only as extra links, lacp-rate fast on both sides', (locale) => {
    const text = readText(lessonPath(locale, 'bond'));
    expect(text).toContain('pvecm.adoc "Corosync Over Bonds"');
    expect(text).toContain('`bond-lacp-rate fast`');
    expect(text).toMatch(locale === 'en' ? /at least one dedicated physical NIC/ : /전용 물리 랜카드를 적어도 한 장/);
    expect(text).toMatch(locale === 'en' ? /\*\*additional\*\* link/ : /\*\*추가\*\* 링크/);
  });
});

describe("the bond lesson's miimon exercise matches the checker", () => {
  // The lesson tells the reader: remove bond-miimon at 802.3ad and read a note; switch to
  // active-backup and the note becomes a warning. The lesson's own block is the starting point.
  const block = interfacesBlocks(readText(lessonPath('en', 'bond'))).find((b) => !b.mistake && !b.body.includes('eno3'))!;
  const withoutMiimon = block.body.replace(/^\s*bond-miimon 100\n/m, '');
  const codes = (text: string, severity: string) =>
    checkInterfaces(text).diagnostics.filter((d) => d.severity === severity).map((d) => d.code);

  it('the lesson block has bond-miimon and is 802.3ad', () => {
    expect(block.body).toMatch(/bond-miimon 100/);
    expect(block.body).toMatch(/bond-mode 802\.3ad/);
    expect(withoutMiimon).not.toMatch(/miimon/);
  });

  it('802.3ad without bond-miimon: a note, no warning (the kernel monitors at 100 ms)', () => {
    expect(codes(withoutMiimon, 'info')).toContain('cfg.lacp_miimon_by_kernel');
    expect(codes(withoutMiimon, 'warning')).toEqual([]);
  });

  it('active-backup without bond-miimon: a warning', () => {
    expect(codes(withoutMiimon.replace('bond-mode 802.3ad', 'bond-mode active-backup'), 'warning')).toContain('cfg.bond_without_link_monitoring');
  });
});
