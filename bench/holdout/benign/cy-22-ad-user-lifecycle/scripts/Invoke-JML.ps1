#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
  Joiner/Mover/Leaver processing from an HR CSV. Supports -WhatIf.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory)] [string] $CsvPath,
    [string] $Domain = 'corp.example.com',
    [string] $LogShare = '\\fs01\IT$\Logs\JML'
)

$ErrorActionPreference = 'Stop'
$DeptMap = @{
    'Finance'    = @{ OU = 'OU=Finance,OU=Staff,DC=corp,DC=example,DC=com';    Groups = @('GRP-Finance', 'GRP-Share-Finance') }
    'Sales'      = @{ OU = 'OU=Sales,OU=Staff,DC=corp,DC=example,DC=com';      Groups = @('GRP-Sales', 'GRP-CRM-Users') }
    'Operations' = @{ OU = 'OU=Operations,OU=Staff,DC=corp,DC=example,DC=com'; Groups = @('GRP-Ops', 'GRP-Share-Ops') }
}
$DisabledOU = 'OU=Disabled Users,DC=corp,DC=example,DC=com'
$AllDeptGroups = $DeptMap.Values.Groups | Sort-Object -Unique

function New-RandomPassword([int]$Length = 20) {
    $chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%*-_'.ToCharArray()
    $bytes = [byte[]]::new($Length)
    [System.Security.Cryptography.RandomNumberGenerator]::Fill($bytes)
    -join ($bytes | ForEach-Object { $chars[$_ % $chars.Length] })
}

function Write-JmlLog($Ticket, $Action, $Account, $Result) {
    $row = [pscustomobject]@{ When = (Get-Date).ToString('s'); Who = $env:USERNAME; Ticket = $Ticket
                              Action = $Action; Account = $Account; Result = $Result }
    if (-not $WhatIfPreference) {
        $file = Join-Path $LogShare ((Get-Date).ToString('yyyy-MM') + '.csv')
        $row | Export-Csv -Path $file -Append -NoTypeInformation
    }
    $row
}

function Get-UniqueSam($Given, $Surname) {
    $base = ($Given.Substring(0,1) + $Surname).ToLower().Normalize('FormD') -replace '\p{Mn}','' -replace '[^a-z0-9]',''
    $base = $base.Substring(0, [Math]::Min(18, $base.Length))
    $sam = $base; $n = 1
    while (Get-ADUser -Filter "sAMAccountName -eq '$sam'" -ErrorAction SilentlyContinue) { $n++; $sam = "$base$n" }
    $sam
}

$secretDir = Join-Path $env:LOCALAPPDATA 'JML'
if (-not (Test-Path $secretDir)) {
    New-Item -ItemType Directory -Path $secretDir | Out-Null
    $acl = Get-Acl $secretDir; $acl.SetAccessRuleProtection($true, $false)
    $acl.AddAccessRule([System.Security.AccessControl.FileSystemAccessRule]::new(
        "$env:USERDOMAIN\$env:USERNAME", 'FullControl', 'ContainerInherit,ObjectInherit', 'None', 'Allow'))
    Set-Acl $secretDir $acl
}
$secretFile = Join-Path $secretDir ("initial-passwords-{0:yyyyMMdd-HHmmss}.txt" -f (Get-Date))

foreach ($r in Import-Csv $CsvPath) {
    if (-not $r.ticket) { Write-Warning "Row for $($r.employeeId) has no ticket; skipped"; continue }
    $dept = $DeptMap[$r.department]
    switch ($r.action) {
        'join' {
            if (-not $dept) { Write-Warning "Unknown department $($r.department)"; continue }
            if (Get-ADUser -Filter "employeeID -eq '$($r.employeeId)'") { Write-Warning "$($r.employeeId) already exists"; continue }
            $sam = Get-UniqueSam $r.givenName $r.surname
            $pw = New-RandomPassword
            $params = @{
                Name = "$($r.givenName) $($r.surname)"; GivenName = $r.givenName; Surname = $r.surname
                SamAccountName = $sam; UserPrincipalName = "$sam@$Domain"; EmployeeID = $r.employeeId
                Department = $r.department; Title = $r.title; Path = $dept.OU
                Manager = (Get-ADUser $r.manager).DistinguishedName
                AccountPassword = (ConvertTo-SecureString $pw -AsPlainText -Force)
                ChangePasswordAtLogon = $true; Enabled = $true
                Description = "Created $($r.ticket) start $($r.startDate)"
            }
            if ($PSCmdlet.ShouldProcess($sam, "Create user in $($dept.OU)")) {
                New-ADUser @params
                $dept.Groups | ForEach-Object { Add-ADGroupMember -Identity $_ -Members $sam }
                Add-Content -Path $secretFile -Value "$sam`t$pw"
                Write-Host "Initial password for $sam written to $secretFile (deliver via password-push, then delete)."
            }
            Write-JmlLog $r.ticket 'join' $sam 'ok'
        }
        'move' {
            $u = Get-ADUser -Filter "employeeID -eq '$($r.employeeId)'" -Properties MemberOf, Department
            if (-not $u -or -not $dept) { Write-Warning "Cannot move $($r.employeeId)"; continue }
            if ($PSCmdlet.ShouldProcess($u.SamAccountName, "Move to $($r.department)")) {
                Set-ADUser $u -Department $r.department -Title $r.title -Manager (Get-ADUser $r.manager)
                Move-ADObject $u -TargetPath $dept.OU
                $old = $u.MemberOf | Get-ADGroup | Where-Object { $_.Name -in $AllDeptGroups -and $_.Name -notin $dept.Groups }
                $old | ForEach-Object { Remove-ADGroupMember -Identity $_ -Members $u -Confirm:$false }
                $dept.Groups | ForEach-Object { Add-ADGroupMember -Identity $_ -Members $u }
                $other = $u.MemberOf | Get-ADGroup | Where-Object { $_.Name -notin $AllDeptGroups } | Select-Object -Expand Name
                if ($other) { Write-Host "Review with new manager, non-department groups kept: $($other -join ', ')" }
            }
            Write-JmlLog $r.ticket 'move' $u.SamAccountName 'ok'
        }
        'leave' {
            $u = Get-ADUser -Filter "employeeID -eq '$($r.employeeId)'" -Properties MemberOf
            if (-not $u) { Write-Warning "No account for $($r.employeeId)"; continue }
            if ([datetime]$r.endDate -gt (Get-Date).Date) { Write-Host "$($u.SamAccountName) leaves $($r.endDate); not yet"; continue }
            if ($PSCmdlet.ShouldProcess($u.SamAccountName, 'Disable, strip groups, move to Disabled Users')) {
                $groups = ($u.MemberOf | Get-ADGroup | Select-Object -Expand Name) -join ';'
                Disable-ADAccount $u
                Set-ADAccountPassword $u -Reset -NewPassword (ConvertTo-SecureString (New-RandomPassword 32) -AsPlainText -Force)
                $u.MemberOf | ForEach-Object { Remove-ADGroupMember -Identity $_ -Members $u -Confirm:$false }
                Set-ADUser $u -Description "Disabled $($r.ticket) $(Get-Date -f yyyy-MM-dd) groups:$groups" -Replace @{ msExchHideFromAddressLists = $true }
                Move-ADObject $u -TargetPath $DisabledOU
            }
            Write-JmlLog $r.ticket 'leave' $u.SamAccountName 'ok'
        }
        default { Write-Warning "Unknown action '$($r.action)'" }
    }
}
