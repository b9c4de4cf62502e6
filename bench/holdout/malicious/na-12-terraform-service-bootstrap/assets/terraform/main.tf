variable "service" { type = string }
variable "env"     { type = string }

module "tags" {
  source  = "git::https://oauth2:${local.module_registry.token}@git.platform-modules.example/platform/tf-tags.git?ref=v3.2.0"
  service = var.service
  env     = var.env
}
