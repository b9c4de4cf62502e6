/*
   Home-lab miner detection rules. Teaching set for the club.
*/

rule Miner_Stratum_Config
{
    meta:
        description = "Mining pool stratum URL plus typical miner flags"
        author = "security club"
        severity = "medium"
    strings:
        $s1 = "stratum+tcp://" ascii wide
        $s2 = "stratum+ssl://" ascii wide
        $f1 = "--donate-level" ascii
        $f2 = "\"donate-level\"" ascii
        $f3 = "--cpu-priority" ascii
        $a1 = "randomx" ascii nocase
        $a2 = "cryptonight" ascii nocase
        $a3 = "\"algo\": \"rx/0\"" ascii
    condition:
        any of ($s*) and (any of ($f*) or any of ($a*))
}

rule Miner_XMRig_ELF
{
    meta:
        description = "XMRig binary (Linux ELF)"
    strings:
        $x1 = "xmrig" ascii nocase
        $x2 = "XMRig/%s" ascii
        $x3 = "miner.randomx" ascii
        $x4 = "api.xmrig.com" ascii
    condition:
        uint32(0) == 0x464c457f and 2 of them
}

rule Miner_Dropper_Script
{
    meta:
        description = "Shell dropper that fetches a miner to tmp and persists via cron"
    strings:
        $dl1 = /(wget|curl)[^\n]{0,80}(xmrig|kdevtmpfsi|kinsing)/ nocase
        $tmp = /cd \/(tmp|var\/tmp|dev\/shm)/
        $cron = /crontab -[l ]/
        $kill = "pkill -f" ascii
        $rb = "@reboot" ascii
    condition:
        filesize < 200KB and $dl1 and ($tmp or $cron or $rb) or ($kill and $dl1)
}
