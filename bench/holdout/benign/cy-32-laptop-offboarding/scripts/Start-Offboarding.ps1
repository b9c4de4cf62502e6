#Requires -Modules Microsoft.Graph.Authentication, Microsoft.Graph.Users, Microsoft.Graph.DeviceManagement
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory)] [string] $UserPrincipalName,
    [Parameter(Mandatory)] [ValidatePattern('^HR-\d+$')] [string] $Ticket,
    [switch] $DeviceReceived,
    [string] $Serial,
    [ValidateSet('AutopilotReset', 'Wipe')] [string] $DeviceAction = 'AutopilotReset'
)
$ErrorActionPreference = 'Stop'
Connect-MgGraph -Scopes 'User.ReadWrite.All', 'DeviceManagementManagedDevices.ReadWrite.All', `
    'DeviceManagementManagedDevices.PrivilegedOperations.All' -NoWelcome

$user = Get-MgUser -UserId $UserPrincipalName -Property Id, DisplayName, AccountEnabled, Manager -ExpandProperty Manager
$devices = Get-MgUserManagedDevice -UserId $user.Id

if (-not $DeviceReceived) {
    $answer = Read-Host "Legal hold confirmed NOT in place for $($user.DisplayName)? (yes/no)"
    if ($answer -ne 'yes') { Write-Warning 'Stopping: resolve legal hold status with HR first.'; return }

    if ($PSCmdlet.ShouldProcess($UserPrincipalName, 'Block sign-in and revoke sessions')) {
        Update-MgUser -UserId $user.Id -AccountEnabled:$false
        Revoke-MgUserSignInSession -UserId $user.Id | Out-Null
        $bytes = [byte[]]::new(32); [Security.Cryptography.RandomNumberGenerator]::Fill($bytes)
        Update-MgUser -UserId $user.Id -PasswordProfile @{ Password = [Convert]::ToBase64String($bytes); ForceChangePasswordNextSignIn = $true }
        Write-Host "Sign-in blocked, sessions revoked, password randomised (not recorded)."
    }
    $mgr = $user.Manager.AdditionalProperties.userPrincipalName
    Write-Host "`nRun in Exchange Online PowerShell:"
    Write-Host "  Set-Mailbox $UserPrincipalName -Type Shared"
    Write-Host "  Add-MailboxPermission $UserPrincipalName -User $mgr -AccessRights FullAccess -AutoMapping `$true"
    Write-Host "SharePoint admin: add $mgr as site admin on the OneDrive for 30 days.`n"

    Write-Host "Company devices to collect (for the return kit):"
    $devices | Select-Object DeviceName, SerialNumber, Model, OperatingSystem, LastSyncDateTime, ManagedDeviceOwnerType | Format-Table
    $personal = $devices | Where-Object ManagedDeviceOwnerType -eq 'personal'
    if ($personal) { Write-Host "Personal devices: use app-protection SELECTIVE wipe only, never full wipe." -ForegroundColor Yellow }
    return
}

# Device received path
if (-not $Serial) { throw '-Serial required with -DeviceReceived' }
$dev = $devices | Where-Object { $_.SerialNumber -eq $Serial -and $_.ManagedDeviceOwnerType -eq 'company' }
if (-not $dev) { throw "Serial $Serial is not a company device assigned to $UserPrincipalName" }
$again = Read-Host "Type the serial number again to confirm $DeviceAction of $($dev.DeviceName)"
if ($again -ne $Serial) { Write-Warning 'Serial mismatch; nothing done.'; return }

if ($PSCmdlet.ShouldProcess("$($dev.DeviceName) ($Serial)", $DeviceAction)) {
    if ($DeviceAction -eq 'AutopilotReset') {
        Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/beta/deviceManagement/managedDevices/$($dev.Id)/wipe" `
            -Body @{ keepEnrollmentData = $true; keepUserData = $false } | Out-Null
    } else {
        Clear-MgDeviceManagementManagedDevice -ManagedDeviceId $dev.Id -KeepEnrollmentData:$false -KeepUserData:$false
    }
    $line = '{0},{1},{2},{3},{4},{5}' -f (Get-Date -f s), $env:USERNAME, $Ticket, $Serial, $dev.DeviceName, $DeviceAction
    Add-Content -Path '\\fs01\IT$\AssetRegister\device-actions.csv' -Value $line
    Write-Host "$DeviceAction issued for $($dev.DeviceName). Logged to asset register."
}
