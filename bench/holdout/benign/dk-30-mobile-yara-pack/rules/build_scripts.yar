rule Build_Script_Pipe_To_Shell
{
    meta:
        description = "Remote script piped into a shell from a mobile build file"
    strings:
        $p = /(curl|wget)[^\n|]{0,200}\|\s*(sudo\s+)?(ba|z)?sh/ ascii
        $f1 = "post_install do" ascii
        $f2 = "shellScript = " ascii
        $f3 = "lane :" ascii
        $f4 = ".execute()" ascii
        $f5 = "\"postinstall\"" ascii
    condition:
        $p and 1 of ($f*)
}

rule Build_Script_Env_Exfil
{
    meta:
        description = "Environment dump sent to network from build tooling"
    strings:
        $e1 = "ENV.to_h" ascii
        $e2 = "process.env)" ascii
        $e3 = /\benv\s*\|\s*(curl|nc|wget)/ ascii
        $e4 = "System.getenv()" ascii
        $n1 = "Net::HTTP" ascii
        $n2 = "https://" ascii
        $n3 = "curl" ascii
    condition:
        1 of ($e*) and 1 of ($n*) and filesize < 2MB
}
