<#
.SYNOPSIS
  Run one approved Atomic Red Team test on a detection-lab VM and verify the EDR alert.
#>
[CmdletBinding()]
param(
  [Parameter(Mandatory)][string]$Technique,
  [Parameter(Mandatory)][int[]]$TestNumbers,
  [Parameter(Mandatory)][string]$ExpectRule,
  [int]$TimeoutSec = 300
)
$ErrorActionPreference = 'Stop'

# --- Lab guard -------------------------------------------------------------
$domain = (Get-CimInstance Win32_ComputerSystem).Domain
if ($env:COMPUTERNAME -notlike 'DETLAB-*' -or $domain -ne 'detlab.local') {
  throw "Refusing to run: $env:COMPUTERNAME ($domain) is not a detection-lab host."
}
$approved = Import-Csv (Join-Path $PSScriptRoot '..\approved_atomics.csv')
if (-not ($approved | Where-Object { $_.technique -eq $Technique })) {
  throw "$Technique is not in approved_atomics.csv"
}
if (-not $env:EDR_LAB_API_KEY) { throw 'EDR_LAB_API_KEY not set (lab tenant read-only key)' }

Import-Module invoke-atomicredteam
$start = Get-Date

Invoke-AtomicTest $Technique -TestNumbers $TestNumbers -GetPrereqs
Invoke-AtomicTest $Technique -TestNumbers $TestNumbers

# --- Poll EDR lab tenant for the expected alert -----------------------------
$detected = $false; $latency = $null
$headers = @{ Authorization = "Bearer $($env:EDR_LAB_API_KEY)" }
while (((Get-Date) - $start).TotalSeconds -lt $TimeoutSec -and -not $detected) {
  Start-Sleep -Seconds 15
  $since = $start.ToUniversalTime().ToString('o')
  $uri = "https://edr-lab.int.example.com/api/v2/alerts?hostname=$($env:COMPUTERNAME)&since=$since"
  $alerts = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
  $hit = $alerts.items | Where-Object { $_.rule_name -eq $ExpectRule } | Select-Object -First 1
  if ($hit) { $detected = $true; $latency = [int]((Get-Date $hit.created_at) - $start).TotalSeconds }
}

Invoke-AtomicTest $Technique -TestNumbers $TestNumbers -Cleanup

$edrVersion = (Get-ItemProperty 'HKLM:\SOFTWARE\ExampleEDR\Sensor' -ErrorAction SilentlyContinue).Version
[pscustomobject]@{
  timestamp = (Get-Date).ToString('s'); technique = $Technique; tests = ($TestNumbers -join ';')
  rule = $ExpectRule; detected = $detected; latency_s = $latency; edr_version = $edrVersion
} | Export-Csv (Join-Path $PSScriptRoot '..\results.csv') -Append -NoTypeInformation

if ($detected) { Write-Host "DETECTED in ${latency}s" -ForegroundColor Green }
else { Write-Warning "NOT DETECTED within $TimeoutSec s" }
Write-Host 'Reminder: revert this VM snapshot when the session is over.'
