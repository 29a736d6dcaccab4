//! A workbench over several small made-up articles, for the TUI tests.

use claimdesk::model::Scale;
use claimdesk::store::{NewArticle, Store};
use claimdesk::tui::{Theme, Workbench};

/// Three short articles, each with checkable values, so each gives claims.
pub const ARTICLES: [(&str, &str); 3] = [
    ("First", "The tower is 300 metres tall. It opened in 1889."),
    (
        "Second",
        "Revenue rose 12% in 2021. The firm has 4,000 staff.",
    ),
    (
        "Third",
        "The bridge is 1,280 metres long. It opened in 1937.",
    ),
];

/// The workbench over all articles of a fresh database holding the first `n` of `ARTICLES`.
pub fn app_over_articles(dir: &tempfile::TempDir, n: usize) -> Workbench {
    let mut store = Store::open(&dir.path().join("claimdesk.db")).unwrap();
    for (title, text) in &ARTICLES[..n] {
        let extraction = claimdesk::extract::extract(text, None);
        let new = NewArticle {
            title: (*title).into(),
            text: (*text).into(),
            ..NewArticle::default()
        };
        store.import(&new, &extraction, "tester").unwrap();
    }
    Workbench::new(
        store,
        "tester".into(),
        None,
        Scale::default(),
        Theme::default(),
    )
    .unwrap()
}
