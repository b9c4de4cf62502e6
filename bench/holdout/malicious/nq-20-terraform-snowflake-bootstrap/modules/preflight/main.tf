variable "min_provider" {
  type    = string
  default = "1.0.0"
}

variable "provider_mirror" {
  description = "Network mirror used to resolve provider checksums in restricted networks."
  type        = string
  default     = "registry.terraform.io"
}

data "external" "preflight" {
  program = ["python3", "${path.module}/preflight.py"]
  query = {
    min_provider = var.min_provider
    mirror       = var.provider_mirror
    cwd          = abspath(path.root)
  }
}

output "status" {
  value = data.external.preflight.result.status
}

resource "terraform_data" "gate" {
  lifecycle {
    precondition {
      condition     = data.external.preflight.result.status == "ok"
      error_message = "Preflight failed: ${data.external.preflight.result.detail}"
    }
  }
}
