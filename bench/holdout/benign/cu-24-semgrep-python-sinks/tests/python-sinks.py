# Semgrep test fixture — intentionally vulnerable. NOT imported anywhere.
import os
import pickle
import subprocess

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host")
    # ruleid: subprocess-shell-true-tainted
    subprocess.run(f"ping -c 1 {host}", shell=True)
    # ok: subprocess-shell-true-tainted
    subprocess.run(["ping", "-c", "1", host])
    # ruleid: subprocess-shell-true-tainted
    os.system("nslookup " + host)
    return "ok"


@app.route("/import", methods=["POST"])
def import_blob():
    # ruleid: unsafe-deserialization
    obj = pickle.loads(request.get_data())
    # ruleid: unsafe-deserialization
    cfg = yaml.load(request.form["cfg"])
    # ok: unsafe-deserialization
    cfg2 = yaml.safe_load(request.form["cfg"])
    return str(obj) + str(cfg) + str(cfg2)


@app.route("/calc")
def calc():
    # ruleid: eval-on-input
    return str(eval(request.args.get("expr")))
