import 'reflect-metadata';
import { ConfigError, buildConfig } from './app-config.js';

describe('configuration', () => {
  it('should take the defaults from an empty environment', () => {
    expect(buildConfig({})).toMatchObject({ port: 3000, workers: 1, logLevel: 'info', sandbox: 'auto' });
  });

  it('should read the variables it names and convert numbers', () => {
    const config = buildConfig({ PORT: '8080', SKILLGATE_WORKERS: '2', DATABASE_URL: 'postgres://db/x' });
    expect(config).toMatchObject({ port: 8080, workers: 2, databaseUrl: 'postgres://db/x' });
  });

  it('should fail naming every bad variable', () => {
    const attempt = () => buildConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: .*\n\s+LOG_LEVEL: /);
  });

  it('should refuse several workers on the embedded database', () => {
    expect(() => buildConfig({ SKILLGATE_WORKERS: '2' })).toThrow(
      /SKILLGATE_WORKERS: more than 1 needs DATABASE_URL/,
    );
    expect(() => buildConfig({ SKILLGATE_WORKERS: '0', DATABASE_URL: 'postgres://db/x' })).toThrow(
      /SKILLGATE_WORKERS: /,
    );
  });
});
