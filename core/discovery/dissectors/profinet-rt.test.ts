import { describe, expect, it } from 'vitest';
import { hex, run, ctx } from './layer2-it-test-kit.js';
import { profinetPtcpDissector as ptcp, profinetRtDissector as rt } from './profinet-rt.js';

const cyclic = hex('c000 80808080808080808080 1a2b 35 00');
const alarm = hex('fe01 0000 0001 0000 0000 0000 0000 0000');
const delayRequest = hex('ff40 00000000 00000000 00000000 0000 0001 00000000 06 0c 0000');
const dcpIdentify = hex('fefe 0500 00000001 0001 0004 ffff 0000');

describe('profinet-rt', () => {
  it('claims cyclic data and alarms, not DCP or PTCP', () => {
    expect(rt.detect(cyclic, ctx())).toBe(true);
    expect(rt.detect(alarm, ctx())).toBe(true);
    expect(rt.detect(delayRequest, ctx())).toBe(false);
    expect(rt.detect(dcpIdentify, ctx())).toBe(false);
    expect(rt.detect(hex('c0'), ctx())).toBe(false);
  });

  it('records FrameIDs and alarms', () => {
    const out = run(rt, [
      [cyclic, ctx()],
      [cyclic, ctx()],
      [alarm, ctx()],
      [dcpIdentify, ctx()],
    ]);
    expect(out.values('frameIds')).toEqual(['0xc000', '0xfe01']);
    expect(out.flags.get('alarms')).toBe(true);
  });
});

describe('profinet-ptcp', () => {
  it('claims sync and delay frames only', () => {
    expect(ptcp.detect(delayRequest, ctx())).toBe(true);
    expect(ptcp.detect(hex('0080 0000000000000000000000000000000000000000'), ctx())).toBe(true);
    expect(ptcp.detect(cyclic, ctx())).toBe(false);
    expect(ptcp.detect(dcpIdentify, ctx())).toBe(false);
    expect(run(ptcp, [[delayRequest, ctx()]]).values('frameIds')).toEqual(['0xff40']);
  });
});
