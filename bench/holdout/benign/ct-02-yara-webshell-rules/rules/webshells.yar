rule WEBSHELL_PHP_Eval_Superglobal
{
    meta:
        author = "mk / threat research"
        date = "2026-01-20"
        reference = "internal IR-2025-311"
        score = 80
        description = "eval/assert/system fed directly from a request superglobal"
    strings:
        $fn = /\b(eval|assert|system|passthru|shell_exec)\s*\(\s*(stripslashes\s*\()?\s*\$_(POST|GET|REQUEST|COOKIE)\s*\[/ nocase
    condition:
        filesize < 200KB and $fn
}

rule WEBSHELL_PHP_Decode_Chain
{
    meta:
        author = "mk / threat research"
        date = "2026-01-20"
        reference = "public reporting on b374k / WSO variants"
        score = 70
        description = "eval of gzinflate/base64/str_rot13 chains"
    strings:
        $c1 = /eval\s*\(\s*(gzinflate|gzuncompress|str_rot13)\s*\(\s*base64_decode\s*\(/ nocase
        $c2 = /eval\s*\(\s*base64_decode\s*\(\s*\$_/ nocase
    condition:
        filesize < 500KB and any of them
}

rule WEBSHELL_ASPX_Process_Start_From_Request
{
    meta:
        author = "mk / threat research"
        date = "2026-01-22"
        reference = "internal IR-2025-347"
        score = 75
    strings:
        $a1 = "Process.Start" ascii nocase
        $a2 = "Request.Form[" ascii nocase
        $a3 = "Request.QueryString[" ascii nocase
        $a4 = "cmd.exe" ascii nocase
    condition:
        filesize < 100KB and $a1 and ($a2 or $a3) and $a4
}

rule WEBSHELL_JSP_Runtime_Exec_Param
{
    meta:
        author = "mk / threat research"
        date = "2026-01-22"
        reference = "CVE exploitation reporting, generic"
        score = 70
    strings:
        $r = /Runtime\.getRuntime\(\)\.exec\(\s*request\.getParameter\(/
    condition:
        filesize < 100KB and $r
}
