//! Blind panels and agreement through the real binary: `config.toml` `[panel]`, what a reviewer
//! sees before and after giving a verdict, the panel's rule settling a claim, and `agreement`.

mod common;

use common::Desk;
use serde_json::Value;

fn panel(desk: &Desk, size: usize, rule: &str) {
    std::fs::write(
        desk.config(),
        format!("[panel]\nsize = {size}\nblind = true\nrule = \"{rule}\"\n"),
    )
    .unwrap();
}

fn show(desk: &Desk, who: &str, claim: &str) -> Value {
    serde_json::from_str(&desk.ok(who, &["show", claim, "--json"])).unwrap()
}

fn status(desk: &Desk, who: &str, claim: &str) -> String {
    show(desk, who, claim)["status"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The first `n` claims of the fixture, each with a piece of evidence.
fn claims_with_evidence(desk: &Desk, n: usize) -> Vec<String> {
    desk.import_fixture();
    let ids: Vec<String> = desk.claims().as_array().unwrap()[..n]
        .iter()
        .map(|c| c["id"].to_string())
        .collect();
    for id in &ids {
        desk.ok(
            "alice",
            &["source", "add", id, "--url", "https://example.org/a"],
        );
    }
    ids
}

#[test]
fn a_blind_panel_of_two_hides_the_other_verdict_until_one_s_own_and_settles_unanimously() {
    let desk = Desk::new();
    panel(&desk, 2, "unanimous");
    let ids = claims_with_evidence(&desk, 1);
    let c = &ids[0];
    let said = desk.ok(
        "alice",
        &["verdict", c, "false", "--rationale", "Wrong year"],
    );
    assert!(said.contains("waits for the panel: 1 of 2"), "{said}");
    // One reviewer of two: still in review, for everyone.
    assert_eq!(status(&desk, "alice", c), "in-review");
    // Bob has not rated it: he sees no verdict, in show, in the list, or in the human output.
    let seen = show(&desk, "bob", c);
    assert_eq!(seen["verdicts"], serde_json::json!([]));
    assert_eq!(seen["verdict"], Value::Null);
    let listed: Value = serde_json::from_str(&desk.ok("bob", &["claims", "--json"])).unwrap();
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"].as_i64() == c.parse::<i64>().ok())
        .unwrap();
    assert_eq!(row["verdict"], Value::Null);
    let text = desk.ok("bob", &["show", c]);
    assert!(
        !text.contains("Wrong year") && text.contains("blind"),
        "{text}"
    );
    let text = desk.ok("bob", &["claims"]);
    assert!(!text.contains("false"), "{text}");

    // Bob disagrees: disputed; now he sees both.
    desk.ok("bob", &["verdict", c, "mostly-false"]);
    assert_eq!(status(&desk, "bob", c), "disputed");
    assert_eq!(
        show(&desk, "bob", c)["verdicts"].as_array().unwrap().len(),
        2
    );
    // Carol, not on it yet, sees neither, and no dispute.
    assert_eq!(status(&desk, "carol", c), "in-review");
    assert_eq!(show(&desk, "carol", c)["verdicts"], serde_json::json!([]));
    // Bob comes round: unanimous, reviewed.
    desk.ok("bob", &["verdict", c, "false"]);
    assert_eq!(status(&desk, "alice", c), "reviewed");
}

#[test]
fn a_majority_panel_of_three_settles_on_the_majority_rating_and_reports_publish_it() {
    let desk = Desk::new();
    panel(&desk, 3, "majority");
    let ids = claims_with_evidence(&desk, 1);
    let c = &ids[0];
    desk.ok("alice", &["verdict", c, "false"]);
    desk.ok("bob", &["verdict", c, "false"]);
    assert_eq!(status(&desk, "alice", c), "in-review");
    desk.ok("carol", &["verdict", c, "mostly-false"]);
    assert_eq!(status(&desk, "alice", c), "reviewed");
    // The latest verdict is carol's; the panel's rating is the majority's.
    let csv = desk.ok("alice", &["export", "--format", "csv"]);
    let line = csv
        .lines()
        .find(|l| l.starts_with(&format!("{c},")))
        .unwrap_or_else(|| csv.lines().nth(1).unwrap());
    assert!(
        line.contains(",false,") && !line.contains("mostly-false"),
        "{line}"
    );
    // Three different ratings: no majority, disputed.
    desk.ok("bob", &["verdict", c, "half-true"]);
    assert_eq!(status(&desk, "alice", c), "disputed");
}

#[test]
fn a_panel_in_the_config_is_checked() {
    let desk = Desk::new();
    desk.import_fixture();
    std::fs::write(desk.config(), "[panel]\nsize = 4\n").unwrap();
    // A config the desk cannot use stops the command before anything changes (as any error in
    // config.toml does).
    let out = desk.run("alice", &["verdict", "1", "true"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 or 3"));
    std::fs::write(desk.config(), "[panel]\nsize = 2\nrule = \"most\"\n").unwrap();
    let out = desk.run("alice", &["verdict", "1", "true"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("majority"));
    assert!(
        desk.json(&["log", "--json"])
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["action"] != "verdict")
    );
}

#[test]
fn agreement_gives_kappa_per_pair_alpha_for_the_desk_and_the_confusion() {
    let desk = Desk::new();
    let ids = claims_with_evidence(&desk, 4);
    let out = desk.ok("alice", &["agreement"]);
    assert!(
        out.contains("no claim has verdicts from two reviewers"),
        "{out}"
    );
    // alice: true false true false; bob: true false false false.
    // p_o = 3/4, p_e = (2/4)(1/4) + (2/4)(3/4) = 1/2, kappa = 0.5. Alpha (nominal): o_tt = 2,
    // o_ff = 4, o_tf = o_ft = 1; n_t = 3, n_f = 5, n = 8: 1 - 7 * 2 / (2 * 3 * 5) = 8/15.
    for (id, (a, b)) in ids.iter().zip([
        ("true", "true"),
        ("false", "false"),
        ("true", "false"),
        ("false", "false"),
    ]) {
        desk.ok("alice", &["verdict", id, a]);
        desk.ok("bob", &["verdict", id, b]);
    }
    let a = desk.json(&["agreement", "--json"]);
    assert_eq!(a["reviewers"], serde_json::json!(["alice", "bob"]));
    assert_eq!(a["claims"], 4);
    let pair = &a["pairs"][0];
    assert_eq!(
        (pair["claims"].as_u64(), pair["agreed"].as_u64()),
        (Some(4), Some(3))
    );
    assert!(
        (pair["kappa"].as_f64().unwrap() - 0.5).abs() < 1e-9,
        "{pair}"
    );
    assert!(
        (a["alpha"].as_f64().unwrap() - 8.0 / 15.0).abs() < 1e-9,
        "{a}"
    );
    let ratings: Vec<&str> = a["ratings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    let (t, f) = (
        ratings.iter().position(|r| *r == "true").unwrap(),
        ratings.iter().position(|r| *r == "false").unwrap(),
    );
    assert_eq!(pair["confusion"][t][t], 1);
    assert_eq!(pair["confusion"][t][f], 1);
    assert_eq!(pair["confusion"][f][f], 2);
    assert_eq!(pair["confusion"][f][t], 0);
    let human = desk.ok("alice", &["agreement"]);
    assert!(
        human.contains("alpha (nominal): 0.533") && human.contains("kappa 0.500"),
        "{human}"
    );
}

#[test]
fn import_report_settles_merged_verdicts_by_this_desk_s_panel() {
    // Desk A has no panel: two reviewers who agree make the claim reviewed.
    let a = Desk::new();
    let ids = claims_with_evidence(&a, 1);
    let c = &ids[0];
    a.ok("alice", &["verdict", c, "false"]);
    a.ok("bob", &["verdict", c, "false"]);
    assert_eq!(status(&a, "alice", c), "reviewed");
    let bundle = a.path("bundle.json");
    a.ok(
        "alice",
        &["export", "--format", "json", "-o", bundle.to_str().unwrap()],
    );

    // Desk B's panel is three reviewers: merged, the claim waits for the third.
    let b = Desk::new();
    panel(&b, 3, "unanimous");
    b.ok("carol", &["import-report", bundle.to_str().unwrap()]);
    let merged = b.json(&["claims", "--json"]);
    let row = merged.as_array().unwrap()[0]["id"].to_string();
    assert_eq!(status(&b, "carol", &row), "in-review");
    b.ok("carol", &["verdict", &row, "false"]);
    assert_eq!(status(&b, "carol", &row), "reviewed");
}
