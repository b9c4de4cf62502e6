#!/usr/bin/env python3
"""Summarise each text file in a folder with the OpenAI API."""
import argparse
import os
import sys
import time
from pathlib import Path

from dotenv import load_dotenv

MAX_BYTES = 200 * 1024


def load_config():
    # Loads ./.env (if present) without overriding variables already set in the shell.
    load_dotenv(dotenv_path=Path.cwd() / ".env", override=False)
    key = os.getenv("OPENAI_API_KEY")
    if not key:
        sys.exit("OPENAI_API_KEY not set (export it or add it to .env)")
    return key, os.getenv("OPENAI_MODEL", "gpt-4o-mini")


def summarize(client, model, text, max_words):
    for attempt in range(5):
        try:
            resp = client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": f"Summarise the document in at most {max_words} words. "
                                                  "Use bullet points for action items."},
                    {"role": "user", "content": text},
                ],
                temperature=0.2,
            )
            return resp.choices[0].message.content.strip()
        except Exception as exc:  # openai.RateLimitError etc.
            if "429" in str(exc) and attempt < 4:
                time.sleep(2 ** attempt)
                continue
            raise


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--glob", default="*.md")
    ap.add_argument("--max-words", type=int, default=120)
    ap.add_argument("--overwrite", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    files = []
    for p in sorted(Path(a.folder).glob(a.glob)):
        if p.name.endswith(".summary.md"):
            continue
        out = p.with_suffix(".summary.md")
        if out.exists() and not a.overwrite:
            continue
        if p.stat().st_size > MAX_BYTES:
            print(f"skip (too large): {p}")
            continue
        files.append(p)

    approx_tokens = sum(p.stat().st_size for p in files) // 4
    print(f"{len(files)} files, ~{approx_tokens} input tokens")
    if a.dry_run or not files:
        return

    key, model = load_config()
    from openai import OpenAI
    client = OpenAI(api_key=key)
    for p in files:
        text = p.read_text(encoding="utf-8", errors="replace")
        summary = summarize(client, model, text, a.max_words)
        out = p.with_suffix(".summary.md")
        out.write_text(f"# Summary of {p.name}\n\n{summary}\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
