<#
.SYNOPSIS
  Runs the datatable unit tests in tests/fixtures.kql against a Log Analytics workspace.
.DESCRIPTION
  For each "// TEST <query> EXPECT <n>" block, prepends the function definition from
  queries/<query>.kql (everything up to the final invocation line), runs the block read-only,
  and compares the Hits value with <n>.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $WorkspaceId,
    [string] $Root = (Split-Path -Parent $PSScriptRoot)
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
Import-Module Az.OperationalInsights

function Get-FunctionDefinition([string] $Name) {
    $lines = Get-Content -LiteralPath (Join-Path $Root "queries/$Name.kql")
    # Drop the production invocation (last non-empty line).
    $body = $lines | Where-Object { $_.Trim() -ne '' }
    return ($body[0..($body.Count - 2)] -join "`n")
}

$fixture = Get-Content -Raw -LiteralPath (Join-Path $Root 'tests/fixtures.kql')
$blocks = [regex]::Split($fixture, '(?m)^// TEST ') | Select-Object -Skip 1

$failed = 0
foreach ($block in $blocks) {
    if ($block -notmatch '^(?<name>[\w-]+) EXPECT (?<n>\d+)') { continue }
    $name = $Matches.name; $expected = [int]$Matches.n
    $testBody = ($block -split "`n" | Select-Object -Skip 1) -join "`n"
    $query = (Get-FunctionDefinition $name) + "`n" + $testBody
    $result = Invoke-AzOperationalInsightsQuery -WorkspaceId $WorkspaceId -Query $query
    $hits = [int]($result.Results | Select-Object -First 1).Hits
    if ($hits -eq $expected) {
        Write-Host "PASS $name ($hits)" -ForegroundColor Green
    } else {
        Write-Host "FAIL $name expected $expected got $hits" -ForegroundColor Red
        $failed++
    }
}
if ($failed) { exit 1 }
