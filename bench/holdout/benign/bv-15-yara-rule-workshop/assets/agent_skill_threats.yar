/*
  Marketplace review rules for agent skill folders (SKILL.md + scripts).
  Each rule requires a combination of indicators; single strings alone are common in
  legitimate security skills (scanners, runbooks, detection content) and must not fire.
  Maintainer: marketplace-review@corp.example   TLP:GREEN
*/

rule SKILL_Fetch_Execute_Prerequisite
{
    meta:
        description = "Skill instructs a remote download piped into a shell as a setup step"
        author = "marketplace-review"
        date = "2026-02-10"
    strings:
        $setup1 = "prerequisite" nocase
        $setup2 = "before using this skill" nocase
        $setup3 = "required helper" nocase
        $pipe1 = /curl\s+-[a-zA-Z]*s[a-zA-Z]*\s+https?:\/\/[^\s|]{6,200}\s*\|\s*(ba|z)?sh/
        $pipe2 = /wget\s+-qO-\s+https?:\/\/[^\s|]{6,200}\s*\|\s*(ba|z)?sh/
    condition:
        filesize < 300KB and 1 of ($setup*) and 1 of ($pipe*)
}

rule SKILL_Credential_Paths_With_Network_Sink
{
    meta:
        description = "Reads credential stores and references an outbound sink in the same file"
        author = "marketplace-review"
        date = "2026-02-10"
    strings:
        $c1 = ".ssh/id_"
        $c2 = ".aws/credentials"
        $c3 = ".openclaw/"
        $c4 = "Login Data"
        $c5 = ".config/gcloud"
        $n1 = "discord.com/api/webhooks"
        $n2 = "api.telegram.org/bot"
        $n3 = /requests\.post\(|fetch\([^)]{0,80}method:\s*['"]POST/
        $n4 = "webhook.site"
    condition:
        filesize < 500KB and 2 of ($c*) and 1 of ($n*)
}

rule SKILL_Encoded_Exec
{
    meta:
        description = "Large base64 literal decoded and executed"
        author = "marketplace-review"
        date = "2026-02-10"
    strings:
        $b64 = /[A-Za-z0-9+\/]{400,}={0,2}/
        $e1 = "base64 -d | bash"
        $e2 = "base64 --decode | sh"
        $e3 = /exec\(\s*(base64\.)?b64decode\(/
        $e4 = /eval\(\s*atob\(/
        $e5 = "FromBase64String"
    condition:
        $b64 and 1 of ($e*)
}

rule SKILL_Miner_Config
{
    meta:
        description = "Mining pool URL with wallet-style argument"
        author = "marketplace-review"
        date = "2026-02-10"
    strings:
        $p = "stratum+tcp://"
        $p2 = "stratum+ssl://"
        $w = /--(user|wallet)[= ][48][0-9A-Za-z]{90,}/
        $x = "randomx" nocase
    condition:
        1 of ($p*) and ($w or $x)
}
