//! The operations layer on a real database: what the command line and the workbench both call.

use claimdesk::config::Config;
use claimdesk::desk::{self, ArticleChanges, ArticleMeta, Desk, ExportRequest, Locate, SplitAt};
use claimdesk::error::Error;
use claimdesk::report::Format;
use std::path::PathBuf;

const FIXTURE: &str = "fixtures/vande-hei-soyuz.txt";

fn desk_with_fixture(published: Option<&str>) -> (tempfile::TempDir, Desk, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::open(&dir.path().join("d.db"), Config::default(), "alice").unwrap();
    let meta = ArticleMeta {
        published: published.map(|p| desk::parse_date(p, "--published").unwrap()),
        ..ArticleMeta::default()
    };
    let run = desk
        .import_files(&[PathBuf::from(FIXTURE)], &meta, |_| {})
        .unwrap();
    let id = run.imported[0].1.id;
    (dir, desk, id)
}

#[test]
fn a_claim_added_by_typed_words_spans_the_article_s_typographic_text() {
    let (_dir, mut desk, article) = desk_with_fixture(Some("2022-03-13"));
    let added = desk
        .add_claim(
            article,
            &Locate::parse("Vande Hey's last tweet was on February 21"),
        )
        .unwrap();
    assert_eq!(
        added.claim.text,
        "Vande Hey’s last tweet was on February 21"
    );
    assert_eq!(added.claim.origin, "manual");
    let err = desk
        .add_claim(article, &Locate::Quote("the".into()))
        .unwrap_err();
    assert!(matches!(err, Error::BadInput(_)), "{err}");
    assert_eq!(err.exit_code(), 2);
}

#[test]
fn a_split_before_typed_words_cuts_where_they_start() {
    let (_dir, mut desk, article) = desk_with_fixture(Some("2022-03-13"));
    let added = desk
        .add_claim(
            article,
            &Locate::Quote("Vande Hey's last tweet was on February 21, when he shared".into()),
        )
        .unwrap();
    let (first, second) = desk
        .split_claim(
            added.claim.id,
            &SplitAt::parse("when he shared"),
            Some(added.claim.version),
        )
        .unwrap();
    assert_eq!(
        first.claim.text,
        "Vande Hey’s last tweet was on February 21,"
    );
    assert_eq!(second.claim.text, "when he shared");
}

#[test]
fn a_stale_version_is_refused_through_the_desk() {
    let (_dir, mut desk, article) = desk_with_fixture(Some("2022-03-13"));
    let claim = desk.store().claim_rows(Some(article)).unwrap()[0].id;
    let v = desk.store().claim(claim).unwrap().claim.version;
    desk.edit_claim(claim, "New words.", Some(v)).unwrap();
    let err = desk.edit_claim(claim, "Other words.", Some(v)).unwrap_err();
    assert!(err.to_string().contains("since you read it"), "{err}");
    assert_eq!(err.exit_code(), 1);
}

#[test]
fn setting_the_publication_date_resolves_the_article_s_relative_dates() {
    let (_dir, mut desk, article) = desk_with_fixture(None);
    let unresolved = |d: &Desk| {
        d.store()
            .values_of_article(article)
            .unwrap()
            .iter()
            .filter(|v| v.value.is_none())
            .count()
    };
    let before = unresolved(&desk);
    assert!(before > 0, "without a date some values cannot be resolved");
    let changes = ArticleChanges {
        published: Some(desk::parse_date("2022-03-13", "--published").unwrap()),
        title: Some("Soyuz return".into()),
        url: None,
    };
    let (a, changed) = desk.set_article(article, &changes).unwrap();
    assert_eq!(a.published.as_deref(), Some("2022-03-13"));
    assert_eq!(a.title, "Soyuz return");
    assert!(changed > 0);
    assert!(unresolved(&desk) < before);
    // What a fresh import with the date gives, the corrected article now holds.
    let (_d2, fresh, a2) = desk_with_fixture(Some("2022-03-13"));
    let values = |d: &Desk, id| {
        d.store()
            .values_of_article(id)
            .unwrap()
            .into_iter()
            .map(|v| (v.start, v.end, v.value))
            .collect::<Vec<_>>()
    };
    assert_eq!(values(&desk, article), values(&fresh, a2));
    let events = desk.store().events(None).unwrap();
    let last = events.last().unwrap();
    assert_eq!(
        (last.action.as_str(), last.entity_id),
        ("article-edit", article)
    );
    // A javascript: address, an empty title and nothing at all are refused.
    for bad in [
        ArticleChanges {
            url: Some("javascript:alert(1)".into()),
            ..ArticleChanges::default()
        },
        ArticleChanges {
            title: Some("  ".into()),
            ..ArticleChanges::default()
        },
        ArticleChanges::default(),
    ] {
        assert!(desk.set_article(article, &bad).is_err(), "{bad:?}");
    }
}

#[test]
fn an_export_to_a_path_is_written_whole_and_a_missing_folder_is_refused() {
    let (dir, desk, article) = desk_with_fixture(Some("2022-03-13"));
    let request = ExportRequest {
        format: Format::Markdown,
        article: Some(article),
        status: None,
        options: Default::default(),
    };
    let path = dir.path().join("r.md");
    desk.export(&request, &path).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        desk.render(&request).unwrap().text
    );
    let err = desk
        .export(&request, &dir.path().join("missing/r.md"))
        .unwrap_err();
    assert!(err.to_string().starts_with("cannot write"), "{err}");
}
