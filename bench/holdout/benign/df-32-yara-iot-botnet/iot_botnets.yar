/*
   IoT botnet family traits (Mirai / Gafgyt forks)
   netsec-detections — strings are from public analyses of the leaked
   Mirai source and long-circulating Gafgyt variants.
*/

import "elf"

rule IoT_Mirai_Busybox_Probe
{
    meta:
        description = "Mirai-style busybox applet probe + watchdog handling"
        severity = "high"
    strings:
        $bb   = /\/bin\/busybox [A-Z]{4,8}/
        $wd1  = "/dev/watchdog" ascii
        $wd2  = "/dev/misc/watchdog" ascii
        $enable = "enable" ascii fullword
        $shell  = "shell" ascii fullword
        $sh     = "sh" ascii fullword
    condition:
        uint32(0) == 0x464c457f and filesize < 2MB and
        $bb and any of ($wd*) and 2 of ($enable, $shell, $sh)
}

rule IoT_Mirai_CredTable_Plain
{
    meta:
        description = "Several original Mirai default credentials in clear text"
        severity = "medium"
    strings:
        $c1 = "xc3511" ascii
        $c2 = "vizxv" ascii
        $c3 = "juantech" ascii
        $c4 = "7ujMko0admin" ascii
        $c5 = "klv1234" ascii
        $c6 = "Zte521" ascii
        $c7 = "hi3518" ascii
        $c8 = "jvbzd" ascii
        $c9 = "anko" ascii fullword
    condition:
        uint32(0) == 0x464c457f and 4 of them
}

rule IoT_Mirai_CredTable_XOR
{
    meta:
        description = "Mirai credential table obfuscated with single-byte XOR 0x22"
        severity = "high"
    strings:
        $c1 = "xc3511" xor(0x22)
        $c2 = "vizxv" xor(0x22)
        $c3 = "juantech" xor(0x22)
        $c4 = "7ujMko0admin" xor(0x22)
        $c5 = "Zte521" xor(0x22)
    condition:
        uint32(0) == 0x464c457f and 3 of them
}

rule IoT_Gafgyt_Commands
{
    meta:
        description = "Gafgyt/Bashlite command verbs clustered together"
        severity = "high"
    strings:
        $a = "PING" ascii fullword
        $b = "GETLOCALIP" ascii
        $c = "SCANNER ON" ascii
        $d = "SCANNER OFF" ascii
        $e = "KILLATTK" ascii
        $f = "LOLNOGTFO" ascii
        $g = "HTTPFLOOD" ascii
        $h = "[cpuinfo]" ascii
    condition:
        uint32(0) == 0x464c457f and 4 of them
}

rule IoT_Router_Exploit_Strings
{
    meta:
        description = "Request templates for router bugs abused by IoT bots (vulnerable OR infected; see SKILL.md)"
        severity = "medium"
    strings:
        $gpon   = "/GponForm/diag_Form" ascii
        $gpon2  = "XWebPageName=diag&diag_action=ping" ascii
        $hg532  = "/ctrlt/DeviceUpgrade_1" ascii
        $hg532b = "<NewStatusURL>" ascii
        $rtk    = "/picsdesc.xml" ascii
        $rtk2   = "<NewInternalClient>`" ascii
        $dlink  = "/command.php" ascii
        $tr064  = "urn:dslforum-org:service:Time:1" ascii
    condition:
        2 of them
}

rule IoT_Dropper_Script
{
    meta:
        description = "Shell dropper iterating over CPU architectures"
        severity = "high"
    strings:
        $arch1 = "mipsel" ascii
        $arch2 = "armv7l" ascii
        $arch3 = "arm7" ascii
        $arch4 = "mpsl" ascii
        $arch5 = "x86_64" ascii
        $arch6 = "m68k" ascii
        $arch7 = "sh4" ascii fullword
        $dl1 = /(wget|curl|tftp|ftpget)[^\n]{0,80}(http:\/\/|-g|-r)/ ascii
        $x  = /chmod (\+x|777)/ ascii
    condition:
        filesize < 20KB and not (uint32(0) == 0x464c457f) and
        4 of ($arch*) and $dl1 and $x
}
