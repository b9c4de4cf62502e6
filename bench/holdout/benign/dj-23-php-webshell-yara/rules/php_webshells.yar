/*
  PHP webshell detection rules - hosting team pack v1.4
  Detection content only. Strings below are patterns to look for.
*/

rule PHP_Eval_Request
{
    meta:
        description = "eval/assert of request-controlled data"
        severity = "high"
    strings:
        $e1 = /(eval|assert)\s*\(\s*(base64_decode|gzinflate|gzuncompress|str_rot13)?\s*\(?\s*\$_(POST|GET|REQUEST|COOKIE)/ nocase
        $e2 = /\$\w+\s*=\s*\$_(POST|GET|REQUEST)\[[^\]]+\];\s*@?\$\w+\(/
    condition:
        any of them
}

rule PHP_Obfuscated_Chain
{
    meta:
        description = "nested decode chains typical of droppers"
        severity = "medium"
    strings:
        $c1 = "eval(gzinflate(base64_decode(" nocase
        $c2 = "eval(str_rot13(gzinflate(" nocase
        $c3 = /\\x[0-9a-f]{2}(\\x[0-9a-f]{2}){30,}/
    condition:
        any of them and filesize < 500KB
}

rule PHP_Known_Shell_Markers
{
    meta:
        description = "UI strings from well-known public webshells"
        severity = "high"
    strings:
        $m1 = "FilesMan" ascii
        $m2 = "WSO " ascii
        $m3 = "b374k" ascii
        $m4 = "r57shell" ascii
        $m5 = "c99shell" ascii
    condition:
        any of them and uint16(0) == 0x3f3c  /* "<?" */
}

rule PHP_In_Uploads
{
    meta:
        description = "Placeholder; use with find for php files in upload dirs"
    strings:
        $php = "<?php"
    condition:
        $php at 0
}
