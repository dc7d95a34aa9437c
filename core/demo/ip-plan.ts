/** Allocates unique IPv4 addresses within one site: 10.<b>.<c>.<host>, hosts .10–.250. */
export class IpPlan {
  private nextSubnet = 0;
  constructor(private readonly base: number) {}
  subnet(): number {
    return this.nextSubnet++;
  }
  address(z: { subnet: number; host: number }): string {
    if (z.host > 250) {
      z.subnet = this.subnet();
      z.host = 10;
    }
    const k = (this.base * 256 + z.subnet) & 0xffff;
    return `10.${k >>> 8}.${k & 0xff}.${z.host++}`;
  }
}
