//! Who "he", "she", "it" and "they" mean when a claim starts with one.
//!
//! A claim read alone must name its subject, but a wrong name is worse than a pronoun: a pronoun
//! is resolved only when one candidate is left. The candidates are the people (for "he" and
//! "she") or the organisations (for "it") named in the claim's sentence before it and in the last
//! sentence that named anyone. A person whose gender the article gives (a title such as "Mrs.",
//! a gendered role or relation such as "congresswoman" or "his daughter", or an earlier "he" or
//! "she" that could mean nobody else) is no candidate for the other pronoun. "It" means an
//! organisation only when it was the subject named before and no other organisation competes,
//! never when "it" stands for nothing ("it is likely that", "it rained"). "They" means two
//! people or organisations named together as a subject ("Ann Lee and Tom Reyes said"), an
//! organisation as "it" does, or a group named by a plural common noun at the head of the
//! sentence ("Lawmakers have …, and they …", "The researchers … They …") when no one is named
//! between. A possessive after the verb ("Tom Reyes is her deputy") means the one person of its
//! gender named before, other than the one the claim is about. A subject pronoun never means a
//! person its own sentence names after it ("She also ordered Park to repay" is not Park).

use super::restate::split_title;
use rustc_hash::FxHashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// Words written just before a name (a title, a relation, a gendered role) that give the
/// person's gender. Compared without their full stop and case.
const FEMALE: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "madam",
    "dame",
    "lady",
    "queen",
    "princess",
    "duchess",
    "sister",
    "congresswoman",
    "chairwoman",
    "spokeswoman",
    "businesswoman",
    "actress",
    "mother",
    "daughter",
    "wife",
    "widow",
    "grandmother",
    "granddaughter",
    "niece",
    "aunt",
    "girlfriend",
    "stepdaughter",
    "stepmother",
];

const MALE: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "duke",
    "brother",
    "congressman",
    "spokesman",
    "businessman",
    "father",
    "son",
    "husband",
    "widower",
    "grandfather",
    "grandson",
    "nephew",
    "uncle",
    "boyfriend",
    "stepson",
    "stepfather",
];

/// Given names that are a woman's or a man's nearly always (in lower case), read as the first
/// word of a person's name ("Daniel Moss" is no "she"). Names given to both, or that are also
/// words or places ("Jordan", "Taylor", "Chris", "Rose", "Bill"), are left out.
#[rustfmt::skip]
const FEMALE_GIVEN: &[&str] = &[
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
    "karen", "nancy", "lisa", "betty", "margaret", "sandra", "kimberly", "emily", "donna",
    "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca",
    "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna",
    "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel",
    "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "julie", "joyce",
    "olivia", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea",
    "hannah", "martha", "jacqueline", "gloria", "ann", "anne", "teresa", "kathryn", "sara",
    "janice", "alice", "julia", "judy", "denise", "marilyn", "beverly", "danielle", "theresa",
    "sophia", "marie", "diana", "brittany", "natalie", "isabella", "kayla", "jane", "ellen",
    "kate", "claire", "sue", "liz", "beth", "fatima", "aisha", "priya", "mei", "elena", "sofia",
    "ana", "lucia", "irina", "olga", "natalia", "ingrid", "giulia", "chiara", "francesca",
];
#[rustfmt::skip]
const MALE_GIVEN: &[&str] = &[
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
    "charles", "christopher", "daniel", "matthew", "anthony", "donald", "steven", "paul",
    "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
    "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
    "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "raymond",
    "alexander", "patrick", "dennis", "jerry", "aaron", "henry", "peter", "adam", "nathan",
    "zachary", "walter", "kyle", "harold", "carl", "jeremy", "keith", "roger", "gerald", "ethan",
    "arthur", "sean", "lawrence", "noah", "albert", "bryan", "bruce", "dylan", "alan", "ralph",
    "gabriel", "roy", "juan", "wayne", "eugene", "randy", "louis", "russell", "vincent",
    "philip", "bobby", "johnny", "bradley", "tom", "jim", "tim", "tony", "ben", "dan", "mike",
    "dave", "bob", "steve", "matt", "nick", "ted", "ken", "jeff", "joe", "carlos", "jose",
    "luis", "miguel", "pedro", "ahmed", "mohammed", "muhammad", "omar", "hassan", "ivan",
    "sergei", "vladimir", "dmitry", "hans", "pierre", "giovanni", "marco", "luca", "javier",
];

/// Words before a name that make it a place, not a person ("in New Jersey").
const PLACE_BEFORE: &[&str] = &["in", "from", "at", "near", "of", "to", "across"];

/// Verbs after "it" that make it stand for nothing or for a situation ("it is likely that", "it
/// seems", "it rained", "it takes two hours"): "it" is left as written after them.
const NOT_A_DOER: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "s", "seems", "seemed", "seem", "appears",
    "appeared", "appear", "remains", "remained", "remain", "happens", "happened", "happen",
    "takes", "took", "take", "rains", "rained", "rain", "raining", "snows", "snowed", "snow",
    "snowing", "matters", "mattered", "matter", "means", "meant", "mean", "follows", "followed",
    "turns", "turned", "became", "becomes", "become", "feels", "felt", "feel", "looks", "looked",
    "look", "sounds", "sounded", "makes", "made", "make", "costs", "cost", "depends", "depended",
    "emerged", "occurred", "helps", "helped", "pays", "paid",
];

/// Bodies that govern, known by their kind ("The legislature", "The council"): no thing a
/// later "it" means.
const GOVERNING_BODIES: &[&str] = &[
    "legislature",
    "assembly",
    "parliament",
    "senate",
    "congress",
    "council",
    "committee",
    "commission",
    "government",
    "administration",
    "ministry",
    "department",
    "agency",
    "court",
    "board",
];

/// Participles that "it is" or "it was" opens without standing for anything ("it was reported
/// that", "it was decided to", "it is believed in Washington that").
const IMPERSONAL_PASSIVES: &[&str] = &[
    "reported",
    "announced",
    "decided",
    "agreed",
    "believed",
    "thought",
    "said",
    "feared",
    "estimated",
    "expected",
    "understood",
    "known",
    "hoped",
    "claimed",
    "alleged",
    "confirmed",
    "noted",
    "learned",
    "revealed",
    "suggested",
    "argued",
    "assumed",
    "rumoured",
    "rumored",
    "planned",
    "proposed",
    "recommended",
    "considered",
    "stated",
];

/// Words between "it" and its verb that say nothing of what "it" is ("it will", "it has also").
const AUXILIARIES: &[&str] = &[
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "has",
    "have",
    "had",
    "does",
    "did",
    "do",
    "also",
    "still",
    "now",
    "already",
    "then",
    "not",
    "never",
    "just",
    "soon",
    "later",
    "previously",
    "recently",
];

/// The people of the last sentence that named any (or a "he" or "she" meaning one), the
/// organisations of the last sentence that named anyone, both forgotten after a paragraph that
/// named nobody; and what the article said of each person's gender.
#[derive(Default)]
pub(super) struct Window {
    people: Vec<String>,
    orgs: Vec<String>,
    /// The sentence's subject, as named.
    subject: Option<String>,
    /// Two names joined by "and" at the head of the sentence ("Ann Lee and Tom Reyes").
    group: Option<String>,
    /// A group named by a plural common noun at the head of the last sentence ("Lawmakers",
    /// "The researchers"), when it named no one.
    common: Option<String>,
    /// A group named by a name and a plural common noun at the head of the last sentence ("Fed
    /// officials", "Boeing engineers"), the sentence's subject.
    named_group: Option<String>,
    /// A thing named by a singular common noun at the head of the last sentence ("The
    /// wildfire"), when it named no one; kept by a sentence that goes on about it ("It …").
    thing: Option<String>,
    /// Things named by a plural noun at the head of the last sentence, before a verb of
    /// change ("Shares of Delta rose", "Boeing shares fell", "Prices of eggs rose"): what a
    /// "they" that does not speak means next.
    things: Option<String>,
    /// The plural noun at the head of the last sentence ("Dozens of schools closed" →
    /// "schools"): what a quantifier alone ("Many are expected to reopen") counts among.
    counted: Option<String>,
    /// People named by a plural common noun at the head of the last sentence, with the word
    /// before it ("Matatu owners protested", "The dock workers walked out"): whose body "Their
    /// association said" means.
    crowd: Option<String>,
    /// The last sentence's subject, as named, whatever it named: whose deed "It was the
    /// fourth increase" ranks.
    last_subject: Option<String>,
    /// A body named by a common noun that spoke in the last sentences ("The Biden
    /// administration", "The national weather service"), the sentence's claimant: what "It
    /// said" means when no one is named before it.
    body: Option<String>,
    /// The one document or decision the last sentence named ("the budget bill", "the $4
    /// million plan", `document_named`): what an object "it" after a deed done to such a thing
    /// ("The legislature had passed it") means.
    document: Option<String>,
    /// Whether the paragraph so far named anyone.
    named: bool,
    /// The last thing the paragraph so far named ("Typhoon Kalmaegi", "The wildfire"): what
    /// its "it" means rather than an organisation of an earlier paragraph.
    paragraph_thing: Option<String>,
    /// Whether the paragraph so far named an organisation.
    orgs_here: bool,
    /// Whether the last sentence named an organisation (the window's are not older).
    org_just_named: bool,
    gender: FxHashMap<String, Gender>,
    /// The last person of each gender (female, male) named or meant by a pronoun, while no one
    /// of unknown gender was named after: whom "she" means when everyone the window holds is
    /// of the other gender ("“She was relentless,” said Thomas Reyes. … She earned a degree").
    last_of: [Option<String>; 2],
    /// A person's name as the article first wrote it in full, with a title ("Mayor Linda Park").
    written: FxHashMap<String, String>,
}

/// A subject pronoun and the gender it asks for.
fn pronoun(word: &str) -> Option<(Kind, Option<Gender>)> {
    match word {
        "he" | "He" | "HE" => Some((Kind::Person, Some(Gender::Male))),
        "she" | "She" | "SHE" => Some((Kind::Person, Some(Gender::Female))),
        // Not "IT" ("IT spending rose 8%"): information technology.
        "it" | "It" => Some((Kind::Thing, None)),
        "they" | "They" | "THEY" => Some((Kind::Group, None)),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Person,
    Thing,
    Group,
}

/// Is `word` the start of a subject pronoun's claim ("He", "it", …)?
pub(super) fn is_pronoun(word: &str) -> bool {
    pronoun(word).is_some()
}

/// Does "it", followed by `rest`, stand for a doer ("it will close 30 branches"), not for
/// nothing or a situation ("it is likely that", "it rained", "it's")?
pub(super) fn it_does(rest: &str) -> bool {
    if rest.starts_with(['\'', '’']) {
        return false;
    }
    let mut words = rest.split_whitespace().take(5);
    let mut last = "";
    while let Some(w) = words.next() {
        let raw = w;
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || !w.chars().all(|c| c.is_ascii_lowercase()) {
            // "it now has 120 employees", "it had $4 billion in debt": "has" owns a figure.
            return one_of!(&["has", "had", "have"], last)
                && raw.starts_with(|c: char| c.is_ascii_digit() || c == '$');
        }
        if one_of!(AUXILIARIES, w) {
            last = w;
            continue;
        }
        if !one_of!(NOT_A_DOER, w) {
            return true;
        }
        // "it is 20% contained", "it is expected to keep rising": a
        // thing measured or forecast, not "it is likely that".
        let next = words.next().unwrap_or("");
        // "it is the 20th storm of the season", "it was the largest fine": a rank among things
        // of a kind stands for that thing (not "it was the first time", "it is the best way").
        if one_of!(&["is", "was"], w) && next == "the" {
            let (rank, noun) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            let noun = noun.trim_matches(|c: char| !c.is_alphanumeric());
            return ranks(rank)
                && noun.chars().all(|c| c.is_ascii_lowercase())
                && !noun.is_empty()
                && !one_of!(&["time", "times", "way", "thing", "one", "place"], noun);
        }
        let after = words.next();
        // "it was followed by aftershocks", "it was caused by a faulty wire", "it was
        // downgraded to a tropical storm", "it was felt in Istanbul": a passive with its doer
        // after "by", or a place or a state after it, stands for a thing ("it was reported
        // that", "it was decided to" name none).
        let passive_by = one_of!(&["is", "was"], w)
            && next.len() > 3
            && (next.ends_with("ed") || one_of!(super::decompose::IRREGULAR, next))
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && !one_of!(IMPERSONAL_PASSIVES, next)
            && match after {
                Some("by" | "in" | "at" | "near" | "off" | "into" | "as") => true,
                Some("to") => words.next().is_some_and(|d| {
                    one_of!(&["a", "an", "the"], d) || d.starts_with(|c: char| c.is_ascii_digit())
                }),
                _ => false,
            };
        return passive_by
            || (one_of!(&["is", "was", "are", "were"], w)
                && (next.starts_with(|c: char| c.is_ascii_digit())
                    || (one_of!(&["expected", "scheduled", "projected", "forecast"], next)
                        && after == Some("to"))));
    }
    false
}

/// The noun "it" is ranked as in `rest` ("is the third cut this year" → "cut", "was the fourth
/// increase" → "increase"), when it is no kind of organisation's or person's ("the largest
/// bank", "the first woman"): an event, what "it" then stands for being a deed.
pub(super) fn ranked_event(rest: &str) -> Option<&str> {
    let rest = rest
        .strip_prefix("is the ")
        .or_else(|| rest.strip_prefix("was the "))?;
    let mut words = super::split_space(rest);
    let rank = words.next()?;
    let noun = words.next()?.trim_end_matches([',', '.']);
    let noun = match noun {
        "straight" | "consecutive" | "such" | "major" | "big" | "biggest" => {
            words.next()?.trim_end_matches([',', '.'])
        }
        n => n,
    };
    (ranks(rank)
        && noun.len() > 2
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && one_of!(EVENT_NOUNS, noun))
    .then_some(noun)
}

/// Nouns of deeds an organisation or a person does that a later "it is the third …" ranks.
const EVENT_NOUNS: &[&str] = &[
    "cut",
    "cuts",
    "increase",
    "hike",
    "raise",
    "reduction",
    "decrease",
    "win",
    "victory",
    "loss",
    "defeat",
    "layoffs",
    "round",
    "recall",
    "strike",
    "attack",
    "visit",
    "trip",
    "acquisition",
    "purchase",
    "deal",
    "sale",
    "fine",
    "penalty",
    "lawsuit",
    "settlement",
    "veto",
    "vote",
    "launch",
    "test",
    "delay",
    "closure",
    "shutdown",
    "default",
    "downgrade",
    "upgrade",
    "election",
    "resignation",
    "title",
    "goal",
];

/// Does `w` rank a thing among others: an ordinal in words or digits ("second", "20th") or a
/// superlative ("largest", "deadliest")? Not "best" alone, nor "latest" or "last" (a time).
fn ranks(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let digits = w.trim_start_matches(|c: char| c.is_ascii_digit());
    (digits.len() < w.len() && one_of!(&["st", "nd", "rd", "th"], digits))
        || one_of!(
            &[
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "most", "least"
            ],
            w
        )
        || (w.len() > 5
            && w.ends_with("est")
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !one_of!(
                &[
                    "latest", "interest", "protest", "contest", "harvest", "request", "honest",
                    "modest"
                ],
                w
            ))
}

/// Verbs that follow a singular subject at once ("The wildfire has", "The river rose").
const SINGULAR_VERBS: &[&str] = &[
    "is", "was", "has", "had", "will", "would", "could", "can", "may", "might", "must", "says",
    "said", "also", "still", "now", "remains", "seats", "covers", "includes", "employs", "holds",
    "rose", "fell", "grew", "hit", "struck", "began", "won", "lost", "left", "cost", "took",
    "made", "became", "killed",
];

/// The points of the compass, which place a thing between its noun and its verb ("A wildfire
/// north of Los Angeles").
const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// A thing named by a singular common noun at the head of `text`, before its verb: "The
/// wildfire has burned", "The river in Porto Alegre rose", "The tornado, rated EF-4, carved":
/// what a later "it" may mean when no one is named. Not a plural, not a name ("The Beatles").
pub(super) fn singular_head(text: &str) -> Option<&str> {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    // "A wildfire north of Los Angeles has burned": a thing first named with "a" or "an" is
    // the same thing (`definite` words it "The wildfire").
    let article = ["The ", "A ", "An "]
        .into_iter()
        .find(|a| trimmed.starts_with(a))?;
    let rest = &trimmed[article.len()..];
    // The noun phrase: up to three words in lower case (or a figure: "magnitude 6.8
    // earthquake"), ended by a comma, a preposition or the verb.
    let mut end = article.len() - 1;
    let bare_article = end;
    let mut comma = false;
    for (n, w) in super::split_space(rest).take(3).enumerate() {
        let bare = w.trim_end_matches(',');
        let plain = bare.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && bare
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
        let stop = one_of!(SINGULAR_VERBS, bare)
            || one_of!(
                &[
                    "in", "at", "near", "on", "off", "of", "and", "or", "to", "over", "under",
                    "for", "from", "with", "by", "across", "into", "between",
                ],
                bare
            )
            || one_of!(DIRECTIONS, bare)
            || (bare.len() > 4 && bare.ends_with("ed"));
        if !plain || (n > 0 && stop) {
            break;
        }
        end += 1 + bare.len();
        if bare.len() < w.len() {
            comma = true;
            break;
        }
    }
    let np = &trimmed[..end];
    let noun = np.rsplit(' ').next()?;
    let plural = noun.ends_with('s') && !noun.ends_with("ss") && !noun.ends_with("us");
    // "A judge ruled …": a person is no "it".
    if end == bare_article
        || plural
        || noun.starts_with(|c: char| c.is_ascii_digit())
        || pronoun(noun).is_some()
        || super::restate::is_person_role(noun)
        || one_of!(
            &[
                "man",
                "woman",
                "boy",
                "girl",
                "child",
                "baby",
                "person",
                "teenager",
                "resident",
                "student",
                "passenger",
                "driver",
                "worker",
                "suspect",
                "victim",
                "spokesman",
                "spokeswoman",
                "spokesperson",
            ],
            noun
        )
    {
        return None;
    }
    let found = Some(&text[lead..lead + end]);
    // "The tornado, rated EF-4, carved": an aside follows the noun.
    if comma {
        return found;
    }
    let mut after = trimmed[end..].trim_start();
    // "The river in Porto Alegre rose": a place between the noun and its verb.
    // "north of Los Angeles": a direction before "of" and the place.
    let after_direction = after.split_once(' ').and_then(|(d, more)| {
        one_of!(DIRECTIONS, d)
            .then(|| more.strip_prefix("of "))
            .flatten()
    });
    if let Some(more) = after_direction {
        after = more;
        while let Some((w, tail)) = after.split_once(' ') {
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                break;
            }
            after = tail;
        }
    } else if let Some(more) = after.strip_prefix("of ") {
        // "An earthquake of magnitude 7.0 hit", "A fire of unknown origin destroyed": up to
        // three words in lower case or figures after "of", then the verb.
        after = more;
        for _ in 0..3 {
            match after.split_once(' ') {
                Some((w, tail))
                    if w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.')
                        && !one_of!(SINGULAR_VERBS, w)
                        && !(w.len() > 4 && w.ends_with("ed")) =>
                {
                    after = tail
                }
                _ => break,
            }
        }
    } else if let Some((prep, more)) = after.split_once(' ')
        && one_of!(&["in", "at", "near", "on", "off", "over", "across"], prep)
        && let more = more.strip_prefix("the ").unwrap_or(more)
        && more.starts_with(|c: char| c.is_ascii_uppercase())
    {
        after = more;
        while let Some((w, tail)) = after.split_once(' ') {
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                break;
            }
            after = tail;
        }
    }
    let verb = after.split(' ').next()?;
    (one_of!(SINGULAR_VERBS, verb)
        || (verb.len() > 4 && verb.ends_with("ed") && verb.chars().all(|c| c.is_ascii_lowercase())))
    .then_some(found)
    .flatten()
}

/// Nouns of the documents and decisions a body passes, signs, rejects or appeals ("the budget
/// bill", "a $4 million plan", "the ruling"): what an object "it" after such a deed means.
const DOCUMENTS: &[&str] = &[
    "bill",
    "law",
    "plan",
    "budget",
    "measure",
    "proposal",
    "ordinance",
    "resolution",
    "amendment",
    "legislation",
    "treaty",
    "package",
    "agreement",
    "deal",
    "contract",
    "policy",
    "ban",
    "reform",
    "overhaul",
    "ruling",
    "verdict",
    "decision",
    "settlement",
];

/// Words that open a noun phrase a document's noun ends.
const DOCUMENT_DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this"];

/// Words that never stand between a determiner and its noun: prepositions, conjunctions and
/// the verbs of a deed done to a document (a verb's object is no modifier of the next noun).
const NOT_MODIFIERS: &[&str] = &[
    "to", "of", "by", "on", "in", "for", "with", "and", "or", "at", "from", "as", "that", "than",
    "passed", "signed", "approved", "vetoed", "rejected", "adopted", "said", "is", "was", "has",
    "had", "will", "would",
];

/// Nouns after "law", "budget" or "plan" that make them a modifier of another thing ("law
/// enforcement", "budget deficit", "contract talks").
const COMPOUND_TAILS: &[&str] = &[
    "enforcement",
    "firm",
    "firms",
    "school",
    "degree",
    "deficit",
    "deficits",
    "cuts",
    "talks",
    "negotiations",
    "makers",
    "maker",
    "officials",
    "office",
    "committee",
    "professor",
    "students",
    "holders",
    "workers",
];

/// The one document or decision `text` names, with its determiner and the words between
/// ("a $4 million plan to repair roads" → "the $4 million plan", "The governor signed the
/// budget bill" → "the budget bill"), worded with "the"; none when it names none, or two
/// different ones. One pass over the words, the last four kept.
pub(super) fn document_named(text: &str) -> Option<String> {
    let mut last: [&str; 4] = [""; 4];
    let mut found: Option<String> = None;
    // A noun read, waiting for the next word to say whether it heads a compound.
    let mut pending: Option<String> = None;
    for (n, raw) in super::split_space(text).enumerate() {
        let w = raw.trim_end_matches([',', '.', ';', ':', '"', '”', '’', ')', '?', '!']);
        // "the budget bill": a document's noun before another is its modifier.
        if let Some(np) = pending.take()
            && !one_of!(COMPOUND_TAILS, w)
            && !(w.starts_with(|c: char| c.is_ascii_lowercase()) && one_of!(DOCUMENTS, w))
        {
            match &found {
                Some(f) if *f == np => {}
                Some(_) => return None,
                None => found = Some(np),
            }
        }
        if w.starts_with(|c: char| c.is_ascii_lowercase()) && one_of!(DOCUMENTS, w) {
            // Back over the modifiers to the determiner, at most three words.
            let mut k = 0;
            let mut det = None;
            while k < 4 && k < n {
                let p = last[(n - 1 - k) % 4];
                if one_of!(DOCUMENT_DETERMINERS, p) {
                    det = Some(k);
                    break;
                }
                let plain = p
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'$' | b'.' | b'-' | b'\''))
                    && !p.ends_with('.');
                if !plain || one_of!(NOT_MODIFIERS, p) {
                    break;
                }
                k += 1;
            }
            if let Some(k) = det {
                let mut np = String::from("the");
                for j in (0..k).rev() {
                    np.push(' ');
                    np.push_str(last[(n - 1 - j) % 4]);
                }
                np.push(' ');
                np.push_str(w);
                if w.len() == raw.len() {
                    pending = Some(np);
                } else {
                    // The noun ends a clause: no compound goes on.
                    match &found {
                        Some(f) if *f == np => {}
                        Some(_) => return None,
                        None => found = Some(np),
                    }
                }
            }
        }
        last[n % 4] = raw;
    }
    if let Some(np) = pending {
        match &found {
            Some(f) if *f != np => return None,
            _ => found = Some(np),
        }
    }
    found
}

/// A thing's head as a later "it" names it: "A wildfire" (`singular_head`) is "The wildfire".
fn definite(head: &str) -> String {
    match head.strip_prefix("A ").or_else(|| head.strip_prefix("An ")) {
        Some(noun) => format!("The {noun}"),
        None => head.to_string(),
    }
}

/// The gender given by the word just before a name in `before` (the sentence up to the name):
/// "Mrs. Ann Lee", "his daughter, Ellen Finch,", "Congresswoman Ann Lee" (inside the name).
fn gender_of(before: &str, name: &str) -> Option<Gender> {
    let word = before
        .trim_end()
        .trim_end_matches(',')
        .rsplit([' ', '(', '\n'])
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    let in_name = name
        .split(' ')
        .take_while(|w| w.starts_with(char::is_uppercase))
        .map(|w| w.trim_end_matches('.'));
    std::iter::once(word).chain(in_name).find_map(gendered)
}

/// The gender of a person's given name: the first word after any title, with a surname after
/// it ("Daniel Moss"; not "Hassan" alone, nor "Amira Hassan" by its surname). Weaker than what
/// the article says (`gender_of`): it sets a person aside for the other pronoun, but does not
/// pick one of two people for its own.
fn given_gender(name: &str) -> Option<Gender> {
    let (given, surname) = split_title(name).1.split_once(' ')?;
    if surname.is_empty() || !given.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut buf = [0u8; 16];
    let given = ascii_lower(given, &mut buf)?;
    static MAP: std::sync::LazyLock<FxHashMap<&'static str, Gender>> =
        std::sync::LazyLock::new(|| {
            let male = MALE_GIVEN.iter().map(|&m| (m, Gender::Male));
            let female = FEMALE_GIVEN.iter().map(|&f| (f, Gender::Female));
            male.chain(female).collect()
        });
    MAP.get(given).copied()
}

/// The gender a word of `FEMALE` or `MALE` gives (ASCII case ignored), from one map built once
/// rather than a look-up in each list: every name asks it of each of its words.
fn gendered(w: &str) -> Option<Gender> {
    static MAP: std::sync::LazyLock<FxHashMap<&'static str, Gender>> =
        std::sync::LazyLock::new(|| {
            let mut map = FxHashMap::default();
            // A word of both lists would be female, as `FEMALE` is asked first.
            for &m in MALE {
                map.insert(m, Gender::Male);
            }
            for &f in FEMALE {
                map.insert(f, Gender::Female);
            }
            map
        });
    // Most words (a name's) are of no gendered word's first letter and length: passed over
    // before a copy and a hash.
    let first = w.as_bytes().first()?.to_ascii_lowercase();
    if w.len() > 31 || GENDER_SHAPES[usize::from(first)] & (1 << w.len()) == 0 {
        return None;
    }
    let mut buf = [0u8; 16];
    MAP.get(ascii_lower(w, &mut buf)?).copied()
}

/// `w` in ASCII lower case, copied into `buf` (no allocation); `None` when longer than it.
fn ascii_lower<'b>(w: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let b = buf.get_mut(..w.len())?;
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).ok()
}

/// For each first byte, the lengths of the words of `FEMALE` and `MALE` (all in lower case) that
/// start with it, as bits.
const GENDER_SHAPES: [u32; 256] = {
    let mut t = [0u32; 256];
    let lists: [&[&str]; 2] = [FEMALE, MALE];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            assert!(w.len() < 32, "a gendered word under 32 bytes");
            t[w[0] as usize] |= 1 << w.len();
            i += 1;
        }
        l += 1;
    }
    t
};

/// First words that make a name a thing's, not a person's (storms and ships), with the nouns
/// the thing is called by later ("Typhoon Kalmaegi" … "the storm", "the typhoon"; "USS Gerald
/// Ford" … "the ship").
const NAMED_THINGS: &[(&str, &[&str])] = &[
    ("Hurricane", &["hurricane", "storm"]),
    ("Typhoon", &["typhoon", "storm"]),
    ("Cyclone", &["cyclone", "storm"]),
    ("Storm", &["storm"]),
    ("Tropical", &["storm"]),
    ("USS", &["ship", "vessel", "warship"]),
    ("HMS", &["ship", "vessel", "warship"]),
    ("MV", &["ship", "vessel", "warship"]),
];

/// Does `name` open with a word of `NAMED_THINGS` (ignoring case): a storm's or a ship's?
fn named_thing(name: &str) -> Option<&'static [&'static str]> {
    let first = super::split_space(name).next().unwrap_or("");
    NAMED_THINGS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(first))
        .map(|&(_, nouns)| nouns)
}

/// The nouns a thing `name` names is called by later (`NAMED_THINGS`); none for other names.
pub(super) fn thing_roles(name: &str) -> &'static [&'static str] {
    named_thing(name).unwrap_or(&[])
}

/// Every noun a named thing is called by: role nouns that mean the thing last named with them.
pub(super) fn thing_nouns() -> impl Iterator<Item = &'static str> {
    NAMED_THINGS
        .iter()
        .flat_map(|(_, nouns)| nouns.iter().copied())
}

/// The people named in `names` before byte `upto` of the sentence, with the gender the words
/// before each give and, when it names them in full, the name as written: full names, as
/// `person` gives a bare surname, in order, once each.
fn people_in<'s>(
    sentence: &str,
    names: &[(usize, &'s str)],
    upto: usize,
    person: &dyn Fn(&str, &str) -> Option<String>,
) -> Vec<(String, Option<Gender>, Option<&'s str>)> {
    let mut out: Vec<(String, Option<Gender>, Option<&str>)> = Vec::new();
    for &(at, name) in names.iter().take_while(|(at, _)| *at < upto) {
        let before = &sentence[..at];
        let prev = super::last_word(before.trim_end());
        if one_of!(PLACE_BEFORE, prev)
            || super::subject::counted_name(before)
            || in_title(sentence, at)
        {
            continue;
        }
        // "Hurricane Milton", "Typhoon Gaemi", "USS Gerald Ford": a name a kind of thing opens is
        // a storm or a ship, no one's "he" or "she".
        if named_thing(name).is_some() {
            continue;
        }
        let after = &sentence[at + name.len()..];
        let Some(full) = person(name, after) else {
            continue;
        };
        // "Kalmaegi" after "Typhoon Kalmaegi": the thing named in full before.
        if named_thing(&full).is_some() {
            continue;
        }
        let g = gender_of(before, name);
        match out.iter_mut().find(|(n, _, _)| *n == full) {
            Some(seen) => seen.1 = seen.1.or(g),
            None => {
                let written = (split_title(name).1 == full).then_some(name);
                out.push((full, g, written));
            }
        }
    }
    out
}

/// Is byte `at` inside a title in quotation marks ("whose ballad “Killing Me Softly” topped
/// the charts", "the film \"The Last Emperor\"")? The quoted words, two to twelve, each open
/// with a capital or a digit, or are the small words a title keeps in lower case. A name in a
/// title is no one a pronoun may mean.
fn in_title(sentence: &str, at: usize) -> bool {
    let bytes = sentence.as_bytes();
    // Most sentences quote nothing: one vectorised search for the marks' first bytes.
    if memchr::memchr2(b'"', 0xE2, bytes).is_none() {
        return false;
    }
    let before = &sentence[..at];
    let (open, close) = match (before.rfind('“'), before.rfind('”')) {
        (Some(o), c) if c.is_none_or(|c| c < o) => (o + '“'.len_utf8(), sentence[at..].find('”')),
        _ if before.matches('"').count() % 2 == 1 => (
            before.rfind('"').map_or(0, |o| o + 1),
            sentence[at..].find('"'),
        ),
        _ => return false,
    };
    let Some(close) = close.map(|c| at + c) else {
        return false;
    };
    let quoted = &sentence[open..close];
    let words = quoted.split_whitespace().count();
    (2..=12).contains(&words)
        && quoted.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || one_of!(
                    &[
                        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or",
                        "the", "to", "with"
                    ],
                    w
                )
        })
}

/// What a sentence names at its head, read from the sentence alone: pass one reads it ahead of
/// pass two, whose window notes it (`Window::note`).
#[derive(Debug, Default, Clone)]
pub(super) struct Heads<'t> {
    /// `named_plural_head`: "Fed officials".
    named_group: Option<&'t str>,
    /// `plural_things_head`: "Shares of Delta".
    things: Option<&'t str>,
    /// `counted_head`: "schools" of "Dozens of schools closed".
    counted: Option<String>,
    /// `singular_head`: "The wildfire".
    singular: Option<&'t str>,
    /// `plural_head`: "The researchers".
    plural: Option<&'t str>,
    /// `crowd_head`: "Matatu owners" of "Matatu owners protested".
    crowd: Option<&'t str>,
    /// `document_named`: "the budget bill" of "The governor signed the budget bill".
    document: Option<String>,
}

impl<'t> Heads<'t> {
    pub(super) fn of(sentence: &'t str) -> Self {
        Heads {
            named_group: named_plural_head(sentence),
            things: plural_things_head(sentence),
            counted: counted_head(sentence),
            singular: singular_head(sentence),
            plural: plural_head(sentence),
            crowd: crowd_head(sentence),
            document: document_named(sentence),
        }
    }
}

impl Window {
    /// Learn a sentence's names once its claims are made: it becomes the window for the next.
    /// `person` says whether a name (with the words after it) is a person's, and gives the full
    /// name; `org` whether it is an organisation's, and gives its name as written. `heads` are
    /// the sentence's (`Heads::of`).
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    pub(super) fn note(
        &mut self,
        sentence: &str,
        heads: Heads<'_>,
        names: &[(usize, &str)],
        subject: Option<&str>,
        resolved: Option<(&str, &str)>,
        body: Option<&str>,
        person: &dyn Fn(&str, &str) -> Option<String>,
        org: &dyn Fn(&str) -> Option<String>,
    ) {
        // A group named at the head is the sentence's subject, named or not; one named by a
        // name and a plural noun is what a "they" after it means first.
        self.named_group = heads.named_group.map(str::to_string);
        self.things = heads.things.map(str::to_string);
        self.document = heads.document;
        self.counted = heads.counted;
        self.crowd = heads.crowd.map(str::to_string);
        // "The Federal Reserve raised …": written after "the", worded so again.
        self.last_subject = subject.map(|s| {
            let the = super::find_str(sentence, s).is_some_and(|at| {
                sentence[..at].ends_with("The ") || sentence[..at].ends_with("the ")
            });
            if the {
                format!("the {s}")
            } else {
                s.to_string()
            }
        });
        self.named |= self.named_group.is_some();
        let mut people = people_in(sentence, names, sentence.len(), person);
        for (full, _, written) in &people {
            if let Some(w) = written
                && !self.written.contains_key(full)
            {
                self.written.insert(full.clone(), (*w).to_string());
            }
        }
        // "He" or "she" that could mean one person only: a mention of that person, and of
        // their gender.
        if let Some((word, who)) = resolved
            && let Some((_, Some(g))) = pronoun(word)
        {
            let who = split_title(who).1.to_string();
            self.gender.entry(who.clone()).or_insert(g);
            if !people.iter().any(|(p, _, _)| *p == who) {
                people.push((who, Some(g), None));
            }
        }
        let orgs: Vec<String> = names.iter().filter_map(|(_, n)| org(n)).collect();
        // "The Biden administration said …": the body that spoke, named by a common noun, is
        // what "It said" next means; a sentence that names an organisation or a person puts it
        // aside.
        match body {
            Some(b) => {
                self.body = Some(match b.strip_prefix("the ") {
                    Some(r) => format!("The {r}"),
                    None => b.to_string(),
                });
            }
            None if !orgs.is_empty() || !people.is_empty() => self.body = None,
            None => {}
        }
        for (p, g, _) in &people {
            if let Some(g) = g {
                self.gender.entry(p.clone()).or_insert(*g);
            }
            match self.gender.get(p).copied().or_else(|| given_gender(p)) {
                Some(g) => self.last_of[g as usize] = Some(p.clone()),
                None => self.last_of = [None, None],
            }
        }
        // "Their coach" means an organisation of this sentence, or of the one right before.
        self.org_just_named = !orgs.is_empty();
        if people.is_empty() && orgs.is_empty() {
            // A sentence that names a thing by a common noun ("The wildfire has burned …") is
            // what an "it" after it may mean, until a sentence about something else.
            let first = super::split_space(sentence.trim_start())
                .next()
                .unwrap_or("");
            // "The legislature had passed it": a governing body known by its kind is no thing
            // "it" means (a library or a museum may be).
            if let Some(t) = heads.singular
                && !one_of!(GOVERNING_BODIES, super::last_word(t))
            {
                self.thing = Some(definite(t));
            } else if let Some(&(0, n)) = names.first()
                && n.contains(' ')
            {
                // "Hurricane Milton made landfall …", "The Artemis II mission …": a name of
                // several words at the head that is neither a person nor an organisation (a
                // storm, a ship, a law, a mission) is what an "it" after it may mean.
                self.thing = Some(n.to_string());
            } else if let Some(&(0, n)) = names.first()
                && let Some(full) = person(n, &sentence[n.len()..])
                && named_thing(&full).is_some()
            {
                // "Kalmaegi is the 20th storm …" after "Typhoon Kalmaegi": the same thing.
                self.thing = Some(full);
            } else if self.thing_by_last_word(first).is_some() {
                // "Kalmaegi hit the country with winds of 150 km/h" after "Typhoon Kalmaegi":
                // the thing's own name, alone, read as no name before an irregular verb.
            } else if !matches!(first, "it" | "It" | "its" | "Its") {
                self.thing = None;
            }
            // A sentence that names a group by a common noun ("The researchers tracked …") is
            // what a "they" after it may mean; one that names nothing leaves the window as is.
            if let Some(g) = heads.plural {
                self.common = Some(g.to_string());
                self.named = true;
            }
            if self.thing.is_some() {
                self.paragraph_thing.clone_from(&self.thing);
            }
            return;
        }
        self.common = None;
        // "The fire has burned 14,000 acres, Cal Fire said. It was 35% contained": a thing named
        // by a common noun at the head, before the sentence's names (a speaker's tag), is still
        // what "it" may mean; an organisation known by its kind ("The company …") is not.
        // "The USS Gerald Ford arrived …, the Navy said. It carries 75 aircraft": a name of
        // several words at the head that is neither a person nor an organisation (a ship, a
        // storm, a mission) is what "it" may mean, though a speaker's tag names an organisation.
        self.thing = heads
            .singular
            .filter(|t| !super::claimant::org_noun(super::last_word(t)))
            .map(definite)
            .or_else(|| head_thing(sentence, names, person, org));
        self.named = true;
        if self.thing.is_some() {
            self.paragraph_thing.clone_from(&self.thing);
        }
        self.orgs_here |= !orgs.is_empty();
        self.group = head_group(sentence, names, person, org);
        if !people.is_empty() {
            self.people = people.into_iter().map(|(p, _, _)| p).collect();
        }
        self.orgs = orgs;
        self.subject = subject.map(|s| org(s).or_else(|| person(s, "")).unwrap_or(s.into()));
    }

    /// What a quantifier that opens a claim alone ("Many are expected to reopen", "Most of them
    /// were") counts among: "Many of the schools", the plural noun at the head of the last
    /// sentence (`counted_head`). `first` is the claim's first word, `rest` the words after it;
    /// gives the words that replace the quantifier (and its "of them") and the rest after them.
    pub(super) fn quantifier_means<'r>(
        &self,
        first: &str,
        rest: &'r str,
    ) -> Option<(String, &'r str)> {
        let q = match first {
            "Many" | "Most" | "Some" | "Several" | "Few" | "All" | "Others" | "many" | "most"
            | "some" | "several" | "few" | "all" | "others" => first,
            _ => return None,
        };
        let noun = self.counted.as_deref()?;
        let (rest, own) = match rest.strip_prefix("of them ") {
            Some(r) => (r, true),
            None => (rest, false),
        };
        let verb = super::split_space(rest).next()?;
        // "Many are expected to reopen", "Most remained closed", "Some of them were damaged":
        // the quantifier is the subject, a verb follows ("Many residents fled" counts its own).
        let acts = own
            || one_of!(QUANTIFIED_VERBS, verb)
            || (verb.len() > 4
                && verb.ends_with("ed")
                && verb.bytes().all(|b| b.is_ascii_lowercase()));
        if !acts {
            return None;
        }
        let q = if one_of!(&["Others", "others"], q) {
            format!("{}ther {noun}", &q[..1])
        } else {
            format!("{q} of the {noun}")
        };
        Some((q, rest))
    }

    /// Whose deed "It was the fourth increase this year" (`ranked_event` of `rest`) means, when
    /// no one else is meant: the last sentence's subject ("The Federal Reserve raised rates").
    pub(super) fn deed_of<'r>(&self, rest: &'r str) -> Option<(&str, &'r str)> {
        let deed = ranked_event(rest)?;
        Some((self.last_subject.as_deref()?, deed))
    }

    /// The one document or decision the last sentence named ("the budget bill"), if any.
    pub(super) fn document(&self) -> Option<&str> {
        self.document.as_deref()
    }

    /// The thing the window's sentences were about ("The wildfire", "USS Gerald Ford"), if any.
    pub(super) fn thing(&self) -> Option<&str> {
        self.thing.as_deref()
    }

    /// The named thing of the window ("Typhoon Kalmaegi", "Hurricane Milton") whose last word
    /// is `word` ("Kalmaegi"), the name alone: the storm or ship called by its own name.
    pub(super) fn thing_by_last_word(&self, word: &str) -> Option<&str> {
        let thing = self.thing.as_deref()?;
        let (_, last) = thing.rsplit_once(' ')?;
        (word.len() >= 3
            && last == word
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && named_thing(thing).is_some())
        .then_some(thing)
    }

    /// The people the last sentence named by a plural common noun at its head ("Matatu
    /// owners"), as written, if any.
    pub(super) fn crowd(&self) -> Option<&str> {
        self.crowd.as_deref()
    }

    /// The things the last sentence named at its head ("Shares of Delta"), if any.
    pub(super) fn things(&self) -> Option<&str> {
        self.things.as_deref()
    }

    /// A new paragraph begins, before its first sentence's claims: a paragraph that named
    /// nobody ends what a pronoun may reach back to.
    pub(super) fn paragraph(&mut self) {
        if !self.named {
            // A thing the paragraph's last sentence named by a common noun ("The new stadium
            // opened in 2019.") is still what "It" at the head of the next means.
            *self = Window {
                gender: std::mem::take(&mut self.gender),
                written: std::mem::take(&mut self.written),
                thing: self.thing.take(),
                document: self.document.take(),
                ..Window::default()
            };
        }
        self.named = false;
        self.paragraph_thing = None;
        self.orgs_here = false;
    }

    /// Whom the subject pronoun `word`, followed by `rest`, at byte `upto` of `sentence` means,
    /// when one candidate is left.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn antecedent(
        &self,
        word: &str,
        rest: &str,
        sentence: &str,
        names: &[(usize, &str)],
        upto: usize,
        person: &dyn Fn(&str, &str) -> Option<String>,
        org: &dyn Fn(&str) -> Option<String>,
    ) -> Option<String> {
        let (kind, want) = pronoun(word)?;
        match kind {
            Kind::Person => {
                // "She also ordered Park to repay it": a person the pronoun's own sentence names
                // after it is someone else
                let later: Vec<String> = names
                    .iter()
                    .filter(|(at, _)| *at > upto)
                    .filter_map(|&(at, n)| person(n, &sentence[at + n.len()..]))
                    .collect();
                let later: Vec<&str> = later.iter().map(String::as_str).collect();
                self.person(want, sentence, names, upto, person, &later)
            }
            Kind::Thing => {
                if !it_does(rest) {
                    return None;
                }
                // "The administration said …. It said the relief would reach …": a body that
                // spoke, when "it" speaks (no thing does) and no one is named before it here.
                let before_here = names.iter().any(|(at, _)| *at < upto);
                let speaks = || {
                    super::split_space(rest.trim_start())
                        .find(|w| !one_of!(AUXILIARIES, w))
                        .is_some_and(|w| {
                            super::claimant::is_speech_verb(w.trim_end_matches([',', '.']))
                        })
                };
                if !before_here
                    && let Some(b) = &self.body
                    && speaks()
                {
                    return Some(b.clone());
                }
                // "The wildfire has burned 14,000 acres. It is 20% contained.": a thing named
                // by a common noun at the head of this sentence or the last, when no one
                // (person or organisation) is named here before the pronoun.
                let head = || singular_head(&sentence[..upto]).map(definite);
                if !names.iter().any(|(at, _)| *at < upto)
                    && let Some(t) = head().or_else(|| self.thing.clone())
                {
                    return Some(t);
                }
                // "Typhoon Kalmaegi made landfall …. Winds reached 150 km/h. It was expected to
                // weaken": a thing its own paragraph named, before an organisation of an earlier
                // paragraph that this one has not named.
                if !before_here
                    && !self.orgs_here
                    && let Some(t) = &self.paragraph_thing
                {
                    return Some(t.clone());
                }
                if let Some(o) = self.only_org(sentence, names, upto, org) {
                    return Some(o);
                }
                let named_here = names
                    .iter()
                    .take_while(|(at, _)| *at < upto)
                    .any(|&(at, n)| {
                        org(n).is_some() || person(n, &sentence[at + n.len()..]).is_some()
                    });
                if named_here {
                    None
                } else {
                    head().or_else(|| self.body.clone().filter(|_| !before_here))
                }
            }
            Kind::Group => {
                let here = names.iter().any(|(at, _)| *at < upto);
                if here {
                    return self.only_org(sentence, names, upto, org);
                }
                // "Lawmakers have had three years …, and they have failed": a group named by a
                // common noun at the head of this sentence, before the pronoun.
                if let Some(g) = plural_head(&sentence[..upto]) {
                    return Some(g.to_string());
                }
                // "Fed officials forecast …. They also predicted …": the group that was the
                // last sentence's subject, named by a name and a plural noun.
                if let Some(g) = &self.named_group {
                    return Some(g.clone());
                }
                // "Shares of Delta rose 4.2%. They have gained 30% this year.": the things that
                // were the last sentence's subject, when "they" does not speak.
                if let Some(t) = &self.things {
                    let verb = super::split_space(rest.trim_start())
                        .find(|w| !one_of!(&["also", "still", "now", "have", "had"], w))
                        .unwrap_or("");
                    return (!super::claimant::is_speech_verb(verb) && verb != "told")
                        .then(|| t.clone());
                }
                match (&self.group, self.only_org(sentence, names, upto, org)) {
                    (Some(g), None) if self.orgs.is_empty() || self.people.is_empty() => {
                        Some(g.clone())
                    }
                    (None, Some(o)) => Some(o),
                    // "The researchers tracked 4,000 patients. They found …": the group at the
                    // head of the sentence before, when it named no one.
                    (None, None) if self.people.is_empty() && self.orgs.is_empty() => {
                        self.common.clone()
                    }
                    _ => None,
                }
            }
        }
    }

    /// Whom "he" or "she" (the gender `want`) at byte `upto` of `sentence` means: the one
    /// person left of those named before it here and in the window, but for those `except` (the
    /// person a claim is about, for "Anne is her daughter"; those named after a subject pronoun
    /// in its sentence), once those of the other gender are set aside.
    fn person(
        &self,
        want: Option<Gender>,
        sentence: &str,
        names: &[(usize, &str)],
        upto: usize,
        person: &dyn Fn(&str, &str) -> Option<String>,
        except: &[&str],
    ) -> Option<String> {
        let here = people_in(sentence, names, upto, person);
        // "Davis added 28 points for Los Angeles, but he left the game": the one person of the
        // pronoun's gender named in this sentence, at its head, before a clause the pronoun
        // opens, is the one it means before anyone of the sentences before (a side or a place
        // after "for" or "against" is no one).
        if let Some(&(first_at, first)) = names.first()
            && let before = sentence[..first_at].trim()
            && (before.is_empty() || (before.ends_with(',') && before.len() < 32))
            && let upto_text = sentence[..upto].trim_end()
            && (upto_text.ends_with(',')
                || one_of!(
                    &[
                        "but", "and", "after", "before", "when", "while", "because", "although",
                        "though", "until", "so"
                    ],
                    super::last_word(upto_text)
                ))
            && let Some(one) = person(first, &sentence[first_at + first.len()..])
            && names
                .iter()
                .skip(1)
                .take_while(|(at, _)| *at < upto)
                .all(|&(at, n)| {
                    let prev = super::last_word(sentence[..at].trim_end());
                    one_of!(PLACE_BEFORE, prev)
                        || one_of!(&["for", "against", "over"], prev)
                        || person(n, &sentence[at + n.len()..])
                            .is_none_or(|p| super::restate::same_name(&p, &one))
                })
            && gender_of(&sentence[..first_at], first)
                .or_else(|| self.gender.get(&one).copied())
                .or_else(|| given_gender(&one))
                .is_none_or(|g| Some(g) == want)
            && !except.iter().any(|e| super::restate::same_name(e, &one))
        {
            return Some(
                self.written
                    .get(&one)
                    .map_or(one.as_str(), String::as_str)
                    .to_string(),
            );
        }
        let mut left: Vec<&str> = Vec::new();
        let candidates = here
            .iter()
            .map(|(p, g, _)| (p.as_str(), *g))
            .chain(self.people.iter().map(|p| (p.as_str(), None)));
        for (p, g) in candidates {
            let g = g.or_else(|| self.gender.get(p).copied());
            if g.or_else(|| given_gender(p))
                .is_some_and(|g| Some(g) != want)
                || left.contains(&p)
                || except.iter().any(|e| super::restate::same_name(e, p))
            {
                continue;
            }
            left.push(p);
        }
        // Several left: the one the article gave the pronoun's gender decides.
        let known: Vec<&str> = left
            .iter()
            .copied()
            .filter(|p| {
                here.iter()
                    .find(|(n, _, _)| n == p)
                    .and_then(|(_, g, _)| *g)
                    .or_else(|| self.gender.get(*p).copied())
                    == want
            })
            .collect();
        let one = match (&left[..], &known[..]) {
            ([one], _) | (_, [one]) => *one,
            // Everyone here and in the window is of the other gender: the last person of the
            // pronoun's gender, when no one of unknown gender was named since.
            ([], _) => want
                .and_then(|g| self.last_of[g as usize].as_deref())
                .filter(|p| !except.iter().any(|e| super::restate::same_name(e, p)))?,
            _ => return None,
        };
        Some(
            self.written
                .get(one)
                .map_or(one, String::as_str)
                .to_string(),
        )
    }

    /// The organisations the last sentence named (none when it named only people, places or
    /// things, or a body by a common noun).
    pub(super) fn last_orgs(&self) -> &[String] {
        if self.org_just_named { &self.orgs } else { &[] }
    }

    /// Whose "their" before a role in a body (coach, chief executive) is: the one
    /// organisation the window can mean, as for "it" (`only_org`), named in this sentence or
    /// the one right before (not one a sentence that named only a place or a thing left).
    pub(super) fn their_org(
        &self,
        sentence: &str,
        names: &[(usize, &str)],
        upto: usize,
        org: &dyn Fn(&str) -> Option<String>,
    ) -> Option<String> {
        let here = names.first().is_some_and(|(at, _)| *at < upto);
        if !here && !self.org_just_named {
            return None;
        }
        self.only_org(sentence, names, upto, org)
    }

    /// Whom a possessive "his" or "her" inside a claim about `owner` means ("Tom Reyes is her
    /// deputy"): the one person of that gender named before, other than `owner`.
    pub(super) fn possessor(
        &self,
        word: &str,
        owner: &str,
        sentence: &str,
        names: &[(usize, &str)],
        upto: usize,
        person: &dyn Fn(&str, &str) -> Option<String>,
    ) -> Option<String> {
        let want = match word {
            "his" => Gender::Male,
            "her" => Gender::Female,
            _ => return None,
        };
        self.person(Some(want), sentence, names, upto, person, &[owner])
    }

    /// Can "he" or "she" at byte `upto` mean no one but `speaker` (who says it: "Okafor tweeted
    /// that he had signed")? True when no other person is named before it here or in the window.
    /// Not when the article gives the speaker the other gender ("Daniel Moss said she had
    /// been missing" is about someone else).
    pub(super) fn only_speaker(
        &self,
        pronoun_word: &str,
        sentence: &str,
        names: &[(usize, &str)],
        upto: usize,
        person: &dyn Fn(&str, &str) -> Option<String>,
        speaker: &str,
    ) -> bool {
        let want = pronoun(pronoun_word).and_then(|(_, g)| g);
        let here = people_in(sentence, names, upto, person);
        let other_gender = |p: &str, g: Option<Gender>| {
            g.or_else(|| self.gender.get(p).copied())
                .or_else(|| given_gender(p))
                .zip(want)
                .is_some_and(|(g, w)| g != w)
        };
        // The speaker as named here, with the words before ("Her brother, Daniel, said").
        let speaker_said = names
            .iter()
            .take_while(|(at, _)| *at < upto)
            .find(|(_, n)| super::restate::same_name(n, speaker))
            .and_then(|(at, n)| gender_of(&sentence[..*at], n));
        here.iter()
            .map(|(p, g, _)| (p.as_str(), *g))
            .chain(self.people.iter().map(|p| (p.as_str(), None)))
            .all(|(p, g)| super::restate::same_name(p, speaker) && !other_gender(p, g))
            && !other_gender(speaker, speaker_said)
    }

    /// May "he" or "she" (`pronoun_word`) mean `name`: the article gave `name` no other gender,
    /// nor does a common given name?
    /// The words before the name where `sentence` names it ("Her brother, Daniel, said") may
    /// give it too.
    pub(super) fn may_be(
        &self,
        pronoun_word: &str,
        name: &str,
        sentence: &str,
        names: &[(usize, &str)],
    ) -> bool {
        let want = pronoun(pronoun_word).and_then(|(_, g)| g);
        let here = names
            .iter()
            .find(|(_, n)| super::restate::same_name(n, name))
            .and_then(|(at, n)| gender_of(&sentence[..*at], n));
        let g = here
            .or_else(|| self.gender.get(name).copied())
            .or_else(|| given_gender(name));
        g.zip(want).is_none_or(|(g, w)| g == w)
    }

    /// The one organisation "it" can mean: named as the subject of this sentence before the
    /// pronoun, or of the window's sentence, with no other organisation or person beside it.
    fn only_org(
        &self,
        sentence: &str,
        names: &[(usize, &str)],
        upto: usize,
        org: &dyn Fn(&str) -> Option<String>,
    ) -> Option<String> {
        let before: Vec<&(usize, &str)> = names.iter().take_while(|(at, _)| *at < upto).collect();
        if let Some(&&(at, first)) = before.first() {
            // "Acme said it would …": the organisation at the head of the sentence, alone.
            // A word or two may come first: "The", "Chipmaker", "On Monday".
            let lead = sentence[..at].trim();
            let head = !lead.contains([',', '“', '"']) && lead.split_whitespace().count() <= 2;
            let o = org(first)?;
            return (head
                && before
                    .iter()
                    .skip(1)
                    .all(|(_, n)| org(n).as_deref() == Some(&o)))
            .then_some(o);
        }
        let subject = self.subject.as_ref()?;
        (self.orgs.iter().all(|o| o == subject)
            && self.orgs.first() == Some(subject)
            && self.group.is_none())
        .then(|| subject.clone())
    }
}

/// Verbs and auxiliaries a quantifier that stands alone as a subject is followed by.
const QUANTIFIED_VERBS: &[&str] = &[
    "are", "were", "have", "had", "will", "would", "could", "may", "might", "can", "remain",
    "remained", "still", "also", "say", "said", "lost", "fled", "left", "took", "became", "got",
];

/// Words that count or measure the plural noun after them at the head of a sentence ("Dozens
/// of", "More than 40", "About a third of the").
const COUNTING: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "scores",
    "several",
    "many",
    "some",
    "more",
    "than",
    "about",
    "nearly",
    "almost",
    "around",
    "at",
    "least",
    "of",
    "the",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "twenty",
    "fifty",
];

/// The plural noun a sentence opens with, counted or not, before its verb: "Dozens of schools
/// closed" → "schools", "More than 40 homes were destroyed" → "homes", "Three bridges in the
/// county collapsed" → "bridges", "Schools closed" → "schools". Not a name, not a thing owned.
fn counted_head(sentence: &str) -> Option<String> {
    let trimmed = sentence.trim_start();
    let mut noun: Option<&str> = None;
    let mut described = false;
    for (n, w) in super::split_space(trimmed).take(9).enumerate() {
        let lower = w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        let plural = w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("ics");
        match noun {
            None => {
                let capital = n == 0
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
                if w.bytes().all(|b| b.is_ascii_digit() || b == b',')
                    || one_of!(COUNTING, w)
                    || (capital && COUNTING.iter().any(|c| c.eq_ignore_ascii_case(w)))
                {
                    continue;
                }
                if !(lower || capital) || pronoun(w).is_some() || n >= 5 {
                    return None;
                }
                if plural {
                    noun = Some(w);
                } else if std::mem::replace(&mut described, true) {
                    // One word may describe the noun ("Dozens of public schools"); a second
                    // is no longer its phrase ("The mayor said the schools").
                    return None;
                }
            }
            Some(_) if lower && plural && !one_of!(QUANTIFIED_VERBS, w) => {
                // "News outlets", "school buildings": the last plural of a compound.
                noun = Some(w);
            }
            Some(found) => {
                // The verb right after the noun, or after a place ("in Harris County").
                let w = w.strip_suffix('.').unwrap_or(w);
                let lower = lower || w.bytes().all(|b| b.is_ascii_lowercase());
                if one_of!(QUANTIFIED_VERBS, w)
                    || one_of!(&["shut", "burned", "sank", "fell", "hit"], w)
                    || (w.len() > 4 && w.ends_with("ed") && lower)
                {
                    return Some(found.to_ascii_lowercase());
                }
                if !(lower || w.starts_with(|c: char| c.is_ascii_uppercase())) || w.ends_with(',') {
                    return None;
                }
            }
        }
    }
    None
}

/// A name of several words at the head of `sentence` ("USS Gerald Ford", "The Artemis II
/// mission" has none) that is neither a person's nor an organisation's, followed by its verb in
/// lower case: the thing the sentence is about.
fn head_thing(
    sentence: &str,
    names: &[(usize, &str)],
    person: &dyn Fn(&str, &str) -> Option<String>,
    org: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    let &(at, name) = names.first()?;
    // After a dateline ("NORFOLK, Virginia (Reuters) - The USS …"), the words after its dash.
    let lead = sentence[..at]
        .rsplit(['-', '—', '–'])
        .next()
        .unwrap_or("")
        .trim();
    let after = &sentence[at + name.len()..];
    (matches!(lead, "" | "The")
        && name.contains(' ')
        && after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_lowercase()))
        // "USS Gerald Ford": a storm's or ship's first word makes it a thing, whatever else.
        && (named_thing(name).is_some()
            || (org(name).is_none() && person(name, after).is_none())))
    .then(|| name.to_string())
}

/// Verbs that follow a plural subject at once ("Lawmakers have", "The researchers found").
const PLURAL_VERBS: &[&str] = &[
    "have", "had", "are", "were", "will", "would", "could", "can", "may", "might", "must", "say",
    "said", "found", "expect", "believe", "warn", "warned", "voted", "agreed", "plan", "want",
    "hope", "fear", "estimate", "argue", "argued", "also", "still", "now",
];

/// A group named by a plural common noun at the head of `text`, before its verb: "Lawmakers
/// have", "The researchers found", "Officials said". Not a name ("The Beatles"), not a thing
/// owned ("Lawmakers' pay").
pub(super) fn plural_head(text: &str) -> Option<&str> {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let mut words = super::split_space(trimmed);
    let first = words.next()?;
    let (noun, end) = if first == "The" {
        let noun = words.next()?;
        if !noun.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        (noun, first.len() + 1 + noun.len())
    } else {
        if !first.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        (first, first.len())
    };
    let plural = noun.len() > 3
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && !noun.ends_with("us")
        && noun[1..].chars().all(|c| c.is_ascii_lowercase());
    let verb = words.next()?;
    (plural
        && pronoun(first).is_none()
        && (one_of!(PLURAL_VERBS, verb)
            || (verb.len() > 4
                && verb.ends_with("ed")
                && verb.chars().all(|c| c.is_ascii_lowercase()))))
    .then(|| &text[lead..lead + end])
}

/// The name that things named by a plural noun belong to: "Shares of Delta" → "Delta",
/// "Boeing shares" → "Boeing", "Prices of eggs" → none.
pub(super) fn owner_of_things(things: &str) -> Option<&str> {
    let mut at = 0;
    let mut run: Option<(usize, usize)> = None;
    for (n, w) in things.split(' ').enumerate() {
        let capital = w.starts_with(|c: char| c.is_ascii_uppercase());
        // The plural head noun that opens the sentence is capitalised for that alone.
        let head = n == 0 && w.ends_with('s') && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        match (capital && !head, run) {
            (true, None) => run = Some((at, at + w.len())),
            (true, Some((s, _))) => run = Some((s, at + w.len())),
            (false, Some(_)) => break,
            (false, None) => {}
        }
        at += w.len() + 1;
    }
    run.map(|(s, e)| &things[s..e])
}

/// Verbs of change after things named by a plural noun ("Shares of Delta rose").
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "fell",
    "jumped",
    "climbed",
    "dropped",
    "declined",
    "gained",
    "slipped",
    "surged",
    "soared",
    "tumbled",
    "plunged",
    "increased",
    "decreased",
    "doubled",
    "tripled",
    "edged",
    "rebounded",
    "slumped",
    "grew",
    "shrank",
    "hit",
    "reached",
    "topped",
    "sank",
    "slid",
];

/// Things named by a plural noun at the head of `sentence`, before a verb of change: "Shares of
/// Delta rose", "Prices of eggs in Ohio jumped", "Boeing shares fell", "Home sales dropped".
/// Not people ("Officials said": `plural_head`), not a name ("The Beatles").
fn plural_things_head(sentence: &str) -> Option<&str> {
    let trimmed = sentence.trim_start();
    let at = sentence.len() - trimmed.len();
    // Where the word read starts, and where the phrase read so far ends.
    let (mut from, mut end) = (0, 0);
    let mut plural = false;
    for (n, w) in super::split_space(trimmed).take(8).enumerate() {
        if one_of!(CHANGE_VERBS, w) {
            return (plural && n >= 1).then(|| &sentence[at..at + end]);
        }
        let lower = w.bytes().all(|b| b.is_ascii_lowercase());
        let capital = w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        // The head noun: the first plural before "of" or the verb, in lower case but for
        // the sentence's first word.
        let is_plural = w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && (lower || (n == 0 && capital));
        let article = n == 0 && one_of!(&["The", "Its", "Their"], w);
        if plural {
            if !(lower || capital || w.bytes().all(|b| b.is_ascii_alphanumeric()))
                || w.ends_with(',')
            {
                return None;
            }
        } else if is_plural && !one_of!(GROUP_NOUNS, &w.to_ascii_lowercase()) {
            plural = true;
        } else if !article && (!(capital || lower) || n >= 2 || pronoun(w).is_some()) {
            return None;
        }
        end = from + w.len();
        from = end + 1;
    }
    None
}

/// A group named by a name and a plural common noun at the head of `sentence`, before its verb:
/// "Fed officials forecast", "Boeing engineers found", "Kremlin officials have said". Not a
/// name's thing ("Apple shares fell": a thing is no "they" that acts), so only nouns of people.
fn named_plural_head(sentence: &str) -> Option<&str> {
    let trimmed = sentence.trim_start();
    let at = sentence.len() - trimmed.len();
    let mut words = super::split_space(trimmed);
    let name = words.next()?;
    let noun = words.next()?;
    let verb = words.next()?;
    (name.starts_with(|c: char| c.is_ascii_uppercase())
        && name[1..].bytes().all(|b| b.is_ascii_alphabetic())
        && pronoun(name).is_none()
        && !one_of!(&["The", "A", "An", "Some", "Many", "Most", "All", "Two", "Three"], name)
        && one_of!(GROUP_NOUNS, noun)
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        // a noun of people at the head is followed by its verb ("forecast", "met"), not by
        // more of its phrase ("in Washington", "who")
        && verb.bytes().all(|b| b.is_ascii_lowercase())
        && !one_of!(
            &[
                "of", "in", "at", "from", "for", "with", "and", "or", "who", "that", "on", "to",
                "by",
            ],
            verb
        ))
    .then(|| &sentence[at..at + name.len() + 1 + noun.len()])
}

/// People named by a plural common noun, with at most one word before it, at the head of
/// `sentence` and before its verb: "Matatu owners protested", "The dock workers have walked
/// out", "Farmers blocked". The noun is one of people (`GROUP_NOUNS`, or a doer's ending:
/// "owners", "tenants", "residents", "pharmacists"); the verb in the past or one of
/// `PLURAL_VERBS`. Not "Shares of Delta rose", not "Boeing shares".
fn crowd_head(sentence: &str) -> Option<&str> {
    let trimmed = sentence.trim_start();
    let at = sentence.len() - trimmed.len();
    let mut words = super::split_space(trimmed);
    let mut first = words.next()?;
    let mut from = 0;
    if first == "The" {
        from = first.len() + 1;
        first = words.next()?;
    }
    if pronoun(first).is_some() || !first.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let people = |w: &str| {
        w.len() > 4
            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && (one_of!(GROUP_NOUNS, w)
                || ["ers", "ors", "ists", "ians", "ants", "ents"]
                    .iter()
                    .any(|e| w.ends_with(e)))
    };
    let (end, verb) = if people(first) {
        (from + first.len(), words.next()?)
    } else {
        let noun = words.next()?;
        if !people(noun) || !noun.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        (from + first.len() + 1 + noun.len(), words.next()?)
    };
    let acts = one_of!(PLURAL_VERBS, verb)
        || (verb.len() > 4 && verb.ends_with("ed") && verb.bytes().all(|b| b.is_ascii_lowercase()));
    acts.then(|| &sentence[at + from..at + end])
}

/// Plural nouns of people who act for a body ("officials", "executives", "researchers").
const GROUP_NOUNS: &[&str] = &[
    "officials",
    "executives",
    "researchers",
    "scientists",
    "leaders",
    "lawmakers",
    "prosecutors",
    "investigators",
    "engineers",
    "economists",
    "analysts",
    "negotiators",
    "regulators",
    "authorities",
    "ministers",
    "diplomats",
    "doctors",
    "lawyers",
    "policymakers",
    "forecasters",
    "workers",
    "employees",
    "managers",
    "commanders",
    "spokespeople",
];

/// Two names joined by "and" at the head of the sentence, before its verb: "Ann Lee and Tom
/// Reyes opened", "Acme and Beta Corp. said", given in full.
fn head_group(
    sentence: &str,
    names: &[(usize, &str)],
    person: &dyn Fn(&str, &str) -> Option<String>,
    org: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    let [(a_at, a), (b_at, b), ..] = names else {
        return None;
    };
    if !sentence[..*a_at].trim().is_empty() || sentence[a_at + a.len()..*b_at] != *" and " {
        return None;
    }
    let after = &sentence[b_at + b.len()..];
    // A verb follows, not more of a list or a possessive ("Ann Lee and Tom Reyes's house").
    if !after.starts_with(' ') || !after[1..].starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let full = |n: &str, after: &str| {
        org(n)
            .or_else(|| person(n, after))
            .or_else(|| split_title(n).1.split(' ').nth(1).map(|_| n.to_string()))
    };
    let a = full(a, "")?;
    let b = full(b, after)?;
    Some(format!("{a} and {b}"))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A word that opens with a curly quote or another character of several bytes is read
    /// without slicing inside it (proptest found " A “The").
    #[test]
    fn heads_that_open_with_a_wide_character_are_read_safely() {
        for s in [
            " A “The",
            "“The owners said",
            "Éleveurs protested",
            "A ‘jQp",
        ] {
            let _ = crowd_head(s);
            let _ = plural_head(s);
        }
    }

    /// The plural noun a sentence opens with, counted or not, before its verb.
    #[test]
    fn the_counted_head_is_the_plural_noun_before_the_verb() {
        for (text, want) in [
            (
                "Dozens of schools closed across the county.",
                Some("schools"),
            ),
            ("More than 40 homes were destroyed.", Some("homes")),
            ("Three bridges in Harris County collapsed.", Some("bridges")),
            ("Thousands of residents fled the fire.", Some("residents")),
            ("News outlets reported the fire.", Some("outlets")),
            ("The mayor said the schools closed.", None),
            ("It closed 12 schools.", None),
        ] {
            assert_eq!(counted_head(text).as_deref(), want, "{text}");
        }
        let w = Window {
            counted: Some("schools".into()),
            ..Window::default()
        };
        let q = |first, rest| {
            w.quantifier_means(first, rest)
                .map(|(q, r)| format!("{q} {r}"))
        };
        assert_eq!(
            q("Many", "are expected to reopen.").as_deref(),
            Some("Many of the schools are expected to reopen.")
        );
        assert_eq!(
            q("Some", "of them were damaged.").as_deref(),
            Some("Some of the schools were damaged.")
        );
        assert_eq!(q("Many", "residents fled."), None);
        assert_eq!(q("These", "are closed."), None);
    }

    /// "It was the fourth increase": a deed ranked; "the strongest typhoon" is no deed.
    #[test]
    fn a_ranked_deed_is_read_from_its_noun() {
        assert_eq!(
            ranked_event("was the fourth increase this year."),
            Some("increase")
        );
        assert_eq!(ranked_event("is the third cut in 2025."), Some("cut"));
        assert_eq!(ranked_event("was the fifth straight win."), Some("win"));
        assert_eq!(ranked_event("was the strongest typhoon to hit."), None);
        assert_eq!(ranked_event("was the first time in years."), None);
        assert_eq!(ranked_event("raised the fourth increase."), None);
    }

    #[test]
    fn it_that_stands_for_nothing_is_not_a_doer() {
        for rest in [
            "is likely that rates will rise",
            "was announced on Monday that",
            "rained for three days",
            "'s possible there will be more",
            "’s been a long year",
            "seems the talks failed",
            "has been three years since the flood",
            "will take two years",
            "remains unclear whether",
            "costs $999",
        ] {
            assert!(!it_does(rest), "{rest}");
        }
        for rest in [
            "will close 30 branches by June",
            "reported a loss of $40 million",
            "has also cut 200 jobs",
            "said the plant would open in May",
            "employs 1,500 people",
            "is the 20th storm of the season",
            "was the largest fine ever",
            "is the third bridge to close",
        ] {
            assert!(it_does(rest), "{rest}");
        }
        for rest in [
            "was the first time in a decade",
            "is the best way to",
            "is the latest sign",
            "is the law",
        ] {
            assert!(!it_does(rest), "{rest}");
        }
    }

    /// The wording of the claim of `text` that holds `needle`.
    pub(in crate::extract::claims) fn text_of(text: &str, needle: &str) -> String {
        let all = crate::extract::extract(text, None).claims;
        all.iter()
            .find(|c| c.text.contains(needle))
            .unwrap_or_else(|| panic!("no claim with {needle:?} in {all:#?}"))
            .text
            .clone()
    }

    /// "“She was relentless,” said Thomas Reyes. … She earned a degree": when everyone the
    /// window holds is of the other gender, "she" is the last woman named, unless someone whose
    /// gender is unknown was named since.
    #[test]
    fn she_after_a_man_speaks_is_the_last_woman_named() {
        let text = "Margaret Ellison, a marine biologist, died on Sunday. She was 88.\n\n\
                    “She was relentless,” said Thomas Reyes, a former student.\n\n\
                    She earned a degree from Stanford in 1965.";
        assert_eq!(
            text_of(text, "degree"),
            "Margaret Ellison earned a degree from Stanford in 1965."
        );
        let unknown = "Margaret Ellison, a marine biologist, died on Sunday. She was 88.\n\n\
                       Kim Sato, a colleague, said the lab closed in 1990.\n\n\
                       “She was relentless,” said Thomas Reyes, a former student.\n\n\
                       She earned a degree from Stanford in 1965.";
        assert_eq!(
            text_of(unknown, "degree"),
            "She earned a degree from Stanford in 1965."
        );
    }

    /// "A wildfire north of Los Angeles has burned 12,000 acres, Cal Fire said. It was 15%
    /// contained": a thing first named with "a" is the one "it" means, not the tag's speaker,
    /// and is worded "The wildfire"; a person named so ("A judge ruled") is no "it".
    #[test]
    fn a_thing_named_with_a_is_what_it_means() {
        let text = "A wildfire north of Los Angeles has burned 12,000 acres, Cal Fire said. It \
                    was 15% contained.";
        assert_eq!(
            text_of(text, "contained"),
            "The wildfire was 15% contained."
        );
        assert_eq!(
            singular_head("A wildfire north of Los Angeles has burned"),
            Some("A wildfire")
        );
        assert_eq!(singular_head("A judge ruled on Monday"), None);
        assert_eq!(
            singular_head("An earthquake of magnitude 7.0 hit southern Mexico"),
            Some("An earthquake")
        );
        assert_eq!(
            singular_head("A fire of unknown origin destroyed"),
            Some("A fire")
        );
        assert_eq!(definite("An earthquake"), "The earthquake");
    }

    /// "It was followed by aftershocks": a passive with its doer after "by" stands for the
    /// thing named before ("A magnitude 6.1 earthquake struck …"), worded "The …"; "it was
    /// reported that" stands for nothing.
    #[test]
    fn it_in_a_passive_with_its_doer_is_the_thing_named_before() {
        assert!(it_does("was followed by aftershocks"));
        assert!(it_does("was caused by a faulty wire"));
        assert!(!it_does("was reported that the talks failed"));
        assert!(!it_does("was followed closely"));
        assert!(it_does("was downgraded to a tropical storm on Monday"));
        assert!(it_does("was felt in Mexico City"));
        assert!(!it_does("was decided to delay the vote"));
        assert!(!it_does("was reported in the Times that"));
        assert!(!it_does("was raised to warn"));
        let text = "A magnitude 6.1 earthquake struck eastern Turkey on Monday, the disaster \
                    agency AFAD said. It was followed by aftershocks.";
        assert_eq!(
            text_of(text, "aftershocks"),
            "The magnitude 6.1 earthquake was followed by aftershocks."
        );
    }

    /// "Kalmaegi hit the country …" after "Typhoon Kalmaegi made landfall": the storm's own
    /// name alone keeps it what "it" means; and "it" in a paragraph that named a storm is the
    /// storm, never an organisation of an earlier paragraph.
    #[test]
    fn it_is_the_thing_of_its_own_paragraph() {
        let text = "The Senate confirmed Maria Lopez as labor secretary on Tuesday.\n\n\
                    Typhoon Kalmaegi made landfall in the central Philippines on Tuesday. \
                    Kalmaegi hit the country with winds of 150 km/h. It was expected to weaken \
                    over the sea.";
        assert_eq!(
            text_of(text, "weaken"),
            "Typhoon Kalmaegi was expected to weaken over the sea."
        );
        let text = "The Senate confirmed Maria Lopez as labor secretary on Tuesday.\n\n\
                    Typhoon Kalmaegi made landfall in the central Philippines on Tuesday. \
                    Winds reached 150 km/h in Cebu. It was expected to weaken over the sea.";
        assert_eq!(
            text_of(text, "weaken"),
            "Typhoon Kalmaegi was expected to weaken over the sea."
        );
        // An organisation the paragraph names itself is still what "it" may mean.
        let text = "Typhoon Kalmaegi made landfall on Tuesday.\n\n\
                    Acme Corp. said its plant in Cebu was shut. It will reopen the plant in July.";
        assert!(
            text_of(text, "reopen").starts_with("Acme"),
            "{}",
            text_of(text, "reopen")
        );
        // A body known by its kind at the head is no thing "it" means.
        let text = "Governor Mark Ellis signed the flood relief bill on Monday. The legislature \
                    had passed the bill last week. It provides $300 million for repairs.";
        assert_eq!(
            text_of(text, "$300"),
            "It provides $300 million for repairs."
        );
    }

    /// "The Biden administration said …. It said …": a body named by a common noun that spoke
    /// is what "it" means when it speaks, or when nothing else can be meant; a thing named at
    /// the head is still what "it" means when it does not speak.
    #[test]
    fn it_after_a_body_that_spoke_is_that_body() {
        let text = "The Biden administration said it would cancel $5 billion in student debt. It \
                    said the relief would reach 74,000 borrowers.";
        assert_eq!(
            text_of(text, "74,000"),
            "The Biden administration said the relief would reach 74,000 borrowers."
        );
        // Its tag's claimant is the body too: a checkable warning is kept as its words.
        let text = "Heavy rain flooded 40 roads, the national weather service said. It warned \
                    that rivers would rise 2 feet by Friday.";
        assert!(
            text_of(text, "2 feet").starts_with("The national weather service warned"),
            "{}",
            text_of(text, "2 feet")
        );
        let text = "The fire has burned 9,000 acres, the state fire agency said. It was 20% \
                    contained.";
        assert_eq!(text_of(text, "contained"), "The fire was 20% contained.");
    }

    /// "Davis scored 28 points for Los Angeles, but he left the game": the person at the head
    /// of the pronoun's own sentence, before the clause it opens, is the one it means before a
    /// person of the sentences before; after a person's own tag ("Djokovic said he was
    /// proud"), another person of the window whose gender is known is no better than the
    /// speaker, and neither is named.
    #[test]
    fn he_after_but_is_the_person_at_the_head() {
        let text = "Curry scored 36 points as the Warriors beat the Lakers. He made eight \
                    three-pointers. Davis scored 28 points for Los Angeles, but he left the game \
                    with an injury.";
        assert_eq!(
            text_of(text, "left the game"),
            "Davis left the game with an injury."
        );
        let text = "Carlos Alcaraz beat Novak Djokovic to win Wimbledon. He said it was \
                    a dream. Djokovic, who had knee surgery in June, said he was proud to have \
                    reached the final.";
        assert_eq!(
            text_of(text, "proud"),
            "Novak Djokovic said he was proud to have reached the final."
        );
    }

    #[test]
    fn a_pronoun_is_named_only_when_one_candidate_is_left() {
        // One person: named.
        let t = text_of(
            "Sen. Tom Reyes filed the bill on Monday.\n\nHe has served 12 years in Congress.",
            "12 years",
        );
        assert!(t.starts_with("Sen. Tom Reyes has served"), "{t}");
        // Two people, no gender given: left as written.
        let t = text_of(
            "Robin Lee met Kim Reyes in Boston on Monday.\n\nHe signed a deal worth $2 billion.",
            "$2 billion",
        );
        assert!(t.starts_with("He signed"), "{t}");
        // A given name that is a woman's leaves the man.
        let t = text_of(
            "Ann Lee met Tom Reyes in Boston on Monday.\n\nHe signed a deal worth $2 billion.",
            "$2 billion",
        );
        assert!(t.starts_with("Tom Reyes signed"), "{t}");
        // A title decides.
        let t = text_of(
            "Mrs. Ann Lee met Mr. Tom Reyes in Boston on Monday.\n\nShe signed a deal worth $2 billion.",
            "$2 billion",
        );
        assert!(t.starts_with("Ann Lee signed"), "{t}");
        // Two people named together as the subject are "they".
        let t = text_of(
            "Ann Lee and Tom Reyes opened the shelter in 2011.\n\nThey have placed 4,000 dogs since.",
            "4,000",
        );
        assert!(t.starts_with("Ann Lee and Tom Reyes have placed"), "{t}");
        // A paragraph that names nobody ends what "she" can reach.
        let t = text_of(
            "Ann Lee won the race in 2019.\n\nThe course was 42 km long.\n\nShe finished in 2 hours and 10 minutes.",
            "2 hours",
        );
        assert!(t.starts_with("She finished"), "{t}");
    }

    #[test]
    fn they_after_a_group_named_by_a_common_noun_is_that_group() {
        assert_eq!(
            plural_head("Lawmakers have had three years"),
            Some("Lawmakers")
        );
        assert_eq!(
            plural_head("The researchers tracked 4,000 patients."),
            Some("The researchers")
        );
        assert_eq!(plural_head("The Beatles played in 1964."), None);
        assert_eq!(plural_head("The virus spread quickly."), None);
        assert_eq!(plural_head("Prices rose 3%."), None);
        let t = text_of(
            "The researchers tracked 4,000 patients for a decade.\n\nThey found that 12% developed the disease.",
            "12%",
        );
        assert!(t.starts_with("The researchers found"), "{t}");
        // A person named after the group is the likelier "they": left as written.
        let t = text_of(
            "The researchers tracked 4,000 patients.\n\nDr. Ann Lee and Dr. Tom Reyes led the study. They found that 12% developed the disease.",
            "12%",
        );
        assert!(!t.starts_with("The researchers"), "{t}");
    }

    #[test]
    fn they_after_a_named_group_at_the_head_is_that_group() {
        let t = text_of(
            "Fed officials forecast that unemployment will climb to 4.5% by December.\n\nThey also predicted two rate cuts of 0.25 points next year.",
            "0.25",
        );
        assert!(t.starts_with("Fed officials also predicted"), "{t}");
        let t = text_of(
            "Boeing engineers found cracks in 12 planes. They said 3 more jets would be inspected.",
            "3 more",
        );
        assert!(t.contains("Boeing engineers said"), "{t}");
        // A name's things do not act: "Apple shares" is no group of people.
        assert_eq!(named_plural_head("Apple shares fell 3% on Monday."), None);
    }

    #[test]
    fn gender_comes_from_the_words_before_a_name() {
        assert_eq!(gender_of("said Mrs. ", "Ann Lee"), Some(Gender::Female));
        assert_eq!(
            gender_of("his daughter, ", "Ellen Finch"),
            Some(Gender::Female)
        );
        assert_eq!(gender_of("", "Congressman Tom Reyes"), Some(Gender::Male));
        assert_eq!(gender_of("the coach, ", "Tom Reyes"), None);
        // A son's name tells his gender, not the parent's after it.
        assert_eq!(gender_of("", "Tom Reyes"), None);
        // A given name that is a man's or a woman's nearly always tells it; one given to both
        // does not.
        assert_eq!(given_gender("Daniel Moss"), Some(Gender::Male));
        assert_eq!(given_gender("Margaret Lowe"), Some(Gender::Female));
        assert_eq!(given_gender("Jordan Ellis"), None);
        assert_eq!(given_gender("Taylor Reed"), None);
        // A surname that is also a given name tells nothing.
        assert_eq!(given_gender("Amira Hassan"), None);
        assert_eq!(given_gender("Hassan"), None);
        assert_eq!(given_gender("Dr. Helen Osei"), Some(Gender::Female));
    }

    /// A name in a title in quotation marks is no one "she" may mean.
    #[test]
    fn a_name_in_a_quoted_title_is_no_candidate() {
        assert!(in_title("whose ballad “Killing Me Softly” topped", 16));
        assert!(in_title("the film \"The Last Emperor\" won", 10));
        // A quote that says something is no title.
        assert!(!in_title("“Bill Smith was there,” she said", 3));
        assert!(!in_title("Bill Smith said", 0));
        let claims = crate::extract::extract(
            "Roberta Flack, the singer whose ballad \"Killing Me Softly\" topped the charts, died on Monday. She was 88.",
            None,
        )
        .claims;
        assert!(
            claims.iter().any(|c| c.text == "Roberta Flack was 88."),
            "{claims:#?}"
        );
    }
}
