/**
 * Writes an InterfacesDocument back as text in the layout Proxmox uses (options indented by eight
 * spaces), keeping every comment, blank line and item in order. For any document the parser can
 * produce, parse(serialize(doc)) equals doc (positions aside).
 */
import type { BodyItem, InterfacesDocument, TopItem } from './model.ts';

const INDENT = '        ';

function bodyLine(item: BodyItem): string {
  switch (item.kind) {
    case 'blank':
      return '';
    case 'comment':
      return `${INDENT}#${item.text}`;
    case 'option':
      return item.value === '' ? `${INDENT}${item.name}` : `${INDENT}${item.name} ${item.value}`;
  }
}

function topLines(item: TopItem): string[] {
  switch (item.kind) {
    case 'blank':
      return [''];
    case 'comment':
      return [`#${item.text}`];
    case 'invalid':
      return [item.text];
    case 'auto':
      return [[item.keyword, ...item.names].join(' ')];
    case 'source':
      return [item.path === '' ? item.keyword : `${item.keyword} ${item.path}`];
    case 'mapping':
      return [['mapping', ...item.names].join(' '), ...item.body.map(bodyLine)];
    case 'iface': {
      const head = ['iface', item.name, item.family, item.method, ...item.extra].filter((w) => w !== '').join(' ');
      return [head, ...item.body.map(bodyLine)];
    }
  }
}

export function serializeInterfaces(doc: InterfacesDocument): string {
  const lines = doc.items.flatMap(topLines);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
