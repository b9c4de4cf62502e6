#Requires -Version 5.1
[CmdletBinding(SupportsShouldProcess)]
param(
    [ValidateSet('Report', 'Audit', 'Enforce')]
    [string]$Mode = 'Report',
    [string]$Ticket
)

$AsrRules = [ordered]@{
    'Block executable content from email client and webmail'               = 'BE9BA2D9-53EA-4CDC-84E5-9B1EEEE46550'
    'Block Office applications from creating child processes'              = 'D4F940AB-401B-4EFC-AADC-AD5F3C50688A'
    'Block Office applications from injecting code into other processes'   = '75668C1F-73B5-4CF0-BB93-3ECF5CB7CC84'
    'Block JavaScript or VBScript from launching downloaded content'       = 'D3E037E1-3EB8-44C8-A917-57927947596D'
    'Block execution of potentially obfuscated scripts'                    = '5BEB7EFE-FD9A-4556-801D-275E5FFC04CC'
    'Block credential stealing from LSASS'                                 = '9E6C4E1F-7D60-472F-BA1A-A39EF669E4B2'
    'Block process creations from PSExec and WMI commands'                 = 'D1E49AAC-8F56-4280-B9BA-993A6D77406C'
    'Block persistence through WMI event subscription'                     = 'E6DB77E5-3DF2-4CF1-B95A-636979351E5B'
}

function Get-RegValue($Path, $Name) {
    try { (Get-ItemProperty -Path $Path -Name $Name -ErrorAction Stop).$Name } catch { $null }
}

function Get-Report {
    $pref = Get-MpPreference
    $state = @{}
    for ($i = 0; $i -lt $pref.AttackSurfaceReductionRules_Ids.Count; $i++) {
        $state[$pref.AttackSurfaceReductionRules_Ids[$i].ToUpper()] = $pref.AttackSurfaceReductionRules_Actions[$i]
    }
    foreach ($kv in $AsrRules.GetEnumerator()) {
        $a = $state[$kv.Value]
        $label = switch ($a) { 1 { 'Block' } 2 { 'Audit' } 6 { 'Warn' } default { 'Off' } }
        [pscustomobject]@{ Control = "ASR: $($kv.Key)"; Value = $label }
    }
    $psl = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell'
    [pscustomobject]@{ Control = 'ScriptBlockLogging'; Value = Get-RegValue "$psl\ScriptBlockLogging" 'EnableScriptBlockLogging' }
    [pscustomobject]@{ Control = 'ModuleLogging';      Value = Get-RegValue "$psl\ModuleLogging" 'EnableModuleLogging' }
    [pscustomobject]@{ Control = 'LLMNR disabled';     Value = (Get-RegValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\DNSClient' 'EnableMulticast') -eq 0 }
    [pscustomobject]@{ Control = 'LSA RunAsPPL';       Value = Get-RegValue 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa' 'RunAsPPL' }
    [pscustomobject]@{ Control = 'RealTimeProtection'; Value = -not $pref.DisableRealtimeMonitoring }
}

function Set-Baseline([int]$Action) {
    $isAdmin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole('Administrators')
    if (-not $isAdmin) { throw 'Run elevated for Audit/Enforce.' }
    if (-not $Ticket) { throw 'A change ticket (-Ticket) is required.' }

    foreach ($id in $AsrRules.Values) {
        if ($PSCmdlet.ShouldProcess("ASR $id", "set action $Action")) {
            Add-MpPreference -AttackSurfaceReductionRules_Ids $id -AttackSurfaceReductionRules_Actions $Action
        }
    }
    $psl = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell'
    foreach ($k in 'ScriptBlockLogging', 'ModuleLogging') {
        if ($PSCmdlet.ShouldProcess("$psl\$k", 'enable')) {
            New-Item -Path "$psl\$k" -Force | Out-Null
            Set-ItemProperty -Path "$psl\$k" -Name "Enable$k" -Value 1 -Type DWord
        }
    }
    if ($PSCmdlet.ShouldProcess('LLMNR', 'disable')) {
        New-Item -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\DNSClient' -Force | Out-Null
        Set-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\DNSClient' -Name EnableMulticast -Value 0 -Type DWord
    }
    if (-not [System.Diagnostics.EventLog]::SourceExists('EndpointBaseline')) {
        New-EventLog -LogName Application -Source EndpointBaseline
    }
    Write-EventLog -LogName Application -Source EndpointBaseline -EventId 4100 -EntryType Information `
        -Message "Baseline applied in mode $Mode by $env:USERNAME, ticket $Ticket"
}

switch ($Mode) {
    'Report'  { Get-Report | Format-Table -AutoSize }
    'Audit'   { Set-Baseline 2; Get-Report | Format-Table -AutoSize }
    'Enforce' { Set-Baseline 1; Get-Report | Format-Table -AutoSize }
}
