/**
 * IPv4 routing table with longest-prefix match. Like Linux: adding an address adds a connected
 * ("proto kernel scope link") route for its subnet; among routes of equal prefix length the lowest
 * metric wins, then the oldest. A route with a gateway finds its device through the connected
 * routes unless it names one (`dev`), and `onlink` accepts a gateway outside every subnet, which
 * routed set-ups use for /32 guest addresses.
 */
import { cidrContains, cidrText, intToIp, mustCidr, parseIpv4, type Cidr, type Ipv4 } from './addr.ts';

export interface RouteSpec {
  /** Destination in CIDR form; 'default' means 0.0.0.0/0. */
  dst: string;
  via?: Ipv4;
  dev?: string;
  /** Preferred source address for locally generated packets. */
  src?: Ipv4;
  metric?: number;
  onlink?: boolean;
}

export interface Route {
  dst: Cidr;
  via: Ipv4 | undefined;
  dev: string | undefined;
  src: Ipv4 | undefined;
  metric: number;
  proto: 'kernel' | 'static';
  onlink: boolean;
  order: number;
}

export interface RouteSnapshot {
  dst: string;
  via?: Ipv4;
  dev: string;
  src?: Ipv4;
  metric: number;
  proto: 'kernel' | 'static';
  /** `onlink`: the gateway is taken as on the link whatever the addresses say. */
  onlink?: true;
}

export interface RouteDecision {
  route: Route;
  dev: string;
  /** The neighbour to hand the packet to: the gateway, or the destination itself if on-link. */
  nexthop: Ipv4;
}

export class RouteTable {
  readonly routes: Route[] = [];
  private order = 0;

  add(spec: RouteSpec, proto: 'kernel' | 'static' = 'static'): Route {
    const dst = mustCidr(spec.dst === 'default' ? '0.0.0.0/0' : spec.dst);
    if (spec.via !== undefined && parseIpv4(spec.via) === null) throw new Error(`invalid gateway address: ${spec.via}`);
    const route: Route = {
      dst: { ip: intToIp(dst.network), prefix: dst.prefix, network: dst.network },
      via: spec.via,
      dev: spec.dev,
      src: spec.src,
      metric: spec.metric ?? 0,
      proto,
      onlink: spec.onlink ?? false,
      order: this.order++,
    };
    this.routes.push(route);
    return route;
  }

  remove(pred: (r: Route) => boolean): void {
    for (let i = this.routes.length - 1; i >= 0; i--) if (pred(this.routes[i]!)) this.routes.splice(i, 1);
  }

  private best(ip: number, filter?: (r: Route) => boolean): Route | undefined {
    let best: Route | undefined;
    for (const r of this.routes) {
      if (!cidrContains(r.dst, ip) || (filter && !filter(r))) continue;
      if (
        !best ||
        r.dst.prefix > best.dst.prefix ||
        (r.dst.prefix === best.dst.prefix && (r.metric < best.metric || (r.metric === best.metric && r.order < best.order)))
      )
        best = r;
    }
    return best;
  }

  lookup(dst: Ipv4): RouteDecision | undefined {
    const ip = parseIpv4(dst);
    if (ip === null) return undefined;
    const route = this.best(ip);
    if (!route) return undefined;
    if (route.via === undefined) {
      if (route.dev === undefined) return undefined;
      return { route, dev: route.dev, nexthop: dst };
    }
    if (route.dev !== undefined) return { route, dev: route.dev, nexthop: route.via };
    // Gateway without device: resolve it through a route without a gateway (one level, like Linux).
    const gw = this.best(parseIpv4(route.via)!, (r) => r.via === undefined && r.dev !== undefined);
    if (!gw || gw.dev === undefined) return undefined;
    return { route, dev: gw.dev, nexthop: route.via };
  }

  snapshot(): RouteSnapshot[] {
    return this.routes.map((r) => {
      const row: RouteSnapshot = { dst: cidrText(r.dst), dev: r.dev ?? this.lookup(r.via ?? '0.0.0.0')?.dev ?? '?', metric: r.metric, proto: r.proto };
      if (r.via !== undefined) row.via = r.via;
      if (r.src !== undefined) row.src = r.src;
      if (r.onlink) row.onlink = true;
      return row;
    });
  }
}
