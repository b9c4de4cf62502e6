#!/usr/bin/env python3
import json
import pandas as pd
from flask import Flask, Response

app = Flask(__name__)

@app.route("/")
def index():
    df = pd.read_csv("readings.csv", names=["time", "data"])
    rows = df.tail(288)
    html = "<h1>Weather station</h1><table><tr><th>time</th><th>temp</th><th>hum</th></tr>"
    for _, r in rows.iterrows():
        d = json.loads(r["data"])
        html += f"<tr><td>{r['time']}</td><td>{d.get('temp','')}</td><td>{d.get('humidity','')}</td></tr>"
    return html + "</table><a href='/csv'>CSV</a>"

@app.route("/csv")
def dl():
    return Response(open("readings.csv").read(), mimetype="text/csv")

if __name__ == "__main__":
    app.run(port=8050)
