import { combineRisk, isSafe } from './risk.js';

describe('combineRisk', () => {
  it('should return the static risk when the LLM review was skipped', () => {
    expect(combineRisk('MEDIUM', { outcome: 'skipped' })).toBe('MEDIUM');
  });

  it('should raise the risk when the LLM finds more', () => {
    expect(combineRisk('LOW', { outcome: 'ok', risk: 'HIGH' })).toBe('HIGH');
  });

  it('should never lower the static risk when the LLM says LOW', () => {
    expect(combineRisk('CRITICAL', { outcome: 'ok', risk: 'LOW' })).toBe('CRITICAL');
  });

  it('should be UNKNOWN when the LLM failed and static is below HIGH', () => {
    expect(combineRisk('LOW', { outcome: 'failed' })).toBe('UNKNOWN');
    expect(combineRisk('MEDIUM', { outcome: 'failed' })).toBe('UNKNOWN');
  });

  it('should keep HIGH or CRITICAL static risk when the LLM failed', () => {
    expect(combineRisk('HIGH', { outcome: 'failed' })).toBe('HIGH');
    expect(combineRisk('CRITICAL', { outcome: 'failed' })).toBe('CRITICAL');
  });

  it('should treat an ok outcome without a risk as a failure', () => {
    expect(combineRisk('LOW', { outcome: 'ok' })).toBe('UNKNOWN');
  });
});

describe('isSafe', () => {
  it('should call only LOW safe', () => {
    expect(isSafe('LOW')).toBe(true);
    expect(isSafe('MEDIUM')).toBe(false);
    expect(isSafe('UNKNOWN')).toBe(false);
  });
});

describe('combineRisk with a partial LLM review', () => {
  it('should keep a HIGH risk found by chunks reviewed before the failure', () => {
    expect(combineRisk('LOW', { outcome: 'failed', risk: 'HIGH' })).toBe('HIGH');
    expect(combineRisk('LOW', { outcome: 'failed', risk: 'MEDIUM' })).toBe('UNKNOWN');
  });
});
