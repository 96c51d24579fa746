import dns from 'node:dns';
import ipaddr from 'ipaddr.js';

/** A request refused before it was sent: a scheme, an address or robots.txt. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

/**
 * Tells whether an address may be fetched: public unicast only, unless a configured range allows it.
 * @param address an IPv4 or IPv6 address
 * @param allow CIDR ranges allowed anyway
 * @returns null when allowed, else the range it falls in (`private`, `loopback`, `linkLocal`, ...)
 */
export function refusedRange(address: string, allow: readonly string[]): string | null {
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress())
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  for (const cidr of allow) {
    const [range, bits] = ipaddr.parseCIDR(cidr);
    if (range.kind() === ip.kind() && ip.match([range, bits] as never)) return null;
  }
  const kind = ip.range();
  return kind === 'unicast' ? null : kind;
}

/**
 * Checks a URL before any connection: `http`/`https` only, and an address given as a literal IP must
 * be allowed (names are checked when they resolve, by {@link guardedLookup}).
 * @param url the URL
 * @param allow CIDR ranges allowed anyway
 * @throws {RefusedError} naming the reason
 */
export function checkUrl(url: URL, allow: readonly string[]): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RefusedError(`only http and https are fetched, not ${url.protocol.replace(/:$/, '')}`);
  if (url.username || url.password) throw new RefusedError('URLs with credentials are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host)) {
    const range = refusedRange(host, allow);
    if (range) throw new RefusedError(`address ${host} is ${describe(range)}`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for sockets that resolves a name and refuses it when any of its addresses is private,
 * loopback, link-local or otherwise not public (unless allowed): checked at every connection, so
 * also after redirects and whatever the name resolves to at that moment.
 * @param allow CIDR ranges allowed anyway
 */
export function guardedLookup(allow: readonly string[]) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      for (const a of addresses) {
        const range = refusedRange(a.address, allow);
        if (range) {
          const refused = new RefusedError(`${hostname} resolves to ${a.address}, ${describe(range)}`);
          return callback(Object.assign(refused, { code: 'E_REFUSED_ADDRESS' }), []);
        }
      }
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

function describe(range: string): string {
  const words: Record<string, string> = {
    private: 'a private address',
    loopback: 'a loopback address',
    linkLocal: 'a link-local address',
    uniqueLocal: 'a private (unique local) address',
    unspecified: 'an unspecified address',
    carrierGradeNat: 'a shared (carrier-grade NAT) address',
    reserved: 'a reserved address',
    broadcast: 'a broadcast address',
    multicast: 'a multicast address',
  };
  return `${words[range] ?? `not a public address (${range})`}: refused (allow it in the config's fetch.allow)`;
}
