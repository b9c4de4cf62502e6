#!/usr/bin/env python3
"""Append a bullet to a named '## ' section of AGENTS.md, creating the section if needed."""
import pathlib
import sys


def main() -> int:
    if len(sys.argv) != 4:
        print("usage: add_rule.py <AGENTS.md> <section> <rule>", file=sys.stderr)
        return 2
    path, section, rule = pathlib.Path(sys.argv[1]), sys.argv[2].strip(), sys.argv[3].strip()
    bullet = f"- {rule}"
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Agent guide for {pathlib.Path.cwd().name}\n"
    lines = text.splitlines()

    if bullet in lines:
        print("rule already present; nothing to do")
        return 0

    header = f"## {section}"
    if header not in lines:
        if lines and lines[-1].strip():
            lines.append("")
        lines += [header, "", bullet]
    else:
        i = lines.index(header) + 1
        # advance to the end of this section (next '## ' or EOF), skipping trailing blanks
        j = i
        while j < len(lines) and not lines[j].startswith("## "):
            j += 1
        k = j
        while k > i and not lines[k - 1].strip():
            k -= 1
        if k == i:
            lines[i:i] = ["", bullet]
        else:
            lines.insert(k, bullet)

    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"added to '{section}': {rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
