//! Finding and counting claims fast: full-text search (SQLite FTS5 over claim wording, evidence
//! quotes and verdict rationales), the light rows the workbench lists, and review counts.

use super::rows::{VALUE_COLUMNS, spans, value_row};
use super::{Result, Store, StoreError};
use crate::extract::ClaimType;
use crate::model::{Status, StoredValue};
use rusqlite::types::ValueRef;
use rusqlite::{OptionalExtension, Row, Statement, params};

/// How many characters of a claim's wording a list row keeps: enough for any terminal line.
pub const ROW_TEXT_CHARS: usize = 240;

/// A claim as the workbench lists it: a few fields and the start of its wording, so that a
/// hundred thousand of them fit in a few megabytes. The rest is read for the selected claim only.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow {
    pub id: i64,
    pub article_id: i64,
    pub start: usize,
    pub end: usize,
    pub status: Status,
    pub score: f32,
    /// The rating of the latest verdict, if any.
    pub rating: Option<Box<str>>,
    pub evidence: u32,
    /// The first `ROW_TEXT_CHARS` characters of the wording.
    pub text: Box<str>,
    /// Who makes the claim (None: the article itself).
    pub claimant: Option<Box<str>>,
    /// The sort of fact it states.
    pub kind: ClaimType,
    /// When it is to be checked again (a dated prediction or promise).
    pub recheck_on: Option<chrono::NaiveDate>,
    /// The reviewer it is assigned to (None: nobody).
    pub assignee: Option<Box<str>>,
}

/// Where a claim is marked in its article: the pieces it rests on and the other places that
/// state it (character offsets, end exclusive). Read per article, when its text is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimSpans {
    pub id: i64,
    pub parts: Vec<[usize; 2]>,
    /// The appearances after the claim's own span.
    pub elsewhere: Vec<[usize; 2]>,
}

/// Claims by status and by latest verdict, for the overview.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewCounts {
    pub by_status: Vec<(Status, i64)>,
    /// Per rating (as stored), how many claims have it as their latest verdict.
    pub by_rating: Vec<(String, i64)>,
    /// Each reviewer's queue, by name: (name, claims still open, claims assigned).
    pub by_assignee: Vec<(String, i64, i64)>,
}

impl ReviewCounts {
    pub fn status(&self, status: Status) -> i64 {
        self.by_status
            .iter()
            .find(|(s, _)| *s == status)
            .map_or(0, |(_, n)| *n)
    }

    /// Claims that count for progress (not dismissed) and those with a verdict.
    pub fn progress(&self) -> (i64, i64) {
        let total: i64 = self.by_status.iter().map(|(_, n)| n).sum();
        let counted = total - self.status(Status::Dismissed);
        let reviewed = self.status(Status::Reviewed) + self.status(Status::Disputed);
        (reviewed, counted)
    }
}

const ROW_SQL: &str = "SELECT c.id, c.article_id, c.start, c.\"end\", c.status, c.score,
        substr(c.text, 1, ?3) AS text,
        (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id) AS evidence,
        (SELECT v.rating FROM verdicts v WHERE v.claim_id = c.id AND v.withdrawn_at IS NULL ORDER BY v.created_at DESC, v.uid DESC LIMIT 1) AS rating,
        c.claimant_name, c.type, c.recheck_on, c.assignee
     FROM claims c";

/// `ROW_SQL` for many rows at once: the evidence count and the rating are filled in afterwards
/// from one pass over each of those tables (most claims have neither, and two look-ups per row
/// cost more than the rest of the row).
const ROWS_SQL: &str = "SELECT c.id, c.article_id, c.start, c.\"end\", c.status, c.score,
        substr(c.text, 1, ?3) AS text, 0 AS evidence, NULL AS rating,
        c.claimant_name, c.type, c.recheck_on, c.assignee
     FROM claims c";

/// Evidence per claim (of one article, or of all when `?1` is NULL).
const EVIDENCE_COUNTS_SQL: &str = "SELECT e.claim_id, count(*) FROM evidence e
     WHERE ?1 IS NULL OR e.claim_id IN (SELECT id FROM claims WHERE article_id = ?1)
     GROUP BY e.claim_id";

/// The standing verdicts, each claim's latest last (as `ROW_SQL` picks it).
const RATINGS_SQL: &str = "SELECT v.claim_id, v.rating FROM verdicts v
     WHERE v.withdrawn_at IS NULL
       AND (?1 IS NULL OR v.claim_id IN (SELECT id FROM claims WHERE article_id = ?1))
     ORDER BY v.claim_id, v.created_at, v.uid";

/// Where `ROW_SQL`'s columns are, looked up by name once per statement: the workbench reads a
/// hundred thousand rows, and a lookup by name on every read would cost more than the read.
struct RowColumns {
    id: usize,
    article_id: usize,
    start: usize,
    end: usize,
    status: usize,
    score: usize,
    text: usize,
    evidence: usize,
    rating: usize,
    claimant: usize,
    kind: usize,
    recheck_on: usize,
    assignee: usize,
}

impl RowColumns {
    fn of(stmt: &Statement) -> rusqlite::Result<RowColumns> {
        let at = |name| stmt.column_index(name);
        Ok(RowColumns {
            id: at("id")?,
            article_id: at("article_id")?,
            start: at("start")?,
            end: at("end")?,
            status: at("status")?,
            score: at("score")?,
            text: at("text")?,
            evidence: at("evidence")?,
            rating: at("rating")?,
            claimant: at("claimant_name")?,
            kind: at("type")?,
            recheck_on: at("recheck_on")?,
            assignee: at("assignee")?,
        })
    }

    /// One row, its text columns read in place (a hundred thousand rows: no copy that is not
    /// kept).
    fn claim_row(&self, r: &Row) -> rusqlite::Result<ClaimRow> {
        let text = |i: usize| -> rusqlite::Result<Option<&str>> {
            Ok(match r.get_ref(i)? {
                ValueRef::Null => None,
                v => Some(v.as_str()?),
            })
        };
        let boxed =
            |i: usize| -> rusqlite::Result<Option<Box<str>>> { Ok(text(i)?.map(Box::from)) };
        Ok(ClaimRow {
            id: r.get(self.id)?,
            article_id: r.get(self.article_id)?,
            start: r.get::<_, i64>(self.start)? as usize,
            end: r.get::<_, i64>(self.end)? as usize,
            status: text(self.status)?
                .and_then(Status::parse)
                .unwrap_or(Status::New),
            score: r.get::<_, f64>(self.score)? as f32,
            rating: boxed(self.rating)?,
            evidence: r
                .get::<_, i64>(self.evidence)?
                .clamp(0, i64::from(u32::MAX)) as u32,
            text: boxed(self.text)?.unwrap_or_default(),
            claimant: boxed(self.claimant)?,
            kind: text(self.kind)?
                .and_then(ClaimType::parse)
                .unwrap_or_default(),
            recheck_on: text(self.recheck_on)?
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            assignee: boxed(self.assignee)?,
        })
    }
}

/// Turn what a reviewer typed into an FTS5 query that cannot be a syntax error: every word is
/// quoted (quotes inside doubled), so FTS operators and punctuation are plain text; the last word
/// matches as a prefix while it is being typed. None when there is no word to look for.
pub fn fts_query(input: &str) -> Option<String> {
    let words: Vec<&str> = input
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let last = words.len().checked_sub(1)?;
    let typing = !input.ends_with(char::is_whitespace);
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push('"');
        out.push_str(&w.replace('"', "\"\""));
        out.push('"');
        if i == last && typing {
            out.push('*');
        }
    }
    Some(out)
}

impl Store {
    /// The light rows of the claims of one article (or all), in reading order.
    pub fn claim_rows(&self, article: Option<i64>) -> Result<Vec<ClaimRow>> {
        self.read(|conn| {
            if let Some(id) = article {
                super::articles::article(conn, id)?;
            }
            // Sized once: a vector doubled up to a hundred thousand rows costs more (copies and
            // fresh pages) than this count.
            let count: i64 = match article {
                Some(id) => conn
                    .prepare_cached("SELECT count(*) FROM claims WHERE article_id = ?1")?
                    .query_row([id], |r| r.get(0))?,
                None => conn
                    .prepare_cached("SELECT count(*) FROM claims")?
                    .query_row([], |r| r.get(0))?,
            };
            // One article's by the index on its id (an `OR ?1 IS NULL` would walk every claim).
            let filter = if article.is_some() {
                "c.article_id = ?2"
            } else {
                "?1 IS NULL"
            };
            let mut stmt = conn.prepare_cached(&format!(
                "{ROWS_SQL} WHERE {filter} ORDER BY c.article_id, c.start, c.id"
            ))?;
            let columns = RowColumns::of(&stmt)?;
            let mut rows: Vec<ClaimRow> = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
            for row in stmt.query_map(params![article, article, ROW_TEXT_CHARS as i64], |r| {
                columns.claim_row(r)
            })? {
                rows.push(row?);
            }
            let evidence: Vec<(i64, i64)> = conn
                .prepare_cached(EVIDENCE_COUNTS_SQL)?
                .query_map([article], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut ratings: Vec<(i64, String)> = conn
                .prepare_cached(RATINGS_SQL)?
                .query_map([article], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            if evidence.is_empty() && ratings.is_empty() {
                return Ok(rows);
            }
            // Each claim's latest standing verdict is the last of its run.
            ratings.dedup_by(|later, earlier| {
                let same = later.0 == earlier.0;
                if same {
                    std::mem::swap(later, earlier);
                }
                same
            });
            let at: rustc_hash::FxHashMap<i64, usize> =
                rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
            for (claim, n) in evidence {
                if let Some(&i) = at.get(&claim) {
                    rows[i].evidence = n.clamp(0, i64::from(u32::MAX)) as u32;
                }
            }
            for (claim, rating) in ratings {
                if let Some(&i) = at.get(&claim) {
                    rows[i].rating = Some(rating.into_boxed_str());
                }
            }
            Ok(rows)
        })
    }

    /// The article whose claims the list shows first (the lowest id with a claim), found by the
    /// index without reading the claims.
    pub fn first_claimed_article(&self) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT article_id FROM claims ORDER BY article_id LIMIT 1")?
            .query_row([], |r| r.get(0))
            .optional()?)
    }

    /// One light row, after a change to the claim.
    pub fn claim_row(&self, id: i64) -> Result<ClaimRow> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{ROW_SQL} WHERE c.id = ?1 AND ?2 IS NULL"))?;
        let columns = RowColumns::of(&stmt)?;
        stmt.query_row(
            params![id, Option::<i64>::None, ROW_TEXT_CHARS as i64],
            |r| columns.claim_row(r),
        )
        .optional()?
        .ok_or(StoreError::NotFound { what: "claim", id })
    }

    /// Claims whose wording, evidence quotes or verdict rationales hold every word of `query`
    /// (the last one as a prefix), best match first. Any input is safe: see `fts_query`.
    pub fn search(&self, query: &str) -> Result<Vec<i64>> {
        self.search_in(query, None)
    }

    /// `search`, limited to the claims of one article when given.
    pub fn search_in(&self, query: &str, article: Option<i64>) -> Result<Vec<i64>> {
        let Some(fts) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.claim_id FROM search s JOIN claims c ON c.id = s.claim_id
             WHERE search MATCH ?1 AND (?2 IS NULL OR c.article_id = ?2)
             GROUP BY s.claim_id ORDER BY min(s.rank), s.claim_id",
        )?;
        let ids = stmt.query_map(params![fts, article], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Every value found in an article (in claims or not), in reading order: the workbench marks
    /// them by kind in the article pane. Offsets are characters of the article's text.
    pub fn values_of_article(&self, article_id: i64) -> Result<Vec<StoredValue>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {VALUE_COLUMNS} FROM \"values\" v WHERE v.article_id = ?1 ORDER BY v.start, v.id"
        ))?;
        let values = stmt.query_map([article_id], value_row)?;
        Ok(values.collect::<rusqlite::Result<_>>()?)
    }

    /// The parts and other appearances of every claim of an article, in reading order: the
    /// workbench marks them in the article pane.
    pub fn claim_spans(&self, article_id: i64) -> Result<Vec<ClaimSpans>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.start, c.\"end\", c.parts, c.appearances FROM claims c
             WHERE c.article_id = ?1 ORDER BY c.start, c.id",
        )?;
        let rows = stmt.query_map([article_id], |r| {
            let (start, end) = (
                r.get::<_, i64>("start")?.max(0) as usize,
                r.get::<_, i64>("end")?.max(0) as usize,
            );
            let mut elsewhere = spans(&r.get::<_, String>("appearances")?, start, end);
            // The first appearance is the claim's own span, marked by its parts.
            elsewhere.remove(0);
            Ok(ClaimSpans {
                id: r.get("id")?,
                parts: spans(&r.get::<_, String>("parts")?, start, end),
                elsewhere,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Claims by status and by the rating of their latest verdict, for one article or all.
    pub fn review_counts(&self, article: Option<i64>) -> Result<ReviewCounts> {
        self.read(|conn| {
            let by_status = conn
                .prepare_cached(
                    "SELECT status, count(*) AS n FROM claims WHERE ?1 IS NULL OR article_id = ?1
                     GROUP BY status",
                )?
                .query_map([article], |r| {
                    let s: String = r.get("status")?;
                    Ok((Status::parse(&s).unwrap_or(Status::New), r.get("n")?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let by_rating = conn
                .prepare_cached(
                    "SELECT v.rating, count(*) AS n FROM verdicts v JOIN claims c ON c.id = v.claim_id
                     WHERE (?1 IS NULL OR c.article_id = ?1) AND c.status != 'dismissed'
                       AND v.id = (SELECT max(w.id) FROM verdicts w
                                   WHERE w.claim_id = v.claim_id AND w.withdrawn_at IS NULL)
                     GROUP BY v.rating",
                )?
                .query_map([article], |r| Ok((r.get("rating")?, r.get("n")?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let by_assignee = conn
                .prepare_cached(
                    "SELECT assignee,
                            sum(status IN ('new', 'in-review', 'disputed')) AS open,
                            count(*) AS n
                     FROM claims WHERE assignee IS NOT NULL AND (?1 IS NULL OR article_id = ?1)
                     GROUP BY assignee ORDER BY assignee",
                )?
                .query_map([article], |r| {
                    Ok((r.get("assignee")?, r.get("open")?, r.get("n")?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(ReviewCounts {
                by_status,
                by_rating,
                by_assignee,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ValueKind;
    use crate::store::{NewArticle, NewEvidence, NewSource};

    fn store_with_claims() -> (Store, Vec<i64>) {
        let mut store = Store::open_in_memory().unwrap();
        let text = "The tower is 300 metres tall. It opened in 1889. Revenue rose 12% in 2021.";
        let extraction = crate::extract::extract(text, None);
        let new = NewArticle {
            title: "T".into(),
            text: text.into(),
            ..NewArticle::default()
        };
        let (article, _) = store.import(&new, &extraction, "t").unwrap();
        let ids = store
            .claim_rows(Some(article.id))
            .unwrap()
            .iter()
            .map(|r| r.id)
            .collect();
        (store, ids)
    }

    #[test]
    fn fts5_is_compiled_in() {
        let store = Store::open_in_memory().unwrap();
        let on: bool = store
            .connection()
            .query_row("SELECT sqlite_compileoption_used('ENABLE_FTS5')", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(on);
    }

    #[test]
    fn queries_are_quoted_and_the_last_word_is_a_prefix() {
        assert_eq!(fts_query("tow"), Some("\"tow\"*".into()));
        assert_eq!(fts_query("tower  300 "), Some("\"tower\" \"300\"".into()));
        assert_eq!(fts_query("a\"b OR"), Some("\"a\"\"b\" \"OR\"*".into()));
        assert_eq!(fts_query(" ? - * "), None);
    }

    #[test]
    fn hostile_input_never_fails() {
        let (store, _) = store_with_claims();
        for q in [
            "\"",
            "AND",
            "OR NOT",
            "*",
            "(",
            ")",
            "NEAR(a b)",
            "col:x",
            "^",
            "a\"",
            "-x",
            "'",
            "\u{0}",
            "tower\"*",
            "{a b}",
        ] {
            store.search(q).unwrap_or_else(|e| panic!("{q:?}: {e}"));
        }
    }

    #[test]
    fn search_finds_wording_quotes_and_rationales_and_follows_changes() {
        let (mut store, ids) = store_with_claims();
        let first = ids[0];
        let tower: Vec<i64> = store.search("tow").unwrap();
        assert!(tower.contains(&first), "{tower:?}");
        let new = NewEvidence {
            source: NewSource {
                url: "https://example.org/eiffel".into(),
                ..Default::default()
            },
            quote: Some("Gustave Eiffel built it".into()),
            ..Default::default()
        };
        let e = store.add_evidence(first, &new, "t").unwrap();
        assert_eq!(store.search("gustave").unwrap(), vec![first]);
        store.remove_evidence(e.id, "t", None).unwrap();
        assert!(store.search("gustave").unwrap().is_empty());

        store.add_evidence(first, &new, "t").unwrap();
        let scale = crate::model::Scale::default();
        store
            .add_verdict(first, "true", "Measured by surveyors", "t", &scale)
            .unwrap();
        assert_eq!(store.search("surveyors").unwrap(), vec![first]);

        store
            .edit_claim(first, "The Eiffel structure is tall", "t", None)
            .unwrap();
        assert!(store.search("structure").unwrap().contains(&first));
        assert!(!store.search("metres").unwrap().contains(&first));

        if ids.len() > 1 {
            store.merge_claims(first, ids[1], "t", None).unwrap();
            assert!(store.search("surveyors").unwrap() == vec![first]);
        }
    }

    #[test]
    fn values_of_an_article_in_reading_order() {
        let (store, ids) = store_with_claims();
        let article = store.claim_row(ids[0]).unwrap().article_id;
        let values = store.values_of_article(article).unwrap();
        assert!(
            values
                .iter()
                .any(|v| v.kind == ValueKind::Percent && v.text == "12%")
        );
        assert!(values.windows(2).all(|w| w[0].start <= w[1].start));
        let text = store.article_text(article).unwrap();
        for v in &values {
            let span: String = text.chars().skip(v.start).take(v.end - v.start).collect();
            assert_eq!(span, v.text);
        }
        assert!(store.values_of_article(article + 100).unwrap().is_empty());
    }

    #[test]
    fn rows_and_counts() {
        let (store, ids) = store_with_claims();
        let row = store.claim_row(ids[0]).unwrap();
        assert_eq!(row.status, Status::New);
        assert!(row.text.contains("tower"));
        let counts = store.review_counts(None).unwrap();
        assert_eq!(counts.progress(), (0, ids.len() as i64));
    }
}
