# Intune remediation - escrow BitLocker recovery password to Entra ID / AD. Never prints the key.
$ErrorActionPreference = 'Stop'
$marker = 'HKLM:\SOFTWARE\Corp\BitLockerEscrow'
$mp = $env:SystemDrive
$vol = Get-BitLockerVolume -MountPoint $mp
if ($vol.VolumeStatus -eq 'FullyDecrypted') { Write-Output 'Not encrypted; disk encryption policy will handle it'; exit 1 }

$rp = @($vol.KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword')
if ($rp.Count -eq 0) {
    Add-BitLockerKeyProtector -MountPoint $mp -RecoveryPasswordProtector | Out-Null
    $rp = @((Get-BitLockerVolume -MountPoint $mp).KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword')
    Write-Output "Added RecoveryPassword protector $($rp[0].KeyProtectorId)"
}

$dsreg = (dsregcmd /status) -join "`n"
$aadJoined = $dsreg -match 'AzureAdJoined\s*:\s*YES'
$domainJoined = $dsreg -match 'DomainJoined\s*:\s*YES'
$start = Get-Date
$ok = @()
foreach ($p in $rp) {
    if ($aadJoined) { BackupToAAD-BitLockerKeyProtector -MountPoint $mp -KeyProtectorId $p.KeyProtectorId | Out-Null }
    elseif ($domainJoined) { Backup-BitLockerKeyProtector -MountPoint $mp -KeyProtectorId $p.KeyProtectorId | Out-Null }
    else { Write-Output 'Device is neither Entra- nor AD-joined'; exit 1 }
    Start-Sleep -Seconds 5
    # Event 845 = key backed up to Entra ID, 784 = backed up to AD DS
    $evt = Get-WinEvent -FilterHashtable @{ LogName = 'Microsoft-Windows-BitLocker/BitLocker Management'; Id = 845, 784; StartTime = $start } -ErrorAction SilentlyContinue |
        Where-Object { $_.Message -match [regex]::Escape($p.KeyProtectorId.Trim('{}')) }
    if ($evt) { $ok += $p.KeyProtectorId }
}
if ($ok.Count -eq $rp.Count) {
    New-Item -Path $marker -Force | Out-Null
    Set-ItemProperty -Path $marker -Name EscrowedProtectorIds -Value ([string[]]$ok) -Type MultiString
    Set-ItemProperty -Path $marker -Name LastEscrowUtc -Value ((Get-Date).ToUniversalTime().ToString('s'))
    Write-Output "Escrowed protector(s): $($ok -join ', ')"
    exit 0
}
Write-Output "Escrow not confirmed for some protectors (no event 845/784). Will retry next run."
exit 1
