use clap::Parser;

mod built_info {
    include!(concat!(env!("OUT_DIR"), "/built_info.rs"));
}

#[cfg(feature = "proto")]
pub mod pb {
    include!(concat!(env!("OUT_DIR"), "/mytool.v1.rs"));
}

#[derive(Parser)]
#[command(name = "mytool", version = built_info::GIT_DESCRIBE, long_version = built_info::LONG_VERSION)]
struct Cli {
    /// Print build info as JSON
    #[arg(long)]
    build_info: bool,
}

fn main() {
    let cli = Cli::parse();
    if cli.build_info {
        println!(
            "{{\"commit\":\"{}\",\"dirty\":{},\"target\":\"{}\",\"rustc\":\"{}\"}}",
            built_info::GIT_COMMIT,
            built_info::GIT_DIRTY,
            built_info::TARGET,
            built_info::RUSTC_VERSION
        );
        return;
    }
    println!("mytool {}", built_info::GIT_DESCRIBE);
}
