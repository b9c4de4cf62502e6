import { guardedLookup, isPublicAddress, PRIVATE_ADDRESS_ERROR_CODE } from './address-policy.js';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '100.64.0.1',
    '169.254.169.254',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '::1',
    '::',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    'not-an-ip',
  ])('should refuse %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['140.82.112.3', '185.199.108.133', '2606:50c0:8000::154'])('should accept %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('guardedLookup', () => {
  const lookupWith = (
    allow: boolean,
    all: boolean,
  ): Promise<{ error: NodeJS.ErrnoException | null; address: unknown }> =>
    new Promise((resolve) => {
      guardedLookup(allow)('localhost', { all }, (error, address) => resolve({ error, address }));
    });

  it('should refuse a name that resolves to loopback', async () => {
    const { error } = await lookupWith(false, false);
    expect(error?.code).toBe(PRIVATE_ADDRESS_ERROR_CODE);
    expect((await lookupWith(false, true)).error?.code).toBe(PRIVATE_ADDRESS_ERROR_CODE);
  });

  it('should resolve loopback when private addresses are allowed, in both answer forms', async () => {
    expect((await lookupWith(true, false)).address).toMatch(/^(127\.0\.0\.1|::1)$/);
    expect((await lookupWith(true, true)).address).toEqual(
      expect.arrayContaining([expect.objectContaining({ family: expect.any(Number) })]),
    );
  });
});
