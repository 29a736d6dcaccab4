//! Report benchmarks: every format on 1, 4 and 16 MB of generated news-style articles with the
//! claims the extractor finds in them (every third with a verdict and a source), so a renderer
//! that grows faster than the report shows here.
//!
//! `cargo bench --bench report` runs them all; `cargo bench --bench report -- html` one format.

use chrono::NaiveDate;
use claimdesk::config::Config;
use claimdesk::model::{
    Article, ClaimCore, ClaimDetail, Evidence, Report, ReportArticle, Source, Stance, Status,
    Verdict,
};
use claimdesk::report::{Format, render};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

#[path = "common/news.rs"]
mod news;
use news::corpus;

/// A report of one article of at least `min_bytes`, as the store would load it.
fn report(min_bytes: usize, config: &Config) -> Report {
    let text = corpus(min_bytes);
    let extraction = claimdesk::extract::extract(&text, NaiveDate::from_ymd_opt(2022, 3, 14));
    let ratings = &config.scale.ratings;
    let at = "2026-11-30T12:00:00Z".to_string();
    let claims = extraction
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let id = i as i64 + 1;
            let rated = i % 3 == 0;
            let verdict = rated.then(|| Verdict {
                id,
                claim_id: id,
                rating: ratings[i % ratings.len()].clone(),
                rationale: "The agency's own figures say otherwise.".into(),
                reviewer: "jo".into(),
                at: at.clone(),
                uid: format!("v{id}"),
                evidence_needed: Some(1),
                recheck: false,
                withdrawn_at: None,
                reused_from: None,
            });
            let evidence = if rated {
                vec![Evidence {
                    id,
                    claim_id: id,
                    source: Source {
                        id,
                        url: format!("https://www.nasa.gov/news/{id}"),
                        title: Some("NASA statement".into()),
                        publisher: Some("NASA".into()),
                        accessed: Some("2026-11-30".into()),
                        archive_url: None,
                    },
                    quote: Some("The mission lasted 355 days.".into()),
                    stance: Stance::Refutes,
                    note: None,
                    reviewer: "jo".into(),
                    at: at.clone(),
                    uid: format!("e{id}"),
                    suggestion_dismissed: false,
                }]
            } else {
                Vec::new()
            };
            ClaimDetail {
                claim: ClaimCore {
                    id,
                    article_id: 1,
                    text: c.text.clone(),
                    start: c.start,
                    end: c.end,
                    sentence: c.sentence,
                    score: c.score,
                    status: if rated { Status::Reviewed } else { Status::New },
                    cues: c.cues.iter().map(|c| c.to_string()).collect(),
                    subject: c.subject.clone(),
                    origin: "extracted".into(),
                    dismissed_reason: None,
                    conflict: None,
                    created_at: at.clone(),
                    updated_at: at.clone(),
                    version: 1,
                    parts: c.parts.clone(),
                    claimant: c.claimant.clone(),
                    kind: c.kind,
                    appearances: c.appearances.clone(),
                    recheck_on: c.recheck_on.clone(),
                    assignee: None,
                },
                values: Vec::new(),
                verdicts: verdict.iter().cloned().collect(),
                more_values: 0,
                panel: None,
                verdict,
                evidence,
            }
        })
        .collect::<Vec<_>>();
    Report {
        exported_at: at.clone(),
        articles: vec![ReportArticle {
            article: Article {
                id: 1,
                title: "NASA threatens to leave Vande Hey in space".into(),
                url: Some("https://news.example.com/soyuz".into()),
                author: None,
                published: Some("2022-03-14".into()),
                imported_at: at.clone(),
                sha256: "c0ffee".repeat(11),
                claim_count: claims.len() as i64,
                reviewed: claims.iter().filter(|c| c.verdict.is_some()).count() as i64,
            },
            text,
            claims,
        }],
        sources: Vec::new(),
        events: Vec::new(),
    }
}

fn bench(c: &mut Criterion) {
    let config = Config::default();
    let reports: Vec<(usize, Report)> = [1, 4, 16]
        .into_iter()
        .map(|mb| (mb, report(mb << 20, &config)))
        .collect();
    for format in Format::ALL {
        let mut g = c.benchmark_group(format.as_str());
        g.sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3));
        for (mb, report) in &reports {
            g.throughput(Throughput::Bytes(report.articles[0].text.len() as u64));
            g.bench_with_input(
                BenchmarkId::from_parameter(format!("{mb}MB")),
                report,
                |b, r| b.iter(|| render(black_box(r), *format, &config)),
            );
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
