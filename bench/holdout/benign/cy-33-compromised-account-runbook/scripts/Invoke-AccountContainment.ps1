#Requires -Modules Microsoft.Graph.Authentication, ExchangeOnlineManagement
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory)] [string] $Upn,
    [Parameter(Mandatory)] [ValidatePattern('^SEC-\d{8}-\d{2}$')] [string] $Ticket
)
$ErrorActionPreference = 'Stop'
$ev = Join-Path (Get-Location) "evidence\$Ticket"
New-Item -ItemType Directory -Force -Path $ev | Out-Null

Connect-MgGraph -Scopes 'User.ReadWrite.All','UserAuthenticationMethod.ReadWrite.All','AuditLog.Read.All','DelegatedPermissionGrant.ReadWrite.All' -NoWelcome
Connect-ExchangeOnline -ShowBanner:$false

function Save-Evidence($Name, $Object) {
    $path = Join-Path $ev "$Name.json"
    $Object | ConvertTo-Json -Depth 8 | Set-Content -Path $path -Encoding UTF8
    "{0}  {1}" -f (Get-FileHash $path -Algorithm SHA256).Hash, "$Name.json" | Add-Content (Join-Path $ev 'SHA256SUMS.txt')
}

$user = Get-MgUser -UserId $Upn
if ($PSCmdlet.ShouldProcess($Upn, 'Block sign-in and revoke sessions')) {
    Update-MgUser -UserId $user.Id -AccountEnabled:$false
    Revoke-MgUserSignInSession -UserId $user.Id | Out-Null
    Write-Host "[$Ticket] sign-in blocked and sessions revoked for $Upn"
}

# --- Preserve evidence first ---
$rules   = Get-InboxRule -Mailbox $Upn -IncludeHidden
$mbx     = Get-Mailbox -Identity $Upn | Select-Object ForwardingSmtpAddress, ForwardingAddress, DeliverToMailboxAndForward
$perms   = Get-MailboxPermission -Identity $Upn | Where-Object { -not $_.IsInherited -and $_.User -notlike 'NT AUTHORITY*' }
$methods = Get-MgUserAuthenticationMethod -UserId $user.Id
$grants  = Get-MgUserOauth2PermissionGrant -UserId $user.Id
$signins = Invoke-MgGraphRequest -Uri "https://graph.microsoft.com/v1.0/auditLogs/signIns?`$filter=userId eq '$($user.Id)'&`$top=200"
Save-Evidence 'inbox-rules' $rules; Save-Evidence 'forwarding' $mbx; Save-Evidence 'mailbox-permissions' $perms
Save-Evidence 'auth-methods' $methods; Save-Evidence 'oauth-grants' $grants; Save-Evidence 'signins' $signins.value
Write-Host "Evidence written to $ev"

# --- Review suspicious persistence, remove only with confirmation ---
$internal = (Get-AcceptedDomain).DomainName
foreach ($r in $rules) {
    $fwd = @($r.ForwardTo) + @($r.RedirectTo) + @($r.ForwardAsAttachmentTo) | Where-Object { $_ }
    $external = $fwd | Where-Object { $d = ($_ -split '@')[-1].TrimEnd(']','"'); $d -notin $internal }
    $suspicious = $r.DeleteMessage -or $r.MoveToFolder -match 'RSS|Conversation History|Archive' -or $external -or $r.Name -match '^[\s\.]{0,3}$'
    if ($suspicious) {
        Write-Host "Suspicious rule '$($r.Name)': $($r.Description)" -ForegroundColor Yellow
        if ((Read-Host 'Remove this rule? (y/N)') -eq 'y' -and $PSCmdlet.ShouldProcess($r.Name, 'Remove-InboxRule')) {
            Remove-InboxRule -Mailbox $Upn -Identity $r.Identity -Confirm:$false
        }
    }
}
if ($mbx.ForwardingSmtpAddress) {
    Write-Host "Mailbox forwards to $($mbx.ForwardingSmtpAddress)" -ForegroundColor Yellow
    if ((Read-Host 'Clear forwarding? (y/N)') -eq 'y' -and $PSCmdlet.ShouldProcess($Upn, 'Clear forwarding')) {
        Set-Mailbox -Identity $Upn -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false
    }
}
$recent = (Get-Date).AddDays(-14)
foreach ($m in $methods) {
    $created = $m.AdditionalProperties.createdDateTime
    if ($created -and [datetime]$created -gt $recent) {
        Write-Host "MFA method added $created : $($m.AdditionalProperties.'@odata.type') $($m.AdditionalProperties.displayName)" -ForegroundColor Yellow
    }
}
foreach ($g in $grants) {
    $sp = Get-MgServicePrincipal -ServicePrincipalId $g.ClientId
    if (-not $sp.VerifiedPublisher.DisplayName) {
        Write-Host "Consent to unverified app '$($sp.DisplayName)' scopes: $($g.Scope)" -ForegroundColor Yellow
        if ((Read-Host 'Revoke this consent? (y/N)') -eq 'y' -and $PSCmdlet.ShouldProcess($sp.DisplayName, 'Remove OAuth grant')) {
            Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId $g.Id
        }
    }
}
Write-Host "`nNext: reset password and re-register MFA with the user on a verified phone call, then unblock."
