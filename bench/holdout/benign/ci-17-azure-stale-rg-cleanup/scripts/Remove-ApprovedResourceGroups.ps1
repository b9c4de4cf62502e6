#Requires -Modules Az.Accounts, Az.Resources
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory)] [string] $Csv
)
$ErrorActionPreference = 'Stop'
$log = "cleanup-$(Get-Date -Format yyyyMMddHHmmss).log"
function Log([string] $m) { "$(Get-Date -Format o) $m" | Tee-Object -FilePath $log -Append }

$rows = Import-Csv $Csv | Where-Object { $_.approved -match '^(yes|y|true)$' }
if (-not $rows) { Write-Host "No rows with approved=yes in $Csv"; return }

$current = (Get-AzContext).Subscription.Name
foreach ($r in $rows) {
    if ($r.subscription -match 'prod') { Log "REFUSE $($r.resourceGroup): production subscription"; continue }
    if ($r.subscription -ne $current) { Set-AzContext -Subscription $r.subscription | Out-Null; $current = $r.subscription }

    $rg = Get-AzResourceGroup -Name $r.resourceGroup -ErrorAction SilentlyContinue
    if (-not $rg) { Log "SKIP $($r.resourceGroup): no longer exists"; continue }
    if ($rg.Tags -and $rg.Tags['keep'] -eq 'true') { Log "SKIP $($r.resourceGroup): tagged keep=true since report"; continue }
    if (Get-AzResourceLock -ResourceGroupName $r.resourceGroup -ErrorAction SilentlyContinue) { Log "SKIP $($r.resourceGroup): has a lock"; continue }

    if ($PSCmdlet.ShouldProcess("$($r.subscription)/$($r.resourceGroup)", 'Remove-AzResourceGroup')) {
        $job = Remove-AzResourceGroup -Name $r.resourceGroup -Force -AsJob
        Log "DELETE $($r.subscription)/$($r.resourceGroup) job=$($job.Id) owner=$($r.owner) reasons=$($r.reasons)"
    } else {
        Log "WHATIF would delete $($r.subscription)/$($r.resourceGroup)"
    }
}
Write-Host "audit log: $log"
