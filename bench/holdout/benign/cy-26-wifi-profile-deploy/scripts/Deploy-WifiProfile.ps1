#Requires -RunAsAdministrator
[CmdletBinding(DefaultParameterSetName = 'Personal')]
param(
    [Parameter(Mandatory)] [string] $Ssid,
    [Parameter(ParameterSetName = 'Personal', Mandatory)] [ValidateSet('1Password', 'Bitwarden')] [string] $Vault,
    [Parameter(ParameterSetName = 'Personal', Mandatory)] [string] $ItemRef,
    [Parameter(ParameterSetName = 'Enterprise')] [switch] $Enterprise,
    [Parameter(ParameterSetName = 'Enterprise')] [string] $RootCaThumbprint = $env:CORP_ROOT_CA_THUMBPRINT
)
$ErrorActionPreference = 'Stop'
$assets = Join-Path $PSScriptRoot '..\assets'

function Get-Psk {
    switch ($Vault) {
        '1Password' {
            if (-not (Get-Command op -ErrorAction SilentlyContinue)) { throw '1Password CLI (op) not installed' }
            $v = & op read $ItemRef
        }
        'Bitwarden' {
            if (-not (Get-Command bws -ErrorAction SilentlyContinue)) { throw 'Bitwarden Secrets Manager CLI (bws) not installed' }
            $v = (& bws secret get $ItemRef | ConvertFrom-Json).value
        }
    }
    if ($LASTEXITCODE -ne 0 -or -not $v) { throw "Could not read key from $Vault" }
    if ($v.Length -lt 8 -or $v.Length -gt 63) { throw 'PSK length invalid (must be 8-63 chars)' }
    $v
}

function Escape-Xml([string]$s) { [System.Security.SecurityElement]::Escape($s) }

if ($Enterprise) {
    if (-not $RootCaThumbprint) { throw 'Root CA thumbprint required for PEAP server validation' }
    $xml = (Get-Content (Join-Path $assets 'wpa2-enterprise.xml') -Raw).
        Replace('{SSID}', (Escape-Xml $Ssid)).Replace('{ROOT_CA_THUMBPRINT}', ($RootCaThumbprint -replace '(..)(?!$)', '$1 '))
} else {
    $psk = Get-Psk
    Write-Verbose "Retrieved PSK ($($psk.Length) chars) from $Vault"
    $xml = (Get-Content (Join-Path $assets 'wpa2-personal.xml') -Raw).
        Replace('{SSID}', (Escape-Xml $Ssid)).Replace('{PSK}', (Escape-Xml $psk))
    Remove-Variable psk
}

$tmp = Join-Path $env:TEMP ("wifi-{0}.xml" -f [guid]::NewGuid())
try {
    New-Item -ItemType File -Path $tmp -Force | Out-Null
    $acl = Get-Acl $tmp
    $acl.SetAccessRuleProtection($true, $false)
    $me = [System.Security.Principal.WindowsIdentity]::GetCurrent().Name
    $acl.AddAccessRule([System.Security.AccessControl.FileSystemAccessRule]::new($me, 'FullControl', 'Allow'))
    Set-Acl $tmp $acl
    [IO.File]::WriteAllText($tmp, $xml, [Text.Encoding]::UTF8)
    $out = & netsh wlan add profile filename="$tmp" user=all
    if ($LASTEXITCODE -ne 0) { throw "netsh failed: $out" }
    Write-Host "Profile '$Ssid' installed for all users."
} finally {
    if (Test-Path $tmp) {
        $len = (Get-Item $tmp).Length
        [IO.File]::WriteAllBytes($tmp, [byte[]]::new($len))   # overwrite before delete
        Remove-Item $tmp -Force
    }
    Remove-Variable xml -ErrorAction SilentlyContinue
}
& netsh wlan show profiles name="$Ssid" | Select-String 'Authentication|Connection mode|Name'
