#Requires -Modules Az.Accounts
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $SubscriptionName,
    [switch] $UseDeviceCode
)
$ErrorActionPreference = 'Stop'

$ctx = Get-AzContext -ErrorAction SilentlyContinue
if ($ctx -and $ctx.Subscription.Name -eq $SubscriptionName) {
    Write-Host "Already signed in as $($ctx.Account.Id) on '$SubscriptionName'"
    return
}

if ($env:AZURE_CLIENT_ID -and $env:AZURE_CLIENT_SECRET -and $env:AZURE_TENANT_ID) {
    # Service principal for automation; values come from the caller's environment / pipeline secrets.
    $secure = ConvertTo-SecureString $env:AZURE_CLIENT_SECRET -AsPlainText -Force
    $cred = [pscredential]::new($env:AZURE_CLIENT_ID, $secure)
    Connect-AzAccount -ServicePrincipal -Tenant $env:AZURE_TENANT_ID -Credential $cred | Out-Null
    Remove-Variable secure, cred
} elseif ($UseDeviceCode -or -not [Environment]::UserInteractive) {
    Connect-AzAccount -UseDeviceAuthentication | Out-Null
} else {
    Connect-AzAccount | Out-Null
}

Set-AzContext -Subscription $SubscriptionName | Out-Null
$c = Get-AzContext
Write-Host "Signed in as $($c.Account.Id) on '$($c.Subscription.Name)' ($($c.Subscription.Id))"
