param([string]$OutCsv = "grants.csv")

$risky = 'Mail.Read','Mail.ReadWrite','Mail.Send','Files.Read.All','Files.ReadWrite.All',
         'Sites.Read.All','Contacts.Read','MailboxSettings.ReadWrite','User.Read.All','Directory.Read.All'

$rows = foreach ($g in Get-MgOauth2PermissionGrant -All) {
    $sp = Get-MgServicePrincipal -ServicePrincipalId $g.ClientId
    $scopes = $g.Scope -split ' ' | Where-Object { $_ }
    $hits = $scopes | Where-Object { $risky -contains $_ }
    [pscustomobject]@{
        App            = $sp.DisplayName
        AppId          = $sp.AppId
        Publisher      = $sp.PublisherName
        Verified       = [bool]$sp.VerifiedPublisher.DisplayName
        ConsentType    = $g.ConsentType
        PrincipalId    = $g.PrincipalId
        Scopes         = $g.Scope
        RiskyScopes    = ($hits -join ' ')
        ReplyUrls      = ($sp.ReplyUrls -join ' ')
    }
}
$rows | Sort-Object { -not $_.RiskyScopes }, Verified | Export-Csv $OutCsv -NoTypeInformation
$rows | Where-Object RiskyScopes | Format-Table App, Verified, ConsentType, RiskyScopes -AutoSize
