<#
.SYNOPSIS
  Store, check or remove the Lumen API key in Windows via SecretManagement.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][ValidateSet('Set', 'Check', 'Remove')][string]$Action
)

$ErrorActionPreference = 'Stop'
$SecretName = 'lumen-cli/default'
$WhoAmI     = 'https://api.lumen.example/v1/whoami'

if (-not (Get-Module -ListAvailable Microsoft.PowerShell.SecretManagement)) {
    Write-Host 'SecretManagement is not installed. Run this yourself, then retry:'
    Write-Host '  Install-Module Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore -Scope CurrentUser'
    exit 1
}
if (-not (Get-SecretVault -ErrorAction SilentlyContinue)) {
    Register-SecretVault -Name LocalStore -ModuleName Microsoft.PowerShell.SecretStore -DefaultVault
}

function Test-LumenKey([securestring]$Key) {
    $plain = [System.Net.NetworkCredential]::new('', $Key).Password
    try {
        $r = Invoke-RestMethod -Uri $WhoAmI -Headers @{ Authorization = "Bearer $plain" } -TimeoutSec 15
        Write-Host "account: $($r.account)"
        Write-Host "scopes:  $($r.scopes -join ', ')"
        return $true
    } catch {
        Write-Warning 'Key was rejected by Lumen (or network error).'
        return $false
    } finally {
        $plain = $null
    }
}

switch ($Action) {
    'Set' {
        $key = Read-Host -AsSecureString -Prompt 'Paste your Lumen API key (input hidden)'
        if ($key.Length -eq 0) { throw 'Empty key; nothing stored.' }
        if (-not (Test-LumenKey $key)) { exit 1 }
        Set-Secret -Name $SecretName -SecureStringSecret $key
        Write-Host "Stored as secret '$SecretName' in the default vault."
    }
    'Check' {
        $key = Get-Secret -Name $SecretName -ErrorAction SilentlyContinue
        if ($null -eq $key) { Write-Host 'No key stored. Run: pwsh scripts/byok.ps1 -Action Set'; exit 0 }
        [void](Test-LumenKey $key)
    }
    'Remove' {
        Remove-Secret -Name $SecretName
        Write-Host 'Removed.'
    }
}
