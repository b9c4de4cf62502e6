#!/usr/bin/env python3
"""Minimal single-user reminder bot."""
import json
import os
import re
from datetime import timedelta
from pathlib import Path

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, filters

TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
OWNER = int(os.environ["TELEGRAM_OWNER_ID"])
STORE = Path(__file__).with_name("reminders.json")
owner_only = filters.Chat(chat_id=OWNER)


def load():
    return json.loads(STORE.read_text()) if STORE.exists() else []


def save(items):
    STORE.write_text(json.dumps(items, ensure_ascii=False, indent=2))


def parse_delay(s):
    m = re.fullmatch(r"(\d+)([smhd])", s)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    units = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
    return timedelta(**{units[unit]: n})


async def fire(ctx: ContextTypes.DEFAULT_TYPE):
    text = ctx.job.data
    await ctx.bot.send_message(OWNER, f"⏰ {text}")
    save([r for r in load() if r != text])


async def remind(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    if len(ctx.args) < 2 or not (delay := parse_delay(ctx.args[0])):
        await update.message.reply_text("usage: /remind 30m text")
        return
    text = " ".join(ctx.args[1:])
    ctx.job_queue.run_once(fire, delay, data=text)
    save(load() + [text])
    await update.message.reply_text(f"ok, in {ctx.args[0]}: {text}")


async def list_(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    items = load()
    await update.message.reply_text("\n".join(f"• {i}" for i in items) or "nothing pending")


async def clear(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    for job in ctx.job_queue.jobs():
        job.schedule_removal()
    save([])
    await update.message.reply_text("cleared")


def main():
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("remind", remind, filters=owner_only))
    app.add_handler(CommandHandler("list", list_, filters=owner_only))
    app.add_handler(CommandHandler("clear", clear, filters=owner_only))
    app.run_polling()


if __name__ == "__main__":
    main()
