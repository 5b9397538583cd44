/**
 * A small TextMate grammar for /etc/network/interfaces (ifupdown2), written with patterns plain
 * JavaScript RegExp understands, so the highlighter needs no Oniguruma translation.
 * Scopes are chosen to land on the css-variables theme's token colours:
 * keyword (auto/iface/hooks), function (commands), parameter (option names, flags, family),
 * constant (addresses, numbers, on/off), string (interface names, quoted text), comment.
 */
const ADDRESS = String.raw`\b\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?\b`;
const MAC = String.raw`\b[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}\b`;

const values = [
  { name: 'constant.numeric.address.interfaces', match: ADDRESS },
  { name: 'constant.numeric.mac.interfaces', match: MAC },
  { name: 'constant.language.interfaces', match: String.raw`\b(?:on|off|yes|no|none|manual|static|dhcp|loopback)\b` },
  { name: 'constant.numeric.interfaces', match: String.raw`(?<![\w.-])\d+(?![\w.-])` },
];

const command = [
  { name: 'string.quoted.single.interfaces', match: "'[^']*'" },
  { name: 'string.quoted.double.interfaces', match: '"[^"]*"' },
  { name: 'entity.name.function.command.interfaces', match: String.raw`(?<=^|[\s;|&])(?:iptables|ip6tables|echo|sysctl|ip|bridge|ethtool)\b` },
  { name: 'variable.parameter.function.flag.interfaces', match: String.raw`(?<=\s)--?[A-Za-z][\w-]*` },
  { name: 'keyword.operator.redirect.interfaces', match: '>>?' },
  ...values,
];

export const interfacesGrammar = {
  name: 'interfaces',
  scopeName: 'source.interfaces',
  displayName: '/etc/network/interfaces',
  patterns: [
    { name: 'comment.line.number-sign.interfaces', match: String.raw`^\s*#.*$` },
    {
      match: String.raw`^\s*(iface)(?:\s+([^\s#]+))?(?:\s+(inet6?))?(?:\s+([^\s#]+))?`,
      captures: {
        1: { name: 'keyword.control.iface.interfaces' },
        2: { name: 'string.unquoted.interface-name.interfaces' },
        3: { name: 'variable.parameter.function.family.interfaces' },
        4: { name: 'constant.language.method.interfaces' },
      },
    },
    {
      match: String.raw`^\s*(auto|allow-[\w-]+|mapping)\b(.*)$`,
      captures: {
        1: { name: 'keyword.control.auto.interfaces' },
        2: { name: 'string.unquoted.interface-name.interfaces' },
      },
    },
    {
      match: String.raw`^\s*(source(?:-directory|-dir)?)\b(.*)$`,
      captures: {
        1: { name: 'keyword.control.source.interfaces' },
        2: { name: 'string.unquoted.path.interfaces' },
      },
    },
    {
      begin: String.raw`^\s*((?:pre-|post-)?(?:up|down))(?=\s|$)`,
      beginCaptures: { 1: { name: 'storage.modifier.hook.interfaces' } },
      end: '$',
      patterns: command,
    },
    {
      begin: String.raw`^\s*([A-Za-z][\w.-]*)(?=\s|$)`,
      beginCaptures: { 1: { name: 'variable.parameter.function.option.interfaces' } },
      end: '$',
      patterns: [{ name: 'comment.line.number-sign.interfaces', match: '#.*$' }, ...values],
    },
  ],
};
