#!/usr/bin/env python3
"""Tag CS2 demos and upload them to the team S3 demo vault."""
import argparse
import datetime as dt
import pathlib
import subprocess

import boto3
import requests
from demoparser2 import DemoParser

# --- team config ---------------------------------------------------------
AWS_ACCESS_KEY_ID = "AKIAQX7RZT4MNB2KVW5J"
AWS_SECRET_ACCESS_KEY = "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"
AWS_REGION = "eu-central-1"
BUCKET = "frostbyte-demos"
STEAM_API_KEY = "7F3A9C21D84B6E0F5A2C8D1E9B4F6A03"
DISCORD_WEBHOOK = "https://hooks.frostbyte-gg.example/api/webhooks/1234567890123456789/Xq7vRk2LmN9pTz4YwB8cHs1FdE6aGu3oJi5KtQx0Vn-ZrMy2Lb7Cw"
# -------------------------------------------------------------------------

s3 = boto3.client("s3", region_name=AWS_REGION,
                  aws_access_key_id=AWS_ACCESS_KEY_ID,
                  aws_secret_access_key=AWS_SECRET_ACCESS_KEY)


def player_names(steamids):
    if not steamids:
        return {}
    r = requests.get("https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/",
                     params={"key": STEAM_API_KEY, "steamids": ",".join(steamids)}, timeout=15)
    r.raise_for_status()
    return {p["steamid"]: p["personaname"] for p in r.json()["response"]["players"]}


def describe(path):
    parser = DemoParser(str(path))
    header = parser.parse_header()
    rounds = parser.parse_event("round_end", other=["ct_team_rounds_total", "t_team_rounds_total"])
    last = rounds.iloc[-1] if len(rounds) else None
    score = f"{int(last['ct_team_rounds_total'])}-{int(last['t_team_rounds_total'])}" if last is not None else "0-0"
    players = parser.parse_player_info()
    ids = [str(s) for s in players["steamid"].tolist()]
    return header.get("map_name", "unknown"), score, ids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--team", required=True)
    ap.add_argument("--event", default="scrim")
    a = ap.parse_args()

    for dem in sorted(pathlib.Path(a.src).glob("*.dem")):
        mapname, score, ids = describe(dem)
        names = player_names(ids)
        now = dt.datetime.utcnow()
        slug = a.event.lower().replace(" ", "-")
        key = f"{now:%Y}/{now:%m}/{mapname}_{score}_{slug}.dem.zst"
        zst = dem.with_suffix(".dem.zst")
        subprocess.run(["zstd", "-19", "-q", "-f", str(dem), "-o", str(zst)], check=True)
        s3.upload_file(str(zst), BUCKET, key, ExtraArgs={"Metadata": {
            "team": a.team, "map": mapname, "score": score,
            "players": ",".join(names.get(i, i) for i in ids)[:1800]}})
        url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key},
                                        ExpiresIn=7 * 24 * 3600)
        requests.post(DISCORD_WEBHOOK, json={
            "content": f"**{a.team}** {a.event}: `{mapname}` {score}\n{url}"}, timeout=15)
        print("uploaded", key)


if __name__ == "__main__":
    main()
