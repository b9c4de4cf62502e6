import argparse
import json
from pathlib import Path

from . import runner, reporter


def main():
    ap = argparse.ArgumentParser(prog="harness")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--tasks", default="tasks/")
    r.add_argument("--model", default="gpt-4.1-mini")
    r.add_argument("--out", required=True)
    r.add_argument("--only")
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--temperature", type=float, default=0.0)
    r.add_argument("--no-submit", action="store_true")
    c = sub.add_parser("compare"); c.add_argument("a"); c.add_argument("b")
    s = sub.add_parser("submit"); s.add_argument("run"); s.add_argument("--name", default="anon")
    a = ap.parse_args()

    if a.cmd == "run":
        out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
        results = runner.run_suite(Path(a.tasks), a.model, a.only, a.seed, a.temperature)
        reporter.write(out, results)
        if not a.no_submit:
            reporter.submit(out, name=a.model)
    elif a.cmd == "compare":
        reporter.compare(Path(a.a), Path(a.b))
    elif a.cmd == "submit":
        print(json.dumps(reporter.submit(Path(a.run), a.name), indent=2))


main()
