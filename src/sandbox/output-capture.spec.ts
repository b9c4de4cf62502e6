import { CappedOutput, TRUNCATION_MARKER } from './output-capture.js';

describe('CappedOutput', () => {
  it('should keep output under the cap untouched', () => {
    const out = new CappedOutput(10);
    expect(out.push(Buffer.from('hello'))).toBe(true);
    expect(out.text()).toBe('hello');
    expect(out.truncated).toBe(false);
  });

  it('should cut at the cap, add the marker and refuse more', () => {
    const out = new CappedOutput(4);
    expect(out.push(Buffer.from('abcdef'))).toBe(false);
    expect(out.push(Buffer.from('more'))).toBe(false);
    expect(out.text()).toBe(`abcd${TRUNCATION_MARKER}`);
    expect(out.truncated).toBe(true);
  });
});
