//! The check-worthiness score ranks: no pile-up at the top of an article, and hedges, captions and
//! questions below the facts beside them. The sentences and articles here are written for these
//! tests (fixtures/score/), none from the training data.

use chrono::NaiveDate;
use claimdesk::extract::score::{THRESHOLD, score};
use claimdesk::extract::{extract, normalize, values};

fn scored(text: &str) -> f64 {
    let kinds: Vec<_> = values::scan(text, None)
        .into_iter()
        .map(|v| v.kind)
        .collect();
    score(text, &kinds).0
}

#[test]
fn no_more_than_one_in_twenty_of_an_article_s_claims_share_the_top_score() {
    let articles = [
        include_str!("../fixtures/score/budget.txt"),
        include_str!("../fixtures/score/flood.txt"),
        include_str!("../fixtures/score/marathon.txt"),
        include_str!("../fixtures/vande-hei-soyuz.txt"),
    ];
    for text in articles {
        let x = extract(&normalize(text), NaiveDate::from_ymd_opt(2023, 5, 4));
        let n = x.claims.len();
        assert!(n >= 15, "{n} claims in {}", &text[..40]);
        let top = x.claims.iter().map(|c| c.score).fold(0.0, f64::max);
        let at_top = x.claims.iter().filter(|c| c.score == top).count();
        assert!(
            at_top <= (n / 20).max(1),
            "{at_top} of {n} claims share the top score {top} in {}",
            &text[..40]
        );
        // Scores spread out: not half of them within a hair of the top.
        let near_top = x.claims.iter().filter(|c| c.score > top - 0.05).count();
        assert!(near_top * 2 < n, "{near_top} of {n} within 0.05 of the top");
    }
}

#[test]
fn hedges_captions_questions_and_feelings_rank_below_facts() {
    let facts = [
        "The strikes have killed 105 children so far, the health ministry said.",
        "Unemployment in the region fell to 4.8% in March, below the national average.",
        "The council approved a $4.2 billion budget on Thursday by a vote of 7 to 2.",
        "The river rose 4.2 meters in 24 hours, the highest level since records began in 1961.",
        "Exports grew by 12% last year, according to the trade ministry.",
        "She has won 14 of her last 16 races, including the Boston Marathon in April.",
    ];
    let others = [
        "It's possible there will be more.",
        "It may be possible that more people come forward later.",
        "Mayor Linda Park (pictured) at City Hall on Tuesday.",
        "Soldiers from left: Private Zhao, Corporal Ma and Sergeant Lin.",
        "Could this have been prevented?",
        "Thank you so much, everyone!",
        "I think we did the best we could.",
        "Our thoughts are with the families.",
    ];
    let lowest_fact = facts
        .iter()
        .map(|f| (scored(f), f))
        .min_by(|a, b| a.0.total_cmp(&b.0));
    let highest_other = others
        .iter()
        .map(|o| (scored(o), o))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let (lowest_fact, highest_other) = (lowest_fact.unwrap(), highest_other.unwrap());
    assert!(
        lowest_fact.0 > highest_other.0,
        "{lowest_fact:?} does not rank above {highest_other:?}"
    );
    for f in facts {
        assert!(scored(f) >= THRESHOLD, "{f} is below the threshold");
    }
}

#[test]
fn a_number_in_a_hedge_does_not_make_it_a_fact() {
    let fact = scored("The storm killed 105 people in the region, officials said.");
    let hedge = scored("It's possible that 105 people could be affected if it comes.");
    assert!(fact > hedge, "fact {fact}, hedge {hedge}");
}
