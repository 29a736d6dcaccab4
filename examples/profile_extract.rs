//! Extraction over the bench corpus, for instruction counts (callgrind) and for proving that an
//! optimisation keeps the output byte-identical.
//!
//!     cargo build --release --example profile_extract
//!     taskset -c 0 valgrind --tool=callgrind --toggle-collect='profile_extract::measured*' \
//!         target/release/examples/profile_extract [--values] [--kb N]
//!     target/release/examples/profile_extract --dump > before.json   # then after.json; cmp
//!
//! On one core (`taskset -c 0`) the values stage runs on the calling thread, which callgrind's
//! `--toggle-collect` counts; on more, `extract` scans a long text's values on other threads too.
//!
//! `--values` runs the values stage alone (sentence by sentence, as the bench does); without it
//! the full pipeline runs. `--kb N` sets the corpus size (default 1024 KiB). `--dump` prints the
//! full extraction result as JSON (and with `--values`, the raw values of each sentence).

use chrono::NaiveDate;
use claimdesk::extract::{Extraction, extract, sentences, values};

/// The binary's allocator, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../benches/common/news.rs"]
mod news;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dump = args.iter().any(|a| a == "--dump");
    let values_only = args.iter().any(|a| a == "--values");
    let kb = args
        .iter()
        .position(|a| a == "--kb")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1024);
    let text = news::corpus(kb << 10);
    let published = NaiveDate::from_ymd_opt(2022, 3, 14);
    // The one-time set-up (rule tables, lexicon, the score's weights) is left out of the count:
    // callgrind is told `--toggle-collect=profile_extract::measured*`.
    let _ = extract("Warm up: on Monday it rose 5%, he said.", published);
    if values_only {
        let spans = sentences::split(&text);
        let found = measured_values(&text, &spans, published);
        let n: usize = found.iter().map(Vec::len).sum();
        if dump {
            for (s, vs) in spans.iter().zip(found) {
                for v in vs {
                    println!("{}\t{:?}", s.start, v);
                }
            }
        }
        eprintln!(
            "{} bytes, {} sentences, {n} values",
            text.len(),
            spans.len()
        );
    } else {
        let x = measured_full(&text, published);
        if dump {
            println!(
                "{}",
                serde_json::to_string_pretty(&x).expect("serializable")
            );
        }
        eprintln!(
            "{} bytes, {} sentences, {} values, {} claims",
            text.len(),
            x.sentences.len(),
            x.values.len(),
            x.claims.len()
        );
    }
}

/// The values stage alone, sentence by sentence, as `extract` and the bench run it.
#[inline(never)]
fn measured_values(
    text: &str,
    spans: &[std::ops::Range<usize>],
    published: Option<NaiveDate>,
) -> Vec<Vec<claimdesk::extract::RawValue>> {
    spans
        .iter()
        .map(|s| values::scan(&text[s.clone()], published))
        .collect()
}

/// The whole pipeline.
#[inline(never)]
fn measured_full(text: &str, published: Option<NaiveDate>) -> Extraction {
    extract(text, published)
}
