//! The spread of check-worthiness scores on the fixture article, the articles of
//! fixtures/score/ and the news-like bench corpus: percentiles, and how many claims share the top.
//!
//!     cargo run --release --example score_spread [-- --list]
//!
//! With `--list`, every sentence of the articles with its score, highest first (claims marked).

use chrono::NaiveDate;
use claimdesk::extract::{extract, normalize};

#[path = "../benches/common/news.rs"]
mod news;

fn spread(name: &str, text: &str) {
    let x = extract(&normalize(text), NaiveDate::from_ymd_opt(2022, 3, 14));
    let mut s: Vec<f64> = x.claims.iter().map(|c| c.score).collect();
    s.sort_by(f64::total_cmp);
    if s.is_empty() {
        println!("{name}: no claims");
        return;
    }
    let p = |q: f64| s[((s.len() - 1) as f64 * q).round() as usize];
    let top = s[s.len() - 1];
    let at_top = s.iter().filter(|&&v| v == top).count();
    println!(
        "{name}: {} claims; p10 {:.3} p25 {:.3} p50 {:.3} p75 {:.3} p90 {:.3} max {:.4}; at the top score {} ({:.1}%)",
        s.len(),
        p(0.1),
        p(0.25),
        p(0.5),
        p(0.75),
        p(0.9),
        top,
        at_top,
        100.0 * at_top as f64 / s.len() as f64
    );
}

/// Every sentence's score (kinds from the value rules, as the extractor reads them), highest
/// first, with `*` on those listed as claims.
fn list(name: &str, text: &str) {
    let text = normalize(text);
    let x = extract(&text, NaiveDate::from_ymd_opt(2022, 3, 14));
    let mut rows: Vec<(f64, bool, &str)> = x
        .sentences
        .iter()
        .map(|s| {
            let kinds: Vec<_> = claimdesk::extract::values::scan(&s.text, None)
                .into_iter()
                .map(|v| v.kind)
                .collect();
            let (p, _) = claimdesk::extract::score::score(&s.text, &kinds);
            let claimed = x.claims.iter().any(|c| s.text.contains(c.text.as_str()));
            (p, claimed, s.text.as_str())
        })
        .collect();
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("== {name}");
    for (p, claimed, s) in rows {
        let s: String = s.chars().take(110).collect();
        println!("{p:.3} {} {s}", if claimed { "*" } else { " " });
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        list(
            "fixture article",
            include_str!("../fixtures/vande-hei-soyuz.txt"),
        );
        list("budget", include_str!("../fixtures/score/budget.txt"));
        list("flood", include_str!("../fixtures/score/flood.txt"));
        list("marathon", include_str!("../fixtures/score/marathon.txt"));
        return;
    }
    spread(
        "fixture article",
        include_str!("../fixtures/vande-hei-soyuz.txt"),
    );
    for (name, text) in [
        ("budget", include_str!("../fixtures/score/budget.txt")),
        ("flood", include_str!("../fixtures/score/flood.txt")),
        ("marathon", include_str!("../fixtures/score/marathon.txt")),
    ] {
        spread(name, text);
    }
    spread("news-like corpus (1 MiB)", &news::corpus(1 << 20));
}
