rule HUNT_XMRig_Config_Or_Cmdline
{
    meta:
        description = "XMRig miner JSON config or command-line strings (hunting, not blocking)"
        author = "detection-engineering"
        date = "2025-04-11"
        mitre = "T1496"
    strings:
        $s1 = "stratum+tcp://" ascii wide
        $s2 = "stratum+ssl://" ascii wide
        $s3 = "\"donate-level\"" ascii
        $s4 = "--donate-level" ascii
        $s5 = "\"randomx\"" ascii
        $s6 = "xmrig" ascii nocase
        $cfg = "\"pools\"" ascii
    condition:
        filesize < 20MB and (($cfg and 1 of ($s1, $s2, $s3, $s5)) or (2 of ($s1, $s2, $s4, $s6)))
}
