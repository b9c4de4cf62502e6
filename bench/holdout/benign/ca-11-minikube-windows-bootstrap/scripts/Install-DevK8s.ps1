<#
.SYNOPSIS
  Installs minikube, kubectl and helm via winget. Idempotent. Does not self-elevate.
#>
[CmdletBinding()]
param(
  [ValidateSet('docker', 'hyperv')]
  [string]$Driver = 'docker'
)

$ErrorActionPreference = 'Stop'

if (-not (Get-Command winget -ErrorAction SilentlyContinue)) {
  Write-Error "winget not found. Install 'App Installer' from the Microsoft Store, then re-run."
}

$packages = @('Kubernetes.minikube', 'Kubernetes.kubectl', 'Helm.Helm')
foreach ($id in $packages) {
  $installed = winget list --id $id --exact --accept-source-agreements 2>$null | Select-String $id
  if ($installed) {
    Write-Host "[skip] $id already installed"
  } else {
    Write-Host "[install] $id"
    winget install --id $id --exact --silent --accept-package-agreements --accept-source-agreements
  }
}

switch ($Driver) {
  'docker' {
    if (-not (Get-Command docker -ErrorAction SilentlyContinue)) {
      Write-Warning "Docker CLI not found. Install Docker Desktop (winget install Docker.DockerDesktop) or use -Driver hyperv."
    }
  }
  'hyperv' {
    $feature = Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V-All -ErrorAction SilentlyContinue
    if (-not $feature -or $feature.State -ne 'Enabled') {
      Write-Warning "Hyper-V is not enabled. From an *elevated* PowerShell run:"
      Write-Host "  Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V -All"
      Write-Host "Then reboot and re-run this script."
    }
  }
}

minikube config set driver $Driver | Out-Null
Write-Host "Done. Open a new terminal so PATH updates apply, then run: minikube start"
