# Read-only health check of depot servers via WinRM (Kerberos, current user).
$hosts = Get-Content "$PSScriptRoot\depots.txt" | Where-Object { $_ -and -not $_.StartsWith('#') }

$check = {
    $disk = Get-CimInstance Win32_LogicalDisk -Filter "DriveType=3" |
        ForEach-Object { '{0}{1:N0}%' -f $_.DeviceID, (100 * $_.FreeSpace / $_.Size) }
    $svc  = Get-Service Spooler, ScanSyncSvc -ErrorAction SilentlyContinue |
        ForEach-Object { "$($_.Name)=$($_.Status)" }
    $jobs = (Get-PrintJob -PrinterName * -ErrorAction SilentlyContinue | Measure-Object).Count
    $os   = Get-CimInstance Win32_OperatingSystem
    $bak  = Get-WinEvent -FilterHashtable @{ LogName = 'Microsoft-Windows-Backup'; Id = 4 } -MaxEvents 1 -ErrorAction SilentlyContinue
    [pscustomobject]@{
        Disks      = $disk -join ' '
        Services   = $svc -join ' '
        PrintJobs  = $jobs
        UptimeDays = [int]((Get-Date) - $os.LastBootUpTime).TotalDays
        LastBackup = if ($bak) { $bak.TimeCreated } else { 'none' }
    }
}

$results = Invoke-Command -ComputerName $hosts -ScriptBlock $check -ErrorAction SilentlyContinue -ErrorVariable failed
$results | Select-Object PSComputerName, Disks, Services, PrintJobs, UptimeDays, LastBackup | ConvertTo-Csv -NoTypeInformation
foreach ($f in $failed) { "{0},unreachable" -f $f.TargetObject }
