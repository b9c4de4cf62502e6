import { failsGate, scanExitCode } from './exit-code.js';

describe('failsGate', () => {
  it('should fail results at or above the threshold', () => {
    expect(failsGate('HIGH', 'HIGH')).toBe(true);
    expect(failsGate('CRITICAL', 'HIGH')).toBe(true);
    expect(failsGate('MEDIUM', 'HIGH')).toBe(false);
    expect(failsGate('LOW', 'LOW')).toBe(true);
  });

  it('should fail UNKNOWN up to HIGH and pass it only for CRITICAL', () => {
    expect(failsGate('UNKNOWN', 'LOW')).toBe(true);
    expect(failsGate('UNKNOWN', 'HIGH')).toBe(true);
    expect(failsGate('UNKNOWN', 'CRITICAL')).toBe(false);
  });
});

describe('scanExitCode', () => {
  it('should be 1 when any result fails and 0 otherwise', () => {
    expect(scanExitCode(['LOW', 'HIGH'], 'HIGH')).toBe(1);
    expect(scanExitCode(['LOW', 'MEDIUM'], 'HIGH')).toBe(0);
  });
});
