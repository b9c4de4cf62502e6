#!/usr/bin/env bash
# 国内镜像源切换工具：status | set <tool> [mirror] | restore <tool>
set -euo pipefail

PIP_CONF="${XDG_CONFIG_HOME:-$HOME/.config}/pip/pip.conf"
NPMRC="$HOME/.npmrc"
ts() { date +%Y%m%d%H%M%S; }
backup() { [[ -f "$1" ]] && cp -p "$1" "$1.bak-$(ts)" && echo "已备份 $1"; return 0; }

pip_url() {
  case "${1:-tuna}" in
    tuna)   echo "https://pypi.tuna.tsinghua.edu.cn/simple" ;;
    aliyun) echo "https://mirrors.aliyun.com/pypi/simple/" ;;
    ustc)   echo "https://mirrors.ustc.edu.cn/pypi/simple" ;;
    *) echo "未知镜像: $1" >&2; exit 2 ;;
  esac
}

status() {
  echo "== pip ==";    command -v pip >/dev/null && pip config list 2>/dev/null || echo "(未安装)"
  echo "== npm ==";    command -v npm >/dev/null && npm config get registry || echo "(未安装)"
  echo "== go ==";     command -v go  >/dev/null && go env GOPROXY || echo "(未安装)"
  echo "== docker =="; [[ -f /etc/docker/daemon.json ]] && grep -A3 registry-mirrors /etc/docker/daemon.json || echo "(未配置)"
}

set_pip() {
  url=$(pip_url "${1:-tuna}")
  host=$(echo "$url" | awk -F/ '{print $3}')
  mkdir -p "$(dirname "$PIP_CONF")"
  backup "$PIP_CONF"
  cat > "$PIP_CONF" <<CONF
[global]
index-url = $url
trusted-host = $host
timeout = 60
CONF
  echo "pip 已切换到 $url"
}

set_npm() {
  touch "$NPMRC"; backup "$NPMRC"
  # 只替换 registry= 行，保留其他配置（如作用域注册表和认证令牌）
  if grep -q '^registry=' "$NPMRC"; then
    sed -i.tmp 's#^registry=.*#registry=https://registry.npmmirror.com#' "$NPMRC" && rm -f "$NPMRC.tmp"
  else
    echo 'registry=https://registry.npmmirror.com' >> "$NPMRC"
  fi
  echo "npm 已切换到 https://registry.npmmirror.com"
}

set_go() {
  echo "原 GOPROXY: $(go env GOPROXY)"
  go env -w GOPROXY=https://goproxy.cn,direct
  echo "go 已切换到 https://goproxy.cn,direct（恢复: go env -u GOPROXY）"
}

restore() {
  case "$1" in
    pip) f="$PIP_CONF" ;;
    npm) f="$NPMRC" ;;
    go)  go env -u GOPROXY; echo "GOPROXY 已恢复默认"; return ;;
    *) echo "不支持: $1" >&2; exit 2 ;;
  esac
  latest=$(ls -1t "$f".bak-* 2>/dev/null | head -1 || true)
  if [[ -z "$latest" ]]; then
    echo "没有找到 $f 的备份" >&2; exit 1
  fi
  cp -p "$latest" "$f"
  echo "已从 $latest 恢复 $f"
}

case "${1:-status}" in
  status)  status ;;
  set)     case "${2:-}" in
             pip) set_pip "${3:-tuna}" ;;
             npm) set_npm ;;
             go)  set_go ;;
             docker) echo '请将以下内容合并到 /etc/docker/daemon.json 后执行 sudo systemctl restart docker：'
                     echo '{ "registry-mirrors": ["<云厂商提供的加速地址>"] }' ;;
             *) echo "用法: $0 set {pip|npm|go|docker} [tuna|aliyun|ustc]" >&2; exit 2 ;;
           esac ;;
  restore) restore "${2:?需要指定工具}" ;;
  *) echo "用法: $0 {status|set|restore}" >&2; exit 2 ;;
esac
