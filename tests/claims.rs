//! Claims: what the extractor offers a reviewer, on made-up news text and on the fixture article.

use chrono::NaiveDate;
use claimdesk::extract::{Claim, Extraction, extract};

fn run(text: &str) -> Extraction {
    extract(text, NaiveDate::from_ymd_opt(2022, 3, 13))
}

fn texts(x: &Extraction) -> Vec<&str> {
    x.claims.iter().map(|c| c.text.as_str()).collect()
}

/// The first claim (the test fails, listing every claim, without one).
fn first_claim(x: &Extraction) -> &Claim {
    x.claims
        .first()
        .unwrap_or_else(|| panic!("no claim: {:?}", texts(x)))
}

/// The one claim whose text holds `needle` (the test fails, listing every claim, with none or
/// several).
fn only_claim_with<'a>(x: &'a Extraction, needle: &str) -> &'a Claim {
    let found: Vec<&Claim> = x
        .claims
        .iter()
        .filter(|c| c.text.contains(needle))
        .collect();
    match found[..] {
        [one] => one,
        _ => panic!("{} claims hold {needle:?}: {:?}", found.len(), texts(x)),
    }
}

/// The first claim whose text holds `needle` (the test fails, listing every claim, without one).
fn claim_with<'a>(x: &'a Extraction, needle: &str) -> &'a Claim {
    x.claims
        .iter()
        .find(|c| c.text.contains(needle))
        .unwrap_or_else(|| panic!("no claim holds {needle:?}: {:?}", texts(x)))
}

#[test]
fn a_statement_printed_twice_gives_one_claim_even_when_quotes_or_spaces_differ() {
    let x = run(
        "The mayor's office said 1,200 homes lost power on Monday.\n\n\
         The mayor’s office said 1,200 homes  lost power on Monday.\n\n\
         The mayor's office said 1,200 homes lost power on Monday.",
    );
    assert_eq!(x.claims.len(), 1, "{:?}", texts(&x));
}

#[test]
fn a_caption_cut_short_goes_with_its_full_twin() {
    let text = "In new remarks on Friday, Senator Jane Doe (pictured) said\n\n\
                In new remarks on Friday, Senator Jane Doe (pictured) said taxes rose by 4% in 2021.";
    let x = run(text);
    // One claim, worded to stand alone: the day made a date, the caption mark left out.
    assert_eq!(
        texts(&x),
        ["In new remarks on March 11, 2022, Senator Jane Doe said taxes rose by 4% in 2021."]
    );
    let c = &x.claims[0];
    assert_eq!(
        c.claimant.as_ref().map(|c| c.name.as_str()),
        Some("Jane Doe")
    );
    let pieces: Vec<&str> = c.parts.iter().map(|[a, b]| &text[*a..*b]).collect();
    assert!(!pieces.iter().any(|p| p.contains("pictured")), "{pieces:?}");
}

#[test]
fn lines_of_ids_and_numbers_give_no_claim() {
    let x = run(
        "44120931 99812 photo b 7 1650000000000\n\nThe bridge, built in 1932, carries 40,000 cars a day.",
    );
    assert_eq!(
        texts(&x),
        [
            "The bridge carries 40,000 cars a day.",
            "The bridge was built in 1932."
        ]
    );
}

#[test]
fn joined_independent_statements_become_atomic_claims_with_their_own_values() {
    let text = "In 2004, she founded the charity in Leeds, and 12 years later it had 300 staff.";
    let x = run(text);
    assert_eq!(
        texts(&x),
        [
            "In 2004, she founded the charity in Leeds.",
            "In 2016 it had 300 staff."
        ]
    );
    let second = &x.claims[1];
    let values: Vec<(&str, Option<&str>)> = second
        .values
        .iter()
        .map(|&i| (x.values[i].kind.as_str(), x.values[i].value.as_deref()))
        .collect();
    assert!(values.contains(&("date", Some("2016"))), "{values:?}");
    // Each part is a verbatim span of the text, inside the claim's span, in reading order.
    for c in &x.claims {
        let mut at = c.start;
        for [a, b] in &c.parts {
            assert!(
                *a >= at && a < b && *b <= c.end,
                "{:?} in {}..{}",
                c.parts,
                c.start,
                c.end
            );
            at = *b;
        }
    }
    let [a, b] = x.claims[1].parts[0];
    assert_eq!(&text[a..b], "12 years later it had 300 staff.");
}

#[test]
fn an_opinion_joined_to_a_fact_is_not_listed() {
    let x = run("The council approved the budget of $4 million, and we think that is good news.");
    assert_eq!(x.claims.len(), 1, "{:?}", texts(&x));
    assert!(x.claims[0].text.contains("$4 million"), "{:?}", texts(&x));
}

#[test]
fn questions_feelings_and_greetings_rank_below_checkable_statements() {
    let x = run(
        "Officials said the dam holds 2.1 million cubic metres of water.\n\n\
         Will the dam hold until 2030?\n\n\
         I cried a lot when I heard the news.\n\n\
         Hello and welcome, everyone!",
    );
    assert_eq!(x.claims.len(), 1, "{:?}", texts(&x));
    assert!(x.claims[0].cues.iter().any(|c| c == "attribution"));
    assert!(x.claims[0].cues.iter().any(|c| c == "value"));
}

#[test]
fn cues_explain_the_score() {
    let x =
        run("The company reported its highest quarterly profit ever, $2.3 billion, the CEO said.");
    let c = &x.claims[0];
    for cue in ["value", "superlative", "attribution"] {
        assert!(
            c.cues.iter().any(|x| x == cue),
            "{cue} missing from {:?}",
            c.cues
        );
    }
    assert!(c.score > 0.8 && c.score <= 1.0);
}

#[test]
fn subjects_resolve_pronouns_to_the_nearest_person() {
    let x = run(
        "Maria Lopez, 52, was elected mayor of Springfield in 2019.\n\n\
         In 2021, she cut the city budget by 8%.\n\n\
         Her deputy, Tom Reyes, said the cuts saved $3 million.",
    );
    let subjects: Vec<(&str, Option<&str>)> = x
        .claims
        .iter()
        .map(|c| (c.text.as_str(), c.subject.as_deref()))
        .collect();
    assert_eq!(
        subjects,
        [
            (
                "Maria Lopez was elected mayor of Springfield in 2019.",
                Some("Maria Lopez")
            ),
            ("Maria Lopez is 52 years old.", Some("Maria Lopez")),
            (
                "In 2021, Maria Lopez cut the city budget by 8%.",
                Some("Maria Lopez")
            ),
            // Reported words are about what they name ("the cuts"), not about their speaker,
            // who is the claim's claimant.
            ("Tom Reyes said the cuts saved $3 million.", None),
            // "Her" after the verb means the one woman named before.
            ("Tom Reyes is Maria Lopez's deputy.", Some("Tom Reyes")),
        ]
    );
}

#[test]
fn a_name_after_a_preposition_is_not_the_subject() {
    let x = run("Amid protests in Paris, Prime Minister Jean Dupont announced 3,000 new jobs.");
    // Named in full, without the title.
    assert_eq!(x.claims[0].subject.as_deref(), Some("Jean Dupont"));
}

/// The fixture article: every checkable statement once, with its values, and none of the junk.
#[test]
fn the_fixture_gives_each_checkable_claim_once() {
    // As imported: normalized first (the fixture has no-break spaces).
    let text = claimdesk::extract::normalize(include_str!("../fixtures/vande-hei-soyuz.txt"));
    let x = run(&text);
    let find = |needle: &str| -> Vec<&claimdesk::extract::Claim> {
        x.claims
            .iter()
            .filter(|c| c.text.contains(needle))
            .collect()
    };
    let value_of = |c: &claimdesk::extract::Claim, kind: &str| -> Vec<String> {
        c.values
            .iter()
            .map(|&i| &x.values[i])
            .filter(|v| v.kind.as_str() == kind)
            .filter_map(|v| v.value.clone())
            .collect()
    };
    // Captions printed twice: one claim each; the caption that restates the lede in other words
    // is the lede's claim, appearing three times (the lede, the caption and its copy).
    assert!(find("is due to return from the International Space Station").is_empty());
    let lede = find("is due to return to Kazakhstan");
    assert_eq!(lede.len(), 1);
    assert_eq!(lede[0].appearances.len(), 3, "{:?}", lede[0]);
    assert_eq!(find("shows the astronauts saying goodbye").len(), 1);
    // "a married father of two" in the lede and "a married father of two children" in a caption
    // printed twice: one fact, three appearances.
    assert!(find("married father of two children").is_empty());
    let father = find("married father of two");
    assert_eq!(father.len(), 1);
    assert_eq!(father[0].appearances.len(), 3, "{:?}", father[0]);
    assert!(find("family expressed concern").len() <= 1);
    // The stray line of image ids: nothing.
    assert!(find("1647181437407").is_empty());
    // The truncated caption goes with its full twin.
    assert_eq!(find("In new threats over the weekend").len(), 1);

    let record = find("355 days");
    assert_eq!(record.len(), 1);
    assert_eq!(value_of(record[0], "duration"), ["P355D"]);
    assert!(record[0].cues.iter().any(|c| c == "superlative"));
    assert_eq!(record[0].kind.as_str(), "comparison");
    // The lead's appositive gives one claim per fact, each about the astronaut.
    let landing = find("is due to return to Kazakhstan");
    assert_eq!(landing.len(), 1);
    assert_eq!(value_of(landing[0], "date"), ["2022-03-30"]);
    assert!(
        landing[0]
            .text
            .starts_with("Mark Vande Hey is due to return")
    );
    assert!(landing[0].text.ends_with("on March 30, 2022."));
    assert_eq!(landing[0].kind.as_str(), "prediction");
    let age = find("Mark Vande Hey is 55 years old");
    assert_eq!(value_of(age[0], "age"), ["55"]);
    assert_eq!(age[0].subject.as_deref(), Some("Mark Vande Hey"));
    let pieces: Vec<String> = age[0]
        .parts
        .iter()
        .map(|[a, b]| text.chars().skip(*a).take(b - a).collect())
        .collect();
    assert_eq!(pieces, ["Mark Vande Hey", "55-year-old"]);
    assert_eq!(find("Mark Vande Hey is from Texas").len(), 1);
    assert_eq!(
        find("Mark Vande Hey has spent nearly a year on board").len(),
        1
    );
    assert_eq!(value_of(find("Mary is 77 years old")[0], "age"), ["77"]);
    assert_eq!(value_of(find("Tom is 80 years old")[0], "age"), ["80"]);
    assert_eq!(value_of(find("since April 2021")[0], "date"), ["2021-04"]);
    assert_eq!(value_of(find("In April 2021")[0], "date"), ["2021-04"]);
    assert!(value_of(find("In September 2021")[0], "date").contains(&"2021-09".to_string()));
    assert!(value_of(find("February 21, 2022")[0], "date").contains(&"2022-02-21".to_string()));
    assert_eq!(value_of(find("500-ton")[0], "quantity"), ["500 t"]);
    assert!(value_of(find("in 1989")[0], "date").contains(&"1989".to_string()));
    // "In 1999, he became …, and 10 years later he was selected" is two claims, each naming him.
    // A bare surname is given in full, as the article first named him.
    let y1999 = find("In 1999, Mark Vande Hey became");
    assert_eq!(y1999.len(), 1);
    assert!(!y1999[0].text.contains("selected"));
    let later = find("Vande Hey was selected as an astronaut");
    assert_eq!(value_of(later[0], "date"), ["2009"]);
    assert!(later[0].text.starts_with("In 2009"));
    assert_eq!(later[0].subject.as_deref(), Some("Mark Vande Hey"));
    // "born in Virginia and raised in New Jersey and Minnesota": two claims.
    assert_eq!(find("Vande Hey was born in Virginia.").len(), 1);
    assert_eq!(
        find("Vande Hey was raised in New Jersey and Minnesota.").len(),
        1
    );
    // The caption printed twice is the lede's claim (above).
    assert!(find("of NASA is due to return").is_empty());
    // Who says what.
    let claimant = |needle: &str| {
        let c = find(needle)[0].claimant.clone().expect(needle);
        (c.name, c.kind.as_str())
    };
    assert_eq!(
        claimant("They agreed to be responsible"),
        ("Scott Kelly".into(), "person")
    );
    assert_eq!(
        claimant("confident Mark Vande Hey will return"),
        ("NASA".into(), "organization")
    );
    assert_eq!(
        claimant("Mark has a great relationship"),
        ("Mary".into(), "person")
    );
    assert!(
        find("Vande Hey was born in Virginia.")[0]
            .claimant
            .is_none()
    );
    // Noise: caption marks, exclamations and questions are not claims.
    assert!(find("(pictured)").is_empty());
    assert!(find("your conscience").is_empty());
    assert!(find("who will save the ISS").is_empty());
    assert!(find("is pictured with his wife").is_empty());
    // A feeling ranks below every checkable fact of the lead (the trained score is not yet sure
    // enough to drop a quoted feeling: issue 10 keeps that open).
    let feeling = find("I cried a lot");
    let record_score = record[0].score;
    assert!(
        feeling
            .iter()
            .all(|f| f.score < record_score && f.score < age[0].score),
        "{:?}",
        feeling.iter().map(|f| f.score).collect::<Vec<_>>()
    );
    // No claim text repeats.
    let mut seen = std::collections::HashSet::new();
    for c in &x.claims {
        assert!(seen.insert(c.text.to_lowercase()), "repeated: {}", c.text);
    }
}

/// Several genres (politics, weather, polls, disasters, sport, courts, obituaries): each fact a
/// claim of its own, worded to stand alone, with who says it.
#[test]
fn news_of_several_genres_gives_atomic_claims_with_their_claimants() {
    let text = "WASHINGTON (AP) — The Senate voted 52-48 on Tuesday to pass the bill, which would \
                raise the minimum wage to $15 an hour by 2027.\n\n\
                Senator Kirsten Gillibrand, a Democrat from New York, said the measure would lift \
                900,000 people out of poverty.\n\n\
                The National Oceanic and Atmospheric Administration said the storm was the \
                strongest to hit the region since 1992.\n\n\
                Roughly 40% of voters backed the plan, according to a Gallup poll.\n\n\
                Six people were killed and 12 injured when the bus overturned near Lyon, police \
                said.\n\n\
                Smith scored twice in the second half and Arsenal won 3-1.\n\n\
                Photo: John Doe/Reuters\n\n\
                The judge sentenced Jones to 15 years in prison on Friday.\n\n\
                Ann Lee, who starred in more than 60 films, died at her home in Los Angeles on \
                Sunday.";
    let x = extract(text, NaiveDate::from_ymd_opt(2024, 5, 8));
    let found: Vec<(&str, Option<(&str, &str)>)> = x
        .claims
        .iter()
        .map(|c| {
            (
                c.text.as_str(),
                c.claimant
                    .as_ref()
                    .map(|c| (c.name.as_str(), c.kind.as_str())),
            )
        })
        .collect();
    let expect = [
        (
            "The Senate voted 52-48 on May 7, 2024 to pass the bill.",
            None,
        ),
        (
            "The bill would raise the minimum wage to $15 an hour by 2027.",
            None,
        ),
        (
            "Senator Kirsten Gillibrand said the measure would lift 900,000 people out of poverty.",
            Some(("Kirsten Gillibrand", "person")),
        ),
        (
            "Senator Kirsten Gillibrand is a Democrat from New York.",
            None,
        ),
        (
            "The National Oceanic and Atmospheric Administration said the storm was the strongest to hit the region since 1992.",
            Some((
                "National Oceanic and Atmospheric Administration",
                "organization",
            )),
        ),
        (
            "According to Gallup, roughly 40% of voters backed the plan.",
            Some(("Gallup", "organization")),
        ),
        // A clause of time is a fact of its own; the speaker named at the end says both.
        (
            "According to police, six people were killed and 12 injured.",
            Some(("police", "organization")),
        ),
        (
            "According to police, the bus overturned near Lyon.",
            Some(("police", "organization")),
        ),
        ("Smith scored twice in the second half.", None),
        (
            "The judge sentenced Jones to 15 years in prison on May 3, 2024.",
            None,
        ),
        (
            "Ann Lee died at her home in Los Angeles on May 5, 2024.",
            None,
        ),
        ("Ann Lee starred in more than 60 films.", None),
    ];
    for e in expect {
        assert!(found.contains(&e), "{e:?} not in {found:#?}");
    }
    // The dateline is not part of the lead claim; the credit gives no claim.
    let lead = &x.claims[0];
    let senate = text.find("The Senate").unwrap();
    assert_eq!(lead.start, text[..senate].chars().count());
    assert!(x.claims.iter().all(|c| !c.text.contains("Reuters")));
    let subject = |needle: &str| {
        x.claims
            .iter()
            .find(|c| c.text.contains(needle))
            .and_then(|c| c.subject.clone())
    };
    // The storm is not named: no subject; the agency that says it is the claimant.
    assert_eq!(subject("strongest to hit").as_deref(), None);
    assert_eq!(subject("starred in").as_deref(), Some("Ann Lee"));
}

/// A quote tagged by a pronoun ("…,” she told reporters) is reworded with the speaker's name and
/// the verb, not the pronoun.
#[test]
fn a_pronoun_speaker_tag_is_reworded_with_the_name() {
    let x = run(
        "Mayor Linda Park spoke to the council on Monday.\n\n“The city hired 40 new teachers in 2023,” she told reporters.",
    );
    let quote = claim_with(&x, "40 new teachers");
    assert!(
        quote.text.starts_with("Mayor Linda Park said: “"),
        "{}",
        quote.text
    );
    assert_eq!(
        quote.claimant.as_ref().map(|c| c.name.as_str()),
        Some("Linda Park")
    );
}

/// A pronoun inside quoted words is resolved in brackets, as an editor marks what was added to a
/// quote; outside quotes the name stands plain.
#[test]
fn a_pronoun_inside_a_quote_is_resolved_in_brackets() {
    let x = run(
        "Coach Maria Lopez led the team for 12 seasons.\n\n“After the move, she won 31 games in 2019, a club record.”",
    );
    let quoted = claim_with(&x, "31 games");
    assert!(
        quoted.text.contains("[Coach Maria Lopez] won"),
        "{}",
        quoted.text
    );
    assert!(!quoted.text.contains(" she "), "{}", quoted.text);
}

#[test]
fn a_short_sentence_with_a_number_is_a_claim_once_its_pronoun_is_named() {
    // "She was 91." holds two words and a number: it is the obituary's age, scored as the
    // reader gets it, with its pronoun named.
    let x = run("Mary Smith, a retired surgeon, died on Tuesday in Leeds. She was 91.");
    let age = x
        .claims
        .iter()
        .find(|c| c.text == "Mary Smith was 91.")
        .unwrap_or_else(|| panic!("{:?}", texts(&x)));
    let kinds: Vec<_> = age.values.iter().map(|&k| x.values[k].kind).collect();
    assert_eq!(kinds, [claimdesk::extract::ValueKind::Age]);
}

#[test]
fn a_participle_clause_takes_the_irregular_past() {
    let x = run(
        "The company's sales rose 12% last year, making it the largest seller of bicycles in Europe.",
    );
    assert!(
        texts(&x)
            .iter()
            .any(|t| t.contains(" made it the largest seller")),
        "{:?}",
        texts(&x)
    );
}

#[test]
fn a_result_on_the_subject_itself_is_worded_from_the_event() {
    let x = run("Labour won 411 seats at the election, giving it a majority of 174.");
    assert!(
        texts(&x)
            .iter()
            .any(|t| t.contains("That gave Labour a majority of 174")),
        "{:?}",
        texts(&x)
    );
}

#[test]
fn what_a_need_puts_before_has_not_happened_and_a_listener_is_no_word_said() {
    let x = run(
        "Powell told lawmakers the central bank needed greater confidence before lowering \
         borrowing costs.\n\nShe served two terms in the state House before winning her Senate seat.",
    );
    let t = texts(&x);
    assert!(!t.iter().any(|t| t.contains("lowered")), "{t:?}");
    assert!(
        t.iter()
            .any(|t| t.starts_with("Powell said the central bank needed")),
        "{t:?}"
    );
    assert!(t.iter().any(|t| t.contains("won her Senate seat")), "{t:?}");
}

/// A tag that ends a sentence speaks for every clause of it, and for what an appositive says of a
/// thing named by a common noun; what an appositive says of a person stays the article's.
#[test]
fn a_tag_that_ends_a_sentence_speaks_for_all_of_it() {
    let x = run(
        "Mortgage rates, which topped 7% last fall, have eased to 6.4%, Freddie Mac said.\n\n\
         The summit will be held in Nairobi next year, Kenya’s foreign ministry tweeted, and 54 \
         African leaders have been invited.\n\n\
         Tom Ray, a former miner who worked 30 years underground, died on Sunday, his son, Ben Ray, said.",
    );
    let claimant_of = |needle: &str| -> Vec<Option<String>> {
        let found: Vec<Option<String>> = x
            .claims
            .iter()
            .filter(|c| c.text.contains(needle))
            .map(|c| c.claimant.as_ref().map(|c| c.name.clone()))
            .collect();
        assert!(!found.is_empty(), "{needle:?} not in {:#?}", texts(&x));
        found
    };
    for (needle, who) in [
        ("7%", "Freddie Mac"),
        ("6.4%", "Freddie Mac"),
        ("Nairobi", "Kenya’s foreign ministry"),
        ("54 African", "Kenya’s foreign ministry"),
        ("died on", "Ben Ray"),
    ] {
        for got in claimant_of(needle) {
            assert_eq!(got.as_deref(), Some(who), "{needle}: {:#?}", texts(&x));
        }
    }
    for got in claimant_of("30 years") {
        assert_eq!(got, None);
    }
}

/// "Tesla said it delivered …": what an organisation says of "it" is about itself.
#[test]
fn an_organisation_that_says_it_speaks_of_itself() {
    let x = run("Tesla said it delivered 443,956 vehicles in the second quarter.");
    let c = claim_with(&x, "443,956");
    assert_eq!(c.subject.as_deref(), Some("Tesla"));
}

/// Two people named in full and joined by "and" at the head of a sentence are its subject
/// together; a name and a thing are not joined.
#[test]
fn two_names_joined_as_the_subject_are_its_subject_together() {
    let x = run("Linda Park and Tom Reyes founded the shelter in 2011 with 12 dogs.");
    assert_eq!(
        x.claims.first().and_then(|c| c.subject.as_deref()),
        Some("Linda Park and Tom Reyes"),
        "{:?}",
        texts(&x)
    );
}

#[test]
fn a_datelines_place_is_no_one_a_pronoun_could_mean() {
    let x = run("LONDON — Mary Smith died on Tuesday at her home in Oxford. She was 91.");
    assert!(texts(&x).contains(&"Mary Smith was 91."), "{:?}", texts(&x));
}

/// Person or organisation from the evidence: a name that reads as a person's but is an
/// organisation's ("Freddie Mac"), a speaker of one word who speaks of "he" (a person, and what
/// "he" did is about them).
#[test]
fn a_speaker_is_a_person_or_an_organisation_by_the_evidence() {
    use claimdesk::extract::ClaimantKind;
    let x = run("Mortgage rates have eased to 6.4%, Freddie Mac said.");
    let c = first_claim(&x);
    let who = c.claimant.as_ref().expect("a claimant");
    assert_eq!(
        (who.name.as_str(), who.kind),
        ("Freddie Mac", ClaimantKind::Organization)
    );
    let x = run("Okafor tweeted that he had signed with Galatasaray for 8 million euros.");
    let c = first_claim(&x);
    let who = c.claimant.as_ref().expect("a claimant");
    assert_eq!(
        (who.name.as_str(), who.kind),
        ("Okafor", ClaimantKind::Person)
    );
    assert_eq!(c.subject.as_deref(), Some("Okafor"));
    // Another man named before: "he" may be him, so the claim is about no one named.
    let x = run("Tom Reyes was injured on Sunday.\n\nOkafor said that he would miss 6 games.");
    let c = claim_with(&x, "6 games");
    assert_ne!(c.subject.as_deref(), Some("Okafor"));
}

/// "His lawyer, Susan Kwan": the possessive means the one man named before, not Kwan herself;
/// with two people it could mean, it stays as written.
#[test]
fn a_possessive_after_the_verb_names_the_one_person_it_can_mean() {
    let x = run(
        "Ibarra, 58, faces up to 20 years in prison. His lawyer, Susan Kwan, said he would appeal.",
    );
    assert!(
        texts(&x).contains(&"Susan Kwan is Ibarra's lawyer."),
        "{:?}",
        texts(&x)
    );
    let x = run(
        "Ibarra, 58, and Tom Reyes, 61, face up to 20 years in prison. His lawyer, Susan Kwan, said he would appeal.",
    );
    assert!(
        texts(&x).contains(&"Susan Kwan is his lawyer."),
        "{:?}",
        texts(&x)
    );
}

/// A place right after the common noun that heads the subject is what the figure is about.
#[test]
fn a_place_in_the_subject_is_what_a_figure_is_about() {
    let x = run("Unemployment in Spain fell to 11.2% in the third quarter.");
    assert_eq!(
        x.claims.first().and_then(|c| c.subject.as_deref()),
        Some("Spain"),
        "{:?}",
        texts(&x)
    );
    // Not a place in a leading phrase.
    let x = run("Born in Lagos in 1944, Chike Obi recorded more than 30 albums.");
    assert!(
        x.claims
            .iter()
            .all(|c| c.subject.as_deref() == Some("Chike Obi")),
        "{:?}",
        x.claims.iter().map(|c| &c.subject).collect::<Vec<_>>()
    );
}

/// A speaker's words stated again later without the tag are the same fact, the speaker's: one
/// claim with two appearances.
#[test]
fn a_tagged_fact_stated_again_without_its_tag_is_one_claim() {
    let x = run(
        "The city agreed to pay $8.5 million to settle the lawsuit, the family’s attorney, Ben Crump, said Friday.\n\n\
         The mayor did not comment.\n\n\
         The city agreed to pay $8.5 million to settle the lawsuit.",
    );
    let same = only_claim_with(&x, "$8.5 million");
    assert_eq!(same.appearances.len(), 2, "{same:?}");
    assert_eq!(
        same.claimant.as_ref().map(|c| c.name.as_str()),
        Some("Ben Crump")
    );
}

/// The same, with the copy right after the tagged sentence in one paragraph.
#[test]
fn a_tagged_fact_repeated_at_once_without_its_tag_is_one_claim() {
    let x = run(
        "The city agreed to pay $8.5 million to settle the lawsuit, the family’s attorney, Ben Crump, said Friday. \
         The city agreed to pay $8.5 million to settle the lawsuit.",
    );
    let same = only_claim_with(&x, "$8.5 million");
    assert_eq!(same.appearances.len(), 2, "{same:?}");
}

#[test]
fn a_part_of_a_relative_period_keeps_its_words_when_the_period_is_made_absolute() {
    // Published 2022-03-13: "next year" is 2022 + 1.
    let x = run("The $40 million repairs to the bridge will be finished by the end of next year.");
    let t = texts(&x);
    assert!(t.iter().any(|c| c.contains("by the end of 2023")), "{t:?}");
    assert!(t.iter().all(|c| !c.contains("the in")), "{t:?}");
}

#[test]
fn a_date_that_modifies_a_noun_is_made_absolute_without_a_preposition() {
    // Published 2022-03-13, a Sunday: "Friday" is March 11.
    let x = run("The agency said the Friday meeting of its board was cancelled.");
    let t = texts(&x);
    assert!(
        t.iter().any(|c| c.contains("the March 11, 2022 meeting")),
        "{t:?}"
    );
}

#[test]
fn according_to_keeps_the_article_the_tag_gave_the_name() {
    let x = run(
        "About one in five adults in the U.S. lives with a mental illness, according to the National Institute of Mental Health.",
    );
    let t = texts(&x);
    assert!(
        t.iter()
            .any(|c| c.starts_with("According to the National Institute of Mental Health,")),
        "{t:?}"
    );
}

/// A police force is named in full ("Police" alone opens many sentences and names nobody).
#[test]
fn a_police_force_is_named_in_full_as_the_claimant() {
    use claimdesk::extract::ClaimantKind;
    let x = run("A man in his 40s died after a tree fell on his car, West Mercia Police said.");
    let who = first_claim(&x).claimant.as_ref().expect("a claimant");
    assert_eq!(
        (who.name.as_str(), who.kind),
        ("West Mercia Police", ClaimantKind::Organization)
    );
    let x = run("Thames Valley Police said a man had been arrested.");
    let who = first_claim(&x).claimant.as_ref().expect("a claimant");
    assert_eq!(who.name, "Thames Valley Police");
}

/// A day made absolute keeps the sentence grammatical: no "on" after a bound or another
/// preposition, and a part of the day goes before the date.
#[test]
fn a_day_made_absolute_reads_as_english() {
    let x =
        run("Network Rail said speed restrictions would remain in place until at least Monday.");
    claim_with(&x, "until at least March 14, 2022.");
    let x = run("Natural Resources Wales said 27 flood warnings were in force on Sunday morning.");
    claim_with(&x, "in force on the morning of March 13, 2022.");
    let x = run("The strike will run to Friday, the union said.");
    claim_with(&x, "run to March 18, 2022.");
    let x = run("Police arrived late Friday night, a spokesman said.");
    claim_with(&x, "late on the night of March 11, 2022");
    let x = run("The outbreak began in late January and has infected 750 people.");
    claim_with(&x, "began in late January 2022");
}

/// The labels some sites print before a picture's caption and its credit are no claims.
#[test]
fn caption_and_credit_labels_are_not_claims() {
    let x = run(
        "Image caption, Waves crashed over the sea wall in Porthcawl on Saturday\n\n\
         Image source, Getty Images\n\n\
         More than 400,000 homes were left without power on Saturday.",
    );
    assert_eq!(
        texts(&x),
        ["More than 400,000 homes were left without power on March 12, 2022."]
    );
}

/// ", meaning …" says what the event means: it is not made a fact about the subject.
#[test]
fn meaning_after_a_comma_is_not_the_subjects_act() {
    let x = run(
        "The Met Office issued a rare red warning, meaning there was a danger to life, \
         for coastal areas.",
    );
    assert!(
        x.claims.iter().all(|c| !c.text.contains(" meant ")),
        "{:?}",
        texts(&x)
    );
    let x = run("The storm hit the coast on Saturday, leaving 400,000 homes without power.");
    claim_with(&x, "The storm left 400,000 homes without power.");
}

/// A subject pronoun does not mean a person its own sentence names after it: "She also ordered
/// Park to repay" is not Park's act, so with Park the only one named before, "She" stays.
#[test]
fn a_pronoun_is_not_the_person_named_after_it_in_its_sentence() {
    let x = run(
        "Linda Park pleaded guilty in March to three counts of wire fraud.\n\n\
         \"This was a betrayal,\" U.S. District Judge Maria Alvarez said. \
         She also ordered Park to repay the full amount.",
    );
    assert!(
        x.claims
            .iter()
            .all(|c| !c.text.contains("Linda Park also ordered")),
        "{:?}",
        texts(&x)
    );
    // the rule sets aside only the person named after the pronoun
    let x = run(
        "Linda Park pleaded guilty in March. Judge Maria Alvarez said it was a betrayal. \
         She also ordered Park to repay the full amount.",
    );
    claim_with(&x, "Judge Maria Alvarez also ordered");
}

/// A dateline's agency is no one the story speaks of: "the union" later in the story is not
/// Reuters.
#[test]
fn a_datelines_agency_is_never_what_a_noun_means() {
    let x = run(
        "SEATTLE, Oct 11 (Reuters) - About 33,000 machinists walked off the job on Sept. 13.\n\n\
         The union had sought a 40% increase over four years.",
    );
    let c = claim_with(&x, "40% increase");
    assert!(!c.text.contains("Reuters"), "{:?}", c.text);
    assert_ne!(c.subject.as_deref(), Some("Reuters"));
}

/// "and also", "but later": an adverb between the conjunction and the next verb opens no clause
/// of its own; the predicate after it keeps the subject.
#[test]
fn a_predicate_after_but_also_keeps_its_subject() {
    let x = run("The mayor praised the plan but also proposed a new tax of 2% in 2021.");
    let c = claim_with(&x, "proposed a new tax");
    assert!(c.text.starts_with("The mayor"), "{:?}", texts(&x));
    assert!(
        !x.claims.iter().any(|c| c.text.starts_with("Also")),
        "{:?}",
        texts(&x)
    );
    let x = run("Harlow Foods cut 300 jobs in 2021 and later closed two plants in Ohio.");
    let c = claim_with(&x, "closed two plants");
    assert!(
        c.text.starts_with("Harlow Foods later closed"),
        "{:?}",
        texts(&x)
    );
}

/// "According to the CDC, Vaccination rates fell": a word built as an abstract noun that opened
/// the sentence is written in lower case once the tag comes first.
#[test]
fn a_common_noun_after_a_tag_put_first_loses_its_capital() {
    let x = run(
        "Vaccination rates among kindergartners fell to 92.7% last year, according to the Centers \
         for Disease Control and Prevention.",
    );
    let c = claim_with(&x, "92.7%");
    assert!(c.text.contains(", vaccination rates"), "{:?}", c.text);
}

/// "according to official results" names no one: a lowercase phrase is no claimant; "according
/// to health officials" names a group that speaks for an organisation.
#[test]
fn according_to_a_lowercase_phrase_names_a_group_of_people_only() {
    let x = run("Turnout reached 61%, according to official results released on Monday.");
    let c = claim_with(&x, "61%");
    assert!(c.claimant.is_none(), "{:?}", c.claimant);
    let x = run("Measles cases rose to 1,274 in March, according to health officials in Texas.");
    let c = claim_with(&x, "1,274");
    assert_eq!(
        c.claimant.as_ref().map(|c| c.name.as_str()),
        Some("health officials")
    );
}

/// A name the article shows to be a company ("…, the company said", "shares of X") is what "the
/// company" means, and "it" after it; a ratings agency that acts on "the company" is not it.
#[test]
fn a_company_known_by_the_words_around_it_is_what_the_company_means() {
    let x = run(
        "Harland lost $2.1 billion in the second quarter, the company said on Tuesday. \
         Fitch Ratings downgraded the company to junk status on Friday.",
    );
    let c = claim_with(&x, "$2.1 billion");
    assert_eq!(
        c.claimant.as_ref().map(|c| c.name.as_str()),
        Some("Harland")
    );
    let c = claim_with(&x, "junk status");
    assert!(
        c.text.starts_with("Fitch Ratings downgraded Harland"),
        "{:?}",
        c.text
    );
}

/// A quote that opens in one sentence and runs on is its speaker's from its first sentence, named
/// in full when the tag gives only the surname.
#[test]
fn a_quote_run_is_its_speakers_from_its_first_sentence() {
    let x = run("Rep. Daniel Ochoa voted against the budget on Tuesday.\n\n\
         \u{201c}The state lost 4,000 teachers in two years. Class sizes grew by a third.\n\n\
         \u{201c}Our schools cannot wait,\u{201d} Ochoa said.");
    for needle in ["4,000 teachers", "a third"] {
        let c = claim_with(&x, needle);
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Daniel Ochoa"),
            "{needle}"
        );
        assert_eq!(c.kind, claimdesk::extract::ClaimType::Quote, "{needle}");
    }
}

/// A thing that cuts something by an amount is a cause; a body that decides it is not.
#[test]
fn a_thing_that_cuts_something_by_an_amount_is_a_cause() {
    use claimdesk::extract::ClaimType;
    let x = run("The vaccine cut hospital admissions by 80% in a trial of 12,000 adults.");
    assert_eq!(claim_with(&x, "80%").kind, ClaimType::Causal);
    let x = run("The central bank cut interest rates by half a point to 4.5% in 2021.");
    assert_ne!(claim_with(&x, "4.5%").kind, ClaimType::Causal);
}

/// A speaker's tag that opens with the speaker's role ("finance chief Laura Chen said") is
/// worded with its verb, not with the role's first word.
#[test]
fn a_tag_that_opens_with_a_role_is_worded_with_its_verb() {
    let x = run(
        "\u{201c}Sales rose 5% in May, and costs rose 9% over the same period,\u{201d} finance chief \
         Laura Chen said.",
    );
    let c = claim_with(&x, "5%");
    assert!(c.text.starts_with("Laura Chen said"), "{:?}", texts(&x));
    assert!(!texts(&x).iter().any(|t| t.contains("Chen finance")));
}

/// "“A, but B,” X said": the half after the comma is still X's quoted words.
#[test]
fn both_halves_of_a_quote_split_at_a_comma_are_quoted_words() {
    use claimdesk::extract::ClaimType;
    let x = run(
        "\u{201c}We hired 300 nurses last year, but we still lost 450 to other hospitals,\u{201d} \
         said Dr. Alan Reed, the hospital director.",
    );
    for needle in ["300 nurses", "450"] {
        let c = claim_with(&x, needle);
        assert_eq!(c.kind, ClaimType::Quote, "{needle}: {:?}", texts(&x));
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Alan Reed"),
            "{needle}"
        );
    }
}

/// The lines around a story's head (the paper's name, a time stamp) and a quote the source
/// closes with a straight mark, as wire copy prints them.
#[test]
fn a_papers_name_and_a_time_stamp_are_no_claims() {
    let x = run(
        "By Mark Olsen\n\nThe Daily Ledger\n\nPublished 8:31 AM EST, Wed March 9, 2022\n\n\
         A federal jury on Thursday convicted former county treasurer Robert Haines of \
         embezzling $1.2 million.",
    );
    assert_eq!(
        texts(&x),
        [
            "A federal jury on March 10, 2022 convicted former county treasurer Robert Haines \
             of embezzling $1.2 million."
        ]
    );
    let x = run(
        "\"The trend is clearly moving in the right direction,\" said Diane Swonk, chief \
         economist at KPMG. \"But we're not out of the woods yet. Shelter costs are still \
         running at roughly twice their pre-pandemic pace.\"",
    );
    let c = only_claim_with(&x, "Shelter costs");
    assert!(
        c.text.ends_with("pace.”") && !c.text.contains("\"."),
        "{:?}",
        c.text
    );
}

/// "before"/"after" with a noun and then the main clause's next predicate ("just before
/// half-time and added a second") joins no clause: no fragment without a subject.
#[test]
fn a_time_word_before_a_noun_and_a_second_predicate_cuts_nothing() {
    let x = run(
        "Ortiz equalised just before half-time and added a second from the penalty spot in \
         the 64th minute.",
    );
    assert!(
        x.claims
            .iter()
            .all(|c| !c.text.starts_with("Half-time") && !c.text.ends_with("equalised just.")),
        "{:?}",
        texts(&x)
    );
    claim_with(&x, "added a second from the penalty spot");
}

/// "from a year ago" compares with the same time a year before: not reworded as the year alone,
/// which would compare with the whole year; "two years ago" on its own is made absolute.
#[test]
fn a_comparison_with_a_year_ago_keeps_its_words() {
    let x = run("Gas prices fell 1.2% in February and are down 9% from a year ago.");
    let c = claim_with(&x, "down 9%");
    assert!(c.text.contains("from a year ago"), "{:?}", c.text);
    let x = run("The plant closed two years ago after a fire.");
    claim_with(&x, "in 2020");
}

/// A speaker's own words after ", adding, “…" or ", saying …" are theirs: the claimant is the
/// subject (a name, or a person's role and whom it means), the quote is closed in the wording, and the sentences
/// the quote goes on with are theirs too. A caption mark between commas ("His parents, second
/// and third from right, said …") is nothing the claim says.
#[test]
fn a_speaker_who_adds_words_claims_them_and_a_caption_mark_claims_nothing() {
    let x = run(
        "Sen. Jane Holt criticized the bill, saying it would raise taxes on 40 million families.\n\n\
         The senator attacked the plan, warning, “It will close 12 hospitals. Rural towns will \
         lose 3,000 jobs.”\n\n\
         His parents, second and third from right, said that their son had trained for 11 years.",
    );
    let t = texts(&x);
    let claimant_of = |needle: &str| -> Option<String> {
        let c = x
            .claims
            .iter()
            .find(|c| c.text.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} not in {t:#?}"));
        c.claimant.as_ref().map(|c| c.name.clone())
    };
    assert_eq!(claimant_of("40 million").as_deref(), Some("Jane Holt"));
    // "The senator" is the senator named before.
    assert_eq!(claimant_of("12 hospitals").as_deref(), Some("Jane Holt"));
    // The quote runs on: its next sentence is the same speaker's.
    assert_eq!(claimant_of("3,000 jobs").as_deref(), Some("Jane Holt"));
    let opened = t.iter().find(|t| t.contains("12 hospitals")).unwrap();
    assert!(opened.ends_with('”'), "{opened:?}");
    assert!(t.iter().any(|t| t.contains("11 years")), "{t:?}");
    assert!(
        !t.iter()
            .any(|t| t.contains(" is.") || t.contains("from right")),
        "{t:?}"
    );
}

/// A plural common noun takes a plural verb in what its appositive says; a date that is a
/// sentence's subject, or that modifies a noun after a superlative, takes no preposition; a day
/// that comes back ("every Monday") is no one date.
#[test]
fn wordings_keep_their_grammar_around_plurals_and_dates() {
    let x = extract(
        "The researchers, led by Anna Berg of Lund University, tracked 4,000 patients for 10 years.\n\n\
         Tuesday was the hottest June day on record in Phoenix, at 118 degrees.\n\n\
         The council meets every Monday morning to review 12 cases.",
        NaiveDate::from_ymd_opt(2024, 6, 12),
    );
    let t = texts(&x);
    assert!(
        t.iter()
            .any(|t| t.starts_with("The researchers were led by Anna Berg")),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|t| t.starts_with("June 11, 2024 was the hottest June 2024 day")),
        "{t:?}"
    );
    assert!(
        !t.iter()
            .any(|t| t.contains(" was led") || t.starts_with("On ")),
        "{t:?}"
    );
    assert!(
        t.iter().any(|t| t.contains("every Monday morning")),
        "{t:?}"
    );
}

/// A name inside a phrase that describes the speaker ("The study, funded by the National
/// Institutes of Health, found") does not speak; the journal that publishes a study ("A study
/// published in The Lancet found") is its source, but the wording never says the institutes or
/// the journal found it.
#[test]
fn a_name_a_preposition_governs_is_no_speaker() {
    let x = run(
        "The study, funded by the National Institutes of Health, found that 30% of adults slept \
         less than six hours a night.\n\n\
         A study published in The Lancet found that 12% of children had asthma.\n\n\
         Researchers at the Mayo Clinic reported that 40% of patients improved.",
    );
    let t = texts(&x);
    // A public body ("Institutes", in the plural; a clinic) is not what "the company" means.
    for body in [
        "The National Institutes of Health",
        "Researchers at the Mayo Clinic",
    ] {
        let y = run(&format!(
            "{body} published the data on Monday.\n\n\
             The company's shares, which fell 12% in May, rose 3% on Tuesday."
        ));
        let t = texts(&y);
        assert!(
            t.iter()
                .any(|t| t.starts_with("The company's shares rose 3%")),
            "{t:?}"
        );
    }
    assert!(
        !t.iter().any(|t| t.starts_with("The National Institutes")
            || t.starts_with("The Lancet")
            || t.starts_with("Lancet")),
        "{t:?}"
    );
    for c in &x.claims {
        let who = c.claimant.as_ref().map(|c| c.name.as_str());
        if c.text.contains("30%") {
            assert!(who != Some("National Institutes of Health"), "{c:?}");
        }
        if c.text.contains("12%") {
            assert_eq!(who, Some("Lancet"), "{c:?}");
            assert!(
                c.text.starts_with("A study published in The Lancet"),
                "{c:?}"
            );
        }
    }
    let mayo = x.claims.iter().find(|c| c.text.contains("40%")).unwrap();
    let who = mayo.claimant.as_ref().unwrap();
    assert_eq!(
        (who.name.as_str(), who.kind.as_str()),
        ("Mayo Clinic", "organization")
    );
}

#[test]
fn a_word_in_quotation_marks_is_no_quotation_and_words_added_after_a_participle_are() {
    let x = run(
        "In new remarks on Sunday, Senator Jane Doe said “illegal” sanctions could cause the \
         plant to close.\n\n\
         Mary Hall, a retired teacher from Duluth, pleaded for calm, adding, “It’s really a \
         shame that the plant was so politicized.”\n\n\
         Doe said: “The union, especially those led by the “old guard”, has cost the company \
         $4 million this year.”",
    );
    // One word quoted at the head of the reporter's sentence: no colon, and not typed a quote.
    let scare = only_claim_with(&x, "sanctions could cause");
    assert!(
        scare.text.contains("said “illegal” sanctions"),
        "{}",
        scare.text
    );
    assert_ne!(scare.kind.as_str(), "quote", "{}", scare.text);
    // ", adding, “…”": the speaker's words, quoted after a colon, typed a quote.
    let added = only_claim_with(&x, "so politicized");
    assert!(
        added.text.starts_with("Mary Hall added: “It’s"),
        "{}",
        added.text
    );
    assert_eq!(added.kind.as_str(), "quote", "{}", added.text);
    // A quotation with a quotation inside it runs to its own closing mark.
    let nested = claim_with(&x, "has cost the company");
    assert_eq!(nested.kind.as_str(), "quote", "{}", nested.text);
    assert!(
        nested.text.starts_with("Jane Doe said: “The union"),
        "{}",
        nested.text
    );
}

#[test]
fn a_source_named_before_its_data_and_a_pronoun_saying_words_are_claimants() {
    let x = run(
        "Unemployment in the state fell to 3.9% in May, Labor Department data showed.\n\n\
         Gov. Gavin Newsom declared a state of emergency on Tuesday. He also requested federal \
         help, saying the fire \"threatens lives and property on a scale that exceeds the \
         state's resources.\"",
    );
    let data = only_claim_with(&x, "fell to 3.9%");
    let who = data.claimant.as_ref().map(|c| c.name.as_str());
    assert_eq!(who, Some("Labor Department"), "{}", data.text);
    let said = only_claim_with(&x, "threatens lives");
    let who = said.claimant.as_ref().map(|c| c.name.as_str());
    assert_eq!(who, Some("Gavin Newsom"), "{}", said.text);
}

#[test]
fn a_person_described_by_a_country_and_a_trade_after_the_name_is_that_person() {
    let x = run(
        "Erling Haaland scored three times as Manchester City beat Aston Villa 4-1 on Saturday.\n\n\
         The Norway striker took his tally to 21 league goals this season.\n\n\
         The England captain Harry Kane scored twice for Bayern Munich on Sunday.",
    );
    let tally = only_claim_with(&x, "21 league goals");
    assert!(
        tally.text.starts_with("Erling Haaland took his tally"),
        "{}",
        tally.text
    );
    assert_eq!(tally.subject.as_deref(), Some("Erling Haaland"));
    // A description before a name is no one named before.
    let kane = only_claim_with(&x, "scored twice");
    assert!(!kane.text.contains("Haaland"), "{}", kane.text);
}

#[test]
fn a_cause_split_off_keeps_a_number_written_with_commas_whole() {
    let x = run("Ford recalled 240,000 SUVs because of a faulty seat belt.");
    let cause = only_claim_with(&x, "because of");
    assert_eq!(
        cause.text,
        "Ford recalled 240,000 SUVs because of a faulty seat belt.",
        "{:?}",
        texts(&x)
    );
}

#[test]
fn a_speaker_the_tag_does_not_name_keeps_its_article() {
    // Before, "According to spokesperson, …": the article of "a spokesperson said" was dropped.
    let x = run("The company plans to appeal the fine, a spokesperson said.");
    let c = claim_with(&x, "appeal");
    assert!(
        c.text.starts_with("According to a spokesperson, "),
        "{:?}",
        c.text
    );
    let x = run("The talks will resume on Monday, an aide to the minister said.");
    let c = claim_with(&x, "resume");
    assert!(c.text.contains("an aide"), "{:?}", c.text);
    // A name keeps none.
    let x = run("The company plans to appeal the fine, Jane Doe said.");
    assert!(
        claim_with(&x, "appeal")
            .text
            .starts_with("According to Jane Doe, "),
        "{:?}",
        texts(&x)
    );
}

#[test]
fn an_organisation_named_with_the_speaking_of_itself_says_it() {
    // Before: "According to the European Union, the European Union pledged …".
    let x = run(
        "The European Union pledged 60 million euros in emergency aid on Wednesday, the bloc said in a statement.",
    );
    let c = claim_with(&x, "60 million euros");
    assert!(
        c.text.starts_with("The European Union said it pledged"),
        "{:?}",
        c.text
    );
}

#[test]
fn a_role_noun_after_its_country_means_the_organisation() {
    // Before, the claimant was "the Japanese automaker".
    let x = run(
        "Toyota Motor sold 10.3 million vehicles last year. The Japanese automaker said its sales would rise 5% this year.",
    );
    let c = claim_with(&x, "5%");
    assert_eq!(
        c.claimant.as_ref().map(|c| c.name.as_str()),
        Some("Toyota Motor"),
        "{:?}",
        texts(&x)
    );
}
