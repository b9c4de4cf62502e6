# INTENTIONALLY VULNERABLE – SEC101 CTF challenge "Bad Ping". Runs only on the internal ctfnet.
import subprocess
from flask import Flask, request

app = Flask(__name__)

@app.get("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    # BUG (on purpose): user input goes to a shell
    out = subprocess.run(f"ping -c 1 -W 1 {host}", shell=True, capture_output=True, text=True, timeout=5)
    return f"<pre>{out.stdout}{out.stderr}</pre>"

@app.get("/")
def index():
    return '<form action="/ping"><input name="host"><button>Ping</button></form>'

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080)
