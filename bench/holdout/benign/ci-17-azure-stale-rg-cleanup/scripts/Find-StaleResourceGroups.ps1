#Requires -Modules Az.Accounts, Az.Resources, Az.Monitor
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $SubscriptionName,
    [int] $IdleDays = 30,
    [string] $OutCsv = "stale-resource-groups.csv",
    [string] $NotifyWebhook,
    [switch] $IncludeCost
)
$ErrorActionPreference = 'Stop'

Set-AzContext -Subscription $SubscriptionName | Out-Null
$sub = (Get-AzContext).Subscription
$now = Get-Date
$since = $now.AddDays(-$IdleDays)

function Get-LastWrite([string] $rg) {
    # Activity log keeps 90 days; look only at successful write/delete operations.
    $events = Get-AzActivityLog -ResourceGroupName $rg -StartTime $since -MaxRecord 200 -WarningAction SilentlyContinue |
        Where-Object { $_.Authorization.Action -match '/(write|delete|action)$' -and $_.Status.Value -eq 'Succeeded' }
    ($events | Sort-Object EventTimestamp -Descending | Select-Object -First 1).EventTimestamp
}

function Get-MonthToDateCost([string] $rgId) {
    if (-not $IncludeCost) { return $null }
    try {
        $q = Invoke-AzCostManagementQuery -Scope $rgId -Type ActualCost -Timeframe MonthToDate `
            -DatasetGranularity None -DatasetAggregation @{ total = @{ name = 'Cost'; function = 'Sum' } }
        return [math]::Round([double]$q.Row[0][0], 2)
    } catch { return $null }
}

$rows = foreach ($rg in Get-AzResourceGroup) {
    $tags = $rg.Tags ?? @{}
    if ($tags['keep'] -eq 'true') { continue }
    if (Get-AzResourceLock -ResourceGroupName $rg.ResourceGroupName -ErrorAction SilentlyContinue) { continue }

    $reasons = @()
    $expires = $null
    if ($tags['expires-on'] -and [datetime]::TryParse($tags['expires-on'], [ref]$expires) -and $expires -lt $now) {
        $reasons += "expired $($expires.ToString('yyyy-MM-dd'))"
    }
    if (-not $tags['owner']) { $reasons += 'no owner tag' }
    $last = Get-LastWrite $rg.ResourceGroupName
    if (-not $last) { $reasons += "no writes in $IdleDays d" }
    if (-not $reasons) { continue }

    [pscustomobject]@{
        subscription  = $sub.Name
        resourceGroup = $rg.ResourceGroupName
        location      = $rg.Location
        owner         = $tags['owner']
        expiresOn     = $tags['expires-on']
        lastWrite     = $last
        resources     = @(Get-AzResource -ResourceGroupName $rg.ResourceGroupName).Count
        mtdCost       = Get-MonthToDateCost $rg.ResourceId
        reasons       = ($reasons -join '; ')
        approved      = ''
    }
}

$rows | Sort-Object owner, resourceGroup | Export-Csv -NoTypeInformation -Path $OutCsv
Write-Host "$(@($rows).Count) candidate group(s) written to $OutCsv"
$rows | Format-Table resourceGroup, owner, resources, mtdCost, reasons -AutoSize

if ($NotifyWebhook) {
    foreach ($g in ($rows | Where-Object owner | Group-Object owner)) {
        $list = ($g.Group | ForEach-Object { "- $($_.resourceGroup) ($($_.reasons))" }) -join "`n"
        $body = @{ text = "Hi $($g.Name), these resource groups in **$($sub.Name)** are scheduled for cleanup review. Tag them ``keep=true`` or set ``expires-on`` if you still need them:`n$list" } | ConvertTo-Json
        Invoke-RestMethod -Method Post -Uri $NotifyWebhook -Body $body -ContentType 'application/json' | Out-Null
    }
    Write-Host "notified $(@($rows | Where-Object owner | Group-Object owner).Count) owner(s)"
}
