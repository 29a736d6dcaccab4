//! Verdict reports through the real binary: golden files on the fixture, escaping, formula
//! neutralization, ClaimReview fields, the JSON Schema, round trip and merge.

mod common;

use common::Desk;
use serde_json::Value;
use std::path::Path;

/// A desk whose config names the publisher, for ClaimReview.
fn publishing_desk() -> Desk {
    let desk = Desk::new();
    std::fs::write(
        desk.config(),
        "[report]\norganization = \"Desk Check\"\norganization_url = \"https://desk.example\"\nbase_url = \"https://desk.example/checks/\"\n",
    )
    .unwrap();
    desk
}

/// The fixture with three recorded verdicts, by two reviewers.
fn reviewed_fixture() -> Desk {
    let desk = publishing_desk();
    desk.import_fixture();
    let record = desk.claim_containing("355 days");
    desk.ok(
        "alice",
        &[
            "source",
            "add",
            &record,
            "--url",
            "https://www.nasa.gov/record",
            "--title",
            "NASA: mission records",
            "--quote",
            "the longest single spaceflight by an American: 355 days",
            "--stance",
            "supports",
            "--accessed",
            "2022-03-14",
        ],
    );
    desk.ok(
        "alice",
        &[
            "verdict",
            &record,
            "true",
            "--rationale",
            "NASA's records page gives 355 days.",
        ],
    );
    let age = desk.claim_containing("Mary is 77 years old");
    desk.ok(
        "bob",
        &[
            "verdict",
            &age,
            "unverifiable",
            "--rationale",
            "No public record of her age.",
        ],
    );
    let landing = desk.claim_containing("On March 30");
    desk.ok(
        "bob",
        &[
            "source",
            "add",
            &landing,
            "--url",
            "https://www.nasa.gov/landing?utm_source=x",
            "--title",
            "Landing <schedule>",
            "--quote",
            "=HYPERLINK(\"http://evil.example\")",
            "--stance",
            "mixed",
            "--accessed",
            "2022-03-14",
        ],
    );
    desk.ok(
        "bob",
        &[
            "verdict",
            &landing,
            "mostly-true",
            "--rationale",
            "Landed March 30 \"as scheduled\" & on time.",
        ],
    );
    desk
}

/// Times, ids and uids change from run to run; everything else must match the golden file.
fn stable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    let today = chrono::Utc::now().date_naive().to_string();
    while i < bytes.len() {
        // RFC 3339 UTC times as the store writes them: 2026-11-25T19:20:00Z
        if text.get(i..i + 20).is_some_and(is_time) {
            out.push_str("<time>");
            i += 20;
        } else if text.get(i..i + 36).is_some_and(is_uid) {
            out.push_str("<uid>");
            i += 36;
        } else if text[i..].starts_with(&today) {
            out.push_str("<today>");
            i += today.len();
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// A UUID as the store writes it: 01a22d83-68d9-751c-8954-d6358e2f6bb1.
fn is_uid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(k, c)| match k {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && b[19] == b'Z'
        && [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
            .iter()
            .all(|&k| b[k].is_ascii_digit())
}

/// Compare with `fixtures/golden/NAME`; `UPDATE_GOLDEN=1 cargo test` rewrites the files.
fn golden(name: &str, actual: &str) {
    let path = Path::new("fixtures/golden").join(name);
    let actual = stable(actual);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all("fixtures/golden").unwrap();
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; run UPDATE_GOLDEN=1 cargo test --test reports",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{name} differs from its golden file at line {}:\n  golden: {:?}\n  actual: {:?}\n(UPDATE_GOLDEN=1 rewrites it after a deliberate change)",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn every_format_matches_its_golden_file_on_the_fixture() {
    let desk = reviewed_fixture();
    for (format, name) in [
        ("json", "report.json"),
        ("claimreview", "report.claimreview.json"),
        ("markdown", "report.md"),
        ("csv", "report.csv"),
        ("html", "report.html"),
    ] {
        let out = desk.ok("alice", &["export", "--format", format]);
        golden(name, &out);
    }
}

#[test]
fn the_json_bundle_follows_its_schema() {
    let desk = reviewed_fixture();
    let bundle = desk.json(&["export", "--format", "json"]);
    let schema: Value =
        serde_json::from_str(include_str!("../src/report/bundle.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&bundle)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // And the schema is not a rubber stamp: a bundle with a bad status is refused.
    let mut bad = bundle.clone();
    bad["articles"][0]["claims"][0]["status"] = "approved".into();
    assert!(!validator.is_valid(&bad));
}

#[test]
fn claimreview_has_every_required_and_recommended_field_and_leaves_out_unreviewed_claims() {
    let desk = reviewed_fixture();
    let out = desk.run("alice", &["export", "--format", "claimreview"]);
    assert!(out.status.success());
    let reviews: Value = serde_json::from_slice(&out.stdout).unwrap();
    let reviews = reviews.as_array().unwrap();
    assert_eq!(reviews.len(), 3, "only the three claims with a verdict");
    for r in reviews {
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        assert!(
            r["url"]
                .as_str()
                .unwrap()
                .starts_with("https://desk.example/checks/#claim-"),
            "{r}"
        );
        assert!(!r["claimReviewed"].as_str().unwrap().is_empty());
        assert_eq!(r["datePublished"].as_str().unwrap().len(), 10);
        assert_eq!(r["author"]["@type"], "Organization");
        assert_eq!(r["author"]["name"], "Desk Check");
        let item = &r["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        assert_eq!(item["datePublished"], "2022-03-13");
        assert!(item["appearance"].is_object());
        let rating = &r["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        assert!(rating["alternateName"].is_string());
        assert!(rating["bestRating"].is_i64() && rating["worstRating"].is_i64());
    }
    let rated: Vec<&Value> = reviews
        .iter()
        .filter(|r| r["reviewRating"]["alternateName"] == "True")
        .collect();
    assert_eq!(rated[0]["reviewRating"]["ratingValue"], 5);
    assert_eq!(rated[0]["reviewRating"]["bestRating"], 5);
    assert_eq!(rated[0]["reviewRating"]["worstRating"], 1);
    // Anchors are stable: the same claim gets the same URL from another database.
    let other = desk.sibling();
    other.import_fixture();
    let id = other.claim_containing("355 days");
    other.ok("carol", &["verdict", &id, "unverifiable"]);
    let theirs: Value =
        serde_json::from_str(&other.ok("carol", &["export", "--format", "claimreview"])).unwrap();
    assert!(reviews.iter().any(|r| r["url"] == theirs[0]["url"]));
    // Long claims are exported with a warning that says what to do.
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("characters long; ClaimReview readers show 75"),
        "{stderr}"
    );
}

#[test]
fn hostile_text_is_escaped_in_html_and_neutralized_in_csv() {
    let desk = publishing_desk();
    let file = desk.dir.path().join("hostile.txt");
    std::fs::write(
        &file,
        "=HYPERLINK(\"http://evil.example\") says the station weighs 500 tons.\n\n\
         The agency said <script>alert(1)</script> the crew of 3 lands on March 30.\n\n\
         A spokesman said \"><img src=x onerror=alert(2)> costs rose by 12% in 2021.\n",
    )
    .unwrap();
    desk.import(&file);
    let html = desk.ok("alice", &["export", "--format", "html"]);
    assert!(
        !html.contains("<script>alert"),
        "script tag must be escaped"
    );
    assert!(!html.contains("<img"), "img tag must be escaped");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
    assert!(
        !html.contains("<link") && !html.contains("src=\"http"),
        "self-contained: no external resources"
    );

    let csv = desk.ok("alice", &["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let texts: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[3].to_string())
        .collect();
    assert!(
        texts.iter().any(|t| t.starts_with("'=HYPERLINK")),
        "{texts:?}"
    );
    assert!(
        texts.iter().all(|t| !t.starts_with(['=', '+', '-', '@'])),
        "{texts:?}"
    );
}

/// Control characters from the database reach the CSV inert (tab and newline kept); the stored
/// text keeps them.
#[test]
fn control_characters_are_inert_in_csv_and_kept_in_the_database() {
    let desk = publishing_desk();
    let file = desk.dir.path().join("controls.txt");
    std::fs::write(&file, "The station weighs 500 tons, NASA said.\n").unwrap();
    let article = desk.import(&file).to_string();
    let title = "Evil\u{1b}]0;pwned\u{7} title\u{202e}";
    desk.ok("alice", &["article", "set", &article, "--title", title]);
    let id = desk.claims()[0]["id"].to_string();
    let rationale = "No source\u{1b}[31m yet.\tSee\nbelow\u{1}.";
    desk.ok(
        "alice",
        &["verdict", &id, "unverifiable", "--rationale", rationale],
    );
    let csv = desk.ok("alice", &["export", "--format", "csv"]);
    assert!(
        !csv.chars()
            .any(|c| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{202e}'),
        "{csv:?}"
    );
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[col("article")], "Evil␛]0;pwned␇ title\u{FFFD}");
    assert_eq!(&row[col("rationale")], "No source␛[31m yet.\tSee\nbelow␁.");
    // Stored as given.
    let shown = desk.json(&["show", &id, "--json"]);
    assert_eq!(shown["verdict"]["rationale"], rationale);
}

fn without_ids(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for key in ["id", "article_id", "claim_id", "entity_id", "exported_at"] {
                map.remove(key);
            }
            map.values_mut().for_each(without_ids);
        }
        Value::Array(items) => items.iter_mut().for_each(without_ids),
        _ => {}
    }
}

/// Where two JSON values first differ, as a path and the two values (kept short).
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys()) {
                let (va, vb) = (
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                );
                if let Some(d) = first_difference(va, vb, &format!("{path}.{k}")) {
                    return Some(d);
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (va, vb))| first_difference(va, vb, &format!("{path}[{i}]"))),
        _ if a == b => None,
        _ => {
            let short = |v: &Value| v.to_string().chars().take(200).collect::<String>();
            Some(format!("{path}: {} != {}", short(a), short(b)))
        }
    }
}

#[test]
fn a_json_bundle_round_trips_through_an_empty_database() {
    let desk = reviewed_fixture();
    let first = desk.ok("alice", &["export", "--format", "json"]);
    let file = desk.dir.path().join("bundle.json");
    std::fs::write(&file, &first).unwrap();

    let empty = desk.sibling();
    let summary = empty.json(&["import-report", file.to_str().unwrap(), "--json"]);
    assert_eq!(summary["articles"], 1);
    assert_eq!(summary["verdicts"], 3);
    let mut a: Value = serde_json::from_str(&first).unwrap();
    let mut b = empty.json(&["export", "--format", "json"]);
    // The merge itself is an event of the new database; everything else is the same.
    b["events"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["action"] != "import-report");
    without_ids(&mut a);
    without_ids(&mut b);
    if let Some(diff) = first_difference(&a, &b, "") {
        panic!("the round trip changed the bundle: {diff}");
    }

    // Importing twice changes nothing.
    let again = empty.json(&["import-report", file.to_str().unwrap(), "--json"]);
    for key in [
        "articles", "claims", "sources", "evidence", "verdicts", "events",
    ] {
        assert_eq!(again[key], 0, "{key}: {again}");
    }
}

#[test]
fn two_reviewers_databases_merge_into_the_union_and_conflicts_stay_visible() {
    let alice = publishing_desk();
    alice.import_fixture();
    let bob = alice.sibling();
    bob.import_fixture();

    let a_claim = alice.claim_containing("355 days");
    alice.ok(
        "alice",
        &[
            "source",
            "add",
            &a_claim,
            "--url",
            "https://www.nasa.gov/record",
        ],
    );
    alice.ok(
        "alice",
        &["verdict", &a_claim, "true", "--rationale", "NASA says so."],
    );
    let b_claim = bob.claim_containing("Mary is 77 years old");
    bob.ok(
        "bob",
        &[
            "verdict",
            &b_claim,
            "unverifiable",
            "--rationale",
            "No record.",
        ],
    );
    // Both reword the same claim, differently.
    let a_edit = alice.claim_containing("500-ton");
    alice.ok(
        "alice",
        &[
            "claim",
            "edit",
            &a_edit,
            "--text",
            "The ISS weighs 500 tons.",
        ],
    );
    let b_edit = bob.claim_containing("500-ton");
    bob.ok(
        "bob",
        &[
            "claim",
            "edit",
            &b_edit,
            "--text",
            "The ISS has a mass of 500 tonnes.",
        ],
    );

    let file = bob.dir.path().join("bob.json");
    std::fs::write(&file, bob.ok("bob", &["export", "--format", "json"])).unwrap();
    let out = alice.ok("alice", &["import-report", file.to_str().unwrap()]);
    assert!(out.contains("conflict: claim"), "{out}");

    let merged = alice.json(&["export", "--format", "json"]);
    let claims = merged["articles"][0]["claims"].as_array().unwrap();
    let rated: Vec<&str> = claims
        .iter()
        .filter_map(|c| c["verdict"]["rating"].as_str())
        .collect();
    assert!(
        rated.contains(&"true") && rated.contains(&"unverifiable"),
        "union of both reviews: {rated:?}"
    );
    // Both wordings stand, shown side by side, until someone resolves the claim.
    let conflicted = claims.iter().find(|c| !c["conflict"].is_null()).unwrap();
    let wordings: Vec<&str> = conflicted["conflict"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["text"].as_str().unwrap())
        .collect();
    assert!(
        wordings.contains(&"The ISS weighs 500 tons.")
            && wordings.contains(&"The ISS has a mass of 500 tonnes."),
        "{wordings:?}"
    );
    assert_eq!(
        conflicted["status"], "disputed",
        "a conflict is never silently overwritten"
    );
    let id = conflicted["id"].to_string();
    let shown = alice.ok("alice", &["show", &id]);
    assert!(
        shown.contains("The ISS weighs 500 tons.") && shown.contains("500 tonnes"),
        "{shown}"
    );
    alice.ok("alice", &["claim", "resolve", &id, "--keep", "1"]);
    let after = alice.json(&["show", &id, "--json"]);
    assert_eq!(after["text"], wordings[0]);
    assert!(after["conflict"].is_null());
    assert_ne!(after["status"], "disputed");
    assert_eq!(
        merged["articles"].as_array().unwrap().len(),
        1,
        "articles matched by sha256"
    );
}

#[test]
fn import_report_refuses_what_is_not_a_bundle() {
    let desk = publishing_desk();
    let file = desk.dir.path().join("x.json");
    std::fs::write(&file, "{\"format\": \"something/2\"}").unwrap();
    let out = desk.run("alice", &["import-report", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a claimdesk report"));
    std::fs::write(&file, "not json").unwrap();
    let out = desk.run("alice", &["import-report", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not JSON"));
}

#[test]
fn an_output_file_is_written_whole_or_not_at_all() {
    let desk = reviewed_fixture();
    let target = desk.dir.path().join("report.html");
    std::fs::write(&target, "previous report").unwrap();
    // A folder that does not exist: refused, and the old file is untouched.
    let out = desk.run(
        "alice",
        &[
            "export",
            "--format",
            "html",
            "-o",
            desk.dir.path().join("missing/r.html").to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous report");
    desk.ok(
        "alice",
        &["export", "--format", "html", "-o", target.to_str().unwrap()],
    );
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(html.starts_with("<!doctype html>") && html.trim_end().ends_with("</html>"));
    let leftovers: Vec<_> = std::fs::read_dir(desk.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left behind");
}

#[test]
fn export_writes_to_standard_output_and_devices_directly() {
    use std::os::unix::fs::FileTypeExt;
    let desk = reviewed_fixture();
    // Standard output (a pipe here): the report arrives whole, no temporary file is tried in /dev.
    let out = desk.ok(
        "alice",
        &["export", "--format", "markdown", "-o", "/dev/stdout"],
    );
    let direct = desk.ok("alice", &["export", "--format", "markdown"]);
    // The two exports may fall in different seconds on a loaded machine: the time stamp aside.
    let stamped = |s: &str| -> String {
        s.lines()
            .filter(|l| !l.starts_with("Exported "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(out.contains("Exported ") && direct.contains("Exported "));
    assert_eq!(stamped(&out), stamped(&direct));
    // A full device: one sentence, exit 1, and the node is still a character device.
    let out = desk.run("alice", &["export", "--format", "json", "-o", "/dev/full"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("claimdesk: cannot write /dev/full: ") && stderr.lines().count() == 1,
        "{stderr}"
    );
    let node = std::fs::symlink_metadata("/dev/full").unwrap();
    assert!(node.file_type().is_char_device());
}

#[test]
fn import_report_of_a_file_that_is_not_a_bundle_creates_no_database() {
    let desk = Desk::new();
    let file = desk.dir.path().join("x.json");
    std::fs::write(&file, "not json").unwrap();
    let out = desk.run("alice", &["import-report", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        !desk.db.exists(),
        "nothing was merged, so no database was made"
    );
}
