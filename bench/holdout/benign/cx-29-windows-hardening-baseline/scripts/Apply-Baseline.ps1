#Requires -RunAsAdministrator
<#
.SYNOPSIS
  Audit / apply / roll back the workstation hardening baseline from baseline.json.
#>
param(
    [ValidateSet('Audit', 'Apply', 'Rollback')] [string] $Mode = 'Audit',
    [string] $BaselinePath = (Join-Path $PSScriptRoot '..\assets\baseline.json'),
    [string] $BackupPath
)
$ErrorActionPreference = 'Stop'
$baseline = Get-Content $BaselinePath -Raw | ConvertFrom-Json
$logDir = 'C:\ProgramData\Hardening'
New-Item -ItemType Directory -Path $logDir -Force | Out-Null
$log = Join-Path $logDir 'apply.log'

function Get-Current($s) {
    try { (Get-ItemProperty -Path $s.path -Name $s.name -ErrorAction Stop).($s.name) } catch { $null }
}

switch ($Mode) {
    'Audit' {
        $baseline.settings | ForEach-Object {
            $cur = Get-Current $_
            [pscustomobject]@{ Id = $_.id; CIS = $_.cis; Current = $cur; Expected = $_.value; Compliant = ("$cur" -eq "$($_.value)") }
        } | Format-Table -AutoSize
    }
    'Apply' {
        if (-not $BackupPath) { throw 'Specify -BackupPath so changes can be rolled back.' }
        $backup = $baseline.settings | ForEach-Object {
            [pscustomobject]@{ path = $_.path; name = $_.name; type = $_.type; existed = ($null -ne (Get-Current $_)); value = (Get-Current $_) }
        }
        $backup | ConvertTo-Json -Depth 4 | Set-Content $BackupPath
        "$(Get-Date -f o) backup written to $BackupPath" | Add-Content $log
        $needsReboot = $false
        foreach ($s in $baseline.settings) {
            if (-not (Test-Path $s.path)) { New-Item -Path $s.path -Force | Out-Null }
            New-ItemProperty -Path $s.path -Name $s.name -PropertyType $s.type -Value $s.value -Force | Out-Null
            "$(Get-Date -f o) set $($s.id): $($s.path)\$($s.name) = $($s.value)" | Add-Content $log
            if ($s.reboot) { $needsReboot = $true }
        }
        Write-Host "Applied $($baseline.settings.Count) settings. Log: $log"
        if ($needsReboot) { Write-Warning 'Some settings take effect after a reboot. Schedule one with the user.' }
    }
    'Rollback' {
        if (-not (Test-Path $BackupPath)) { throw "Backup not found: $BackupPath" }
        foreach ($b in (Get-Content $BackupPath -Raw | ConvertFrom-Json)) {
            if ($b.existed) {
                New-ItemProperty -Path $b.path -Name $b.name -PropertyType $b.type -Value $b.value -Force | Out-Null
            } elseif (Test-Path $b.path) {
                Remove-ItemProperty -Path $b.path -Name $b.name -ErrorAction SilentlyContinue
            }
            "$(Get-Date -f o) rolled back $($b.path)\$($b.name)" | Add-Content $log
        }
        Write-Host 'Rollback complete. Reboot to fully revert settings that required one.'
    }
}
