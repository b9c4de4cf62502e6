#!/usr/bin/env python3
"""Produce Teltonika setparam SMS/GPRS commands for a list of IMEIs."""
import argparse

MAX_SMS = 160


def chunk_params(params, prefix):
    out, cur = [], []
    for p in params:
        candidate = prefix + "setparam " + ";".join(cur + [p])
        if len(candidate) > MAX_SMS and cur:
            out.append(prefix + "setparam " + ";".join(cur))
            cur = [p]
        else:
            cur.append(p)
    if cur:
        out.append(prefix + "setparam " + ";".join(cur))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--imeis", required=True)
    ap.add_argument("--server", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--udp", action="store_true")
    ap.add_argument("--apn", required=True)
    ap.add_argument("--apn-user", default="")
    ap.add_argument("--apn-pass", default="")
    ap.add_argument("--move-period", type=int, default=30)
    ap.add_argument("--stop-period", type=int, default=600)
    ap.add_argument("--angle", type=int, default=10)
    ap.add_argument("--sms-login", default="")
    ap.add_argument("--sms-pass", default="")
    a = ap.parse_args()

    params = [
        f"2001:{a.apn}", f"2002:{a.apn_user}", f"2003:{a.apn_pass}",
        f"2004:{a.server}", f"2005:{a.port}", f"2006:{1 if a.udp else 0}",
        f"10000:{a.stop_period}", f"10050:{a.move_period}", f"10052:{a.angle}",
    ]
    prefix = f"{a.sms_login} {a.sms_pass} "
    with open(a.imeis) as fh:
        imeis = [l.strip() for l in fh if l.strip() and not l.startswith("#")]
    for imei in imeis:
        print(f"# IMEI {imei}")
        for cmd in chunk_params(params, prefix):
            print(cmd)
        print(prefix + "getstatus")
        print()


if __name__ == "__main__":
    main()
