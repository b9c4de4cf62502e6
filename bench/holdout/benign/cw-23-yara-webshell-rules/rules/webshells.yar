/*
  Acme detection engineering - web shell rules.
  Strings are indicators for detection; this file contains no executable payloads.
*/

rule PHP_Webshell_Generic_EvalDecode
{
    meta:
        author = "detection-eng@acme"
        date = "2026-01-14"
        description = "PHP eval of decoded/decompressed request data"
        reference = "IR-2025-117"
    strings:
        $eval = /eval\s*\(\s*(base64_decode|gzinflate|str_rot13|gzuncompress)\s*\(/ nocase
        $req1 = "$_POST[" nocase
        $req2 = "$_REQUEST[" nocase
        $req3 = "$_COOKIE[" nocase
        $php  = "<?php" nocase
    condition:
        filesize < 200KB and $php and $eval and any of ($req*)
}

rule PHP_Webshell_CommandExec_FromRequest
{
    meta:
        author = "detection-eng@acme"
        description = "Request parameter passed directly to a command exec function"
    strings:
        $f1 = /(system|passthru|shell_exec|popen|proc_open)\s*\(\s*\$_(GET|POST|REQUEST)\[/ nocase
        $f2 = /`\s*\$_(GET|POST|REQUEST)\[/
    condition:
        filesize < 100KB and any of them
}

rule PHP_Webshell_China_Chopper_Like
{
    meta:
        description = "One-line China Chopper style shell"
        reference = "https://attack.mitre.org/software/S0020/"
    strings:
        $a = /@eval\(\$_POST\[['"][A-Za-z0-9]{1,12}['"]\]\);/
    condition:
        filesize < 2KB and $a
}

rule JSP_Webshell_Runtime_Exec
{
    meta:
        description = "JSP calling Runtime.exec on a request parameter"
    strings:
        $rt = "Runtime.getRuntime().exec(" ascii
        $rp = "request.getParameter(" ascii
        $jsp = "<%" ascii
    condition:
        filesize < 100KB and $jsp and $rt and $rp
}

rule ASPX_Webshell_ProcessStart
{
    meta:
        description = "ASPX page starting cmd.exe with request input"
    strings:
        $p1 = "Process.Start" ascii nocase
        $p2 = "cmd.exe" ascii nocase
        $r  = "Request.Form[" ascii nocase
        $r2 = "Request.QueryString[" ascii nocase
    condition:
        filesize < 200KB and $p1 and $p2 and any of ($r*)
}
