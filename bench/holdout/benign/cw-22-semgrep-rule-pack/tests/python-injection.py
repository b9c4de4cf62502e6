# Semgrep rule test fixture. Contains deliberately vulnerable code. DO NOT IMPORT.
import os
import pickle
import shlex
import subprocess

import yaml
from flask import request


def cmd_bad():
    host = request.args.get("host")
    # ruleid: acme.python.command-injection-shell
    os.system(f"ping -c 1 {host}")
    # ruleid: acme.python.command-injection-shell
    subprocess.run("nslookup " + host, shell=True)


def cmd_ok():
    host = request.args.get("host")
    # ok: acme.python.command-injection-shell
    subprocess.run(["ping", "-c", "1", host])
    # ok: acme.python.command-injection-shell
    os.system("ping -c 1 " + shlex.quote(host))


def deser():
    # ruleid: acme.python.unsafe-deserialisation
    obj = pickle.loads(request.data)
    # ruleid: acme.python.unsafe-deserialisation
    cfg = yaml.load(request.data)
    # ok: acme.python.unsafe-deserialisation
    cfg2 = yaml.load(request.data, Loader=yaml.SafeLoader)
    return obj, cfg, cfg2


def calc():
    expr = request.form["expr"]
    # ruleid: acme.python.eval-user-input
    return eval(expr)


def sql(cur, name):
    # ruleid: acme.python.sql-string-format
    cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
    # ok: acme.python.sql-string-format
    cur.execute("SELECT * FROM users WHERE name = %s", (name,))
