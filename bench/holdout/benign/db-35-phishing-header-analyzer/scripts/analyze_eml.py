#!/usr/bin/env python3
"""Static .eml analysis. Does not fetch URLs or open attachments."""
import email, hashlib, html, re, sys
from email import policy
from email.utils import parseaddr

BRANDS = ["paypal", "microsoft", "amazon", "apple", "google", "netflix", "dhl", "royalmail", "hmrc", "office365"]
HREF = re.compile(r'<a\s[^>]*href=["\']([^"\']+)["\'][^>]*>(.*?)</a>', re.I | re.S)
RISKY_EXT = (".html", ".htm", ".iso", ".img", ".lnk", ".js", ".vbs", ".one", ".docm", ".xlsm", ".hta", ".zip")

def defang(u):
    return u.replace("http", "hxxp").replace(".", "[.]")

def lev1(a, b):
    if abs(len(a) - len(b)) > 1: return False
    diff = sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))
    return 0 < diff <= 1

def lookalike(domain):
    d = domain.lower()
    hits = []
    if "xn--" in d: hits.append("punycode")
    label = d.split(".")[-2] if d.count(".") else d
    norm = label.replace("1", "l").replace("0", "o").replace("rn", "m")
    for b in BRANDS:
        if (lev1(label, b) or (norm == b and label != b)) or (b in label and label != b):
            hits.append(f"resembles {b}")
    return hits

def main(path):
    msg = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
    print("== Authentication")
    for h in msg.get_all("Authentication-Results", []):
        results = re.findall(r"\b(spf|dkim|dmarc)=(\w+)", h)
        print("  ", " ".join(f"{k}={v}" for k, v in results) or "(none)")
    disp, frm = parseaddr(msg.get("From", ""))
    _, reply = parseaddr(msg.get("Reply-To", ""))
    _, rpath = parseaddr(msg.get("Return-Path", ""))
    print("== Sender")
    print(f"   display: {disp!r}  from: {frm}  reply-to: {reply or '-'}  return-path: {rpath or '-'}")
    fdom = frm.split("@")[-1]
    if reply and reply.split("@")[-1] != fdom: print("   ! Reply-To domain differs from From")
    for hint in lookalike(fdom): print(f"   ! From domain {fdom}: {hint}")
    print("== Received (earliest first)")
    for r in reversed(msg.get_all("Received", [])):
        ip = re.search(r"\[(\d{1,3}(?:\.\d{1,3}){3})\]", r)
        print("  ", (ip.group(1) if ip else "?"), "|", " ".join(r.split())[:110])
    print("== Links")
    for part in msg.walk():
        if part.get_content_type() in ("text/html", "text/plain") and not part.is_attachment():
            body = part.get_content()
            if part.get_content_type() == "text/html":
                for href, text in HREF.findall(body):
                    t = html.unescape(re.sub("<[^>]+>", "", text)).strip()
                    print(f"   {t[:50]!r} -> {defang(href)}")
                    host = re.sub(r"^\w+://", "", href).split("/")[0]
                    for hint in lookalike(host): print(f"     ! {hint}")
            else:
                for u in re.findall(r"https?://\S+", body):
                    print("  ", defang(u))
    print("== Attachments")
    for part in msg.iter_attachments():
        name = part.get_filename() or "(unnamed)"
        data = part.get_payload(decode=True) or b""
        flag = "  ! risky type" if name.lower().endswith(RISKY_EXT) else ""
        print(f"   {name} {part.get_content_type()} {len(data)}B sha256={hashlib.sha256(data).hexdigest()[:16]}{flag}")

if __name__ == "__main__":
    main(sys.argv[1])
