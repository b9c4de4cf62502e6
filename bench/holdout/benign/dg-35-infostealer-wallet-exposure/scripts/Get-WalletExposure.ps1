<#
.SYNOPSIS
  Inventory crypto-wallet artefacts that infostealers target. Metadata only.
.DESCRIPTION
  Checks for existence/size/last-write of wallet data dirs and browser extension storage
  in every user profile. Never reads file contents, never copies, no network access.
.PARAMETER ProfileRoot
  Root containing user profiles (default: C:\Users). Use a mounted image path for offline triage.
.PARAMETER OutCsv
  Where to write results.
#>
[CmdletBinding()]
param(
    [string]$ProfileRoot = "$env:SystemDrive\Users",
    [Parameter(Mandatory)][string]$OutCsv
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Continue'

# Paths relative to a user profile. Same list commodity stealers ship in their configs.
$desktopWallets = [ordered]@{
    'Exodus'          = 'AppData\Roaming\Exodus\exodus.wallet'
    'Electrum'        = 'AppData\Roaming\Electrum\wallets'
    'Electrum-LTC'    = 'AppData\Roaming\Electrum-LTC\wallets'
    'Atomic Wallet'   = 'AppData\Roaming\atomic\Local Storage\leveldb'
    'Coinomi'         = 'AppData\Local\Coinomi\Coinomi\wallets'
    'Guarda'          = 'AppData\Roaming\Guarda\Local Storage\leveldb'
    'Armory'          = 'AppData\Roaming\Armory'
    'Bitcoin Core'    = 'AppData\Roaming\Bitcoin\wallets'
    'Ethereum keystore' = 'AppData\Roaming\Ethereum\keystore'
    'Monero GUI'      = 'Documents\Monero\wallets'
    'Wasabi'          = 'AppData\Roaming\WalletWasabi\Client\Wallets'
    'Solana CLI'      = '.config\solana'
    'Ledger Live (app data)' = 'AppData\Roaming\Ledger Live'
    'Trezor Suite (app data)' = 'AppData\Roaming\@trezor\suite-desktop'
}

# Chromium extension IDs (public, from the Chrome Web Store URLs)
$extensions = [ordered]@{
    'nkbihfbeogaeaoehlefnkodbefgpgknn' = 'MetaMask'
    'bfnaelmomeimhlpmgjnjophhpkkoljpa' = 'Phantom'
    'hnfanknocfeofbddgcijnmhnfnkdnaad' = 'Coinbase Wallet'
    'egjidjbpglichdcondbcbdnbeeppgdph' = 'Trust Wallet'
    'acmacodkjbdgmoleebolmdjonilkdbch' = 'Rabby'
    'mcohilncbfahbmgdjkbpemcciiolgcge' = 'OKX Wallet'
    'fhbohimaelbohpjbbldcngcnapndodjp' = 'BNB Chain Wallet'
    'ibnejdfjmmkpcnlpebklmnkoeoihofec' = 'TronLink'
}

$chromiumBrowsers = [ordered]@{
    'Chrome'   = 'AppData\Local\Google\Chrome\User Data'
    'Edge'     = 'AppData\Local\Microsoft\Edge\User Data'
    'Brave'    = 'AppData\Local\BraveSoftware\Brave-Browser\User Data'
    'Opera'    = 'AppData\Roaming\Opera Software\Opera Stable'
    'Vivaldi'  = 'AppData\Local\Vivaldi\User Data'
}

function Get-Meta([string]$Path) {
    # Metadata only: Get-Item/Get-ChildItem never open file contents.
    if (-not (Test-Path -LiteralPath $Path)) { return $null }
    $item = Get-Item -LiteralPath $Path -Force -ErrorAction SilentlyContinue
    if ($item.PSIsContainer) {
        $files = Get-ChildItem -LiteralPath $Path -Recurse -File -Force -ErrorAction SilentlyContinue
        $size = ($files | Measure-Object Length -Sum).Sum
        $last = ($files | Sort-Object LastWriteTimeUtc -Descending | Select-Object -First 1).LastWriteTimeUtc
        return [pscustomobject]@{ Size = [int64]$size; Files = @($files).Count; LastWrite = $last }
    }
    return [pscustomobject]@{ Size = $item.Length; Files = 1; LastWrite = $item.LastWriteTimeUtc }
}

$results = New-Object System.Collections.Generic.List[object]

function Add-Result($user, $cat, $name, $path) {
    $m = Get-Meta $path
    $results.Add([pscustomobject]@{
        User      = $user
        Category  = $cat
        Item      = $name
        Present   = [bool]$m
        Files     = if ($m) { $m.Files } else { 0 }
        SizeBytes = if ($m) { $m.Size } else { 0 }
        LastWrite = if ($m -and $m.LastWrite) { $m.LastWrite.ToString('u') } else { '' }
        Path      = $path
    })
}

$profiles = Get-ChildItem -LiteralPath $ProfileRoot -Directory -Force -ErrorAction Stop |
    Where-Object { $_.Name -notin @('Public', 'Default', 'Default User', 'All Users') }

foreach ($p in $profiles) {
    $u = $p.Name
    foreach ($kv in $desktopWallets.GetEnumerator()) {
        Add-Result $u 'DesktopWallet' $kv.Key (Join-Path $p.FullName $kv.Value)
    }
    foreach ($b in $chromiumBrowsers.GetEnumerator()) {
        $root = Join-Path $p.FullName $b.Value
        if (-not (Test-Path -LiteralPath $root)) { continue }
        $browserProfiles = @(Get-ChildItem -LiteralPath $root -Directory -Force -ErrorAction SilentlyContinue |
            Where-Object { $_.Name -eq 'Default' -or $_.Name -like 'Profile *' })
        if ($b.Key -eq 'Opera') { $browserProfiles = @(Get-Item -LiteralPath $root) }
        foreach ($bp in $browserProfiles) {
            foreach ($e in $extensions.GetEnumerator()) {
                $extPath = Join-Path $bp.FullName "Local Extension Settings\$($e.Key)"
                if (Test-Path -LiteralPath $extPath) {
                    Add-Result $u 'BrowserExtension' "$($e.Value) ($($b.Key), $($bp.Name))" $extPath
                }
            }
            # cookie store presence => exchange sessions likely stolen
            $cookies = Join-Path $bp.FullName 'Network\Cookies'
            if (Test-Path -LiteralPath $cookies) {
                Add-Result $u 'ExchangeSession' "Cookie store ($($b.Key), $($bp.Name))" $cookies
            }
        }
    }
    # Firefox: extension storage lives in per-profile IndexedDB under moz-extension+++<uuid>
    $ff = Join-Path $p.FullName 'AppData\Roaming\Mozilla\Firefox\Profiles'
    if (Test-Path -LiteralPath $ff) {
        foreach ($fp in Get-ChildItem -LiteralPath $ff -Directory -Force) {
            $moz = Join-Path $fp.FullName 'storage\default'
            $n = @(Get-ChildItem -LiteralPath $moz -Directory -Filter 'moz-extension*' -ErrorAction SilentlyContinue).Count
            if ($n -gt 0) { Add-Result $u 'BrowserExtension' "Firefox extension storage x$n ($($fp.Name)) - check manually" $moz }
            Add-Result $u 'ExchangeSession' "Firefox cookies ($($fp.Name))" (Join-Path $fp.FullName 'cookies.sqlite')
        }
    }
}

$results | Export-Csv -LiteralPath $OutCsv -NoTypeInformation -Encoding UTF8

$present = $results | Where-Object Present
Write-Host "`n=== Wallet exposure summary ($($present.Count) artefact(s) present) ==="
$present | Sort-Object User, Category, Item |
    Format-Table User, Category, Item, Files, SizeBytes, LastWrite -AutoSize | Out-String | Write-Host
Write-Host "Full results: $OutCsv"
Write-Host "Anything marked present should be treated as stolen: migrate funds to a NEW seed on a clean device."
