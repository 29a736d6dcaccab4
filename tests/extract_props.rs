//! Properties of the whole extractor on arbitrary and hostile text: it never panics, and every
//! span it reports is a true character span of the input.

use chrono::NaiveDate;
use claimdesk::extract::{Extraction, extract};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Check every span of `x` against `text`: in bounds, ordered, and (character offsets) equal to
/// the stored text.
fn check(text: &str, x: &Extraction) {
    let chars: Vec<char> = text.chars().collect();
    let span = |what: &str, start: usize, end: usize, stored: &str| {
        assert!(start <= end, "{what}: start {start} > end {end}");
        assert!(
            end <= chars.len(),
            "{what}: end {end} > {} chars",
            chars.len()
        );
        let got: String = chars[start..end].iter().collect();
        assert_eq!(got, stored, "{what} {start}..{end}");
        // The documented way of reading a span must agree (it is linear per span, so on large
        // inputs only the indexed check above runs).
        if chars.len() <= 20_000 {
            let via_iter: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(
                via_iter, stored,
                "{what} {start}..{end} via chars().skip().take()"
            );
        }
    };
    let mut last_end = 0;
    for s in &x.sentences {
        span("sentence", s.start, s.end, &s.text);
        assert!(!s.text.is_empty(), "empty sentence");
        assert_eq!(s.text.trim(), s.text, "sentence not trimmed");
        assert!(s.start >= last_end, "sentences overlap or are out of order");
        last_end = s.end;
    }
    for v in &x.values {
        span("value", v.start, v.end, &v.text);
    }
    for c in &x.claims {
        // The parts are true spans in reading order inside the claim's span, which is the
        // enclosing span of its parts; the wording stands alone and is not a span.
        assert!(!c.parts.is_empty(), "claim without parts");
        assert_eq!(
            c.parts[0][0], c.start,
            "first part not at the claim's start"
        );
        assert_eq!(
            c.parts[c.parts.len() - 1][1],
            c.end,
            "last part not at its end"
        );
        let mut at = c.start;
        for &[a, b] in &c.parts {
            assert!(
                a >= at && a < b && b <= c.end,
                "parts out of order: {:?}",
                c.parts
            );
            at = b;
            let got: String = chars[a..b].iter().collect();
            assert_eq!(got.trim(), got, "part not trimmed");
        }
        for &[a, b] in &c.appearances {
            assert!(a <= b && b <= chars.len(), "appearance out of bounds");
        }
        assert!(!c.text.is_empty(), "empty wording");
        assert!(
            c.sentence < x.sentences.len(),
            "claim sentence index out of range"
        );
        let s = &x.sentences[c.sentence];
        assert!(
            c.start >= s.start && c.end <= s.end,
            "claim outside its sentence"
        );
        for &vi in &c.values {
            assert!(vi < x.values.len(), "claim value index out of range");
        }
    }
}

/// Pieces of text that stress the extractor: words, numbers, dates, abbreviations, punctuation,
/// quotes, line breaks, CJK, right-to-left script, emoji and combining marks.
const PIECES: &[&str] = &[
    "The",
    "he",
    "said",
    "NASA",
    "Vande Hey",
    "astronaut",
    "space",
    "record",
    "more than",
    "nearly",
    "a year",
    "days",
    "ago",
    "last week",
    "on March 30",
    "in 1999",
    "10 years later",
    "55-year-old",
    "$1.5 billion",
    "500-ton",
    "3.5 km",
    "40%",
    "v1.2",
    "1,000",
    "0",
    "12",
    "2022",
    "355",
    "-7",
    "1st",
    "third",
    "Mr.",
    "Dr.",
    "U.S.",
    "D.C.",
    "St. John’s",
    "a.m.",
    "p.m.",
    "e.g.",
    "etc.",
    "Jan.",
    "No.",
    "J. R. R.",
    ".",
    ". .",
    "...",
    "…",
    "?",
    "!",
    "?!",
    ",",
    ";",
    ":",
    "–",
    "—",
    "-",
    "(",
    ")",
    "[",
    "]",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "  ",
    "\u{a0}",
    "\u{2028}",
    "1.",
    "2)",
    "a.",
    "•",
    "⁃",
    "example.com",
    "a@b.org",
    "https://x.y/z.html",
    "東京",
    "。",
    "！",
    "？",
    "北京市",
    "שלום",
    "مرحبا",
    "\u{200f}",
    "\u{202e}",
    "😀",
    "👩‍🚀",
    "🇺🇦",
    "e\u{301}",
    "\u{fe0f}",
    "\u{0}",
    "\u{feff}",
    "ﬁ",
    "İ",
    "ß",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => "[a-zA-Z0-9]{1,8}",
            1 => any::<char>().prop_map(|c| c.to_string()),
        ],
        0..60,
    )
    .prop_map(|v| {
        let mut s = String::new();
        for (i, p) in v.iter().enumerate() {
            if i % 3 != 2 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

/// The texts of the atomic table (`fixtures/atomic-table.jsonl`) and of the values table
/// (`fixtures/values-table.jsonl`): news written to reach the claim rules (speakers,
/// appositives, causes, quotes, lists) and the value rules (dates, ranges, money, times), which
/// random pieces rarely do.
fn table_texts() -> Vec<String> {
    [
        include_str!("../fixtures/atomic-table.jsonl"),
        include_str!("../fixtures/values-table.jsonl"),
    ]
    .iter()
    .flat_map(|t| t.lines())
    .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
    .filter_map(|v| v["text"].as_str().map(str::to_string))
    .collect()
}

/// What a damaged page puts where a plain space or a word's first letter stood: other spaces,
/// marks of direction, quotation marks, joiners, a line break.
const ODD: &[&str] = &[
    "\u{202e}", "\u{3000}", "\u{a0}", "  ", "\u{200b}", "\u{2009}", "\u{201c}", "\u{201d}",
    "\u{2019}", "\u{ab}", "\n", "\n\n", "\t", "e\u{301}", "\u{fe0f}", "(", ")", ",", ".", "\"",
];

/// One to four texts of the atomic table, each edited a few times: a space replaced by an odd
/// one, an odd piece put before a word, or a run of words said twice (a name repeated, "due to
/// due to"). The rules read offsets of words and names against the sentence; these edits are
/// where such offsets go wrong.
fn damaged_news() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(table_texts()), 1..4),
        prop::collection::vec(
            (
                0usize..3,
                any::<prop::sample::Index>(),
                prop::sample::select(ODD),
                1usize..6,
            ),
            0..10,
        ),
    )
        .prop_map(|(texts, edits)| {
            let mut s = texts.join(" ");
            for (op, at, odd, n) in edits {
                let starts: Vec<usize> = s
                    .char_indices()
                    .filter(|&(i, c)| c == ' ' || (i > 0 && s[..i].ends_with(' ')))
                    .map(|(i, _)| i)
                    .collect();
                if starts.is_empty() {
                    continue;
                }
                let i = starts[at.index(starts.len())];
                match op {
                    0 if s[i..].starts_with(' ') => s.replace_range(i..i + 1, odd),
                    1 => s.insert_str(i, odd),
                    _ => {
                        let end = s[i..]
                            .match_indices(' ')
                            .nth(n)
                            .map_or(s.len(), |(j, _)| i + j);
                        let run = s[i..end].to_string();
                        s.insert_str(i, &run);
                    }
                }
            }
            s
        })
}

fn published() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of((1i32..=9999, 1u32..=12, 1u32..=28))
        .prop_map(|o| o.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)))
}

proptest! {
    #![proptest_config(ProptestConfig {
        // 512 by default; `PROPTEST_CASES` for the long run (README, "Fuzzing").
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(512),
        // Failing cases are kept beside this file (tests/extract_props.proptest-regressions).
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>(), published in published()) {
        check(&s, &extract(&s, published));
    }

    #[test]
    fn news_like_mixtures_never_panic(s in pieces(), published in published()) {
        check(&s, &extract(&s, published));
    }

    #[test]
    fn damaged_news_never_panics(s in damaged_news(), published in published()) {
        check(&s, &extract(&s, published));
    }

    #[test]
    fn sentence_spans_are_byte_spans_on_char_boundaries(s in pieces()) {
        let mut last = 0;
        for r in claimdesk::extract::sentences::split(&s) {
            prop_assert!(r.start >= last && r.start < r.end && r.end <= s.len());
            let t = s.get(r.clone());
            prop_assert!(t.is_some_and(|t| !t.is_empty() && t.trim() == t));
            last = r.end;
        }
    }
}

#[test]
fn nasty_inputs() {
    let day = NaiveDate::from_ymd_opt(2022, 3, 14);
    let mut inputs: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        (
            "whitespace only",
            " \t\n\r\n \u{a0}\u{2028}\u{3000} \n".repeat(50),
        ),
        (
            "only punctuation",
            ".?!…,;:–—()[]\"'“”‘’. . .?!".repeat(200),
        ),
        ("only periods", ".".repeat(100_000)),
        ("spaced periods", ". ".repeat(50_000)),
        ("list markers", "1. A. ".repeat(50_000)),
        (
            "one long list item",
            format!("{}2. End.", "1. Foo. ".repeat(50_000)),
        ),
        ("abbreviations", "Mr. U.S. e.g. a.m. J. ".repeat(20_000)),
    ];

    // 2 MB on one line: sentences without a single line break.
    let sentence = "On March 30, 2022, Mark Vande Hey, 55, returned after 355 days – nearly a year – \
                    on the ISS, more than 400 km above Earth, U.S. officials said. “Goodbye!” ";
    let line: String = sentence.repeat(2_000_000 / sentence.len() + 1);
    inputs.push(("2 MB single line", line));
    // 2 MB without any punctuation at all.
    inputs.push(("2 MB of words", "word ".repeat(400_000)));

    // Binary-ish bytes, decoded lossily.
    let mut state: u32 = 0x1234_5678;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (state >> 24) as u8
        })
        .collect();
    inputs.push(("binary", String::from_utf8_lossy(&bytes).into_owned()));

    // 10k nested quotes, straight and curly.
    let nested = format!(
        "{}He said.{} Then?",
        "“\"‘'(".repeat(10_000),
        "’\"”')".repeat(10_000)
    );
    inputs.push(("10k nested quotes", nested));

    // 10k numbers in a row.
    let numbers: String = (0..10_000)
        .map(|i| format!("{} ", i * 37 % 100_003))
        .collect();
    inputs.push(("10k numbers", numbers));
    let numbers: String = (0..10_000).map(|i| format!("{}.{} ", i, i % 7)).collect();
    inputs.push(("10k decimals", numbers));

    for (name, text) in &inputs {
        let t = std::time::Instant::now();
        let x = extract(text, day);
        check(text, &x);
        let x = extract(text, None);
        check(text, &x);
        println!(
            "{name}: {} bytes, {} sentences, {:?}",
            text.len(),
            x.sentences.len(),
            t.elapsed()
        );
    }
}
