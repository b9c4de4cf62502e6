import { classifyOutcome } from './run-outcome.js';

const base = { exitCode: 0, timedOut: false, outputExceeded: false, stderr: '' };

describe('classifyOutcome', () => {
  it('should report exit 0 as succeeded and other codes as failed', () => {
    expect(classifyOutcome(base)).toEqual({ status: 'succeeded', exit_code: 0, limit_hit: null });
    expect(classifyOutcome({ ...base, exitCode: 2 })).toEqual({
      status: 'failed',
      exit_code: 2,
      limit_hit: null,
    });
  });

  it('should report the wall limit as a timeout without exit code', () => {
    expect(classifyOutcome({ ...base, exitCode: null, timedOut: true })).toEqual({
      status: 'timeout',
      exit_code: null,
      limit_hit: 'wall',
    });
  });

  it('should name the limit from signals, OOM and interpreter errors', () => {
    expect(classifyOutcome({ ...base, exitCode: 152 }).limit_hit).toBe('cpu');
    expect(classifyOutcome({ ...base, exitCode: 153 }).limit_hit).toBe('file_size');
    expect(classifyOutcome({ ...base, exitCode: 137, oomKilled: true }).limit_hit).toBe('memory');
    expect(classifyOutcome({ ...base, exitCode: 1, stderr: 'MemoryError' }).limit_hit).toBe('memory');
    expect(classifyOutcome({ ...base, exitCode: 254, stderr: 'fork: retry: Resource' }).limit_hit).toBe(
      'processes',
    );
    expect(classifyOutcome({ ...base, exitCode: null, outputExceeded: true })).toEqual({
      status: 'failed',
      exit_code: null,
      limit_hit: 'output',
    });
  });
});
