#Requires -Version 7.0
#Requires -RunAsAdministrator
<#
.SYNOPSIS
  Install a reviewed set of developer tools with winget, plus hash-verified vendor MSIs.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PackageFile,
    [string] $VendorFile = (Join-Path $PSScriptRoot '..\assets\vendor-installers.json')
)

$ErrorActionPreference = 'Stop'
$summary = [System.Collections.Generic.List[object]]::new()

Write-Host "==> winget import from $PackageFile" -ForegroundColor Cyan
winget import --import-file $PackageFile --accept-package-agreements --accept-source-agreements --disable-interactivity
$summary.Add([pscustomobject]@{ Item = 'winget import'; Result = if ($LASTEXITCODE -eq 0) { 'ok' } else { "exit $LASTEXITCODE" } })

$vendors = Get-Content $VendorFile -Raw | ConvertFrom-Json
$tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("ws-setup-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $tmp | Out-Null
try {
    foreach ($v in $vendors) {
        Write-Host "==> $($v.name) $($v.version)" -ForegroundColor Cyan
        if (-not $v.url.StartsWith('https://')) { throw "refusing non-https URL for $($v.name)" }
        $msi = Join-Path $tmp ([System.IO.Path]::GetFileName(([uri]$v.url).AbsolutePath))
        Invoke-WebRequest -Uri $v.url -OutFile $msi -UseBasicParsing
        $actual = (Get-FileHash -Path $msi -Algorithm SHA256).Hash
        if ($actual -ne $v.sha256.ToUpperInvariant()) {
            Write-Warning "SHA-256 mismatch for $($v.name): expected $($v.sha256), got $actual. Skipping."
            $summary.Add([pscustomobject]@{ Item = $v.name; Result = 'hash mismatch - not installed' })
            continue
        }
        $sig = Get-AuthenticodeSignature -FilePath $msi
        Write-Host "    signature: $($sig.Status) ($($sig.SignerCertificate.Subject))"
        $p = Start-Process msiexec.exe -ArgumentList @('/i', "`"$msi`"", $v.msiArgs) -Wait -PassThru
        $summary.Add([pscustomobject]@{ Item = $v.name; Result = if ($p.ExitCode -in 0, 3010) { 'ok' } else { "msiexec $($p.ExitCode)" } })
    }
}
finally {
    Remove-Item -Recurse -Force $tmp -ErrorAction SilentlyContinue
}

$pkgs = (Get-Content $PackageFile -Raw | ConvertFrom-Json).Sources.Packages.PackageIdentifier
if ($pkgs -contains 'Docker.DockerDesktop') {
    Write-Host "==> enabling WSL2 (required by Docker Desktop)" -ForegroundColor Cyan
    wsl --install --no-distribution
    $summary.Add([pscustomobject]@{ Item = 'WSL2'; Result = 'enabled - reboot required' })
}

$summary | Format-Table -AutoSize
