//! Who makes a claim: the speaker of a quote or of reported speech ("X said", "said X",
//! "according to X", "X told Y", "X tweeted", "officials say"), a person or an organisation.
//! No speaker means the article itself.

use super::super::{Claimant, ClaimantKind};
use super::bare;
use super::words::{ACCORDING, FINITE, SPEECH as SPEECH_VERB};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Verbs that report speech or writing.
pub(super) const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "explained",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "announced",
    "stated",
    "claimed",
    "claims",
    "insisted",
    "argued",
    "warned",
    "noted",
    "confirmed",
    "testified",
    "reported",
    "estimated",
    "estimates",
    "estimate",
    "acknowledged",
    "admitted",
    "declared",
    "asserted",
    "maintained",
    "predicted",
    "predict",
    "predicts",
    // "Fed officials forecast that inflation will …", "officials signaled they expect …".
    "forecast",
    "forecasts",
    "projected",
    "signaled",
    "signalled",
    "recalled",
    "expects",
    "expect",
    "found",
    "concluded",
    // "A survey by Gallup showed that …", "research published in Nature suggests …", "a new
    // study finds": findings, read only after those who find (as "found" is).
    "showed",
    "suggests",
    "suggested",
    "finds",
    // "Researchers cautioned that …", "The minister stressed that …".
    "cautioned",
    "stressed",
    "conceded",
    "contended",
    "reiterated",
    "countered",
    "replied",
    "emphasized",
    "emphasised",
];
/// Adverbs and auxiliaries that may stand between a speaker and the verb ("also said",
/// "has said", "later told").
pub(super) const BETWEEN: &[&str] = &[
    "also",
    "later",
    "previously",
    "has",
    "have",
    "had",
    "earlier",
    "then",
    "again",
    "once",
    "repeatedly",
    "recently",
    "publicly",
    "separately",
    "further",
    // "The bank now expects", "The union still plans": an adverb of time is no part of the
    // speaker's name.
    "now",
    "still",
    "currently",
    "already",
];
/// Nouns that name a body of people speaking for an organisation.
const GROUPS: &[&str] = &[
    "officials",
    "official",
    "police",
    "authorities",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "representatives",
    "prosecutors",
    "investigators",
    "researchers",
    "scientists",
    "experts",
    "analysts",
    "economists",
    "forecasters",
    "regulators",
    "organizers",
    "organisers",
    // "…, local media reported", "state television said": the press that tells the news.
    "media",
    "television",
    "TV",
    "radio",
    "statement",
    "report",
    "study",
    "poll",
    "survey",
    "analysis",
    "data",
    "figures",
];

/// People who speak as a body, by their role, party or side ("Democrats said", "critics say",
/// "according to residents"): groups (`is_group`) that are people (`is_people`).
const CROWDS: &[&str] = &[
    "lawmakers",
    "legislators",
    "senators",
    "democrats",
    "republicans",
    "conservatives",
    "tories",
    "critics",
    "opponents",
    "supporters",
    "residents",
    "witnesses",
    "activists",
    "protesters",
    "campaigners",
    "diplomats",
];

/// A word of `GROUPS` or `CROWDS`: who speaks for a body, or the body's document.
fn is_group(w: &str) -> bool {
    one_of!(GROUPS, w) || one_of!(CROWDS, w)
}
/// The groups of `GROUPS` that are documents: their author, when named ("a survey by FactSet"),
/// is the source.
const DOCUMENTS: &[&str] = &[
    "statement",
    "report",
    "study",
    "poll",
    "survey",
    "analysis",
    "data",
    "figures",
];
/// Nouns of documents and findings whose author or publisher, when named, is their source
/// (`DOCUMENTS` and "research", "paper", their plurals).
const DOCUMENT_HEADS: &[&str] = &[
    "statement",
    "report",
    "reports",
    "study",
    "studies",
    "poll",
    "polls",
    "survey",
    "surveys",
    "analysis",
    "research",
    "paper",
    "review",
    "audit",
    "data",
    "figures",
];

/// Is the claimant `name` a document alone ("report", "a study", "the survey"): no one, since
/// the article does not say whose it is.
pub(super) fn bare_document(name: &str) -> bool {
    let noun = ["the ", "a ", "an ", "The ", "A ", "An "]
        .iter()
        .find_map(|d| name.strip_prefix(d))
        .unwrap_or(name);
    // "official figures", "government data", "a new report": what describes it names no one.
    let (describe, noun) = noun.rsplit_once(' ').unwrap_or(("", noun));
    (one_of!(DOCUMENT_HEADS, noun) || one_of!(DOCUMENTS, noun))
        && describe.split(' ').count() <= 2
        && describe.split(' ').all(|w| {
            w.is_empty()
                || w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                || DESCRIBES_A_DOCUMENT
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(w))
        })
}

/// Words that describe a document or figures and name no one who owns them ("official
/// figures", "Government data", "the latest report").
const DESCRIBES_A_DOCUMENT: &[&str] = &[
    "official",
    "government",
    "federal",
    "state",
    "national",
    "new",
    "latest",
    "recent",
    "preliminary",
    "provisional",
    "internal",
    "public",
];

/// Where the document whose author or publisher a name right after `before` is starts: "a
/// report by (the)", "a survey from", "a new study published in (the journal)", "research
/// published by", "a poll conducted by" ("a study in Texas", "a study funded by" are not).
fn document_by(before: &str) -> Option<usize> {
    /// The last word of `rest`, taken off it.
    fn last<'a>(rest: &mut &'a str) -> Option<&'a str> {
        if rest.is_empty() {
            return None;
        }
        let (head, w) = rest.rsplit_once(' ').unwrap_or(("", rest));
        *rest = head;
        Some(w)
    }
    let mut rest = before.strip_suffix(' ')?;
    let mut w = last(&mut rest)?;
    let journal = w == "journal";
    if journal {
        w = last(&mut rest)?;
    }
    if w.eq_ignore_ascii_case("the") {
        w = last(&mut rest)?;
    }
    let by = matches!(w, "by" | "from");
    if !by && w != "in" {
        return None;
    }
    w = last(&mut rest)?;
    // "a study published Wednesday in The Lancet", "published online on Monday in": the day
    // of publishing between the participle and its journal.
    if !by {
        for _ in 0..3 {
            if !super::subject::is_weekday(w)
                && !one_of!(&["online", "on", "today", "yesterday"], w)
            {
                break;
            }
            w = last(&mut rest)?;
        }
    }
    let done = one_of!(
        &[
            "published",
            "conducted",
            "released",
            "commissioned",
            "led",
            "issued"
        ],
        w
    );
    if done {
        w = last(&mut rest)?;
    } else if !by && !journal {
        return None;
    }
    if !one_of!(DOCUMENT_HEADS, w) {
        return None;
    }
    let mut at = rest.len() + usize::from(!rest.is_empty());
    // "Research published in Nature": the document opens the clause.
    if rest.is_empty() || rest.ends_with([',', ':']) || w.starts_with(char::is_uppercase) {
        return Some(at);
    }
    // "a report", "the new study", "a recent Pew survey" is not read (a name before the noun).
    for _ in 0..3 {
        let d = last(&mut rest)?;
        at = rest.len() + usize::from(!rest.is_empty());
        if one_of!(&["a", "an", "the", "its", "their", "this"], d) {
            return Some(at);
        }
        if !d.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
    }
    None
}

/// Nouns of a person who leads or speaks for a body, beside `restate::is_person_role`'s
/// ("Apple's chief executive", "Britain's ambassador").
const LEADERS: &[&str] = &[
    "executive",
    "officer",
    "chief",
    "head",
    "secretary",
    "ambassador",
    "envoy",
    "adviser",
    "advisor",
    "negotiator",
    "regulator",
    "chancellor",
    "premier",
    "leader",
];
/// A noun of a person's role or office ("minister", "chief executive"'s "executive").
fn person_noun(noun: &str) -> bool {
    super::restate::is_person_role(noun) || one_of!(LEADERS, noun)
}

/// Where the words before word `k` start once the adverbs and auxiliaries of `BETWEEN` that
/// stand right before it are passed over ("X has also said": the index of "has").
fn past_between(words: &[(usize, &str)], k: usize) -> usize {
    let mut j = k;
    while j > 0 && one_of!(BETWEEN, words[j - 1].1) {
        j -= 1;
    }
    j
}

/// "the coast guard", "the Philippine coast guard", "the national guard": a "guard" a word of
/// its service names (`before`, the words before the noun) is a body, not a guard on duty (a
/// person, as "the security guard said" is).
fn guard_body(before: &str, noun: &str) -> bool {
    noun == "guard"
        && matches!(
            super::last_word(before.trim_end()),
            "coast" | "national" | "border" | "presidential"
        )
}

/// Those who speak for an organisation, one at a time.
const SPOKES: &[&str] = &["spokesperson", "spokesman", "spokeswoman"];
/// Nouns of organisations in "the ministry said" (other roles, "the governor said", are people).
const ORG_NOUNS: &[&str] = &[
    "company",
    "firm",
    "ministry",
    "department",
    "agency",
    "government",
    "army",
    "military",
    "council",
    "court",
    "team",
    "club",
    "party",
    "university",
    "hospital",
    "airline",
    "bank",
    "union",
    "school",
    "board",
    "committee",
    "commission",
    "organization",
    "organisation",
    "authority",
    "office",
    "administration",
    "campaign",
    "group",
    "network",
    "channel",
    "embassy",
    "bloc",
    "alliance",
    "regulator",
    "retailer",
    "chain",
    "carrier",
    "manufacturer",
    "miner",
    "insurer",
    "charity",
    "newspaper",
    "magazine",
    "website",
    "startup",
    "bureau",
    "service",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "lender",
    "broadcaster",
    "publisher",
    "operator",
    "utility",
    "force",
    "county",
    "city",
    "district",
    "statement",
    "report",
    "study",
    "force",
    "navy",
    "coalition",
    "institute",
    "foundation",
    "association",
    "federation",
    "league",
    "museum",
    "gallery",
    "library",
    "zoo",
    "side",
    // A market, a broker, a watchdog: bodies the business pages name by their kind.
    "exchange",
    "bourse",
    "broker",
    "brokerage",
    "watchdog",
    "fund",
    "tribunal",
    "parliament",
    // "the national seismology center said", "the observatory said": a body of science.
    "center",
    "centre",
    "observatory",
    "legislature",
    "assembly",
    "legislature",
    "consortium",
    "conglomerate",
    "consultancy",
];
/// Titles in front of a person's name.
pub(super) const TITLES: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Senator",
    "Sen",
    "Rep",
    "Representative",
    "Congressman",
    "Congresswoman",
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Chancellor",
    "Governor",
    "Gov",
    "Mayor",
    "Judge",
    "Justice",
    "Chief",
    "General",
    "Gen",
    "Colonel",
    "Col",
    "Captain",
    "Capt",
    "Lieutenant",
    "Sergeant",
    "Sgt",
    "Officer",
    "Detective",
    "Coach",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Rev",
    "Father",
    "Bishop",
    "Rabbi",
    "Imam",
    "Ambassador",
    "Secretary",
    "Speaker",
    "Commissioner",
    "Sheriff",
    "Councillor",
    "Councilor",
    "Councilman",
    "Councilwoman",
    "Alderman",
    "Assemblyman",
    "Assemblywoman",
];
/// Roles written before a name, anywhere in a longer title.
const ROLES: &[&str] = &[
    "Leader",
    "Chair",
    "Chairman",
    "Chairwoman",
    "CEO",
    "Director",
    "Manager",
    "Attorney",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Founder",
    "Author",
    "Principal",
    "Superintendent",
    "Pastor",
    "Envoy",
    "Minister",
    "Secretary",
    "President",
    "Governor",
    "Mayor",
    "Senator",
    "Coach",
    "Captain",
    "Chief",
    "Officer",
    "Executive",
    "Economist",
    "Strategist",
    "Analyst",
    "Editor",
    "Commissioner",
];
/// Words that make a name an organisation's.
const ORG_WORDS: &[&str] = &[
    "Agency",
    "Administration",
    "University",
    "College",
    "School",
    "Program",
    "Programme",
    "Academy",
    "Army",
    "Navy",
    "Force",
    "Police",
    "Journal",
    "Tribune",
    "News",
    // "Sky Sports", "Fox Sports", "BBC Radio": broadcasters.
    "Sports",
    "Radio",
    "Television",
    "Times",
    "Post",
    "Press",
    "Ministry",
    "Department",
    "Council",
    "Party",
    "Court",
    "Company",
    "Inc",
    "Corp",
    "Corporation",
    "Ltd",
    "LLC",
    "Group",
    "Bank",
    "Committee",
    "Commission",
    "Institute",
    "Association",
    // "United Auto Workers", "Communications Workers of America": a union of workers.
    "Workers",
    "Teamsters",
    "Union",
    "Media",
    "Government",
    "Office",
    "House",
    "Senate",
    "Congress",
    "Parliament",
    "Service",
    "Services",
    "Foundation",
    "Fund",
    "Organization",
    "Organisation",
    "Authority",
    "Board",
    "Bureau",
    "Center",
    "Centre",
    "Centers",
    "Centres",
    "Club",
    "Federation",
    "League",
    "Network",
    "Society",
    "Studio",
    "Studios",
    "Council",
    "Reuters",
    "Airlines",
    "Motors",
    "Technologies",
    "Systems",
    "Labs",
    "Hospital",
    "Clinic",
    "Museum",
    "Team",
    "Watch",
    "Foods",
    "Health",
    "Healthcare",
    "Therapeutics",
    "Pharmaceuticals",
    "Semiconductor",
    "Semiconductors",
    "Electronics",
    "Energy",
    "Steel",
    "Airways",
    "Air",
    "Holdings",
    "Industries",
    "Ratings",
    "Partners",
    "Capital",
    "Insurance",
    "Entertainment",
    "Communications",
    "Electric",
    "Mining",
    "Automotive",
    "Brands",
    "Stores",
    "Financial",
    "Solutions",
    "Software",
    "Pictures",
    "Records",
    "Robotics",
    "Aerospace",
    "Railways",
    "Logistics",
    "Telecom",
    "Networks",
    "Securities",
    "Resources",
    "Petroleum",
    "Power",
    "Utilities",
    "Nations",
    "County",
    "Publishing",
    "Publishers",
    "Books",
    "Editions",
    // Armed and political bodies: "Rapid Support Forces", "Revolutionary Guard Corps", "Coast
    // Guard", "Central Command", "National Front".
    "Forces",
    "Corps",
    "Guard",
    "Command",
    "Coalition",
    "Alliance",
    "Movement",
    "Front",
    "Brigades",
    "Militia",
    "Assembly",
    "Tribunal",
    "Cabinet",
    "Éditions",
];

/// Organisations whose names read as a person's (a given name and a surname, or two surnames):
/// mortgage agencies and firms named after their founders that news quotes as sources. Only a
/// list can tell them apart: nothing in "Freddie Mac said" shows it is no one's name.
const ORGS_NAMED_LIKE_PEOPLE: &[&str] = &[
    "Freddie Mac",
    "Fannie Mae",
    "Ginnie Mae",
    "Sallie Mae",
    "Farmer Mac",
    "Goldman Sachs",
    "Morgan Stanley",
    "Charles Schwab",
    "Edward Jones",
    "Raymond James",
    "Wells Fargo",
    "Merrill Lynch",
    "Lockheed Martin",
    "Berkshire Hathaway",
    "Dow Jones",
    "Johnson Controls",
    "Estee Lauder",
    "John Deere",
    "Kaiser Permanente",
    "Cantor Fitzgerald",
    "Piper Sandler",
    "Thomson Reuters",
    "Marks and Spencer",
    "Procter and Gamble",
    "Johnson and Johnson",
];

/// Is `name` (with or without "the") an organisation that reads as a person's name?
fn named_like_a_person(name: &str) -> bool {
    let name = name.strip_prefix("the ").unwrap_or(name);
    // Most names are of one word or of more than four: a space tells before the list is read.
    name.contains(' ')
        && ORGS_NAMED_LIKE_PEOPLE
            .iter()
            .any(|o| o.eq_ignore_ascii_case(name))
}

/// Reported speech found in a sentence: who, where they are named, and what they say.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub claimant: Claimant,
    /// The verbatim attribution ("Kelly explained", "according to NASA", "she said:").
    pub piece: Range<usize>,
    /// The speaker's words: one range, or two around a tag in the middle.
    pub content: Vec<Range<usize>>,
    /// The content comes before the attribution ("…,” Kelly said.").
    pub speaker_last: bool,
    /// The content is in quotation marks.
    pub quoted: bool,
}

/// Does the name `n` at `s` end with the word `w` at `ws`: with its bare end, or with an
/// abbreviation's full stop ("Veltrix Corp.")?
fn ends_with_word(s: usize, n: &str, ws: usize, w: &str) -> bool {
    s + n.len() == ws + bare(w).len() || (n.ends_with('.') && s + n.len() == ws + w.len())
}

/// Is `c` a quotation mark?
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Does the quotation that opens `text` close before words of the reporter's that go on after it
/// ("“illegal” sanctions could cause …")? A quotation that runs to the end, or on past it, does
/// not.
fn quote_closes_early(text: &str) -> bool {
    let t = text.trim_start();
    let mut chars = t.chars();
    let Some(open) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    // Curly marks nest ("“… the “dogs of war”, should …”"): the close at the same depth.
    let nested = |open: char, close: char| {
        let mut depth = 0usize;
        rest.char_indices().find_map(|(at, c)| {
            if c == open {
                depth += 1;
            } else if c == close {
                if depth == 0 {
                    return Some(at);
                }
                depth -= 1;
            }
            None
        })
    };
    let close = match open {
        '“' => nested('“', '”'),
        '"' => rest.find('"'),
        '«' => nested('«', '»'),
        '„' => rest.find(['“', '”']),
        _ => None,
    };
    close.is_some_and(|at| rest[at..].chars().skip(1).any(|c| c.is_alphanumeric()))
}

/// Find reported speech in `range` of `sentence` (relative byte offsets throughout). `words` and
/// `names` are the sentence's, `classes` its words' bits (`words::classify`); `person` is whom
/// "he" or "she" means here.
pub fn attribution(
    sentence: &str,
    range: Range<usize>,
    words: &[(usize, &str)],
    classes: &[u32],
    names: &[(usize, &str)],
    person: Option<&str>,
    surnames: &FxHashSet<String>,
) -> Option<Attribution> {
    let a = words.partition_point(|(s, _)| *s < range.start);
    let b = words.partition_point(|(s, _)| *s < range.end);
    // "The company expects sales to grow 5%, Chief Executive Tim Cook said": a view held
    // ("expects", "forecasts") by the clause's subject, kept while a tag put last is looked
    // for; the tag's speaker says the whole of it.
    let mut held: Option<Attribution> = None;
    for k in a..b.min(a + 200) {
        // A verb of speech or "according", by the bits the sentence's words were classed with
        // (most words are neither): no look-up of the word again.
        if classes[k] & (SPEECH_VERB | ACCORDING) == 0 {
            continue;
        }
        let w = bare(words[k].1);
        let according = w.eq_ignore_ascii_case("according")
            && words.get(k + 1).is_some_and(|(_, n)| *n == "to");
        if !according && !exactly_one_of!(SPEECH, w) {
            continue;
        }
        // "Researchers found that …", "The study concluded that …": findings reported by those
        // who find, right before the verb; not a predicate joined on ("… and found that …").
        // "Researchers at Cambridge have found that …": past "have", "also" and their like.
        let before = past_between(words, k);
        if matches!(
            w,
            "found" | "concluded" | "showed" | "suggests" | "suggested" | "finds"
        ) && !before
            .checked_sub(1)
            .map(|i| bare(words[i].1))
            .is_some_and(|p| {
                is_group(p)
                    || is_people(p)
                    || org_noun(p)
                    || p.starts_with(|c: char| c.is_uppercase())
            })
        {
            continue;
        }
        // "X announced 3,000 jobs", "X announced she will run": a deed the article reports,
        // unless what was announced is marked as words (a colon, a quote, "that").
        let deed = one_of!(
            &[
                "announced",
                "announces",
                "announce",
                "wrote",
                "writes",
                "reported",
                "reports",
                "posted",
                // "The governor declared that …" tells; "declared a state of emergency",
                // "declared bankruptcy", "declared victory" are deeds.
                "declared",
                // "She recalled that …" tells; "Ford recalled 2,000 cars" is a deed.
                "recalled",
                "recalls",
                // "Researchers found that …" reports findings; "police found a body" a deed.
                "found",
                "concluded",
                "showed",
                "finds",
            ],
            w,
        );
        let found = if according {
            according_to(sentence, words, names, k, surnames)
        } else {
            speaker_before(
                sentence,
                range.start,
                words,
                classes,
                names,
                k,
                person,
                surnames,
            )
            .or_else(|| speaker_after(sentence, words, names, k, surnames))
        };
        if let Some((claimant, piece)) = found {
            // A speaker outside the clause read (before it, or running past its end).
            if piece.start < range.start || piece.end > range.end {
                continue;
            }
            // "Maria Lopez and John Hale said", "Two Fed governors, Christopher Waller and
            // Michelle Bowman, said": the names listed before the speaker's speak with them.
            let (claimant, piece) =
                match partners(sentence, words, classes, names, range.start, &claimant) {
                    Some((first, list)) => {
                        let kinds =
                            || list_names(names, first, list.len()).map(|n| kind_of(n, surnames));
                        let kind = if kinds().all(|k| k == ClaimantKind::Person) {
                            ClaimantKind::Person
                        } else if kinds().all(|k| k == ClaimantKind::Organization) {
                            ClaimantKind::Organization
                        } else {
                            claimant.kind
                        };
                        (
                            Claimant {
                                name: list.to_string(),
                                kind,
                            },
                            piece.start.min(first)..piece.end,
                        )
                    }
                    None => (claimant, piece),
                };
            // "…, though officials said the rise would slow": a speaker inside a clause that a
            // subordinating conjunction opens speaks for that clause, not for the main one.
            if !according && subordinate_speaker(sentence, words, piece.start) {
                continue;
            }
            // "According to the United Nations, more than 200,000 people need food …": what
            // follows the source is its words, whatever its verb.
            if let Some(mut a) = shape(
                sentence,
                words,
                classes,
                range.clone(),
                claimant,
                piece,
                deed,
                according,
            ) {
                // "Okafor tweeted that he had signed": a speaker known by one word, which alone
                // would be taken for an organisation's name, who speaks of "he" or "she" right
                // away is a person (an organisation speaks of "it" or "we").
                if a.claimant.kind == ClaimantKind::Organization
                    && !a.claimant.name.contains(' ')
                    && !is_org(&a.claimant.name)
                    // "Prosecutors said he …": a group speaks of someone else.
                    && !is_group(&a.claimant.name)
                    && let Some(first) = a.content.first()
                    && let Some(w) = sentence[first.clone()]
                        .trim_start_matches(|c: char| c.is_whitespace() || is_quote_mark(c))
                        .split(' ')
                        .next()
                    && one_of!(&["he", "she"], w)
                {
                    a.claimant.kind = ClaimantKind::Person;
                }
                // "Banco Santander said its profit rose": a speaker of plain words, read as a
                // person's, whose words open with "its" is an organisation (a person speaks of
                // "his" or "her"), unless a title or a common given name opens the name or its
                // last word is a person's surname named before.
                if a.claimant.kind == ClaimantKind::Person
                    && a.claimant.name.contains(' ')
                    && !role_before_person(&a.claimant.name)
                    && super::restate::plain_company_name(&a.claimant.name, surnames)
                    && let Some(first) = a.content.first()
                    && sentence[first.clone()]
                        .trim_start()
                        .split(' ')
                        .next()
                        .is_some_and(|w| w == "its")
                {
                    a.claimant.kind = ClaimantKind::Organization;
                }
                if held.is_some() {
                    if a.speaker_last {
                        return Some(a);
                    }
                    continue;
                }
                if !according
                    && !a.speaker_last
                    && !a.quoted
                    && one_of!(
                        &["expects", "expect", "forecast", "forecasts", "predicts", "predict"],
                        w
                    )
                    // Only when a comma leaves room for a tag after the view.
                    && memchr::memchr(b',', &sentence.as_bytes()[a.piece.end..range.end]).is_some()
                {
                    held = Some(a);
                    continue;
                }
                return Some(a);
            }
        }
    }
    held
}

/// The verbs of a view held about what is to come or what a figure is ("sees", "expects",
/// "forecasts", "projects", "estimates", "predicts"), in the present or the past.
const VIEW_VERBS: &[&str] = &[
    "sees",
    "expects",
    "forecasts",
    "forecast",
    "projects",
    "projected",
    "estimates",
    "estimated",
    "predicts",
    "predicted",
    "anticipates",
];

/// "Goldman Sachs now sees U.S. growth of 1.5% in 2026", "The IMF projects global growth of
/// 2.8%": the name at the head of `clause` whose verb, after at most one adverb ("now", "still",
/// "also"), is one of a view (`VIEW_VERBS`) holds the view, and so is its claimant, though no
/// words said follow (a noun phrase is its object). `None` when anything but "the" stands
/// before the name, or the verb is none of those.
pub fn view_holder<'n>(
    sentence: &str,
    clause: Range<usize>,
    names: &[(usize, &'n str)],
) -> Option<&'n str> {
    let (at, name) = names
        .iter()
        .find(|(a, _)| *a >= clause.start && *a < clause.end)
        .copied()?;
    let lead = sentence.get(clause.start..at)?.trim();
    if !(lead.is_empty() || lead == "The" || lead == "the") {
        return None;
    }
    let rest = sentence
        .get(at + name.len()..clause.end)?
        .strip_prefix(' ')?;
    let mut ws = rest.split(' ');
    let mut verb = ws.next()?;
    if one_of!(&["now", "still", "also", "currently", "already"], verb) {
        verb = ws.next()?;
    }
    // An object after the verb: three words at least ("sees growth of 1.5%"); "expects to hire
    // 1,000 people" is a plan of the name's own, which the article states.
    let mut object = ws.take(3);
    (one_of!(VIEW_VERBS, verb) && object.next().is_some_and(|w| w != "to") && object.count() == 2)
        .then_some(name)
}

/// The names of a list ("A, B and C") that starts at byte `first` and is `len` bytes long.
fn list_names<'n>(
    names: &'n [(usize, &'n str)],
    first: usize,
    len: usize,
) -> impl Iterator<Item = &'n str> {
    names
        .iter()
        .filter(move |(s, n)| *s >= first && s + n.len() <= first + len)
        .map(|(_, n)| *n)
}

/// "Maria Lopez and John Hale said", "Two Fed governors, Christopher Waller and Michelle Bowman,
/// said": the speaker's name (`claimant`, a name of the sentence) closes a list of names joined
/// by "and" (and commas before it); the list's start and its words. Only as the clause's
/// subject: no finite verb before the list, and no preposition right before it ("talks between
/// Russia and Ukraine").
fn partners<'s>(
    sentence: &'s str,
    words: &[(usize, &str)],
    classes: &[u32],
    names: &[(usize, &str)],
    from: usize,
    claimant: &Claimant,
) -> Option<(usize, &'s str)> {
    // The speaker's own mention: the first at or after the clause's start (a name said twice
    // is also a name before the clause, "RIA Novosti signed it: “…,” RIA Novosti said").
    let &(ns, name) = names
        .iter()
        .find(|(s, n)| *s >= from && *n == claimant.name)?;
    let mut first = ns;
    let mut joined = false;
    loop {
        let head = &sentence[from..first];
        let Some((rest, and)) = [", and ", " and ", ", "]
            .iter()
            .find_map(|j| head.strip_suffix(j).map(|r| (r, *j != ", ")))
        else {
            break;
        };
        // The first join walked over (the last of the list) is an "and".
        if !joined && !and {
            break;
        }
        let Some(&(at, _)) = names
            .iter()
            .find(|(s, n)| *s >= from && from + rest.len() == s + n.len())
        else {
            break;
        };
        joined = true;
        first = at;
    }
    if !joined {
        return None;
    }
    let a = words.partition_point(|(s, _)| *s < from);
    let k = words.partition_point(|(s, _)| *s < first);
    if (a..k).any(|j| classes[j] & FINITE != 0)
        || k.checked_sub(1)
            .filter(|&p| p >= a)
            .is_some_and(|p| one_of!(super::subject::PREPOSITIONS, bare(words[p].1)))
    {
        return None;
    }
    Some((first, &sentence[first..ns + name.len()]))
}

/// Does the speaker starting at byte `at` stand in a clause that a subordinating conjunction
/// opens ("though officials said", "although company officials said", "because the agency
/// said"): the conjunction the speaker's first word or the word before it?
fn subordinate_speaker(sentence: &str, words: &[(usize, &str)], at: usize) -> bool {
    let k = words.partition_point(|(s, _)| *s < at);
    [k.checked_sub(1), Some(k)]
        .into_iter()
        .flatten()
        .filter_map(|j| words.get(j))
        .filter(|(s, _)| *s <= at && sentence[*s..at].split_whitespace().count() <= 1)
        .any(|&(_, w)| {
            one_of!(
                &[
                    "though", "although", "whereas", "because", "unless", "if", "whether"
                ],
                bare(w)
            )
        })
}

/// The end of "health ministry" in " health ministry," at `from`, and its kind (a person's
/// noun, "press secretary", or a body's): one to three words in lower case after a space, closed by punctuation or the
/// sentence's end, the last a body's noun (not a document's, "statement", "report", "study").
/// After "the" (`the`: "the Paris police prefecture"), a singular noun of any office too: the
/// name before only places the body.
fn body_noun_after(sentence: &str, from: usize, the: bool) -> Option<(usize, ClaimantKind)> {
    let rest = sentence.get(from..)?.strip_prefix(' ')?;
    let mut at = from + 1;
    for w in rest.split(' ').take(3) {
        let b = w.trim_end_matches([',', '.', ';', ':', ')']);
        if b.is_empty() || !b.bytes().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        if w.len() != b.len() || at + b.len() == sentence.len() {
            let document = one_of!(DOCUMENT_HEADS, b) || one_of!(DOCUMENTS, b);
            let person = person_noun(b) || one_of!(SPOKES, b);
            let body =
                one_of!(ORG_NOUNS, b) || (the && !b.ends_with('s') && b.len() > 3 && !is_group(b));
            let kind = if person {
                ClaimantKind::Person
            } else {
                ClaimantKind::Organization
            };
            return (!document && (body || person)).then_some((at + b.len(), kind));
        }
        at += w.len() + 1;
    }
    None
}

/// "according to X": the name after it.
fn according_to(
    sentence: &str,
    words: &[(usize, &str)],
    names: &[(usize, &str)],
    k: usize,
    surnames: &FxHashSet<String>,
) -> Option<(Claimant, Range<usize>)> {
    let (start, _) = words[k];
    let mut j = k + 2;
    // "according to the ministry", "according to NASA officials"
    while j < words.len() && one_of!(&["the", "a", "an", "its", "their"], words[j].1) {
        j += 1;
    }
    let (mut at, mut w) = *words.get(j)?;
    // "according to research firm Canalys", "according to the data provider LSEG": a business
    // described by a noun of its kind in lower case before its name is the name.
    let mut described = false;
    if !names.iter().any(|(s, _)| *s == at) {
        for h in j..(j + 3).min(words.len()) {
            let b = words[h].1;
            if b.is_empty() || !b.bytes().all(|c| c.is_ascii_lowercase()) {
                break;
            }
            if (org_noun(b) || one_of!(&["provider", "tracker"], b))
                && let Some(&next) = words.get(h + 1)
                && sentence.get(words[h].0 + b.len()..next.0) == Some(" ")
                && names.iter().any(|(s, _)| *s == next.0)
            {
                (at, w) = next;
                described = true;
                break;
            }
        }
    }
    if let Some((_, name)) = names.iter().find(|(s, _)| *s == at) {
        let mut end = at + name.len();
        // "according to Moody's.", "according to McDonald's, …": a possessive that no noun
        // follows is the name's own.
        let rest = &sentence[end..];
        let own = ["'s", "’s"].iter().find_map(|p| {
            let after = rest.strip_prefix(p)?;
            (after.is_empty() || after.starts_with([',', '.', ';', ':', ')'])).then_some(p.len())
        });
        // "according to Ukraine's border service", "according to Apple's chief executive": a
        // body or a person the name owns, up to three words in lower case, is the source.
        if own.is_none()
            && let Some(after) = rest
                .strip_prefix("'s ")
                .or_else(|| rest.strip_prefix("’s "))
        {
            let mut from = 0;
            for w in after.split(' ').take(3) {
                let b = w.trim_end_matches([',', '.', ';', ':']);
                if b.is_empty() || !b.bytes().all(|c| c.is_ascii_lowercase()) {
                    break;
                }
                let person = person_noun(b);
                let owned_end = end + (rest.len() - after.len()) + from + b.len();
                if (one_of!(ORG_NOUNS, b) || person)
                    && sentence[owned_end..]
                        .chars()
                        .next()
                        .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | ')'))
                {
                    let kind = if person {
                        ClaimantKind::Person
                    } else {
                        ClaimantKind::Organization
                    };
                    let claimant = Claimant {
                        name: sentence[at..owned_end].to_string(),
                        kind,
                    };
                    return Some((claimant, start..owned_end));
                }
                if w.len() != b.len() {
                    break;
                }
                from += w.len() + 1;
            }
        }
        // "according to the Gaza health ministry", "according to the Reuters news agency": a
        // body the name only places or owns, named by its noun in lower case, is the source.
        let the = j > k + 2 && words[j - 1].1.eq_ignore_ascii_case("the");
        if own.is_none()
            && let Some((body_end, kind)) = body_noun_after(sentence, end, the)
        {
            let claimant = Claimant {
                name: if the {
                    format!("the {}", &sentence[at..body_end])
                } else {
                    sentence[at..body_end].to_string()
                },
                kind,
            };
            return Some((claimant, start..body_end));
        }
        let name = &sentence[at..end + own.unwrap_or(0)];
        end = at + name.len();
        let mut claimant = named(name, surnames);
        if described {
            claimant.kind = ClaimantKind::Organization;
        }
        // "according to NASA officials"
        if let Some((gs, g)) = words.iter().find(|(s, _)| *s > end && *s <= end + 1)
            && is_group(bare(g))
        {
            end = gs + bare(g).len();
            claimant.kind = ClaimantKind::Organization;
            // "according to the Paris police": the name only places the group, which speaks.
            if the {
                claimant.name = format!("the {}", &sentence[at..end]);
            }
        }
        return Some((claimant, start..end));
    }
    let g = bare(w);
    // "according to a survey by FactSet", "according to data from the Census Bureau": the
    // document's author is the source, not the document.
    // "according to a study published in the BMJ": its publisher.
    if one_of!(DOCUMENT_HEADS, g) {
        if let Some(&(_, by)) = words.get(j + 1)
            && by == "of"
        {
            let mut n = j + 2;
            while n < words.len() && one_of!(&["the", "a", "an"], words[n].1) {
                n += 1;
            }
            if let Some(&(at, _)) = words.get(n)
                && let Some((_, name)) = names.iter().find(|(s, _)| *s == at)
            {
                let end = at + name.len();
                return Some((named(name, surnames), start..end));
            }
        }
        let reach = words.get(j + 6).map_or(sentence.len(), |w| w.0);
        // The first name in reach that the document is by ("published Wednesday in The
        // Lancet": the weekday is none).
        if let Some((at, name)) = names
            .iter()
            .filter(|(s, _)| *s > at && *s <= reach)
            .find(|(s, _)| document_by(&sentence[words[j].0..*s]).is_some())
        {
            let end = at + name.len();
            let mut who = named(name, surnames);
            // "published in Nature Medicine": a journal, never a person.
            let b = sentence[..*at].trim_end();
            let b = b
                .strip_suffix(" the")
                .or_else(|| b.strip_suffix(" The"))
                .unwrap_or(b);
            if b.ends_with(" in") {
                who.kind = ClaimantKind::Organization;
            }
            return Some((who, start..end));
        }
    }
    // "according to the club's medical staff", "according to the ministry's spokesman": people
    // who speak for an organisation known by its noun; the organisation the article named so
    // speaks (resolved as "the club said" is), else the people as written.
    if j > k + 2
        && words[j - 1].1.eq_ignore_ascii_case("the")
        && words[j - 1].0 >= start
        && (one_of!(ORG_NOUNS, g) || g.ends_with("maker"))
        && let Some(after) = sentence[at + g.len()..]
            .strip_prefix("'s ")
            .or_else(|| sentence[at + g.len()..].strip_prefix("’s "))
    {
        let mut from = 0;
        for w in after.split(' ').take(3) {
            let b = w.trim_end_matches([',', '.', ';', ':']);
            if b.is_empty() || !b.bytes().all(|c| c.is_ascii_lowercase()) {
                break;
            }
            let person = person_noun(b) || one_of!(SPOKES, b);
            let people = is_people(b) || b == "staff";
            let end = at + (sentence.len() - at - after.len()) + from + b.len();
            if (person || people)
                && sentence[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | ')'))
            {
                let the = words[j - 1].0;
                let claimant = Claimant {
                    name: format!("the {}", &sentence[at..end]),
                    kind: if person {
                        ClaimantKind::Person
                    } else {
                        ClaimantKind::Organization
                    },
                };
                return Some((claimant, start..end)).filter(|_| the >= start);
            }
            if w.len() != b.len() {
                break;
            }
            from += w.len() + 1;
        }
    }
    // "according to the territory's health ministry", "the country's election commission": a
    // body its place owns, the place named by a common noun.
    if j > k + 2
        && words[j - 1].1.eq_ignore_ascii_case("the")
        && words[j - 1].0 >= start
        && g.bytes().all(|b| b.is_ascii_lowercase())
        && let Some(owned) = ["'s", "’s"]
            .iter()
            .find_map(|p| sentence[at + g.len()..].strip_prefix(p))
        && let Some((body_end, kind)) =
            body_noun_after(sentence, sentence.len() - owned.len(), false)
    {
        let claimant = Claimant {
            name: format!("the {}", &sentence[at..body_end]),
            kind,
        };
        return Some((claimant, start..body_end));
    }
    // "according to the company,", "according to the ministry.": an organisation known by its
    // noun (named later, as "the company said" is); also after the words in lower case that
    // describe it ("according to the provincial disaster office.").
    if j > k + 2 && words[j - 1].1.eq_ignore_ascii_case("the") {
        for h in j..(j + 3).min(words.len()) {
            let head = if h == j { g } else { bare(words[h].1) };
            if head.is_empty() || !head.bytes().all(|b| b.is_ascii_lowercase()) {
                break;
            }
            let end = words[h].0 + head.len();
            let closes = sentence[end..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';'));
            if closes && (one_of!(ORG_NOUNS, head) || head.ends_with("maker")) {
                let the = words[j - 1].0;
                return Some((
                    Claimant {
                        name: format!("the {}", sentence[at..end].to_ascii_lowercase()),
                        kind: ClaimantKind::Organization,
                    },
                    start..end,
                ))
                .filter(|_| the >= start);
            }
            if closes
                || !sentence[end..].starts_with(' ')
                || one_of!(super::subject::PREPOSITIONS, head)
                || one_of!(super::subject::CONNECTORS, head)
            {
                break;
            }
        }
    }
    // "according to the county medical examiner.": a person's office, named by its words
    // ("the medical examiner", "the state's attorney" is not: a name is read above).
    if j > k + 2 && words[j - 1].1.eq_ignore_ascii_case("the") {
        for h in j..(j + 4).min(words.len()) {
            let head = bare(words[h].1);
            // "according to the state treasurer's office", "the county sheriff's office": the
            // office speaks, an organisation.
            let head_end = words[h].0 + head.len();
            if one_of!(OFFICES, head)
                && let Some(rest) = ["'s office", "’s office"]
                    .iter()
                    .find_map(|p| sentence[head_end..].strip_prefix(p))
                && rest
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, ',' | '.' | ';'))
            {
                let the = words[j - 1].0;
                let end = sentence.len() - rest.len();
                return Some((
                    Claimant {
                        name: format!("the {}", &sentence[at..end]),
                        kind: ClaimantKind::Organization,
                    },
                    start..end,
                ))
                .filter(|_| the >= start);
            }
            if !head.bytes().all(|b| b.is_ascii_lowercase()) {
                break;
            }
            let end = words[h].0 + head.len();
            if sentence[end..].starts_with(' ') && h + 1 < words.len() {
                continue;
            }
            if sentence[end..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ',' | '.' | ';'))
                && one_of!(OFFICES, head)
            {
                let the = words[j - 1].0;
                return Some((
                    Claimant {
                        name: format!("the {}", &sentence[at..end]),
                        kind: ClaimantKind::Person,
                    },
                    start..end,
                ))
                .filter(|_| the >= start);
            }
            break;
        }
    }
    // "according to official results", "according to police records": an adjective or a noun
    // used as one before another word is no source of its own; the phrase is no one's name.
    let modifies = |i: usize| {
        words.get(i + 1).is_some_and(|&(ns, n)| {
            &sentence[words[i].0 + words[i].1.len()..ns] == " "
                && n.starts_with(|c: char| c.is_ascii_lowercase())
                && !one_of!(super::subject::PREPOSITIONS, bare(n))
                && !one_of!(super::subject::CONNECTORS, bare(n))
                && !one_of!(&["who", "which", "that", "familiar"], bare(n))
        })
    };
    // A group of people stays one before a word that describes it ("police in Ohio",
    // "officials briefed on the talks").
    if is_group(g) && (is_people(g) || !modifies(j)) {
        return Some((group(g, None), start..at + g.len()));
    }
    // "according to health officials", "according to local police": people who speak for an
    // organisation, named as the article names them.
    if w.starts_with(|c: char| c.is_ascii_lowercase()) && modifies(j) {
        let mut h = j + 1;
        while h < words.len() && h <= j + 2 {
            let head = bare(words[h].1);
            if is_people(head) && !modifies(h) {
                let end = words[h].0 + head.len();
                return Some((
                    Claimant {
                        name: sentence[at..end].to_string(),
                        kind: ClaimantKind::Organization,
                    },
                    start..end,
                ));
            }
            if !modifies(h) {
                break;
            }
            h += 1;
        }
    }
    None
}

/// A person's office named by its noun after "according to the": "the medical examiner".
const OFFICES: &[&str] = &[
    "examiner",
    "coroner",
    "prosecutor",
    "sheriff",
    "mayor",
    "governor",
    "president",
    "minister",
    "secretary",
    "commissioner",
    "director",
    "superintendent",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "attorney",
    "judge",
    "chairman",
    "chairwoman",
    "ambassador",
    "marshal",
    "auditor",
    "treasurer",
    "inspector",
    "administrator",
];

/// The groups of `GROUPS` that are people, not documents: "health officials" speak, "official
/// figures" are no one.
const PEOPLE: &[&str] = &[
    "officials",
    "police",
    "authorities",
    "representatives",
    "prosecutors",
    "investigators",
    "researchers",
    "scientists",
    "experts",
    "analysts",
    "regulators",
    "organizers",
    "organisers",
];

/// A word of `PEOPLE` or `CROWDS`: a group that is people, not a document.
fn is_people(w: &str) -> bool {
    one_of!(PEOPLE, w) || one_of!(CROWDS, w)
}

/// A source the article does not name, right before the verb and after a comma or at the
/// clause's head: "sources said", "a source close to the club said", "two people familiar with
/// the matter said", "people briefed on the talks told Reuters". The speaker is the phrase as
/// written (a person or people); the tag runs from it to the verb's end `end`.
fn unnamed_source(
    sentence: &str,
    from: usize,
    words: &[(usize, &str)],
    j: usize,
    end: usize,
) -> Option<(Claimant, Range<usize>)> {
    // The phrase's first word: after a comma, or the clause's first, within ten words.
    let lo = words.partition_point(|(s, _)| *s < from);
    let mut r = j;
    while r > lo && j - r < 10 {
        let gap = &sentence[words[r - 1].0 + words[r - 1].1.len()..words[r].0];
        if gap != " " {
            break;
        }
        r -= 1;
    }
    if r == j {
        return None;
    }
    let start_gap = if r > lo {
        &sentence[words[r - 1].0 + words[r - 1].1.len()..words[r].0]
    } else {
        ""
    };
    if r > lo && start_gap != ", " {
        return None;
    }
    let phrase = &words[r..j];
    let counted = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || one_of!(
                &[
                    "a", "an", "one", "two", "three", "four", "five", "several", "some",
                    "multiple",
                ],
                w
            )
    };
    let q = usize::from(counted(phrase[0].1));
    let head = bare(phrase.get(q)?.1);
    let described = phrase.get(q + 1).is_some_and(|&(_, w)| {
        one_of!(
            &[
                "familiar",
                "close",
                "briefed",
                "knowledgeable",
                "aware",
                "involved",
                "with",
            ],
            w
        )
    });
    let source = if one_of!(&["source", "sources", "insiders"], head) {
        phrase.len() == q + 1 || described
    } else {
        one_of!(&["person", "people"], head) && described
    };
    if !source || phrase[q..].iter().any(|(_, w)| w.contains(['“', '"', '”'])) {
        return None;
    }
    let at = phrase[0].0;
    let last = phrase[phrase.len() - 1];
    Some((
        Claimant {
            name: sentence[at..last.0 + bare(last.1).len()].to_string(),
            kind: ClaimantKind::Person,
        },
        at..end,
    ))
}

/// "X said", "NASA officials say", "he told", "Tom, 80, a retired engineer, added": a speaker
/// right before the verb, or at the head of the clause with appositives between.
#[allow(clippy::too_many_arguments)]
fn speaker_before(
    sentence: &str,
    from: usize,
    words: &[(usize, &str)],
    classes: &[u32],
    names: &[(usize, &str)],
    k: usize,
    person: Option<&str>,
    surnames: &FxHashSet<String>,
) -> Option<(Claimant, Range<usize>)> {
    let (vs, vw) = words[k];
    // "His death was confirmed by his agent", "Losses were estimated at $2 billion": a verb of
    // speech in the passive has no speaker before it.
    if k > 0
        && matches!(
            words[k - 1].1,
            "was" | "were" | "is" | "are" | "been" | "be" | "being"
        )
    {
        return None;
    }
    let mut j = past_between(words, k);
    if let Some(source) = unnamed_source(sentence, from, words, j, vs + bare(vw).len()) {
        return Some(source);
    }
    if let Some(advocate) = advocate_for(
        sentence,
        from,
        words,
        classes,
        names,
        j,
        vs + bare(vw).len(),
    ) {
        return Some(advocate);
    }
    let mut p = j.checked_sub(1)?;
    // A bracket between the name and the verb ("Jane Doe (pictured) said") is skipped.
    if sentence[words[p].0 + words[p].1.len()..words[j].0].trim() == ")" {
        let open = sentence[..words[p].0].rfind('(')?;
        p = words[..p]
            .partition_point(|(s, _)| *s < open)
            .checked_sub(1)?;
        if !sentence[words[p].0 + words[p].1.len()..open]
            .trim()
            .is_empty()
        {
            return None;
        }
        j = p + 1;
    }
    // "The company, which employs 12,000 people, said", "Ms. Kwan, who represents him, said":
    // a relative clause set off by commas between the speaker and the verb.
    let mut relative = false;
    // "Planned Parenthood, which sued the state, said": what "which" describes is no person;
    // "Ms. Kwan, who represents him, said": what "who" describes is one.
    let mut relative_kind: Option<ClaimantKind> = None;
    if sentence[words[p].0 + words[p].1.len()..words[j].0].trim() == "," {
        let lo = words.partition_point(|(s, _)| *s < from);
        // Also a participle's phrase ("The minister, speaking to reporters, said", "Smith,
        // asked about the deal, said"): it tells nothing of the speaker's kind.
        let participle = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && (w.len() > 5 && w.ends_with("ing") || super::decompose::is_participle(w))
        };
        if let Some(r) = (lo + 1..p).rev().take(12).find(|&r| {
            (one_of!(&["which", "who"], words[r].1) || participle(words[r].1))
                && &sentence[words[r - 1].0 + words[r - 1].1.len()..words[r].0] == ", "
        }) && !sentence[words[r].0..words[p].0].contains([';', '“', '"', '”', '(', '—'])
            && !sentence[words[r].0..words[p].0].contains(", ")
        {
            p = r - 1;
            relative = true;
            relative_kind = if words[r].1.eq_ignore_ascii_case("which") {
                Some(ClaimantKind::Organization)
            } else if words[r].1.eq_ignore_ascii_case("who")
                // "Smith, speaking to reporters, said", "Jones, asked about it, said": a
                // speaker in person.
                || one_of!(
                    &["speaking", "talking", "asked", "testifying", "addressing"],
                    words[r].1
                )
            {
                Some(ClaimantKind::Person)
            } else {
                None
            };
        }
    }
    let (ps, pw) = words[p];
    let end = vs + bare(vw).len();
    let gap = if relative || (j < k && sentence[ps + pw.len()..].trim_start().starts_with('(')) {
        ""
    } else {
        &sentence[ps + pw.len()..words[j].0]
    };
    if gap.trim() == "," {
        // "…, his daughter, Ellen Finch, said": a name set off by commas after a short role,
        // right before the verb; the tag starts at the role.
        if let Some((ns, name)) = names
            .iter()
            .find(|(s, n)| ends_with_word(*s, n, ps, pw) && *s >= from)
            && let Some(head) = sentence[from..*ns].trim_end().strip_suffix(',')
            // After a comma, or after the quote the role's person closes ("…,” her son, David
            // Ortiz, said").
            && let Some((c, mark)) = [", ", "” ", "\" "]
                .iter()
                .filter_map(|m| head.rfind(m).map(|c| (c, m.len())))
                .max()
        {
            let role = &head[c + mark..];
            if !super::at_least_words(role, 6)
                && !role.contains(['“', '"', '”'])
                && role.starts_with(|ch: char| ch.is_lowercase())
            {
                return Some((named(name, surnames), from + c + mark..end));
            }
        }
        // Appositives between: the first name of the clause followed by a comma, within its
        // first words ("Vande Hey's mother, Mary, 77, told").
        let first = words.partition_point(|(s, _)| *s < from);
        let limit = words.get(first + 6).map_or(ps, |(s, _)| *s).min(ps);
        let (ns, name) = names
            .iter()
            .filter(|(s, _)| *s >= from && *s <= limit)
            .find(|(s, n)| sentence[s + n.len()..].starts_with(','))?;
        // Not a name a preposition governs, inside a phrase set off by commas ("The study,
        // funded by the National Institutes of Health, found …": the study finds, not the
        // institutes); "Vande Hey's mother, Mary, 77, told", "Dr. Alicia Moreno, …, said" are.
        let before = sentence[from..*ns].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        if before.rsplit(' ').next().is_some_and(|w| {
            one_of!(
                &[
                    "by", "in", "from", "of", "for", "with", "at", "on", "to", "under", "about"
                ],
                w
            )
        }) {
            return None;
        }
        if sentence[from..*ns].contains(['“', '"', '”']) {
            return None;
        }
        let mut who = named(name, surnames);
        // "Mary, 77," or "Mary, a retired teacher,": described as people are.
        let after = &sentence[ns + name.len()..];
        // Not ", a paramilitary group,": a body described as one.
        if after.starts_with(", ")
            && (after[2..].starts_with(|c: char| c.is_ascii_digit())
                || ((after[2..].starts_with("a ") || after[2..].starts_with("an "))
                    && !appositive_head(after).is_some_and(|h| one_of!(ORG_NOUNS, h))))
        {
            who.kind = ClaimantKind::Person;
        }
        return Some((who, from.min(*ns)..end));
    }
    // Nothing but spaces between the speaker and the verb (or its adverbs).
    if !gap.trim().is_empty() {
        return None;
    }
    if one_of!(&["he", "she"], pw) {
        let name = person?;
        return Some((
            Claimant {
                name: name.to_string(),
                kind: ClaimantKind::Person,
            },
            ps..end,
        ));
    }
    // "It said …", "…, it said": an organisation the caller names from the article (`IT`), or
    // no tag at all when "it" means none.
    // Only a verb that reports words: "It expects its sales to grow" is its own forecast.
    if pw.eq_ignore_ascii_case("it")
        && one_of!(
            &[
                "said",
                "says",
                "told",
                "tells",
                "added",
                "adds",
                "warned",
                "warns",
                "noted",
                "stated",
                "stressed",
                "explained",
                "confirmed",
                "argued",
                "insisted",
                "cautioned",
                "acknowledged",
                "reiterated"
            ],
            bare(vw)
        )
    {
        return Some((
            Claimant {
                name: IT.to_string(),
                kind: ClaimantKind::Organization,
            },
            ps..end,
        ));
    }
    if is_group(bare(pw)) {
        // "A company spokeswoman said", "their spokesman said": one who speaks for an
        // organisation known here only by its kind or by "its" / "their" speaks for that
        // organisation, which is resolved from the article as "the company said" is.
        if one_of!(SPOKES, bare(pw))
            && let Some(i) = p.checked_sub(1).filter(|&i| words[i].0 >= from)
            && let prev = bare(words[i].1).to_ascii_lowercase()
            && prev.bytes().all(|b| b.is_ascii_lowercase())
            && (one_of!(ORG_NOUNS, &prev)
                || prev.ends_with("maker")
                || one_of!(&["its", "their", "police"], &prev))
            && sentence[words[i].0 + words[i].1.len()..ps] == *" "
        {
            let det = i
                .checked_sub(1)
                .filter(|&d| one_of!(&["a", "an", "the"], words[d].1) && words[d].0 >= from);
            let start = det.map_or(words[i].0, |d| words[d].0);
            let claimant = if prev == "police" {
                // "a police spokesman said": the police speak.
                Claimant {
                    name: "police".to_string(),
                    kind: ClaimantKind::Organization,
                }
            } else if one_of!(&["its", "their"], &prev) {
                Claimant {
                    name: format!("{prev} {}", bare(pw)),
                    kind: ClaimantKind::Person,
                }
            } else {
                Claimant {
                    name: format!("the {prev}"),
                    kind: ClaimantKind::Organization,
                }
            };
            return Some((claimant, start..end));
        }
        // "NASA officials say", "police said", "the ministry said in a statement".
        // The name before the group, with its full stop if it is an abbreviation ("U.S.").
        let owner = p.checked_sub(1).and_then(|i| {
            let (ws, w) = words[i];
            names
                .iter()
                .find(|(s, n)| ends_with_word(*s, n, ws, w))
                .filter(|_| sentence[ws + w.len()..ps].trim().is_empty())
                // "Government figures showed": a word that describes a document owns none.
                .filter(|(_, n)| {
                    !(one_of!(DOCUMENTS, bare(pw))
                        && DESCRIBES_A_DOCUMENT
                            .iter()
                            .any(|d| d.eq_ignore_ascii_case(n)))
                })
                .map(|(s, _)| (*s, &sentence[*s..ws + w.len()]))
        });
        // "A spokesman said", "the ministry said": with its determiner.
        let det = p
            .checked_sub(1)
            .filter(|&i| one_of!(&["a", "an", "the"], words[i].1))
            .map(|i| words[i].0);
        let start = owner.map_or(det.unwrap_or(ps), |(s, _)| s);
        if owner.is_none() && det.is_none() {
            // "fire officials", "Chinese authorities": the group as the article names it.
            let np = np_start(sentence, words, classes, p, from);
            let noun_end = ps + bare(pw).len();
            let name = &sentence[np..noun_end];
            // "Fed officials forecast", "Pentagon officials said": a body known by one word
            // speaks through its people ("Health officials" stay as written).
            if let Some(body) = body_of_group(name).filter(|b| known_body(b)) {
                return Some((
                    Claimant {
                        name: body.to_string(),
                        kind: ClaimantKind::Organization,
                    },
                    np..end,
                ));
            }
            // "Rivera's spokesperson said": one who speaks for a person is a person.
            let for_a_person = one_of!(SPOKES, bare(pw))
                && name
                    .split(' ')
                    .next()
                    .and_then(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")))
                    .is_some_and(|o| {
                        o.starts_with(char::is_uppercase)
                            && kind_of(o, surnames) == ClaimantKind::Person
                    });
            return Some((
                Claimant {
                    name: name.to_string(),
                    kind: if for_a_person {
                        ClaimantKind::Person
                    } else {
                        ClaimantKind::Organization
                    },
                },
                np..end,
            ));
        }
        return Some((group(bare(pw), owner.map(|(_, n)| n)), start..end));
    }
    if let Some((ns, name)) = names.iter().find(|(s, n)| ends_with_word(*s, n, ps, pw)) {
        // "officials in Brussels said", "authorities in Kenya say": a group the article names
        // by where it sits is the group, not the place.
        if let Some(head) = sentence[..*ns].strip_suffix(" in ")
            && let Some(g) = head.rsplit(' ').next()
            && g.len() > 1
            && g.ends_with('s')
            && g.starts_with(|c: char| c.is_ascii_lowercase())
            && is_group(g)
            && head.len() - g.len() >= from
        {
            let gs = head.len() - g.len();
            return Some((
                Claimant {
                    name: sentence[gs..*ns + name.len()].to_string(),
                    kind: ClaimantKind::Organization,
                },
                gs..end,
            ));
        }
        // "A spokesperson for the Treasury said", "a spokesman for Delta Air Lines told": the
        // organisation speaks; one who speaks for a person ("a spokeswoman for Mayor Ann Lee")
        // is a person, named as the article names them.
        let for_whom = sentence[..*ns]
            .strip_suffix("the ")
            .unwrap_or(&sentence[..*ns]);
        if let Some(head) = for_whom.strip_suffix(" for ")
            && let Some(g) = head.rsplit(' ').next()
            && one_of!(SPOKES, g)
            && head.len() - g.len() >= from
        {
            let mut gs = head.len() - g.len();
            // "a", "an" or "the" before it starts the speaker's words, where it is written
            // (whatever spaces stand between).
            let before = head[from..gs].trim_end();
            if let Some(d) = before
                .rsplit(' ')
                .next()
                .filter(|d| one_of!(&["a", "an", "the"], d))
            {
                gs = from + before.len() - d.len();
            }
            let who = if kind_of(name, surnames) == ClaimantKind::Person {
                Claimant {
                    name: sentence[gs..*ns + name.len()].to_string(),
                    kind: ClaimantKind::Person,
                }
            } else {
                Claimant {
                    name: name.to_string(),
                    kind: ClaimantKind::Organization,
                }
            };
            return Some((who, gs..end));
        }
        // "analysts at Keller Brothers said", "researchers at the Mayo Clinic reported": a
        // group named by where it works speaks for that organisation.
        let at_org = sentence[..*ns]
            .strip_suffix("the ")
            .unwrap_or(&sentence[..*ns]);
        // "Economists surveyed by FactSet expect", "analysts polled by Reuters say": the group
        // a survey asked speaks through the one that asked it.
        if let Some(head) = at_org
            .strip_suffix(" at ")
            .or_else(|| at_org.strip_suffix(" surveyed by "))
            .or_else(|| at_org.strip_suffix(" polled by "))
            && let Some(g) = head.rsplit(' ').next()
            && g.len() > 1
            && g.ends_with('s')
            && is_group(&g.to_ascii_lowercase())
            && head.len() - g.len() >= from
            && kind_of(name, surnames) != ClaimantKind::Person
        {
            let gs = head.len() - g.len();
            return Some((
                Claimant {
                    name: name.to_string(),
                    kind: ClaimantKind::Organization,
                },
                gs..end,
            ));
        }
        // "President Luka Petrov of Moldova said", "Rep. Ann Lee of Texas said": the person
        // before "of" and a place speaks.
        if sentence[..*ns].ends_with(" of ")
            && let Some((ps2, person)) = names
                .iter()
                .rfind(|(s, n)| *s >= from && *s + n.len() + 4 == *ns)
            && kind_of(person, surnames) == ClaimantKind::Person
            && person.split_whitespace().count() >= 2
            && !is_org(name)
        {
            return Some((named(person, surnames), *ps2..end));
        }
        // "A report by Moody's said", "a survey from Gallup found": the document's author is
        // who says it, as in "according to a report by Moody's".
        // "A report by the World Bank found", "research published in Nature suggests", "a
        // study published in the BMJ found": the journal or body that publishes it.
        if let Some(doc) = document_by(&sentence[..*ns])
            && doc >= from
        {
            let mut who = named(name, surnames);
            // What a document is published in is a journal ("published in Nature
            // Medicine"), never a person; who it is by may be one.
            let journal = {
                let b = sentence[..*ns].trim_end();
                let b = b
                    .strip_suffix(" the")
                    .or_else(|| b.strip_suffix(" The"))
                    .unwrap_or(b);
                b.ends_with(" in")
            };
            if journal
                || (!named_like_a_person(name) && kind_of(name, surnames) != ClaimantKind::Person)
            {
                who.kind = ClaimantKind::Organization;
            }
            return Some((who, doc..end));
        }
        // "A study published in The Lancet found": a name a preposition governs is not who
        // speaks (the study is).
        let before = sentence[..*ns].trim_end();
        let before = before
            .strip_suffix(" the")
            .or_else(|| before.strip_suffix(" The"))
            .unwrap_or(before);
        if before.rsplit(' ').next().is_some_and(|w| {
            one_of!(
                &[
                    "by", "in", "from", "with", "on", "under", "about", "to", "into"
                ],
                w
            )
        }) {
            return None;
        }
        // "The National Weather Service said": with its article.
        let start = words[..p]
            .iter()
            .rev()
            .take_while(|(s, _)| *s >= *ns)
            .count();
        let first = p - start;
        let with_the = first
            .checked_sub(1)
            .filter(|&i| words[i].1.eq_ignore_ascii_case("the") && words[i].0 + 4 == *ns)
            .map_or(*ns, |i| words[i].0);
        // "…, regional Gov. Oleh Syniehubov said": the words that describe the speaker go with
        // the tag.
        let described = if with_the == *ns && first > 0 {
            let np = np_start(sentence, words, classes, first, from);
            // "…, the research firm Sensor Tower said", "…, the state news agency IRNA said":
            // the article of the words that describe the speaker goes with them.
            let k = words.partition_point(|(s, _)| *s < np);
            match k.checked_sub(1).map(|i| words[i]) {
                Some((a, w))
                    if np < *ns
                        && a >= from
                        && one_of!(&["the", "a", "an"], w)
                        && sentence[..a].trim_end().ends_with(',') =>
                {
                    a
                }
                // "…, his son Stephen told The Associated Press", "…, her longtime friend Tom
                // Hale said": a relative or an associate of the one "his" or "her" means, named
                // right after the relation, speaks; the tag starts at the possessive.
                Some((a, w))
                    if np < *ns
                        && a >= from
                        && one_of!(&["his", "her", "their"], w)
                        && (a == from || sentence[..a].trim_end().ends_with([',', '”', '"']))
                        && sentence[np..*ns]
                            .trim_end()
                            .rsplit(' ')
                            .next()
                            .is_some_and(|r| super::restate::others_of(r, true)) =>
                {
                    a
                }
                _ => np,
            }
        } else {
            with_the
        };
        // After a comma, or after the quote the speaker closes ("…,” midfielder Jonas Eide
        // told reporters").
        let start =
            if sentence[..described].trim_end().ends_with([',', '”', '"']) || described == from {
                described
            } else {
                with_the
            };
        let mut who = named(name, surnames);
        if let Some(kind) = relative_kind
            && !named_like_a_person(name)
        {
            who.kind = kind;
        }
        // "…, the state news agency Agencia Brasil said": a name an organisation's noun in
        // lower case describes right before it is that organisation's.
        if let Some((a, w)) = first.checked_sub(1).map(|i| words[i])
            && a >= from
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && org_noun(w)
        {
            who.kind = ClaimantKind::Organization;
        }
        return Some((who, start..end));
    }
    // "the governor said", "the company said", "the federal statistics office said": a role,
    // named as the article names it.
    let noun = bare(pw);
    // "Ellery, a lawyer who argued three cases, died": a relative pronoun before the verb is no
    // speaker's role; its verb belongs to a clause about someone named before.
    if !noun.chars().all(|c| c.is_ascii_lowercase())
        || noun.len() < 3
        || one_of!(&["who", "which", "that", "whom", "whose"], noun)
    {
        return None;
    }
    let np = np_start(sentence, words, classes, p, from);
    let first_np = words.partition_point(|(s, _)| *s < np);
    let det = first_np
        .checked_sub(1)
        .filter(|&i| one_of!(&["the", "a", "an"], words[i].1) && words[i].0 >= from);
    // "Her daughter said", "His lawyer told reporters": someone known by a relation to a person
    // named before, where the clause opens (or after a comma or a closing quote); named by that
    // person when "he" or "she" means someone here ("Margaret Ellery's daughter"), else as the
    // article names them ("her daughter", "their lawyers"); a person unless the noun is an
    // organisation's ("its board").
    if det.is_none()
        && let Some(own) = first_np.checked_sub(1).filter(|&i| {
            one_of!(&["his", "her", "their", "its"], words[i].1)
                && words[i].0 >= from
                && (words[i].0 == from
                    || sentence[..words[i].0].trim_end().ends_with([',', '”', '"']))
        })
        && !is_group(noun)
    {
        let kind = if one_of!(ORG_NOUNS, noun) {
            ClaimantKind::Organization
        } else {
            ClaimantKind::Person
        };
        let start = words[own].0;
        let whose = match person {
            Some(p) if one_of!(&["his", "her"], words[own].1) => format!("{p}'s"),
            _ => words[own].1.to_lowercase(),
        };
        return Some((
            Claimant {
                name: format!("{whose} {}", &sentence[np..ps + noun.len()]),
                kind,
            },
            start..end,
        ));
    }
    let Some(det) = det else {
        // "Kenya’s foreign ministry tweeted": an organisation's noun after a comma needs none.
        let boundary = np == from || sentence[..np].trim_end().ends_with(',');
        if boundary && one_of!(ORG_NOUNS, noun) && np < ps {
            return Some((
                Claimant {
                    name: sentence[np..ps + noun.len()].to_string(),
                    kind: ClaimantKind::Organization,
                },
                np..end,
            ));
        }
        // "Hungary's foreign minister said", "Apple's chief executive told": a person known by
        // a role in a named country or organisation, as the article names them.
        let owned = sentence[np..ps]
            .split(' ')
            .next()
            .and_then(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")))
            .is_some_and(|o| o.starts_with(char::is_uppercase));
        if boundary && owned && person_noun(noun) {
            return Some((
                Claimant {
                    name: sentence[np..ps + noun.len()].to_string(),
                    kind: ClaimantKind::Person,
                },
                np..end,
            ));
        }
        return None;
    };
    let kind = if one_of!(ORG_NOUNS, noun) || guard_body(sentence.get(np..ps).unwrap_or(""), noun) {
        ClaimantKind::Organization
    } else {
        ClaimantKind::Person
    };
    let start = words[det].0;
    Some((
        Claimant {
            name: format!(
                "{} {}",
                words[det].1.to_lowercase(),
                &sentence[np..ps + noun.len()]
            ),
            kind,
        },
        start..end,
    ))
}

/// Nouns of those who speak for a client or a party that is not their employer ("Lawyers for
/// a group of parents", "an attorney for the family").
const ADVOCATES: &[&str] = &["lawyer", "lawyers", "attorney", "attorneys", "counsel"];

/// "Lawyers for a group of parents who sued said", "An attorney for the family said", "a
/// lawyer for Google told": lawyers speak for their client as advocates, not as the client's
/// own voice, so the speaker is the lawyers as the article names them (a person: people who
/// argue a side), from the noun (with its article) to the verb. The phrase opens the clause or
/// follows a comma; no comma or quote inside it, and a verb in it only inside a relative clause
/// on the client ("who sued"). `j` is the word after the speaker, `end` the verb's end.
fn advocate_for(
    sentence: &str,
    from: usize,
    words: &[(usize, &str)],
    classes: &[u32],
    names: &[(usize, &str)],
    j: usize,
    end: usize,
) -> Option<(Claimant, Range<usize>)> {
    let lo = words.partition_point(|(s, _)| *s < from);
    let last = j.checked_sub(1)?;
    // "for" within twelve words before the verb, right after an advocate's noun.
    let f = (lo + 1..=last)
        .rev()
        .take(12)
        .find(|&f| words[f].1 == "for" && one_of!(ADVOCATES, bare(words[f - 1].1)))?;
    let n = f - 1;
    let det = n
        .checked_sub(1)
        .filter(|&d| d >= lo && one_of!(&["a", "an", "the"], words[d].1));
    let first = det.unwrap_or(n);
    let start = words[first].0;
    if start < from
        || !(first == lo || sentence[..start].trim_end().ends_with([',', '”', '"']))
        || f >= last
    {
        return None;
    }
    let phrase_end = words[last].0 + bare(words[last].1).len();
    let phrase = sentence.get(start..phrase_end)?;
    if phrase.contains([',', ';', '“', '”', '"', '(']) {
        return None;
    }
    // A verb in the phrase only after "who" or "that" ("parents who sued"): else "for" began
    // something else ("Lawyers for years argued that …" has no client).
    let rel = (f + 1..=last).find(|&i| one_of!(&["who", "that", "which"], words[i].1));
    if (f + 1..=last).any(|i| classes[i] & FINITE != 0 && rel.is_none_or(|r| i < r)) {
        return None;
    }
    // The client: a name or a noun phrase after "for".
    let client = words[f + 1].1;
    if !(names.iter().any(|(s, _)| *s == words[f + 1].0)
        || one_of!(&["a", "an", "the", "his", "her", "their", "its"], client)
        || client.starts_with(|c: char| c.is_ascii_uppercase()))
    {
        return None;
    }
    Some((
        Claimant {
            name: phrase.to_string(),
            kind: ClaimantKind::Person,
        },
        start..end,
    ))
}

/// Where the noun phrase ending with word `p` starts: back over modifiers ("fire", "Kenya’s
/// foreign", "Fulton County elections") to a determiner, a comma, a verb or a preposition, at
/// most five words, not before `from`.
fn np_start(
    sentence: &str,
    words: &[(usize, &str)],
    classes: &[u32],
    p: usize,
    from: usize,
) -> usize {
    let mut k = p;
    // words passed, a possessive's "s" ("Starmer's" is two words) not counted
    let mut passed = 0;
    while k > 0 && passed < 5 {
        let (ws, w) = words[k - 1];
        if ws < from {
            break;
        }
        let gap = &sentence[ws + w.len()..words[k].0];
        if !gap.chars().all(|c| c == ' ' || c == '’' || c == '\'') {
            break;
        }
        let b = bare(w);
        if one_of!(&["the", "a", "an", "his", "her", "their", "its", "our"], b)
            || one_of!(
                &["which", "who", "whom", "whose", "that", "where", "when"],
                b,
            )
            || one_of!(super::subject::PREPOSITIONS, b)
            || one_of!(super::subject::CONNECTORS, b)
            || classes[k - 1] & FINITE != 0
            || b.contains(|c: char| c.is_ascii_digit())
            || (b.ends_with("ly") && b.starts_with(char::is_lowercase))
        {
            break;
        }
        if w != "s" {
            passed += 1;
        }
        k -= 1;
    }
    words[k].0
}

/// “…,” said Mayor Linda Park.
fn speaker_after(
    sentence: &str,
    words: &[(usize, &str)],
    names: &[(usize, &str)],
    k: usize,
    surnames: &FxHashSet<String>,
) -> Option<(Claimant, Range<usize>)> {
    let vs = words[k].0;
    if !sentence[..vs].trim_end().ends_with([',', '”', '"']) {
        return None;
    }
    // "said Mayor Linda Park", "said Dr. Helen Osei", "said lead author Prof. Grace Mbeki": a
    // name within a few words, after roles and titles only.
    for &(ns, w) in words.iter().take(k + 5).skip(k + 1) {
        if let Some((_, name)) = names.iter().find(|(s, _)| *s == ns) {
            let mut who = named(name, surnames);
            // "said Sarah House, a senior economist at Wells Fargo": described as people are.
            if who.kind == ClaimantKind::Organization
                && !named_like_a_person(name)
                && described_as_a_person(&sentence[ns + name.len()..])
            {
                who.kind = ClaimantKind::Person;
            }
            return Some((who, vs..ns + name.len()));
        }
        let title = is_title(w.trim_end_matches('.'));
        if !(title || w.chars().all(|c| c.is_lowercase())) || one_of!(&["of", "the", "that"], w) {
            return None;
        }
    }
    None
}

/// The noun an appositive of a name turns on (", a senior economist at Wells Fargo" →
/// "economist", ", a paramilitary group," → "group"): the last of up to five words in lower
/// case after ", a " or ", an ", before a preposition or the appositive's end.
fn appositive_head(after: &str) -> Option<&str> {
    let rest = after
        .strip_prefix(", a ")
        .or_else(|| after.strip_prefix(", an "))?;
    let mut head = "";
    for w in rest.split(' ').take(5) {
        let b = w.trim_end_matches([',', '.', ';']);
        if one_of!(&["at", "of", "for", "with", "who", "in", "from"], b) {
            break;
        }
        if !b.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return None;
        }
        head = b;
        if b.len() != w.len() {
            break;
        }
    }
    (!head.is_empty()).then_some(head)
}

/// Does `after` (the text right after a name) describe the name as a person's: ", a senior
/// economist at …", ", an analyst with …"? The appositive's noun (its last word before "at",
/// "of", "for", "with", "who" or a comma) is a person's by its ending and no organisation's.
fn described_as_a_person(after: &str) -> bool {
    let Some(head) = appositive_head(after) else {
        return false;
    };
    !one_of!(ORG_NOUNS, head)
        && !head.ends_with("maker")
        && [
            "ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person", "ee", "ary",
        ]
        .iter()
        .any(|x| head.ends_with(x))
}

/// Cut the clause around the attribution piece into the speaker's words.
#[allow(clippy::too_many_arguments)]
fn shape(
    sentence: &str,
    words: &[(usize, &str)],
    classes: &[u32],
    range: Range<usize>,
    claimant: Claimant,
    piece: Range<usize>,
    deed: bool,
    according: bool,
) -> Option<Attribution> {
    let before = &sentence[range.start..piece.start];
    let after = &sentence[piece.end..range.end];
    let trim = |r: Range<usize>| -> Range<usize> {
        let s = &sentence[r.clone()];
        let lead = s.len()
            - s.trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ':' | '—' | '–')
            })
            .len();
        let t = &s[lead..];
        let tail = t.len()
            - t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–'))
                .len();
        r.start + lead..r.end - tail
    };
    // Three words, or two and a figure ("profit fell 7%"): a figure counts as a word here.
    let three = |r: &Range<usize>| {
        let t = &sentence[r.clone()];
        super::at_least_words(t, 3)
            || (super::at_least_words(t, 2) && t.bytes().any(|b| b.is_ascii_digit()))
    };
    // After the tag: skip the listener of "told" ("told the Star Tribune:") and a "that".
    let mut a_start = piece.end;
    let near =
        |c: usize| !super::at_least_words(&after[..c], 7) && !after[..c].contains(['“', '"', ',']);
    if let Some(colon) = after.find(':').filter(|&c| near(c)) {
        a_start = piece.end + colon + 1;
    } else if after.starts_with(" that ") {
        a_start = piece.end + 6;
    } else if let Some(t) = super::find_str(after, " that ").filter(|&c| near(c)) {
        a_start = piece.end + t + 6;
    } else if sentence[piece.clone()]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|v| v == "told" || v == "tells")
    {
        // "Powell told lawmakers the central bank needed …": a listener of one word, then the
        // words said without "that".
        let rest = after.trim_start();
        let mut w = rest.split([' ', ',']).next().unwrap_or("");
        // Or a name of up to four capitalised words, after "the" or not ("told Reuters",
        // "told The Associated Press"): a listener named.
        let mut named_listener = false;
        if !one_of!(LISTENERS, w) {
            let mut len = 0;
            let mut names = 0;
            for (k, word) in rest.split(' ').enumerate().take(5) {
                let the = k == 0 && (word == "the" || word == "The");
                let capitalised =
                    word.starts_with(|c: char| c.is_ascii_uppercase()) && word.len() > 1;
                if !(the || capitalised) {
                    break;
                }
                len += word.len() + usize::from(k > 0);
                names += usize::from(!the);
                if word.ends_with([',', '.', ':']) {
                    break;
                }
            }
            if names > 0 {
                w = &rest[..len];
                named_listener = true;
            }
        }
        let mut said = rest[w.len()..].trim_start().split(' ');
        let next = said.next().unwrap_or("");
        let verb = said.next().unwrap_or("");
        // the words said open as a clause does: a determiner or a pronoun ("told reporters
        // after the game" tells when, not what), or a noun in lower case and its verb ("told
        // reporters prices would fall", "told lawmakers inflation had peaked")
        let noun_and_verb = || {
            next.bytes().all(|b| b.is_ascii_lowercase())
                && (one_of!(super::decompose::AUX, verb) || super::decompose::is_participle(verb))
        };
        if (named_listener || one_of!(LISTENERS, w))
            && (one_of!(
                &[
                    "the", "a", "an", "his", "her", "their", "its", "our", "he", "she", "it",
                    "they", "we", "I", "there", "some", "many", "most", "no",
                ],
                next
            ) || noun_and_verb())
            && !rest[w.len()..].starts_with([',', '.', ':'])
        {
            a_start = piece.end + (after.len() - rest.len()) + w.len();
        }
    }
    let after_r = trim(a_start..range.end);
    let before_r = trim(range.start..piece.start);
    let opens_quote =
        |r: &Range<usize>| sentence[r.clone()].trim_start().starts_with(is_quote_mark);
    let ends_quote = |r: &Range<usize>| {
        sentence[r.clone()]
            .trim_end_matches(['.', ','])
            .ends_with(is_quote_mark)
    };
    // The speaker's words follow a colon or a quotation mark right after the tag.
    let follows = sentence[a_start..range.end]
        .trim_start()
        .starts_with(is_quote_mark)
        || a_start > piece.end;
    // Words said without a colon, a quote or a "that" make a clause: "announced 3,000 new jobs"
    // reports a deed, not speech.
    let clause = |r: &Range<usize>| {
        let a = words.partition_point(|(s, _)| *s < r.start);
        let b = words.partition_point(|(s, _)| *s < r.end);
        (a + 1..b).any(|j| classes[j] & FINITE != 0)
    };
    // "Ford expects sales to fall": what is expected is a clause with its verb after "to".
    let tag = sentence[piece.clone()].trim_end();
    let expects = (tag.ends_with(" expects") || tag.ends_with(" expect"))
        && sentence[after_r.clone()].contains(" to ");
    // "He said the customers drive 30 miles": after "said" alone, a noun phrase that a
    // determiner opens and a verb the classes cannot tell from a noun ("drive") still make
    // the words said; "said in a statement", "said nothing" do not.
    let said_np = |r: &Range<usize>| {
        let mut ws = super::split_space(sentence[r.clone()].trim_start());
        tag.rsplit(' ')
            .next()
            .is_some_and(|v| one_of!(&["said", "says", "say"], v))
            && ws.next().is_some_and(|w| {
                one_of!(
                    &[
                        "the", "his", "her", "their", "its", "our", "many", "most", "some", "all",
                        // "have said they favour a cut": a pronoun before a verb the classes
                        // do not know.
                        "they", "we", "he", "she", "I",
                    ],
                    w
                ) || (w.starts_with(|c: char| c.is_ascii_uppercase())
                    && !super::subject::is_weekday(w)
                    && !one_of!(super::subject::PREPOSITIONS, &w.to_ascii_lowercase()))
            })
            && ws.take(3).count() == 3
    };
    let before_clause = clause(&(range.start..piece.start));
    let lead_only = before.trim().is_empty()
        || before
            .split_whitespace()
            .all(|w| one_of!(&["the", "a", "an"], w))
        || before
            .split_whitespace()
            .all(|w| one_of!(super::subject::CONNECTORS, w.trim_end_matches(',')))
        || (before.trim_end().ends_with(',')
            && !before.contains(['“', '"', '”'])
            && !before_clause
            && !super::at_least_words(before, 16));
    let marked = a_start > piece.end || opens_quote(&after_r) || according;
    let (content, speaker_last) = if (follows || lead_only)
        && three(&after_r)
        && (marked || (!deed && (clause(&after_r) || expects || said_np(&after_r))))
    {
        (vec![after_r], false)
    } else if (three(&before_r)
            // "Sales fell 4%, according to Fitch Ratings.": "according to" marks what comes
            // before it as someone's words however short.
            || (sentence[piece.clone()].starts_with("according to")
                && super::at_least_words(&sentence[before_r.clone()], 2)))
        && (before.trim_end().ends_with([',', '”', '"']) || ends_quote(&before_r))
        && (opens_quote(&before_r)
                || ends_quote(&before_r)
                || clause(&before_r)
                // A statement of five words or more before ", the CDC estimates." at the end.
                || (super::at_least_words(&sentence[before_r.clone()], 5)
                    && !three(&after_r))
                // "The library cost $12 million, Park said.": a shorter statement before a tag
                // that ends the sentence, when it opens as a subject does (not "In May, …").
                || (sentence[after_r.clone()].trim_matches(['.', ' ']).is_empty()
                    && sentence[before_r.clone()]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| {
                            !one_of!(super::subject::PREPOSITIONS, w)
                                && !one_of!(super::subject::SUBORDINATORS, w)
                                && !one_of!(super::subject::CONNECTORS, w)
                        })))
    {
        // “Q,” X said. / S, officials said. Maybe a second quote after: “Q1,” he said, “Q2.”
        let mut c = vec![before_r.clone()];
        // "Gas prices averaged $3.52 on Friday, according to AAA, down 18 cents from a month
        // ago": a comparison or a share after "according to X," goes on with the words before
        // the tag; the decomposition passes over the tag.
        let goes_on = according
            && !after_r.is_empty()
            && sentence[piece.end..after_r.start].trim() == ","
            && {
                let s = super::decompose::Words {
                    text: sentence,
                    words,
                    names: &[],
                    person: None,
                    classes,
                };
                let phrase = after_r.start..trim_end_dot(sentence, after_r.clone());
                super::decompose::trailing_comparison(&s, phrase.clone())
                    || super::decompose::trailing_share(&s, phrase)
            };
        if goes_on {
            c[0] = before_r.start..after_r.end;
        } else if opens_quote(&after_r) && three(&after_r) {
            c.push(after_r);
        } else if let Some(added) = added_words(&sentence[piece.end..range.end]) {
            // "…, the air force said, adding that 61 of them were shot down": the speaker
            // goes on after the tag.
            let added = trim(range.end - added.len()..range.end);
            if three(&added) {
                c.push(added);
            }
        }
        (c, true)
    } else {
        return None;
    };
    // Quoted words are a quotation that runs to the content's end (or on past the sentence); a
    // word in quotation marks at its head ("said “illegal” sanctions could …") is the
    // reporter's sentence quoting one word, not the speaker's words as said.
    let quoted = content
        .iter()
        .all(|r| opens_quote(r) && !quote_closes_early(&sentence[r.clone()]));
    Some(Attribution {
        claimant,
        piece,
        content,
        speaker_last,
        quoted,
    })
}

/// The end of `r` without a sentence's closing full stop.
fn trim_end_dot(sentence: &str, r: Range<usize>) -> usize {
    r.start + sentence[r].trim_end_matches(['.', ' ']).len()
}

/// What a speaker adds after the tag: the words after ", adding that", ", adding:", ", noting
/// that" or ", saying" that follow it.
fn added_words(after: &str) -> Option<&str> {
    // "said Tuesday, adding that", "said in a statement, adding": a few words before the comma.
    let comma = super::find_str(after, ", ")?;
    if super::at_least_words(&after[..comma], 4) || after[..comma].contains(['“', '"', '”']) {
        return None;
    }
    let rest = &after[comma + 2..];
    let rest = ["adding", "noting", "saying"]
        .iter()
        .find_map(|v| rest.strip_prefix(v))?;
    rest.strip_prefix(" that ")
        .or_else(|| rest.strip_prefix(": "))
        .or_else(|| {
            rest.strip_prefix(", ")
                .filter(|r| r.starts_with(is_quote_mark))
        })
        .or_else(|| rest.strip_prefix(' '))
}

/// Who is told, in one word, before the words said without "that" ("told reporters the …").
pub(super) const LISTENERS: &[&str] = &[
    "him",
    "her",
    "them",
    "us",
    "me",
    "reporters",
    "journalists",
    "lawmakers",
    "legislators",
    "senators",
    "MPs",
    "investors",
    "analysts",
    "colleagues",
    "supporters",
    "employees",
    "staff",
    "members",
    "voters",
    "students",
    "parliament",
    "Parliament",
    "Congress",
    "delegates",
    "residents",
    "listeners",
    "viewers",
    "shareholders",
    "workers",
];

/// The source of figures that opens or closes a clause: "Data from the British Retail
/// Consortium show …", "Figures released by the Office for National Statistics on Tuesday
/// showed …", "…, official figures showed on Friday.". Its organisation, when one is named
/// after "from" or "by" (figures without one have the article's word for them); the source's
/// words; and what they show.
pub struct DataSource {
    pub claimant: Option<Claimant>,
    pub tag: Range<usize>,
    pub content: Range<usize>,
}

pub fn data_source(
    sentence: &str,
    clause: Range<usize>,
    names: &[(usize, &str)],
) -> Option<DataSource> {
    let t = &sentence[clause.clone()];
    let lead = t.len() - t.trim_start().len();
    let start = clause.start + lead;
    if let Some((claimant, verb_end)) = source_phrase(sentence, start, clause.end, names) {
        let rest = &sentence[verb_end..clause.end];
        let skip = rest.len() - rest.trim_start().len();
        let skip = skip
            + if rest.trim_start().starts_with("that ") {
                5
            } else {
                0
            };
        let content = verb_end + skip..clause.end;
        return super::at_least_words(&sentence[content.clone()], 3).then_some(DataSource {
            claimant,
            tag: start..verb_end,
            content,
        });
    }
    // "…, official figures showed on Friday.": at most five words after the verb.
    // By a scan for the comma, not the standard searcher set up afresh per call.
    let comma = super::rfind_str(t, ", ")?;
    let at = clause.start + comma + 2;
    let (claimant, verb_end) = source_phrase(sentence, at, clause.end, names)?;
    let after = &sentence[verb_end..clause.end];
    if after.contains([',', '“', '"']) || super::at_least_words(after, 6) {
        return None;
    }
    let content = start..clause.start + comma;
    super::at_least_words(&sentence[content.clone()], 3).then_some(DataSource {
        claimant,
        tag: at..clause.end,
        content,
    })
}

/// The nouns of figures a source publishes, and the verbs they say with ("data show").
const SOURCE_NOUNS: &[&str] = &["data", "figures", "statistics", "numbers"];
const SOURCE_VERBS: &[&str] = &[
    "show",
    "shows",
    "showed",
    "suggest",
    "suggests",
    "suggested",
    "indicate",
    "indicates",
    "indicated",
    "reveal",
    "reveals",
    "revealed",
];

/// "(official|new|the latest …) figures|data|statistics [from|released by … NAME] show(ed)"
/// from `at`: the named source, if any, and where the verb ends.
fn source_phrase(
    sentence: &str,
    at: usize,
    end: usize,
    names: &[(usize, &str)],
) -> Option<(Option<Claimant>, usize)> {
    if let Some(found) = named_source(sentence, at, end, names) {
        return Some(found);
    }
    let mut ws = super::split_space(sentence.get(at..end)?);
    let mut w = ws.next()?;
    // Most clauses open otherwise: the first word tells.
    if !one_of!(
        &[
            "data",
            "figures",
            "statistics",
            "numbers",
            "new",
            "official",
            "latest",
            "the",
            "preliminary",
            "provisional",
            "government"
        ],
        w
    ) {
        return None;
    }
    let mut pos = at;
    for _ in 0..3 {
        if one_of!(SOURCE_NOUNS, w) {
            break;
        }
        pos += w.len() + 1;
        w = ws.next()?;
    }
    if !one_of!(SOURCE_NOUNS, w) {
        return None;
    }
    pos += w.len() + 1;
    let rest = sentence.get(pos..end)?;
    // Right after the noun, the verb; or the source, then the verb within six words.
    let verb_at = |r: &str, base: usize| -> Option<usize> {
        let mut p = base;
        for w in super::split_space(r).take(6) {
            if w.ends_with([',', ';']) {
                return None;
            }
            if one_of!(SOURCE_VERBS, w) {
                return Some(p + w.len());
            }
            p += w.len() + 1;
        }
        None
    };
    let by = [
        "from ",
        "released by ",
        "published by ",
        "compiled by ",
        "issued by ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p));
    let Some(by) = by else {
        let w = rest.split(' ').next()?;
        return one_of!(SOURCE_VERBS, w).then_some((None, pos + w.len()));
    };
    let by = by.strip_prefix("the ").unwrap_or(by);
    // `by` ends where `end` is.
    let ns = end - by.len();
    let (_, name) = names.iter().find(|(s, _)| *s == ns)?;
    let after = by.get(name.len()..)?;
    let v = verb_at(
        after.trim_start(),
        ns + name.len() + (after.len() - after.trim_start().len()),
    )?;
    Some((
        Some(Claimant {
            name: (*name).to_string(),
            kind: ClaimantKind::Organization,
        }),
        v,
    ))
}

/// "Cal Fire data show", "the Labor Department's figures showed": a source named first, then one
/// of `nouns` and one of `verbs`; the claimant and where the verb ends.
fn named_source(
    sentence: &str,
    at: usize,
    end: usize,
    names: &[(usize, &str)],
) -> Option<(Option<Claimant>, usize)> {
    let the = ["the ", "The "]
        .iter()
        .any(|t| sentence[at..].starts_with(t));
    let named_at = at + if the { 4 } else { 0 };
    let &(name_at, name) = names
        .iter()
        .find(|(s, _)| *s == named_at || (the && *s == at))?;
    let after = sentence.get(name_at + name.len()..end)?;
    // `trim_end_matches("'s")`, then of "’s", without setting up a searcher for each.
    let mut name = name;
    while let Some(n) = name.strip_suffix("'s") {
        name = n;
    }
    while let Some(n) = name.strip_suffix("’s") {
        name = n;
    }
    let name = name.strip_prefix("The ").unwrap_or(name);
    let after = ["'s ", "’s ", " "]
        .iter()
        .find_map(|p| after.strip_prefix(p))?;
    let noun = after.split(' ').next()?;
    let verb = after[noun.len()..].strip_prefix(' ')?.split(' ').next()?;
    let verb = verb.trim_end_matches(['.', ',']);
    if !one_of!(SOURCE_NOUNS, noun) || !one_of!(SOURCE_VERBS, verb) {
        return None;
    }
    // `after` ends where `end` is.
    let verb_end = end - after.len() + noun.len() + 1 + verb.len();
    // "Government data showed", "Official figures show": a word that only describes the
    // figures, capitalised, names no owner of them.
    if DESCRIBES_A_DOCUMENT
        .iter()
        .any(|d| d.eq_ignore_ascii_case(name))
    {
        return Some((None, verb_end));
    }
    Some((
        Some(Claimant {
            name: name.to_string(),
            kind: ClaimantKind::Organization,
        }),
        verb_end,
    ))
}

/// The name a tag's "it" gets ("It said …") until the claim stage says which organisation it
/// means (`claims::it_speaker`); never a name of the article's, which has a capital or "the".
pub const IT: &str = "it";

/// Is `word` a verb of reported speech ("said", "told", "warned")?
pub fn is_speech_verb(word: &str) -> bool {
    exactly_one_of!(SPEECH, word)
}

/// A group of people speaking for an organisation, named by the organisation when it is.
/// Bodies known by one capitalised word that no sentence's first word makes a name of ("Fed
/// officials said", "Kremlin officials told reporters"): a closed list of institutions the news
/// names so.
const KNOWN_BODIES: &[&str] = &[
    "Bundesbank",
    "Bundestag",
    "Congress",
    "Duma",
    "Elysee",
    "Europol",
    "Eurostat",
    "Fed",
    "Frontex",
    "Hamas",
    "Hezbollah",
    "Interpol",
    "Knesset",
    "Kremlin",
    "Ofcom",
    "Ofgem",
    "Ofsted",
    "Parliament",
    "Pentagon",
    "Politburo",
    "Taliban",
    "Treasury",
    "Vatican",
    "Whitehall",
    "Élysée",
];

/// Is `word` a body of `KNOWN_BODIES`?
pub(super) fn known_body(word: &str) -> bool {
    KNOWN_BODIES.binary_search(&word).is_ok()
}

/// "Fed officials", "Tesla analysts", "Kremlin spokesman": the one capitalised word before a
/// group of people who speak for a body, when the claimant is written so; the body, known or
/// named before, is the speaker. Not a document ("Fed data"), not "police".
pub(super) fn body_of_group(name: &str) -> Option<&str> {
    let (body, noun) = name.split_once(' ')?;
    let people = is_group(noun) && !one_of!(DOCUMENTS, noun) && noun != "police";
    (people
        && body.len() >= 2
        && body.starts_with(|c: char| c.is_uppercase())
        && body.chars().skip(1).all(char::is_lowercase))
    .then_some(body)
}

fn group(noun: &str, owner: Option<&str>) -> Claimant {
    Claimant {
        name: owner.unwrap_or(noun).to_string(),
        kind: ClaimantKind::Organization,
    }
}

/// A name that is an organisation's on its face: an acronym, or an organisation word in it.
pub fn is_org(name: &str) -> bool {
    let acronym = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    if named_like_a_person(name) || super::subject::org_by_last_word(name) {
        return true;
    }
    if super::subject::given_name_then_org_word(name) {
        return false;
    }
    name.split_whitespace()
        .map(|w| w.trim_end_matches('.'))
        .any(|w| acronym(w) || exactly_one_of!(ORG_WORDS, w))
        && (!name
            .split_whitespace()
            .next()
            .is_some_and(|w| is_title(w.trim_end_matches('.')))
            || ends_with_org_word(name))
        && !role_before_person(name)
}

/// A role in front of a person's name: "Senate Majority Leader Tom Ellison", "Kestrel CEO
/// Priya Natarajan", "District Attorney Mei Chen" (not "Bank of America Corp.", whose last two
/// words are no person's).
pub(super) fn role_before_person(name: &str) -> bool {
    // Most names have fewer than three words: two spaces tell before any word is read.
    if name.bytes().filter(|&b| b == b' ').count() < 2 {
        return false;
    }
    // A surname's particles ("Ursula von der Leyen") are neither.
    let mut words = name
        .rsplit(' ')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !super::subject::is_particle(w));
    let last_two_personal = words.by_ref().take(2).all(|w| {
        w.starts_with(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !exactly_one_of!(ORG_WORDS, w)
    });
    last_two_personal && words.any(|w| is_title(w) || exactly_one_of!(ROLES, w))
}

/// The person's name after the last title or role of `name` ("U.S. District Judge Sheri
/// Polster Chappell" → "Sheri Polster Chappell"), when two or three words follow it.
pub(super) fn after_last_role(name: &str) -> Option<&str> {
    let mut at = None;
    let mut from = 0;
    for w in name.split(' ') {
        let b = w.trim_end_matches('.');
        from += w.len() + 1;
        if is_title(b) || exactly_one_of!(ROLES, b) {
            at = Some(from);
        }
    }
    let rest = name.get(at?..)?;
    let words = rest
        .split(' ')
        .filter(|w| !super::subject::is_particle(w))
        .count();
    ((2..=3).contains(&words)).then_some(rest)
}

/// Does the name end with an organisation's word ("Justice Department", "Supreme Court")? No
/// person's name does, whatever title-like word it starts with.
fn ends_with_org_word(name: &str) -> bool {
    name.split_whitespace()
        .next_back()
        .is_some_and(|w| exactly_one_of!(ORG_WORDS, w.trim_end_matches('.')))
}

/// Is `word` (without its full stop) a title written before a person's name ("Dr", "Mayor")?
pub fn is_title(word: &str) -> bool {
    exactly_one_of!(TITLES, word)
}

/// Is the claimant an organisation named only by its kind ("the company", "the agency")?
pub fn role_of_org(c: &Claimant) -> bool {
    // "its spokesman": the organisation named before ("their" may mean a family or a team).
    if let Some(noun) = c.name.strip_prefix("its ") {
        return one_of!(SPOKES, noun);
    }
    let Some(noun) = owner_of(&c.name).strip_prefix("the ") else {
        return false;
    };
    let noun = role_noun(noun);
    (!noun.contains(' ') && (one_of!(ORG_NOUNS, noun) || noun.ends_with("maker")))
        || noun == "central bank"
}

/// Is `name` a central bank's ("Bank of England", "European Central Bank", "Reserve Bank of
/// India", "Federal Reserve", "Bundesbank", "ECB", "Fed"): what "the central bank" of the next
/// sentences means?
pub fn central_bank_name(name: &str) -> bool {
    let name = name.strip_prefix("the ").unwrap_or(name);
    name.starts_with("Bank of ")
        || name.contains("Central Bank")
        || name.contains("Reserve")
        || name.contains("National Bank of")
        || matches!(name, "Bundesbank" | "ECB" | "Fed" | "Riksbank" | "Banxico")
}

/// "the club's medical staff" → "the club": the organisation that its spokespeople or staff
/// speak for, when it is known by its noun; any other name ("the club's coach") as it is.
pub fn owner_of(name: &str) -> &str {
    if let Some(noun) = name.strip_prefix("the ")
        && let Some(i) = noun.find("'s ").or_else(|| noun.find("’s "))
        && !noun[..i].contains(' ')
        && let Some(last) = noun.rsplit(' ').next()
        && (one_of!(SPOKES, last) || is_people(last) || last == "staff")
    {
        return &name[.."the ".len() + i];
    }
    name
}

/// The noun of an organisation's role after the words that may describe it: its country or
/// its seat ("Japanese automaker", "U.S. chipmaker", "South Korean company", "Paris-based bank",
/// "New York-based bank", "state-owned company" → the last word), up to three words, each
/// capitalised but for a last one of "-based", "-owned" or "-listed"; any other words are left
/// as they are.
pub fn role_noun(words: &str) -> &str {
    let Some((adj, noun)) = words.rsplit_once(' ') else {
        return words;
    };
    // "research firm", "iron ore miner", "investment bank": words of a trade before a
    // business's noun say which business it is, no other one ("rival bank", "central bank",
    // "parent company" are others).
    if adj.split(' ').count() <= 2 && adj.split(' ').all(|w| one_of!(TRADE_WORDS, w)) {
        return noun;
    }
    // "the iPhone maker", "the smartphone maker": a maker known by a product it makes (not
    // a person who makes policy, decisions or deals).
    if noun == "maker"
        && !adj.contains(' ')
        && adj.chars().all(char::is_alphabetic)
        && !one_of!(
            &[
                "policy", "decision", "deal", "rule", "law", "peace", "play", "match", "trouble",
                "king", "money", "film", "change", "noise", "record",
            ],
            adj
        )
    {
        return noun;
    }
    let (head, last) = adj.rsplit_once(' ').unwrap_or(("", adj));
    let seat = last.ends_with("-based") || last.ends_with("-owned") || last.ends_with("-listed");
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    if head.split(' ').count() <= 2
        && head.split(' ').all(|w| w.is_empty() || capital(w))
        && (seat || capital(last))
    {
        noun
    } else {
        words
    }
}

/// Words of a trade that describe a business's noun ("research firm", "mining company", "news
/// agency").
const TRADE_WORDS: &[&str] = &[
    "aerospace",
    "biotech",
    "chemicals",
    "coal",
    "consulting",
    "copper",
    "drugstore",
    "grocery",
    "hotel",
    "pharmacy",
    "restaurant",
    "retail",
    "supermarket",
    "defence",
    "defense",
    "energy",
    "engineering",
    "gold",
    "insurance",
    "investment",
    "iron",
    "lending",
    "logistics",
    "media",
    "mining",
    "news",
    "oil",
    "ore",
    "payments",
    "research",
    "shipping",
    "software",
    "steel",
    "technology",
    "telecoms",
];

/// Is `noun` one an organisation is known by ("company", "agency", "carmaker")?
pub fn org_noun(noun: &str) -> bool {
    one_of!(ORG_NOUNS, noun) || noun.ends_with("maker")
}

/// "the company", "the firm", "the carmaker": an organisation's noun that only a business has.
pub fn business_noun(name: &str) -> bool {
    name.strip_prefix("the ").is_some_and(|noun| {
        one_of!(&["company", "firm", "startup", "airline", "bank"], noun) || noun.ends_with("maker")
    })
}

/// Is `name` one whose first word is an article of another language ("La Liga said", "Le Monde
/// reported"), and so no person's, unless its last word is the surname of a person the text
/// named ("Bruno Le Maire … Le Maire said")?
fn foreign_article_name(name: &str, surnames: &FxHashSet<String>) -> bool {
    let name = name.strip_prefix("the ").unwrap_or(name);
    super::subject::foreign_article_first(name)
        && !surnames.contains(name.rsplit(' ').next().unwrap_or(name))
}

/// A named speaker and whether it is a person or an organisation.
pub fn named(name: &str, surnames: &FxHashSet<String>) -> Claimant {
    Claimant {
        name: name.to_string(),
        kind: kind_of(name, surnames),
    }
}

/// Person or organisation, by general cues: a title or a known surname makes a person; an
/// acronym or an organisation word an organisation; two or three plain capitalised words a person.
pub fn kind_of(name: &str, surnames: &FxHashSet<String>) -> ClaimantKind {
    if named_like_a_person(name) || foreign_article_name(name, surnames) {
        return ClaimantKind::Organization;
    }
    // The words without their full stops, read again as needed: no vector per claimant.
    let words = || name.split_whitespace().map(|w| w.trim_end_matches('.'));
    if words().next().is_some_and(is_title) && !ends_with_org_word(name) {
        return ClaimantKind::Person;
    }
    if role_before_person(name) || super::subject::given_name_then_org_word(name) {
        return ClaimantKind::Person;
    }
    let acronym = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '&');
    // An initial, a generational suffix or a surname's particle neither makes nor breaks a
    // person's name.
    let core = || {
        words()
            .filter(|w| !super::subject::is_initial_or_suffix(w) && !super::subject::is_particle(w))
    };
    if core().any(|w| acronym(w) || exactly_one_of!(ORG_WORDS, w)) {
        return ClaimantKind::Organization;
    }
    match core().count() {
        2..=3 if super::subject::org_by_last_word(name) => ClaimantKind::Organization,
        // "The United States said", "South Korea said": a country speaks as a state.
        2..=3
            if super::subject::country_name(name.strip_prefix("the ").unwrap_or(name))
                .is_some() =>
        {
            ClaimantKind::Organization
        }
        2..=3 => ClaimantKind::Person,
        1 if core()
            .next()
            .is_some_and(|w| surnames.contains(w) || super::subject::lone_given_name(w)) =>
        {
            ClaimantKind::Person
        }
        _ => ClaimantKind::Organization,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "according to research firm Canalys": the business a noun of its kind describes speaks.
    #[test]
    fn a_source_described_by_its_trade_speaks() {
        for (s, name) in [
            (
                "Shipments rose 4% in the quarter, according to research firm Canalys.",
                "Canalys",
            ),
            (
                "Prices fell 2% in May, according to the data provider LSEG.",
                "LSEG",
            ),
        ] {
            let got = attr(s, None).map(|(n, k, _)| (n, k));
            assert_eq!(
                got,
                Some((name.to_string(), ClaimantKind::Organization)),
                "{s}"
            );
        }
    }

    /// "The minister, speaking to reporters, said", "Smith, asked about the deal, said": a
    /// participle's phrase between the speaker and the verb is skipped as a relative clause
    /// is, and a speaker who speaks or is asked is a person; a lead before it is no speaker.
    #[test]
    fn a_participles_phrase_between_speaker_and_verb_is_skipped() {
        let who = |s: &str| {
            let c = crate::extract::extract(s, None).claims;
            c.into_iter()
                .find_map(|c| c.claimant.map(|c| (c.name, c.kind)))
        };
        for (s, name, kind) in [
            (
                "The minister, speaking to reporters in Brussels, said the deal would cut tariffs by 10%.",
                "the minister",
                ClaimantKind::Person,
            ),
            (
                "Smith, speaking at the White House, said tariffs would rise 10%.",
                "Smith",
                ClaimantKind::Person,
            ),
            (
                "Jane Smith, asked about the deal, told reporters prices would fall 5%.",
                "Jane Smith",
                ClaimantKind::Person,
            ),
            (
                "The company, citing weak demand, said sales fell 5% in May.",
                "the company",
                ClaimantKind::Organization,
            ),
            (
                "Meanwhile, speaking to reporters, Jane Smith said tariffs would rise 10%.",
                "Jane Smith",
                ClaimantKind::Person,
            ),
        ] {
            assert_eq!(who(s), Some((name.to_string(), kind)), "{s}");
        }
    }

    /// "told reporters prices would fall": a listener, then the words said without "that"
    /// opening with a noun in lower case and its verb; the listener is no part of them.
    #[test]
    fn a_listener_before_a_noun_and_its_verb_is_left_out() {
        for (s, want) in [
            (
                "Smith told reporters prices would fall 5% this year.",
                "Smith said prices would fall 5%",
            ),
            (
                "Powell told lawmakers inflation had peaked at 9.1% in June.",
                "Powell said inflation had peaked at 9.1%",
            ),
        ] {
            let c = crate::extract::extract(s, None).claims;
            assert!(c.iter().any(|c| c.text.starts_with(want)), "{s}: {c:?}");
        }
    }

    /// "The Philippine coast guard said": a guard its service names is a body; "the security
    /// guard said" a person.
    #[test]
    fn a_coast_guard_is_a_body() {
        let who = |s: &str| attr(s, None).map(|(n, k, _)| (n, k));
        assert_eq!(
            who("The Philippine coast guard said two crew members were injured."),
            Some((
                "the Philippine coast guard".to_string(),
                ClaimantKind::Organization
            ))
        );
        assert_eq!(
            who("The security guard said the doors were locked."),
            Some(("the security guard".to_string(), ClaimantKind::Person))
        );
    }

    /// "La Liga said", "Le Monde reported": a name opened by another language's article is an
    /// organisation's; "Le Maire" after "Bruno Le Maire" is still his.
    #[test]
    fn a_name_opened_by_a_foreign_article_is_no_person() {
        let none = FxHashSet::default();
        for name in ["La Liga", "Le Monde", "El País", "Der Spiegel", "Die Zeit"] {
            assert_eq!(kind_of(name, &none), ClaimantKind::Organization, "{name}");
        }
        let known: FxHashSet<String> = ["Maire".to_string()].into_iter().collect();
        assert_eq!(kind_of("Le Maire", &known), ClaimantKind::Person);
        assert_eq!(kind_of("Lena Weber", &none), ClaimantKind::Person);
    }

    /// "…, the national seismology center said": a center or an observatory is a body that
    /// speaks, as an agency is.
    #[test]
    fn a_center_that_speaks_is_an_organisation() {
        let (name, kind, _) = attr(
            "A magnitude 5.8 earthquake struck central Chile on Sunday, the national seismology \
             center said.",
            None,
        )
        .unwrap();
        assert!(name.ends_with("seismology center"), "{name}");
        assert_eq!(kind, ClaimantKind::Organization);
        assert!(org_noun("observatory"));
    }

    /// "The company expects sales to grow 5%, Chief Executive Tim Cook said": a view held by
    /// the clause's subject is the words of the tag put last; with no tag, the view's holder
    /// speaks.
    #[test]
    fn a_tag_put_last_speaks_for_a_view_before_it() {
        let (name, kind, _) = attr(
            "The company expects sales to grow 5% next year, Chief Executive Tim Cook said.",
            None,
        )
        .unwrap();
        assert!(name.ends_with("Tim Cook"), "{name}");
        assert_eq!(kind, ClaimantKind::Person);
        let (name, _, _) = attr(
            "Fed officials expect inflation to fall to 2%, with rates on hold.",
            None,
        )
        .unwrap();
        assert!(name.starts_with("Fed"), "{name}");
    }

    /// A speaker named twice, once before the clause read and once as its tag ("RIA Novosti
    /// signed it: “…,” RIA Novosti said"): the list of names that speak together is looked
    /// for from the tag's own mention, never from the earlier one, which lies outside the
    /// clause (reading from it had sliced the sentence backwards, a panic the fuzz test found).
    /// "A\u{2009} spokesperson for the Treasury said": the article before the speaker's noun
    /// is found where it is written, whatever spaces follow it (a count of one space had put
    /// the speaker's start inside the thin space, a panic the property test found).
    #[test]
    fn a_speaker_after_other_spaces_is_read_safely() {
        let s = "A\u{2009} spokesperson for the Treasury said the review would come in the autumn.";
        let (name, kind, _) = attr(s, None).unwrap_or_else(|| panic!("{s}"));
        assert_eq!(
            (name.as_str(), kind),
            ("Treasury", ClaimantKind::Organization)
        );
        let _ = attr(
            "A \u{3000}spokesperson for the Treasury said the review would come in the autumn.",
            None,
        );
    }

    #[test]
    fn a_speaker_named_before_the_clause_is_read_from_its_own_mention() {
        let s = "RIA Novosti signed it: \u{201c}The studio joked about the station,\u{201d} RIA Novosti said in a translation.";
        let from = s.find("\u{201c}").unwrap();
        let (name, kind, _) = attr_in(s, from..s.len(), None).unwrap();
        assert_eq!(
            (name.as_str(), kind),
            ("RIA Novosti", ClaimantKind::Organization)
        );
        let s = "Lopez spoke first. Maria Lopez and John Hale said the bill would cost $4 billion.";
        let from = s.find("Maria").unwrap();
        let (name, _, _) = attr_in(s, from..s.len(), None).unwrap();
        assert_eq!(name, "Maria Lopez and John Hale");
    }

    /// "Maria Lopez and John Hale said", "Two Fed governors, Christopher Waller and Michelle
    /// Bowman, have said": the names listed before the speaker speak together; not a name
    /// joined to the speaker in a clause of its own.
    #[test]
    fn names_listed_before_a_speaker_speak_together() {
        for (s, who, kind) in [
            (
                "Maria Lopez and John Hale said the bill would cost $4 billion.",
                "Maria Lopez and John Hale",
                ClaimantKind::Person,
            ),
            (
                "Two Fed governors, Christopher Waller and Michelle Bowman, have said they favour a cut.",
                "Christopher Waller and Michelle Bowman",
                ClaimantKind::Person,
            ),
            (
                "Apple and Google said the rules would cost $4 billion.",
                "Apple and Google",
                ClaimantKind::Organization,
            ),
        ] {
            let (name, k, _) = attr(s, None).unwrap_or_else(|| panic!("{s}"));
            assert_eq!((name.as_str(), k), (who, kind), "{s}");
        }
        let (name, _, _) = attr("Michelle Bowman has said she favours a cut.", None).unwrap();
        assert_eq!(name, "Michelle Bowman");
        assert!(
            attr(
                "The bill passed the Senate and John Hale said it would cost $4 billion.",
                None
            )
            .is_none_or(|(n, _, _)| n == "John Hale")
        );
    }

    /// "…, the research firm Sensor Tower said", "…, the state news agency IRNA said": a tag put
    /// last whose speaker is described, with its article, before the name.
    #[test]
    fn a_speaker_described_with_its_article_before_the_name_is_a_tag() {
        for (s, who, said) in [
            (
                "Sales rose 4% in May, the research firm Sensor Tower said.",
                "Sensor Tower",
                "Sales rose 4% in May",
            ),
            (
                "At least 12 people were killed, the state news agency IRNA said.",
                "IRNA",
                "At least 12 people were killed",
            ),
            (
                "Floods killed 40 people in Bahia state, the state news agency Agencia Brasil reported.",
                "Agencia Brasil",
                "Floods killed 40 people in Bahia state",
            ),
        ] {
            let (name, kind, content) = attr(s, None).unwrap_or_else(|| panic!("{s}"));
            assert_eq!((name.as_str(), content[0].as_str()), (who, said), "{s}");
            // The noun before the name says what it is ("Agencia Brasil" reads as a person's).
            assert_eq!(kind, ClaimantKind::Organization, "{s}");
        }
    }

    /// "Government data showed", "the latest Government figures": no one owns them.
    #[test]
    fn figures_described_but_not_owned_have_no_claimant() {
        for name in [
            "Government data",
            "the latest Government figures",
            "Official figures",
        ] {
            assert!(bare_document(name), "{name}");
        }
        assert!(!bare_document("Labor Department data"));
        let s = "Retail sales rose 0.5% in May, Government data showed.";
        let names = [(31, "Government")];
        let at = s.find("Government").unwrap();
        assert_eq!(
            named_source(s, at, s.len(), &names).map(|(c, _)| c),
            Some(None)
        );
        let s = "Retail sales rose 0.5% in May, Commerce Department data showed.";
        let names = [(31, "Commerce Department")];
        let who = named_source(s, 31, s.len(), &names).and_then(|(c, _)| c);
        assert_eq!(who.map(|c| c.name).as_deref(), Some("Commerce Department"));
    }

    /// The noun of an organisation's role after up to three words of its country or seat.
    #[test]
    fn a_role_noun_after_its_country_or_seat() {
        for (words, noun) in [
            ("Japanese automaker", "automaker"),
            ("South Korean company", "company"),
            ("New York-based bank", "bank"),
            ("state-owned company", "company"),
            ("company", "company"),
            // a description that is no country or seat is kept
            ("new company", "new company"),
            ("research firm", "firm"),
            ("iron ore miner", "miner"),
            ("central bank", "central bank"),
            ("parent company", "parent company"),
            (
                "largest South Korean company",
                "largest South Korean company",
            ),
        ] {
            assert_eq!(role_noun(words), noun, "{words}");
        }
    }

    fn attr(sentence: &str, person: Option<&str>) -> Option<(String, ClaimantKind, Vec<String>)> {
        attr_in(sentence, 0..sentence.len(), person)
    }

    fn attr_in(
        sentence: &str,
        range: Range<usize>,
        person: Option<&str>,
    ) -> Option<(String, ClaimantKind, Vec<String>)> {
        let words: Vec<_> = super::super::word_spans(sentence).collect();
        let mut classes = Vec::new();
        super::super::words::classify(&words, &mut classes);
        let names = super::super::subject::names_in(sentence, &words);
        let mut surnames = FxHashSet::default();
        surnames.insert("Park".to_string());
        attribution(sentence, range, &words, &classes, &names, person, &surnames).map(|a| {
            (
                a.claimant.name,
                a.claimant.kind,
                a.content
                    .iter()
                    .map(|r| sentence[r.clone()].to_string())
                    .collect(),
            )
        })
    }

    /// Short reported words count a figure as a word ("profit fell 7%"), and a verb in "-ed"
    /// of four letters ("used") makes them a clause.
    #[test]
    fn short_reported_words_have_their_speaker() {
        for (sentence, who) in [
            ("Tesco said profit fell 7%.", "Tesco"),
            (
                "Prosecutors said Delaney used the money to buy a boat.",
                "Prosecutors",
            ),
        ] {
            let found = attr(sentence, None).map(|(name, _, _)| name);
            assert_eq!(found.as_deref(), Some(who), "{sentence}");
        }
    }

    /// A source the article does not name speaks as written ("two people familiar with the
    /// matter"); "people" alone, described by nothing, is no source; a listener named after
    /// "told" is no part of the words said.
    #[test]
    fn an_unnamed_source_speaks_and_a_named_listener_is_left_out() {
        for (sentence, who, words) in [
            (
                "Anthropic has raised $2 billion, two people familiar with the matter said.",
                "two people familiar with the matter",
                "Anthropic has raised $2 billion",
            ),
            (
                "The club will sell the striker, a source close to the club said.",
                "a source close to the club",
                "The club will sell the striker",
            ),
            (
                "Sources told Reuters the deal was worth $4 billion.",
                "Sources",
                "the deal was worth $4 billion.",
            ),
            (
                "John Smith told The Associated Press the deal was worth $4 billion.",
                "John Smith",
                "the deal was worth $4 billion.",
            ),
        ] {
            let (name, kind, content) =
                attr(sentence, None).unwrap_or_else(|| panic!("no speaker in {sentence}"));
            assert_eq!(
                (name.as_str(), kind),
                (who, ClaimantKind::Person),
                "{sentence}"
            );
            assert!(
                content
                    .iter()
                    .any(|c| c.trim_end_matches('.') == words.trim_end_matches('.')),
                "{sentence}: {content:?}"
            );
        }
        assert!(
            attr(
                "Two people were killed in the crash, the police said.",
                None
            )
            .is_some_and(|(name, _, _)| !name.contains("people"))
        );
    }

    /// A speaker inside a clause that "though", "although" or "because" opens speaks for that
    /// clause, not for the sentence's main clause; a tag at the end still speaks for it.
    #[test]
    fn a_speaker_in_a_subordinate_clause_is_no_tag_of_the_main_clause() {
        for sentence in [
            "Prices rose 5% in May, though officials said the rise would slow.",
            "The plant will close in 2025, although company officials said 300 jobs would stay.",
            "The vote was delayed because the governor said she needed more time.",
        ] {
            assert_eq!(attr(sentence, None), None, "{sentence}");
        }
        let (name, _, words) =
            attr("The bridge reopened on Friday, officials said.", None).expect("a tag");
        assert_eq!(name, "officials");
        assert_eq!(words, ["The bridge reopened on Friday"]);
    }

    #[test]
    fn one_who_speaks_for_an_organisation_is_the_organisation() {
        let (name, kind, words) = attr(
            "A spokesperson for the Treasury said the government would publish its review.",
            None,
        )
        .expect("a tag");
        assert_eq!(
            (name.as_str(), kind),
            ("Treasury", ClaimantKind::Organization)
        );
        assert_eq!(words, ["the government would publish its review."]);
    }

    #[test]
    fn speakers_of_probe20() {
        // A spokesman for the police speaks for the police.
        let (name, kind, content) =
            attr("No one was injured, a police spokesman said.", None).unwrap();
        assert_eq!(
            (name.as_str(), kind),
            ("police", ClaimantKind::Organization)
        );
        assert_eq!(content, ["No one was injured"]);
        // "which" describes no person, "who" one.
        let (name, kind, _) = attr(
            "Planned Parenthood, which sued the state in April, said clinics would reopen.",
            None,
        )
        .unwrap();
        assert_eq!(
            (name.as_str(), kind),
            ("Planned Parenthood", ClaimantKind::Organization)
        );
        // Described as people are, whatever the name's last word.
        let (name, kind, _) = attr(
            "“The process is back on track,” said Sarah House, a senior economist at Wells Fargo.",
            None,
        )
        .unwrap();
        assert_eq!((name.as_str(), kind), ("Sarah House", ClaimantKind::Person));
        // A spokesperson for a person named before is a person.
        let (name, kind, _) = attr(
            "Park's spokesperson said the mayor would veto the bill.",
            None,
        )
        .unwrap();
        assert_eq!(
            (name.as_str(), kind),
            ("Park's spokesperson", ClaimantKind::Person)
        );
        // An office after "according to the".
        let (name, kind, content) = attr(
            "Three people have died, according to the county medical examiner.",
            None,
        )
        .unwrap();
        assert_eq!(
            (name.as_str(), kind),
            ("the county medical examiner", ClaimantKind::Person)
        );
        assert_eq!(content, ["Three people have died"]);
        // A document is still no one ("according to the indictment").
        assert!(attr("He paid $4,000, according to the indictment.", None).is_none());
        // An organisation's noun after the words that describe it.
        let (name, kind, _) = attr(
            "Most of the deaths were in Cebu, according to the provincial disaster office.",
            None,
        )
        .unwrap();
        assert_eq!(
            (name.as_str(), kind),
            ("the provincial disaster office", ClaimantKind::Organization)
        );
        assert!(
            attr(
                "He paid $4,000, according to the latest court filing.",
                None
            )
            .is_none()
        );
        // "Ukraine’s air force said": a force is an organisation.
        let (name, kind, _) =
            attr("Russia launched 87 drones, Ukraine’s air force said.", None).unwrap();
        assert_eq!(
            (name.as_str(), kind),
            ("Ukraine’s air force", ClaimantKind::Organization)
        );
    }

    /// "according to the club's medical staff", "according to the ministry's spokesman": the
    /// people of an organisation known by its noun, whose organisation `owner_of` gives.
    #[test]
    fn according_to_the_people_of_an_organisation_known_by_its_noun() {
        for (s, who, kind) in [
            (
                "He will miss three weeks, according to the club's medical staff.",
                "the club's medical staff",
                ClaimantKind::Organization,
            ),
            (
                "Taxes will rise by 5%, according to the ministry's spokesman.",
                "the ministry's spokesman",
                ClaimantKind::Person,
            ),
            (
                "According to the agency’s investigators, the pilot ignored two warnings.",
                "the agency’s investigators",
                ClaimantKind::Organization,
            ),
            (
                "Sales fell 4%, according to the company's chief executive.",
                "the company's chief executive",
                ClaimantKind::Person,
            ),
        ] {
            let (name, k, _) = attr(s, None).expect(s);
            assert_eq!((name.as_str(), k), (who, kind), "{s}");
        }
        assert_eq!(owner_of("the club's medical staff"), "the club");
        assert_eq!(owner_of("the ministry's spokesman"), "the ministry");
        // A leader of it is a person of their own; a thing it owns is no speaker.
        assert_eq!(
            owner_of("the company's chief executive"),
            "the company's chief executive"
        );
        assert!(attr("Sales fell 4%, according to the company's figures.", None).is_none());
    }

    /// "Fed officials forecast", "Kremlin officials told reporters": a body known by one word,
    /// at the head where it is no name, speaks through its people; a common word before the
    /// group ("Health officials", "Chinese authorities") is the group as written.
    #[test]
    fn a_known_body_before_its_officials_speaks() {
        for (s, who) in [
            ("Fed officials forecast that inflation will ease.", "Fed"),
            (
                "Pentagon officials said the drills would go on.",
                "Pentagon",
            ),
            (
                "Kremlin officials told reporters the talks had stalled.",
                "Kremlin",
            ),
            (
                "Treasury officials said the deficit would reach $1.9 trillion.",
                "Treasury",
            ),
            (
                "Health officials said 40 people were sick.",
                "Health officials",
            ),
            (
                "Chinese authorities said the dam held.",
                "Chinese authorities",
            ),
            (
                "Fire officials said the blaze was contained.",
                "Fire officials",
            ),
        ] {
            let (name, kind, _) = attr(s, None).expect(s);
            assert_eq!(
                (name.as_str(), kind),
                (who, ClaimantKind::Organization),
                "{s}"
            );
        }
        assert!(KNOWN_BODIES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(body_of_group("Tesla analysts"), Some("Tesla"));
        assert_eq!(body_of_group("Fed data"), None);
        assert_eq!(body_of_group("US officials"), None);
    }

    #[test]
    fn speakers_are_found_before_and_after_the_verb() {
        let (name, kind, content) =
            attr("“We lost 400 homes,” said Mayor Linda Park.", None).unwrap();
        assert_eq!(name, "Mayor Linda Park");
        assert_eq!(kind, ClaimantKind::Person);
        assert_eq!(content, ["“We lost 400 homes,”"]);

        let (name, kind, content) =
            attr("NASA officials say the crew will land on March 30.", None).unwrap();
        assert_eq!(name, "NASA");
        assert_eq!(kind, ClaimantKind::Organization);
        assert_eq!(content, ["the crew will land on March 30."]);

        let (name, _, content) = attr(
            "The river rose 3 metres overnight, according to the Environment Agency.",
            None,
        )
        .unwrap();
        assert_eq!(name, "Environment Agency");
        assert_eq!(content, ["The river rose 3 metres overnight"]);

        // An ampersand between capitals and a possessive no noun follows are the name's own.
        for (sentence, who) in [
            (
                "The strike costs Boeing $1 billion a month, according to S&P Global Ratings.",
                "S&P Global Ratings",
            ),
            (
                "The strike costs $1 billion a month, according to Moody’s.",
                "Moody’s",
            ),
            (
                "The airline lost $2 billion last year, according to Fitch Ratings.",
                "Fitch Ratings",
            ),
        ] {
            let (name, kind, _) = attr(sentence, None).expect(sentence);
            assert_eq!((name.as_str(), kind), (who, ClaimantKind::Organization));
        }
        let (name, _, content) = attr("Sales fell 4%, according to Fitch Ratings.", None).unwrap();
        assert_eq!(
            (name.as_str(), content),
            ("Fitch Ratings", vec!["Sales fell 4%".to_string()])
        );
        let (name, _, _) = attr(
            "The airline lost $2 billion last year, according to Moody’s analysts.",
            None,
        )
        .unwrap();
        assert_eq!(name, "Moody");

        // A document's named author is the source; a document without one stays as before.
        for (sentence, who) in [
            (
                "Core prices climbed 3.2%, according to a survey by FactSet.",
                "FactSet",
            ),
            (
                "The county lost 4,000 residents, according to data from the Census Bureau.",
                "Census Bureau",
            ),
            (
                "Turnout reached 61%, according to a report by the Electoral Commission.",
                "Electoral Commission",
            ),
        ] {
            let (name, _, content) = attr(sentence, None).expect(sentence);
            assert_eq!(name, who, "{sentence}");
            assert!(!content[0].contains("according"), "{content:?}");
        }
        let (name, _, _) = attr("Sales fell 4%, according to a survey.", None).unwrap();
        assert_eq!(name, "survey");

        let (name, kind, content) = attr(
            "She told reporters that the plant will close in May.",
            Some("Ann Lee"),
        )
        .unwrap();
        assert_eq!((name.as_str(), kind), ("Ann Lee", ClaimantKind::Person));
        assert_eq!(content, ["the plant will close in May."]);
    }

    #[test]
    fn a_role_between_the_quote_and_the_name_goes_with_the_tag() {
        let (name, kind, content) = attr(
            "“We have won four straight matches,” midfielder Jonas Eide told reporters.",
            None,
        )
        .unwrap();
        assert_eq!((name.as_str(), kind), ("Jonas Eide", ClaimantKind::Person));
        assert_eq!(content, ["“We have won four straight matches,”"]);
    }

    #[test]
    fn a_speaker_of_one_word_who_speaks_of_he_or_she_is_a_person() {
        let (name, kind, _) =
            attr("Okafor tweeted that he had signed with Galatasaray.", None).expect("a speaker");
        assert_eq!((name.as_str(), kind), ("Okafor", ClaimantKind::Person));
        // Without the pronoun, one unknown word stays an organisation's name.
        let (_, kind, _) = attr(
            "Okafor tweeted that the deal had been signed on Monday.",
            None,
        )
        .unwrap();
        assert_eq!(kind, ClaimantKind::Organization);
    }

    /// A person known by a role in a named country or organisation speaks ("Hungary's foreign
    /// minister said"); after "according to", so does a body or a person the name owns.
    #[test]
    fn a_role_or_a_body_a_name_owns_speaks() {
        for (sentence, who, kind) in [
            (
                "Hungary's foreign minister said the ban would stay.",
                "Hungary's foreign minister",
                ClaimantKind::Person,
            ),
            (
                "Apple's chief executive told investors that sales rose 8%.",
                "Apple's chief executive",
                ClaimantKind::Person,
            ),
            (
                "More than 3,000 trucks were stuck, according to Ukraine's border service.",
                "Ukraine's border service",
                ClaimantKind::Organization,
            ),
            (
                "Exports fell 4% in October, according to China's customs agency.",
                "China's customs agency",
                ClaimantKind::Organization,
            ),
            // Findings after "have" or "also" are still reported by those who find.
            (
                "Researchers at the University of Leeds have found that the vaccine cut admissions by 40%.",
                "University of Leeds",
                ClaimantKind::Organization,
            ),
        ] {
            let (name, k, _) = attr(sentence, None).expect("a tag");
            assert_eq!((name.as_str(), k), (who, kind), "{sentence}");
        }
        // A role that is no person's or body's is not taken: the name alone is.
        let (name, _, _) =
            attr("Sales rose 5%, according to Apple's own figures.", None).expect("a tag");
        assert_eq!(name, "Apple");
    }

    #[test]
    fn a_sentence_without_a_speaker_has_none() {
        assert_eq!(attr("The bridge carries 40,000 cars a day.", None), None);
        assert_eq!(attr("Rainfall was said to be heavy.", None), None);
    }

    #[test]
    fn people_and_organisations_are_told_apart() {
        let surnames = FxHashSet::default();
        for (name, kind) in [
            ("Dr. Amy Chen", ClaimantKind::Person),
            ("Linda Park", ClaimantKind::Person),
            ("NASA", ClaimantKind::Organization),
            ("National Weather Service", ClaimantKind::Organization),
            ("Toyota Motors", ClaimantKind::Organization),
            // Names of people on their face, organisations in fact.
            ("Freddie Mac", ClaimantKind::Organization),
            ("Wells Fargo", ClaimantKind::Organization),
            // An initial or a suffix neither makes nor breaks a person's name.
            ("Robert F. Kennedy Jr.", ClaimantKind::Person),
            ("Martin Luther King Jr.", ClaimantKind::Person),
            ("Henry Ford III", ClaimantKind::Person),
            ("J. Crew Group", ClaimantKind::Organization),
            // A common given name alone is someone; a place or a company alone is not.
            ("David", ClaimantKind::Person),
            ("Claire", ClaimantKind::Person),
            ("Jordan", ClaimantKind::Organization),
            ("Tesla", ClaimantKind::Organization),
            // A broadcaster: "said in an interview with Sky Sports that he …" is the speaker's.
            ("Sky Sports", ClaimantKind::Organization),
            ("BBC Radio", ClaimantKind::Organization),
        ] {
            assert_eq!(kind_of(name, &surnames), kind, "{name}");
        }
    }

    #[test]
    fn the_author_of_a_document_speaks() {
        let (who, kind, _) =
            attr("A report by Moody's said British banks faced losses.", None).expect("a tag");
        assert_eq!(
            (who.as_str(), kind),
            ("Moody's", ClaimantKind::Organization)
        );
        // The journal or body that publishes a study, a survey or research speaks for it.
        for (sentence, who) in [
            (
                "A study published in The Lancet found that obesity rates rose 4% in 2023.",
                "Lancet",
            ),
            (
                "A report by the World Bank found that 700 million people are poor.",
                "World Bank",
            ),
            (
                "A survey by Gallup showed that 38% of Americans trust the media.",
                "Gallup",
            ),
            (
                "Research published in Nature suggests that seas could rise 1 meter.",
                "Nature",
            ),
            (
                "A new study published in the journal Science finds that bees sleep 8 hours a day.",
                "Science",
            ),
            (
                "Enrollment fell 4%, according to a study published in the BMJ.",
                "BMJ",
            ),
            (
                "The drug cut deaths by 20%, according to a study published Wednesday in The \
                 Lancet.",
                "Lancet",
            ),
            (
                "Deaths fell 9%, according to a study published in Nature Medicine.",
                "Nature Medicine",
            ),
            (
                "A study published online on Monday in Nature Medicine found that 40% of \
                 patients recovered.",
                "Nature Medicine",
            ),
            (
                "Sales fell 4%, according to a survey by the Conference Board.",
                "Conference Board",
            ),
        ] {
            let (name, kind, _) = attr(sentence, None).expect(sentence);
            assert_eq!(
                (name.as_str(), kind),
                (who, ClaimantKind::Organization),
                "{sentence}"
            );
        }
        // Not its author: a place, a funder; not findings: a video, a name in a preposition.
        for sentence in [
            "A study in Texas found that 30% of drivers text.",
            "A study funded by the National Institutes of Health found that the drug worked.",
            "The video showed police officers pushing a man.",
            "A poll of 1,000 voters by YouGov found that 44% back the plan.",
        ] {
            assert!(attr(sentence, None).is_none(), "{sentence}");
        }
        // A deed, not words.
        assert!(attr("Ford recalled 240,000 SUVs last year.", None).is_none());
    }

    /// A document whose author the article does not name ("the report", "official figures")
    /// speaks for no one; one with its owner's name does.
    #[test]
    fn a_document_alone_is_no_claimant() {
        for name in [
            "report",
            "a study",
            "the survey",
            "official figures",
            "Government data",
            "a new report",
        ] {
            assert!(bare_document(name), "{name}");
        }
        for name in [
            "Census Bureau data",
            "the company's report",
            "officials",
            "Moody's",
        ] {
            assert!(!bare_document(name), "{name}");
        }
        let claims = crate::extract::extract(
            "The report found that shelter costs rose 0.4% in May. Sales fell 4%, according to a survey.",
            None,
        )
        .claims;
        assert_eq!(claims.len(), 2, "{claims:#?}");
        assert!(claims.iter().all(|c| c.claimant.is_none()), "{claims:#?}");
    }

    /// A speaker described as a body (", a paramilitary group,") stays an organisation; one
    /// described as a person (", a retired teacher,") is a person.
    #[test]
    fn a_body_described_as_a_group_is_no_person() {
        let claims = crate::extract::extract(
            "The Rapid Support Forces, a paramilitary group, said in a statement that it would respect the truce.",
            None,
        )
        .claims;
        let said = claims
            .iter()
            .find(|c| c.text.contains("respect the truce"))
            .expect("the claim said");
        let who = said.claimant.as_ref().expect("a claimant");
        assert_eq!(who.kind, ClaimantKind::Organization, "{claims:#?}");
        let claims = crate::extract::extract(
            "Maria Lopez, a retired teacher, said the school closed in 1998.",
            None,
        )
        .claims;
        let who = claims[0].claimant.as_ref().expect("a claimant");
        assert_eq!(who.kind, ClaimantKind::Person, "{claims:#?}");
    }

    /// "Researchers cautioned that …", "The minister stressed that …": verbs of speech.
    #[test]
    fn cautioned_and_stressed_report_speech() {
        for t in [
            "Researchers cautioned that only 212 patients had completed the trial.",
            "The minister stressed that exports rose 4% in March.",
        ] {
            let claims = crate::extract::extract(t, None).claims;
            assert!(
                claims.iter().all(|c| c.claimant.is_some()),
                "{t}: {claims:#?}"
            );
        }
    }

    /// A verb of speech in the passive ("was confirmed by") has no speaker before it; in the
    /// active it has.
    #[test]
    fn a_passive_verb_of_speech_is_no_tag() {
        let claims = crate::extract::extract(
            "His death was confirmed by his agent, Paula Grant, who said the cause was pneumonia.",
            None,
        )
        .claims;
        let death = claims
            .iter()
            .find(|c| c.text.contains("death was confirmed"))
            .expect("the claim of the death");
        assert!(death.claimant.is_none(), "{claims:#?}");
        let claims = crate::extract::extract(
            "The state health agency confirmed that 12 people died in the outbreak.",
            None,
        )
        .claims;
        assert!(claims[0].claimant.is_some(), "{claims:#?}");
    }

    /// "Goldman Sachs now sees U.S. growth of 1.5%": the name at the head before a view's verb
    /// holds the view; not a plan of its own ("expects to hire"), not a name after other words.
    #[test]
    fn the_name_before_a_view_holds_it() {
        let names = |s: &'static str, n: &'static str| vec![(s.find(n).unwrap(), n)];
        for (s, n) in [
            (
                "Goldman Sachs now sees U.S. growth of 1.5% in 2026.",
                "Goldman Sachs",
            ),
            ("The IMF projects global growth of 2.8% this year.", "IMF"),
            (
                "Nomura estimated the cost of the tariffs at $40 billion.",
                "Nomura",
            ),
        ] {
            assert_eq!(view_holder(s, 0..s.len(), &names(s, n)), Some(n), "{s}");
        }
        for (s, n) in [
            (
                "Halvorsen Bank expects to hire 1,000 people.",
                "Halvorsen Bank",
            ),
            ("Shares of Nomura sees no change here at all.", "Nomura"),
            ("Nomura said growth would slow.", "Nomura"),
        ] {
            assert_eq!(view_holder(s, 0..s.len(), &names(s, n)), None, "{s}");
        }
    }

    /// "according to the Gaza health ministry", "according to the territory's civil defence
    /// agency", "according to the Paris police prefecture", "according to the Paris police":
    /// the body a name or a noun places speaks, not the place; "according to NASA officials"
    /// is still NASA, and a document ("Apple's statement", "the Commerce Department data") is
    /// no body.
    #[test]
    fn a_body_a_place_owns_speaks() {
        let who = |t: &str| {
            let claims = crate::extract::extract(t, None).claims;
            let c = claims[0].claimant.clone().expect(t);
            (c.name, c.kind)
        };
        for (t, name, kind) in [
            (
                "At least 27 people were killed, according to the Gaza health ministry.",
                "the Gaza health ministry",
                ClaimantKind::Organization,
            ),
            (
                "At least 27 people were killed, according to the territory's civil defence agency.",
                "the territory's civil defence agency",
                ClaimantKind::Organization,
            ),
            (
                "Police arrested 14 people, according to the Paris police prefecture.",
                "the Paris police prefecture",
                ClaimantKind::Organization,
            ),
            (
                "Police arrested 14 people, according to the Paris police.",
                "the Paris police",
                ClaimantKind::Organization,
            ),
            (
                "Prices rose 5%, according to the White House press secretary.",
                "the White House press secretary",
                ClaimantKind::Person,
            ),
            (
                "Prices rose 5%, according to NASA officials.",
                "NASA",
                ClaimantKind::Organization,
            ),
        ] {
            assert_eq!(who(t), (name.to_string(), kind), "{t}");
        }
        assert_eq!(
            body_noun_after("the Commerce Department data.", 23, true),
            None
        );
        assert_eq!(body_noun_after("Apple's statement.", 7, false), None);
    }

    /// "the National Disaster Management Authority (NDMA) said": the bracket ends the name,
    /// and the tag put last names the body (before, the name ran on into "(NDMA" and the
    /// sentence had no claimant).
    #[test]
    fn a_bracketed_acronym_after_a_speaker_ends_its_name() {
        let claims = crate::extract::extract(
            "More than 3,000 families were displaced, the National Disaster Management Authority (NDMA) said.",
            None,
        )
        .claims;
        let c = claims[0].claimant.clone().expect("a claimant");
        assert_eq!(c.name, "National Disaster Management Authority");
        assert!(!claims[0].text.contains("NDMA"), "{claims:#?}");
    }

    /// "British Prime Minister Keir Starmer's office said": five words before the noun, the
    /// possessive's "s" not counted as a sixth (the phrase was cut at "Prime" and the tag lost).
    #[test]
    fn a_possessive_s_is_no_word_of_the_speakers_phrase() {
        let s = "British Prime Minister Keir Starmer's office said 40 roads were closed.";
        let (name, kind, _) = attr(s, None).expect("a speaker");
        assert_eq!(name, "British Prime Minister Keir Starmer's office");
        assert_eq!(kind, ClaimantKind::Organization);
    }
}
