//! Learning from the desk: the reviewers' decisions re-weight the check-worthiness score in this
//! database. A dismissed claim counts against its words and cues; a claim given evidence or a
//! verdict, or added by hand, counts for them. The desk's weights are the shipped ones plus an
//! adjustment fitted on its labelled claims with an L2 pull toward the shipped weights (a few
//! labels move it a little, many move it more), stored in the database; every extracted claim is
//! scored again with it, and new imports are scored with it. An import learns first when the
//! labels changed since the last learning.

use super::Desk;
use crate::error::Result;
use crate::extract::score::train::{self, Example, Fit};
use crate::extract::score::{CUES, Model, NAMED, feature_names, probability, shipped_digest};
use crate::extract::{Extraction, ValueKind, values};
use crate::store::{Labelled, NewDeskModel};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// How a desk fits its adjustment: the pull toward the shipped weights, the bias included (so a
/// desk that dismisses everything does not simply lower every score).
const DESK_FIT: Fit = Fit {
    lambda: 1.0,
    regularise_bias: true,
    iterations: 200,
    step: 0.05,
};

/// What a learning did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Learned {
    /// Labelled claims learned from, and how many of them were check-worthy or dismissed.
    pub labels: usize,
    pub checkworthy: usize,
    pub dismissed: usize,
    /// How well the scores rank the labelled claims (check-worthy above dismissed), with the
    /// weights in force before and after; `None` without labels of both kinds.
    pub auc_before: Option<f64>,
    pub auc_after: Option<f64>,
    /// Extracted claims scored again, and how many moved up or down by 0.01 or more.
    pub rescored: usize,
    pub raised: usize,
    pub lowered: usize,
    /// The weights that changed most: a word, a pair of words or a cue, with its change.
    pub moved: Vec<Moved>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Moved {
    pub feature: String,
    pub change: f64,
}

/// The kinds of value a claim's wording holds (as the extractor's value rules read it).
fn kinds(text: &str) -> Vec<ValueKind> {
    values::scan(text, None)
        .into_iter()
        .map(|v| v.kind)
        .collect()
}

/// A digest of the labels (and of the shipped weights they adjust): equal digests, nothing new.
fn digest(labels: &[Labelled]) -> String {
    let mut h = Sha256::new();
    h.update(shipped_digest().as_bytes());
    for l in labels {
        h.update(format!("{}:{}\n", l.id, u8::from(l.checkworthy)).as_bytes());
    }
    h.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Desk {
    /// The weights in force in this database: the shipped ones plus what it learned (if the
    /// learning was on these shipped weights).
    pub fn score_model(&self) -> Result<Model> {
        let shipped = Model::shipped();
        let mut model = shipped.clone();
        if let Some(stored) = self.store.desk_model()?
            && stored.base == shipped_digest()
        {
            for (i, d) in stored.delta {
                if let Some(w) = model.weights.get_mut(i as usize) {
                    *w += d;
                }
            }
        }
        Ok(model)
    }

    /// Learn this desk's score from its labelled claims, store it and score every extracted
    /// claim with it. With no labels, the shipped score is put back in force.
    pub fn learn(&mut self) -> Result<Learned> {
        let labels = self.store.score_labels()?;
        let shipped = Model::shipped();
        let before = self.score_model()?;
        let examples: Vec<Example> = labels
            .iter()
            .map(|l| Example::new(&l.text, &kinds(&l.text), shipped.bits, l.checkworthy))
            .collect();
        let learned = if examples.is_empty() {
            shipped.clone()
        } else {
            train::fit(&examples, shipped, DESK_FIT)
        };
        let truth: Vec<bool> = labels.iter().map(|l| l.checkworthy).collect();
        let checkworthy = truth.iter().filter(|&&t| t).count();
        let mut out = Learned {
            labels: labels.len(),
            checkworthy,
            dismissed: labels.len() - checkworthy,
            auc_before: train::auc(&train::logits(&before, &examples), &truth),
            auc_after: train::auc(&train::logits(&learned, &examples), &truth),
            ..Learned::default()
        };
        let delta: Vec<(u32, f64)> = learned
            .weights
            .iter()
            .zip(&shipped.weights)
            .enumerate()
            .map(|(i, (l, s))| (i as u32, l - s))
            .filter(|(_, d)| d.abs() > 1e-6)
            .collect();
        out.moved = most_moved(&delta, &labels, shipped.bits);

        let claims = self.store.extracted_claims()?;
        let mut scores = Vec::with_capacity(claims.len());
        for c in &claims {
            let score = probability(learned.logit(&c.text, &kinds(&c.text)));
            if score >= c.score + 0.01 {
                out.raised += 1;
            } else if score <= c.score - 0.01 {
                out.lowered += 1;
            }
            scores.push((c.id, score));
        }
        out.rescored = scores.len();
        let digest = digest(&labels);
        self.store.save_desk_model(
            &NewDeskModel {
                base: shipped_digest(),
                labels: labels.len(),
                positives: checkworthy,
                digest: &digest,
                delta: &delta,
                scores: &scores,
            },
            &self.reviewer,
        )?;
        Ok(out)
    }

    /// Learn if the labels (or the shipped weights) changed since the last learning; `None` when
    /// there is nothing new. An import runs this first.
    pub fn learn_if_changed(&mut self) -> Result<Option<Learned>> {
        let labels = self.store.score_labels()?;
        let stored = self.store.desk_model()?;
        let fresh = match &stored {
            Some(m) => m.digest == digest(&labels) && m.base == shipped_digest(),
            None => labels.is_empty(),
        };
        if fresh {
            return Ok(None);
        }
        self.learn().map(Some)
    }

    /// Learn if needed, then the weights to score new imports with: `None` when they are the
    /// shipped ones (the extractor's scores stand).
    pub(super) fn import_scorer(&mut self) -> Result<(Option<Learned>, Option<Model>)> {
        let learned = self.learn_if_changed()?;
        let model = self.score_model()?;
        let shipped = &model == Model::shipped();
        Ok((learned, (!shipped).then_some(model)))
    }
}

/// An extraction with its claims scored by `model` (the extractor's scores when `None`).
pub(super) fn rescored<'x>(
    model: Option<&Model>,
    x: &'x Extraction,
) -> std::borrow::Cow<'x, Extraction> {
    let Some(model) = model else {
        return std::borrow::Cow::Borrowed(x);
    };
    let mut x = x.clone();
    for c in &mut x.claims {
        c.score = probability(model.logit(&c.text, &kinds(&c.text)));
    }
    std::borrow::Cow::Owned(x)
}

/// The eight changes of largest size, named: a cue by its name, a hashed word by the words of
/// the labelled claims that fall on it.
fn most_moved(delta: &[(u32, f64)], labels: &[Labelled], bits: u32) -> Vec<Moved> {
    let mut biggest: Vec<(u32, f64)> = delta.to_vec();
    biggest.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
    biggest.truncate(8);
    let mut names: HashMap<usize, String> = HashMap::new();
    for l in labels {
        for (i, name) in feature_names(&l.text, bits) {
            names.entry(i).or_insert(name);
        }
    }
    biggest
        .into_iter()
        .map(|(i, change)| {
            let i = i as usize;
            let feature = if i < NAMED {
                format!("cue {}", CUES[i])
            } else {
                names
                    .get(&i)
                    .map_or_else(|| format!("word #{}", i - NAMED), |w| format!("\"{w}\""))
            };
            Moved {
                feature,
                change: (change * 1000.0).round() / 1000.0,
            }
        })
        .collect()
}
