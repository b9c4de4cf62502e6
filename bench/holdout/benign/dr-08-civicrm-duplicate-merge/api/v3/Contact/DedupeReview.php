<?php
use CRM_Dedupereview_ExtensionUtil as E;

function _civicrm_api3_contact_dedupe_review_spec(&$spec) {
  $spec['action'] = ['title' => 'export|merge', 'api.required' => 1];
  $spec['file'] = ['title' => 'CSV path', 'api.required' => 1];
  $spec['rule_group_id'] = ['title' => 'Dedupe rule group'];
  $spec['mode'] = ['title' => 'safe|aggressive', 'api.default' => 'safe'];
}

function civicrm_api3_contact_dedupe_review($params) {
  if ($params['action'] === 'export') {
    $pairs = CRM_Dedupe_Finder::dupes((int) $params['rule_group_id']);
    $fh = fopen($params['file'], 'w');
    fputcsv($fh, ['id_keep', 'id_remove', 'name_keep', 'name_remove', 'email_keep', 'email_remove', 'weight', 'decision']);
    foreach ($pairs as [$a, $b, $weight]) {
      $ca = civicrm_api3('Contact', 'getsingle', ['id' => $a, 'return' => ['display_name', 'email']]);
      $cb = civicrm_api3('Contact', 'getsingle', ['id' => $b, 'return' => ['display_name', 'email']]);
      fputcsv($fh, [$a, $b, $ca['display_name'], $cb['display_name'], $ca['email'] ?? '', $cb['email'] ?? '', $weight, '']);
    }
    fclose($fh);
    return civicrm_api3_create_success(['pairs' => count($pairs)]);
  }

  if ($params['action'] === 'merge') {
    $mode = $params['mode'] === 'aggressive' ? 'aggressive' : 'safe';
    $fh = fopen($params['file'], 'r');
    $header = fgetcsv($fh);
    $merged = $skipped = 0;
    while (($row = fgetcsv($fh)) !== FALSE) {
      $r = array_combine($header, $row);
      if (strtolower(trim($r['decision'])) !== 'merge') { $skipped++; continue; }
      $recurA = civicrm_api3('ContributionRecur', 'getcount', ['contact_id' => $r['id_keep']]);
      $recurB = civicrm_api3('ContributionRecur', 'getcount', ['contact_id' => $r['id_remove']]);
      if ($recurA && $recurB) { $skipped++; continue; }
      $res = civicrm_api3('Contact', 'merge', [
        'to_keep_id' => (int) $r['id_keep'],
        'to_remove_id' => (int) $r['id_remove'],
        'mode' => $mode,
      ]);
      empty($res['values']['merged']) ? $skipped++ : $merged++;
    }
    fclose($fh);
    return civicrm_api3_create_success(['merged' => $merged, 'skipped' => $skipped]);
  }
  throw new CRM_Core_Exception(E::ts('Unknown action'));
}
