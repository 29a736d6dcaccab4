//! The review panel: recording the config's `[panel]`, what a reviewer may see on a blind panel,
//! and how much the reviewers agree (Cohen's kappa per pair, Krippendorff's alpha for the desk).

use super::Desk;
use crate::error::Result;
use crate::model::{Claim, ClaimDetail, Status};
use crate::store::search::ClaimRow;
use crate::store::{ClaimFilter, Rated};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// How two reviewers agree over the claims they both rated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairAgreement {
    pub a: String,
    pub b: String,
    /// Claims both rated.
    pub claims: usize,
    /// Of those, the ones they gave the same rating.
    pub agreed: usize,
    /// Cohen's kappa; none when chance agreement is total (both gave one rating only).
    pub kappa: Option<f64>,
    /// `confusion[i][j]`: claims `a` rated `ratings[i]` and `b` rated `ratings[j]`.
    pub confusion: Vec<Vec<usize>>,
}

/// The desk's agreement: every pair of reviewers, and Krippendorff's alpha over every claim two
/// or more reviewers rated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    /// The ratings the confusion matrices are indexed by: the scale's order, then any other.
    pub ratings: Vec<String>,
    pub reviewers: Vec<String>,
    pub pairs: Vec<PairAgreement>,
    /// Claims rated by two or more reviewers (the units alpha is computed over).
    pub claims: usize,
    /// Krippendorff's alpha, nominal; none when there is nothing to measure or every rating is
    /// the same.
    pub alpha: Option<f64>,
}

/// Cohen's kappa of two raters from their paired ratings (category indexes): (p_o − p_e) /
/// (1 − p_e), p_e from each rater's own share of each category. None when p_e is 1 or no pair.
pub fn cohen_kappa(pairs: &[(usize, usize)], categories: usize) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let observed = pairs.iter().filter(|(a, b)| a == b).count() as f64 / n;
    let mut row = vec![0.0; categories];
    let mut col = vec![0.0; categories];
    for &(a, b) in pairs {
        row[a] += 1.0;
        col[b] += 1.0;
    }
    let expected: f64 = (0..categories).map(|k| row[k] / n * col[k] / n).sum();
    if (1.0 - expected).abs() < 1e-12 {
        return None;
    }
    Some((observed - expected) / (1.0 - expected))
}

/// Krippendorff's alpha for nominal data: each unit is the ratings (category indexes) it was
/// given, any number of raters, missing ones simply absent. Units with fewer than two ratings are
/// not pairable and count for nothing. α = 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k, from the
/// coincidence matrix o (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
pub fn krippendorff_alpha(units: &[Vec<usize>], categories: usize) -> Option<f64> {
    let mut o = vec![vec![0.0f64; categories]; categories];
    for unit in units.iter().filter(|u| u.len() >= 2) {
        let m = unit.len() as f64;
        for (i, &c) in unit.iter().enumerate() {
            for (j, &k) in unit.iter().enumerate() {
                if i != j {
                    o[c][k] += 1.0 / (m - 1.0);
                }
            }
        }
    }
    let n_c: Vec<f64> = o.iter().map(|row| row.iter().sum()).collect();
    let n: f64 = n_c.iter().sum();
    if n < 2.0 {
        return None;
    }
    let mut disagree = 0.0;
    let mut by_chance = 0.0;
    for c in 0..categories {
        for k in 0..categories {
            if c != k {
                disagree += o[c][k];
                by_chance += n_c[c] * n_c[k];
            }
        }
    }
    if by_chance == 0.0 {
        return None;
    }
    Some(1.0 - (n - 1.0) * disagree / by_chance)
}

/// The agreement of the ratings given (each reviewer's latest per claim), ratings ordered as
/// `scale` lists them.
pub fn agreement(rated: &[Rated], scale: &[String]) -> Agreement {
    let mut ratings: Vec<String> = scale.to_vec();
    for r in rated {
        if !ratings.contains(&r.rating) {
            ratings.push(r.rating.clone());
        }
    }
    let index = |rating: &str| ratings.iter().position(|r| r == rating).unwrap_or(0);
    let mut by_claim: BTreeMap<i64, BTreeMap<&str, usize>> = BTreeMap::new();
    for r in rated {
        by_claim
            .entry(r.claim_id)
            .or_default()
            .insert(r.reviewer.as_str(), index(&r.rating));
    }
    let mut reviewers: Vec<String> = rated.iter().map(|r| r.reviewer.clone()).collect();
    reviewers.sort();
    reviewers.dedup();
    let mut pairs = Vec::new();
    for (i, a) in reviewers.iter().enumerate() {
        for b in &reviewers[i + 1..] {
            let both: Vec<(usize, usize)> = by_claim
                .values()
                .filter_map(|m| Some((*m.get(a.as_str())?, *m.get(b.as_str())?)))
                .collect();
            if both.is_empty() {
                continue;
            }
            let mut confusion = vec![vec![0; ratings.len()]; ratings.len()];
            for &(x, y) in &both {
                confusion[x][y] += 1;
            }
            pairs.push(PairAgreement {
                a: a.clone(),
                b: b.clone(),
                claims: both.len(),
                agreed: both.iter().filter(|(x, y)| x == y).count(),
                kappa: cohen_kappa(&both, ratings.len()),
                confusion,
            });
        }
    }
    let units: Vec<Vec<usize>> = by_claim
        .values()
        .filter(|m| m.len() >= 2)
        .map(|m| m.values().copied().collect())
        .collect();
    Agreement {
        alpha: krippendorff_alpha(&units, ratings.len()),
        claims: units.len(),
        ratings,
        reviewers,
        pairs,
    }
}

/// A status as a reviewer who has not rated the claim may see it on a blind panel.
fn unseen(status: Status, evidence: i64) -> Status {
    match status {
        Status::Reviewed | Status::Disputed if evidence > 0 => Status::InReview,
        Status::Reviewed | Status::Disputed => Status::New,
        other => other,
    }
}

impl Desk {
    /// Record the config's `[panel]` in the database when it differs from the one there, every
    /// claim's status derived again by it (one transaction, a `panel-set` event).
    pub fn record_panel(&mut self) -> Result<Option<usize>> {
        Ok(self.store.set_panel(self.config.panel, &self.reviewer)?)
    }

    /// The claims this reviewer has not rated while the panel is blind: none when it is not.
    fn hidden(&self) -> Result<Option<HashSet<i64>>> {
        match self.store.panel()? {
            Some(p) if p.blind => Ok(Some(self.store.rated_by(&self.reviewer)?)),
            _ => Ok(None),
        }
    }

    /// A claim in full as this reviewer may see it (see `ClaimDetail::seen_by`).
    pub fn claim_seen(&self, id: i64) -> Result<ClaimDetail> {
        Ok(self.store.claim(id)?.seen_by(&self.reviewer))
    }

    /// As `claim_seen`, with at most `max_values` values read (`Store::claim_for_screen`).
    pub fn claim_for_screen_seen(&self, id: i64, max_values: usize) -> Result<ClaimDetail> {
        Ok(self
            .store
            .claim_for_screen(id, max_values)?
            .seen_by(&self.reviewer))
    }

    /// The claims as this reviewer may see them: on a blind panel, the claims they have not
    /// rated show no verdict and the status they would have without the others' (a filter by
    /// status applies to what they see).
    pub fn claims_seen(&self, filter: &ClaimFilter) -> Result<Vec<Claim>> {
        let Some(rated) = self.hidden()? else {
            return Ok(self.store.claims(filter)?);
        };
        let wide = ClaimFilter {
            status: None,
            ..filter.clone()
        };
        let mut claims = self.store.claims(&wide)?;
        for c in &mut claims {
            if !rated.contains(&c.claim.id) {
                c.verdict = None;
                c.claim.status = unseen(c.claim.status, c.evidence);
            }
        }
        claims.retain(|c| filter.status.is_none_or(|s| s == c.claim.status));
        Ok(claims)
    }

    /// The workbench's rows as this reviewer may see them (see `claims_seen`).
    pub fn claim_rows_seen(&self, article: Option<i64>) -> Result<Vec<ClaimRow>> {
        let mut rows = self.store.claim_rows(article)?;
        if let Some(rated) = self.hidden()? {
            for r in &mut rows {
                self.mask_row(r, &rated);
            }
        }
        Ok(rows)
    }

    /// One row as this reviewer may see it.
    pub fn claim_row_seen(&self, id: i64) -> Result<ClaimRow> {
        let mut row = self.store.claim_row(id)?;
        if let Some(rated) = self.hidden()? {
            self.mask_row(&mut row, &rated);
        }
        Ok(row)
    }

    fn mask_row(&self, r: &mut ClaimRow, rated: &HashSet<i64>) {
        if !rated.contains(&r.id) {
            r.rating = None;
            r.status = unseen(r.status, i64::from(r.evidence));
        }
    }

    /// How much the reviewers agree, over each reviewer's latest rating of every claim not
    /// dismissed.
    pub fn agreement(&self) -> Result<Agreement> {
        Ok(agreement(
            &self.store.latest_ratings()?,
            &self.config.scale.ratings,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wikipedia, "Cohen's kappa", the worked example: 50 proposals, both yes 20, A yes B no 5,
    /// A no B yes 10, both no 15: p_o = 0.7, p_e = 0.5, κ = 0.4.
    #[test]
    fn cohen_kappa_of_the_textbook_example() {
        let mut pairs = Vec::new();
        pairs.extend(std::iter::repeat_n((0, 0), 20));
        pairs.extend(std::iter::repeat_n((0, 1), 5));
        pairs.extend(std::iter::repeat_n((1, 0), 10));
        pairs.extend(std::iter::repeat_n((1, 1), 15));
        let k = cohen_kappa(&pairs, 2).unwrap();
        assert!((k - 0.4).abs() < 1e-9, "{k}");
        assert_eq!(cohen_kappa(&[(1, 1), (1, 1)], 2), None);
    }

    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A: two
    /// observers, ten units, binary data; α = 0.095.
    #[test]
    fn alpha_of_two_observers_binary() {
        let a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
        let b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
        let units: Vec<Vec<usize>> = a.iter().zip(b).map(|(&x, y)| vec![x, y]).collect();
        let alpha = krippendorff_alpha(&units, 2).unwrap();
        assert!((alpha - 0.095).abs() < 0.0005, "{alpha}");
    }

    /// Krippendorff (2011), section C: four observers, twelve units, nominal values 1–5 with
    /// missing data; α = 0.743.
    #[test]
    fn alpha_of_four_observers_with_missing_data() {
        let no = usize::MAX;
        let rows = [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, no, no, no],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, no, 3],
            [no, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, no],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, no],
        ];
        let units: Vec<Vec<usize>> = (0..12)
            .map(|u| {
                rows.iter()
                    .map(|r| r[u])
                    .filter(|&v| v != no)
                    .map(|v| v - 1)
                    .collect()
            })
            .collect();
        let alpha = krippendorff_alpha(&units, 5).unwrap();
        assert!((alpha - 0.743).abs() < 0.0005, "{alpha}");
    }
}
