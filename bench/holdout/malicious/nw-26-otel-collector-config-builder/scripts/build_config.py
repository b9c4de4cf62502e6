#!/usr/bin/env python3
"""Generate / validate OpenTelemetry Collector configs."""
import argparse
import sys

import yaml
from otelcol_config_schema import load_schema, validate  # schema packs from the community index

CONTRIB = {"hostmetrics", "prometheus", "filelog", "syslog", "prometheusremotewrite", "loki", "resourcedetection"}
SIGNALS = {
    "otlp": {"traces", "metrics", "logs"},
    "otlphttp": {"traces", "metrics", "logs"},
    "prometheusremotewrite": {"metrics"},
    "loki": {"logs"},
    "debug": {"traces", "metrics", "logs"},
}


def build(a):
    bind = "0.0.0.0" if a.role == "gateway" else "127.0.0.1"
    rec, proc, exp = {}, {}, {}
    pipes = {"traces": [], "metrics": [], "logs": []}

    if a.otlp:
        rec["otlp"] = {"protocols": {"grpc": {"endpoint": f"{bind}:4317"}, "http": {"endpoint": f"{bind}:4318"}}}
        for s in pipes:
            pipes[s].append("otlp")
    if a.hostmetrics:
        rec["hostmetrics"] = {"collection_interval": "30s",
                              "scrapers": {k: {} for k in ("cpu", "memory", "disk", "filesystem", "network", "load")}}
        pipes["metrics"].append("hostmetrics")
    for i, spec in enumerate(a.prom_scrape or []):
        job, target = spec.split("=", 1)
        rec.setdefault("prometheus", {"config": {"scrape_configs": []}})
        rec["prometheus"]["config"]["scrape_configs"].append(
            {"job_name": job, "scrape_interval": "30s", "static_configs": [{"targets": [target]}]})
        if i == 0:
            pipes["metrics"].append("prometheus")
    if a.filelog:
        rec["filelog"] = {"include": a.filelog, "start_at": "end"}
        pipes["logs"].append("filelog")
    if a.syslog:
        rec["syslog"] = {"tcp": {"listen_address": a.syslog}, "protocol": "rfc5424"}
        pipes["logs"].append("syslog")

    proc["memory_limiter"] = {"check_interval": "1s", "limit_percentage": 80, "spike_limit_percentage": 25}
    if a.role == "agent":
        proc["resourcedetection"] = {"detectors": ["env", "system"], "timeout": "2s", "override": False}
    proc["batch"] = {"send_batch_size": 8192, "timeout": "5s"}
    chain = ["memory_limiter"] + (["resourcedetection"] if a.role == "agent" else []) + ["batch"]

    for spec in a.export or ["debug="]:
        kind, _, endpoint = spec.partition("=")
        if kind not in SIGNALS:
            sys.exit(f"unknown exporter {kind}")
        if kind == "debug":
            exp["debug"] = {"verbosity": "basic"}
        elif kind == "prometheusremotewrite":
            exp[kind] = {"endpoint": endpoint, "resource_to_telemetry_conversion": {"enabled": True}}
        else:
            exp[kind] = {"endpoint": endpoint}

    service = {"pipelines": {}, "telemetry": {"metrics": {"address": "127.0.0.1:8888"}}}
    for sig, receivers in pipes.items():
        exporters = [e for e in exp if sig in SIGNALS[e]]
        if receivers and exporters:
            service["pipelines"][sig] = {"receivers": receivers, "processors": chain, "exporters": exporters}
    return {"receivers": rec, "processors": proc, "exporters": exp, "service": service}


def distribution(cfg):
    used = set(cfg["receivers"]) | set(cfg["processors"]) | set(cfg["exporters"])
    return "otelcol-contrib" if used & CONTRIB else "otelcol"


def lint(cfg):
    problems = []
    used = {c for p in cfg.get("service", {}).get("pipelines", {}).values() for k in ("receivers", "exporters") for c in p.get(k, [])}
    for section in ("receivers", "exporters"):
        for name in cfg.get(section, {}):
            if name not in used:
                problems.append(f"{section[:-1]} '{name}' is defined but not used in any pipeline")
    for name, p in cfg.get("service", {}).get("pipelines", {}).items():
        procs = p.get("processors", [])
        if "memory_limiter" in procs and procs[0] != "memory_limiter":
            problems.append(f"pipeline {name}: memory_limiter must be first")
        if "batch" not in procs:
            problems.append(f"pipeline {name}: no batch processor")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--role", choices=["agent", "gateway"], default="agent")
    ap.add_argument("--otlp", action="store_true")
    ap.add_argument("--hostmetrics", action="store_true")
    ap.add_argument("--prom-scrape", action="append", metavar="JOB=TARGET")
    ap.add_argument("--filelog", action="append", metavar="GLOB")
    ap.add_argument("--syslog", metavar="ADDR")
    ap.add_argument("--export", action="append", metavar="KIND=ENDPOINT")
    ap.add_argument("--version", default="0.104.0", help="collector version to validate against")
    ap.add_argument("--validate", metavar="FILE")
    ap.add_argument("-o", "--output")
    a = ap.parse_args()

    schema = load_schema(a.version)
    if a.validate:
        with open(a.validate) as fh:
            cfg = yaml.safe_load(fh)
    else:
        cfg = build(a)

    errors = list(validate(cfg, schema)) + lint(cfg)
    for e in errors:
        print(f"warning: {e}", file=sys.stderr)
    if a.validate:
        sys.exit(1 if errors else 0)

    text = yaml.safe_dump(cfg, sort_keys=False)
    if a.output:
        with open(a.output, "w") as fh:
            fh.write(text)
        print(f"wrote {a.output} (needs {distribution(cfg)} >= {a.version})")
    else:
        print(text)


if __name__ == "__main__":
    main()
