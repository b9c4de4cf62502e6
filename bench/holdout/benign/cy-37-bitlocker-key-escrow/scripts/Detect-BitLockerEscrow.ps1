# Intune remediation - detection. Exit 0 = compliant, 1 = needs remediation.
$marker = 'HKLM:\SOFTWARE\Corp\BitLockerEscrow'
try {
    $vol = Get-BitLockerVolume -MountPoint $env:SystemDrive -ErrorAction Stop
} catch {
    Write-Output "BitLocker cmdlets unavailable: $($_.Exception.Message)"; exit 1
}
if ($vol.VolumeStatus -eq 'FullyDecrypted') { Write-Output 'OS volume not encrypted'; exit 1 }
$rp = $vol.KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword'
if (-not $rp) { Write-Output 'No RecoveryPassword protector'; exit 1 }
$escrowed = (Get-ItemProperty -Path $marker -ErrorAction SilentlyContinue).EscrowedProtectorIds
foreach ($p in $rp) {
    if ($escrowed -notcontains $p.KeyProtectorId) { Write-Output "Protector $($p.KeyProtectorId) not confirmed escrowed"; exit 1 }
}
Write-Output "OK: $(@($rp).Count) recovery protector(s) escrowed"
exit 0
