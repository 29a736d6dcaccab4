//! Fuzzing the three doors hostile input comes through: the extractor (`extract::extract`), the
//! article reader (`ingest::parse`, .txt/.md/.html) and `import-report` (`desk::parse_bundle`, then
//! `Store::import_report`). Each must give an answer or one sentence for any input: no panic, no
//! time or memory blow-up.
//!
//! `cargo test` runs a few cases of each property (a few seconds) and replays the corpus in
//! `fuzz/corpus/{extract,ingest,bundle}/`. The long run (see the README, "Fuzzing"):
//!
//!     PROPTEST_CASES=20000 cargo test --release --test fuzz -- --include-ignored
//!
//! runs many more cases and the ignored tests that compare times on inputs of a few hundred KB
//! against linear growth. Failing cases are kept in `tests/fuzz.proptest-regressions`; add a
//! reduced copy to the corpus when you fix one.

use chrono::NaiveDate;
use claimdesk::cli::explain;
use claimdesk::config::Config;
use claimdesk::desk::parse_bundle;
use claimdesk::error::Error;
use claimdesk::extract::{self, Extraction};
use claimdesk::ingest;
use claimdesk::model::{Report, Scale, Stance};
use claimdesk::report::{self, Format};
use claimdesk::store::{NewArticle, NewEvidence, NewSource, Store, sha256_hex};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const FIXTURE: &str = include_str!("../fixtures/vande-hei-soyuz.txt");

/// Cases per property: few by default, `PROPTEST_CASES` for the long run.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(16);
    ProptestConfig {
        cases,
        // Failing cases are kept beside this file (tests/fuzz.proptest-regressions).
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// What must hold of an answer.

/// Every span of an extraction is a true character span of `text`, in bounds and in order.
fn check_extraction(text: &str, x: &Extraction) {
    let chars: Vec<char> = text.chars().collect();
    let span = |what: &str, start: usize, end: usize, stored: &str| {
        assert!(
            start <= end && end <= chars.len(),
            "{what} {start}..{end} of {}",
            chars.len()
        );
        let got: String = chars[start..end].iter().collect();
        assert_eq!(got, stored, "{what} {start}..{end}");
    };
    let mut last = 0;
    for s in &x.sentences {
        span("sentence", s.start, s.end, &s.text);
        assert!(s.start >= last, "sentences overlap");
        last = s.end;
    }
    for v in &x.values {
        span("value", v.start, v.end, &v.text);
    }
    // Values are in text order and do not overlap: the claim stage halves on that.
    for w in x.values.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "values overlap or are out of order: {:?} then {:?}",
            w[0],
            w[1]
        );
    }
    for c in &x.claims {
        // The wording stands alone; the parts are the true spans, in order, inside the claim's.
        assert!(c.start <= c.end && c.end <= chars.len(), "claim {c:?}");
        let mut at = c.start;
        for &[a, b] in &c.parts {
            assert!(
                a >= at && a < b && b <= c.end,
                "parts {:?} of {c:?}",
                c.parts
            );
            at = b;
        }
        assert_eq!(c.parts.first().map(|p| p[0]), Some(c.start), "{c:?}");
        assert_eq!(c.parts.last().map(|p| p[1]), Some(c.end), "{c:?}");
        assert!(
            c.appearances
                .iter()
                .all(|&[a, b]| a <= b && b <= chars.len())
        );
        assert!(c.sentence < x.sentences.len());
        assert!(c.values.iter().all(|&v| v < x.values.len()));
    }
}

fn extract_checked(text: &str, published: Option<NaiveDate>) {
    check_extraction(text, &extract::extract(text, published));
}

/// Read `bytes` as a file with this extension; a document is normalized text that extracts.
fn ingest_checked(bytes: &[u8], ext: &str) {
    let name = format!("fuzz.{ext}");
    match ingest::parse(&name, bytes, Some(ext)) {
        Err(e) => {
            one_sentence(e.into());
        }
        Ok(doc) => {
            assert!(
                !doc.text.trim().is_empty(),
                "an empty document was accepted"
            );
            assert_eq!(
                extract::normalize(&doc.text),
                doc.text,
                "the text is normalized"
            );
            extract_checked(&doc.text, doc.published);
        }
    }
}

/// A store holding the fixture article, a claim with evidence and a verdict.
fn reviewed_store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let published = NaiveDate::from_ymd_opt(2022, 3, 13);
    let text = extract::normalize(FIXTURE);
    let x = extract::extract(&text, published);
    let new = NewArticle {
        title: "Soyuz".into(),
        url: Some("https://example.com/soyuz".into()),
        author: None,
        published,
        text,
    };
    store.import(&new, &x, "alice").unwrap();
    let claims = store.claims(&Default::default()).unwrap();
    let id = claims[0].claim.id;
    store
        .add_evidence(
            id,
            &NewEvidence {
                source: NewSource {
                    url: "https://www.nasa.gov/a".into(),
                    title: Some("NASA".into()),
                    ..Default::default()
                },
                quote: Some("The crew returns on March 30.".into()),
                stance: Stance::Supports,
                ..Default::default()
            },
            "alice",
        )
        .unwrap();
    store
        .add_verdict(
            id,
            "mostly-true",
            "Close enough.",
            "alice",
            &Scale::default(),
        )
        .unwrap();
    store
}

/// The fixture's bundle, as `export --format json` writes it.
fn base_bundle() -> &'static Value {
    static BUNDLE: OnceLock<Value> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let report = reviewed_store().report(None, None).unwrap();
        serde_json::from_str(&report::json::render(&report)).unwrap()
    })
}

fn base_bundle_bytes() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| serde_json::to_vec(base_bundle()).unwrap())
}

/// Everything a stored article's claims and values point at lies inside its text.
fn check_stored_spans(store: &Store) {
    let report = store.report(None, None).unwrap();
    for a in &report.articles {
        let len = a.text.chars().count();
        for c in &a.claims {
            let k = &c.claim;
            assert!(
                k.start <= k.end && k.end <= len,
                "claim {} stored with span {}..{} in an article of {len} characters",
                k.id,
                k.start,
                k.end
            );
            for v in &c.values {
                assert!(
                    v.start <= v.end && v.end <= len,
                    "value {} stored with span {}..{} in an article of {len} characters",
                    v.id,
                    v.start,
                    v.end
                );
            }
        }
    }
    render_all(&report);
}

fn render_all(report: &Report) {
    let config = Config::default();
    for format in [
        Format::Json,
        Format::ClaimReview,
        Format::Markdown,
        Format::Csv,
        Format::Html,
    ] {
        report::render(report, format, &config);
    }
}

/// The refusal as the user reads it (`cli::explain`, what the binary prints): one line the
/// terminal does not act on, not the size of the input.
fn one_sentence(e: Error) -> String {
    let said = explain(&e);
    assert!(
        !said.chars().any(|c| c.is_control()) && said.chars().count() < 2_200,
        "a refusal that is not one short line: {said:?}"
    );
    said
}

/// What `import-report` does with these bytes, into an empty database and into one that already
/// holds the fixture: an answer or a refusal in one sentence, never a panic; what it stores stays
/// inside the articles. Returns the refusal of the empty database, if any.
fn bundle_refusal(bytes: &[u8]) -> Option<String> {
    let bundle = match parse_bundle("fuzz.json", bytes) {
        Ok(b) => b,
        Err(e) => return Some(one_sentence(e)),
    };
    let mut empty = Store::open_in_memory().unwrap();
    let refused = empty
        .import_report(&bundle, "bob")
        .err()
        .map(|e| one_sentence(e.into()));
    check_stored_spans(&empty);
    let mut full = reviewed_store();
    if let Err(e) = full.import_report(&bundle, "bob") {
        one_sentence(e.into());
    }
    check_stored_spans(&full);
    refused
}

fn bundle_checked(bytes: &[u8]) -> bool {
    bundle_refusal(bytes).is_none()
}

// ---------------------------------------------------------------------------------------------
// Generators.

/// Pieces of hostile text: combining marks, right-to-left and bidi controls, NULs, huge and odd
/// numbers, dates that are not dates, money, repeated punctuation, abbreviations.
const HOSTILE: &[&str] = &[
    "\u{301}",
    "\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}",
    "e\u{301}",
    "\u{202e}",
    "\u{202a}",
    "\u{202b}",
    "\u{202c}",
    "\u{2066}",
    "\u{2067}",
    "\u{2068}",
    "\u{2069}",
    "\u{200e}",
    "\u{200f}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{0}",
    "\u{1}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\r",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "\u{a0}",
    "\u{3000}",
    "שלום",
    "مرحبا",
    "١٢٣",
    "۴۵",
    "１２３",
    "²",
    "½",
    "Ⅻ",
    "東京",
    "。",
    "👩‍🚀",
    "🇺🇦",
    "\u{10ffff}",
    "\u{fffd}",
    "99999999999999999999999999999999",
    "18446744073709551616",
    "9223372036854775808",
    "-9223372036854775809",
    "1e308",
    "1e999",
    "0.000000000000000000000001",
    "1,000,000,000,000,000,000,000",
    "1.2.3.4.5",
    "12,34,56",
    "0x7fffffff",
    "$99999999999999999999 trillion",
    "€1.5bn",
    "£",
    "$",
    "%",
    "40%%",
    "-",
    "−",
    "–",
    "—",
    "billion",
    "trillion",
    "million million",
    "a year",
    "days",
    "ago",
    "9999999999 years ago",
    "99999999999 days later",
    "in 999999",
    "in the year 0",
    "February 30",
    "March 0",
    "2022-13-45",
    "31/12/99999",
    "99999-01-01",
    "Jan. 1, 262144",
    "the 99999999999th",
    "3rd",
    "1st of",
    "last week",
    "next Tuesday",
    "on March 30",
    "at 25:61",
    "55-year-old",
    "999999999999-year-old",
    "500-ton",
    "3.5 km",
    "9e9 km",
    "Mr.",
    "U.S.",
    "e.g.",
    "J. R. R.",
    "No.",
    ".",
    "...",
    "…",
    "?!",
    "!!!!!!!!!!!!!!!!",
    ",,,,,,,,,,,,,,,,",
    "((((((((((",
    "))))))))))",
    "\"\"\"\"\"\"",
    "“‘«",
    "»’”",
    "' '",
    "said",
    "according to",
    "NASA said",
    "The",
    "more than",
    "nearly",
    "at least",
];

/// Text made of hostile pieces, words and arbitrary characters, with or without spaces.
fn hostile_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            5 => prop::sample::select(HOSTILE).prop_map(str::to_string),
            2 => "[A-Za-z]{1,10}",
            2 => "[0-9]{1,25}",
            1 => any::<char>().prop_map(String::from),
            1 => (prop::sample::select(&[".", "!", "?", "-", ",", "(", "'", "\"", "…", "\u{301}", "$", "%", " "][..]), 1usize..300)
                .prop_map(|(p, n)| p.repeat(n)),
        ],
        0..80,
    )
    .prop_flat_map(|parts| {
        let n = parts.len();
        (Just(parts), prop::collection::vec(any::<bool>(), n))
    })
    .prop_map(|(parts, spaces)| {
        let mut s = String::new();
        for (p, sp) in parts.iter().zip(spaces) {
            if sp {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

/// A sentence of the fixture article, mutated a few times at character positions: characters
/// inserted, deleted, doubled, replaced by hostile pieces.
fn mutated_news() -> impl Strategy<Value = String> {
    let sentences: Vec<String> = FIXTURE
        .split_inclusive(['.', '\n'])
        .filter(|s| s.trim().len() > 5)
        .map(str::to_string)
        .collect();
    (
        prop::collection::vec(prop::sample::select(sentences), 1..6),
        prop::collection::vec(
            (
                0usize..4,
                any::<prop::sample::Index>(),
                prop::sample::select(HOSTILE),
                1usize..20,
            ),
            0..12,
        ),
    )
        .prop_map(|(sentences, edits)| {
            let mut chars: Vec<char> = sentences.concat().chars().collect();
            for (op, at, piece, n) in edits {
                if chars.is_empty() {
                    chars.extend(piece.chars());
                    continue;
                }
                let i = at.index(chars.len());
                match op {
                    0 => {
                        chars.splice(i..i, piece.chars());
                    }
                    1 => {
                        let end = (i + n).min(chars.len());
                        chars.drain(i..end);
                    }
                    2 => {
                        let end = (i + n).min(chars.len());
                        let dup: Vec<char> = chars[i..end].to_vec();
                        chars.splice(i..i, dup.iter().cycle().take(dup.len() * n).copied());
                    }
                    _ => {
                        let end = (i + 1).min(chars.len());
                        chars.splice(i..end, piece.chars());
                    }
                }
            }
            chars.into_iter().collect()
        })
}

fn published() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        Just(NaiveDate::from_ymd_opt(2022, 3, 13)),
        Just(Some(NaiveDate::MIN)),
        Just(Some(NaiveDate::MAX)),
        (-262_000i32..262_000, 1u32..=12, 1u32..=31)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
    ]
}

/// Markdown with front matter: closed, unclosed, empty, YAML of every shape (anchors, tags,
/// nesting, odd dates), and a hostile body.
fn markdown() -> impl Strategy<Value = String> {
    let yaml_line = prop_oneof![
        Just("title: A title".to_string()),
        Just("title:".to_string()),
        Just("title: [a, b]".to_string()),
        Just("title: {a: 1}".to_string()),
        Just("title: !!binary aGVsbG8=".to_string()),
        Just("url: https://example.com/a".to_string()),
        Just("url: 12".to_string()),
        Just("author: ~".to_string()),
        Just("published: 2022-03-13".to_string()),
        Just("published: 2022-03-13T14:23:57Z".to_string()),
        Just("published: 20220313".to_string()),
        Just("published: 99999-99-99".to_string()),
        Just("published: 2022-02-30".to_string()),
        Just("published: é2022-03-13".to_string()),
        Just("published: 2022-03-1é".to_string()),
        Just("date: [2022, 3, 13]".to_string()),
        Just("date: 1e400".to_string()),
        Just("published: .nan".to_string()),
        Just("a: &a [x, x, x, x, x, x, x, x]".to_string()),
        Just("b: &b [*a, *a, *a, *a, *a, *a, *a, *a]".to_string()),
        Just("c: &c [*b, *b, *b, *b, *b, *b, *b, *b]".to_string()),
        Just("d: [*c, *c, *c, *c, *c, *c, *c, *c]".to_string()),
        Just("title: *undefined".to_string()),
        Just("---".to_string()),
        Just("...".to_string()),
        Just("- - - -".to_string()),
        Just("[[[[[[[[[[".to_string()),
        Just("{{{{{{{{{{".to_string()),
        Just("  : :".to_string()),
        Just("\t- x".to_string()),
        Just("? complex\n: key".to_string()),
        "[a-z]{1,6}: [ -~]{0,20}",
        hostile_text().prop_map(|s| s.replace('\n', " ")),
    ];
    (
        prop::sample::select(&["---\n", "---\r\n", "--- \n", "", "---"][..]),
        prop::collection::vec(yaml_line, 0..8),
        prop::sample::select(&["\n---\n", "\n---", "\n--- ", "\n...\n", "", "\n---\n---\n"][..]),
        hostile_text(),
    )
        .prop_map(|(open, lines, close, body)| format!("{open}{}{close}{body}", lines.join("\n")))
}

/// Pieces of HTML: tags opened and closed out of order, attributes, comments, scripts, entities,
/// meta tags and JSON-LD with odd dates. Nesting stays under ~50 levels (deep nesting is a
/// separate piece of work).
fn html() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(&[
            "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<span>", "</span>",
            "<b>", "</b>", "<i>", "<a href=\"x\">", "</a>", "<br>", "<br/>", "<hr>", "<img src=x>",
            "<table><tr><td>", "</td></tr></table>", "<ul><li>", "</li></ul>", "<pre>", "</pre>",
            "<h1>", "</h1>", "<nav>", "</nav>", "<footer>", "</footer>", "<!--", "-->", "<!-- x -->",
            "<script>", "</script>", "<style>", "</style>", "<![CDATA[", "]]>", "<!doctype html>",
            "<html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>", "<",
            ">", "</", "/>", "<p class=\"", "\" id='", "=", "&", "&amp;", "&lt;", "&#0;",
            "&#x110000;", "&#99999999999999;", "&#xD800;", "&nbsp;", "&bogus;", "&amp",
            "<meta property=\"article:published_time\" content=\"2022-03-13T14:23:57Z\">",
            "<meta property=\"article:published_time\" content=\"é2022-03-13\">",
            "<meta property=\"article:published_time\" content=\"20\">",
            "<meta name=\"author\" content=\"\u{202e}Jo\">",
            "<link rel=canonical href=\"\">",
            "<link rel=canonical>",
            "<meta property='og:url' content='javascript:alert(1)'>",
            "<script type=\"application/ld+json\">{\"datePublished\": \"2022-99-99\", \"author\": [[[]]]}</script>",
            "<script type=\"application/ld+json\">{{{{</script>",
            "<svg><math><mi>", "<template>", "</template>", "<iframe>", "<noscript>",
        ][..]).prop_map(str::to_string),
        2 => hostile_text(),
        1 => mutated_news(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// A path into a JSON value, as indices chosen at each level.
type JsonPath = Vec<prop::sample::Index>;

/// Replace the value at a random place of `v` (walking `path`) with `new`, or remove it from its
/// object when `new` is `None`.
fn mutate_at(v: &mut Value, path: &[prop::sample::Index], new: Option<Value>) {
    let Some((first, rest)) = path.split_first() else {
        if let Some(new) = new {
            *v = new;
        }
        return;
    };
    match v {
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(first.index(map.len())).cloned().unwrap();
            let child = map.get_mut(&key).unwrap();
            let leaf = !matches!(child, Value::Object(_) | Value::Array(_)) || rest.is_empty();
            if leaf && new.is_none() {
                map.remove(&key);
            } else {
                mutate_at(child, if leaf { &[] } else { rest }, new);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = first.index(items.len());
            mutate_at(&mut items[i], rest, new);
        }
        other => {
            if let Some(new) = new {
                *other = new;
            }
        }
    }
}

/// Hostile JSON values for a field: huge numbers, negative, fractional, wrong types, odd text.
fn hostile_json() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Value::Null)),
        1 => Just(Some(serde_json::json!(u64::MAX))),
        1 => Just(Some(serde_json::json!(i64::MAX))),
        1 => Just(Some(serde_json::json!(i64::MIN))),
        1 => Just(Some(serde_json::json!(-1))),
        1 => Just(Some(serde_json::json!(0))),
        1 => Just(Some(serde_json::json!(1.5))),
        1 => Just(Some(serde_json::json!(1e300))),
        1 => Just(Some(serde_json::json!(true))),
        1 => Just(Some(serde_json::json!([]))),
        1 => Just(Some(serde_json::json!({}))),
        1 => Just(Some(serde_json::json!(""))),
        1 => any::<u64>().prop_map(|n| Some(serde_json::json!(n))),
        1 => (0u64..20_000).prop_map(|n| Some(serde_json::json!(n))),
        2 => hostile_text().prop_map(|s| Some(Value::String(s))),
    ]
}

/// How a claim's or value's span is broken: past the end, reversed, huge, in a multi-byte
/// character's bytes (a byte offset where a character offset is expected).
fn bad_span() -> impl Strategy<Value = (u64, u64)> {
    prop_oneof![
        (0u64..20_000, 0u64..20_000),
        Just((u64::MAX - 1, u64::MAX)),
        Just((0, u64::MAX)),
        Just((i64::MAX as u64, i64::MAX as u64 + 1)),
        (0u64..20_000).prop_map(|s| (s + 10, s)),
    ]
}

/// Edits to the fixture's bundle: fields mutated anywhere at random, claim and value spans set out
/// of range, ids clashing, texts changed (with the article's sha256 fixed up or not). The edits,
/// not the bytes, are what a failure prints and what the regressions file keeps.
fn bundle_edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        3 => (prop::collection::vec(any::<prop::sample::Index>(), 1..8), hostile_json())
            .prop_map(|(path, new)| Edit::Anywhere(path, new)),
        3 => (any::<prop::sample::Index>(), any::<bool>(), bad_span())
            .prop_map(|(i, value, span)| Edit::Span(i, value, span)),
        1 => (any::<prop::sample::Index>(), any::<prop::sample::Index>())
            .prop_map(|(a, b)| Edit::SameId(a, b)),
        1 => (hostile_text(), any::<bool>()).prop_map(|(t, fix)| Edit::ArticleText(t, fix)),
        1 => (any::<prop::sample::Index>(), hostile_text()).prop_map(|(i, t)| Edit::ClaimText(i, t)),
        1 => (0usize..5).prop_map(Edit::DuplicateArticle),
    ];
    prop::collection::vec(edit, 1..5)
}

/// The fixture's bundle with `edits` applied, as bytes.
fn edited_bundle(edits: Vec<Edit>) -> Vec<u8> {
    let mut v = base_bundle().clone();
    for e in edits {
        e.apply(&mut v);
    }
    serde_json::to_vec(&v).unwrap()
}

#[derive(Debug, Clone)]
enum Edit {
    Anywhere(JsonPath, Option<Value>),
    /// A claim's span (or, `true`, the span of its first value).
    Span(prop::sample::Index, bool, (u64, u64)),
    /// Two claims given the same id.
    SameId(prop::sample::Index, prop::sample::Index),
    /// The first article's text replaced (its sha256 recomputed when `true`).
    ArticleText(String, bool),
    ClaimText(prop::sample::Index, String),
    /// The first article repeated.
    DuplicateArticle(usize),
}

impl Edit {
    fn apply(self, v: &mut Value) {
        let claims = |v: &mut Value| -> Option<Vec<Value>> {
            v.pointer("/articles/0/claims")?.as_array().cloned()
        };
        match self {
            Edit::Anywhere(path, new) => mutate_at(v, &path, new),
            Edit::Span(i, value, (start, end)) => {
                // The claims to choose from: those with a value, for a value's span.
                let Some(candidates) = claims(v)
                    .map(|c| {
                        (0..c.len())
                            .filter(|&k| !value || c[k]["values"].get(0).is_some())
                            .collect::<Vec<_>>()
                    })
                    .filter(|c| !c.is_empty())
                else {
                    return;
                };
                let k = candidates[i.index(candidates.len())];
                let at = if value {
                    format!("/articles/0/claims/{k}/values/0")
                } else {
                    format!("/articles/0/claims/{k}")
                };
                if let Some(Value::Object(o)) = v.pointer_mut(&at) {
                    o.insert("start".into(), start.into());
                    o.insert("end".into(), end.into());
                }
            }
            Edit::SameId(a, b) => {
                let Some(n) = claims(v).map(|c| c.len()).filter(|&n| n > 0) else {
                    return;
                };
                let id = v
                    .pointer(&format!("/articles/0/claims/{}/id", a.index(n)))
                    .cloned();
                if let (Some(id), Some(slot)) = (
                    id,
                    v.pointer_mut(&format!("/articles/0/claims/{}/id", b.index(n))),
                ) {
                    *slot = id;
                }
            }
            Edit::ArticleText(text, fix) => {
                if let Some(Value::Object(a)) = v.pointer_mut("/articles/0") {
                    if fix {
                        a.insert("sha256".into(), sha256_hex(&text).into());
                    }
                    a.insert("text".into(), text.into());
                }
            }
            Edit::ClaimText(i, text) => {
                let Some(n) = claims(v).map(|c| c.len()).filter(|&n| n > 0) else {
                    return;
                };
                if let Some(slot) =
                    v.pointer_mut(&format!("/articles/0/claims/{}/text", i.index(n)))
                {
                    *slot = text.into();
                }
            }
            Edit::DuplicateArticle(n) => {
                if let Some(Value::Array(a)) = v.pointer_mut("/articles")
                    && let Some(first) = a.first().cloned()
                {
                    a.extend(std::iter::repeat_n(first, n));
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The properties.

proptest! {
    #![proptest_config(config())]

    #[test]
    fn extract_survives_random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4000), day in published()) {
        extract_checked(&String::from_utf8_lossy(&bytes), day);
    }

    #[test]
    fn extract_survives_hostile_text(s in hostile_text(), day in published()) {
        extract_checked(&s, day);
        extract_checked(&extract::normalize(&s), day);
    }

    #[test]
    fn extract_survives_mutated_news(s in mutated_news(), day in published()) {
        extract_checked(&s, day);
    }

    #[test]
    fn ingest_survives_random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4000),
                                    ext in prop::sample::select(&["txt", "md", "html"][..])) {
        ingest_checked(&bytes, ext);
    }

    #[test]
    fn ingest_survives_hostile_text(s in hostile_text()) {
        ingest_checked(s.as_bytes(), "txt");
        ingest_checked(s.as_bytes(), "md");
    }

    #[test]
    fn ingest_survives_markdown(s in markdown()) {
        ingest_checked(s.as_bytes(), "md");
    }

    #[test]
    fn ingest_survives_html(s in html()) {
        ingest_checked(s.as_bytes(), "html");
    }

    #[test]
    fn import_report_survives_random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        bundle_checked(&bytes);
    }

    #[test]
    fn import_report_survives_mutated_bundles(edits in bundle_edits()) {
        bundle_checked(&edited_bundle(edits));
    }

    #[test]
    fn import_report_survives_damaged_json(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        let mut bytes = base_bundle_bytes().to_vec();
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        bundle_checked(&bytes);
    }

    #[test]
    fn import_report_refuses_spans_outside_the_article(
        i in any::<prop::sample::Index>(), value in any::<bool>(), past in 1u64..1_000_000,
    ) {
        let mut v = base_bundle().clone();
        let len = v["articles"][0]["text"].as_str().unwrap().chars().count() as u64;
        Edit::Span(i, value, (0, len + past)).apply(&mut v);
        let bytes = serde_json::to_vec(&v).unwrap();
        prop_assert!(!bundle_checked(&bytes), "a span past the article's end was accepted");
    }
}

// ---------------------------------------------------------------------------------------------
// The corpus: interesting inputs kept in the repository, replayed on every `cargo test`.

fn corpus(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    files
}

#[test]
fn corpus_extract() {
    for file in corpus("extract") {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for day in [
            None,
            NaiveDate::from_ymd_opt(2022, 3, 13),
            Some(NaiveDate::MIN),
            Some(NaiveDate::MAX),
        ] {
            extract_checked(&text, day);
        }
    }
}

#[test]
fn corpus_ingest() {
    for file in corpus("ingest") {
        let bytes = std::fs::read(&file).unwrap();
        // The file's own extension first, then the others.
        let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("txt");
        for ext in [ext, "txt", "md", "html"] {
            ingest_checked(&bytes, ext);
        }
    }
}

/// Bundles named `*.refused.json` must be refused by an empty database; the others may go
/// either way.
#[test]
fn corpus_bundle() {
    for file in corpus("bundle") {
        let bytes = std::fs::read(&file).unwrap();
        let refusal = bundle_refusal(&bytes);
        let name = file.file_name().unwrap().to_string_lossy();
        if name.ends_with(".refused.json") {
            assert!(refusal.is_some(), "{name} was accepted");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Time: inputs of a few hundred KB, at two sizes; the larger must not take much more than its
// share. Only in the long run (`-- --include-ignored`): timings depend on the machine's load.

/// Time `f` on `make(n)` and `make(4 n)`; quadratic work would take ~16 times as long, linear 4.
/// A failure is added to `slow`, so that one run names every slow pattern.
fn time_linear(
    slow: &mut Vec<String>,
    what: &str,
    n: usize,
    make: impl Fn(usize) -> String,
    f: impl Fn(&str),
) {
    let time = |input: &str| {
        let mut best = Duration::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            f(input);
            best = best.min(t.elapsed());
        }
        best
    };
    let small = make(n);
    let large = make(4 * n);
    let (ts, tl) = (time(&small), time(&large));
    println!(
        "{what}: {} bytes in {ts:?}, {} bytes in {tl:?}",
        small.len(),
        large.len()
    );
    // Below 100 ms the large input is fast enough whatever the ratio.
    if tl >= Duration::from_millis(100) && tl >= ts * 10 {
        slow.push(format!(
            "{what}: {} bytes took {ts:?} but {} bytes took {tl:?}",
            small.len(),
            large.len()
        ));
    }
}

fn assert_none_slow(slow: Vec<String>) {
    assert!(slow.is_empty(), "worse than linear:\n{}", slow.join("\n"));
}

/// Makes an input of about this many bytes.
type Make = Box<dyn Fn(usize) -> String>;

fn patterns() -> Vec<(&'static str, Make)> {
    let rep = |p: &'static str| move |bytes: usize| p.repeat(bytes / p.len() + 1);
    vec![
        ("periods", Box::new(rep("."))),
        ("exclamations", Box::new(rep("!"))),
        ("commas", Box::new(rep(","))),
        ("dashes", Box::new(rep("-"))),
        ("open brackets", Box::new(rep("("))),
        ("quotes", Box::new(rep("\""))),
        ("curly quotes", Box::new(rep("“"))),
        ("combining marks", Box::new(rep("e\u{301}\u{302}\u{303}"))),
        ("bidi controls", Box::new(rep("\u{202e}a\u{2066}b\u{2069}"))),
        ("NULs", Box::new(rep("\u{0}"))),
        ("digits", Box::new(rep("9"))),
        ("digit groups", Box::new(rep("1,000,"))),
        ("decimals", Box::new(rep("1.5."))),
        ("numbers and spaces", Box::new(rep("12 "))),
        ("money", Box::new(rep("$1 billion "))),
        ("percents", Box::new(rep("40% "))),
        ("dates", Box::new(rep("March 30, 2022 "))),
        ("durations", Box::new(rep("355 days "))),
        ("ago", Box::new(rep("10 years ago "))),
        ("abbreviations", Box::new(rep("Mr. "))),
        ("initials", Box::new(rep("J. "))),
        ("capitalized words", Box::new(rep("Vande "))),
        ("one long word", Box::new(rep("a"))),
        ("cue words", Box::new(rep("said according to more than "))),
        ("list markers", Box::new(rep("1. "))),
        (
            "anchors and relative dates",
            Box::new(rep("In 1999, 10 years later ")),
        ),
        ("relative dates", Box::new(rep("10 years later "))),
        ("ranges", Box::new(rep("between 5 and 10 km "))),
        ("year ranges", Box::new(rep("1999-2022 "))),
        ("money ranges", Box::new(rep("$5-$10 "))),
        ("ordinals", Box::new(rep("the 1st, 2nd "))),
        ("abbreviated dates", Box::new(rep("Jan. 5 "))),
        ("pronouns", Box::new(rep("he said "))),
        ("speakers", Box::new(rep("“It is 5 km,” Kelly said "))),
        ("possessives", Box::new(rep("His parents, Vande Hei’s "))),
        ("ages", Box::new(rep("Vande Hei, 55, "))),
        ("number words", Box::new(rep("twenty-five thousand "))),
        (
            "clauses joined in one sentence",
            Box::new(rep("NASA spent 355 days in orbit, and ")),
        ),
        (
            "clauses joined by semicolons",
            Box::new(rep("it cost $5 billion; ")),
        ),
        (
            "clauses joined by while",
            Box::new(rep("on March 30 it rose 40%, while ")),
        ),
        ("line breaks", Box::new(rep("\n"))),
        ("CJK", Box::new(rep("東京。"))),
        ("RTL", Box::new(rep("שלום 12 "))),
        ("mixed quotes", Box::new(rep("“\"‘'("))),
        (
            "one sentence",
            Box::new(rep(
                "On March 30, 2022, Mark Vande Hei, 55, returned after 355 days, NASA said. ",
            )),
        ),
        (
            "one sentence without stops",
            Box::new(rep(
                "on March 30 2022 Mark Vande Hei 55 returned after 355 days NASA said ",
            )),
        ),
    ]
}

#[test]
#[ignore = "long run: timings, on inputs of a few hundred KB"]
fn extract_is_linear_on_repeated_patterns() {
    let mut slow = Vec::new();
    for (what, make) in patterns() {
        time_linear(&mut slow, what, 100_000, make, |s| {
            extract::extract(s, NaiveDate::from_ymd_opt(2022, 3, 13));
        });
    }
    assert_none_slow(slow);
}

#[test]
#[ignore = "long run: timings, on inputs of a few hundred KB"]
fn ingest_is_linear_on_repeated_patterns() {
    let mut slow = Vec::new();
    for (what, make) in patterns() {
        for ext in ["txt", "md"] {
            time_linear(&mut slow, &format!("{what} .{ext}"), 100_000, &make, |s| {
                let _ = ingest::parse("t", s.as_bytes(), Some(ext));
            });
        }
        // Flat HTML (no deep nesting): the pattern in many paragraphs.
        time_linear(
            &mut slow,
            &format!("{what} .html"),
            100_000,
            |n| {
                let p = make(200);
                format!(
                    "<html><body><article>{}</article></body></html>",
                    format!("<p>{p}</p>\n").repeat(n / (p.len() + 8) + 1)
                )
            },
            |s| {
                let _ = ingest::parse("t", s.as_bytes(), Some("html"));
            },
        );
    }
    // Front matter that is large, or opened and never closed.
    time_linear(
        &mut slow,
        "long front matter",
        100_000,
        |n| format!("---\n{}---\nBody.", "title: x\n".repeat(n / 9)),
        |s| {
            let _ = ingest::parse("t.md", s.as_bytes(), Some("md"));
        },
    );
    time_linear(
        &mut slow,
        "unclosed front matter",
        100_000,
        |n| format!("---\n{}", "- - -\n".repeat(n / 6)),
        |s| {
            let _ = ingest::parse("t.md", s.as_bytes(), Some("md"));
        },
    );
    assert_none_slow(slow);
}

#[test]
#[ignore = "long run: timings, on inputs of a few hundred KB"]
fn import_report_is_linear_in_claims() {
    // The fixture's bundle with its first claim repeated at growing offsets.
    let make = |n: usize| {
        let mut v = base_bundle().clone();
        let claim = v["articles"][0]["claims"][0].clone();
        let len = v["articles"][0]["text"].as_str().unwrap().chars().count();
        let claims: Vec<Value> = (0..n / 1000)
            .map(|i| {
                let mut c = claim.clone();
                c["id"] = (100_000 + i).into();
                c["start"] = (i % len).into();
                c["end"] = (i % len + 1).into();
                c
            })
            .collect();
        v["articles"][0]["claims"] = claims.into();
        serde_json::to_string(&v).unwrap()
    };
    let mut slow = Vec::new();
    time_linear(&mut slow, "claims", 300_000, make, |s| {
        let report = parse_bundle("t.json", s.as_bytes()).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        store.import_report(&report, "bob").unwrap();
    });
    assert_none_slow(slow);
}

#[test]
#[ignore = "long run: timings, on inputs of a few hundred KB"]
fn import_report_is_linear_in_events() {
    // The fixture's bundle with its first event repeated at different times.
    let make = |n: usize| {
        let mut v = base_bundle().clone();
        let event = v["events"][0].clone();
        let events: Vec<Value> = (0..n / 400)
            .map(|i| {
                let mut e = event.clone();
                e["id"] = (100_000 + i).into();
                e["at"] = format!("2022-03-13T00:00:00.{i:09}Z").into();
                e
            })
            .collect();
        v["events"] = events.into();
        serde_json::to_string(&v).unwrap()
    };
    let mut slow = Vec::new();
    time_linear(&mut slow, "events", 500_000, make, |s| {
        let report = parse_bundle("t.json", s.as_bytes()).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        store.import_report(&report, "bob").unwrap();
    });
    assert_none_slow(slow);
}

#[test]
#[ignore = "long run: timings, on inputs of a few hundred KB"]
fn import_report_is_linear_in_evidence_and_verdicts() {
    // One claim of the fixture's bundle with its evidence and verdict repeated at different times.
    let make = |n: usize| {
        let mut v = base_bundle().clone();
        let claims = v["articles"][0]["claims"].as_array().unwrap();
        let k = claims
            .iter()
            .position(|c| !c["evidence"].as_array().unwrap().is_empty())
            .unwrap();
        let claim = &mut v["articles"][0]["claims"][k];
        let (e, d) = (claim["evidence"][0].clone(), claim["verdicts"][0].clone());
        let at = |i: usize| format!("2022-03-13T00:00:00.{i:09}Z");
        claim["evidence"] = (0..n / 800)
            .map(|i| {
                let mut e = e.clone();
                e["at"] = at(i).into();
                e
            })
            .collect::<Vec<_>>()
            .into();
        claim["verdicts"] = (0..n / 800)
            .map(|i| {
                let mut d = d.clone();
                d["at"] = at(i).into();
                d
            })
            .collect::<Vec<_>>()
            .into();
        serde_json::to_string(&v).unwrap()
    };
    let mut slow = Vec::new();
    time_linear(&mut slow, "evidence and verdicts", 500_000, make, |s| {
        let report = parse_bundle("t.json", s.as_bytes()).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        store.import_report(&report, "bob").unwrap();
    });
    assert_none_slow(slow);
}

/// A random hostile snippet repeated to 50 KB and 200 KB: the extractor and the reader take about
/// four times as long on the larger, not sixteen. Its cases are a hundredth of `PROPTEST_CASES`
/// (at least 8): a runner of its own, since the `proptest!` macro lets that variable override
/// the count.
#[test]
#[ignore = "long run: timings, on inputs of a few hundred KB"]
fn random_patterns_are_linear() {
    let cases = (config().cases / 100).max(8);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases,
        max_shrink_iters: 16,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let snippets = hostile_text().prop_filter("not empty", |s| !s.is_empty());
    let result = runner.run(&snippets, |unit| {
        let mut slow = Vec::new();
        let make = |n: usize| unit.repeat(n / unit.len() + 1);
        time_linear(&mut slow, &format!("{unit:?}"), 50_000, make, |s| {
            extract::extract(s, NaiveDate::from_ymd_opt(2022, 3, 13));
        });
        time_linear(&mut slow, &format!("{unit:?} .md"), 50_000, make, |s| {
            let _ = ingest::parse("t.md", s.as_bytes(), Some("md"));
        });
        prop_assert!(slow.is_empty(), "worse than linear:\n{}", slow.join("\n"));
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}
