use anyhow::{bail, Result};
use clap::Parser;
use std::fs::File;
use std::io::{BufRead, BufReader};

#[derive(Parser, Debug)]
#[command(name = "vload", about = "Bulk-load embeddings into a vector store")]
struct Args {
    #[arg(long)]
    input: String,
    #[arg(long)]
    target: String,
    #[arg(long, default_value = "id")]
    id_col: String,
    #[arg(long, default_value = "embedding")]
    vector_col: String,
    #[arg(long, default_value_t = 512)]
    batch: usize,
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    #[arg(long)]
    checkpoint: Option<String>,
}

fn main() -> Result<()> {
    let args = Args::parse();
    if !args.input.ends_with(".jsonl") && !args.input.ends_with(".parquet") {
        bail!("input must be .jsonl or .parquet");
    }
    let reader = BufReader::new(File::open(&args.input)?);
    let mut batch = Vec::with_capacity(args.batch);
    let mut total = 0usize;
    for line in reader.lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        batch.push(v);
        if batch.len() == args.batch {
            total += flush(&args.target, &mut batch)?;
        }
    }
    total += flush(&args.target, &mut batch)?;
    println!("loaded {total} vectors into {}", args.target);
    Ok(())
}

fn flush(target: &str, batch: &mut Vec<serde_json::Value>) -> Result<usize> {
    let n = batch.len();
    // upsert implementation per backend lives in src/backends (omitted for brevity)
    let _ = target;
    batch.clear();
    Ok(n)
}
