<#
.SYNOPSIS
  Inventory AutoCAD autoload-capable files outside sanctioned support folders.
.EXAMPLE
  .\Find-AcadAutoload.ps1 -Root \\fs01\Projects -OutCsv hits.csv
#>
param(
    [Parameter(Mandatory)] [string[]] $Root,
    [string[]] $AllowedPath = @('\\fs01\CADStandards\Support', "$env:ProgramFiles\Autodesk"),
    [string] $OutCsv = ".\acad-autoload-hits.csv"
)

$names = @('acad.lsp','acaddoc.lsp','acad.fas','acaddoc.fas','acad.vlx','acaddoc.vlx','acad.mnl','acadapp.lsp')
$exts  = @('.lsp','.fas','.vlx','.mnl')

$results = foreach ($r in $Root) {
    Get-ChildItem -LiteralPath $r -Recurse -File -ErrorAction SilentlyContinue |
      Where-Object { $exts -contains $_.Extension.ToLower() } |
      Where-Object {
          $full = $_.FullName
          -not ($AllowedPath | Where-Object { $full.StartsWith($_, 'OrdinalIgnoreCase') })
      } |
      ForEach-Object {
          $hash = (Get-FileHash -LiteralPath $_.FullName -Algorithm SHA256).Hash
          $owner = try { (Get-Acl -LiteralPath $_.FullName).Owner } catch { 'n/a' }
          [pscustomobject]@{
              Path          = $_.FullName
              Name          = $_.Name
              AutoloadName  = $names -contains $_.Name.ToLower()
              SizeBytes     = $_.Length
              LastWriteTime = $_.LastWriteTime.ToString('s')
              Owner         = $owner
              SHA256        = $hash
          }
      }
}

$results | Sort-Object AutoloadName -Descending | Export-Csv -NoTypeInformation -Path $OutCsv
"{0} files written to {1} ({2} with autoload names)" -f $results.Count, $OutCsv, ($results | Where-Object AutoloadName).Count
