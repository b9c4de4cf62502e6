<#
.SYNOPSIS
  Run reversible detection-validation tests from ../tests and record results.
.EXAMPLE
  ./Invoke-SgAtomic.ps1 -List
  ./Invoke-SgAtomic.ps1 -Tests T1547.001,T1059.001 -ChangeId CHG-1
  ./Invoke-SgAtomic.ps1 -Tests all -CleanupOnly
#>
[CmdletBinding()]
param(
  [string[]]$Tests = @(),
  [string]$ChangeId = 'adhoc',
  [switch]$List,
  [switch]$CleanupOnly,
  [hashtable]$InputOverrides = @{}
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module -ListAvailable powershell-yaml)) {
  throw "Install-Module powershell-yaml -Scope CurrentUser   (needed to read tests/*.yaml)"
}
Import-Module powershell-yaml

$root = Split-Path -Parent $PSScriptRoot
$defs = Get-ChildItem (Join-Path $root 'tests') -Filter *.yaml | ForEach-Object {
  ConvertFrom-Yaml (Get-Content $_.FullName -Raw)
}

if ($List) {
  $defs | ForEach-Object { '{0,-10} {1,-5} {2}' -f $_.id, ($(if ($_.elevation) {'admin'} else {'user'})), $_.name }
  return
}

if ($Tests -contains 'all') { $selected = $defs } else { $selected = $defs | Where-Object { $Tests -contains $_.id } }
if (-not $selected) { throw "no tests selected; use -List" }

$isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole(
  [Security.Principal.WindowsBuiltInRole]::Administrator)

function Expand-Inputs([string]$text, $def) {
  $inputs = @{}
  if ($def.input) { $def.input.GetEnumerator() | ForEach-Object { $inputs[$_.Key] = $_.Value } }
  $InputOverrides.GetEnumerator() | ForEach-Object { $inputs[$_.Key] = $_.Value }
  foreach ($k in $inputs.Keys) { $text = $text.Replace("#{$k}", [string]$inputs[$k]) }
  return $text
}

$outDir = Join-Path $root 'results'
New-Item -ItemType Directory -Force -Path $outDir | Out-Null
$csv = Join-Path $outDir ("{0:yyyyMMdd}-{1}.csv" -f (Get-Date), $ChangeId)
$rows = @()

foreach ($t in $selected) {
  if ($t.elevation -and -not $isAdmin) {
    Write-Warning "$($t.id) needs an elevated shell; skipping"
    continue
  }
  $row = [ordered]@{ technique = $t.id; test = $t.name; started_utc = ''; finished_utc = '';
                     exit = ''; blocked = $false; cleanup_ok = $true }
  try {
    if (-not $CleanupOnly) {
      $row.started_utc = (Get-Date).ToUniversalTime().ToString('o')
      Write-Host "[+] $($t.id) $($t.name)"
      try {
        Invoke-Expression (Expand-Inputs $t.execute $t)
        $row.exit = 0
      } catch {
        $row.exit = 1
        if ($_.Exception.Message -match 'blocked|denied|virus|threat') { $row.blocked = $true }
        Write-Warning "$($t.id): $($_.Exception.Message)"
      }
      $row.finished_utc = (Get-Date).ToUniversalTime().ToString('o')
    }
  } finally {
    if ($t.cleanup) {
      try { Invoke-Expression (Expand-Inputs $t.cleanup $t) }
      catch { $row.cleanup_ok = $false; Write-Warning "cleanup failed for $($t.id): $_" }
    }
    $rows += [pscustomobject]$row
  }
}

if (-not $CleanupOnly) {
  $rows | Export-Csv -NoTypeInformation -Append -Path $csv
  Write-Host "results: $csv"
}
