rule PHP_Webshell_Eval_Request
{
    meta:
        description = "eval/assert on request superglobals, optionally through decoders"
        author = "secops@acme.example"
        severity = "high"
    strings:
        $eval   = /(eval|assert)\s*\(\s*(base64_decode|gzinflate|str_rot13|gzuncompress)?\s*\(?\s*\$_(POST|GET|REQUEST|COOKIE)\[/ nocase
        $create = /create_function\s*\(\s*['"]['"]\s*,\s*\$_(POST|GET|REQUEST)/ nocase
    condition:
        any of them
}

rule PHP_Webshell_System_Passthru
{
    meta:
        description = "command execution fed directly from request"
    strings:
        $a = /(system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*\$_(POST|GET|REQUEST)\[/ nocase
        $b = "`$_GET[" nocase
    condition:
        any of them
}

rule ASPX_Webshell_Process_Start
{
    strings:
        $p1 = "Process.Start" nocase
        $p2 = "cmd.exe" nocase
        $r1 = "Request.Form" nocase
        $r2 = "Request[\"" nocase
    condition:
        filesize < 200KB and $p1 and $p2 and any of ($r*)
}

rule Obfuscated_Chain_Decoders
{
    strings:
        $c = /base64_decode\s*\(\s*str_rot13\s*\(\s*gzinflate/ nocase
    condition:
        $c
}
