"""setuptools equivalent of hatch_build.py for projects not yet on hatchling.

pyproject.toml:
    [build-system]
    requires = ["setuptools>=69", "grpcio-tools>=1.66,<1.67"]
    build-backend = "setuptools.build_meta"
"""
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithProtos(build_py):
    def run(self) -> None:
        from grpc_tools import protoc

        root = Path(__file__).parent
        proto_root = root / "proto"
        out_dir = root / "src" / "acme_billing" / "_gen"
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "__init__.py").touch()
        protos = [str(p.relative_to(proto_root)) for p in proto_root.rglob("*.proto")]
        if protos and protoc.main([
            "grpc_tools.protoc", f"-I{proto_root}",
            f"--python_out={out_dir}", f"--grpc_python_out={out_dir}", *protos,
        ]) != 0:
            raise RuntimeError("protoc failed")
        super().run()


setup(cmdclass={"build_py": BuildPyWithProtos})
