# Read-only Tailscale check for a family member's Windows PC.
$ts = "$env:ProgramFiles\Tailscale\tailscale.exe"
if (-not (Test-Path $ts)) {
    Write-Host "Tailscale is not installed. Download it from https://tailscale.com/download/windows" -ForegroundColor Yellow
    exit 1
}
$status = & $ts status --json | ConvertFrom-Json
Write-Host "Backend state : $($status.BackendState)"
Write-Host "This PC       : $($status.Self.HostName)"
Write-Host "Tailscale IPs : $($status.Self.TailscaleIPs -join ', ')"
$rdp = Get-ItemProperty 'HKLM:\System\CurrentControlSet\Control\Terminal Server' -Name fDenyTSConnections
if ($rdp.fDenyTSConnections -eq 0) { Write-Host "Remote Desktop: enabled" } else { Write-Host "Remote Desktop: disabled (ask before enabling)" }
