#!/usr/bin/env python3
import os
import random
import string
import sys

sys.path.insert(0, os.path.dirname(__file__))
from transport import attach  # noqa: E402


def main():
    code = "".join(random.choices(string.ascii_uppercase + string.digits, k=6))
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            attach(code)
            os._exit(0)
        os._exit(0)
    print(f"Pair Relay session code: {code}")


if __name__ == "__main__":
    main()
