//! Training the check-worthiness model: L2-regularised logistic regression, full batch, by Adam
//! steps over sparse features, in a fixed order (so the same data gives the same weights).
//! Written here rather than taken from a crate (linfa, smartcore): it is one convex loss and its
//! gradient, about a hundred lines, while those crates bring ndarray and a dense design matrix for
//! what is a few dozen non-zero features per sentence. Pure: no I/O.

use super::{FIXED, Model, NAMED, ValueKind, visit};

/// A labelled statement as sparse features (index, value).
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<(u32, f32)>,
    pub label: bool,
}

impl Example {
    pub fn new(text: &str, kinds: &[ValueKind], bits: u32, label: bool) -> Example {
        let mut features: Vec<(u32, f32)> = Vec::new();
        visit(text, kinds, bits, |i, x| {
            features.push((i as u32, x as f32))
        });
        features.sort_unstable_by_key(|&(i, _)| i);
        // A word said twice is one feature of value 2.
        features.dedup_by(|b, a| {
            if a.0 == b.0 {
                a.1 += b.1;
                true
            } else {
                false
            }
        });
        Example { features, label }
    }
}

/// How to fit: the L2 strength toward the prior weights, whether the bias is held to its prior
/// too, and how many full passes.
#[derive(Debug, Clone, Copy)]
pub struct Fit {
    pub lambda: f64,
    pub regularise_bias: bool,
    pub iterations: usize,
    pub step: f64,
}

impl Default for Fit {
    fn default() -> Self {
        Fit {
            lambda: 1.0,
            regularise_bias: false,
            iterations: 400,
            step: 0.05,
        }
    }
}

fn dot(w: &[f64], features: &[(u32, f32)]) -> f64 {
    features
        .iter()
        .map(|&(i, x)| w[i as usize] * f64::from(x))
        .sum()
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// The weights that minimise Σ log-loss + λ/2 ‖w − prior‖², starting from `prior`. The hand-set
/// weights (`FIXED`) stay as the prior has them.
pub fn fit(examples: &[Example], prior: &Model, how: Fit) -> Model {
    let dim = prior.weights.len();
    let mut w = prior.weights.clone();
    let fixed: Vec<usize> = FIXED
        .iter()
        .filter_map(|(name, _)| super::CUES.iter().position(|c| c == name))
        .collect();
    let (mut m, mut v) = (vec![0.0; dim], vec![0.0; dim]);
    let mut grad = vec![0.0; dim];
    let (b1, b2, eps) = (0.9f64, 0.999f64, 1e-8);
    for t in 1..=how.iterations {
        for (g, (wi, pi)) in grad.iter_mut().zip(w.iter().zip(&prior.weights)) {
            *g = how.lambda * (wi - pi);
        }
        if !how.regularise_bias {
            grad[0] = 0.0;
        }
        for e in examples {
            let p = sigmoid(dot(&w, &e.features));
            let r = p - f64::from(u8::from(e.label));
            for &(i, x) in &e.features {
                grad[i as usize] += r * f64::from(x);
            }
        }
        for &i in &fixed {
            grad[i] = 0.0;
        }
        // Adam with a step that shrinks slowly, so the last passes settle instead of circling.
        let step = how.step / (1.0 + t as f64 / 100.0).sqrt();
        let (c1, c2) = (1.0 - b1.powi(t as i32), 1.0 - b2.powi(t as i32));
        for i in 0..dim {
            let g = grad[i];
            if g == 0.0 && m[i] == 0.0 {
                continue;
            }
            m[i] = b1 * m[i] + (1.0 - b1) * g;
            v[i] = b2 * v[i] + (1.0 - b2) * g * g;
            w[i] -= step * (m[i] / c1) / ((v[i] / c2).sqrt() + eps);
        }
    }
    Model {
        bits: prior.bits,
        weights: w,
    }
}

/// The log-odds of each example under `model`.
pub fn logits(model: &Model, examples: &[Example]) -> Vec<f64> {
    examples
        .iter()
        .map(|e| dot(&model.weights, &e.features))
        .collect()
}

/// The area under the ROC curve: the chance that a random positive scores above a random
/// negative (ties count half). `None` without both.
pub fn auc(scores: &[f64], labels: &[bool]) -> Option<f64> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let (mut rank_sum, mut positives) = (0.0, 0usize);
    let mut i = 0;
    while i < order.len() {
        // A run of ties shares its average rank.
        let mut j = i;
        while j + 1 < order.len() && scores[order[j + 1]] == scores[order[i]] {
            j += 1;
        }
        let rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            if labels[k] {
                rank_sum += rank;
                positives += 1;
            }
        }
        i = j + 1;
    }
    let negatives = scores.len() - positives;
    if positives == 0 || negatives == 0 {
        return None;
    }
    let p = positives as f64;
    Some((rank_sum - p * (p + 1.0) / 2.0) / (p * negatives as f64))
}

/// The out-of-fold log-odds of every example in `folds`-fold cross-validation: the examples are
/// dealt to folds by a fixed shuffle, each fold scored by a model fitted on the others.
pub fn cross_validate(examples: &[Example], prior: &Model, how: Fit, folds: usize) -> Vec<f64> {
    let fold_of = fold_assignment(examples.len(), folds);
    let mut out = vec![0.0; examples.len()];
    for k in 0..folds {
        let train: Vec<Example> = examples
            .iter()
            .zip(&fold_of)
            .filter(|(_, f)| **f != k)
            .map(|(e, _)| e.clone())
            .collect();
        let model = fit(&train, prior, how);
        for (i, e) in examples.iter().enumerate() {
            if fold_of[i] == k {
                out[i] = dot(&model.weights, &e.features);
            }
        }
    }
    out
}

/// Fold numbers for `n` examples: a Fisher–Yates shuffle with a fixed seed (splitmix64), dealt in
/// turn, so every fold has the same size and the same run gives the same folds.
fn fold_assignment(n: usize, folds: usize) -> Vec<usize> {
    let mut state = 0x5eed_u64;
    let mut next = || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    let mut fold_of = vec![0; n];
    for (k, &i) in order.iter().enumerate() {
        fold_of[i] = k % folds.max(1);
    }
    fold_of
}

/// The zero model with the hand-set weights in place: where training the shipped model starts.
pub fn start(bits: u32) -> Model {
    let mut m = Model::zeros(bits);
    for (name, w) in FIXED {
        if let Some(i) = super::CUES.iter().position(|c| c == name) {
            m.weights[i] = *w;
        }
    }
    debug_assert!(m.weights.len() == NAMED + (1 << bits));
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_counts_pairs_in_order_and_ties_as_half() {
        assert_eq!(auc(&[0.1, 0.2, 0.3], &[false, false, true]), Some(1.0));
        assert_eq!(auc(&[0.3, 0.2, 0.1], &[false, false, true]), Some(0.0));
        assert_eq!(auc(&[0.5, 0.5], &[false, true]), Some(0.5));
        assert_eq!(auc(&[0.5, 0.7], &[true, true]), None);
    }

    #[test]
    fn fitting_separates_what_the_words_separate() {
        let bits = 8;
        let data = [
            ("The plant employs 400 people.", true),
            ("Unemployment fell to 4% in 2021.", true),
            ("The bridge cost $2 billion to build.", true),
            ("Thank you all for coming tonight.", false),
            ("I think that is wonderful.", false),
            ("Good evening and welcome.", false),
        ];
        let examples: Vec<Example> = data
            .iter()
            .map(|(t, l)| Example::new(t, &[], bits, *l))
            .collect();
        let model = fit(&examples, &start(bits), Fit::default());
        let scores = logits(&model, &examples);
        let labels: Vec<bool> = data.iter().map(|d| d.1).collect();
        assert_eq!(auc(&scores, &labels), Some(1.0));
        // The same data gives the same weights.
        assert_eq!(fit(&examples, &start(bits), Fit::default()), model);
    }

    #[test]
    fn folds_are_even_and_fixed() {
        let a = fold_assignment(103, 5);
        assert_eq!(a, fold_assignment(103, 5));
        for k in 0..5 {
            let n = a.iter().filter(|&&f| f == k).count();
            assert!((20..=21).contains(&n));
        }
    }
}
