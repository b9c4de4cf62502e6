use chrono::{Duration, NaiveDateTime};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "leaven", version)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Plan {
        #[arg(long)]
        bake: String,
        #[arg(long, default_value_t = 21.0)]
        temp: f64,
        #[arg(long, default_value = "1:1:1")]
        feed: String,
        #[arg(long, default_value = "0h")]
        retard: String,
    },
    Timers,
}

fn bulk_hours(temp: f64) -> f64 {
    // halves every +8 C, 5h at 21 C
    5.0 * 2f64.powf((21.0 - temp) / 8.0)
}

fn peak_hours(feed: &str, temp: f64) -> f64 {
    let ratio: f64 = feed.split(':').nth(1).and_then(|x| x.parse().ok()).unwrap_or(1.0);
    (4.0 + ratio * 1.5) * 2f64.powf((21.0 - temp) / 8.0)
}

fn main() {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Plan { bake, temp, feed, retard } => {
            let bake = NaiveDateTime::parse_from_str(&bake, "%Y-%m-%d %H:%M").expect("bad time");
            let retard_h: i64 = retard.trim_end_matches('h').parse().unwrap_or(0);
            let preheat = bake - Duration::minutes(60);
            let shape = preheat - Duration::hours(retard_h) - Duration::minutes(30);
            let mix = shape - Duration::minutes((bulk_hours(temp) * 60.0) as i64);
            let feed_t = mix - Duration::minutes((peak_hours(&feed, temp) * 60.0) as i64);
            for (t, what) in [
                (feed_t, format!("Feed starter {}", feed)),
                (mix, "Mix dough (starter at peak)".into()),
                (shape, "Shape and into banneton".into()),
                (preheat, "Preheat oven + Dutch oven to 250 C".into()),
                (bake, "Bake: 20 min lid on, 20-25 min lid off".into()),
            ] {
                println!("{}  {}", t.format("%a %H:%M"), what);
            }
        }
        Cmd::Timers => println!("timers set"),
    }
}
