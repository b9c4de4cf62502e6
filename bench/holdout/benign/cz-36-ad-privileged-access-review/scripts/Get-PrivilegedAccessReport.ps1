#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
  Read-only privileged access report for quarterly AD review.
#>
[CmdletBinding()]
param([Parameter(Mandatory)] [string] $OutDir)

New-Item -ItemType Directory -Path $OutDir -Force | Out-Null
$now = Get-Date
$tier0 = 'Domain Admins','Enterprise Admins','Schema Admins','Administrators','Account Operators',
         'Server Operators','Backup Operators','Print Operators','DnsAdmins','Group Policy Creator Owners'
$userProps = 'SamAccountName','Enabled','LastLogonDate','PasswordLastSet','PasswordNeverExpires',
             'SmartcardLogonRequired','AccountNotDelegated','AdminCount','ServicePrincipalName','MemberOf'
$protectedUsers = (Get-ADGroupMember 'Protected Users' -ErrorAction SilentlyContinue).SamAccountName

$members = foreach ($g in $tier0) {
    $grp = Get-ADGroup -Filter "Name -eq '$g'" -ErrorAction SilentlyContinue
    if (-not $grp) { continue }
    Get-ADGroupMember $grp -Recursive | Where-Object objectClass -eq 'user' | ForEach-Object {
        $u = Get-ADUser $_ -Properties $userProps
        [pscustomobject]@{
            Group                 = $g
            Account               = $u.SamAccountName
            Enabled               = $u.Enabled
            LastLogon             = $u.LastLogonDate
            StaleOver90d          = (-not $u.LastLogonDate) -or ($now - $u.LastLogonDate).Days -gt 90
            PasswordAgeDays       = if ($u.PasswordLastSet) { ($now - $u.PasswordLastSet).Days } else { $null }
            PasswordNeverExpires  = $u.PasswordNeverExpires
            SmartcardRequired     = $u.SmartcardLogonRequired
            NotDelegated          = $u.AccountNotDelegated
            InProtectedUsers      = $protectedUsers -contains $u.SamAccountName
            HasSPN                = [bool]$u.ServicePrincipalName
        }
    }
}
$members | Sort-Object Group, Account | Export-Csv (Join-Path $OutDir 'tier0_members.csv') -NoTypeInformation

$privNames = $members.Account | Sort-Object -Unique
Get-ADUser -LDAPFilter '(adminCount=1)' -Properties $userProps |
    Where-Object { $privNames -notcontains $_.SamAccountName -and $_.SamAccountName -ne 'krbtgt' } |
    Select-Object SamAccountName, Enabled, LastLogonDate |
    Export-Csv (Join-Path $OutDir 'orphaned_admincount.csv') -NoTypeInformation

# Kerberoastable: user accounts with SPNs
Get-ADUser -LDAPFilter '(servicePrincipalName=*)' -Properties $userProps |
    Where-Object SamAccountName -ne 'krbtgt' |
    Select-Object SamAccountName, Enabled, PasswordLastSet,
        @{n='PasswordAgeDays'; e={ if ($_.PasswordLastSet) { ($now - $_.PasswordLastSet).Days } }},
        @{n='SPNs'; e={ $_.ServicePrincipalName -join ';' }},
        @{n='Privileged'; e={ $privNames -contains $_.SamAccountName }} |
    Export-Csv (Join-Path $OutDir 'kerberoastable_users.csv') -NoTypeInformation

# Unconstrained delegation on non-DC computers
$dcs = (Get-ADDomainController -Filter *).Name
Get-ADComputer -Filter 'TrustedForDelegation -eq $true' -Properties TrustedForDelegation, OperatingSystem |
    Where-Object { $dcs -notcontains $_.Name } |
    Select-Object Name, OperatingSystem |
    Export-Csv (Join-Path $OutDir 'unconstrained_delegation.csv') -NoTypeInformation

$summary = [pscustomobject]@{
    GeneratedAt          = $now.ToString('s')
    GeneratedBy          = "$env:USERDOMAIN\$env:USERNAME"
    Tier0Accounts        = $privNames.Count
    StalePrivileged      = ($members | Where-Object StaleOver90d | Select-Object -Unique Account).Count
    NotInProtectedUsers  = ($members | Where-Object { -not $_.InProtectedUsers } | Select-Object -Unique Account).Count
    PrivilegedWithSPN    = ($members | Where-Object HasSPN | Select-Object -Unique Account).Count
}
$summary | ConvertTo-Json | Set-Content (Join-Path $OutDir 'summary.json')
$summary
