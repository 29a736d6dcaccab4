//! The rules. Each looks at the sentences that hold claims, with their values and words.

use super::parse::{Grain, Length, Period, amount, length, show, show_amount};
use super::words::{self, Word, in_list, is_stop, stem};
use super::{ClaimIn, Finding, FindingKind, Severity, ValueIn};
use crate::extract::{Modifier, ValueKind};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// At most this many figures (or dated events) are compared pairwise across an article; a huge
/// article is checked on its first ones.
const MAX_PAIRED: usize = 2_000;

/// A sentence with more values than this (a table run into one sentence) is not checked.
const MAX_SENTENCE_VALUES: usize = 64;

/// At most this many durations are checked against the dates of an article.
const MAX_DURATIONS: usize = 200;

/// A value inside its sentence: byte offsets into the sentence.
#[derive(Debug, Clone)]
struct Val {
    kind: ValueKind,
    text: String,
    value: Option<String>,
    modifier: Option<Modifier>,
    start: usize,
    end: usize,
    /// The claims that hold it (or every claim of its sentence).
    claims: Vec<i64>,
}

impl Val {
    fn amount(&self) -> Option<(Decimal, String)> {
        amount(self.value.as_deref()?)
    }
    fn period(&self) -> Option<Period> {
        Period::parse(self.value.as_deref()?)
    }
    fn length(&self) -> Option<Length> {
        length(self.value.as_deref()?)
    }
    fn exact(&self) -> bool {
        self.modifier.is_none()
    }
    /// Figures that can be added and compared: counts and plain numbers are one family.
    fn family(&self) -> Option<&'static str> {
        match self.kind {
            ValueKind::Count | ValueKind::Number => Some("count"),
            ValueKind::Money => Some("money"),
            ValueKind::Quantity => Some("quantity"),
            ValueKind::Percent => Some("percent"),
            _ => None,
        }
    }
}

#[derive(Debug)]
struct Sent<'a> {
    text: &'a str,
    words: Vec<Word>,
    subject: Option<String>,
    claims: Vec<i64>,
    vals: Vec<Val>,
}

impl Sent<'_> {
    /// The byte range of the clause around `at`: between the nearest commas, semicolons, colons,
    /// dashes, brackets or quotation marks.
    fn clause(&self, at: usize) -> (usize, usize) {
        if !self.text.is_char_boundary(at) {
            return (0, self.text.len());
        }
        let is_edge = |c: char| {
            matches!(
                c,
                ',' | ';' | ':' | '—' | '–' | '(' | ')' | '"' | '“' | '”' | '\n'
            )
        };
        let start = self.text[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| is_edge(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = self.text[at..]
            .char_indices()
            .find(|&(_, c)| is_edge(c))
            .map_or(self.text.len(), |(i, _)| at + i);
        (start, end)
    }

    /// The text between two byte offsets; empty where values overlap (a database may hold
    /// values a reviewer added by hand).
    fn gap(&self, from: usize, to: usize) -> &str {
        self.text.get(from..to).unwrap_or("")
    }

    fn words_in(&self, from: usize, to: usize) -> impl Iterator<Item = &Word> {
        self.words
            .iter()
            .filter(move |w| w.start >= from && w.end <= to)
    }

    fn inside_value(&self, w: &Word) -> bool {
        self.vals
            .iter()
            .any(|v| w.start >= v.start && w.end <= v.end)
    }

    /// Up to `n` words right before byte `at` in its clause, nearest first.
    fn before(&self, at: usize, n: usize) -> Vec<&Word> {
        let (cs, _) = self.clause(at);
        let mut out: Vec<&Word> = self.words_in(cs, at).collect();
        out.reverse();
        out.truncate(n);
        out
    }

    /// Up to `n` words right after byte `at` in its clause.
    fn after(&self, at: usize, n: usize) -> Vec<&Word> {
        let (_, ce) = self.clause(at);
        self.words_in(at, ce).take(n).collect()
    }

    /// The content stems around a value: the predicate it is a figure of.
    fn context(&self, v: &Val) -> Vec<String> {
        let (cs, ce) = self.clause(v.start);
        let before = self
            .words_in(cs, v.start)
            .filter(|w| !self.inside_value(w) && !is_stop(&w.lower))
            .collect::<Vec<_>>();
        let after = self
            .words_in(v.end, ce)
            .filter(|w| !self.inside_value(w) && !is_stop(&w.lower));
        let mut out: Vec<String> = before
            .iter()
            .rev()
            .take(2)
            .map(|w| stem(&w.lower))
            .chain(after.take(2).map(|w| stem(&w.lower)))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    fn has_word(&self, from: usize, to: usize, list: &[&str]) -> bool {
        self.words_in(from, to).any(|w| in_list(list, &w.lower))
    }

    /// The dates of the clause around a value, and of the sentence's first clause (where "In
    /// 2019," stands).
    fn clause_dates(&self, v: &Val) -> Vec<Period> {
        let (cs, ce) = self.clause(v.start);
        let mut out: Vec<Period> = self
            .vals
            .iter()
            .filter(|d| d.start >= cs && d.end <= ce)
            .filter_map(Val::period)
            .collect();
        out.sort_by_key(|p| p.first);
        out.dedup();
        out
    }

    fn dates(&self) -> Vec<Period> {
        self.vals.iter().filter_map(Val::period).collect()
    }
}

/// The head noun of a count ("12,000 people" → "people").
fn count_noun(v: &Val) -> Option<String> {
    if v.kind != ValueKind::Count {
        return None;
    }
    v.text
        .split_whitespace()
        .last()
        .map(|w| stem(&w.to_lowercase()))
}

/// What the subjects of two sentences say: `Some(true)` one name, `Some(false)` two names,
/// `None` when either is not named.
fn same_subject(a: &Option<String>, b: &Option<String>) -> Option<bool> {
    let (a, b) = (a.as_ref()?, b.as_ref()?);
    let names = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.len() >= 3)
            .map(|w| w.trim_end_matches(['\'', '’', 's']).to_lowercase())
            .collect()
    };
    let (na, nb) = (names(a), names(b));
    // "Margaret Ellison" and "Paul Ellison", "Los Angeles Times" and "New York Times": the same
    // last word after different first ones names two of a family or a kind.
    // A title ("Dr.", "Gov.") is no first name.
    let untitled =
        |n: &[String]| -> Vec<String> { n.iter().filter(|w| !w.ends_with('.')).cloned().collect() };
    let (ua, ub) = (untitled(&na), untitled(&nb));
    if ua.len() >= 2 && ub.len() >= 2 && ua[0] != ub[0] && ua.last() == ub.last() {
        return Some(false);
    }
    Some(na.iter().any(|w| nb.contains(w)))
}

pub struct Article<'a> {
    published: Option<NaiveDate>,
    sents: Vec<Sent<'a>>,
}

impl<'a> Article<'a> {
    pub fn new(
        text: &'a str,
        published: Option<NaiveDate>,
        values: &[ValueIn],
        claims: &[ClaimIn],
    ) -> Article<'a> {
        // character offset → byte offset
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        let byte = |c: usize| bytes.get(c).copied().unwrap_or(text.len());
        let spans = crate::extract::sentences::split(text);
        let index = |b: usize| {
            spans
                .partition_point(|s| s.start <= b)
                .saturating_sub(1)
                .min(spans.len().saturating_sub(1))
        };
        let mut sents: Vec<Sent> = spans
            .iter()
            .map(|s| Sent {
                text: &text[s.clone()],
                words: words::words(&text[s.clone()]),
                subject: None,
                claims: Vec::new(),
                vals: Vec::new(),
            })
            .collect();
        if sents.is_empty() {
            return Article { published, sents };
        }
        let mut claim_sent: Vec<(usize, &ClaimIn)> = Vec::new();
        for c in claims {
            let i = index(byte(c.start));
            let s = &mut sents[i];
            s.claims.push(c.id);
            if s.subject.is_none() {
                s.subject.clone_from(&c.subject);
            }
            claim_sent.push((i, c));
        }
        for v in values {
            let (bs, be) = (byte(v.start), byte(v.end));
            let i = index(bs);
            let base = spans[i].start;
            if be > spans[i].end || sents[i].claims.is_empty() {
                continue;
            }
            let mut holders: Vec<i64> = claim_sent
                .iter()
                .filter(|(si, c)| *si == i && c.start <= v.start && v.end <= c.end)
                .map(|(_, c)| c.id)
                .collect();
            if holders.is_empty() {
                holders.clone_from(&sents[i].claims);
            }
            sents[i].vals.push(Val {
                kind: v.kind,
                text: v.text.clone(),
                value: v.value.clone(),
                modifier: v.modifier,
                start: bs - base,
                end: be - base,
                claims: holders,
            });
        }
        for s in &mut sents {
            if s.vals.len() > MAX_SENTENCE_VALUES {
                s.vals.clear();
            }
            s.vals.sort_by_key(|v| v.start);
        }
        Article { published, sents }
    }

    pub fn run(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        self.same_figure(&mut out);
        self.same_event(&mut out);
        self.durations(&mut out);
        self.ages(&mut out);
        for (i, s) in self.sents.iter().enumerate() {
            if s.claims.is_empty() {
                continue;
            }
            self.share(s, &mut out);
            self.sum(s, &mut out);
            self.change(i, &mut out);
            self.tense(s, &mut out);
        }
        out
    }

    fn with_claims(&self) -> impl Iterator<Item = (usize, &Sent<'a>)> {
        self.sents
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.claims.is_empty())
    }

    /// The same figure of the same thing, stated twice with different values.
    fn same_figure(&self, out: &mut Vec<Finding>) {
        let near_apart = |s: &Sent, v: &Val| {
            s.before(v.start, 3)
                .iter()
                .chain(s.after(v.end, 2).iter())
                .any(|w| in_list(words::APART, &w.lower))
        };
        // Each candidate read once: its amount, unit, noun and context.
        type Cand<'s> = (
            usize,
            &'s Sent<'s>,
            &'s Val,
            (Decimal, String),
            Option<String>,
        );
        let mut cands: Vec<Cand> = self
            .with_claims()
            .flat_map(|(i, s)| s.vals.iter().map(move |v| (i, s, v)))
            .filter(|(_, s, v)| {
                matches!(
                    v.kind,
                    ValueKind::Money | ValueKind::Count | ValueKind::Quantity | ValueKind::Percent
                ) && v.exact()
                    && !near_apart(s, v)
            })
            .filter_map(|(i, s, v)| Some((i, s, v, v.amount()?, count_noun(v))))
            .collect();
        cands.truncate(MAX_PAIRED);
        for (x, (i, si, a, (na, ua), noun_a)) in cands.iter().enumerate() {
            let (i, si, a, na) = (*i, *si, *a, *na);
            for (j, sj, b, (nb, ub), noun_b) in &cands[x + 1..] {
                let (j, sj, b, nb) = (*j, *sj, *b, *nb);
                if i == j
                    || a.kind != b.kind
                    || ua != ub
                    || na == nb
                    || noun_a != noun_b
                    || same_subject(&si.subject, &sj.subject) == Some(false)
                {
                    continue;
                }
                // Figures far apart in size are figures of different things.
                let (lo, hi) = if na < nb { (na, nb) } else { (nb, na) };
                if lo <= Decimal::ZERO || hi > lo * Decimal::TWO {
                    continue;
                }
                // Figures of different times are different facts.
                let (da, db) = (si.clause_dates(a), sj.clause_dates(b));
                if !da.is_empty() && !db.is_empty() && da != db {
                    continue;
                }
                let noun = count_noun(a);
                let (ca, cb) = (si.context(a), sj.context(b));
                let shared: Vec<&String> = ca
                    .iter()
                    .filter(|w| {
                        cb.contains(w)
                            && Some(*w) != noun.as_ref()
                            && !in_list(words::CALENDAR_UNITS, w)
                    })
                    .collect();
                if shared.is_empty() {
                    continue;
                }
                let what = shared
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push(Finding::new(
                    FindingKind::SameFact,
                    Severity::Contradiction,
                    [a.claims.clone(), b.claims.clone()].concat(),
                    vec![a.text.clone(), b.text.clone()],
                    format!(
                        "{} ≠ {}",
                        show_amount(na, ua),
                        show_amount(nb, ub)
                    ),
                    format!(
                        "Two sentences give the figure of the same thing (\"{what}\") with different values."
                    ),
                ));
            }
        }
    }

    /// A once-only event ("first", "born", "founded") dated twice, differently.
    fn same_event(&self, out: &mut Vec<Finding>) {
        const ONCE: &[&str] = &["born", "founded", "established", "died"];
        let mut cands: Vec<(usize, &Sent, &Val, Vec<String>)> = Vec::new();
        for (i, s) in self.with_claims() {
            for v in &s.vals {
                if v.kind != ValueKind::Date || v.period().is_none() {
                    continue;
                }
                let (cs, ce) = s.clause(v.start);
                let mut events: Vec<String> = Vec::new();
                let clause: Vec<&Word> = s.words_in(cs, ce).collect();
                for (k, w) in clause.iter().enumerate() {
                    if w.lower == "first" {
                        events.extend(
                            clause[k + 1..]
                                .iter()
                                .filter(|w| !s.inside_value(w) && !is_stop(&w.lower))
                                .take(4)
                                .map(|w| format!("first {}", stem(&w.lower))),
                        );
                    } else if in_list(ONCE, &w.lower) {
                        events.push(w.lower.clone());
                    }
                }
                if !events.is_empty() {
                    cands.push((i, s, v, events));
                }
            }
        }
        cands.truncate(MAX_PAIRED);
        for (x, (i, si, a, ea)) in cands.iter().enumerate() {
            for (j, sj, b, eb) in &cands[x + 1..] {
                if i == j || same_subject(&si.subject, &sj.subject) == Some(false) {
                    continue;
                }
                let Some(shared) = ea.iter().find(|e| eb.contains(e)) else {
                    continue;
                };
                let (Some(pa), Some(pb)) = (a.period(), b.period()) else {
                    continue;
                };
                if pa.first <= pb.last && pb.first <= pa.last {
                    continue;
                }
                out.push(Finding::new(
                    FindingKind::SameFact,
                    Severity::Contradiction,
                    [a.claims.clone(), b.claims.clone()].concat(),
                    vec![a.text.clone(), b.text.clone()],
                    format!("{} ≠ {}", pa.show(), pb.show()),
                    format!(
                        "Both sentences date the same once-only event (\"{shared}\"), and the dates do not overlap."
                    ),
                ));
            }
        }
    }

    /// A duration against the dates it spans: "since S" (or "started on S") to an end date in the
    /// sentence, or the publication date.
    fn durations(&self, out: &mut Vec<Finding>) {
        let Some(published) = self.published else {
            return;
        };
        // Starts: a date right after "since", "began", "started".
        // Each start with whether it is a founding ("founded in 1894"): the start of a body's
        // life, not of an event that "lasted" (a renovation of the museum founded then).
        let mut starts: Vec<(usize, &Val, bool)> = Vec::new();
        for (i, s) in self.with_claims() {
            for v in &s.vals {
                let before = s.before(v.start, 3);
                if v.kind == ValueKind::Date
                    && v.period().is_some()
                    && (before
                        .iter()
                        .take(2)
                        .any(|w| in_list(words::START, &w.lower))
                        // "since joining in 1997", "since taking office in 2019".
                        || before.len() == 3
                            && before[0].lower == "in"
                            && before[2].lower == "since")
                {
                    let founded = before.iter().take(2).any(|w| w.lower == "founded");
                    starts.push((i, v, founded));
                }
            }
        }
        let durations: Vec<(usize, &Sent, &Val)> = self
            .with_claims()
            .flat_map(|(i, s)| s.vals.iter().map(move |d| (i, s, d)))
            .filter(|(_, _, d)| d.kind == ValueKind::Duration)
            .take(MAX_DURATIONS)
            .collect();
        starts.truncate(MAX_PAIRED);
        for (i, s, d) in durations {
            let Some(len) = d.length() else {
                continue;
            };
            if s.before(d.start, 2).iter().any(|w| {
                matches!(
                    w.lower.as_str(),
                    "every" | "each" | "per" | "within" | "after" | "in"
                )
            }) {
                continue;
            }
            // "a year after the closure was first discussed", "two weeks before the vote":
            // measured from another event, not from a start date.
            if s.after(d.end, 1)
                .first()
                .is_some_and(|w| matches!(w.lower.as_str(), "after" | "before"))
            {
                continue;
            }
            let own_start = starts.iter().find(|(si, _, _)| *si == i);
            let perfect = s
                .words
                .iter()
                .any(|w| matches!(w.lower.as_str(), "has" | "have"));
            // An end: a later date of the sentence (a date in the future: "due to return on
            // March 30, having spent …"), else the publication date for a present perfect.
            // A past date ends it where the sentence says it ended ("ended on Friday, after
            // lasting 12 days").
            let ended = s.words.iter().any(|w| {
                matches!(
                    w.lower.as_str(),
                    "ended" | "lasted" | "finished" | "concluded"
                )
            });
            let own_end: Vec<Period> = s
                .vals
                .iter()
                .filter(|v| v.kind == ValueKind::Date)
                .filter_map(Val::period)
                .filter(|p| p.first >= published || ended)
                .collect();
            let (start, same_sentence) = match own_start {
                Some((_, v, _)) => (*v, true),
                None => {
                    // Across sentences: a start of the same named subject, or sharing a noun.
                    if !ended && s.dates().iter().any(|p| p.last < published) {
                        continue;
                    }
                    let found = starts.iter().find(|(si, _, founded)| {
                        let other = &self.sents[*si];
                        // "a renovation that lasted 18 months" … "The museum was founded in
                        // 1894": an event that ended is not measured from a founding told
                        // elsewhere.
                        if ended && *founded {
                            return false;
                        }
                        match same_subject(&s.subject, &other.subject) {
                            Some(same) => same,
                            None => {
                                s.subject.is_none()
                                    && other.subject.is_none()
                                    && shares_noun(s, other)
                            }
                        }
                    });
                    match found {
                        Some((_, v, _)) => (*v, false),
                        None => continue,
                    }
                }
            };
            let Some(sp) = start.period() else { continue };
            let mut ends: Vec<(Period, bool)> = own_end
                .iter()
                .filter(|p| p.first > sp.last)
                .map(|p| (*p, true))
                .collect();
            if ends.is_empty() {
                if !perfect && same_sentence {
                    continue;
                }
                ends.push((Period::of_day(published), perfect));
                if !same_sentence {
                    // A future end stated elsewhere about the same subject ("returns on March 30").
                    for (_, o) in self.with_claims() {
                        if same_subject(&s.subject, &o.subject) == Some(true) {
                            for p in o.dates() {
                                if p.grain == Grain::Day && p.first > published {
                                    ends.push((p, false));
                                }
                            }
                        }
                    }
                }
            }
            let judged: Vec<(Severity, String, Period)> = ends
                .iter()
                .map(|(e, _)| {
                    let (sev, arith) = judge_length(&sp, e, &len, d);
                    (sev, arith, *e)
                })
                .collect();
            let best = judged
                .iter()
                .min_by_key(|(sev, _, _)| std::cmp::Reverse(*sev))
                .cloned();
            let Some((mut sev, arith, end)) = best else {
                continue;
            };
            let end_stated = ends.iter().any(|(e, stated)| *e == end && *stated);
            if sev == Severity::Contradiction && !end_stated {
                sev = Severity::Tension;
            }
            let why = match sev {
                Severity::Consistent => format!(
                    "\"{}\" fits the time from {} to {}.",
                    d.text,
                    sp.show(),
                    end.show()
                ),
                _ => format!(
                    "\"{}\" does not fit the time from {} to {}.",
                    d.text,
                    sp.show(),
                    end.show()
                ),
            };
            let mut claims = d.claims.clone();
            claims.extend(start.claims.iter());
            out.push(Finding::new(
                FindingKind::Duration,
                sev,
                claims,
                vec![d.text.clone(), start.text.clone(), end.show()],
                arith,
                why,
            ));
        }
    }

    /// An age against a birth date of the same person and the date it is stated at.
    fn ages(&self, out: &mut Vec<Finding>) {
        let Some(published) = self.published else {
            return;
        };
        let births: Vec<(usize, &Sent, &Val)> = self
            .with_claims()
            .flat_map(|(i, s)| s.vals.iter().map(move |v| (i, s, v)))
            .filter(|(_, s, v)| {
                v.kind == ValueKind::Date
                    && v.period().is_some()
                    && s.before(v.start, 4).iter().any(|w| w.lower == "born")
            })
            .collect();
        for (i, s) in self.with_claims() {
            for a in s
                .vals
                .iter()
                .filter(|v| v.kind == ValueKind::Age && v.exact())
            {
                let Some((age, _)) = a.amount() else { continue };
                // An age stated at another time ("at 30, in 1999") is left alone.
                let at_time = s
                    .before(a.start, 1)
                    .iter()
                    .any(|w| matches!(w.lower.as_str(), "at" | "aged"));
                if at_time && s.dates().iter().any(|p| p.last < published) {
                    continue;
                }
                for (j, bs, b) in &births {
                    let same = *j == i || same_subject(&s.subject, &bs.subject) == Some(true);
                    if !same {
                        continue;
                    }
                    let Some(born) = b.period() else { continue };
                    let (lo, hi) = ages_between(&born, published);
                    let age_i = age.trunc().to_string().parse::<i64>().unwrap_or(-1);
                    let off = if age_i < lo { lo - age_i } else { age_i - hi }.max(0);
                    let sev = match off {
                        0 => Severity::Consistent,
                        1 => Severity::Tension,
                        _ => Severity::Contradiction,
                    };
                    let expected = if lo == hi {
                        lo.to_string()
                    } else {
                        format!("{lo} or {hi}")
                    };
                    let arith = format!(
                        "born {}, on {} → {expected}; stated {}",
                        born.show(),
                        Period::of_day(published).show(),
                        show(age, 1)
                    );
                    let why = match sev {
                        Severity::Consistent => {
                            format!("The age fits the birth date {}.", born.show())
                        }
                        _ => format!(
                            "Someone born {} is {expected} at publication, not {}.",
                            born.show(),
                            show(age, 1)
                        ),
                    };
                    out.push(Finding::new(
                        FindingKind::Age,
                        sev,
                        [a.claims.clone(), b.claims.clone()].concat(),
                        vec![a.text.clone(), b.text.clone()],
                        arith,
                        why,
                    ));
                }
            }
        }
    }

    /// "45 of the 120 passengers, or 30%": the part over the whole against the share.
    fn share(&self, s: &Sent, out: &mut Vec<Finding>) {
        for (k, whole) in s.vals.iter().enumerate() {
            if whole.family() != Some("count") {
                continue;
            }
            // "of the 4,200", or "Of the city's 4,200" (a possessive between).
            let before_whole = s.before(whole.start, 3);
            let of = before_whole.iter().position(|w| w.lower == "of");
            if !of.is_some_and(|k| {
                k < 2
                    || before_whole[0].lower.ends_with("'s")
                    || before_whole[0].lower.ends_with("’s")
            }) {
                continue;
            }
            // The part: the count right before "of the N", or right after "Of the N,".
            let part = s.vals[..k]
                .last()
                .filter(|p| {
                    p.family() == Some("count")
                        && s.gap(p.end, whole.start)
                            .trim_start()
                            .to_lowercase()
                            .starts_with("of")
                })
                .or_else(|| {
                    s.vals[k + 1..]
                        .iter()
                        .find(|p| p.family().is_some())
                        .filter(|p| {
                            let gap = s.gap(whole.end, p.start).trim();
                            p.family() == Some("count") && gap.ends_with(',') && gap.len() < 40
                        })
                });
            let Some(part) = part else { continue };
            let Some(pct) = s.vals.iter().find(|v| {
                v.kind == ValueKind::Percent
                    && v.start > part.end.max(whole.end)
                    && v.start - part.end.max(whole.end) < 40
                    && s.gap(part.end.max(whole.end), v.start).contains("or")
            }) else {
                continue;
            };
            let (Some((p, _)), Some((w, _)), Some((stated, _))) =
                (part.amount(), whole.amount(), pct.amount())
            else {
                continue;
            };
            if w.is_zero() {
                continue;
            }
            let share = p * Decimal::ONE_HUNDRED / w;
            let off = (share - stated).abs();
            let sev = if off <= rounding(&stated) {
                Severity::Consistent
            } else if off <= Decimal::from(2) {
                Severity::Tension
            } else {
                Severity::Contradiction
            };
            out.push(Finding::new(
                FindingKind::Share,
                sev,
                [
                    part.claims.clone(),
                    whole.claims.clone(),
                    pct.claims.clone(),
                ]
                .concat(),
                vec![part.text.clone(), whole.text.clone(), pct.text.clone()],
                format!(
                    "{} / {} = {}%; stated {}%",
                    show_amount(p, ""),
                    show_amount(w, ""),
                    show(share, 1),
                    show(stated, 2)
                ),
                match sev {
                    Severity::Consistent => "The share stated is the part over the whole.".into(),
                    _ => format!(
                        "{} of {} is {}%, not the {}% stated.",
                        show_amount(p, ""),
                        show_amount(w, ""),
                        show(share, 1),
                        show(stated, 2)
                    ),
                },
            ));
        }
    }

    /// A stated total against the listed parts ("a total of 120: 45 …, 60 … and 15 …").
    fn sum(&self, s: &Sent, out: &mut Vec<Finding>) {
        let n = s.vals.len();
        if n < 3 {
            return;
        }
        for (k, whole) in s.vals.iter().enumerate() {
            let Some(family) = whole.family() else {
                continue;
            };
            if family == "percent" {
                continue;
            }
            let total_word = s
                .before(whole.start, 3)
                .iter()
                .any(|w| in_list(words::TOTAL, &w.lower));
            let parts: Vec<&Val>;
            if k == 0 || total_word && k + 1 < n {
                // The whole first: "A total of 18,000 runners: 9,500 …", "$32 million, of which …"
                let Some(next) = s.vals.get(k + 1) else {
                    continue;
                };
                let gap = s.gap(whole.end, next.start).to_lowercase();
                let opens = gap.contains(':')
                    || gap.contains(" with ")
                    || gap.contains("including")
                    || gap.contains("of which")
                    || gap.contains("of whom")
                    || gap.contains('—');
                if !(opens || total_word) || gap.len() > 60 {
                    continue;
                }
                parts = s.vals[k + 1..]
                    .iter()
                    .take_while(|v| v.family() == Some(family) || !is_figure(v))
                    .filter(|v| v.family() == Some(family))
                    .collect();
            } else if total_word && k + 1 == n {
                // The whole last: "…, for a total of 98,000 votes".
                parts = s.vals[..k]
                    .iter()
                    .rev()
                    .take_while(|v| v.family() == Some(family) || !is_figure(v))
                    .filter(|v| v.family() == Some(family))
                    .collect();
            } else {
                continue;
            }
            if parts.len() < 2 {
                continue;
            }
            // The parts must be a list: joined by commas and "and".
            let Some((w, unit)) = whole.amount() else {
                continue;
            };
            let mut sum = Decimal::ZERO;
            let mut ok = true;
            for p in &parts {
                match p.amount() {
                    Some((x, u)) if u == unit || family == "count" => sum += x,
                    _ => ok = false,
                }
            }
            if !ok || w.is_zero() {
                continue;
            }
            let exact = whole.exact() && parts.iter().all(|p| p.exact());
            let off = (sum - w).abs() * Decimal::ONE_HUNDRED / w;
            let sev = if sum == w || !exact && off <= Decimal::from(5) {
                Severity::Consistent
            } else if !exact || off <= Decimal::ONE {
                Severity::Tension
            } else {
                Severity::Contradiction
            };
            let mut shown: Vec<&Val> = parts.clone();
            shown.sort_by_key(|v| v.start);
            let arith = format!(
                "{} = {}; stated total {}",
                shown
                    .iter()
                    .filter_map(|p| p.amount())
                    .map(|(x, u)| show_amount(x, &u))
                    .collect::<Vec<_>>()
                    .join(" + "),
                show_amount(sum, &unit),
                show_amount(w, &unit)
            );
            let mut claims: Vec<i64> = whole.claims.clone();
            let mut values = vec![whole.text.clone()];
            for p in &shown {
                claims.extend(&p.claims);
                values.push(p.text.clone());
            }
            out.push(Finding::new(
                FindingKind::Sum,
                sev,
                claims,
                values,
                arith,
                match sev {
                    Severity::Consistent => "The listed parts add up to the total.".into(),
                    _ => format!(
                        "The listed parts add up to {}, not the total of {}.",
                        show_amount(sum, &unit),
                        show_amount(w, &unit)
                    ),
                },
            ));
            return;
        }
    }

    /// "doubled", "three times", "rose 20%" against the two figures it relates.
    fn change(&self, i: usize, out: &mut Vec<Finding>) {
        let s = &self.sents[i];
        let factor = s.vals.iter().find(|v| {
            v.kind == ValueKind::Ratio
                && v.exact()
                && (s.after(v.end, 3).iter().any(|w| {
                    matches!(
                        w.lower.as_str(),
                        "as" | "from" | "since" | "to" | "more" | "larger" | "higher" | "bigger"
                    )
                }) || s
                    .before(v.start, 1)
                    .iter()
                    .any(|w| matches!(w.lower.as_str(), "by"))
                    || v.text.ends_with("ed"))
        });
        // "a 20% increase", "a 3.5% drop": the change named right after its percent.
        let named_after = |v: &Val| {
            s.after(v.end, 1)
                .first()
                .is_some_and(|w| in_list(words::CHANGE_NOUN, &w.lower))
        };
        let pct = s.vals.iter().find(|v| {
            v.kind == ValueKind::Percent
                && ((s
                    .before(v.start, 2)
                    .iter()
                    .any(|w| in_list(words::CHANGE, &w.lower) || w.lower == "by")
                    && s.before(v.start, 3)
                        .iter()
                        .any(|w| in_list(words::CHANGE, &w.lower)))
                    || named_after(v))
        });
        let cue = factor.or(pct);
        let Some(cue) = cue else { return };
        let Some((f, _)) = cue.amount() else { return };
        // The two figures: a range "from A to B", or the old one after "from"/"as many as".
        let family_of = |v: &Val| {
            v.family()
                .filter(|f| *f != "percent" || cue.kind == ValueKind::Ratio)
        };
        let mut pair: Option<(Decimal, Decimal, String, Vec<&Val>)> = None;
        if let Some(r) = s
            .vals
            .iter()
            .find(|v| v.kind == ValueKind::Range && v.start > cue.start)
            && let Some((a, b)) = r
                .value
                .as_deref()
                .and_then(crate::compare::units::range_ends)
            && let (Some((a, ua)), Some((b, ub))) = (amount(&a), amount(&b))
            && ua == ub
            // "rose 90% between 2010 and 2021": a span of years is when, not the two figures.
            && !(ua.is_empty()
                && written_as_year(a)
                && written_as_year(b)
                && !grouped_digits(&r.text))
        {
            pair = Some((a, b, ua, vec![r]));
        }
        if pair.is_none() {
            let figs: Vec<&Val> = s
                .vals
                .iter()
                .filter(|v| !std::ptr::eq(*v, cue) && family_of(v).is_some())
                .collect();
            // "a 4.5% increase over last year's $2.01 billion": what the change is measured
            // against, named after it.
            let over = named_after(cue);
            let is_old = |v: &Val| {
                s.before(v.start, 3).iter().any(|w| w.lower == "from")
                    || over
                        && v.start > cue.end
                        && s.before(v.start, 3).iter().any(|w| w.lower == "over")
                    || s.before(v.start, 4).iter().any(|w| w.lower == "as")
                        && cue.kind == ValueKind::Ratio
            };
            let old = figs.iter().find(|v| is_old(v));
            let new = figs.iter().find(|v| {
                !is_old(v)
                    && Some(**v as *const Val) != old.map(|o| *o as *const Val)
                    && old.is_some_and(|o| family_of(o) == family_of(v))
            });
            let new =
                match (old, new) {
                    (Some(_), Some(n)) => Some(*n),
                    // "That was three times as many as 1,400": the new figure ends the sentence before.
                    (Some(o), None)
                        if i > 0
                            && s.words.first().is_some_and(|w| {
                                matches!(w.lower.as_str(), "that" | "this" | "it")
                            }) =>
                    {
                        self.sents[i - 1].vals.iter().rev().find(|v| {
                            family_of(v) == family_of(o) && count_noun(v) == count_noun(o)
                        })
                    }
                    _ => None,
                };
            if let (Some(o), Some(n)) = (old, new)
                && let (Some((a, ua)), Some((b, ub))) = (o.amount(), n.amount())
                && (ua == ub || o.kind == ValueKind::Count || n.kind == ValueKind::Count)
            {
                pair = Some((a, b, ua, vec![*o, n]));
            }
        }
        let Some((old, new, unit, vals)) = pair else {
            return;
        };
        if old.is_zero() || f.is_zero() {
            return;
        }
        let (sev, arith, why);
        if cue.kind == ValueKind::Ratio {
            let ratio = new / old;
            let dev = ((ratio - f) / f).abs() * Decimal::ONE_HUNDRED;
            sev = grade(dev, Decimal::from(5), Decimal::from(20));
            arith = format!(
                "{} / {} = {}; stated ×{}",
                show_amount(new, &unit),
                show_amount(old, &unit),
                show(ratio, 2),
                show(f, 2)
            );
            why = match sev {
                Severity::Consistent => format!("\"{}\" fits the two figures.", cue.text),
                _ => format!(
                    "From {} to {} is ×{}, not \"{}\" (×{}).",
                    show_amount(old, &unit),
                    show_amount(new, &unit),
                    show(ratio, 2),
                    cue.text,
                    show(f, 2)
                ),
            };
        } else {
            let change = (new - old) * Decimal::ONE_HUNDRED / old;
            let dev = (change.abs() - f).abs();
            sev = if dev <= rounding(&f).max(f / Decimal::from(20)) {
                Severity::Consistent
            } else if dev <= f / Decimal::from(5) {
                Severity::Tension
            } else {
                Severity::Contradiction
            };
            arith = format!(
                "({} − {}) / {} = {}%; stated {}%",
                show_amount(new, &unit),
                show_amount(old, &unit),
                show_amount(old, &unit),
                show(change, 1),
                show(f, 2)
            );
            why = match sev {
                Severity::Consistent => "The change stated fits the two figures.".into(),
                _ => format!(
                    "From {} to {} is a change of {}%, not {}%.",
                    show_amount(old, &unit),
                    show_amount(new, &unit),
                    show(change, 1),
                    show(f, 2)
                ),
            };
        }
        let mut claims = cue.claims.clone();
        let mut values = vec![cue.text.clone()];
        for v in vals {
            claims.extend(&v.claims);
            values.push(v.text.clone());
        }
        out.push(Finding::new(
            FindingKind::Change,
            sev,
            claims,
            values,
            arith,
            why,
        ));
    }

    /// A date written with its year on the wrong side of the publication date for its clause's
    /// tense: after it in a past clause, before it in a future one.
    fn tense(&self, s: &Sent, out: &mut Vec<Finding>) {
        let Some(published) = self.published else {
            return;
        };
        let any = |list: &[&str], from, to| s.has_word(from, to, list);
        for v in &s.vals {
            if v.kind != ValueKind::Date
                || !v.text.bytes().filter(u8::is_ascii_digit).count().ge(&4)
            {
                continue;
            }
            let Some(p) = v.period() else { continue };
            let (cs, ce) = s.clause(v.start);
            if any(words::MIXED, 0, s.text.len()) {
                continue;
            }
            let past = any(words::PAST, cs, ce);
            let future = any(words::FUTURE, cs, ce);
            let (sev_case, why) = if p.first > published
                && past
                && !any(words::FUTURE, 0, s.text.len())
            {
                (
                    true,
                    format!(
                        "The clause is in the past tense, but {} is after the publication date.",
                        p.show()
                    ),
                )
            } else if p.last < published && future && !any(words::PAST, 0, s.text.len()) {
                (
                    true,
                    format!(
                        "The clause is in the future tense, but {} is before the publication date.",
                        p.show()
                    ),
                )
            } else {
                (false, String::new())
            };
            if !sev_case {
                continue;
            }
            out.push(Finding::new(
                FindingKind::Tense,
                Severity::Contradiction,
                v.claims.clone(),
                vec![v.text.clone()],
                format!(
                    "{} {} published {}",
                    p.show(),
                    if p.first > published { ">" } else { "<" },
                    Period::of_day(published).show()
                ),
                why,
            ));
        }
    }
}

/// A bare end of a range that may be a year: a whole number from 1800 to 2100 ("between 2010 and
/// 2021"; a count that large is written "2,010" in news, which `grouped_digits` tells).
fn written_as_year(n: Decimal) -> bool {
    n.fract().is_zero() && n >= Decimal::from(1800) && n <= Decimal::from(2100)
}

/// Whether a number in `text` is written with a thousands separator ("2,010").
fn grouped_digits(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b',' && w[2].is_ascii_digit())
}

/// A value that is a figure of its own (not a date or a word like "first").
fn is_figure(v: &Val) -> bool {
    v.family().is_some()
}

/// Two sentences without a named subject that share a content noun.
fn shares_noun(a: &Sent, b: &Sent) -> bool {
    let content = |s: &Sent| -> Vec<String> {
        s.words
            .iter()
            .filter(|w| !is_stop(&w.lower) && w.lower.len() >= 4 && !s.inside_value(w))
            .map(|w| stem(&w.lower))
            .collect()
    };
    let (ca, cb) = (content(a), content(b));
    // The subject of the start (its first content word) is named in the duration's sentence.
    cb.first().is_some_and(|w| ca.contains(w))
}

/// Half a unit of the last digit written: 30 → 0.5, 12.5 → 0.05.
fn rounding(stated: &Decimal) -> Decimal {
    Decimal::new(5, stated.normalize().scale() + 1)
}

fn grade(dev: Decimal, ok: Decimal, loose: Decimal) -> Severity {
    if dev <= ok {
        Severity::Consistent
    } else if dev <= loose {
        Severity::Tension
    } else {
        Severity::Contradiction
    }
}

/// The ages someone born in `born` may have on `day`.
fn ages_between(born: &Period, day: NaiveDate) -> (i64, i64) {
    let age = |b: NaiveDate| {
        let mut a = i64::from(day.year() - b.year());
        if (day.month(), day.day()) < (b.month(), b.day()) {
            a -= 1;
        }
        a
    };
    let (x, y) = (age(born.last), age(born.first));
    (x.min(y), x.max(y))
}

/// A duration against the time from a start period to an end period.
fn judge_length(start: &Period, end: &Period, len: &Length, d: &Val) -> (Severity, String) {
    let days = |a: NaiveDate, b: NaiveDate| Decimal::from((b - a).num_days());
    let (emin, emax) = (days(start.last, end.first), days(start.first, end.last));
    let stated = len.days;
    // A writer rounds to their unit: "seven years" for seven years and two months.
    let slack = if len.day_unit {
        Decimal::ONE
    } else {
        len.unit / Decimal::TWO
    };
    let (lo, hi) = match d.modifier {
        Some(Modifier::Approx) => (
            stated * Decimal::new(85, 2) - slack,
            stated * Decimal::new(110, 2) + slack,
        ),
        Some(Modifier::MoreThan) => (stated, Decimal::MAX),
        Some(Modifier::LessThan) => (Decimal::ZERO, stated),
        _ => (stated - slack, stated + slack),
    };
    let gap = if hi < emin {
        emin - hi
    } else if lo > emax {
        lo - emax
    } else {
        Decimal::ZERO
    };
    let sev = if gap.is_zero() {
        Severity::Consistent
    } else if gap * Decimal::from(10) <= stated {
        Severity::Tension
    } else {
        Severity::Contradiction
    };
    let arith = if len.day_unit && end.grain == Grain::Day {
        let back = end
            .first
            .checked_sub_days(chrono::Days::new(
                stated.trunc().to_string().parse::<u64>().unwrap_or(0),
            ))
            .map_or_else(|| "?".to_string(), |x| Period::of_day(x).show());
        format!(
            "{} − {} = {back}; the start stated is {}",
            end.show(),
            d.text,
            start.show()
        )
    } else {
        format!(
            "{} to {} = {}–{} days; \"{}\" ≈ {} days",
            start.show(),
            end.show(),
            emin,
            emax,
            d.text,
            show(stated, 0)
        )
    };
    (sev, arith)
}

#[cfg(test)]
mod tests {
    use super::same_subject;

    fn same(a: &str, b: &str) -> Option<bool> {
        same_subject(&Some(a.to_string()), &Some(b.to_string()))
    }

    /// Two of a family share a surname, two papers a last word: different first names part them;
    /// a name and its longer or shorter form are one.
    #[test]
    fn a_shared_surname_after_different_given_names_is_two_people() {
        assert_eq!(same("Margaret Ellison", "Paul Ellison"), Some(false));
        assert_eq!(same("New York Times", "Los Angeles Times"), Some(false));
        assert_eq!(same("Margaret Ann Ellison", "Margaret Ellison"), Some(true));
        assert_eq!(same("Dr. Ellison", "Margaret Ellison"), Some(true));
        assert_eq!(same("Ellison", "Paul Ellison"), Some(true));
    }
}
