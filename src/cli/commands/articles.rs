//! `articles` and `article set`.

use super::Session;
use crate::cli::args::ArticleCommand;
use crate::cli::output::{Out, cut, say, with_field};
use crate::desk::{self, ArticleChanges};
use crate::error::Result;
use crate::store::OpenMode;

pub fn list(session: &Session, json: bool) -> Result<()> {
    let desk = session.desk(OpenMode::ReadOnly)?;
    let articles = desk.store().articles()?;
    Out::stdout().emit(json, &articles, |out| {
        if articles.is_empty() {
            return say!(
                out,
                "No articles yet; import one with `claimdesk import FILE`."
            );
        }
        say!(
            out,
            "{:>4}  {:>6}  {:>8}  {:<10}  TITLE",
            "ID",
            "CLAIMS",
            "REVIEWED",
            "PUBLISHED"
        )?;
        for a in &articles {
            say!(
                out,
                "{:>4}  {:>6}  {:>8}  {:<10}  {}",
                a.id,
                a.claim_count,
                a.reviewed,
                a.published.as_deref().map_or("-".into(), |p| cut(p, 10)),
                cut(&a.title, 80)
            )?;
        }
        Ok(())
    })
}

pub fn change(session: &Session, command: ArticleCommand) -> Result<()> {
    let ArticleCommand::Set {
        article_id,
        title,
        url,
        published,
        json,
    } = command;
    let changes = ArticleChanges {
        title,
        url,
        published: published
            .as_deref()
            .map(|d| desk::parse_date(d, "--published"))
            .transpose()?,
    };
    let mut desk = session.desk(OpenMode::Existing)?;
    let (article, revalued) = desk.set_article(article_id, &changes)?;
    let record = with_field(&article, "values_changed", revalued);
    Out::stdout().saved(format!("article {}", article.id), json, &record, |out| {
        say!(
            out,
            "article {}: {} (published {}); {revalued} value{} resolved again",
            article.id,
            cut(&article.title, 80),
            article
                .published
                .as_deref()
                .map_or("-".into(), |p| cut(p, 10)),
            if revalued == 1 { "" } else { "s" }
        )
    })
}
