//! Contract 2: a claim's parts, claimant, type and appearances, stored in real SQLite files,
//! changed through the desk and the real binary, carried by the JSON outputs and the bundle, and
//! read from databases and bundles written before they existed.

mod common;

use claimdesk::config::Config;
use claimdesk::desk::{Desk as Workdesk, SplitAt};
use claimdesk::extract::{
    self, ClaimType, Claimant, ClaimantKind, Extraction, Sentence, Value as ExtractedValue,
    ValueKind,
};
use claimdesk::store::{ClaimFilter, MIGRATIONS, NewArticle, Store};
use common::Desk;
use rusqlite::Connection;
use serde_json::Value;

/// A made-up article where one fact is stated twice and a mayor is quoted.
const TEXT: &str = "Mayor Linda Park, who took office in 2021, said the city spent $4 million on \
roads last year. The bridge opened in 1937. Officials later repeated that the city spent $4 \
million on roads.";

/// Character offsets of the first `needle` in `TEXT` (which is ASCII), end exclusive.
fn at(needle: &str) -> [usize; 2] {
    let start = TEXT.find(needle).unwrap_or_else(|| panic!("{needle:?}"));
    [start, start + needle.len()]
}

/// An extraction as the extractor will give it: the first claim rests on two pieces of its
/// sentence (the subject and the predicate), is the mayor's, is a quantity and is stated twice;
/// the second is the article's own, a time, stated once.
fn extraction() -> Extraction {
    let first = at(
        "Mayor Linda Park, who took office in 2021, said the city spent $4 million on roads last year.",
    );
    let second = at("The bridge opened in 1937.");
    let money = at("$4 million");
    Extraction {
        published: None,
        sentences: vec![
            Sentence {
                start: first[0],
                end: first[1],
                text: TEXT[first[0]..first[1]].into(),
            },
            Sentence {
                start: second[0],
                end: second[1],
                text: TEXT[second[0]..second[1]].into(),
            },
        ],
        values: vec![ExtractedValue {
            kind: ValueKind::Money,
            text: "$4 million".into(),
            start: money[0],
            end: money[1],
            value: Some("USD 4000000".into()),
            modifier: None,
        }],
        claims: vec![
            extract::Claim {
                text: "Mayor Linda Park said the city spent $4 million on roads in the last year."
                    .into(),
                start: first[0],
                end: first[1],
                sentence: 0,
                score: 0.9,
                values: vec![0],
                cues: vec!["value".into()],
                subject: Some("the city".into()),
                parts: vec![at("the city"), at("spent $4 million on roads")],
                claimant: Some(Claimant {
                    name: "Mayor Linda Park".into(),
                    kind: ClaimantKind::Person,
                }),
                kind: ClaimType::Quantity,
                appearances: vec![
                    first,
                    at("Officials later repeated that the city spent $4 million on roads."),
                ],
                recheck_on: None,
            },
            extract::Claim {
                text: TEXT[second[0]..second[1]].into(),
                start: second[0],
                end: second[1],
                sentence: 1,
                score: 0.6,
                values: vec![],
                cues: vec!["value".into()],
                subject: Some("The bridge".into()),
                parts: vec![second],
                claimant: None,
                kind: ClaimType::Time,
                appearances: vec![second],
                recheck_on: None,
            },
        ],
    }
}

fn article() -> NewArticle {
    NewArticle {
        title: "Roads".into(),
        text: TEXT.into(),
        ..NewArticle::default()
    }
}

fn import(path: &std::path::Path) -> Store {
    let mut store = Store::open(path).unwrap();
    store.import(&article(), &extraction(), "alice").unwrap();
    store
}

#[test]
fn parts_claimant_type_and_appearances_are_stored_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claimdesk.db");
    drop(import(&path));
    // Read from the file again, by another connection.
    let store = Store::open_read_only(&path).unwrap();
    let claims = store.claims(&ClaimFilter::default()).unwrap();
    assert_eq!(claims.len(), 2);
    let mayor = &claims[0].claim;
    assert_eq!(
        mayor.parts,
        [at("the city"), at("spent $4 million on roads")]
    );
    assert_eq!(
        mayor.claimant,
        Some(Claimant {
            name: "Mayor Linda Park".into(),
            kind: ClaimantKind::Person
        })
    );
    assert_eq!(mayor.kind, ClaimType::Quantity);
    assert_eq!(mayor.appearances.len(), 2);
    assert_eq!(mayor.appearances[0], [mayor.start, mayor.end]);
    assert!(
        mayor.text.starts_with("Mayor Linda Park said"),
        "{}",
        mayor.text
    );
    let bridge = &claims[1].claim;
    assert_eq!(bridge.claimant, None);
    assert_eq!(bridge.kind, ClaimType::Time);
    assert_eq!(bridge.parts, [[bridge.start, bridge.end]]);

    // The detail, and the report's loading of it, agree with the list.
    assert_eq!(&store.claim(mayor.id).unwrap().claim, mayor);
    let report = store.report(None, None).unwrap();
    assert_eq!(&report.articles[0].claims[0].claim, mayor);

    // Filter by type.
    let only = |kind| {
        store
            .claims(&ClaimFilter {
                kind: Some(kind),
                ..ClaimFilter::default()
            })
            .unwrap()
            .iter()
            .map(|c| c.claim.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(only(ClaimType::Quantity), [mayor.id]);
    assert_eq!(only(ClaimType::Time), [bridge.id]);
    assert!(only(ClaimType::Quote).is_empty());
}

#[test]
fn the_schema_refuses_a_claimant_without_a_kind_and_parts_that_are_not_a_list() {
    let dir = tempfile::tempdir().unwrap();
    let store = import(&dir.path().join("claimdesk.db"));
    let conn = store.connection();
    for bad in [
        "UPDATE claims SET claimant_kind = NULL WHERE claimant_name IS NOT NULL",
        "UPDATE claims SET claimant_name = 'X' WHERE claimant_name IS NULL",
        "UPDATE claims SET claimant_kind = 'robot' WHERE claimant_name IS NOT NULL",
        "UPDATE claims SET parts = '{}'",
        "UPDATE claims SET appearances = 'nope'",
        "UPDATE claims SET type = 'opinion'",
    ] {
        assert!(conn.execute(bad, []).is_err(), "{bad}");
    }
}

fn desk_on(path: &std::path::Path) -> Workdesk {
    Workdesk::new(Store::open(path).unwrap(), Config::default(), "alice")
}

#[test]
fn edit_keeps_parts_split_divides_them_and_merge_unions_parts_and_appearances() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claimdesk.db");
    drop(import(&path));
    let mut desk = desk_on(&path);
    let id = desk.store().claims(&ClaimFilter::default()).unwrap()[0]
        .claim
        .id;
    let before = desk.store().claim(id).unwrap().claim;

    let edited = desk
        .edit_claim(id, "The city spent $4 million on roads in 2025.", None)
        .unwrap();
    assert_eq!(
        edited.claim.text,
        "The city spent $4 million on roads in 2025."
    );
    assert_eq!(edited.claim.parts, before.parts);
    assert_eq!(edited.claim.appearances, before.appearances);
    assert_eq!(edited.claim.claimant, before.claimant);

    // Split inside the second part: "spent $4 million" | "on roads".
    let (first, second) = desk
        .split_claim(id, &SplitAt::Before("on roads last".into()), None)
        .unwrap();
    let cut = at("on roads last")[0];
    assert_eq!(
        first.claim.end,
        cut - 1,
        "the space before the cut is trimmed"
    );
    assert_eq!(
        first.claim.parts,
        [at("the city"), at("spent $4 million")],
        "the part across the cut is cut, its space trimmed off"
    );
    assert_eq!(second.claim.parts, [at("on roads")]);
    for half in [&first.claim, &second.claim] {
        assert_eq!(half.appearances, [[half.start, half.end]]);
        assert_eq!(half.kind, ClaimType::Quantity);
        assert_eq!(half.claimant, before.claimant);
    }

    let merged = desk
        .merge_claims(first.claim.id, second.claim.id, None)
        .unwrap();
    assert_eq!(
        merged.claim.parts,
        [at("the city"), at("spent $4 million"), at("on roads")],
        "the parts of both, in reading order"
    );
    assert_eq!(
        [merged.claim.start, merged.claim.end],
        [before.start, before.end]
    );
    assert_eq!(merged.claim.appearances, [[before.start, before.end]]);

    // Merging with the bridge claim, further on: the parts of both; the span covers both.
    let bridge = desk.store().claims(&ClaimFilter::default()).unwrap()[1]
        .claim
        .clone();
    let both = desk.merge_claims(merged.claim.id, bridge.id, None).unwrap();
    assert_eq!(
        both.claim.parts,
        [
            at("the city"),
            at("spent $4 million"),
            at("on roads"),
            [bridge.start, bridge.end]
        ]
    );
    assert_eq!(
        both.claim.appearances[0],
        [both.claim.start, both.claim.end]
    );
}

#[test]
fn merging_keeps_the_other_places_a_fact_is_stated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claimdesk.db");
    let mut x = extraction();
    // The bridge claim is also stated at the end of the article, outside any merged span.
    let repeat = at("Officials later repeated");
    x.claims[1].appearances.push(repeat);
    let mut store = Store::open(&path).unwrap();
    store.import(&article(), &x, "alice").unwrap();
    drop(store);
    let mut desk = desk_on(&path);
    let claims = desk.store().claims(&ClaimFilter::default()).unwrap();
    let (mayor, bridge) = (&claims[0].claim, &claims[1].claim);
    let merged = desk.merge_claims(mayor.id, bridge.id, None).unwrap().claim;
    let mayor_repeat = mayor.appearances[1];
    assert_eq!(merged.start, mayor.start);
    assert_eq!(merged.end, bridge.end);
    assert_eq!(
        merged.appearances,
        [[merged.start, merged.end], repeat, mayor_repeat],
        "the merged span first, then the other places once each, in reading order"
    );
}

#[test]
fn a_claimant_is_set_and_cleared_through_the_desk_with_an_event_each_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claimdesk.db");
    drop(import(&path));
    let mut desk = desk_on(&path);
    let bridge = desk.store().claims(&ClaimFilter::default()).unwrap()[1]
        .claim
        .clone();
    let nasa = Claimant {
        name: "  City Transport Department ".into(),
        kind: ClaimantKind::Organization,
    };
    let set = desk
        .set_claimant(bridge.id, Some(&nasa), Some(bridge.version))
        .unwrap();
    assert_eq!(
        set.claim.claimant,
        Some(Claimant {
            name: "City Transport Department".into(),
            kind: ClaimantKind::Organization
        })
    );
    assert!(set.claim.version > bridge.version);
    // A stale version is refused and changes nothing.
    assert!(
        desk.set_claimant(bridge.id, None, Some(bridge.version))
            .is_err()
    );
    let cleared = desk.set_claimant(bridge.id, None, None).unwrap();
    assert_eq!(cleared.claim.claimant, None);

    let events: Vec<_> = desk
        .store()
        .events(Some(bridge.id))
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "claim-claimant")
        .collect();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].actor, "alice");
    assert_eq!(events[0].before.as_ref().unwrap()["claimant"], Value::Null);
    assert_eq!(
        events[0].after.as_ref().unwrap()["claimant"]["name"],
        "City Transport Department"
    );
    assert_eq!(
        events[0].after.as_ref().unwrap()["claimant"]["kind"],
        "organization"
    );
    assert_eq!(events[1].after.as_ref().unwrap()["claimant"], Value::Null);

    // Bad names are bad input, and change nothing.
    let version = desk.store().claim(bridge.id).unwrap().claim.version;
    for name in ["   ", "Two\nlines", &"x".repeat(201)] {
        let bad = Claimant {
            name: name.into(),
            kind: ClaimantKind::Person,
        };
        let err = desk.set_claimant(bridge.id, Some(&bad), None).unwrap_err();
        assert_eq!(err.exit_code(), 2, "{err}");
    }
    assert_eq!(
        desk.store().claim(bridge.id).unwrap().claim.version,
        version
    );
}

/// A database at schema version 4 (before this contract), with claims in it, is brought to the
/// current version: each claim rests on its whole span, stated once, by the article, of type
/// `other`; its events are all there and a claimant can be set.
#[test]
fn a_version_4_database_migrates_with_defaults_for_its_claims() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.db");
    let mut conn = Connection::open(&path).unwrap();
    for (n, m) in MIGRATIONS[..4].iter().enumerate() {
        let tx = conn.transaction().unwrap();
        tx.execute_batch(m.sql).unwrap();
        tx.pragma_update(None, "user_version", n as i64 + 1)
            .unwrap();
        tx.commit().unwrap();
    }
    conn.execute_batch(&format!(
        "INSERT INTO articles (title, imported_at, sha256, text)
           VALUES ('Roads', '2026-01-01T00:00:00Z', '{}', '{}');
         INSERT INTO claims (article_id, text, start, \"end\", sentence, score, cues, created_at, updated_at)
           VALUES (1, 'The bridge opened in 1937.', 97, 123, 1, 0.5, '[]', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                  (1, 'Mayor', 0, 5, 0, 0.5, '[]', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
         INSERT INTO events (at, actor, action, entity, entity_id, claim_id, before, after)
           VALUES ('2026-01-01T00:00:00Z', 'alice', 'import', 'article', 1, NULL, NULL, '{{}}'),
                  ('2026-01-01T00:00:01Z', 'alice', 'article-edit', 'article', 1, NULL, '{{}}', '{{}}');",
        claimdesk::store::sha256_hex(TEXT),
        TEXT
    ))
    .unwrap();
    drop(conn);

    let store = Store::open(&path).unwrap();
    let version: i64 = store
        .connection()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, MIGRATIONS.len() as i64);
    let claims = store.claims(&ClaimFilter::default()).unwrap();
    assert_eq!(claims.len(), 2);
    for c in &claims {
        let c = &c.claim;
        assert_eq!(c.parts, [[c.start, c.end]]);
        assert_eq!(c.appearances, [[c.start, c.end]]);
        assert_eq!(c.claimant, None);
        assert_eq!(c.kind, ClaimType::Other);
    }
    // What the migration wrote is in the columns, not only filled in when read.
    let stored: String = store
        .connection()
        .query_row("SELECT parts FROM claims WHERE id = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, "[[97,123]]");
    let events = store.events(None).unwrap();
    assert_eq!(
        events.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["import", "article-edit"]
    );
    drop(store);
    let mut desk = desk_on(&path);
    let bob = Claimant {
        name: "Bob".into(),
        kind: ClaimantKind::Person,
    };
    desk.set_claimant(1, Some(&bob), None).unwrap();
    assert_eq!(desk.store().events(Some(1)).unwrap().len(), 1);
}

// The real binary.

/// A desk holding the made-up article, imported through `import-report` from a bundle: the only
/// way, until the extractor fills them, to bring in claims with parts, a claimant and a type.
fn desk_with_roads() -> Desk {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("source.db");
    let store = import(&path);
    let report = store.report(None, None).unwrap();
    let bundle = claimdesk::report::json::render(&report);
    let desk = Desk::new();
    let file = desk.path("roads.json");
    std::fs::write(&file, bundle).unwrap();
    desk.ok("alice", &["import-report", file.to_str().unwrap()]);
    desk
}

fn claim_id(desk: &Desk, kind: &str) -> String {
    let claims = desk.claims();
    claims
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["type"] == kind)
        .unwrap_or_else(|| panic!("no claim of type {kind}: {claims}"))["id"]
        .to_string()
}

#[test]
fn claims_and_show_print_the_claimant_and_type_and_filter_by_type() {
    let desk = desk_with_roads();
    let listed = desk.ok("alice", &["claims"]);
    let mayor_line = listed.lines().find(|l| l.contains("$4 million")).unwrap();
    assert!(mayor_line.contains("quantity"), "{mayor_line}");
    assert!(mayor_line.contains("[Mayor Linda Park] "), "{mayor_line}");
    let bridge_line = listed.lines().find(|l| l.contains("1937")).unwrap();
    assert!(
        bridge_line.contains("time") && !bridge_line.contains('['),
        "{bridge_line}"
    );

    let only = desk.json(&["claims", "--type", "quantity", "--json"]);
    let only = only.as_array().unwrap();
    assert_eq!(only.len(), 1);
    assert_eq!(only[0]["claimant"]["name"], "Mayor Linda Park");
    assert_eq!(only[0]["claimant"]["kind"], "person");
    assert_eq!(only[0]["type"], "quantity");
    let parts: Vec<[usize; 2]> = serde_json::from_value(only[0]["parts"].clone()).unwrap();
    assert_eq!(parts, [at("the city"), at("spent $4 million on roads")]);
    assert_eq!(only[0]["appearances"].as_array().unwrap().len(), 2);
    assert!(
        desk.json(&["claims", "--type", "quote", "--json"])
            .as_array()
            .unwrap()
            .is_empty()
    );

    let id = claim_id(&desk, "quantity");
    let shown = desk.ok("alice", &["show", &id]);
    assert!(shown.contains("type: quantity"), "{shown}");
    assert!(
        shown.contains("claimant: Mayor Linda Park (person)"),
        "{shown}"
    );
    let [a, b] = at("the city");
    let [c, d] = at("spent $4 million on roads");
    assert!(
        shown.contains(&format!("parts: {a}..{b}, {c}..{d}")),
        "{shown}"
    );
    assert!(shown.contains("appearances: "), "{shown}");
    assert!(shown.contains("stated: 2 times"), "{shown}");
    let json = desk.json(&["show", &id, "--json"]);
    assert_eq!(json["claimant"]["name"], "Mayor Linda Park");
    assert_eq!(json["type"], "quantity");

    let bridge = claim_id(&desk, "time");
    let shown = desk.ok("alice", &["show", &bridge]);
    assert!(shown.contains("claimant: the article itself"), "{shown}");

    // An unknown type is a usage error that names the types.
    let out = desk.run("alice", &["claims", "--type", "opinion"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("quantity") && err.contains("policy"), "{err}");
}

#[test]
fn the_claimant_is_set_and_cleared_from_the_command_line() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("355 days");
    let out = desk.ok(
        "alice",
        &[
            "claim",
            "claimant",
            &id,
            "--name",
            "NASA officials",
            "--kind",
            "organization",
        ],
    );
    assert!(out.contains("NASA officials (organization)"), "{out}");
    let json = desk.json(&["show", &id, "--json"]);
    assert_eq!(json["claimant"]["name"], "NASA officials");
    assert_eq!(json["claimant"]["kind"], "organization");
    let log = desk.json(&["log", "--claim", &id, "--json"]);
    let last = log.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "claim-claimant");
    assert_eq!(last["after"]["claimant"]["name"], "NASA officials");

    // Refused, exit 2, nothing changed: a name without a kind, an unknown kind, an empty name,
    // a name and --clear together.
    let before = desk.ok("alice", &["log", "--json"]);
    for args in [
        vec!["--name", "Bob"],
        vec!["--name", "Bob", "--kind", "robot"],
        vec!["--name", "  ", "--kind", "person"],
        vec!["--name", "Bob", "--kind", "person", "--clear"],
        vec![],
    ] {
        let mut all = vec!["claim", "claimant", id.as_str()];
        all.extend(args.iter());
        let out = desk.run("alice", &all);
        assert_eq!(out.status.code(), Some(2), "{all:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count().min(1), 1, "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    assert_eq!(desk.ok("alice", &["log", "--json"]), before);

    let out = desk.ok("alice", &["claim", "claimant", &id, "--clear", "--json"]);
    let cleared: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(cleared["claimant"], Value::Null);
    assert!(
        desk.ok("alice", &["show", &id])
            .contains("claimant: the article itself")
    );
}

#[test]
fn a_bundle_of_release_1_imports_with_defaults_and_exports_as_contract_2() {
    let desk = Desk::new();
    let old = "fixtures/bundles/claimdesk-1.json";
    let v1: Value = serde_json::from_str(&std::fs::read_to_string(old).unwrap()).unwrap();
    assert_eq!(v1["format"], "claimdesk/1");
    assert!(v1["articles"][0]["claims"][0].get("parts").is_none());
    desk.ok("alice", &["import-report", old]);
    let claims = desk.claims();
    let claims = claims.as_array().unwrap();
    assert_eq!(claims.len(), 39);
    for c in claims {
        let span = serde_json::json!([[c["start"], c["end"]]]);
        assert_eq!(c["parts"], span, "{c}");
        assert_eq!(c["appearances"], span, "{c}");
        assert_eq!(c["claimant"], Value::Null);
        assert_eq!(c["type"], "other");
    }
    let verdicts: usize = v1["articles"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["verdicts"].as_array().unwrap().len())
        .sum();
    assert!(verdicts > 0);
    let bundle = desk.json(&["export", "--format", "json"]);
    assert_eq!(bundle["format"], "claimdesk/3");
    let got: usize = bundle["articles"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["verdicts"].as_array().unwrap().len())
        .sum();
    assert_eq!(got, verdicts);
}

#[test]
fn a_bundle_round_trips_parts_claimant_type_and_appearances() {
    let desk = desk_with_roads();
    let bundle = desk.json(&["export", "--format", "json"]);
    assert_eq!(bundle["format"], "claimdesk/3");
    let other = desk.sibling();
    let file = other.path("bundle.json");
    std::fs::write(&file, bundle.to_string()).unwrap();
    other.ok("bob", &["import-report", file.to_str().unwrap()]);
    let strip = |v: Value| -> Vec<Value> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| {
                serde_json::json!([
                    c["parts"],
                    c["claimant"],
                    c["type"],
                    c["appearances"],
                    c["text"]
                ])
            })
            .collect()
    };
    assert_eq!(strip(other.claims()), strip(desk.claims()));
    assert_eq!(strip(other.claims())[0][2], "quantity");

    // A part outside the article is a damaged bundle: refused, nothing imported.
    let mut bad = bundle.clone();
    bad["articles"][0]["claims"][0]["parts"] = serde_json::json!([[0, 100_000]]);
    let third = desk.sibling();
    let file = third.path("bad.json");
    std::fs::write(&file, bad.to_string()).unwrap();
    let out = third.run("bob", &["import-report", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a part of claim"), "{err}");
    assert_eq!(third.article_count(), 0);
}

#[test]
fn claimreview_names_the_claimant_as_the_author_of_the_claim() {
    let desk = desk_with_roads();
    let mayor = claim_id(&desk, "quantity");
    let bridge = claim_id(&desk, "time");
    for id in [&mayor, &bridge] {
        desk.ok(
            "alice",
            &[
                "source",
                "add",
                id,
                "--url",
                "https://example.org/budget",
                "--stance",
                "supports",
            ],
        );
        desk.ok("alice", &["verdict", id, "true"]);
    }
    let reviews: Value =
        serde_json::from_str(&desk.ok("alice", &["export", "--format", "claimreview"])).unwrap();
    let author = |needle: &str| {
        reviews
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["claimReviewed"].as_str().unwrap().contains(needle))
            .unwrap()["itemReviewed"]["author"]
            .clone()
    };
    assert_eq!(
        author("$4 million"),
        serde_json::json!({"@type": "Person", "name": "Mayor Linda Park"})
    );
    // The bridge claim has no claimant and the article no author or URL: no author.
    assert_eq!(author("1937"), Value::Null);
    desk.ok(
        "alice",
        &[
            "claim",
            "claimant",
            &bridge,
            "--name",
            "City Hall",
            "--kind",
            "organization",
        ],
    );
    let reviews: Value =
        serde_json::from_str(&desk.ok("alice", &["export", "--format", "claimreview"])).unwrap();
    let bridge_review = reviews
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["claimReviewed"].as_str().unwrap().contains("1937"))
        .unwrap();
    assert_eq!(
        bridge_review["itemReviewed"]["author"],
        serde_json::json!({"@type": "Organization", "name": "City Hall"})
    );
}

/// Without a claimant, the claim's author is the article's author, a person; without an author,
/// the publisher's host, an organization.
#[test]
fn claimreview_falls_back_to_the_article_s_author_then_its_publisher() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("claimdesk.db")).unwrap();
    let mut x = extraction();
    x.claims[0].claimant = None;
    let mut new = article();
    new.author = Some("Jane Reporter".into());
    new.url = Some("https://news.example.com/roads".into());
    store.import(&new, &x, "alice").unwrap();
    let mut report = store.report(None, None).unwrap();
    for c in &mut report.articles[0].claims {
        c.verdict = Some(claimdesk::model::Verdict {
            id: 1,
            claim_id: c.claim.id,
            rating: "true".into(),
            rationale: String::new(),
            reviewer: "alice".into(),
            at: "2026-01-01T00:00:00Z".into(),
            uid: format!("uid-{}", c.claim.id),
            evidence_needed: Some(0),
            recheck: false,
            withdrawn_at: None,
            reused_from: None,
        });
        c.claim.status = claimdesk::model::Status::Reviewed;
    }
    let authors = |report: &claimdesk::model::Report| -> Vec<Value> {
        let out = claimdesk::report::claimreview::render(report, &Config::default());
        let reviews: Value = serde_json::from_str(&out.text).unwrap();
        reviews
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["itemReviewed"]["author"].clone())
            .collect()
    };
    let person = serde_json::json!({"@type": "Person", "name": "Jane Reporter"});
    assert_eq!(authors(&report), [person.clone(), person]);
    report.articles[0].article.author = None;
    let host = serde_json::json!({"@type": "Organization", "name": "news.example.com"});
    assert_eq!(authors(&report), [host.clone(), host]);
}

#[test]
fn extract_json_carries_the_fields_of_contract_2() {
    let desk = Desk::new();
    let out = desk.ok(
        "alice",
        &[
            "extract",
            common::FIXTURE,
            "--published",
            "2022-03-13",
            "--json",
        ],
    );
    let x: Value = serde_json::from_str(&out).unwrap();
    let claims = x["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for c in claims {
        let (start, end) = (c["start"].as_u64().unwrap(), c["end"].as_u64().unwrap());
        let parts: Vec<[u64; 2]> = serde_json::from_value(c["parts"].clone()).unwrap();
        assert!(!parts.is_empty(), "{c}");
        assert!(
            parts.iter().all(|&[s, e]| start <= s && s < e && e <= end),
            "{c}"
        );
        let appearances: Vec<[u64; 2]> = serde_json::from_value(c["appearances"].clone()).unwrap();
        assert_eq!(appearances[0], [start, end], "{c}");
        assert!(
            ClaimType::parse(c["type"].as_str().unwrap()).is_some(),
            "{c}"
        );
        assert!(
            c["claimant"].is_null() || c["claimant"]["name"].is_string(),
            "{c}"
        );
    }
}

/// The reports say who makes each claim and what sort of fact it is: HTML and Markdown in words,
/// CSV in columns of their own.
#[test]
fn the_reports_name_the_claimant_and_the_type() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("355 days");
    desk.ok(
        "alice",
        &[
            "claim", "claimant", &id, "--name", "Jane Roe", "--kind", "person",
        ],
    );
    desk.ok(
        "alice",
        &["source", "add", &id, "--url", "https://www.nasa.gov/x"],
    );
    desk.ok("alice", &["verdict", &id, "true"]);
    let kind = desk.json(&["show", &id, "--json"])["type"]
        .as_str()
        .unwrap()
        .to_string();
    let html = desk.ok("alice", &["export", "--format", "html"]);
    assert!(
        html.contains(&format!("Claimed by Jane Roe (person) · {kind}")),
        "html"
    );
    let md = desk.ok("alice", &["export", "--format", "markdown"]);
    assert!(md.contains(&format!("Claimed by Jane Roe (person) · {kind}")));
    assert!(
        md.contains("Claimed by the article"),
        "the others: the article"
    );
    let csv = desk.ok("alice", &["export", "--format", "csv"]);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = rows
        .records()
        .map(Result::unwrap)
        .find(|r| r[col("claim_id")] == *id)
        .unwrap();
    assert_eq!(&row[col("claimant")], "Jane Roe");
    assert_eq!(&row[col("claimant_kind")], "person");
    assert_eq!(&row[col("type")], kind);
}
