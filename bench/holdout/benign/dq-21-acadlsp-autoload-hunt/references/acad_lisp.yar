rule ACAD_LISP_SelfCopy_To_DwgPrefix
{
    meta:
        description = "AutoLISP copying itself next to the opened drawing"
        author = "CAD security team"
    strings:
        $a1 = "vl-file-copy" nocase
        $a2 = "dwgprefix" nocase
        $n1 = "acaddoc.lsp" nocase
        $n2 = "acad.lsp" nocase
    condition:
        filesize < 200KB and $a1 and $a2 and any of ($n*)
}

rule ACAD_LISP_Disables_SecureLoad
{
    strings:
        $s1 = /\(setvar\s+"secureload"\s+0\)/ nocase
        $s2 = "TRUSTEDPATHS" nocase
        $w  = "vl-registry-write" nocase
    condition:
        $s1 or ($s2 and $w)
}

rule ACAD_LISP_Shell_Exec
{
    strings:
        $x1 = "WScript.Shell" nocase
        $x2 = /\(startapp\s+"(cmd|powershell)/ nocase
        $x3 = "Shell.Application" nocase
    condition:
        any of them
}

rule ACAD_LISP_Chr_Obfuscation
{
    strings:
        $c = /\(chr\s+\d{2,3}\)\s*\(chr\s+\d{2,3}\)\s*\(chr\s+\d{2,3}\)\s*\(chr\s+\d{2,3}\)/
    condition:
        #c > 5
}
