import { flatString } from './flat-string.js';

describe('flatString', () => {
  it.each<[string, unknown]>([
    ['a string', 'x'],
    ['a number', 3],
    ['null', null],
    ['undefined', undefined],
    ['an object', { a: 1 }],
    ['a flat array', ['a', 1, true]],
    ['nested arrays', [['a', 'b'], 'c', [[['d']]]]],
    ['empty arrays', [[], [], [[]], 'x', []]],
    ['null and undefined elements', [null, 'a', undefined, [null]]],
    ['objects in arrays', [{ a: 1 }, ['x', {}]]],
  ])('should give the same text as String for %s', (_name, value) => {
    expect(flatString(value)).toBe(String(value));
  });

  it('should read arrays nested 500,000 deep without overflowing the stack', () => {
    let value: unknown = ['x'];
    for (let i = 0; i < 500_000; i++) value = [value];
    expect(flatString(value)).toBe('x');
  });
});
