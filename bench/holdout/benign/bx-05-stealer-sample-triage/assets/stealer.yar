rule MacStealer_Generic_Strings
{
    meta:
        description = "Generic string cluster seen in macOS infostealers (keychain + browser + wallet + osascript prompt)"
        author = "IR team"
        date = "2026-02-18"
        tlp = "AMBER"
    strings:
        $k1 = "login.keychain-db" ascii
        $b1 = "/Library/Application Support/Google/Chrome/" ascii
        $b2 = "/Library/Application Support/BraveSoftware/" ascii
        $b3 = "Login Data" ascii
        $b4 = "Cookies" ascii
        $w1 = "nkbihfbeogaeaoehlefnkodbefgpgknn" ascii  // MetaMask extension id
        $w2 = "Exodus/exodus.wallet" ascii
        $o1 = "display dialog" ascii
        $o2 = "with hidden answer" ascii
        $x1 = "ditto -c -k --sequesterRsrc" ascii
    condition:
        (uint32(0) == 0xfeedfacf or uint32(0) == 0xbebafeca or uint32(0) == 0xcafebabe)
        and $k1 and 2 of ($b*) and 1 of ($w*) and all of ($o*)
        or (all of ($o*) and $x1)
}

rule Linux_Stager_CurlPipe
{
    meta:
        description = "Shell script that pulls a second stage and pipes it into a shell"
    strings:
        $c = /curl\s+-[a-zA-Z]*s[a-zA-Z]*\s+https?:\/\/[^\s|]+\s*\|\s*(ba)?sh/
        $w = /wget\s+-qO-\s+https?:\/\/[^\s|]+\s*\|\s*(ba)?sh/
    condition:
        uint16(0) == 0x2123 and any of them
}
