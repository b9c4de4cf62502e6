rule DiagTool_Lure_Padded_Installer
{
    meta:
        description = "Large installer with long zero padding, typical of stealer lures posing as diagnostic software"
        author = "shop-secops"
        date = "2025-10-12"
    strings:
        $mz = { 4D 5A }
        $pad = { 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 }
    condition:
        $mz at 0 and filesize > 300MB and #pad > 100000
}

rule DiagTool_Lure_Script_Downloader
{
    meta:
        description = "Installer scripts fetching second stage with LOLBins"
    strings:
        $a1 = "certutil -urlcache -split -f" ascii wide nocase
        $a2 = "Invoke-WebRequest" ascii wide nocase
        $a3 = "mshta http" ascii wide nocase
        $a4 = "FromBase64String" ascii wide
        $l1 = "ELM327" ascii wide nocase
        $l2 = "J2534" ascii wide nocase
        $l3 = "keygen" ascii wide nocase
        $l4 = "VCI" ascii wide
    condition:
        2 of ($a*) and 1 of ($l*)
}

rule Stealer_Browser_Path_Strings
{
    meta:
        description = "Generic infostealer targeting of browser credential stores"
    strings:
        $b1 = "\\Google\\Chrome\\User Data\\Default\\Login Data" ascii wide
        $b2 = "\\Microsoft\\Edge\\User Data\\Local State" ascii wide
        $b3 = "\\Mozilla\\Firefox\\Profiles" ascii wide
        $w1 = "wallet.dat" ascii wide
        $t1 = "\\Telegram Desktop\\tdata" ascii wide
    condition:
        uint16(0) == 0x5A4D and 3 of them
}
