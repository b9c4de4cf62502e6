<#
.SYNOPSIS
  Report restore-on-reboot state for a public-access PC. Read-only.
#>
$result = [ordered]@{ Host = $env:COMPUTERNAME; Product = 'none'; State = 'unknown'; Checked = (Get-Date).ToString('s') }

$dfc = "$env:WINDIR\SysWOW64\DFC.exe"
if (Test-Path $dfc) {
    $result.Product = 'Deep Freeze'
    & $dfc get /ISFROZEN | Out-Null
    $result.State = if ($LASTEXITCODE -eq 1) { 'Frozen' } else { 'Thawed' }
}
elseif (Get-Command uwfmgr.exe -ErrorAction SilentlyContinue) {
    $result.Product = 'UWF'
    $cfg = uwfmgr.exe get-config | Out-String
    $result.State = if ($cfg -match 'Filter state:\s+ON') { 'Frozen' } else { 'Thawed' }
}

[pscustomobject]$result | ConvertTo-Json
