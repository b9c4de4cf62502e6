#Requires -RunAsAdministrator
param([Parameter(Mandatory)][string]$User)
$action  = New-ScheduledTaskAction -Execute 'C:\valheim-server\start_server.bat' -WorkingDirectory 'C:\valheim-server'
$trigger = New-ScheduledTaskTrigger -AtStartup
$settings = New-ScheduledTaskSettingsSet -RestartCount 3 -RestartInterval (New-TimeSpan -Minutes 2) -ExecutionTimeLimit ([TimeSpan]::Zero)
$cred = Get-Credential -UserName $User -Message "Password for the local '$User' account"
Register-ScheduledTask -TaskName 'ValheimServer' -Action $action -Trigger $trigger -Settings $settings `
    -User $cred.UserName -Password $cred.GetNetworkCredential().Password -RunLevel Limited
Write-Host "Registered. Start now with: Start-ScheduledTask ValheimServer"
