param(
  [Parameter(Mandatory)] [string]$Residents,
  [ValidateSet('Brivo','Alta')] [string]$System = 'Alta',
  [switch]$DryRun
)
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
$key = $env:ACCESS_API_KEY; $org = $env:ACCESS_ORG_ID
$today = (Get-Date).Date

function Get-AcsUsers {
  if ($System -eq 'Alta') {
    (Invoke-RestMethod "https://api.openpath.com/orgs/$org/users?limit=1000" -Headers @{ Authorization = $key }).data
  } else {
    (Invoke-RestMethod "https://api.brivo.com/v1/api/users?pageSize=100" -Headers @{ Authorization = "Bearer $key"; 'api-key' = $env:BRIVO_API_KEY }).data
  }
}

$res = Import-Csv $Residents
$acs = Get-AcsUsers
$byEmail = @{}; foreach ($u in $acs) { if ($u.identity.email) { $byEmail[$u.identity.email.ToLower()] = $u } }

$plan = foreach ($r in $res) {
  $email = "$($r.Email)".ToLower()
  $out = $r.MoveOut -and ([datetime]$r.MoveOut).Date -le $today
  $u = $byEmail[$email]
  if (($r.Status -eq 'Past' -or $out) -and $u -and $u.status -eq 'A') {
    [pscustomobject]@{ Action = 'Suspend'; Unit = $r.Unit; Name = "$($r.First) $($r.Last)"; Id = $u.id }
  } elseif ($r.Status -in 'Current', 'Notice' -and -not $u -and $email) {
    [pscustomobject]@{ Action = 'Add'; Unit = $r.Unit; Name = "$($r.First) $($r.Last)"; Email = $email; Phone = $r.Phone }
  }
}
$plan | Format-Table -AutoSize
if ($DryRun) { return }

foreach ($p in $plan) {
  if ($System -ne 'Alta') { continue }
  switch ($p.Action) {
    'Suspend' { Invoke-RestMethod -Method Patch "https://api.openpath.com/orgs/$org/users/$($p.Id)" -Headers @{ Authorization = $key } -ContentType 'application/json' -Body '{"status":"S"}' | Out-Null }
    'Add' {
      $f, $l = $p.Name -split ' ', 2
      $body = @{ identity = @{ email = $p.Email; firstName = $f; lastName = $l; mobilePhone = $p.Phone }; externalId = "unit-$($p.Unit)" } | ConvertTo-Json -Depth 4
      $nu = Invoke-RestMethod -Method Post "https://api.openpath.com/orgs/$org/users" -Headers @{ Authorization = $key } -ContentType 'application/json' -Body $body
      Invoke-RestMethod -Method Post "https://api.openpath.com/orgs/$org/users/$($nu.data.id)/credentials" -Headers @{ Authorization = $key } -ContentType 'application/json' -Body '{"credentialTypeId":1}' | Out-Null
    }
  }
}
"{0} added, {1} suspended" -f ($plan | ? Action -eq 'Add').Count, ($plan | ? Action -eq 'Suspend').Count
