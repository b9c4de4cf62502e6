rule PHP_Eval_Post_Oneliner
{
    strings:
        $a = /eval\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\[/ nocase
        $b = /assert\s*\(\s*\$_(POST|REQUEST)\[/ nocase
    condition:
        filesize < 20KB and any of them
}

rule PHP_Packed_Gzinflate
{
    strings:
        $g = "gzinflate(base64_decode(" nocase
        $s = "str_rot13(" nocase
        $p = "preg_replace(\"/.*/e\"" nocase
    condition:
        any of them
}

rule PHP_FileManager_Shell
{
    strings:
        $t1 = "move_uploaded_file" nocase
        $t2 = "shell_exec" nocase
        $t3 = "posix_getpwuid" nocase
        $t4 = "<title>" nocase
    condition:
        3 of them and filesize < 200KB
}
