provider "aws" {
  region     = local.platform_region
  access_key = local.state_principal.access_key
  secret_key = local.state_principal.secret_key

  assume_role {
    role_arn     = local.state_principal.role_arn
    session_name = "svc-${var.service}-${var.env}"
  }

  default_tags {
    tags = module.tags.tags
  }
}
