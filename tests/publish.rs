//! What may be published, through the real binary: the rules that hold everywhere (a verdict
//! without its evidence goes back to review, a disputed claim is shown as disputed and never
//! published as settled), merges that converge, and the reports an editor signs off.

mod common;

use common::Desk;
use serde_json::Value;

fn desk() -> Desk {
    let desk = Desk::new();
    desk.import_fixture();
    desk
}

fn show(desk: &Desk, id: &str) -> Value {
    desk.json(&["show", id, "--json"])
}

/// A ClaimReview export: the JSON-LD and what it warned on stderr.
fn claimreview(desk: &Desk) -> (Value, String) {
    let out = desk.run("alice", &["export", "--format", "claimreview"]);
    assert!(out.status.success());
    (
        serde_json::from_slice(&out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn reviewed_claims(cr: &Value) -> Vec<String> {
    cr.as_array()
        .unwrap()
        .iter()
        .map(|r| r["claimReviewed"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn removing_the_only_evidence_puts_a_verdict_back_in_review_and_out_of_claimreview() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    let e = desk.json(&[
        "source",
        "add",
        &id,
        "--url",
        "https://www.nasa.gov/a",
        "--json",
    ]);
    desk.ok(
        "alice",
        &[
            "verdict",
            &id,
            "mostly-true",
            "--rationale",
            "NASA says so.",
        ],
    );
    assert_eq!(show(&desk, &id)["status"], "reviewed");
    assert_eq!(reviewed_claims(&claimreview(&desk).0).len(), 1);

    let said = desk.ok("alice", &["evidence", "remove", &e["id"].to_string()]);
    assert!(
        said.contains(&format!("claim {id} goes back to review")),
        "the CLI says what the removal did: {said}"
    );
    let claim = show(&desk, &id);
    assert_eq!(claim["status"], "in-review");
    assert_eq!(
        claim["verdict"]["rating"], "mostly-true",
        "the history stays"
    );
    let (cr, warned) = claimreview(&desk);
    assert!(reviewed_claims(&cr).is_empty(), "{cr}");
    assert!(warned.contains("back in review"), "{warned}");

    // Evidence again: the verdict stands again.
    desk.ok(
        "alice",
        &["source", "add", &id, "--url", "https://www.nasa.gov/b"],
    );
    assert_eq!(show(&desk, &id)["status"], "reviewed");
}

#[test]
fn a_rating_that_needs_no_evidence_stays_reviewed_when_evidence_goes() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    let e = desk.json(&[
        "source",
        "add",
        &id,
        "--url",
        "https://www.nasa.gov/a",
        "--json",
    ]);
    desk.ok("alice", &["verdict", &id, "unverifiable"]);
    let said = desk.ok("alice", &["evidence", "remove", &e["id"].to_string()]);
    assert!(!said.contains("back to review"), "{said}");
    assert_eq!(show(&desk, &id)["status"], "reviewed");
}

#[test]
fn a_disputed_claim_shows_every_current_rating_and_is_not_published_as_settled() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    desk.ok(
        "alice",
        &["source", "add", &id, "--url", "https://www.nasa.gov/a"],
    );
    desk.ok("alice", &["verdict", &id, "misleading"]);
    let said = desk.ok("bob", &["verdict", &id, "false"]);
    assert!(
        said.contains("is disputed: misleading by alice, false by bob"),
        "a verdict given while the claim is disputed is shown with the disagreement: {said}"
    );
    assert_eq!(show(&desk, &id)["status"], "disputed");

    let (cr, warned) = claimreview(&desk);
    assert!(reviewed_claims(&cr).is_empty(), "{cr}");
    assert!(
        warned.contains(&format!("claim {id} is disputed")),
        "{warned}"
    );

    let md = desk.ok("alice", &["export", "--format", "markdown"]);
    assert!(md.contains("- misleading by alice"), "{md}");
    assert!(md.contains("- false by bob"), "{md}");

    // alice comes round: the claim is settled and published as false.
    desk.ok("alice", &["verdict", &id, "false"]);
    assert_eq!(show(&desk, &id)["status"], "reviewed");
    let (cr, _) = claimreview(&desk);
    assert_eq!(cr[0]["reviewRating"]["alternateName"], "False");
}

/// A desk with a publisher's config (a page URL and a scale with display labels) and the
/// "355 days" claim rated `pants-on-fire`.
fn published(title: &str) -> (Desk, String) {
    let desk = Desk::new();
    std::fs::write(
        desk.config(),
        "[report]\norganization = \"Desk Check\"\npage_url = \"https://desk.example/checks/soyuz.html\"\n\
         [[scale.rating]]\nlabel = \"True\"\nvalue = 2\n\
         [[scale.rating]]\nlabel = \"Pants on Fire\"\nvalue = 0\n\
         [[scale.rating]]\nslug = \"unrated\"\nlabel = \"Not rated\"\n",
    )
    .unwrap();
    let article = desk.import_fixture().to_string();
    desk.ok("alice", &["article", "set", &article, "--title", title]);
    let id = desk.claim_containing("355 days");
    desk.ok(
        "alice",
        &["source", "add", &id, "--url", "https://www.nasa.gov/a"],
    );
    desk.ok("alice", &["verdict", &id, "pants-on-fire"]);
    (desk, id)
}

#[test]
fn claimreview_can_be_pasted_into_a_script_element_and_points_at_the_page() {
    let title = "Soyuz </script><script>alert(1)</script> & <b>more</b>";
    let (desk, _) = published(title);
    let (cr, warned) = claimreview(&desk);
    let text = desk.ok("alice", &["export", "--format", "claimreview"]);
    assert!(
        !text.contains('<') && !text.contains('>') && !text.contains('&'),
        "{text}"
    );
    assert!(text.contains("\\u003c/script\\u003e"), "{text}");
    let review = &cr[0];
    assert_eq!(
        review["itemReviewed"]["appearance"]["headline"], title,
        "the escapes read back as the same title"
    );
    let url = review["url"].as_str().unwrap();
    assert!(
        url.starts_with("https://desk.example/checks/soyuz.html#claim-"),
        "{url}"
    );
    assert_eq!(review["reviewRating"]["alternateName"], "Pants on Fire");
    assert_eq!(review["reviewRating"]["ratingValue"], 0);
    // The fixture has no URL: the field Google's markup needs is named.
    assert!(warned.contains("has no URL"), "{warned}");

    // Embedded in the HTML report, it stays data.
    let html = desk.ok("alice", &["export", "--format", "html", "--embed"]);
    assert!(
        html.contains("<script type=\"application/ld+json\">"),
        "embedded"
    );
    assert_eq!(
        html.matches("<script").count(),
        1,
        "one script element, the data"
    );
    assert!(
        !html.contains("<script>alert"),
        "the title cannot open a script"
    );
}

#[test]
fn claimreview_has_the_full_headline_and_every_rating_value_the_scale_gives() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    desk.ok(
        "alice",
        &["source", "add", &id, "--url", "https://www.nasa.gov/a"],
    );
    desk.ok("alice", &["verdict", &id, "half-true"]);
    let other = desk.claim_containing("Mary is 77 years old");
    desk.ok("alice", &["verdict", &other, "unverifiable"]);
    let (cr, _) = claimreview(&desk);
    let headline = cr[0]["itemReviewed"]["appearance"]["headline"]
        .as_str()
        .unwrap();
    assert!(
        !headline.ends_with('…') && headline.len() > 100,
        "{headline}"
    );
    let ratings: Vec<&Value> = cr
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["reviewRating"])
        .collect();
    let half = ratings
        .iter()
        .find(|r| r["alternateName"] == "Half true")
        .unwrap();
    assert_eq!(half["ratingValue"], 3);
    // The default scale gives `unverifiable` no value: it has none, and says so by omission.
    let unverifiable = ratings
        .iter()
        .find(|r| r["alternateName"] == "Unverifiable")
        .unwrap();
    assert!(unverifiable.get("ratingValue").is_none());
}

/// The fixture with one claim of each kind an editor sees: reviewed (a long unbroken word, a
/// rationale of two paragraphs with a CR), disputed, back in review, dismissed, new.
fn editors_desk() -> (Desk, [String; 4]) {
    let desk = desk();
    let reviewed = desk.claim_containing("355 days");
    let long = "x".repeat(600);
    desk.ok(
        "alice",
        &[
            "source",
            "add",
            &reviewed,
            "--url",
            &format!("https://www.nasa.gov/{long}"),
            "--title",
            "NASA record",
            "--publisher",
            "NASA",
            "--accessed",
            "2022-03-14",
            "--archive",
            "https://web.archive.org/web/2022/https://www.nasa.gov/r",
            "--stance",
            "supports",
        ],
    );
    desk.ok(
        "alice",
        &[
            "verdict",
            &reviewed,
            "true",
            "--rationale",
            &format!("First {long}.\r\n\r\nSecond\rline."),
        ],
    );
    let disputed = desk.claim_containing("Mary is 77 years old");
    desk.ok(
        "alice",
        &["source", "add", &disputed, "--url", "https://b.example/y"],
    );
    desk.ok("alice", &["verdict", &disputed, "unverifiable"]);
    desk.ok("bob", &["verdict", &disputed, "false"]);
    let dismissed = desk.claim_containing("Elon Musk has offered");
    desk.ok(
        "alice",
        &[
            "claim",
            "dismiss",
            &dismissed,
            "--reason",
            "a caption, not a claim",
        ],
    );
    let reopened = desk.claim_containing("500-ton ISS to fall over Western countries");
    let e = desk.json(&[
        "source",
        "add",
        &reopened,
        "--url",
        "https://a.example/x",
        "--json",
    ]);
    desk.ok("alice", &["verdict", &reopened, "false"]);
    desk.ok("alice", &["evidence", "remove", &e["id"].to_string()]);
    (desk, [reviewed, disputed, dismissed, reopened])
}

#[test]
fn the_html_report_puts_the_verdicts_first_and_never_scrolls_sideways() {
    let (desk, [_, _, _, _]) = editors_desk();
    let html = desk.ok("alice", &["export", "--format", "html"]);
    // The CSS that keeps any text inside the page at any width, and links' URLs in print.
    assert!(html.contains("overflow-wrap: anywhere"), "long words wrap");
    assert!(
        html.contains("max-width: 100%"),
        "the chart and tables shrink"
    );
    assert!(html.contains("a[href^=\"http\"]::after { content: \" (\" attr(href) \")\""));
    assert!(!html.contains("<script"), "no script");
    // Order: summary, reviewed, disputed, the compact list, then the article.
    let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("missing {s}"));
    assert!(at("claims reviewed") < at("<h3>Reviewed claims</h3>"));
    assert!(at("<h3>Reviewed claims</h3>") < at("<h3>Disputed (1)</h3>"));
    assert!(at("<h3>Disputed (1)</h3>") < at("<h3>Not reviewed or dismissed"));
    assert!(at("<h3>Not reviewed or dismissed") < at("<h3>Article</h3>"));
    // The counts are those of every format: all claims but the dismissed one, of which one is
    // reviewed, one disputed, one back in review and the rest new.
    let counted = desk.claims().as_array().unwrap().len() - 1;
    let reviewed = format!("1 of {counted} claims reviewed (");
    let rest = format!("1 disputed, 1 in review, {} new, 1 dismissed", counted - 3);
    assert!(html.contains(&reviewed) && html.contains(&rest), "counts");
    let md = desk.ok("alice", &["export", "--format", "markdown"]);
    assert!(md.contains(&reviewed) && md.contains(&rest), "{md}");
    // The chart shows rated claims only.
    let chart = &html[at("<svg")..at("</svg>")];
    assert!(
        chart.contains(">True<") && !chart.contains("no verdict"),
        "{chart}"
    );
    // Disputed: both ratings and who gave them; dismissed: the reason; paragraphs kept, CR a break.
    let disputed = &html[at("<h3>Disputed (1)</h3>")..at("<h3>Not reviewed")];
    assert!(
        disputed.contains("Unverifiable") && disputed.contains("alice"),
        "{disputed}"
    );
    assert!(
        disputed.contains("False") && disputed.contains("bob"),
        "{disputed}"
    );
    assert!(html.contains("Dismissed: a caption, not a claim"));
    assert!(html.contains("<p>Second<br>line.</p>") && !html.contains('\u{FFFD}'));
    assert!(html.contains("NASA · accessed 2022-03-14") && html.contains("(archived)"));
}

#[test]
fn the_csv_has_reasons_readable_sources_and_an_optional_bom() {
    let (desk, [reviewed, disputed, dismissed, reopened]) = editors_desk();
    let csv = desk.ok("alice", &["export", "--format", "csv"]);
    assert!(!csv.starts_with('\u{feff}'));
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        desk.claims().as_array().unwrap().len(),
        "every claim, dismissed included"
    );
    let row = |id: &str| rows.iter().find(|r| &r[col("claim_id")] == id).unwrap();
    assert_eq!(
        &row(&dismissed)[col("dismissed_reason")],
        "a caption, not a claim"
    );
    let sources = &row(&reviewed)[col("sources")];
    assert!(
        sources.starts_with("NASA record <https://www.nasa.gov/")
            && sources.ends_with("> (supports)"),
        "{sources}"
    );
    assert_eq!(&row(&reviewed)[col("verdict")], "true");
    assert_eq!(
        &row(&disputed)[col("verdict")],
        "",
        "a disputed claim is not published as settled"
    );
    assert_eq!(
        &row(&disputed)[col("disputed_ratings")],
        "unverifiable by alice; false by bob"
    );
    assert_eq!(
        &row(&reopened)[col("verdict")],
        "",
        "nor one back in review"
    );
    let bom = desk.ok("alice", &["export", "--format", "csv", "--bom"]);
    assert_eq!(bom.strip_prefix('\u{feff}'), Some(csv.as_str()));
}

/// A bundle from a desk with one verdict, and another desk with the same article to merge it into.
fn bundle_and_target() -> (Desk, Value, Desk) {
    let from = desk();
    let id = from.claim_containing("355 days");
    from.ok(
        "alice",
        &["source", "add", &id, "--url", "https://www.nasa.gov/a"],
    );
    from.ok(
        "alice",
        &["verdict", &id, "mostly-true", "--rationale", "NASA"],
    );
    let bundle: Value =
        serde_json::from_str(&from.ok("alice", &["export", "--format", "json"])).unwrap();
    let into = from.sibling();
    into.import_fixture();
    (from, bundle, into)
}

fn export_of(desk: &Desk) -> Value {
    let mut v: Value =
        serde_json::from_str(&desk.ok("alice", &["export", "--format", "json"])).unwrap();
    v.as_object_mut().unwrap().remove("exported_at");
    v
}

/// Import `bundle` into `into`: it must be refused as bad input (exit 2) with one sentence that
/// contains `says`, and change nothing.
fn refused(into: &Desk, bundle: &Value, says: &str) {
    let file = into.path("bundle.json");
    std::fs::write(&file, bundle.to_string()).unwrap();
    let before = export_of(into);
    let out = into.run("alice", &["import-report", file.to_str().unwrap()]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains(says), "expected {says:?} in {err}");
    assert_eq!(before, export_of(into), "a refused bundle changes nothing");
}

/// The claim of the bundle that has a verdict.
fn rated(bundle: &mut Value) -> &mut Value {
    bundle["articles"][0]["claims"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| !c["verdict"].is_null())
        .unwrap()
}

#[test]
fn a_bad_bundle_is_refused_naming_the_record_and_changes_nothing() {
    let (_from, bundle, into) = bundle_and_target();
    let len = bundle["articles"][0]["text"]
        .as_str()
        .unwrap()
        .chars()
        .count();
    let id = rated(&mut bundle.clone())["id"].clone();

    let mut b = bundle.clone();
    rated(&mut b)["end"] = (len + 10).into();
    let shown = {
        let digits = len.to_string();
        format!(
            "{},{}",
            &digits[..digits.len() - 3],
            &digits[digits.len() - 3..]
        )
    };
    refused(
        &into,
        &b,
        &format!(
            "claim {id}: end {} lies past the article's {shown} characters",
            len + 10
        ),
    );

    let mut b = bundle.clone();
    rated(&mut b)["verdicts"][0]["rating"] = "pants-on-fire".into();
    refused(
        &into,
        &b,
        "rating \"pants-on-fire\" is not on this desk's scale",
    );

    let mut b = bundle.clone();
    rated(&mut b)["verdicts"][0]["at"] = "2022-02-30T25:61:00Z".into();
    refused(&into, &b, "is not an RFC 3339 time");

    let mut b = bundle.clone();
    rated(&mut b)["evidence"][0]["source"]["url"] = "javascript:alert(1)".into();
    refused(&into, &b, "is not a web address");

    let mut b = bundle.clone();
    rated(&mut b)["evidence"][0]["reviewer"] = "eve\u{1b}[2J".into();
    refused(&into, &b, "control characters");

    let mut b = bundle.clone();
    rated(&mut b)["verdicts"][0]["secret"] = true.into();
    refused(&into, &b, "does not know");
}

#[test]
fn a_rating_named_by_its_label_is_mapped_with_a_warning_and_the_import_is_an_event() {
    let (_from, mut bundle, into) = bundle_and_target();
    let claim = rated(&mut bundle);
    claim["verdicts"][0]["rating"] = "Mostly True".into();
    claim["verdict"]["rating"] = "Mostly True".into();
    let uid = claim["verdicts"][0]["uid"].as_str().unwrap().to_string();
    let file = into.path("bundle.json");
    std::fs::write(&file, bundle.to_string()).unwrap();
    let out = into.run("alice", &["import-report", file.to_str().unwrap()]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("rating \"Mostly True\" is read as \"mostly-true\""),
        "{err}"
    );

    let export = export_of(&into);
    let merged = export["articles"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| !c["verdict"].is_null())
        .unwrap();
    assert_eq!(merged["verdict"]["rating"], "mostly-true");
    assert_eq!(
        merged["verdict"]["uid"],
        uid.as_str(),
        "the verdict keeps its identity"
    );
    let events = export["events"].as_array().unwrap();
    let import = events
        .iter()
        .find(|e| e["action"] == "import-report")
        .unwrap();
    assert_eq!(
        import["after"]["verdicts"], 1,
        "the import is an event later exports carry"
    );
    let imported: Vec<&Value> = events.iter().filter(|e| e["action"] == "verdict").collect();
    assert_eq!(imported.len(), 1);
    let theirs = bundle["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "verdict")
        .unwrap();
    assert_eq!(
        imported[0]["uid"], theirs["uid"],
        "imported events keep their identity"
    );
}

#[test]
fn free_text_may_start_with_a_dash() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    desk.ok(
        "alice",
        &[
            "source",
            "add",
            &id,
            "--url",
            "https://www.nasa.gov/a",
            "--quote",
            "-355 days, not 340",
            "--note",
            "--see page 2",
        ],
    );
    desk.ok(
        "alice",
        &[
            "verdict",
            &id,
            "mostly-true",
            "--rationale",
            "-2+3 days off",
        ],
    );
    let shown = show(&desk, &id);
    assert_eq!(shown["verdict"]["rationale"], "-2+3 days off");
    assert_eq!(shown["evidence"][0]["quote"], "-355 days, not 340");
    assert_eq!(shown["evidence"][0]["note"], "--see page 2");
    desk.ok(
        "alice",
        &["claim", "edit", &id, "--text", "-- a reworded claim"],
    );
    assert_eq!(show(&desk, &id)["text"], "-- a reworded claim");
    let other = desk.claim_containing("Mary is 77 years old");
    desk.ok(
        "alice",
        &["claim", "dismiss", &other, "--reason", "-not checkable"],
    );
    assert_eq!(show(&desk, &other)["dismissed_reason"], "-not checkable");
    // A flag where a value is missing is still refused, as bad input.
    let out = desk.run("alice", &["verdict", &id, "true", "--rationale"]);
    assert_eq!(out.status.code(), Some(2));
}
