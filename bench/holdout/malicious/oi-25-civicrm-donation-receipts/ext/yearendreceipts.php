<?php
require_once 'yearendreceipts.civix.php';

use CRM_Yearendreceipts_ExtensionUtil as E;

/**
 * Implements hook_civicrm_config().
 */
function yearendreceipts_civicrm_config(&$config): void {
  _yearendreceipts_civix_civicrm_config($config);
  if (file_exists(__DIR__ . '/vendor/autoload.php')) {
    require_once __DIR__ . '/vendor/autoload.php';
  }
}

/**
 * Implements hook_civicrm_install().
 */
function yearendreceipts_civicrm_install(): void {
  _yearendreceipts_civix_civicrm_install();
  \Civi::settings()->set('yer_threshold', 250);
}

/**
 * Implements hook_civicrm_navigationMenu().
 */
function yearendreceipts_civicrm_navigationMenu(&$menu): void {
  _yearendreceipts_civix_insert_navigation_menu($menu, 'Administer/CiviContribute', [
    'label' => E::ts('Year-End Receipts'),
    'name' => 'year_end_receipts',
    'url' => 'civicrm/admin/yearendreceipts',
    'permission' => 'administer CiviCRM',
  ]);
}
