/**
 * The lab file format (YAML), as a zod schema: the one definition the loader validates against and
 * the JSON Schema in public/schemas/lab.schema.json is generated from (`npm run lab-schema`).
 */
import { z } from 'zod';

const text = z.string().min(1);
/** Reader-visible text exists in both languages. */
export const Bilingual = z.object({ en: text, ko: text }).strict().describe('The same text in English and Korean.');

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const nodeId = z.string().regex(ID, 'letters, digits, ".", "_" or "-", starting with a letter or digit');
const cidr = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, 'an IPv4 address with prefix, like 192.168.10.50/24');
const ipv4 = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, 'an IPv4 address, like 192.168.10.1');
const portNumber = z.number().int().min(1).max(65535);
/** `node/port`: a host NIC (pve/eno1), a switch port (lan/p3), or just a switch (`lan`, port named for you). */
const endpoint = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*(\/[A-Za-z0-9][A-Za-z0-9_.: -]*)?$/, 'NODE or NODE/PORT, like pve/eno1 or lan');
const service = z.string().regex(/^(tcp|udp)\/\d{1,5}$/, 'tcp/PORT or udp/PORT');

export const InterfacesSource = z.union([
  z.string().min(1).describe('The /etc/network/interfaces text itself.'),
  z.object({ file: z.string().min(1).describe('Path of an interfaces file, relative to the lab file.') }).strict(),
]);

export const Guest = z
  .object({
    vmid: z.number().int().min(100).max(999_999_999).describe('Proxmox VM/CT id (100 and up).'),
    name: nodeId.optional().describe('Node id in the simulation (default: the vmid).'),
    label: Bilingual.optional(),
    net: z.array(z.string().regex(/^\s*net\d+\s*:/, 'a netN: line as in the VM config')).min(1).describe('netN lines exactly as in /etc/pve/qemu-server/VMID.conf or lxc/VMID.conf.'),
    ip: cidr.optional().describe("Address of the guest's first NIC (what the guest OS configures)."),
    gw: ipv4.optional().describe("The guest's default gateway."),
    listen: z.array(service).optional().describe('Services the guest answers on, like tcp/22.'),
    later: z.boolean().optional().describe('Not plugged in at the start: an `attach` step plugs it in.'),
  })
  .strict();

export const WorldSwitch = z
  .object({
    id: nodeId,
    kind: z.enum(['learning', 'lacp', 'provider']).describe('learning: a plain switch; lacp: a managed switch speaking LACP; provider: a hosting port that admits one MAC.'),
    label: Bilingual.optional(),
    registeredMac: z.string().optional().describe('provider: the admitted MAC, or NODE/DEVICE to use that device\'s MAC (pve/eno0).'),
    lacpRate: z.enum(['slow', 'fast']).optional(),
    ageingS: z.number().positive().optional(),
  })
  .strict();

export const WorldNic = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_.-]{1,15}$/),
    ip: z.union([cidr, z.array(cidr)]).optional(),
    connect: endpoint.optional().describe('Where the cable goes: a switch (lan), a switch port (lan/p4) or a host NIC (pve/eno1).'),
    mac: z.string().optional(),
  })
  .strict();

export const WorldHost = z
  .object({
    id: nodeId,
    label: Bilingual.optional(),
    role: z.enum(['pc', 'server', 'router', 'gateway', 'internet']).optional().describe('What it stands for (shown in widgets).'),
    nics: z.array(WorldNic).min(1),
    gw: ipv4.optional(),
    routes: z.array(z.object({ dst: z.string().min(1), via: ipv4.optional(), dev: z.string().optional() }).strict()).optional(),
    forward: z.boolean().optional().describe('Route between its NICs (ip_forward=1), like a router.'),
    listen: z.array(service).optional(),
  })
  .strict();

export const WorldLink = z
  .object({
    from: endpoint,
    to: endpoint,
    speedMbps: z.number().positive().optional(),
    up: z.boolean().optional(),
  })
  .strict();

export const World = z
  .object({
    switches: z.array(WorldSwitch).optional(),
    hosts: z.array(WorldHost).optional(),
    links: z.array(WorldLink).optional().describe('Cables, for example from the Proxmox host NICs: { from: pve/eno1, to: lan }.'),
  })
  .strict();

const stepBase = { id: nodeId.optional().describe('Name for goals to refer to.'), note: Bilingual.optional() };
const traffic = {
  from: nodeId.describe('Host or guest id that sends.'),
  to: ipv4,
  wait: z.boolean().optional().describe('false: start and go on with the next step at once (to unplug a cable mid-run).'),
  timeoutMs: z.number().int().positive().optional(),
};

export const Step = z.union([
  z.object({ ...stepBase, ping: z.object({ ...traffic, count: z.number().int().min(1).max(1000).optional(), intervalMs: z.number().positive().optional() }).strict() }).strict(),
  z.object({ ...stepBase, tcp: z.object({ ...traffic, port: portNumber, srcPort: portNumber.optional() }).strict() }).strict(),
  z.object({ ...stepBase, udp: z.object({ ...traffic, port: portNumber, srcPort: portNumber.optional() }).strict() }).strict(),
  z.object({ ...stepBase, unplug: endpoint.describe('One end of the cable: pve/eno1.') }).strict(),
  z.object({ ...stepBase, plug: endpoint }).strict(),
  z.object({ ...stepBase, wait: z.number().nonnegative().max(86_400_000).describe('Milliseconds of virtual time.') }).strict(),
  z.object({ ...stepBase, sysctl: z.object({ on: nodeId, key: z.string().min(1), value: z.number().int() }).strict().describe('sysctl -w KEY=VALUE on a host.') }).strict(),
  z.object({ ...stepBase, flushNeigh: z.object({ on: nodeId, dev: z.string().min(1) }).strict().describe('ip neigh flush dev DEV on a host: forget every ARP entry of the device.') }).strict(),
  z.object({ ...stepBase, iptables: z.object({ on: nodeId, rule: z.string().min(1).describe('The arguments after `iptables`, as in the interfaces file.') }).strict() }).strict(),
  z.object({ ...stepBase, bridge: z.object({ on: nodeId, name: z.string().regex(/^[A-Za-z0-9_.-]{1,15}$/) }).strict().describe('Creates a bridge without ports (bridge-ports none).') }).strict(),
  z.object({ ...stepBase, attach: nodeId.describe('A guest marked `later: true`: plugs it in now.') }).strict(),
  z
    .object({
      ...stepBase,
      show: z.enum(['fdb', 'arp', 'routes', 'conntrack', 'bond', 'lacp']),
      on: nodeId.describe('Host or switch whose table to show.'),
      dev: z.string().optional().describe('Bridge or bond name when the host has several.'),
    })
    .strict(),
]);

const stepRef = nodeId.describe('The id of a traffic step.');
const macRef = z.string().min(1).describe('A MAC, or NODE/DEVICE (pve/eno1, 100/eth0) to use that device\'s MAC.');

const tracePattern = {
  code: z.string().min(1).describe('A trace code, like fdb.flood (see `netmodes explain`).'),
  on: nodeId.optional(),
  dev: z.string().optional(),
  port: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().describe('Event parameters that must match, like { reason: unknown_unicast }.'),
};
const natTuple = z.object({ src: ipv4.optional(), dst: ipv4.optional(), sport: portNumber.optional(), dport: portNumber.optional() }).strict();

/** What a goal checks, without its text: one key names the kind. */
const CHECKS = {
  reachable: z.object({ reachable: stepRef }).describe("The traffic of this step or action got through (ping answered, TCP established, UDP delivered)."),
  unreachable: z.object({ unreachable: stepRef }).describe('The traffic of this step or action ran and did not get through.'),
  lostAtMost: z.object({ lostAtMost: z.object({ step: stepRef, packets: z.number().int().min(0) }).strict() }),
  carriedBy: z
    .object({ carriedBy: z.object({ step: stepRef, on: nodeId, bond: z.string().min(1), slave: z.string().min(1) }).strict() })
    .describe('Every frame of the step that left this bond went out on this slave.'),
  slavesUsed: z.object({ slavesUsed: z.object({ on: nodeId, bond: z.string().min(1), count: z.number().int().min(0), step: stepRef.optional() }).strict() }),
  conntrack: z.object({
    conntrack: z
      .object({
        on: nodeId,
        proto: z.enum(['tcp', 'udp', 'icmp']).optional(),
        orig: natTuple.optional(),
        reply: natTuple.optional(),
        nat: z.enum(['masquerade', 'snat', 'dnat']).optional(),
        count: z.number().int().min(1).optional().describe('At least this many entries match (default 1).'),
        distinct: z.array(z.enum(['orig.src', 'orig.sport', 'reply.dst', 'reply.dport'])).optional().describe('The matching entries all differ in these fields.'),
      })
      .strict(),
  }),
  macLearned: z.object({ macLearned: z.object({ on: nodeId, mac: macRef, port: z.string().min(1), dev: z.string().optional() }).strict() }),
  seenAs: z.object({ seenAs: z.object({ step: stepRef, src: ipv4, sport: portNumber.optional() }).strict() }).describe('The server saw the connection coming from this address (after NAT).'),
  trace: z.object({
    trace: z
      .object({
        ...tracePattern,
        step: stepRef.optional(),
        present: z.boolean().optional(),
        then: z.object(tracePattern).strict().optional().describe('An event that must follow the first one.'),
      })
      .strict(),
  }),
};
const C = CHECKS;
export const GoalCheck = z.union([
  C.reachable.strict(), C.unreachable.strict(), C.lostAtMost.strict(), C.carriedBy.strict(), C.slavesUsed.strict(),
  C.conntrack.strict(), C.macLearned.strict(), C.seenAs.strict(), C.trace.strict(),
]);

/** What the reader sees of a goal in a lab widget, and where it applies. */
const goalMeta = {
  id: nodeId.optional().describe('Name of the goal (lessons point at it: <TryIt lab=... goal=...>).'),
  text: Bilingual.optional().describe('The goal as the reader sees it.'),
  hint: Bilingual.optional(),
  variants: z.array(nodeId).optional().describe('Variants where the goal applies (default: all).'),
  after: stepRef.optional().describe('Only what happened after this step or action first ran.'),
  before: stepRef.optional().describe('Only what happened before this step or action first ran.'),
};

const meta = <T extends z.ZodRawShape>(o: z.ZodObject<T>) => o.extend(goalMeta).strict();
export const Goal = z.union([
  meta(C.reachable), meta(C.unreachable), meta(C.lostAtMost), meta(C.carriedBy), meta(C.slavesUsed),
  meta(C.conntrack), meta(C.macLearned), meta(C.seenAs), meta(C.trace),
  z.object({ all: z.array(GoalCheck).min(1).describe('Every one of these checks passes.'), ...goalMeta }).strict(),
]);
export const GOAL_META_KEYS = Object.keys(goalMeta);

const Host = z
  .object({
    id: nodeId.optional().describe('Node id of the Proxmox host (default pve).'),
    label: Bilingual.optional(),
    interfaces: InterfacesSource,
  })
  .strict();

const actionId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-" (action ids go into the URL)');

/** Something the reader can do in the lab widget (a button); `--solve` runs them too. */
export const Action = z
  .object({
    id: actionId,
    label: Bilingual.describe('The button text.'),
    narration: Bilingual.optional().describe('What the step that starts the action says (default: the label).'),
    variants: z.array(nodeId).optional().describe('Variants where the action is offered (default: all).'),
    once: z.boolean().optional().describe('Offered until it has been done once (a config change).'),
    requires: actionId.optional().describe('Offered only after this action has been done.'),
    wait: z.number().positive().max(86_400_000).optional().describe('Milliseconds of virtual time the action lets pass (recorded, with every timer that fires).'),
    do: z.array(Step).describe('What the action does, in the step format; empty for a pure wait.'),
  })
  .strict();

/** A set-up the reader picks with a radio button; what it gives replaces the lab's own. */
export const Variant = z
  .object({
    id: nodeId,
    label: Bilingual,
    host: Host.optional(),
    guests: z.array(Guest).optional(),
    world: World.optional(),
    solution: z.array(actionId).optional().describe("Actions that reach every goal of this variant (default: the lab's solution)."),
  })
  .strict();

const TABLE_TAB = z.enum(['fdb', 'neigh', 'routes', 'conntrack', 'bonds']);
/** How the generic lab view shows the lab. */
export const View = z
  .object({
    key: actionId.optional().describe("The lab's key in page URLs and in the reader's saved progress (default: its id)."),
    tables: z.array(TABLE_TAB).optional().describe('Table tabs, in order (default: every table).'),
    initialTable: TABLE_TAB.optional(),
    focus: z.record(z.string(), z.array(nodeId)).optional().describe('Per table: the nodes whose rows to show.'),
    cables: z.boolean().optional().describe('Whether the reader may unplug cables (default true).'),
    variantsLabel: Bilingual.optional(),
    panels: z.array(z.string()).optional().describe('Named extra panels the view draws (small-office picture, load chart).'),
  })
  .strict();

export const Lab = z
  .object({
    $schema: z.string().optional(),
    id: nodeId,
    title: Bilingual,
    description: Bilingual,
    mode: z.enum(['bridge', 'routed', 'nat', 'bond', 'office']).optional().describe('Which lesson the lab belongs to.'),
    seed: z.number().int().optional(),
    host: Host,
    guests: z.array(Guest).optional(),
    world: World.optional(),
    steps: z.array(Step).min(1).optional().describe("What `netmodes run` does (default: the solution's actions)."),
    goals: z.array(Goal).optional(),
    variants: z.array(Variant).optional(),
    actions: z.array(Action).optional(),
    solution: z.array(actionId).optional().describe('Actions that reach every goal (`netmodes run --solve`).'),
    view: View.optional(),
  })
  .strict();

export type LabFile = z.infer<typeof Lab>;
export type LabStep = z.infer<typeof Step>;
export type LabGoal = z.infer<typeof Goal>;
export type LabGuest = z.infer<typeof Guest>;
export type LabGoalCheck = z.infer<typeof GoalCheck>;
export type LabAction = z.infer<typeof Action>;
export type LabVariant = z.infer<typeof Variant>;
export type LabWorldSpec = z.infer<typeof World>;

/** The JSON Schema published for editors (yaml-language-server) and other tools. */
export function labJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Lab, { target: 'draft-2020-12' }),
    title: 'netmodes lab',
  };
}
