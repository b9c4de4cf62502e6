#!/usr/bin/env python3
"""Classic CTF RSA attacks. Requires gmpy2 (pip install gmpy2)."""
import sys
from math import gcd

import gmpy2


def i2b(n):
    return n.to_bytes((n.bit_length() + 7) // 8, "big")


def small_e(c, e):
    m, exact = gmpy2.iroot(gmpy2.mpz(c), e)
    return int(m) if exact else None


def fermat(n, rounds=1_000_000):
    a = gmpy2.isqrt(n) + 1
    for _ in range(rounds):
        b2 = a * a - n
        b, ok = gmpy2.iroot(b2, 2)
        if ok:
            return int(a - b), int(a + b)
        a += 1


def common_modulus(n, e1, e2, c1, c2):
    g, s, t = gmpy2.gcdext(e1, e2)
    assert g == 1
    return int((gmpy2.powmod(c1, s, n) * gmpy2.powmod(c2, t, n)) % n)


def hastad(cs, ns, e=3):
    N = 1
    for n in ns:
        N *= n
    x = 0
    for c, n in zip(cs, ns):
        Ni = N // n
        x += c * Ni * int(gmpy2.invert(Ni, n))
    return small_e(x % N, e)


def wiener(e, n):
    def cf(a, b):
        while b:
            q = a // b
            yield q
            a, b = b, a - q * b

    def convergents(qs):
        h0, h1, k0, k1 = 0, 1, 1, 0
        for q in qs:
            h0, h1 = h1, q * h1 + h0
            k0, k1 = k1, q * k1 + k0
            yield h1, k1

    for k, d in convergents(cf(e, n)):
        if k == 0 or (e * d - 1) % k:
            continue
        phi = (e * d - 1) // k
        s = n - phi + 1
        disc = s * s - 4 * n
        if disc >= 0:
            r, ok = gmpy2.iroot(disc, 2)
            if ok:
                return d


if __name__ == "__main__":
    print(__doc__)
    print("import this module: from rsa_tools import fermat, wiener, hastad, small_e, common_modulus")
