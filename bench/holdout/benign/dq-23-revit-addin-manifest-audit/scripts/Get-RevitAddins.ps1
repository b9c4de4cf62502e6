param([int[]] $Years = @(2024, 2025))

function Test-UserWritable([string] $Path) {
    try {
        $acl = Get-Acl -LiteralPath (Split-Path $Path -Parent) -ErrorAction Stop
        foreach ($ace in $acl.Access) {
            if ($ace.IdentityReference -match 'Users|Everyone|Authenticated Users' -and
                $ace.FileSystemRights -match 'Write|Modify|FullControl' -and
                $ace.AccessControlType -eq 'Allow') { return $true }
        }
    } catch { }
    return $false
}

$roots = foreach ($y in $Years) {
    "$env:ProgramData\Autodesk\Revit\Addins\$y"
    Get-ChildItem 'C:\Users' -Directory -ErrorAction SilentlyContinue |
        ForEach-Object { Join-Path $_.FullName "AppData\Roaming\Autodesk\Revit\Addins\$y" }
}

foreach ($dir in $roots | Where-Object { Test-Path $_ }) {
    foreach ($file in Get-ChildItem $dir -Filter *.addin -File) {
        [xml] $x = Get-Content -LiteralPath $file.FullName -Raw
        foreach ($a in $x.RevitAddIns.AddIn) {
            $asm = $a.Assembly
            if ($asm -and -not [IO.Path]::IsPathRooted($asm)) { $asm = Join-Path $dir $asm }
            $sig = if ($asm -and (Test-Path $asm)) { Get-AuthenticodeSignature $asm } else { $null }
            [pscustomobject]@{
                Host         = $env:COMPUTERNAME
                Manifest     = $file.FullName
                Type         = $a.Type
                Name         = $a.Name ?? $a.Text
                Assembly     = $asm
                Exists       = [bool]($asm -and (Test-Path $asm))
                Signed       = $sig.Status
                Publisher    = $sig.SignerCertificate.Subject
                VendorId     = $a.VendorId
                UserWritable = if ($asm) { Test-UserWritable $asm } else { $null }
            }
        }
    }
}
