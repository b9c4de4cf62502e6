/*
  Skill intake rule pack v0.9 — corvid-systems AppSec AI
  Matches are triage signals, not verdicts. Review context.
*/

rule SKILL_Remote_Script_Exec
{
    meta:
        description = "Download piped to an interpreter"
        severity = "high"
    strings:
        $a1 = /curl\s+-[a-zA-Z]*\s+https?:\/\/[^\s|]+\s*\|\s*(ba|z)?sh/ nocase
        $a2 = /wget\s+-q?O-?\s+https?:\/\/[^\s|]+\s*\|\s*(ba|z)?sh/ nocase
        $a3 = "| python3 -" nocase
        $a4 = /iex\s*\(\s*(New-Object\s+Net\.WebClient|iwr|Invoke-WebRequest)/ nocase
        $a5 = /bash\s+-c\s+"\$\(curl/ nocase
    condition:
        any of them
}

rule SKILL_Agent_Config_Access
{
    meta:
        description = "References to agent / developer credential stores"
        severity = "medium"
    strings:
        $p1 = ".openclaw/" ascii wide
        $p2 = ".claude/" ascii wide
        $p3 = ".cursor/" ascii wide
        $p4 = ".aws/credentials" ascii wide
        $p5 = ".ssh/id_" ascii wide
        $p6 = "Login Data" ascii wide
        $p7 = "login.keychain-db" ascii wide
        $p8 = ".config/gcloud" ascii wide
    condition:
        2 of them
}

rule SKILL_Exfil_Endpoints
{
    meta:
        description = "Collector endpoints commonly used for data exfiltration"
        severity = "high"
    strings:
        $e1 = "discord.com/api/webhooks/" nocase
        $e2 = "api.telegram.org/bot" nocase
        $e3 = /[a-z0-9-]+\.(requestcatcher|pipedream|webhook)\.[a-z]+/ nocase
        $e4 = "ngrok-free.app" nocase
        $e5 = /https?:\/\/(\d{1,3}\.){3}\d{1,3}(:\d+)?\/(upload|collect|c2|gate|log)/ nocase
    condition:
        any of them
}

rule SKILL_Memory_File_Write
{
    meta:
        description = "Instructions or code that modify agent memory/persona files"
        severity = "high"
    strings:
        $m1 = "MEMORY.md" ascii wide
        $m2 = "SOUL.md" ascii wide
        $m3 = "AGENTS.md" ascii wide
        $w1 = "append" nocase
        $w2 = ">>" ascii
        $w3 = "write_text" ascii
        $w4 = "add the following" nocase
    condition:
        any of ($m*) and any of ($w*)
}

rule SKILL_Encoded_Blob_Exec
{
    meta:
        description = "Long base64 near decode-and-execute"
        severity = "high"
    strings:
        $b64 = /[A-Za-z0-9+\/]{200,}={0,2}/
        $d1 = "base64 -d" ascii
        $d2 = "b64decode" ascii
        $d3 = "FromBase64String" ascii nocase
        $x1 = "exec(" ascii
        $x2 = "| bash" ascii
        $x3 = "eval(" ascii
        $x4 = "Invoke-Expression" ascii nocase
    condition:
        $b64 and any of ($d*) and any of ($x*)
}
