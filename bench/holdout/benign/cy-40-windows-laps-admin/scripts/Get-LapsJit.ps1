#Requires -Modules LAPS, Microsoft.Graph.Authentication
[CmdletBinding(DefaultParameterSetName = 'Get')]
param(
    [Parameter(ParameterSetName = 'Get', Mandatory)] [string] $ComputerName,
    [Parameter(ParameterSetName = 'Get', Mandatory)] [ValidatePattern('^(INC|REQ|CHG)\d+$')] [string] $Ticket,
    [Parameter(ParameterSetName = 'Get', Mandatory)] [ValidateLength(15, 300)] [string] $Reason,
    [Parameter(ParameterSetName = 'Report')] [switch] $Report,
    [string] $LogPath = '\\fs01\IT$\Logs\laps-access.csv'
)
$ErrorActionPreference = 'Stop'
Connect-MgGraph -Scopes 'DeviceLocalCredential.Read.All', 'DeviceManagementManagedDevices.ReadWrite.All', `
    'DeviceManagementManagedDevices.PrivilegedOperations.All', 'Device.Read.All' -NoWelcome

if ($Report) {
    $creds = @{}
    $uri = 'https://graph.microsoft.com/v1.0/directory/deviceLocalCredentials'   # metadata only (no $select=credentials)
    while ($uri) {
        $p = Invoke-MgGraphRequest -Uri $uri
        $p.value | ForEach-Object { $creds[$_.deviceName] = $_.lastBackupDateTime }
        $uri = $p.'@odata.nextLink'
    }
    $cut = (Get-Date).AddDays(-35)
    Get-MgDeviceManagementManagedDevice -All -Filter "operatingSystem eq 'Windows'" | ForEach-Object {
        $last = $creds[$_.DeviceName]
        if (-not $last -or [datetime]$last -lt $cut) {
            [pscustomobject]@{ Device = $_.DeviceName; User = $_.UserPrincipalName; LastLapsBackup = $last; LastSync = $_.LastSyncDateTime }
        }
    }
    return
}

# --- JIT retrieval ---
$entra = $null
try { $entra = Get-LapsAADPassword -DeviceIds $ComputerName -IncludePasswords -AsPlainText } catch { }
if ($entra) {
    $pw = $entra.Password; $account = $entra.Account; $source = 'Entra'
} else {
    $ad = Get-LapsADPassword -Identity $ComputerName -AsPlainText -DecryptionCredential (Get-Credential -Message 'Account in LAPS-Readers-Servers')
    $pw = $ad.Password; $account = $ad.Account; $source = 'AD'
}
if (-not $pw) { throw "No LAPS password found for $ComputerName (check the LAPS report)." }

$row = '{0},{1},{2},{3},{4},"{5}"' -f (Get-Date).ToString('s'), $env:USERNAME, $ComputerName, $source, $Ticket, ($Reason -replace '"', "'")
Add-Content -Path $LogPath -Value $row

Write-Host "Account: $account on $ComputerName ($source)"
Write-Host "Password copied to clipboard for 60 seconds." -ForegroundColor Yellow
Set-Clipboard -Value $pw
Remove-Variable pw
Start-Job -ScriptBlock { Start-Sleep 60; Set-Clipboard -Value ' ' } | Out-Null

# --- Force rotation after use ---
if ($source -eq 'Entra') {
    $md = Get-MgDeviceManagementManagedDevice -Filter "deviceName eq '$ComputerName'"
    if ($md) {
        Invoke-MgGraphRequest -Method POST -Uri "https://graph.microsoft.com/beta/deviceManagement/managedDevices/$($md.Id)/rotateLocalAdminPassword" | Out-Null
        Write-Host 'Rotation requested via Intune (applies at next check-in; post-auth action also resets after 8h).'
    }
} else {
    Set-LapsADPasswordExpirationTime -Identity $ComputerName -WhenEffective (Get-Date).AddHours(8)
    Write-Host 'AD LAPS password set to expire in 8 hours.'
}
