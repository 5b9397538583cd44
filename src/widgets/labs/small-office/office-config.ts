/**
 * The configuration the office picture stands for, and which of its lines each part of the picture
 * maps to. Built as text so the panel shows exactly what one would write on the server.
 */
export interface OfficeConfig {
  text: string;
  /** For each row of the picture-to-config table (same order as the strings' `map`), the lines. */
  rows: string[][];
}

export function officeConfig(lacp: boolean, miimonMs = 100): OfficeConfig {
  const modeLines = lacp ? ['bond-mode 802.3ad', 'bond-xmit-hash-policy layer2+3'] : ['bond-mode active-backup', 'bond-primary eno1'];
  const text = [
    'auto lo',
    'iface lo inet loopback',
    '',
    'iface eno1 inet manual',
    '',
    'iface eno2 inet manual',
    '',
    'auto bond0',
    'iface bond0 inet manual',
    '        bond-slaves eno1 eno2',
    `        bond-miimon ${miimonMs}`,
    ...modeLines.map((l) => `        ${l}`),
    '',
    'auto vmbr0',
    'iface vmbr0 inet static',
    '        address 192.168.10.2/24',
    '        gateway 192.168.10.1',
    '        bridge-ports bond0',
    '        bridge-stp off',
    '        bridge-fd 0',
    '',
  ].join('\n');
  return {
    text,
    rows: [
      ['iface eno1 inet manual', 'iface eno2 inet manual'],
      ['auto bond0', 'iface bond0 inet manual', 'bond-slaves eno1 eno2'],
      modeLines,
      [`bond-miimon ${miimonMs}`],
      ['iface vmbr0 inet static', 'address 192.168.10.2/24', 'bridge-ports bond0'],
    ],
  };
}
