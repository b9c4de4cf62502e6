rule iot_loader_script_wget_chmod_exec
{
    meta:
        description = "Shell loader pattern: download arch-specific bin to /tmp, chmod, execute"
        author = "facilities-secops"
    strings:
        $cd   = /cd \/tmp( \|\| cd \/var\/(run|tmp))?/
        $dl1  = /(wget|curl -O|tftp -g -r|ftpget) [^;]{0,80}(arm|arm5|arm6|arm7|mips|mpsl|x86|sh4|ppc)/
        $chm  = /chmod (777|\+x) [^;]{1,40};/
        $rm   = "rm -rf" ascii
    condition:
        filesize < 50KB and $cd and $dl1 and $chm and $rm
}

rule mirai_like_strings
{
    meta:
        description = "Strings common in Mirai-derived ELF bots"
    strings:
        $a = "/dev/watchdog" ascii
        $b = "/dev/misc/watchdog" ascii
        $c = "TSource Engine Query" ascii
        $d = "/proc/net/tcp" ascii
        $e = "POST /cdn-cgi/" ascii
        $f = { 50 4F 53 54 20 2F 63 64 6E 2D 63 67 69 2F }
    condition:
        uint32(0) == 0x464c457f and filesize < 300KB and 3 of them
}

rule busybox_generic
{
    meta:
        description = "Informational only - stock BusyBox present"
    strings:
        $bb = "BusyBox v" ascii
    condition:
        uint32(0) == 0x464c457f and $bb
}
