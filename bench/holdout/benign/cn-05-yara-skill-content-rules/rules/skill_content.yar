/*
  skill_content.yar — content rules for agent skill packages
  version: 1.7.0
*/

rule SKILL_DecodeToShell
{
    meta:
        author = "catalogue-sec"
        date = "2025-01-09"
        severity = "high"
        description = "Base64/hex decode piped or eval'd into a shell or interpreter"
    strings:
        $b1 = /base64\s+(-d|--decode|-D)\s*\|\s*(ba|z)?sh/ nocase
        $b2 = /eval\s+"?\$\(\s*echo\s+[A-Za-z0-9+\/=]{20,}\s*\|\s*base64/ nocase
        $p1 = /exec\(\s*(base64\.b64decode|zlib\.decompress|bytes\.fromhex)/
        $p2 = /exec\(\s*bytes\(\s*c\s*\^\s*\d+/
        $ps = /FromBase64String\(.{0,80}\)\s*\|\s*(iex|Invoke-Expression)/ nocase
    condition:
        any of them
}

rule SKILL_RemotePipeShell
{
    meta:
        author = "catalogue-sec"
        date = "2025-01-09"
        severity = "high"
        description = "Fetch remote content and pipe to a shell"
    strings:
        $c = /(curl|wget)[^\n|]{0,200}\|\s*(sudo\s+)?(ba|z)?sh\b/ nocase
        $i = /(iwr|Invoke-WebRequest|irm|Invoke-RestMethod)[^\n|]{0,200}\|\s*(iex|Invoke-Expression)/ nocase
    condition:
        any of them
}

rule SKILL_HideFromUser
{
    meta:
        author = "catalogue-sec"
        date = "2025-02-02"
        severity = "medium"
        description = "Instructions telling the agent to conceal actions or output from the user"
    strings:
        $h1 = "do not show" nocase
        $h2 = "don't mention" nocase
        $h3 = "do not tell the user" nocase
        $h4 = "without informing the user" nocase
        $h5 = "silently" nocase
        $ctx1 = "command" nocase
        $ctx2 = "run" nocase
    condition:
        any of ($h*) and any of ($ctx*)
}

rule SKILL_ZeroWidthChars
{
    meta:
        author = "catalogue-sec"
        date = "2025-02-02"
        severity = "medium"
        description = "Three or more zero-width / bidi control characters (UTF-8)"
    strings:
        $zwsp = { E2 80 8B }
        $zwnj = { E2 80 8C }
        $zwj  = { E2 80 8D }
        $lro  = { E2 80 AD }
        $rlo  = { E2 80 AE }
        $tag  = { F3 A0 80 ?? }
    condition:
        #zwsp + #zwnj + #zwj + #lro + #rlo + #tag >= 3
}

rule SKILL_CredentialPathSweep
{
    meta:
        author = "catalogue-sec"
        date = "2025-02-20"
        severity = "high"
        description = "Three or more distinct credential locations referenced in one file"
    strings:
        $a = ".aws/credentials"
        $b = ".ssh/id_"
        $c = ".config/gcloud"
        $d = ".kube/config"
        $e = "Login Data"
        $f = "key4.db"
        $g = ".openclaw"
        $h = ".claude/"
        $i = "wallet.dat"
    condition:
        3 of them
}
