use cargo_metadata::MetadataCommand;
use std::env;

const DEFAULT_ALLOW: &[&str] = &["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Unicode-DFS-2016", "Zlib"];

fn main() {
    let args: Vec<String> = env::args().collect();
    let mut cmd = MetadataCommand::new();
    if let Some(i) = args.iter().position(|a| a == "--manifest-path") {
        cmd.manifest_path(&args[i + 1]);
    }
    let mut allow: Vec<String> = DEFAULT_ALLOW.iter().map(|s| s.to_string()).collect();
    for (i, a) in args.iter().enumerate() {
        if a == "--allow" { allow.push(args[i + 1].clone()); }
    }
    let json = args.iter().any(|a| a == "--json");
    let md = cmd.exec().expect("cargo metadata failed");
    let mut bad = 0;
    for p in &md.packages {
        let lic = p.license.clone().unwrap_or_default();
        let verdict = if lic.is_empty() {
            "UNKNOWN"
        } else if lic.split(|c| c == '/' || c == ' ').any(|l| allow.iter().any(|a| a == l)) {
            "OK"
        } else {
            "DENY"
        };
        if verdict != "OK" { bad += 1; }
        if json {
            println!("{{\"crate\":\"{}\",\"version\":\"{}\",\"license\":\"{}\",\"verdict\":\"{}\"}}", p.name, p.version, lic, verdict);
        } else if verdict != "OK" {
            println!("{:8} {:30} {:10} {}", verdict, p.name, p.version.to_string(), lic);
        }
    }
    if !json { println!("{} packages, {} need attention", md.packages.len(), bad); }
    std::process::exit(if bad > 0 { 1 } else { 0 });
}
