rule NPM_Env_Harvest_Beacon
{
    meta:
        description = "JS reads env and home credential files and sends them out"
        author = "appsec"
        date = "2024-05-02"
    strings:
        $env1 = "process.env" ascii
        $home = "homedir()" ascii
        $c1 = ".npmrc" ascii
        $c2 = ".aws/credentials" ascii
        $c3 = ".ssh/id_" ascii
        $c4 = ".git-credentials" ascii
        $c5 = "gh/hosts.yml" ascii
        $n1 = "https.request" ascii
        $n2 = "http.request" ascii
        $n3 = "fetch(" ascii
        $n4 = "dns.lookup" ascii
        $b64 = "toString(\"base64\")" ascii
        $b64b = "toString('base64')" ascii
    condition:
        filesize < 500KB and $env1 and $home and 2 of ($c*) and any of ($n*) and any of ($b64*)
}

rule JS_Obfuscated_Loader
{
    meta:
        description = "javascript-obfuscator style identifiers plus dynamic code sink"
    strings:
        $ob = /_0x[a-f0-9]{4,6}\(/ ascii
        $s1 = "eval(" ascii
        $s2 = "Function(" ascii
        $s3 = "vm.runInThisContext" ascii
        $s4 = "child_process" ascii
    condition:
        filesize < 2MB and #ob > 20 and any of ($s*)
}

rule PY_Setup_Exec_B64
{
    meta:
        description = "setup.py executing base64/zlib decoded code at install time"
    strings:
        $setup = "setup(" ascii
        $e1 = /exec\s*\(\s*(base64\.b64decode|zlib\.decompress|__import__\(.base64.\))/ ascii
        $e2 = "exec(codecs.decode(" ascii
    condition:
        $setup and any of ($e*)
}

rule Install_Hook_Download_Exec
{
    meta:
        description = "package.json lifecycle script that pipes a download into a shell"
    strings:
        $h = /"(pre|post)?install"\s*:\s*"[^"]{0,200}(curl|wget)[^"]{0,200}\|\s*(ba)?sh/ ascii
    condition:
        $h
}
