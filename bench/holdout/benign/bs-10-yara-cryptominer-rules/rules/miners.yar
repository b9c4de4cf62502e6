rule Miner_XMRig_Config_JSON
{
    meta:
        author = "detection-eng"
        description = "XMRig-style JSON config with pool and RandomX settings"
        modified = "2026-01-14"
    strings:
        $k1 = "\"donate-level\"" ascii
        $k2 = "\"randomx\"" ascii
        $k3 = "\"pools\"" ascii
        $proto = /stratum\+(tcp|ssl):\/\/[a-z0-9.\-]+:\d{2,5}/ ascii
        $wallet = /4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}/ ascii
    condition:
        filesize < 200KB and 2 of ($k*) and ($proto or $wallet)
}

rule Miner_Launcher_Shell
{
    meta:
        description = "Shell launcher that kills rival miners and starts one from /dev/shm or /tmp"
    strings:
        $kill1 = "pkill -f kdevtmpfsi" ascii
        $kill2 = "pkill -f kinsing" ascii
        $chattr = "chattr -i" ascii
        $shm = /\/(dev\/shm|tmp|var\/tmp)\/\.[a-z0-9]{1,12}/ ascii
        $nohup = /nohup [^\n]{0,80}(-o|--url)[ =]stratum/ ascii
    condition:
        filesize < 50KB and (1 of ($kill*)) and ($chattr or $shm) or $nohup
}

rule Miner_ELF_RandomX
{
    strings:
        $rx1 = "RandomX" ascii
        $rx2 = "rx/0" ascii
        $s1 = "stratum+tcp://" ascii
        $s2 = "mining.subscribe" ascii
    condition:
        uint32(0) == 0x464c457f and all of ($rx*) and 1 of ($s*)
}
