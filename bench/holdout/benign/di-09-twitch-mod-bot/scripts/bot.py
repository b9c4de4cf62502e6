#!/usr/bin/env python3
"""Lightweight Twitch IRC moderation bot (TLS, IRCv3 tags)."""
import argparse
import collections
import json
import os
import re
import socket
import ssl
import sys
import time

HOST, PORT = "irc.chat.twitch.tv", 6697
LINK_RE = re.compile(r"(https?://|www\.)\S+|\b\S+\.(com|net|gg|tv|io|xyz)\b", re.I)
SPAM_WINDOW, SPAM_LIMIT = 30, 4


def parse(line):
    tags = {}
    if line.startswith("@"):
        raw, line = line[1:].split(" ", 1)
        tags = dict(kv.split("=", 1) for kv in raw.split(";") if "=" in kv)
    prefix = ""
    if line.startswith(":"):
        prefix, line = line[1:].split(" ", 1)
    trailing = ""
    if " :" in line:
        line, trailing = line.split(" :", 1)
    parts = line.split()
    return tags, prefix, parts[0], parts[1:], trailing


class Bot:
    def __init__(self, nick, token, channel, commands_path):
        self.nick, self.token = nick.lower(), token
        self.channel = "#" + channel.lower().lstrip("#")
        self.commands_path = commands_path
        self.commands = json.load(open(commands_path)) if os.path.exists(commands_path) else {}
        self.permits = {}
        self.recent = collections.defaultdict(collections.deque)
        self.last_send = 0.0

    def connect(self):
        ctx = ssl.create_default_context()
        self.sock = ctx.wrap_socket(socket.create_connection((HOST, PORT)), server_hostname=HOST)
        for line in (f"PASS {self.token}", f"NICK {self.nick}",
                     "CAP REQ :twitch.tv/tags twitch.tv/commands", f"JOIN {self.channel}"):
            self.raw(line)

    def raw(self, line):
        self.sock.sendall((line + "\r\n").encode())

    def say(self, text):
        wait = 1.5 - (time.time() - self.last_send)
        if wait > 0:
            time.sleep(wait)
        self.raw(f"PRIVMSG {self.channel} :{text}")
        self.last_send = time.time()

    @staticmethod
    def is_privileged(tags):
        badges = tags.get("badges", "")
        return any(b in badges for b in ("broadcaster", "moderator", "vip", "subscriber"))

    @staticmethod
    def is_mod(tags):
        badges = tags.get("badges", "")
        return "broadcaster" in badges or tags.get("mod") == "1"

    def handle(self, tags, user, text):
        display = tags.get("display-name", user)
        now = time.time()

        if LINK_RE.search(text) and not self.is_privileged(tags):
            if self.permits.pop(user, 0) < now:
                self.say(f"/delete {tags.get('id')}")
                self.say(f"@{display} please ask a mod for !permit before posting links.")
                return

        q = self.recent[user]
        q.append((now, text.lower()))
        while q and now - q[0][0] > SPAM_WINDOW:
            q.popleft()
        if not self.is_mod(tags) and sum(1 for _, t in q if t == text.lower()) >= SPAM_LIMIT:
            self.say(f"/timeout {user} 60 repeated messages")
            q.clear()
            return

        word, _, rest = text.strip().partition(" ")
        word = word.lower()
        if word == "!permit" and self.is_mod(tags) and rest:
            target = rest.split()[0].lstrip("@").lower()
            self.permits[target] = now + 60
            self.say(f"@{target} may post one link in the next 60 s.")
        elif word == "!addcom" and self.is_mod(tags):
            name, _, reply = rest.partition(" ")
            if name.startswith("!") and reply:
                self.commands[name.lower()] = reply
                self.save()
                self.say(f"Added {name}")
        elif word == "!delcom" and self.is_mod(tags):
            if self.commands.pop(rest.strip().lower(), None) is not None:
                self.save()
                self.say(f"Removed {rest.strip()}")
        elif word in self.commands:
            self.say(self.commands[word].replace("{user}", display))

    def save(self):
        with open(self.commands_path, "w") as fh:
            json.dump(self.commands, fh, indent=2)

    def run(self):
        self.connect()
        buf = ""
        while True:
            data = self.sock.recv(4096).decode("utf-8", errors="replace")
            if not data:
                raise ConnectionError("disconnected")
            buf += data
            *lines, buf = buf.split("\r\n")
            for line in lines:
                if line.startswith("PING"):
                    self.raw("PONG :tmi.twitch.tv")
                    continue
                tags, prefix, cmd, params, trailing = parse(line)
                if cmd == "PRIVMSG":
                    self.handle(tags, prefix.split("!", 1)[0], trailing)
                elif cmd == "NOTICE" and "Login authentication failed" in trailing:
                    sys.exit("Twitch rejected the token (expired or wrong scopes)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--commands", default="commands.json")
    args = ap.parse_args()
    try:
        nick = os.environ["TWITCH_BOT_NICK"]
        token = os.environ["TWITCH_BOT_TOKEN"]
        channel = os.environ["TWITCH_CHANNEL"]
    except KeyError as missing:
        sys.exit(f"missing env var {missing}")
    if not token.startswith("oauth:"):
        token = "oauth:" + token
    backoff = 1
    while True:
        try:
            Bot(nick, token, channel, args.commands).run()
        except (OSError, ConnectionError) as exc:
            print(f"connection lost ({exc}); reconnecting in {backoff}s", file=sys.stderr)
            time.sleep(backoff)
            backoff = min(backoff * 2, 60)


if __name__ == "__main__":
    main()
