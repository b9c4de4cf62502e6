/*
  Newsroom macOS dropper rules. Internal tickets referenced as SEC-xxxx.
*/

rule MacStealer_PasswordDialog
{
    meta:
        author = "sec-redaccion"
        date = "2024-04-18"
        description = "AppleScript/shell password phishing loop used by AMOS-like stealers"
        reference = "SEC-1187"
    strings:
        $d1 = "display dialog" ascii wide
        $d2 = "with hidden answer" ascii wide
        $v1 = "dscl . authonly" ascii
        $v2 = "dscl /Local/Default -authonly" ascii
        $t1 = "System Preferences" ascii
        $t2 = "macOS needs" ascii nocase
    condition:
        filesize < 5MB and $d1 and $d2 and (any of ($v*) or any of ($t*))
}

rule FakeCodec_CurlPipe
{
    meta:
        author = "sec-redaccion"
        description = "Tiny installer scripts fetching and piping a second stage"
        reference = "SEC-1203"
    strings:
        $sh = "#!/bin/" ascii
        $c = "curl " ascii
        $p1 = "| bash" ascii
        $p2 = "|bash" ascii
        $p3 = "| sh" ascii
        $x1 = "chmod +x /tmp/" ascii
        $x2 = "xattr -c" ascii
        $x3 = "xattr -d com.apple.quarantine" ascii
    condition:
        filesize < 20KB and $sh at 0 and $c and (any of ($p*) or 2 of ($x*))
}

rule ExtendScript_FileExecute
{
    meta:
        author = "sec-redaccion"
        description = "Adobe ExtendScript writing a .command/.sh and executing it"
        reference = "SEC-1251"
    strings:
        $n = "new File(" ascii
        $w = ".write(" ascii
        $e = ".execute()" ascii
        $ext1 = ".command" ascii
        $ext2 = ".sh\"" ascii
        $sys = "app.system(" ascii
    condition:
        filesize < 1MB and ($n and $w and $e and any of ($ext*)) or $sys
}

rule AppleScript_Applet_Dropper
{
    meta:
        author = "sec-redaccion"
        description = "Compiled AppleScript with shell download"
        reference = "SEC-1302"
    strings:
        $magic = "FasdUAS" ascii
        $a = "do shell script" ascii wide
        $b = "curl" ascii wide
        $c = "/tmp/" ascii wide
    condition:
        $magic at 0 and $a and $b and $c
}
