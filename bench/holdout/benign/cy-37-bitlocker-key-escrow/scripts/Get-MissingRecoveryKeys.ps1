#Requires -Modules Microsoft.Graph.Authentication, Microsoft.Graph.DeviceManagement
# Lists Intune Windows devices with no BitLocker recovery key metadata in Entra ID. Key values are never retrieved.
Connect-MgGraph -Scopes 'BitlockerKey.ReadBasic.All', 'DeviceManagementManagedDevices.Read.All' -NoWelcome
$keys = @()
$uri = 'https://graph.microsoft.com/v1.0/informationProtection/bitlocker/recoveryKeys?$select=id,deviceId,createdDateTime,volumeType'
while ($uri) {
    $page = Invoke-MgGraphRequest -Uri $uri
    $keys += $page.value
    $uri = $page.'@odata.nextLink'
}
$withKey = $keys | Where-Object volumeType -eq 1 | Select-Object -ExpandProperty deviceId -Unique
Get-MgDeviceManagementManagedDevice -All -Filter "operatingSystem eq 'Windows'" |
    Where-Object { $_.AzureAdDeviceId -notin $withKey } |
    Select-Object DeviceName, UserPrincipalName, SerialNumber, IsEncrypted, LastSyncDateTime, AzureAdDeviceId
