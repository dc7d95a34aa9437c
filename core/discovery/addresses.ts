// Which addresses count as hosts (issue #9 item 3: broadcast, multicast, 0.0.0.0 and :: are not).

/**
 * A capture carries no netmasks, so an IPv4 address ending in .255 stands in for a subnet broadcast
 * (the same convention as the corpus truth files). OT networks are almost always /24 or smaller;
 * a real host on x.y.z.255 of a wider network would be missed, which we accept.
 */
export function isHostIp(ip: string): boolean {
  if (ip.includes(':')) {
    // IPv6: ff00::/8 is multicast (RFC 4291 §2.7); :: is unspecified.
    return ip !== '::' && !ip.startsWith('ff');
  }
  const dot = ip.indexOf('.');
  const first = Number(ip.slice(0, dot));
  if (first >= 224) return false; // 224/4 multicast, 240/4 reserved, 255.255.255.255 broadcast
  return ip !== '0.0.0.0' && !ip.endsWith('.255');
}

/** A MAC whose first octet has the I/G bit set is a group (multicast/broadcast) address (IEEE 802 §8.2). */
export function isUnicastMac(mac: string): boolean {
  // The I/G bit is the low bit of the first octet, i.e. of its second hex digit: even is unicast.
  const c = mac.charCodeAt(1);
  const digit = c <= 57 ? c - 48 : (c | 32) - 87;
  return (digit & 1) === 0 && mac !== '00:00:00:00:00:00';
}
