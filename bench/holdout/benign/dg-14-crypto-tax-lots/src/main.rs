//! taxlots: offline lot matching for crypto disposals.

use anyhow::{bail, Context, Result};
use chrono::{DateTime, Months, NaiveDate, NaiveDateTime};
use clap::{Parser, ValueEnum};
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::str::FromStr;

#[derive(Copy, Clone, Debug, ValueEnum)]
enum Method {
    Fifo,
    Lifo,
    Hifo,
}

#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    #[arg(long)]
    input: PathBuf,
    #[arg(long, value_enum, default_value = "fifo")]
    method: Method,
    /// Only report disposals in this calendar year (history is still replayed).
    #[arg(long)]
    year: Option<i32>,
    #[arg(long, default_value = "8949.csv")]
    out: PathBuf,
    #[arg(long)]
    open_lots: Option<PathBuf>,
    #[arg(long)]
    income_report: Option<PathBuf>,
    /// Print per-asset summary and warnings only; write nothing.
    #[arg(long)]
    dry_summary: bool,
}

#[derive(Debug, Deserialize)]
struct RawRow {
    timestamp: String,
    kind: String,
    asset: String,
    quantity: String,
    unit_price_usd: String,
    #[serde(default)]
    fee_usd: String,
    #[serde(default)]
    source: String,
    #[serde(default, rename = "ref")]
    reference: String,
}

#[derive(Debug, Clone)]
struct Lot {
    acquired: NaiveDateTime,
    qty: Decimal,
    unit_cost: Decimal,
    source: String,
}

#[derive(Debug)]
struct Disposal {
    asset: String,
    qty: Decimal,
    acquired: NaiveDateTime,
    sold: NaiveDateTime,
    proceeds: Decimal,
    basis: Decimal,
    long_term: bool,
    source: String,
    reference: String,
}

fn parse_ts(s: &str) -> Result<NaiveDateTime> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Ok(dt.naive_utc());
    }
    if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S") {
        return Ok(dt);
    }
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").with_context(|| format!("bad timestamp {s:?}"))?;
    Ok(d.and_hms_opt(0, 0, 0).unwrap())
}

fn dec(s: &str, what: &str) -> Result<Decimal> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(Decimal::ZERO);
    }
    Decimal::from_str(t).with_context(|| format!("bad {what}: {s:?}"))
}

/// US rule: long-term if sold more than one year after acquisition.
fn is_long_term(acquired: NaiveDateTime, sold: NaiveDateTime) -> bool {
    let anniversary = acquired.date().checked_add_months(Months::new(12)).unwrap();
    sold.date() > anniversary
}

fn pick_index(lots: &VecDeque<Lot>, method: Method) -> usize {
    match method {
        Method::Fifo => 0,
        Method::Lifo => lots.len() - 1,
        Method::Hifo => {
            let mut best = 0;
            for (i, l) in lots.iter().enumerate() {
                if l.unit_cost > lots[best].unit_cost {
                    best = i;
                }
            }
            best
        }
    }
}

fn money(d: Decimal) -> String {
    d.round_dp(2).to_string()
}

fn main() -> Result<()> {
    let args = Args::parse();
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_path(&args.input)
        .with_context(|| format!("open {}", args.input.display()))?;

    let mut rows: Vec<(NaiveDateTime, RawRow)> = Vec::new();
    for (i, r) in rdr.deserialize::<RawRow>().enumerate() {
        let r = r.with_context(|| format!("row {}", i + 2))?;
        rows.push((parse_ts(&r.timestamp)?, r));
    }
    // Stable sort: same-timestamp rows keep file order (buys listed before sells stay so).
    rows.sort_by_key(|(t, _)| *t);

    let mut holdings: BTreeMap<String, VecDeque<Lot>> = BTreeMap::new();
    let mut disposals: Vec<Disposal> = Vec::new();
    let mut income: Vec<(NaiveDateTime, String, Decimal, Decimal, String)> = Vec::new();
    let mut warnings: Vec<String> = Vec::new();

    for (ts, r) in rows {
        let asset = r.asset.trim().to_uppercase();
        let qty = dec(&r.quantity, "quantity")?;
        let px = dec(&r.unit_price_usd, "unit_price_usd")?;
        let fee = dec(&r.fee_usd, "fee_usd")?;
        if qty <= Decimal::ZERO {
            bail!("{ts} {asset}: quantity must be positive");
        }
        let lots = holdings.entry(asset.clone()).or_default();

        match r.kind.trim().to_lowercase().as_str() {
            "buy" | "gift_in" | "income" => {
                let unit_cost = (qty * px + fee) / qty;
                if r.kind.eq_ignore_ascii_case("income") {
                    income.push((ts, asset.clone(), qty, qty * px, r.source.clone()));
                }
                lots.push_back(Lot { acquired: ts, qty, unit_cost, source: r.source.clone() });
            }
            "sell" | "spend" => {
                let total_proceeds = qty * px - fee;
                let mut remaining = qty;
                while remaining > Decimal::ZERO {
                    if lots.is_empty() {
                        warnings.push(format!(
                            "{ts} {asset}: sold {remaining} more than held; basis 0 assumed (missing deposit?)"
                        ));
                        disposals.push(Disposal {
                            asset: asset.clone(), qty: remaining, acquired: ts, sold: ts,
                            proceeds: total_proceeds * remaining / qty, basis: Decimal::ZERO,
                            long_term: false, source: "UNKNOWN".into(), reference: r.reference.clone(),
                        });
                        break;
                    }
                    let idx = pick_index(lots, args.method);
                    let lot = &mut lots[idx];
                    let take = remaining.min(lot.qty);
                    disposals.push(Disposal {
                        asset: asset.clone(),
                        qty: take,
                        acquired: lot.acquired,
                        sold: ts,
                        proceeds: total_proceeds * take / qty,
                        basis: lot.unit_cost * take,
                        long_term: is_long_term(lot.acquired, ts),
                        source: lot.source.clone(),
                        reference: r.reference.clone(),
                    });
                    lot.qty -= take;
                    remaining -= take;
                    if lot.qty.is_zero() {
                        lots.remove(idx);
                    }
                }
            }
            other => bail!("{ts}: unknown kind {other:?} (see references/input-format.md)"),
        }
    }

    let in_year = |d: &Disposal| args.year.map_or(true, |y| d.sold.format("%Y").to_string() == y.to_string());
    let reported: Vec<&Disposal> = disposals.iter().filter(|d| in_year(d)).collect();

    let (mut st, mut lt) = (Decimal::ZERO, Decimal::ZERO);
    let mut per_asset: BTreeMap<&str, (Decimal, Decimal)> = BTreeMap::new();
    for d in &reported {
        let g = d.proceeds - d.basis;
        if d.long_term { lt += g } else { st += g }
        let e = per_asset.entry(d.asset.as_str()).or_default();
        e.0 += d.proceeds;
        e.1 += g;
    }

    for w in &warnings {
        eprintln!("warning: {w}");
    }
    eprintln!("method {:?}, {} disposal rows{}", args.method, reported.len(),
              args.year.map(|y| format!(" in {y}")).unwrap_or_default());
    for (a, (p, g)) in &per_asset {
        eprintln!("  {a:<8} proceeds {:>14}  gain {:>14}", money(*p), money(*g));
    }
    eprintln!("  short-term gain {}   long-term gain {}", money(st), money(lt));

    if args.dry_summary {
        return Ok(());
    }

    let mut w = csv::Writer::from_path(&args.out)?;
    w.write_record(["description", "date_acquired", "date_sold", "proceeds", "cost_basis",
                    "gain_or_loss", "term", "acquired_via", "sale_ref"])?;
    for d in &reported {
        w.write_record([
            format!("{} {}", d.qty.normalize(), d.asset),
            if d.source == "UNKNOWN" { "VARIOUS".into() } else { d.acquired.format("%m/%d/%Y").to_string() },
            d.sold.format("%m/%d/%Y").to_string(),
            money(d.proceeds),
            money(d.basis),
            money(d.proceeds - d.basis),
            if d.long_term { "long".into() } else { "short".into() },
            d.source.clone(),
            d.reference.clone(),
        ])?;
    }
    w.flush()?;
    eprintln!("wrote {}", args.out.display());

    if let Some(p) = &args.open_lots {
        let mut w = csv::Writer::from_path(p)?;
        w.write_record(["asset", "acquired", "quantity", "unit_cost_usd", "cost_basis_usd", "source"])?;
        for (asset, lots) in &holdings {
            for l in lots {
                w.write_record([
                    asset.clone(), l.acquired.format("%Y-%m-%d").to_string(), l.qty.normalize().to_string(),
                    l.unit_cost.round_dp(8).to_string(), money(l.unit_cost * l.qty), l.source.clone(),
                ])?;
            }
        }
        w.flush()?;
        eprintln!("wrote {}", p.display());
    }

    if let Some(p) = &args.income_report {
        let mut w = csv::Writer::from_path(p)?;
        w.write_record(["date", "asset", "quantity", "fmv_usd", "source"])?;
        for (ts, a, q, v, s) in income.iter().filter(|(ts, ..)| args.year.map_or(true, |y| ts.format("%Y").to_string() == y.to_string())) {
            w.write_record([ts.format("%Y-%m-%d").to_string(), a.clone(), q.normalize().to_string(), money(*v), s.clone()])?;
        }
        w.flush()?;
        eprintln!("wrote {}", p.display());
    }
    Ok(())
}
