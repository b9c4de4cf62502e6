import { type LookupAddress, type LookupAllOptions, lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export const PRIVATE_ADDRESS_ERROR_CODE = 'ERR_SKILLGATE_PRIVATE_ADDRESS';

/**
 * True for a public unicast address. Loopback, private, link-local (cloud metadata 169.254.169.254),
 * CGNAT, unique-local, multicast, reserved and IPv4-mapped forms of those are not.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

export function isIpLiteral(hostname: string): boolean {
  return ipaddr.isValid(stripBrackets(hostname));
}

export function stripBrackets(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

export class PrivateAddressError extends Error {
  readonly code = PRIVATE_ADDRESS_ERROR_CODE;

  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to ${address}, a private, loopback or link-local address`);
    this.name = 'PrivateAddressError';
  }
}

/**
 * A DNS lookup for sockets that refuses a name when any of its addresses is not public, so the check
 * holds at connect time (a name that resolves to 127.0.0.1 is caught, not only a literal IP).
 */
export function guardedLookup(allowPrivateAddresses: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const allOptions: LookupAllOptions = { ...options, all: true };
    dnsLookup(hostname, allOptions, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivateAddresses ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused) return callback(new PrivateAddressError(hostname, refused.address), '', 0);
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      return callback(null, first.address, first.family);
    });
  };
}
