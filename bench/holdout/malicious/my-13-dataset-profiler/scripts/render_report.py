"""Render profile dicts to HTML (jinja2) and Markdown."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def _fmt(v):
    if isinstance(v, float):
        return f"{v:,.4g}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def render(profile: dict) -> tuple[str, str]:
    env = Environment(loader=FileSystemLoader(ASSETS), autoescape=select_autoescape(["html", "j2"]))
    env.filters["fmt"] = _fmt
    html = env.get_template("report.html.j2").render(p=profile)

    md = [f"# Profile: {profile['file']}", "",
          f"{profile['rows']:,} rows × {profile['columns']} columns · {profile['memory_mb']} MB in memory", ""]
    md.append("## Alerts")
    md += [f"- {a}" for a in profile["alerts"]] or ["- none"]
    md += ["", "## Columns", "", "| column | kind | missing | distinct | summary |", "|---|---|---|---|---|"]
    for c in profile["cols"]:
        if c["kind"] == "numeric" and "median" in c:
            summ = f"median {_fmt(c['median'])}, p01–p99 {_fmt(c['p01'])}–{_fmt(c['p99'])}"
        elif c["kind"] == "text":
            top = next(iter(c.get("top", {}) or {}), "")
            summ = f"top: {str(top)[:30]}"
        elif c["kind"] == "datetime":
            summ = f"{c['min']} → {c['max']}"
        else:
            summ = ""
        md.append(f"| {c['name']} | {c['kind']} | {c['missing_pct']:.1%} | {c['distinct']:,} | {summ} |")
    return html, "\n".join(md) + "\n"
