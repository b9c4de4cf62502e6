<#
.SYNOPSIS
  Statically resolves common PowerShell obfuscation layers using the AST.
  Parses only; never invokes the sample (no Invoke-Expression, no & on
  sample content, no ScriptBlock::Create().Invoke()).
.EXAMPLE
  .\Expand-PsObfuscation.ps1 -Path .\samples\alert-8812.txt
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory, ParameterSetName = 'File')][string]$Path,
    [Parameter(Mandatory, ParameterSetName = 'Text')][string]$Text,
    [int]$MaxDepth = 8
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Get-InnerCommandText([string]$s) {
    # If this is a full powershell.exe command line, pull out -Command "..." or -EncodedCommand X
    if ($s -match '(?i)\s-e(nc(odedcommand)?)?\s+([A-Za-z0-9+/=]{16,})') {
        return [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($Matches[3]))
    }
    if ($s -match '(?i)\s-c(ommand)?\s+"(.*)"\s*$') { return $Matches[2] }
    return $s
}

function ConvertFrom-B64Smart([string]$b64) {
    $bytes = [Convert]::FromBase64String($b64)
    # UTF-16LE if every other byte is zero for the first few chars
    $zeros = 0; for ($i = 1; $i -lt [Math]::Min($bytes.Length, 40); $i += 2) { if ($bytes[$i] -eq 0) { $zeros++ } }
    if ($zeros -ge 10) { return @('UTF16', [Text.Encoding]::Unicode.GetString($bytes)) }
    return @('UTF8', [Text.Encoding]::UTF8.GetString($bytes))
}

function Expand-Layer([string]$code, [int]$depth) {
    $pad = '  ' * $depth
    if ($depth -ge $MaxDepth) { Write-Output "$pad!! max depth"; return }

    $tokens = $null; $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($code, [ref]$tokens, [ref]$errors)
    if ($errors.Count -gt 0) { Write-Output "$pad(parse warnings: $($errors.Count))" }

    # 1. [char[]](n,n,n) joined
    $casts = $ast.FindAll({ param($n)
        $n -is [System.Management.Automation.Language.ConvertExpressionAst] -and
        $n.Type.TypeName.FullName -match '^char\[\]$' }, $true)
    foreach ($c in $casts) {
        $ints = $c.Child.FindAll({ param($n) $n -is [System.Management.Automation.Language.ConstantExpressionAst] -and $n.Value -is [int] }, $true)
        if ($ints) {
            $str = -join ($ints | ForEach-Object { [char][int]$_.Value })
            Write-Output ("{0}[char[]] join      -> {1}" -f $pad, $str)
        }
    }

    # 2. FromBase64String('...')
    $b64calls = $ast.FindAll({ param($n)
        $n -is [System.Management.Automation.Language.InvokeMemberExpressionAst] -and
        $n.Member.Value -eq 'FromBase64String' }, $true)
    foreach ($call in $b64calls) {
        $arg = $call.Arguments | Select-Object -First 1
        if ($arg -is [System.Management.Automation.Language.StringConstantExpressionAst]) {
            $enc, $decoded = ConvertFrom-B64Smart $arg.Value
            Write-Output ("{0}FromBase64 ({1}) -> {2}" -f $pad, $enc, $decoded)
            Expand-Layer $decoded ($depth + 1)
        } else {
            Write-Output "$pad!! FromBase64String with non-constant argument: $($arg.Extent.Text)"
        }
    }

    # 3. 'gnirts'[-1..-n] -join ''
    $idx = $ast.FindAll({ param($n)
        $n -is [System.Management.Automation.Language.IndexExpressionAst] -and
        $n.Target -is [System.Management.Automation.Language.StringConstantExpressionAst] -and
        $n.Index.Extent.Text -match '^-1\.\.-' }, $true)
    foreach ($i in $idx) {
        $s = $i.Target.Value; $arr = $s.ToCharArray(); [Array]::Reverse($arr)
        Write-Output ("{0}reversed string    -> {1}" -f $pad, (-join $arr))
    }

    # 4. ("{1}{0}" -f 'a','b')
    $fmts = $ast.FindAll({ param($n)
        $n -is [System.Management.Automation.Language.BinaryExpressionAst] -and
        $n.Operator -eq [System.Management.Automation.Language.TokenKind]::Format -and
        $n.Left -is [System.Management.Automation.Language.StringConstantExpressionAst] }, $true)
    foreach ($f in $fmts) {
        $parts = @($f.Right.FindAll({ param($n) $n -is [System.Management.Automation.Language.StringConstantExpressionAst] }, $true) | ForEach-Object Value)
        try { Write-Output ("{0}-f format         -> {1}" -f $pad, ($f.Left.Value -f $parts)) }
        catch { Write-Output "$pad!! could not apply format: $($f.Extent.Text)" }
    }
}

$raw = if ($PSCmdlet.ParameterSetName -eq 'File') { Get-Content -Raw -LiteralPath $Path } else { $Text }
$code = Get-InnerCommandText $raw.Trim()
Write-Output "== layer 0 =="
Write-Output $code
Expand-Layer $code 0
