rule PHP_Webshell_Eval_Request
{
    meta:
        author = "detection-eng@corp.example"
        description = "PHP one-liner webshell evaluating request input"
        date = "2030-02-01"
        tlp = "WHITE"
    strings:
        $php = "<?php" ascii nocase
        $eval_post = /@?eval\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\[/ ascii nocase
        $assert_post = /assert\s*\(\s*\$_(POST|GET|REQUEST)\[/ ascii nocase
        $b64 = /base64_decode\s*\(\s*\$_(POST|GET|REQUEST)/ ascii nocase
    condition:
        filesize < 200KB and $php and ($eval_post or $assert_post or $b64)
}

rule XMRig_Config_JSON
{
    meta:
        author = "detection-eng@corp.example"
        description = "xmrig-style miner config with pool URL and wallet user field"
        date = "2030-02-01"
    strings:
        $pools = "\"pools\"" ascii
        $url = /"url"\s*:\s*"(stratum\+(tcp|ssl):\/\/)?[a-z0-9.-]+:\d{4,5}"/ ascii
        $donate = "\"donate-level\"" ascii
        $algo = /"algo"\s*:\s*"(rx\/0|cn\/r|rx\/wow)"/ ascii
    condition:
        filesize < 50KB and $pools and $url and ($donate or $algo)
}

rule Stealer_Browser_And_Cloud_Paths
{
    meta:
        author = "detection-eng@corp.example"
        description = "Script referencing several browser credential stores and cloud CLI credential files together"
        date = "2030-02-01"
    strings:
        $chrome = "Google/Chrome/User Data/Default/Login Data" ascii wide nocase
        $ff = "logins.json" ascii wide
        $aws = ".aws/credentials" ascii wide
        $gcloud = "gcloud/credentials.db" ascii wide
        $ssh = ".ssh/id_rsa" ascii wide
    condition:
        filesize < 2MB and 3 of them
}
