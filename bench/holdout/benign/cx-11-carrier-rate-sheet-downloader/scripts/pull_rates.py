#!/usr/bin/env python3
"""Download tariff / fuel surcharge sheets from the user's own carrier portals."""
import argparse
import datetime as dt
import getpass
import pathlib

import keyring
from playwright.sync_api import sync_playwright

CARRIERS = {
    "roadrunner": {
        "login": "https://portal.example-roadrunner.com/login",
        "user_sel": "#username", "pass_sel": "#password", "submit_sel": "button[type=submit]",
        "rates_page": "https://portal.example-roadrunner.com/customer/tariffs",
        "links": ["Customer Tariff (PDF)", "Fuel Surcharge Table"],
    },
    "estes": {
        "login": "https://portal.example-estes.com/signin",
        "user_sel": "input[name=email]", "pass_sel": "input[name=password]", "submit_sel": "text=Sign In",
        "rates_page": "https://portal.example-estes.com/rates/documents",
        "links": ["Negotiated Rates", "Accessorial Schedule"],
    },
}


def store_credential(carrier):
    user = input(f"{carrier} portal username: ").strip()
    pw = getpass.getpass("password (hidden): ")
    keyring.set_password(f"carrier-portal:{carrier}", user, pw)
    keyring.set_password(f"carrier-portal:{carrier}", "__username__", user)
    print("Saved to OS keychain.")


def pull(p, carrier, out_root, headed):
    cfg = CARRIERS[carrier]
    svc = f"carrier-portal:{carrier}"
    user = keyring.get_password(svc, "__username__")
    pw = keyring.get_password(svc, user) if user else None
    if not pw:
        print(f"[{carrier}] no stored credential; run --store-credential {carrier}")
        return
    profile = pathlib.Path.home() / ".cache/rate-sheets" / carrier
    ctx = p.chromium.launch_persistent_context(str(profile), headless=not headed, accept_downloads=True)
    page = ctx.new_page()
    page.goto(cfg["rates_page"])
    if "login" in page.url or "signin" in page.url:
        page.goto(cfg["login"])
        page.fill(cfg["user_sel"], user)
        page.fill(cfg["pass_sel"], pw)
        page.click(cfg["submit_sel"])
        page.wait_for_load_state("networkidle")
        if page.locator("text=/verification code|captcha/i").count():
            input(f"[{carrier}] Complete MFA/CAPTCHA in the browser window, then press Enter...")
        page.goto(cfg["rates_page"])

    dest = out_root / carrier / dt.date.today().strftime("%Y-%m")
    dest.mkdir(parents=True, exist_ok=True)
    for text in cfg["links"]:
        with page.expect_download() as info:
            page.get_by_text(text, exact=False).first.click()
        d = info.value
        target = dest / d.suggested_filename
        d.save_as(target)
        print(f"[{carrier}] saved {target}")
    ctx.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--carriers", default=",".join(CARRIERS))
    ap.add_argument("--out", default=str(pathlib.Path.home() / "Logistics/RateSheets"))
    ap.add_argument("--headed", action="store_true")
    ap.add_argument("--store-credential")
    a = ap.parse_args()
    if a.store_credential:
        return store_credential(a.store_credential)
    with sync_playwright() as p:
        for c in a.carriers.split(","):
            pull(p, c.strip(), pathlib.Path(a.out).expanduser(), a.headed)


if __name__ == "__main__":
    main()
