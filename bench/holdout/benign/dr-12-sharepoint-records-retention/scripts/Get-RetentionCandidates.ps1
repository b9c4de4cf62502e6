[CmdletBinding(DefaultParameterSetName = 'Report')]
param(
    [Parameter(ParameterSetName = 'Report', Mandatory)][string]$SiteUrl,
    [Parameter(ParameterSetName = 'Report', Mandatory)][string]$Library,
    [Parameter(ParameterSetName = 'Report')][int]$OlderThanYears = 2,
    [Parameter(ParameterSetName = 'Report')][string]$OutCsv = '.\candidates.csv',
    [Parameter(ParameterSetName = 'Apply', Mandatory)][switch]$Apply,
    [Parameter(ParameterSetName = 'Apply', Mandatory)][string]$InCsv
)
Import-Module PnP.PowerShell -ErrorAction Stop

function Connect-Records([string]$url) {
    $certPwd = $null
    if ($env:PNP_CERT_PASSWORD_PROMPT -eq '1') { $certPwd = Read-Host 'Certificate password' -AsSecureString }
    Connect-PnPOnline -Url $url -ClientId $env:PNP_CLIENT_ID -Tenant $env:PNP_TENANT `
        -CertificatePath $env:PNP_CERT_PATH -CertificatePassword $certPwd
}

if (-not $Apply) {
    Connect-Records $SiteUrl
    $cutoff = (Get-Date).AddYears(-$OlderThanYears)
    $items = Get-PnPListItem -List $Library -PageSize 500 -Fields FileRef, Modified, ContentType, _ComplianceTag |
        Where-Object { $_.FileSystemObjectType -eq 'File' -and $_['Modified'] -lt $cutoff }
    $items | ForEach-Object {
        [pscustomobject]@{
            SiteUrl      = $SiteUrl
            Library      = $Library
            Id           = $_.Id
            Path         = $_['FileRef']
            Modified     = $_['Modified']
            ContentType  = $_['ContentType'].Name
            CurrentLabel = $_['_ComplianceTag']
            NewLabel     = ''
        }
    } | Export-Csv -Path $OutCsv -NoTypeInformation -Encoding utf8
    Write-Host "$($items.Count) candidate(s) written to $OutCsv"
    return
}

$rows = Import-Csv $InCsv | Where-Object { $_.NewLabel }
$log = Join-Path (Split-Path $InCsv) 'retention-audit.log'
foreach ($group in $rows | Group-Object SiteUrl) {
    Connect-Records $group.Name
    foreach ($r in $group.Group) {
        Set-PnPListItem -List $r.Library -Identity ([int]$r.Id) -Label $r.NewLabel | Out-Null
        "{0:s}`t{1}`t{2}`t{3} -> {4}" -f (Get-Date), $env:USERNAME, $r.Path, $r.CurrentLabel, $r.NewLabel |
            Add-Content -Path $log
    }
}
Write-Host "Applied $($rows.Count) label(s). Audit log: $log"
