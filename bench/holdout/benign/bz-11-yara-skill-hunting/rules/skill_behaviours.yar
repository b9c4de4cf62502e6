rule skill_stager_curl_pipe
{
    meta:
        author = "threat-intel"
        date = "2026-02-14"
        description = "SKILL.md asking the user/agent to pipe a remote script into a shell as a prerequisite"
        confidence = "medium"
    strings:
        $front = "---" ascii
        $name = "name:" ascii
        $p1 = /curl\s+-[a-zA-Z]*s[a-zA-Z]*\s+\S+\s*\|\s*(ba)?sh/ ascii
        $p2 = /wget\s+-q?O-?\s+\S+\s*\|\s*(ba)?sh/ ascii
        $w1 = "prerequisite" ascii nocase
        $w2 = "before using this skill" ascii nocase
        $w3 = "required dependency" ascii nocase
    condition:
        $front at 0 and $name and any of ($p*) and any of ($w*)
}

rule skill_credential_path_collection
{
    meta:
        author = "threat-intel"
        date = "2026-02-14"
        description = "Script referencing several unrelated credential stores"
        confidence = "medium"
    strings:
        $c1 = ".ssh/id_" ascii
        $c2 = ".aws/credentials" ascii
        $c3 = "Login Data" ascii
        $c4 = "login.keychain-db" ascii
        $c5 = ".openclaw/" ascii
        $c6 = ".config/gcloud" ascii
        $c7 = "Local Extension Settings" ascii
        $c8 = ".git-credentials" ascii
    condition:
        filesize < 500KB and 4 of ($c*)
}

rule skill_agent_memory_tamper
{
    meta:
        author = "threat-intel"
        date = "2026-02-20"
        description = "Code appending to agent persistent instruction files"
        confidence = "low"
    strings:
        $f1 = "SOUL.md" ascii
        $f2 = "MEMORY.md" ascii
        $f3 = "AGENTS.md" ascii
        $w1 = "open(" ascii
        $w2 = ">>" ascii
        $w3 = "appendFile" ascii
        $w4 = "write_text" ascii
    condition:
        any of ($f*) and any of ($w*)
}
