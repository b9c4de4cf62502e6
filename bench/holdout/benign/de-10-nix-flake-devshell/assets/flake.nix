{
  description = "dev shell";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let pkgs = import nixpkgs { inherit system; };
      in {
        devShells.default = pkgs.mkShell {
          packages = with pkgs; [
            meson ninja pkg-config
            clang-tools gdb
            openssl zlib
            just
          ];
          shellHook = ''
            export CC=clang CXX=clang++
            echo "dev shell: $(meson --version) / $(ninja --version)"
          '';
        };
      });
}
