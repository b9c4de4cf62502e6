/*
   Crypto clipper hunting rules
   Author: dg-threat-research
   Date: 2024-09-14
   Notes: hunting quality. Tune "#addr_eth > N" thresholds for your corpus.
*/

import "pe"

private rule ClipperAddressRegexes
{
    strings:
        // regex source strings as they appear inside clippers (not applied to victim data by us)
        $addr_btc_legacy = "^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$" ascii wide
        $addr_btc_bech32 = "^bc1[a-zA-HJ-NP-Z0-9]{25,62}$" ascii wide nocase
        $addr_btc_alt    = "(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}" ascii wide
        $addr_eth        = "^0x[a-fA-F0-9]{40}$" ascii wide
        $addr_eth_alt    = "0x[0-9a-fA-F]{40}" ascii wide
        $addr_trx        = "^T[A-Za-z1-9]{33}$" ascii wide
        $addr_xmr        = "^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$" ascii wide
        $addr_ltc        = "^[LM3][a-km-zA-HJ-NP-Z1-9]{26,33}$" ascii wide
        $addr_doge       = "^D{1}[5-9A-HJ-NP-U]{1}[1-9A-HJ-NP-Za-km-z]{32}$" ascii wide
        $addr_sol        = "^[1-9A-HJ-NP-Za-km-z]{32,44}$" ascii wide
    condition:
        2 of them
}

rule CLIPPER_Win_ClipboardAPI_AddrRegex
{
    meta:
        description = "PE that monitors/replaces clipboard and carries multiple crypto address regexes"
        severity = "high"
        reference = "internal: DG-TR-0412"
    condition:
        uint16(0) == 0x5A4D and
        filesize < 3MB and
        (
            pe.imports("user32.dll", "SetClipboardData") and
            pe.imports("user32.dll", "GetClipboardData") and
            (
                pe.imports("user32.dll", "AddClipboardFormatListener") or
                pe.imports("user32.dll", "SetClipboardViewer") or
                pe.imports("user32.dll", "GetClipboardSequenceNumber")
            )
        ) and
        ClipperAddressRegexes
}

rule CLIPPER_DotNet_Regex_Swap
{
    meta:
        description = ".NET clipper: Clipboard.GetText/SetText with address regexes"
        severity = "high"
    strings:
        $clip1 = "System.Windows.Forms" ascii
        $clip2 = "GetText" ascii
        $clip3 = "SetText" ascii
        $clip4 = "ContainsText" ascii
        $rx    = "System.Text.RegularExpressions" ascii
        $ism   = "IsMatch" ascii
        $wm    = "WM_CLIPBOARDUPDATE" ascii wide
    condition:
        uint16(0) == 0x5A4D and filesize < 2MB and
        pe.imports("mscoree.dll", "_CorExeMain") and
        3 of ($clip*) and $rx and $ism and
        (ClipperAddressRegexes or $wm)
}

rule CLIPPER_Embedded_Address_List
{
    meta:
        description = "Small binary with many hard-coded wallet addresses (replacement list). Noisy; pivot only."
        severity = "medium"
    strings:
        $eth  = /0x[a-fA-F0-9]{40}/ ascii wide
        $bc1  = /bc1q[02-9ac-hj-np-z]{38,58}/ ascii wide
        $trx  = /T[1-9A-HJ-NP-Za-km-z]{33}/ ascii wide
    condition:
        uint16(0) == 0x5A4D and filesize < 1500KB and
        ( #eth > 5 or #bc1 > 5 or #trx > 5 or (#eth + #bc1 + #trx) > 8 )
}

rule CLIPPER_Python_Pyperclip
{
    meta:
        description = "PyInstaller-bundled clipper using pyperclip"
        severity = "medium"
    strings:
        $pyi   = "MEI\x0c\x0b\x0a\x0b\x0e" ascii
        $pyi2  = "pyi-runtime-tmpdir" ascii
        $pc1   = "pyperclip" ascii
        $pc2   = "paste" ascii
        $loop  = "time.sleep" ascii
    condition:
        ($pyi or $pyi2) and $pc1 and $pc2 and $loop and ClipperAddressRegexes
}
