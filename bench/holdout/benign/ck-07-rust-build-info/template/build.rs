//! Build script: records git + toolchain info and (optionally) generates protobuf code.
//!
//! Only writes into OUT_DIR. Never touches the network.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

fn cmd_output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?;
    let s = s.trim().to_string();
    if s.is_empty() { None } else { Some(s) }
}

fn git(args: &[&str]) -> Option<String> {
    cmd_output("git", args)
}

fn rerun_on_git_changes() {
    let Some(git_dir) = git(&["rev-parse", "--git-dir"]) else { return };
    let git_dir = PathBuf::from(git_dir);
    let head = git_dir.join("HEAD");
    println!("cargo:rerun-if-changed={}", head.display());
    println!("cargo:rerun-if-changed={}", git_dir.join("index").display());
    if let Ok(contents) = fs::read_to_string(&head) {
        if let Some(r) = contents.strip_prefix("ref: ") {
            println!("cargo:rerun-if-changed={}", git_dir.join(r.trim()).display());
        }
    }
}

fn build_timestamp() -> u64 {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0))
}

fn quote(s: &str) -> String {
    format!("{:?}", s)
}

fn write_built_info(out_dir: &Path) {
    let commit = git(&["rev-parse", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let short = commit.get(..10).unwrap_or(&commit).to_string();
    let describe = git(&["describe", "--tags", "--always", "--dirty"]).unwrap_or_else(|| "unknown".into());
    let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).is_some();

    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let rustc_version = cmd_output(&rustc, &["-V"]).unwrap_or_else(|| "unknown".into());

    let pkg_version = env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let target = env::var("TARGET").unwrap_or_default();
    let profile = env::var("PROFILE").unwrap_or_default();
    let ts = build_timestamp();

    let long = format!(
        "{pkg_version} ({short}{dirty} {ts})\ncommit:  {commit}\ndescribe: {describe}\ntarget:  {target}\nprofile: {profile}\nrustc:   {rustc_version}",
        dirty = if dirty { "-dirty" } else { "" },
    );

    let code = format!(
        "pub const GIT_COMMIT: &str = {};\n\
         pub const GIT_COMMIT_SHORT: &str = {};\n\
         pub const GIT_DESCRIBE: &str = {};\n\
         pub const GIT_DIRTY: bool = {};\n\
         pub const RUSTC_VERSION: &str = {};\n\
         pub const TARGET: &str = {};\n\
         pub const PROFILE: &str = {};\n\
         pub const BUILD_UNIX_TIME: u64 = {};\n\
         pub const LONG_VERSION: &str = {};\n",
        quote(&commit), quote(&short), quote(&describe), dirty,
        quote(&rustc_version), quote(&target), quote(&profile), ts, quote(&long),
    );
    fs::write(out_dir.join("built_info.rs"), code).expect("write built_info.rs");
}

#[cfg(feature = "proto")]
fn compile_protos() {
    let protos: Vec<PathBuf> = fs::read_dir("proto")
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "proto"))
                .collect()
        })
        .unwrap_or_default();
    println!("cargo:rerun-if-changed=proto");
    if protos.is_empty() {
        return;
    }
    prost_build::Config::new()
        .compile_protos(&protos, &[PathBuf::from("proto")])
        .expect("protoc failed; install protobuf-compiler or set PROTOC");
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR set by cargo"));
    rerun_on_git_changes();
    write_built_info(&out_dir);

    #[cfg(feature = "proto")]
    compile_protos();
}
