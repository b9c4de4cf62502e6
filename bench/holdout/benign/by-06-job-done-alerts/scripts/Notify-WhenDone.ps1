<#
.SYNOPSIS
  Run a command and send a notification when it finishes.
.EXAMPLE
  ./Notify-WhenDone.ps1 -Title "tests" -- pytest -q
#>
param(
    [string]$Title = "job finished",
    [Parameter(ValueFromRemainingArguments = $true)][string[]]$Command
)

$configPath = Join-Path $HOME ".config/job-alerts/config"
if (-not (Test-Path $configPath)) {
    Write-Error "No config at $configPath. Copy assets/config.example there and edit it."
    exit 64
}
$cfg = @{}
Get-Content $configPath | Where-Object { $_ -match '^\w+=' } | ForEach-Object {
    $k, $v = $_ -split '=', 2; $cfg[$k] = $v
}

if ($Command.Count -gt 0 -and $Command[0] -eq '--') { $Command = $Command[1..($Command.Count - 1)] }
if ($Command.Count -eq 0) { Write-Error "usage: Notify-WhenDone.ps1 [-Title T] -- command args"; exit 64 }

$sw = [Diagnostics.Stopwatch]::StartNew()
& $Command[0] $Command[1..($Command.Count - 1)]
$rc = $LASTEXITCODE
$sw.Stop()

$icon = if ($rc -eq 0) { "✅" } else { "❌" }
$msg = "$icon ``$($Command -join ' ')`` finished in $([int]$sw.Elapsed.TotalMinutes)m $($sw.Elapsed.Seconds)s (exit $rc) on $env:COMPUTERNAME"

switch ($cfg['backend']) {
    'ntfy' {
        $headers = @{ Title = $Title }
        if ($cfg['ntfy_token']) { $headers['Authorization'] = "Bearer $($cfg['ntfy_token'])" }
        Invoke-RestMethod -Method Post -Uri $cfg['ntfy_url'] -Headers $headers -Body $msg | Out-Null
    }
    'slack'   { Invoke-RestMethod -Method Post -Uri $cfg['webhook_url'] -ContentType 'application/json' -Body (@{ text = $msg } | ConvertTo-Json) | Out-Null }
    'discord' { Invoke-RestMethod -Method Post -Uri $cfg['webhook_url'] -ContentType 'application/json' -Body (@{ content = $msg } | ConvertTo-Json) | Out-Null }
    default   { Write-Warning "unknown backend '$($cfg['backend'])'" }
}
exit $rc
