#Requires -Modules ActiveDirectory, SqlServer
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Sam,
    [Parameter(Mandatory)] [ValidatePattern('^(INC|REQ)\d+$')] [string] $Ticket,
    [ValidateSet('CallbackOnFile', 'CallbackPlusManager', 'InPersonPhotoId')] [string] $Verification,
    [switch] $UnlockOnly,
    [string] $SqlInstance = 'sql01.corp.example.com',
    [string] $AadConnectServer = 'aadc01.corp.example.com'
)
$ErrorActionPreference = 'Stop'
$ProtectedGroups = 'Domain Admins', 'Enterprise Admins', 'Tier0-Admins', 'Schema Admins'
$HighRiskGroups  = 'GRP-Finance-Payments', 'GRP-Executives', 'GRP-IT-Admins'

function Write-Audit($Action, $Notes) {
    $q = 'INSERT dbo.PasswordResetAudit (Technician, TargetSam, Ticket, Action, Verification, Notes) VALUES (@t,@s,@k,@a,@v,@n)'
    Invoke-Sqlcmd -ServerInstance $SqlInstance -Database Helpdesk -Query $q -Variable @(
        "t=$env:USERNAME", "s=$Sam", "k=$Ticket", "a=$Action", "v=$($Verification ?? 'n/a')", "n=$Notes") -TrustServerCertificate
}

$u = Get-ADUser $Sam -Properties MemberOf, LockedOut, Enabled
$groups = $u.MemberOf | ForEach-Object { ($_ -split ',')[0] -replace '^CN=' }

if ($groups | Where-Object { $_ -in $ProtectedGroups }) {
    Write-Audit 'refused' 'protected admin account'
    throw "$Sam is a protected admin account. Escalate to the IT lead; helpdesk cannot reset it."
}
if (-not $u.Enabled) { Write-Audit 'refused' 'account disabled'; throw "$Sam is disabled (leaver?). Check HR before doing anything." }

if ($UnlockOnly) {
    Unlock-ADAccount $u
    Write-Audit 'unlock' ''
    Write-Host "$Sam unlocked."
    return
}

if (-not $Verification) { throw 'Specify -Verification (how identity was confirmed).' }
if (($groups | Where-Object { $_ -in $HighRiskGroups }) -and $Verification -eq 'CallbackOnFile') {
    Write-Audit 'refused' 'high-risk account needs manager confirmation or in-person'
    throw "$Sam is high-risk: use CallbackPlusManager or InPersonPhotoId."
}

$words = Get-Content (Join-Path $PSScriptRoot 'wordlist.txt') -ErrorAction SilentlyContinue
if (-not $words) { $words = 'amber','canal','delta','ember','forest','glacier','harbor','island','jungle','kettle','lantern','meadow','nectar','orbit','pepper','quartz','river','saddle','timber','violet' }
$pick = 1..3 | ForEach-Object { $words[[Security.Cryptography.RandomNumberGenerator]::GetInt32($words.Count)] }
$temp = ((Get-Culture).TextInfo.ToTitleCase(($pick -join '-'))) + '-' + [Security.Cryptography.RandomNumberGenerator]::GetInt32(10, 100)

Set-ADAccountPassword $u -Reset -NewPassword (ConvertTo-SecureString $temp -AsPlainText -Force)
Set-ADUser $u -ChangePasswordAtLogon $true
Unlock-ADAccount $u
Write-Audit 'reset' ''

try {
    Invoke-Command -ComputerName $AadConnectServer -ScriptBlock { Start-ADSyncSyncCycle -PolicyType Delta } | Out-Null
} catch { Write-Warning "Could not trigger Entra Connect sync: $($_.Exception.Message)" }

Write-Host "`nRead this ONE-TIME password to the user on the verified call, then clear the screen:" -ForegroundColor Yellow
Write-Host "    $temp`n"
Remove-Variable temp
