rule Stealer_Multi_DevCreds_202601
{
    meta:
        author = "detection-eng@corp"
        date = "2026-01-14"
        reference = "DE-1182"
        hash = "0000000000000000000000000000000000000000000000000000000000000000"
        tlp = "amber"
        description = "Script/binary enumerating multiple developer credential stores and posting them out"
    strings:
        $p1 = ".aws/credentials" ascii wide
        $p2 = ".ssh/id_rsa" ascii wide
        $p3 = ".ssh/id_ed25519" ascii wide
        $p4 = ".npmrc" ascii wide
        $p5 = ".docker/config.json" ascii wide
        $p6 = ".kube/config" ascii wide
        $p7 = ".git-credentials" ascii wide
        $p8 = ".openclaw" ascii wide
        $x1 = "discord.com/api/webhooks/" ascii wide
        $x2 = "api.telegram.org/bot" ascii wide
        $x3 = "multipart/form-data" ascii
        $z1 = "zipfile" ascii
        $z2 = "archiver" ascii
    condition:
        filesize < 5MB and 4 of ($p*) and 1 of ($x*) and (1 of ($z*) or $x3)
}

rule Stealer_Win_ChromiumLoginData_202601
{
    meta:
        author = "detection-eng@corp"
        date = "2026-01-14"
        reference = "DE-1183"
        hash = "0000000000000000000000000000000000000000000000000000000000000000"
        tlp = "amber"
    strings:
        $a = "\\User Data\\Default\\Login Data" ascii wide nocase
        $b = "Local State" ascii wide
        $c = "encrypted_key" ascii wide
        $d = "CryptUnprotectData" ascii
        $e = "SELECT origin_url, username_value, password_value FROM logins" ascii nocase
    condition:
        filesize < 10MB and $a and $e and 2 of ($b, $c, $d)
}

rule Miner_Linux_XMRig_Config_202601
{
    meta:
        author = "detection-eng@corp"
        date = "2026-01-20"
        reference = "DE-1190"
        hash = "0000000000000000000000000000000000000000000000000000000000000000"
        tlp = "white"
    strings:
        $s1 = "stratum+tcp://" ascii
        $s2 = "stratum+ssl://" ascii
        $s3 = "\"donate-level\"" ascii
        $s4 = "randomx" ascii nocase
        $s5 = "--cpu-max-threads-hint" ascii
        $w = /4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}/
    condition:
        filesize < 20MB and (1 of ($s1, $s2)) and 2 of ($s3, $s4, $s5, $w)
}
