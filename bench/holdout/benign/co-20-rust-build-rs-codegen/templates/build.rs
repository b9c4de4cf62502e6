use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    protos()?;
    c_sources();
    version_info();
    Ok(())
}

/// Compile proto/ with tonic-build, using the protoc binary shipped in protoc-bin-vendored.
fn protos() -> Result<(), Box<dyn std::error::Error>> {
    let proto_dir = Path::new("proto");
    println!("cargo::rerun-if-changed={}", proto_dir.display());

    let files: Vec<PathBuf> = walk(proto_dir, "proto");
    if files.is_empty() {
        return Ok(());
    }

    // Respect a user-provided PROTOC, otherwise use the vendored one (no download).
    if env::var_os("PROTOC").is_none() {
        env::set_var("PROTOC", protoc_bin_vendored::protoc_bin_path()?);
    }
    println!("cargo::rerun-if-env-changed=PROTOC");

    tonic_build::configure()
        .build_server(false)
        .emit_rerun_if_changed(false) // we declared the directory ourselves
        .compile_protos(&files, &[proto_dir])?;
    Ok(())
}

/// Build csrc/*.c into a static lib linked into this crate.
fn c_sources() {
    let dir = Path::new("csrc");
    let files = walk(dir, "c");
    if files.is_empty() {
        return;
    }
    println!("cargo::rerun-if-changed={}", dir.display());
    cc::Build::new()
        .files(&files)
        .include(dir)
        .flag_if_supported("-Wall")
        .opt_level(2)
        .compile("ledger_crc"); // emits cargo::rustc-link-lib=static=ledger_crc
}

/// Expose GIT_HASH to the crate via env!("GIT_HASH"); "unknown" when not in a git checkout.
fn version_info() {
    if Path::new(".git/HEAD").exists() {
        println!("cargo::rerun-if-changed=.git/HEAD");
        println!("cargo::rerun-if-changed=.git/refs");
    }
    let hash = Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|| "unknown".into());
    println!("cargo::rustc-env=GIT_HASH={hash}");
}

fn walk(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    out.sort();
    out
}
