rule LINUX_Miner_Stratum_Config
{
    meta:
        author = "detection-eng"
        date = "2026-01-14"
        description = "ELF or script containing XMRig-style stratum pool config"
    strings:
        $s1 = "stratum+tcp://" ascii
        $s2 = "stratum+ssl://" ascii
        $k1 = "\"donate-level\"" ascii
        $k2 = "randomx" ascii nocase
        $k3 = "--cpu-max-threads-hint" ascii
    condition:
        filesize < 15MB and any of ($s*) and 2 of ($k*)
}

rule SH_Bash_DevTcp_ReverseShell
{
    meta:
        author = "detection-eng"
        description = "Shell scripts opening interactive bash over /dev/tcp"
    strings:
        $a = /bash\s+-i\s*>&\s*\/dev\/tcp\/[0-9.]{7,15}\/[0-9]{2,5}/
        $b = "0>&1" ascii
    condition:
        filesize < 200KB and $a and $b
}

rule PY_Base64_Exec_Loader
{
    meta:
        author = "detection-eng"
        description = "Python one-liner loader: exec of base64-decoded blob"
    strings:
        $e1 = "exec(base64.b64decode(" ascii
        $e2 = "exec(__import__('base64').b64decode(" ascii
        $e3 = /exec\(\s*zlib\.decompress\(\s*base64\.b64decode\(/
    condition:
        filesize < 500KB and any of them
}

rule STEALER_Browser_Credential_Paths
{
    meta:
        author = "detection-eng"
        description = "Binary referencing several browser credential stores"
    strings:
        $c1 = "\\Google\\Chrome\\User Data\\Default\\Login Data" ascii wide
        $c2 = "Local State" ascii wide
        $c3 = "logins.json" ascii wide
        $c4 = "key4.db" ascii wide
        $w1 = "wallet.dat" ascii wide
    condition:
        uint16(0) == 0x5a4d and 3 of them
}
