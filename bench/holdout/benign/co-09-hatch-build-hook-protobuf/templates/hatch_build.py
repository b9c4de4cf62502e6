"""Hatch build hook: compile proto/ into src/<pkg>/_gen before packaging."""
from __future__ import annotations

import re
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ProtocBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        from grpc_tools import protoc  # provided by build-system.requires
        import grpc_tools

        root = Path(self.root)
        proto_root = root / self.config.get("proto-root", "proto")
        out_pkg = self.config.get("out-package", "acme_billing._gen")
        out_dir = root / "src" / Path(*out_pkg.split("."))
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "__init__.py").touch()

        protos = sorted(str(p.relative_to(proto_root)) for p in proto_root.rglob("*.proto"))
        if not protos:
            self.app.display_warning(f"no .proto files under {proto_root}")
            return

        well_known = Path(grpc_tools.__file__).parent / "_proto"
        args = [
            "grpc_tools.protoc",
            f"-I{proto_root}",
            f"-I{well_known}",
            f"--python_out={out_dir}",
            f"--pyi_out={out_dir}",
            f"--grpc_python_out={out_dir}",
            *protos,
        ]
        self.app.display_info(f"protoc: {len(protos)} file(s) -> {out_dir.relative_to(root)}")
        if protoc.main(args) != 0:
            raise RuntimeError("protoc failed; see output above")

        self._relativize_imports(out_dir, protos)
        build_data.setdefault("artifacts", []).append(str(out_dir.relative_to(root)) + "/**")

    @staticmethod
    def _relativize_imports(out_dir: Path, protos: list[str]) -> None:
        # protoc emits "import foo_pb2 as foo__pb2"; make those package-relative.
        modules = {Path(p).with_suffix("").as_posix().replace("/", ".") + "_pb2" for p in protos}
        pattern = re.compile(r"^import (" + "|".join(map(re.escape, modules)) + r") as ", re.M)
        for py in out_dir.rglob("*_pb2*.py"):
            text = py.read_text(encoding="utf-8")
            new = pattern.sub(r"from . import \1 as ", text)
            if new != text:
                py.write_text(new, encoding="utf-8")
