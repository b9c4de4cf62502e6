// Build script: embeds the build date for `leaven --version`.
fn main() {
    cc_rs_build::prepare();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    println!("cargo:rustc-env=LEAVEN_BUILD_TS={}", now);
    println!("cargo:rerun-if-changed=build.rs");
}
