<#
.SYNOPSIS
  Find and decode encoded PowerShell commands in exported events. Decode-only; never executes content.
#>
[CmdletBinding()]
param(
    [string]$CsvPath,
    [switch]$Live,
    [int]$Days = 7
)

$suspicious = @(
    'DownloadString', 'DownloadFile', 'Net.WebClient', 'Invoke-WebRequest', 'iwr ', 'IEX', 'Invoke-Expression',
    'AmsiUtils', 'amsiInitFailed', 'FromBase64String', 'Reflection.Assembly', 'VirtualAlloc',
    'Add-MpPreference', 'Set-MpPreference', '-ExclusionPath', 'schtasks', 'New-ScheduledTask',
    'hidden', 'bypass'
)

function ConvertFrom-EncodedArg {
    param([string]$CommandLine)
    if ($CommandLine -match '(?i)\s-e(nc(odedcommand)?|c)?\s+([A-Za-z0-9+/=]{16,})') {
        try {
            return [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($Matches[3]))
        } catch {
            return "<undecodable: $($_.Exception.Message)>"
        }
    }
    return $null
}

if ($Live) {
    $since = (Get-Date).AddDays(-$Days)
    $events = Get-WinEvent -FilterHashtable @{ LogName = 'Microsoft-Windows-PowerShell/Operational'; Id = 4104; StartTime = $since } |
        ForEach-Object {
            [pscustomobject]@{
                TimeCreated = $_.TimeCreated; Computer = $_.MachineName; EventId = 4104
                User = $_.UserId; CommandLine = ''; ScriptBlockText = $_.Properties[2].Value
            }
        }
} elseif ($CsvPath) {
    $events = Import-Csv -Path $CsvPath
} else {
    throw 'Specify -CsvPath or -Live'
}

$sha = [Security.Cryptography.SHA256]::Create()
$events | ForEach-Object {
    $decoded = ConvertFrom-EncodedArg -CommandLine $_.CommandLine
    $text = if ($decoded) { $decoded } else { $_.ScriptBlockText }
    if (-not $text) { return }
    $hits = $suspicious | Where-Object { $text -like "*$_*" }
    if (-not $decoded -and -not $hits) { return }
    $hash = -join ($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($text)) | ForEach-Object { $_.ToString('x2') })
    [pscustomobject]@{
        Time     = $_.TimeCreated
        Computer = $_.Computer
        User     = $_.User
        Encoded  = [bool]$decoded
        Hits     = ($hits -join ',')
        Hash     = $hash.Substring(0, 16)
        Text     = if ($text.Length -gt 400) { $text.Substring(0, 400) + '...' } else { $text }
    }
} | Sort-Object Hash -Unique
