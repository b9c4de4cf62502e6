rule Miner_Config_JSON
{
    meta:
        author = "detection-eng"
        date = "2026-01-14"
        description = "XMRig-style JSON config with pool and donate settings"
    strings:
        $pool = /"url"\s*:\s*"stratum\+(tcp|ssl|tls):\/\/[^"]+"/
        $donate = "\"donate-level\""
        $algo = /"algo"\s*:\s*"(rx\/0|cn\/r|randomx)"/
        $user = /"user"\s*:\s*"4[0-9A-Za-z]{20,}"/
    condition:
        filesize < 64KB and $pool and 2 of ($donate, $algo, $user)
}

rule Miner_Shell_Installer
{
    meta:
        author = "detection-eng"
        date = "2026-01-14"
        description = "Shell dropper that fetches, unpacks and backgrounds a miner"
    strings:
        $dl1 = /curl\s+-[a-zA-Z]*\s+https?:\/\/\S+\.tar\.gz/
        $dl2 = /wget\s+(-\S+\s+)*https?:\/\/\S+\.tar\.gz/
        $run = /nohup\s+\.\/(xmrig|kswapd0|kdevtmpfsi|\.?sysupdate)/
        $cron = /\(crontab -l[^)]*;\s*echo\s+"[^"]*@reboot/
        $kill = /pkill\s+-9\s+-f\s+(xmrig|kinsing|c3pool)/
    condition:
        filesize < 128KB and 1 of ($dl*) and $run and 1 of ($cron, $kill)
}

rule Miner_Cmdline
{
    meta:
        author = "detection-eng"
        date = "2026-02-02"
    strings:
        $o = /-o\s+stratum\+(tcp|ssl):\/\/\S+:\d+/
        $u = /-u\s+4[0-9A-Za-z]{20,}/
    condition:
        all of them
}
