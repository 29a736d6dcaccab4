//! Subjects: the names in a sentence and the one a statement is about.

use rustc_hash::FxHashSet;
use std::ops::Range;

const NOT_NAMES: &[&str] = &[
    "A",
    "An",
    "The",
    "But",
    "And",
    "Or",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "By",
    "With",
    "From",
    "To",
    "As",
    "If",
    "When",
    "While",
    "Then",
    "Than",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Last",
    "Next",
    "After",
    "Before",
    "Upon",
    "Nevertheless",
    "However",
    "Recalling",
    "Otherwise",
    "Do",
    "Who",
    "What",
    "Why",
    "How",
    "Where",
    "Back",
    "Even",
    "Also",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Goodbye",
    "Hello",
    "Yes",
    "No",
    "Not",
    "Now",
    "So",
    "Such",
    "Some",
    "Will",
    "Would",
    "Could",
    "Should",
    "Can",
    "May",
    "Might",
    "Must",
    "Shall",
    "Is",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Had",
    "Does",
    "Did",
    "Let",
    "Please",
    "Thanks",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Twenty",
    "Thirty",
    "Forty",
    "Fifty",
    "Hundreds",
    "Thousands",
    "Millions",
    "Dozens",
    "Several",
    "Many",
    "Most",
    "Few",
    "All",
    "Both",
    "Each",
    "Every",
    "Another",
    "Other",
    "Only",
    "Just",
    "About",
    "Around",
    "Nearly",
    "Almost",
    "Roughly",
    "Approximately",
    "Instead",
    "Meanwhile",
    "Still",
    "Yet",
    "Despite",
    "Although",
    "Though",
    "Because",
    "Since",
    "Until",
    "Once",
    "During",
    "Among",
    "According",
    "Under",
    "Over",
    "Here",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Earlier",
    "Later",
    "Last",
    "Many",
    "Much",
    "More",
    "Less",
    "Like",
    "Unlike",
    "Including",
    "Following",
    "Without",
    "Within",
    "Through",
    "Across",
    "Between",
    "Against",
    "Into",
    "Outside",
    "Inside",
    "Our",
    "Everyone",
    "Nobody",
    "Someone",
    "Police",
    "Officials",
];

/// Initials in capitals that name a field, a measure or a kind of thing, not a body: "IT
/// spending", "AI chips", "GDP growth", "EV sales".
const TERM_ACRONYMS: &[&str] = &[
    "IT", "AI", "EV", "EVs", "GDP", "CPI", "PPI", "PMI", "VAT", "LNG", "GPU", "GPUs", "CPU",
    "CPUs", "HIV", "DNA", "RNA", "TV", "PC", "PCs", "IPO", "IPOs", "ETF", "ETFs", "ESG", "SUV",
    "SUVs", "ICU", "CEO", "CEOs", "CFO", "LGBTQ", "COVID", "STEM", "HR", "PR", "IVF", "MRI", "ATM",
    "ATMs", "AGI",
];

/// Is `w`, with `next` the word after it, a term in capitals before a lowercase noun ("IT
/// spending rose", "Global IT budgets", "AI chips"): a word of the noun, no name? Before a
/// capitalised word it may be inside a name ("the EU AI Act").
fn term_before_noun(w: &str, next: Option<&str>) -> bool {
    next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_lowercase())) && is_term_acronym(w)
}

/// Is `w` one of `TERM_ACRONYMS`, as written?
pub(super) fn is_term_acronym(w: &str) -> bool {
    (2..=5).contains(&w.len()) && w.as_bytes()[1].is_ascii_uppercase() && TERM_ACRONYMS.contains(&w)
}

/// Sentence-initial and function words that are capitalized without being names. A hash set
/// with a fast hash: this runs for every capitalized word of an article.
pub(super) fn is_not_name(word: &str) -> bool {
    static SET: std::sync::LazyLock<FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| NOT_NAMES.iter().copied().collect());
    SET.contains(word)
}

/// Where the story's words start after a dateline that opens `sentence` ("GENEVA (Reuters) - ",
/// "KYIV, Ukraine (AP) — ", "SPRINGFIELD — "): after a dash within its first 80 bytes, when
/// what comes before it ends with an agency in brackets or starts with a word in capitals.
pub(super) fn dateline_end(sentence: &str) -> Option<usize> {
    // A byte check first: most sentences open no dateline. The first dash between spaces, by
    // its first byte ('-', or 0xE2 of "—" and "–"), not by three searches for the strings.
    let head = sentence.get(..sentence.len().min(80))?;
    let b = head.as_bytes();
    let (dash, len) = memchr::memchr2_iter(b'-', 0xE2, b).find_map(|i| {
        if i == 0 || b[i - 1] != b' ' {
            return None;
        }
        let rest = &head[i..];
        ["- ", "— ", "– "]
            .iter()
            .find(|d| rest.starts_with(**d))
            .map(|d| (i - 1, d.len() + 1))
    })?;
    let before = head[..dash].trim_end();
    let first = before.split([' ', ',']).next()?;
    let caps = first.len() >= 3
        && first
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-' || c == '\'');
    // "Tokyo — ", "Nairobi, Kenya — ": a place in mixed case, as `noise` reads it.
    (before.ends_with(')') || caps || super::noise::place_dash_end(sentence) == dash + len)
        .then_some(dash + len)
}

/// Capitalized names in a sentence (runs of capitalized words), with their byte offsets.
///
/// "of" and "for" join a name that names an institution ("Bank of England", "Secretary of
/// State"), "and" one whose second half does ("National Oceanic and Atmospheric
/// Administration"). A lone capitalised first word is a name only when it acts like one: an
/// acronym, a possessive, or followed by a verb ("Biden said"), never "Roughly" or "Call".
#[cfg(test)]
pub(super) fn names_in<'a>(sentence: &'a str, words: &[(usize, &'a str)]) -> Vec<(usize, &'a str)> {
    let mut out = Vec::new();
    names_into(sentence, words, &mut out);
    out
}

/// `names_in`, pushed onto `out` (a buffer the caller reuses).
pub(super) fn names_into<'a>(
    sentence: &'a str,
    words: &[(usize, &'a str)],
    out: &mut Vec<(usize, &'a str)>,
) {
    // The run of words of the name being read, in a buffer kept from call to call.
    thread_local! {
        static RUN: std::cell::Cell<Vec<(usize, &'static str)>> =
            const { std::cell::Cell::new(Vec::new()) };
    }
    let mut run: Vec<(usize, &str)> = super::recycle(RUN.take());
    let first_word = words.first().map(|(s, _)| *s);
    // "GENEVA (Reuters) - Global coffee exports fell": the word after a dateline opens the
    // story's sentence as the first word does.
    let after_dateline = dateline_end(sentence);
    let first = |at: usize| Some(at) == first_word || Some(at) == after_dateline;
    let mut flush = |run: &mut Vec<(usize, &str)>, next: Option<&str>| {
        // Most words end no run: nothing to read or clear.
        if run.is_empty() {
            return;
        }
        // Dropped at once: removing one at a time from the front is quadratic in the run's
        // length ("Mr. Mr. Mr. …").
        let leading = run.iter().take_while(|(_, w)| is_not_name(w)).count();
        run.drain(..leading);
        // "West Mercia Police", "Metropolitan Police": "Police" alone is no name, but it ends
        // one after a name's words
        while run.last().is_some_and(|(_, w)| {
            (is_not_name(w) && !(*w == "Police" && run.len() >= 2)) || is_joiner(w)
        }) {
            run.pop();
        }
        // "Chipmaker Veltrix Corp.", "Striker Tom Reyes": a role noun capitalised only because
        // it opens the sentence describes the name after it.
        if run.len() >= 2 && first(run[0].0) && super::restate::is_role_noun(run[0].1) {
            run.remove(0);
        }
        if run.len() == 1 && first(run[0].0) {
            let (at, w) = run[0];
            // "NASA", and "U.S." with its full stops.
            let acronym = w.len() >= 2
                && w.chars().all(|c| c.is_uppercase() || c == '.')
                && w.chars().filter(|c| c.is_uppercase()).count() >= 2;
            let after = &sentence[at + w.len()..];
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            // "Delta also said", "Park later told": an adverb between the name and its verb.
            // The adverb as written after one plain space, never counted past another.
            let between = next
                .filter(|adv| {
                    one_of!(super::claimant::BETWEEN, adv)
                        && !one_of!(MAIN_VERBS, adv)
                        && after.len() > adv.len() + 1
                })
                .and_then(|adv| after.strip_prefix(' ')?.strip_prefix(adv));
            let (after, next) = match between {
                Some(rest) => {
                    let verb = rest
                        .strip_prefix(' ')
                        .map(|r| &r[..r.find([' ', ',', '.']).unwrap_or(r.len())]);
                    (rest, verb)
                }
                _ => (after, next),
            };
            // "Barcelona beat Real Madrid", "Ford cut 500 jobs": an irregular past too, before
            // a name or a figure it acts on.
            let verb = next.is_some_and(|n| {
                one_of!(MAIN_VERBS, n)
                    // "Nvidia forecast revenue of …", "Ofgem says": a verb of speech.
                    || (n.starts_with(char::is_lowercase) && super::claimant::is_speech_verb(n))
                    || (n.len() >= 5 && n.ends_with("ed") && n.starts_with(char::is_lowercase))
                    // "Denmark holds the presidency", "Norway remains outside the EU": a
                    // country before a verb in the present.
                    || (exactly_one_of!(super::decompose::PRESENT, n) && is_country(w))
                    // "Leeds won 3-1", "Wolves beat Everton 2-0": a side before a verb and a
                    // score, its name ending in "s" or not.
                    || (super::decompose::is_participle(n)
                        && after
                            .strip_prefix(' ')
                            .and_then(|r| r.strip_prefix(n))
                            .is_some_and(score_after))
                    || (super::decompose::is_participle(n)
                        // "Storms hit Ohio": a plural is read by the caller.
                        && !w.ends_with('s')
                        && after
                            .strip_prefix(' ')
                            .and_then(|r| r.strip_prefix(n))
                            .and_then(|r| r.strip_prefix(' '))
                            .is_some_and(|o| {
                                o.starts_with(|c: char| {
                                    c.is_ascii_uppercase() || c.is_ascii_digit()
                                })
                            }))
                    // "Corvane cut its forecast", "Jefferies cut its rating": "its" after the
                    // verb tells of the head's own thing, so the head is one body that acts,
                    // whatever its last letter.
                    || (super::decompose::is_participle(n)
                        && after
                            .strip_prefix(' ')
                            .and_then(|r| r.strip_prefix(n))
                            .is_some_and(|o| o.starts_with(" its ")))
            }) && !after.starts_with(',');
            // "Apple on Monday unveiled …", "Nvidia on Wednesday reported …": the day put
            // between a name and its verb (an agency's style).
            let verb = verb
                || after
                    .strip_prefix(" on ")
                    .and_then(|r| r.split_once(' '))
                    .is_some_and(|(day, r)| {
                        is_weekday(day)
                            && r.split([' ', ',']).next().is_some_and(|v| {
                                one_of!(MAIN_VERBS, v)
                                    || (v.len() >= 4
                                        && v.ends_with("ed")
                                        && v.starts_with(char::is_lowercase))
                            })
                    });
            // "Tom, 80, a retired engineer, said": an appositive follows a name.
            // "Nimbus, founded in 2011 by …": a participle that says where or when something
            // began or belongs describes a name.
            let appositive = after.strip_prefix(", ").is_some_and(|r| {
                r.starts_with(|c: char| c.is_ascii_digit())
                    || ["a ", "an ", "the ", "who ", "which "]
                        .iter()
                        .any(|p| r.starts_with(p))
                    || r.split(' ').next().is_some_and(|p| {
                        matches!(
                            p,
                            "founded"
                                | "based"
                                | "headquartered"
                                | "established"
                                | "owned"
                                | "born"
                        )
                    })
                    // "Trump, speaking at the White House, said", "Smith, asked about the
                    // deal, told": a participle's phrase between a word and its verb of speech
                    // (not "Meanwhile, speaking to reporters, Smith said").
                    || r.split(' ').next().is_some_and(|p| {
                        (p.len() > 5
                            && p.ends_with("ing")
                            && p.bytes().all(|b| b.is_ascii_lowercase())
                            || p == "asked")
                            && super::find_str(r, ", ")
                                .and_then(|c| r[c + 2..].split([' ', ',', '.']).next())
                                .is_some_and(super::claimant::is_speech_verb)
                    })
            }) && !w.ends_with("ly");
            // "Apple and Google agreed", "Hungary and Slovakia still ban": a word joined by
            // "and" to a name right after it is a name too.
            let coordinated = after
                .strip_prefix(" and ")
                .and_then(|r| r.split([' ', ',', '.']).next())
                .is_some_and(|n| {
                    n.len() >= 2
                        && n != w
                        && n.starts_with(|c: char| c.is_ascii_uppercase())
                        && n[1..].starts_with(|c: char| c.is_ascii_lowercase())
                        && !is_not_name(n)
                });
            // "Inflation is coming down", "Unemployment rose": a word built as an abstract
            // noun is a common word, whatever follows it.
            let common = common_noun_shape(w) || measure_noun(w);
            // "Boeing shares fell", "Tesla stock rose": a company's own shares before a verb
            // (not a sector's, "Bank shares fell", or a people's, "Chinese stocks").
            let traded = [" shares ", " stock "]
                .iter()
                .find_map(|p| after.strip_prefix(p))
                .and_then(|r| r.split([' ', ',', '.']).next())
                .is_some_and(|v| {
                    one_of!(MAIN_VERBS, v)
                        || (v.len() >= 4 && v.ends_with("ed") && v.starts_with(char::is_lowercase))
                })
                && !is_sector(w);
            if !(acronym
                || possessive
                || traded
                || ((verb || appositive || coordinated) && !common))
            {
                run.clear();
            }
        }
        if let (Some(first), Some(last)) = (run.first(), run.last()) {
            let mut end = last.0 + last.1.len();
            // "Veltrix Corp.": an abbreviation's full stop is the name's.
            // "the U.S.", "Washington, D.C.": so is the last full stop of capitals with full
            // stops between them.
            if (is_abbreviation(last.1) || dotted_capitals(last.1))
                && sentence[end..].starts_with('.')
            {
                end += 1;
            }
            end += owned_s(&sentence[end..]);
            out.push((first.0, &sentence[first.0..end]));
        }
        run.clear();
    };
    let capital = |w: &str| {
        // A word that opens with an ASCII byte other than a capital, '.' or '&' (most words)
        // is neither, without decoding it.
        if let Some(&b) = w.as_bytes().first()
            && b.is_ascii()
            && !b.is_ascii_uppercase()
            && b != b'.'
            && b != b'&'
        {
            return false;
        }
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            || (w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&'))
    };
    for (i, &(start, w)) in words.iter().enumerate() {
        let w = w.trim_end_matches('.');
        let next = words.get(i + 1).map(|(_, n)| n.trim_end_matches('.'));
        if w.is_empty() {
            flush(&mut run, next);
            continue;
        }
        // "Robert F. Kennedy Jr.", "J. K. Rowling": an initial, a capital and its full stop,
        // stands in a name after a name's word or at the sentence's start, when a capitalised
        // word follows it ("vitamin D. Researchers" holds none).
        let initial = (!run.is_empty() || i == 0)
            && w.len() == 1
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && sentence[start + 1..].starts_with(". ")
            && next.is_some_and(|n| n.starts_with(char::is_uppercase));
        if ((capital(w) || initial) && !term_before_noun(w, next))
            || elided_capital(w, &sentence[start + w.len()..])
            || (!run.is_empty() && sentence[..start].ends_with(' ') && hyphened_particle(w))
        {
            run.push((start, w));
        } else if run.last().is_some_and(|&(at, l)| {
            !is_not_name(l) && sentence.get(at + l.len()..start) == Some(" ")
        }) && number_in_name(w, &sentence[start + w.len()..], next)
        {
            // "The S&P 500 closed", "a Boeing 737 Max", "Apollo 13": a small number right
            // after a name's word is part of the name.
            run.push((start, w));
            continue;
        } else if w == "s"
            && next.is_some_and(|n| {
                matches!(
                    n,
                    "Hospital"
                        | "College"
                        | "University"
                        | "Church"
                        | "Cathedral"
                        | "School"
                        | "Infirmary"
                        | "Academy"
                        | "Abbey"
                        | "Chapel"
                )
            })
            && run.last().is_some_and(|&(at, l)| {
                matches!(sentence.get(at + l.len()..start), Some("'" | "’"))
            })
        {
            // "St. Mary's Hospital", "Boston Children's Hospital", "King's College": an
            // owner's "'s" before an institution's noun is inside its name.
            run.push((start, w));
            continue;
        } else if !run.is_empty()
            && joins(w, &run, &words[i + 1..])
            && sentence[..start].ends_with(' ')
        {
            run.push((start, w));
            continue;
        } else if !run.is_empty() {
            flush(&mut run, Some(w));
        }
        // Punctuation right after a word ends the name ("Rogozin, head of …"), and so does a
        // dash set off by spaces ("LONDON — Mary Smith": a dateline's place, then a person).
        // Asked only of a run being read: an empty one has nothing to end.
        let after = &sentence[start + w.len()..];
        if !run.is_empty()
            && (after.starts_with([',', ';', ':', '(', ')', '“', '”', '"'])
                // "the Office for National Statistics (ONS) said": a bracket ends the name.
                || after.starts_with(" (")
                || after.starts_with(" —")
                || after.starts_with(" –")
                || after.starts_with(" - "))
        {
            flush(&mut run, next);
        }
    }
    flush(&mut run, None);
    RUN.set(super::recycle(run));
    // "the California-based company", "the Santa Clara, California-based chipmaker": a word
    // that says where something is based, and the place before it, describe the noun after
    // them; neither is a name of the sentence.
    if out.iter().any(|(_, n)| describes_by_place(n)) {
        out.retain(|&(at, n)| {
            !describes_by_place(n)
                && !sentence[at + n.len()..]
                    .strip_prefix(", ")
                    .and_then(|r| r.split(' ').next())
                    .is_some_and(describes_by_place)
        });
    }
}

/// "Majed al-Ansari", "Bashar al-Assad", "Abdel Fattah el-Sisi": an Arabic article joined by a
/// hyphen to a capitalised surname goes on the name before it, though it opens in lower case.
pub(super) fn hyphened_particle(word: &str) -> bool {
    [
        "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "ul-", "ud-",
    ]
    .iter()
    .find_map(|p| word.strip_prefix(p))
    .is_some_and(|r| {
        let mut cs = r.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase())
            && cs.next().is_some_and(|c| c.is_ascii_lowercase())
    })
}

/// "O'Connor", "D’Amato", "N'Golo": a capital letter alone (`word`) whose apostrophe, straight or
/// curly, joins it to a capitalised word right after it (`after`) opens that word's name; the
/// two are one word of a name, not a letter and a name.
pub(super) fn elided_capital(word: &str, after: &str) -> bool {
    word.len() == 1
        && word.as_bytes()[0].is_ascii_uppercase()
        && after
            .strip_prefix('\'')
            .or_else(|| after.strip_prefix('’'))
            .is_some_and(|r| {
                let mut cs = r.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.next().is_some_and(char::is_lowercase)
            })
}

/// Does `rest` (the text after a verb) open with a score ("3-1", "2–0"), or a capitalised name
/// of one word and a score ("Everton 2-0")?
pub(super) fn score_after(rest: &str) -> bool {
    let is_score = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';']);
        w.split_once(['-', '–']).is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.len() <= 2
                && b.len() <= 2
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        })
    };
    let mut next = rest.trim_start().split(' ');
    let first = next.next().unwrap_or("");
    is_score(first)
        || (first.starts_with(|c: char| c.is_ascii_uppercase())
            && next.next().is_some_and(is_score))
}

/// A capitalised word joined by a hyphen to a participle that says where or by whom something
/// is based, owned or made ("California-based", "state-owned" written "State-owned",
/// "Saudi-backed", "Texas-born").
fn describes_by_place(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty()
            && !head.contains(' ')
            && one_of!(
                &[
                    "based",
                    "born",
                    "owned",
                    "backed",
                    "led",
                    "listed",
                    "made",
                    "funded",
                    "linked",
                    "run",
                    "headquartered",
                    "bred",
                    "registered",
                    "flagged",
                ],
                tail
            )
    })
}

/// The bytes of an "'s" that belongs to the name just before `rest`: a business named for its
/// founder ("Moody's downgraded the bank", "Sainsbury's said profits rose", "McDonald's will
/// close") is followed by a verb, where a possessive is followed by what it owns ("Apple's
/// shares", "Biden's proposed tariffs"). A past form in "-ed" counts as the verb only before a
/// determiner ("Moody's downgraded the", not "Tesla's delayed launch"). 0 when it is no such "'s".
fn owned_s(rest: &str) -> usize {
    // An apostrophe, straight or curly (its first byte), or nothing to read.
    if !matches!(rest.as_bytes().first(), Some(b'\'' | 0xE2)) {
        return 0;
    }
    let Some((n, after)) = ["'s ", "’s "]
        .iter()
        .find_map(|p| rest.strip_prefix(p).map(|r| (p.len() - 1, r)))
    else {
        return 0;
    };
    let mut next = after.split([' ', ',', '.', ';', ':']);
    let verb = next.next().unwrap_or("");
    let then = next.next().unwrap_or("");
    // "Jackson's will was read": a noun.
    // "Moody's cut the rating", "Macy's set a record": an irregular past, like a past in "-ed",
    // only before a determiner ("Trump's cut to taxes", "Apple's hit show" are nouns owned).
    let is_verb = (one_of!(MAIN_VERBS, verb) && (verb != "will" || !one_of!(MAIN_VERBS, then)))
        || (((verb.len() >= 5 && verb.ends_with("ed"))
            || exactly_one_of!(super::decompose::IRREGULAR, verb))
            && verb.bytes().all(|b| b.is_ascii_lowercase())
            && one_of!(&["the", "a", "an", "its", "their", "his", "her"], then));
    if is_verb { n } else { 0 }
}

/// Does `after` (the text after a name) start with a role noun in lower case and a capitalised
/// name after it (" carmaker Ford", " smartphone maker Xiaomi")?
fn role_then_name(after: &str) -> bool {
    let b = after.as_bytes();
    if b.len() < 4 || b[0] != b' ' || !b[1].is_ascii_lowercase() {
        return false;
    }
    let mut words = after.split(' ').skip(1);
    let mut w = words.next().unwrap_or("");
    // "smartphone maker", "drug maker": a noun before "maker".
    if words.clone().next() == Some("maker") {
        w = words.next().unwrap_or("");
    }
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && words
            .next()
            .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()))
        && (w == "maker" || super::restate::is_role_noun(w))
}

/// Is `w` built as an English abstract noun ("Inflation", "Unemployment", "Security",
/// "Leadership") or a compound of a verb and a particle ("Turnout", "Shutdown", "Rainfall")? No
/// given name or surname of six letters or more is, so a capitalised word of this shape at the
/// head of a sentence is a common word.
pub(super) fn common_noun_shape(w: &str) -> bool {
    w.len() >= 6
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && [
            "tion", "sion", "ment", "ness", "ity", "ism", "ship", "out", "down", "fall",
        ]
        .iter()
        .any(|x| w.ends_with(x))
}

/// A day of the week, capitalised.
pub(super) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// A singular noun of what is counted or measured that opens a sentence of figures ("Revenue
/// rose 8%", "Attendance fell", "Profit doubled"): a common word, never a company's name,
/// though a verb follows it as one follows "Boeing".
pub(super) fn measure_noun(w: &str) -> bool {
    matches!(
        w,
        "Revenue"
            | "Profit"
            | "Output"
            | "Attendance"
            | "Turnover"
            | "Income"
            | "Growth"
            | "Demand"
            | "Spending"
            | "Ridership"
            | "Enrollment"
            | "Enrolment"
            | "Traffic"
            | "Production"
            | "Debt"
            | "Crime"
            | "Supply"
            | "Borrowing"
            | "Trade"
            | "Volume"
            | "Funding"
            | "Hiring"
            | "Inventory"
            | "Viewership"
            | "Readership"
            | "Footfall"
    )
}

/// A particle of a surname, in lower case ("Erik ten Hag", "Laurence des Cars"): it neither
/// makes nor breaks a person's name.
pub(super) fn is_particle(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && is_joiner(w)
        && !matches!(w, "of" | "for" | "and")
}

fn is_joiner(w: &str) -> bool {
    matches!(
        w,
        "of" | "for"
            | "and"
            | "de"
            | "del"
            | "van"
            | "von"
            | "der"
            | "al"
            | "bin"
            | "da"
            | "le"
            | "la"
            | "ten"
            | "ter"
            | "du"
            | "di"
            | "des"
            | "dos"
            | "das"
            | "den"
    )
}

/// Does a lower-case `word` continue the name in `run`, given the words after it?
/// A number that goes on a name ("S&P 500", "Windows 11", "Route 66"): a plain integer of one
/// to four digits that is no year, glued to no sign or unit ("Ohio 3%", "Tesla 3-1"), and not
/// counting what follows it ("Apple 10 years", "Texas 3 million", "Hire 998 teachers").
fn number_in_name(w: &str, after: &str, next: Option<&str>) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 4 || !b.iter().all(u8::is_ascii_digit) || b[0] == b'0' {
        return false;
    }
    if b.len() == 4 && (b.starts_with(b"19") || b.starts_with(b"20")) {
        return false;
    }
    let after = after.trim_start_matches('.');
    let glued = after
        .chars()
        .next()
        .is_some_and(|c| !matches!(c, ' ' | ',' | ';' | ')' | '\n'));
    let figure = after.starts_with(", ") && after[2..].starts_with(|c: char| c.is_ascii_digit());
    let counted = next.is_some_and(|n| {
        n.starts_with(|c: char| c.is_ascii_digit())
            || (n.starts_with(|c: char| c.is_ascii_lowercase())
                && n.ends_with('s')
                && !n.ends_with("ss"))
            || one_of!(
                &[
                    "million", "billion", "trillion", "thousand", "hundred", "percent", "per",
                    "points", "point", "years", "year", "months", "days", "weeks", "hours",
                    "minutes", "people", "times", "to",
                ],
                n
            )
    });
    !(glued || figure || counted)
}

fn joins(word: &str, run: &[(usize, &str)], rest: &[(usize, &str)]) -> bool {
    let capital_at = |k: usize| {
        rest.get(k).is_some_and(|(_, n)| {
            n.starts_with(char::is_uppercase) && !is_not_name(n.trim_end_matches('.'))
        })
    };
    let next_capital = capital_at(0);
    // "Office for the Coordination of Humanitarian Affairs", "Department of the Interior":
    // "the" after the "of" or "for" of an institution's name, before a capitalised word.
    if word == "the" {
        return next_capital && run.last().is_some_and(|(_, w)| matches!(*w, "of" | "for"));
    }
    let the_then_capital = matches!(word, "of" | "for")
        && rest.first().is_some_and(|(_, n)| *n == "the")
        && capital_at(1);
    // "Ursula von der Leyen", "Rafael van der Vaart", "Andrés de la Fuente": two particles.
    let particles_then_capital =
        is_particle(word) && rest.first().is_some_and(|(_, n)| is_particle(n)) && capital_at(1);
    if !next_capital && !the_then_capital && !particles_then_capital {
        return false;
    }
    // "Center", and "Centers" as in "Centers for Disease Control", "National Institutes of
    // Health".
    let head = |w: &str| {
        is_org_word(w)
            || INSTITUTION_HEADS.contains(&w)
            || w.strip_suffix('s')
                .is_some_and(|b| is_org_word(b) || INSTITUTION_HEADS.contains(&b))
    };
    match word {
        // "Office for the Coordination of Humanitarian Affairs": after the institution's "of"
        // or "for", an abstract noun takes an "of" of its own.
        "of" | "for" => run.last().is_some_and(|(_, w)| {
            head(w)
                || (common_noun_shape(w) && run.iter().any(|(_, x)| matches!(*x, "of" | "for")))
                // "Communications Workers of America", "National Farmers of Ohio": a body
                // named for its members' trade, after a word of its own (so "Fans of Liverpool"
                // opening a sentence stays people).
                || (word == "of" && run.len() >= 2 && members_plural(w))
        }),
        "and" => {
            // The capitalised run after "and" ends with an organisation word.
            let mut tail = rest
                .iter()
                .take_while(|(_, n)| n.starts_with(char::is_uppercase));
            let last = tail.clone().last();
            let len = tail.by_ref().count();
            let institutional = run.iter().any(|(_, w)| matches!(*w, "of" | "for"));
            last.is_some_and(|(_, n)| {
                let n = n.trim_end_matches('.');
                head(n)
                    // "Centers for Disease Control and Prevention", "Department of Health and
                    // Human Services": after "of" or "for", a short run of abstract nouns goes
                    // on with the institution's field.
                    || (institutional && len <= 2 && common_noun_shape(n))
            })
        }
        // "Erik ten Hag", "Daphne du Maurier": a particle of a surname.
        // "Laurence des Cars", "Joao dos Santos".
        "de" | "del" | "van" | "von" | "der" | "al" | "bin" | "da" | "le" | "la" | "ten"
        | "ter" | "du" | "di" | "des" | "dos" | "das" | "den" => true,
        _ => false,
    }
}

/// Is `w` a capitalised plural of people of a trade or standing that names the body they form
/// ("Workers", "Steelworkers", "Teachers", "Veterans"), as in "Communications Workers of
/// America"?
fn members_plural(w: &str) -> bool {
    w.ends_with("workers")
        || matches!(
            w,
            "Workers"
                | "Employees"
                | "Teachers"
                | "Nurses"
                | "Engineers"
                | "Machinists"
                | "Farmers"
                | "Growers"
                | "Manufacturers"
                | "Producers"
                | "Exporters"
                | "Importers"
                | "Employers"
                | "Retailers"
                | "Realtors"
                | "Builders"
                | "Brokers"
                | "Bankers"
                | "Physicians"
                | "Surgeons"
                | "Pilots"
                | "Veterans"
                | "Musicians"
                | "Writers"
                | "Mayors"
        )
}

/// Heads of institutional names that take "of" ("Secretary of State", "Duke of York").
const INSTITUTION_HEADS: &[&str] = &[
    "Administration",
    "Secretary",
    "Minister",
    "Ministry",
    "Duke",
    "Duchess",
    "Prince",
    "Princess",
    "King",
    "Queen",
    "Bank",
    "Bureau",
    "Chamber",
    "Church",
    "Commission",
    "Commissioner",
    "Department",
    "Institute",
    "School",
    "Museum",
    "Society",
    "Federation",
    "Republic",
    "Kingdom",
    "Sea",
    "Gulf",
    "Bay",
    "Isle",
    "Port",
    "Cape",
    "Lake",
    "Mount",
    "Statue",
    "Tower",
    "Chancellor",
    "Speaker",
    "Governor",
    "Mayor",
    "Attorney",
    "General",
    "Chief",
    "Director",
    "Head",
    "President",
    "Board",
    "Court",
    "Office",
    "House",
    "College",
    "University",
    "Agency",
    "Council",
    "Association",
    "Union",
    "Assembly",
    "Centre",
    "Center",
    "Organization",
    "Organisation",
    "Authority",
    "Fund",
    "Academy",
];

pub(super) const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "of",
    "from",
    "to",
    "for",
    "with",
    "by",
    "amid",
    "against",
    "into",
    "over",
    "under",
    "about",
    "after",
    "before",
    "since",
    "during",
    "between",
    "through",
    "within",
    "toward",
    "towards",
    "across",
    "near",
    "than",
    "like",
    "via",
    "per",
    "including",
    "along",
    "around",
    "beyond",
    "behind",
    "below",
    "above",
    "beside",
    "throughout",
    "aboard",
    "onto",
    "upon",
    "without",
];
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
];
pub(super) const CONNECTORS: &[&str] = &[
    "but",
    "and",
    "then",
    "nevertheless",
    "however",
    "meanwhile",
    "also",
    "so",
    "yet",
    "still",
    // "Separately, Israel and Hamas agreed …": words that only link the story's items.
    "separately",
    "additionally",
    "moreover",
    "furthermore",
];
pub(super) const SUBORDINATORS: &[&str] = &[
    "after",
    "when",
    "while",
    "although",
    "though",
    "if",
    "as",
    "because",
    "since",
    "before",
    "recalling",
    "despite",
    "once",
    "unless",
    "until",
    "whereas",
];
/// Common verbs of news sentences: where one stands, the subject is behind it.
pub(super) const MAIN_VERBS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "said",
    "says",
    "told",
    "will",
    "would",
    "could",
    "can",
    "did",
    "does",
    "became",
    "joined",
    "received",
    "added",
    "explained",
    "asked",
    "threatened",
    "tweeted",
    "offered",
    "continues",
    "expressed",
    "addressed",
    "announced",
    "reported",
    "confirmed",
    "denied",
    "claimed",
    "warned",
    "urged",
    "called",
    "signed",
    "launched",
    "won",
    "lost",
    "rose",
    "fell",
    "died",
    // "-ed" verbs of four letters, too short for `decompose::is_participle`'s rule
    "used",
    "owed",
    "sued",
    "agreed",
    "decided",
    "approved",
    "rejected",
    "plans",
    "wants",
    "wrote",
    "argued",
    "insisted",
    "admitted",
    "estimated",
    "found",
    "showed",
    "made",
    "took",
    "gave",
    "led",
    "met",
    "left",
    "returned",
    "arrived",
];
const ORG_WORDS: &[&str] = &[
    "Agency",
    "Administration",
    "Service",
    "Commission",
    "Organization",
    "Organisation",
    "Foundation",
    "Authority",
    "Bureau",
    "Corporation",
    "Group",
    "Police",
    "Institute",
    "Center",
    "Centre",
    "University",
    "Station",
    "Space",
    "Program",
    "Academy",
    "Army",
    "Journal",
    "Tribune",
    "News",
    "Sports",
    "Radio",
    "Television",
    "Times",
    "Post",
    "Street",
    "Ministry",
    "Department",
    "Council",
    "Party",
    "Court",
    "Company",
    "Inc",
    "Corp",
    "Bank",
    "Committee",
    "Institute",
    "Association",
    "Union",
    "Media",
    "Government",
    "State",
    "States",
    "Kingdom",
    "Republic",
    "Office",
    "House",
    "Senate",
];

/// Last words of a business's or a service's name that are also surnames ("Harvest Mills",
/// "Cal Fire", "Sunrise Farms"); `org_by_last_word` tells them apart by the given name.
const ORG_LAST_WORDS: &[&str] = &[
    "Mills",
    "Farms",
    "Works",
    "Markets",
    "Fire",
    "Rescue",
    "Transit",
    "Dairy",
    "Bakery",
    "Brewery",
    "Hotels",
    "Resorts",
    "Outfitters",
    "Motors",
    // "Ford Motor", "Hyundai Motor": a carmaker named without "Co.".
    "Motor",
    "Foods",
    "Rail",
    "Airport",
    "City",
    "United",
    "Rovers",
    "Athletic",
    "Wanderers",
];

/// Common nouns that end the names of firms, research houses and bodies and are no common
/// surname ("Sensor Tower", "Energy Aspects", "Capital Economics", "Data Bridge"):
/// `org_by_last_word` reads them as it reads `ORG_LAST_WORDS`, so a common given name first
/// still makes a person ("Tom Tower").
#[rustfmt::skip]
const BUSINESS_LAST_WORDS: &[&str] = &[
    "Tower", "Bridge", "Aspects", "Partners", "Capital", "Research", "Analytics", "Insights",
    "Economics", "Intelligence", "Labs", "Systems", "Solutions", "Technologies", "Networks",
    "Network", "Holdings", "Ventures", "Advisors", "Advisers", "Associates", "Consulting",
    "Securities", "Logistics", "Dynamics", "Robotics", "Therapeutics", "Pharmaceuticals",
    "Pharma", "Brands", "Studios", "Entertainment", "Airlines", "Airways", "Energy",
    "Petroleum", "Mining", "Electronics", "Resources", "Minerals", "Chemicals", "Software", "Telecom",
    "Communications", "Insurance", "Financial", "Investments", "Industries", "Enterprises",
    "Healthcare", "Health", "Global", "International", "Trust", "Watch", "Alliance",
    "Coalition", "Project", "Initiative", "Forum", "Clinic", "Hospital", "Monitor",
];

/// Words of organisations' names that are common surnames too ("Samantha Power", "Emily
/// Post", "Michelle Steel"): after a common given name they end a person's name.
const SURNAME_ORG_WORDS: &[&str] = &["Power", "Post", "Press", "Bank", "Steel", "Court", "House"];

/// A common given name and a surname that is also an organisation's word, and nothing else
/// ("Samantha Power said", "Emily Post wrote"; not "Sunrise Power", "Mary Baker Hospital").
pub(super) fn given_name_then_org_word(name: &str) -> bool {
    name.split_once(' ')
        .is_some_and(|(given, last)| SURNAME_ORG_WORDS.contains(&last) && lone_given_name(given))
}

/// Common given names: "Janet Mills" is a person, "Harvest Mills" a business.
#[rustfmt::skip]
const GIVEN_NAMES: &[&str] = &[
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul",
    "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward",
    "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen",
    "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank", "Gregory", "Raymond",
    "Alexander", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Henry", "Peter", "Adam",
    "Nathan", "Zachary", "Walter", "Kyle", "Harold", "Carl", "Jeremy", "Keith", "Roger", "Gerald",
    "Ethan", "Arthur", "Terry", "Christian", "Sean", "Lawrence", "Austin", "Joe", "Noah", "Jesse",
    "Albert", "Bryan", "Billy", "Bruce", "Willie", "Jordan", "Dylan", "Alan", "Ralph", "Gabriel",
    "Roy", "Juan", "Wayne", "Eugene", "Logan", "Randy", "Louis", "Russell", "Vincent", "Philip",
    "Bobby", "Johnny", "Bradley", "Tom", "Jim", "Mary", "Patricia", "Jennifer", "Linda",
    "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty",
    "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol",
    "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia",
    "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Emma",
    "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet",
    "Ruth", "Maria", "Heather", "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia",
    "Kelly", "Christina", "Lauren", "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea",
    "Hannah", "Martha", "Jacqueline", "Frances", "Gloria", "Ann", "Anne", "Teresa", "Kathryn",
    "Sara", "Janice", "Jean", "Alice", "Madison", "Doris", "Abigail", "Julia", "Judy", "Grace",
    "Denise", "Amber", "Marilyn", "Beverly", "Danielle", "Theresa", "Sophia", "Marie", "Diana",
    "Brittany", "Natalie", "Isabella", "Charlotte", "Rose", "Alexis", "Kayla", "Jane", "Ellen",
    "Kate", "Claire", "Sue", "Liz", "Meg", "Beth", "Tim", "Tony", "Ben", "Sam", "Dan", "Mike",
    "Dave", "Bob", "Bill", "Steve", "Chris", "Matt", "Nick", "Ted", "Ed", "Ken", "Jeff",
    // Given names common in Europe, Latin America, Africa and Asia ("Bruno Fernandes",
    // "Diogo Dalot", "Mohamed Salah"); not those that are also a city's or a firm's first word
    // ("Sofia", "Hugo"), nor a month's abbreviation ("Jan").
    "Bruno", "Marcus", "Diogo", "Paulo", "Carlos", "Luis", "Jose", "Kylian", "Erling", "Mohamed",
    "Luka", "Virgil", "Harry", "Jude", "Bukayo", "Martin", "Lionel", "Cristiano", "Antoine",
    "Karim", "Joao", "Rafael", "Sergio", "Pedro", "Alvaro", "Marco", "Federico", "Lorenzo",
    "Matteo", "Giorgio", "Hans", "Jurgen", "Mikel", "Xavi", "Andres", "Rodrigo", "Ivan", "Dmitry",
    "Sergei", "Vladimir", "Yuki", "Hiroshi", "Kenji", "Ahmed", "Ali", "Omar", "Hassan", "Ibrahim",
    "Youssef", "Sadio", "Didier", "Emmanuel", "Olivier", "Pierre", "Francois", "Nicolas", "Theo",
    "Raphael", "Piotr", "Lars", "Sven", "Erik", "Magnus", "Alejandro", "Diego", "Javier",
    "Manuel", "Miguel", "Antonio", "Fernando", "Pablo", "Mateo", "Leonardo", "Giovanni",
    "Francesco", "Stefan", "Andreas", "Klaus", "Wolfgang", "Mohammed", "Muhammad", "Mustafa",
    "Yusuf", "Emre", "Mehmet", "Oleksandr", "Andriy", "Viktor", "Mykola", "Elena", "Olga",
    "Irina", "Fatima", "Aisha", "Leila", "Yasmin", "Ana", "Lucia", "Isabel", "Giulia", "Chiara",
    "Ingrid", "Astrid",
];

/// A common given name alone ("David said", "her daughter, Claire,"): a person, unless it also
/// names a place (a country, a state, a city: "Jordan", "Virginia", "Austin") or a faith.
pub(super) fn lone_given_name(word: &str) -> bool {
    is_given_name(word)
        && !matches!(
            word,
            "Jordan" | "Virginia" | "Madison" | "Austin" | "Charlotte" | "Victoria" | "Christian"
        )
}

/// Is `word` one of `GIVEN_NAMES` (asked of many names: one set, built once)?
fn is_given_name(word: &str) -> bool {
    static SET: std::sync::LazyLock<FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| GIVEN_NAMES.iter().copied().collect());
    SET.contains(word)
}

/// A name of two or three words whose last word is a business's or a service's ("Harvest
/// Mills", "Cal Fire") and whose first is no common given name: an organisation.
pub(super) fn org_by_last_word(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or("");
    let last = words.next_back().unwrap_or("");
    (ORG_LAST_WORDS.contains(&last) || BUSINESS_LAST_WORDS.contains(&last)) && !is_given_name(first)
}

/// Nouns whose plural opens sentences as a group of people or things, not as a name: before a
/// verb of speech, a capitalised plural is a name ("Barclays said", "Siemens said") unless it
/// is one of these or built as a common plural (`plural_common_noun`).
#[rustfmt::skip]
const COMMON_PLURALS: &[&str] = &[
    "troops", "friends", "kids", "teams", "banks", "schools", "firms", "hotels", "airlines",
    "states", "groups", "victims", "guards", "girls", "boys", "sons", "chiefs", "crews", "aides",
    "rebels", "marines", "reports", "records", "figures", "polls", "surveys", "results",
    "filings", "documents", "estimates", "minutes", "stores", "shops", "clubs", "unions",
    "brands", "markets", "platforms", "apps", "networks", "farms", "mines", "plants", "ports",
    "courts", "judges", "cops", "staffers", "police", "feds", "locals", "insiders", "experts",
    "critics", "fans", "monks", "nuns", "priests", "guests", "hosts", "tenants", "landlords",
    "parents", "children", "relatives", "neighbours", "neighbors", "colleagues", "partners",
    "allies", "rivals", "opponents", "members", "voters", "citizens", "residents", "others",
    "some", "many", "both", "all", "most", "several", "few", "sources", "documents",
];

/// Is `word` (capitalised, ending in "s") the plural of a common noun of people, bodies or
/// papers: listed (`COMMON_PLURALS`), a people's plural ("Israelis", "Palestinians"), or of a
/// shape common nouns have and names rarely do: "-ies", "-es" after a sibilant or "c"/"g"
/// ("Authorities", "Witnesses", "Sources", "Judges"), or a singular ending as nouns of agents
/// and members end ("Analysts", "Officials", "Economists", "Researchers", "Doctors",
/// "Residents", "Democrats", "Medics", "Relatives", "Employees", "Britons")? "Barclays",
/// "Siemens", "Lloyds", "Starbucks" are none of these.
pub(super) fn plural_common_noun(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let Some(stem) = lower.strip_suffix('s') else {
        return false;
    };
    if COMMON_PLURALS.contains(&lower.as_str())
        || super::restate::is_role_noun(stem)
        || country_of(&word[..word.len() - 1]).is_some()
    {
        return true;
    }
    ["ies", "sses", "shes", "ches", "xes", "ces", "ges", "ses"]
        .iter()
        .any(|x| lower.ends_with(x))
        || [
            "er", "or", "ist", "yst", "ant", "ent", "ian", "an", "ive", "al", "ic", "ee", "at",
            "ar", "ot", "on", "ain", "ite", "ate",
        ]
        .iter()
        .any(|x| stem.ends_with(x))
}

/// A name that reads as a person's: two or three capitalized words, no acronym, no organisation
/// word, or one word known as a person's surname or written with an age ("Mary, 77,").
pub(super) fn is_person(name: &str, after: &str, surnames: &FxHashSet<String>) -> bool {
    let (count, proper) = person_shape(name);
    match count {
        2..=3 => proper,
        1 => {
            proper
                && (surnames.contains(name)
                    || after
                        .strip_prefix(", ")
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
        }
        _ => false,
    }
}

/// What `is_person` reads of the name alone: how many of its words count (up to 4), and for two
/// or three whether all are proper, for one whether the name is. Asked of the same names
/// sentence after sentence (and several times a sentence), so remembered per name on this
/// thread (forgotten by the thousands, so the memory stays small).
fn person_shape(name: &str) -> (usize, bool) {
    thread_local! {
        static SHAPES: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, (u8, bool)>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    if let Some((count, proper)) = SHAPES.with_borrow(|m| m.get(name).copied()) {
        return (usize::from(count), proper);
    }
    let shape = person_shape_of(name);
    SHAPES.with_borrow_mut(|m| {
        if m.len() >= 4096 {
            m.clear();
        }
        let count = u8::try_from(shape.0.min(4)).unwrap_or(4);
        m.insert(name.into(), (count, shape.1));
    });
    shape
}

/// `person_shape` computed.
fn person_shape_of(name: &str) -> (usize, bool) {
    let proper = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !is_org_word(w.trim_end_matches('.'))
    };
    // Names are ASCII nearly always: split by ASCII spaces, not Unicode's (several times faster,
    // and this is asked of every name of every sentence). An initial or a generational suffix
    // neither makes nor breaks a person's name.
    let (count, all_proper) = if name.is_ascii() {
        // One pass: the words counted, and asked whether proper (from the second on, when the
        // first is asked too) until one is not; given up at a fourth (no person's name).
        let (mut count, mut all, mut first) = (0, true, "");
        for w in name
            .split_ascii_whitespace()
            .filter(|w| !is_initial_or_suffix(w) && !is_particle(w))
        {
            count += 1;
            match count {
                1 => first = w,
                2 => all = proper(first) && proper(w),
                3 => all = all && proper(w),
                _ => break,
            }
        }
        (count, (2..=3).contains(&count) && all)
    } else {
        let core = || {
            name.split_whitespace()
                .filter(|w| !is_initial_or_suffix(w) && !is_particle(w))
        };
        let count = core().count();
        (count, (2..=3).contains(&count) && core().all(proper))
    };
    // "West Texas", "South Sudan", "Northern Ireland", "New Mexico": a region's name, whose
    // last word is another place (no surname for "Texas" to stand for).
    let region = || {
        matches!(
            name.split(' ').next().unwrap_or(""),
            "North"
                | "South"
                | "East"
                | "West"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
                | "Central"
                | "Upper"
                | "Lower"
                | "Greater"
                | "New"
        )
    };
    match count {
        2..=3 => (
            count,
            all_proper && !org_by_last_word(name) && !region() && !foreign_article_first(name),
        ),
        1 => (1, proper(name)),
        _ => (count.min(4), false),
    }
}

/// Articles of other languages that open the names of leagues, newspapers and broadcasters
/// ("La Liga", "Le Monde", "El País", "Der Spiegel", "Die Zeit"); "Al" is left out, a given
/// name as often ("Al Gore") as an article ("Al Jazeera").
const FOREIGN_ARTICLES: &[&str] = &[
    "La", "Le", "Les", "El", "Los", "Las", "Il", "Lo", "Der", "Die", "Das", "Het",
];

/// Does `name` open with an article of another language before a capitalised word ("La Liga",
/// "Der Spiegel")? Such a name is no person's by its shape ("Le Pen" is one only as the surname
/// of a person named before).
pub(super) fn foreign_article_first(name: &str) -> bool {
    name.split_once(' ').is_some_and(|(first, rest)| {
        FOREIGN_ARTICLES.contains(&first) && rest.starts_with(char::is_uppercase)
    })
}

/// Is a name that follows `before` (the sentence up to it) a modifier of a noun or a thing, not
/// someone: after a count or an article ("9 Grand Slam titles", "two Olympic medals", "a Nobel
/// Prize winner", "won the Nobel Prize")?
pub(super) fn counted_name(before: &str) -> bool {
    // The word before, by a byte loop (a space and a line break are one byte each and never
    // part of a longer character): `rsplit([' ', '\n'])` decodes every character it passes.
    let before = before.trim_end();
    let b = before.as_bytes();
    let mut from = b.len();
    while from > 0 && !matches!(b[from - 1], b' ' | b'\n') {
        from -= 1;
    }
    let prev = &before[from..];
    // "1,200 Tesla cars", not "In 1938, Margaret Lee": a number that ends with a comma ends a
    // phrase.
    (prev.starts_with(|c: char| c.is_ascii_digit())
        && !prev.ends_with(',')
        && prev.chars().all(|c| c.is_ascii_digit() || c == ','))
        || matches!(
            prev,
            "a" | "an"
                | "the"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "several"
                | "many"
                | "dozens"
        )
}

/// An initial ("F.") or a generational suffix ("Jr.", "III"): a word that neither makes nor
/// breaks a person's name, so "Robert F. Kennedy Jr." is counted as "Robert Kennedy".
pub(super) fn is_initial_or_suffix(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    (w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase()))
        || matches!(w, "Jr" | "Sr" | "II" | "III" | "IV")
}

/// Peoples' adjectives and their countries ("Chinese authorities said" speaks for China), and
/// the nouns of one of a people whose adjective differs ("Spaniard", "Swede"), sorted for
/// halving. A closed class of English words: what a country's people are called.
const DEMONYMS: &[(&str, &str)] = &[
    ("Afghan", "Afghanistan"),
    ("Albanian", "Albania"),
    ("Algerian", "Algeria"),
    ("American", "the United States"),
    ("Argentine", "Argentina"),
    ("Argentinian", "Argentina"),
    ("Armenian", "Armenia"),
    ("Australian", "Australia"),
    ("Austrian", "Austria"),
    ("Azerbaijani", "Azerbaijan"),
    ("Bangladeshi", "Bangladesh"),
    ("Belarusian", "Belarus"),
    ("Belgian", "Belgium"),
    ("Bolivian", "Bolivia"),
    ("Bosnian", "Bosnia"),
    ("Brazilian", "Brazil"),
    ("British", "Britain"),
    ("Briton", "Britain"),
    ("Bulgarian", "Bulgaria"),
    ("Burmese", "Myanmar"),
    ("Cambodian", "Cambodia"),
    ("Cameroonian", "Cameroon"),
    ("Canadian", "Canada"),
    ("Chilean", "Chile"),
    ("Chinese", "China"),
    ("Colombian", "Colombia"),
    ("Congolese", "Congo"),
    ("Croatian", "Croatia"),
    ("Cuban", "Cuba"),
    ("Cypriot", "Cyprus"),
    ("Czech", "the Czech Republic"),
    ("Dane", "Denmark"),
    ("Danish", "Denmark"),
    ("Dutch", "the Netherlands"),
    ("Dutchman", "the Netherlands"),
    ("Ecuadorian", "Ecuador"),
    ("Egyptian", "Egypt"),
    ("Emirati", "the United Arab Emirates"),
    ("Eritrean", "Eritrea"),
    ("Estonian", "Estonia"),
    ("Ethiopian", "Ethiopia"),
    ("Filipino", "the Philippines"),
    ("Finnish", "Finland"),
    ("French", "France"),
    ("Frenchman", "France"),
    ("Frenchwoman", "France"),
    ("Georgian", "Georgia"),
    ("German", "Germany"),
    ("Ghanaian", "Ghana"),
    ("Greek", "Greece"),
    ("Guatemalan", "Guatemala"),
    ("Haitian", "Haiti"),
    ("Honduran", "Honduras"),
    ("Hungarian", "Hungary"),
    ("Icelandic", "Iceland"),
    ("Indian", "India"),
    ("Indonesian", "Indonesia"),
    ("Iranian", "Iran"),
    ("Iraqi", "Iraq"),
    ("Irish", "Ireland"),
    ("Israeli", "Israel"),
    ("Italian", "Italy"),
    ("Ivorian", "Ivory Coast"),
    ("Jamaican", "Jamaica"),
    ("Japanese", "Japan"),
    ("Jordanian", "Jordan"),
    ("Kazakh", "Kazakhstan"),
    ("Kenyan", "Kenya"),
    ("Kosovar", "Kosovo"),
    ("Kuwaiti", "Kuwait"),
    ("Kyrgyz", "Kyrgyzstan"),
    ("Laotian", "Laos"),
    ("Latvian", "Latvia"),
    ("Lebanese", "Lebanon"),
    ("Liberian", "Liberia"),
    ("Libyan", "Libya"),
    ("Lithuanian", "Lithuania"),
    ("Malagasy", "Madagascar"),
    ("Malaysian", "Malaysia"),
    ("Malian", "Mali"),
    ("Maltese", "Malta"),
    ("Mexican", "Mexico"),
    ("Moldovan", "Moldova"),
    ("Mongolian", "Mongolia"),
    ("Moroccan", "Morocco"),
    ("Mozambican", "Mozambique"),
    ("Namibian", "Namibia"),
    ("Nepalese", "Nepal"),
    ("Nepali", "Nepal"),
    ("Nicaraguan", "Nicaragua"),
    ("Nigerian", "Nigeria"),
    ("Nigerien", "Niger"),
    ("Norwegian", "Norway"),
    ("Omani", "Oman"),
    ("Pakistani", "Pakistan"),
    ("Palestinian", "the Palestinian territories"),
    ("Panamanian", "Panama"),
    ("Paraguayan", "Paraguay"),
    ("Peruvian", "Peru"),
    ("Pole", "Poland"),
    ("Polish", "Poland"),
    ("Portuguese", "Portugal"),
    ("Qatari", "Qatar"),
    ("Romanian", "Romania"),
    ("Russian", "Russia"),
    ("Rwandan", "Rwanda"),
    ("Salvadoran", "El Salvador"),
    ("Saudi", "Saudi Arabia"),
    ("Senegalese", "Senegal"),
    ("Serbian", "Serbia"),
    ("Singaporean", "Singapore"),
    ("Slovak", "Slovakia"),
    ("Slovenian", "Slovenia"),
    ("Somali", "Somalia"),
    ("Spaniard", "Spain"),
    ("Spanish", "Spain"),
    ("Sudanese", "Sudan"),
    ("Swede", "Sweden"),
    ("Swedish", "Sweden"),
    ("Swiss", "Switzerland"),
    ("Syrian", "Syria"),
    ("Taiwanese", "Taiwan"),
    ("Tajik", "Tajikistan"),
    ("Tanzanian", "Tanzania"),
    ("Thai", "Thailand"),
    ("Tunisian", "Tunisia"),
    ("Turk", "Turkey"),
    ("Turkish", "Turkey"),
    ("Turkmen", "Turkmenistan"),
    ("Ugandan", "Uganda"),
    ("Ukrainian", "Ukraine"),
    ("Uruguayan", "Uruguay"),
    ("Uzbek", "Uzbekistan"),
    ("Venezuelan", "Venezuela"),
    ("Vietnamese", "Vietnam"),
    ("Yemeni", "Yemen"),
    ("Zambian", "Zambia"),
    ("Zimbabwean", "Zimbabwe"),
];

/// The country a people's adjective names ("Chinese" → "China").
pub(super) fn country_of(demonym: &str) -> Option<&'static str> {
    DEMONYMS
        .binary_search_by_key(&demonym, |(d, _)| d)
        .ok()
        .map(|i| DEMONYMS[i].1)
}

/// A person's name without the people's adjective that may open it ("American Coco Gauff" →
/// "Coco Gauff").
pub(super) fn without_nationality(name: &str) -> &str {
    match name.split_once(' ') {
        Some((first, rest))
            if (rest.contains(' ') || rest.len() > 3) && country_of(first).is_some() =>
        {
            rest
        }
        _ => name,
    }
}

/// A word of capitals with full stops between them, its last taken off ("U.S", "D.C"):
/// the full stop after it is the abbreviation's.
fn dotted_capitals(word: &str) -> bool {
    word.len() >= 3
        && word.contains('.')
        && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// Words of a name written with a full stop ("Corp.", "Jr.").
pub(super) fn is_abbreviation(word: &str) -> bool {
    matches!(word, "Corp" | "Inc" | "Co" | "Ltd" | "Bros" | "Jr" | "Sr")
}

pub(super) fn is_org_word(word: &str) -> bool {
    static SET: std::sync::LazyLock<FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| ORG_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// The end of a public body's common noun ("government", "navy", "legislature", "central
/// bank", "school board") in the one or two words in lower case from byte `end` (a name's end,
/// offsets of `words`), when the word after it is a verb (`verb` of its index).
fn public_body_before_verb(
    words: &[(usize, &str)],
    end: usize,
    verb: impl Fn(usize) -> bool,
) -> Option<usize> {
    let j = words.partition_point(|(at, _)| *at < end);
    (j..words.len().min(j + 2)).find_map(|n| {
        let (at, w) = words[n];
        let prev = if n > j { words[n - 1].1 } else { "" };
        ((j..=n).all(|i| words[i].1.bytes().all(|b| b.is_ascii_lowercase()))
            && (one_of!(PUBLIC_BODIES, w) || (w == "bank" && prev == "central"))
            && n + 1 < words.len()
            && verb(n + 1))
        .then_some(at + w.len())
    })
}

/// The common nouns of public bodies a nation, a state or a town has ("The Kenyan government",
/// "the Spanish navy", "the Ohio legislature"): what they name is no business named before.
const PUBLIC_BODIES: &[&str] = &[
    "government",
    "administration",
    "ministry",
    "department",
    "agency",
    "navy",
    "army",
    "military",
    "police",
    "guard",
    "legislature",
    "parliament",
    "senate",
    "assembly",
    "congress",
    "cabinet",
    "council",
    "court",
    "board",
    "commission",
    "committee",
    "regulator",
    "embassy",
    "presidency",
    "junta",
    "authority",
];

/// Who a statement is about: the first name in subject position (not after a preposition or a
/// determiner, not a possessive, not inside a leading subordinate clause); a leading "he"/"she"
/// resolves to the nearest person named before.
pub(super) fn subject_of(
    sentence: &str,
    part: Range<usize>,
    names: &[(usize, &str)],
    sentence_words: &[(usize, &str)],
    sentence_classes: &[u32],
    last_person: Option<&str>,
) -> Option<String> {
    named_subject(
        sentence,
        part.clone(),
        names,
        sentence_words,
        sentence_classes,
        last_person,
    )
    .filter(|subject| !described_by_people(sentence, &part, subject))
}

/// "The 22-year-old American saved four break points": a people's adjective alone after "the"
/// or a word in lower case is a person described, not an entity named; so is one after an age
/// or a measure written with hyphens ("The 30-year-old Australian won the title", "the
/// 6-foot-9 Serbian"), which only describes a person ("In 2019, Australian exports rose"
/// keeps Australia: a year with its comma is no description).
fn described_by_people(sentence: &str, part: &Range<usize>, subject: &str) -> bool {
    country_of(subject).is_some()
        && super::find_str(&sentence[part.clone()], subject).is_some_and(|at| {
            sentence[part.start..part.start + at]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| {
                    w == "The"
                        || w.starts_with(|c: char| c.is_lowercase())
                        || (w.starts_with(|c: char| c.is_ascii_digit())
                            && w.contains('-')
                            && w.ends_with(|c: char| c.is_alphanumeric()))
                })
        })
}

/// `subject_of` before the check of a people's adjective.
fn named_subject(
    sentence: &str,
    part: Range<usize>,
    names: &[(usize, &str)],
    sentence_words: &[(usize, &str)],
    sentence_classes: &[u32],
    last_person: Option<&str>,
) -> Option<String> {
    use super::words::{
        ARTICLE, CONNECTOR, DETERMINER, FINITE, HE_SHE, HIS_HER, MAIN_VERB, PARTICIPLE,
        PREPOSITION, SUBORDINATOR, as_written,
    };
    let text = &sentence[part.clone()];
    // The subject stands early: forty words are plenty, and keep long sentences cheap. Offsets
    // become relative to the part.
    let mut buf = [(0usize, ""); 40];
    let mut n = 0;
    let first_word = sentence_words.partition_point(|(at, _)| *at < part.start);
    for &(at, w) in &sentence_words[first_word..] {
        if n == buf.len() || at + w.len() > part.end {
            break;
        }
        buf[n] = (at - part.start, w);
        n += 1;
    }
    let words = &buf[..n];
    // The bits of each of `words`, as written (the lists are asked about the words as split).
    let class = |k: usize| as_written(sentence_classes[first_word + k]);
    let mut k = 0;
    while k < words.len() && class(k) & CONNECTOR != 0 {
        k += 1;
    }
    // A leading subordinate clause or prepositional phrase ("After exchanging barbs with X,",
    // "In 1999,") holds no subject; a person named in it is the likeliest "he" or "she" after it.
    let mut lead_person: Option<String> = None;
    // "According to court records, Marcus Lyle stole …": a source put first leads too.
    let according = k + 1 < words.len()
        && words[k].1.eq_ignore_ascii_case("according")
        && words[k + 1].1 == "to";
    // "Born in Lagos in 1944, Chike Obi moved …", "Based in Ohio, the chain …": a past
    // participle and a preposition lead.
    let participle = || {
        k == 0
            && words.len() > 1
            && words[0].1.starts_with(|c: char| c.is_ascii_uppercase())
            && class(1) & PREPOSITION != 0
            && super::decompose::is_participle(&words[0].1.to_ascii_lowercase())
    };
    if k < words.len()
        && (according || class(k) & (SUBORDINATOR | PREPOSITION) != 0 || participle())
    {
        let from = words[k].0;
        // "In 1982 she joined Acme Holdings, a post she held": "he" or "she" and a verb before the
        // comma of a phrase of place or time make it the clause itself, no lead.
        let own_clause = |cut: usize| {
            !according
                && class(k) & SUBORDINATOR == 0
                && (k + 1..words.len())
                    .take_while(|&j| words[j].0 < cut)
                    .any(|j| {
                        class(j) & HE_SHE != 0
                            && sentence_classes
                                .get(first_word + j + 1)
                                .is_some_and(|c| c & FINITE != 0)
                    })
        };
        if let Some(comma) = super::find_str(&text[from..], ", ")
            && !own_clause(from + comma)
        {
            // Over a place's state and a date's year ("Born in Duluth, Minn., on Feb. 3, 1938,").
            let ctx = super::decompose::Words {
                text: sentence,
                words: sentence_words,
                names,
                person: None,
                classes: sentence_classes,
            };
            let lead_start = part.start + from;
            let cut =
                super::decompose::lead_goes_on(&ctx, lead_start, lead_start + comma + 1, part.end)
                    - part.start
                    + 1;
            lead_person = names_within(names, part.start + from..part.start + cut)
                .iter()
                .rev()
                .find(|(_, n)| n.split_whitespace().count() >= 2)
                .map(|(_, n)| n.to_string());
            while k < words.len() && words[k].0 < cut {
                k += 1;
            }
        }
    }
    let first = k;
    // "It was Rivera's 12th goal of the season", "It is Germany's third recession in five
    // years": a dummy "it" before a name's thing is about that name.
    if let [(_, it), (_, be), (at, _), ..] = words[first..]
        && one_of!(&["it", "this", "that"], it)
        && one_of!(&["was", "is", "became", "marked", "remains"], be)
        && let Some((_, name)) = names.iter().find(|(s, _)| *s == part.start + at)
        && let Some(owner) = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .or_else(|| {
                let after = &sentence[part.start + at + name.len()..];
                // "Harlow Motors' first loss": a plural's bare apostrophe.
                (after.starts_with("'s ")
                    || after.starts_with("’s ")
                    || (name.ends_with('s')
                        && (after.starts_with("' ") || after.starts_with("’ "))))
                .then_some(*name)
            })
        && !is_weekday(owner)
        && !super::MONTH_NAMES.contains(&owner)
    {
        return Some(owner.to_string());
    }
    let mut possessive: Option<String> = None;
    // Where the possessive's name starts and where the word after its "'s " starts ("Chile's
    // Senate": the owner of the body named next).
    let mut owner_span: Option<(usize, usize)> = None;
    let mut prev: &str = if k > 0 { words[k - 1].1 } else { "" };
    // The bits of `prev` when it is a word; `None` after a name.
    let mut prev_class: Option<u32> = Some(if k > 0 { class(k - 1) } else { 0 });
    // "The study, published in the journal Nature, found": a common noun heads the subject;
    // what is set off by commas after it is not the subject.
    let common_head = first < words.len()
        && class(first) & ARTICLE != 0
        && words
            .get(first + 1)
            .is_some_and(|(_, w)| w.starts_with(char::is_lowercase));
    // Where a verb other than the common ones ended the subject, with no name before it.
    let mut stopped_at: Option<usize> = None;
    // Where any verb ended the subject, with no name before it.
    let mut verb_at: Option<usize> = None;
    // The index of the word after the last name passed over as no subject.
    let mut rejected_before: Option<usize> = None;
    while k < words.len() {
        let (at, w) = words[k];
        if common_head && k > first && text[words[k - 1].0 + words[k - 1].1.len()..at].contains(',')
        {
            break;
        }
        // The main verb, or an infinitive after it ("threatens to leave"): the subject is behind us.
        let c = class(k);
        // Any finite verb ends the subject, not only the common ones: "The quake struck
        // Nepal’s Jajarkot district" is about the quake, not about a name after "struck".
        if c & MAIN_VERB != 0
            || (prev.eq_ignore_ascii_case("to") && w.chars().all(char::is_lowercase))
        {
            verb_at = Some(k);
            break;
        }
        if k > first && sentence_classes[first_word + k] & FINITE != 0 {
            stopped_at = Some(k);
            verb_at = Some(k);
            break;
        }
        if c & HE_SHE != 0 {
            return lead_person
                .or_else(|| last_person.map(String::from))
                .or(possessive);
        }
        // "His parents, …, said": about the person, unless a name follows ("Her deputy, Tom Reyes,").
        if k == first && c & HIS_HER != 0 {
            possessive = lead_person
                .clone()
                .or_else(|| last_person.map(String::from));
        }
        // Names are in order of their start: halve instead of scanning for every word.
        if let Ok(found) = names.binary_search_by_key(&(part.start + at), |(s, _)| *s) {
            let name = names[found].1;
            let end = at + name.len();
            let after = &text[end.min(text.len())..];
            let is_possessive = after.starts_with("’s") || after.starts_with("'s");
            // "The Kenyan government cut …", "The Ohio legislature passed …": a public body
            // named by a people's adjective or a place and its common noun, at the head right
            // before its verb, is the subject, as written.
            if k == first + 1
                && prev.eq_ignore_ascii_case("the")
                && !is_possessive
                && let Some(body_end) = public_body_before_verb(words, end, |j| {
                    class(j) & MAIN_VERB != 0 || sentence_classes[first_word + j] & FINITE != 0
                })
            {
                return Some(text[words[first].0..body_end].to_string());
            }
            // "Russian drones", "African leaders", "Eastern time": a one-word name of a people
            // or a direction before a common noun describes it; it is not the subject.
            // A word in "-i" is a people's only when known as one ("Israeli", not "The Laki
            // volcano").
            let modifier = !name.contains(' ')
                && after.starts_with(' ')
                && after[1..].starts_with(char::is_lowercase)
                && (["an", "ese", "ish", "ern", "ic"]
                    .iter()
                    .any(|x| name.ends_with(x))
                    || country_of(name).is_some())
                && !after[1..]
                    .split(' ')
                    .next()
                    .is_some_and(|n| one_of!(MAIN_VERBS, n))
                // "Rivian cut 1,200 jobs", "Christian signed a new deal": a word that is no
                // known people's adjective, before a verb in the past, acts; it is a name
                // ("Italian cut" is still a people's word).
                && !(country_of(name).is_none()
                    && sentence_classes
                        .get(first_word + k + 1)
                        .is_some_and(|c| c & FINITE != 0 && c & PARTICIPLE != 0))
                // "US carmaker Ford", "UK retailer Tesco", "EU regulator Ofcom": a name before a
                // role noun and another name describes that name.
                || (!name.contains(' ') && role_then_name(after))
                // "A former New Jersey mayor", "an Ohio man", "the Texas teenager": a name
                // after an article, before a noun for a person, says where that person is from.
                || (one_of!(&["a", "an", "the", "former", "retired", "veteran"], prev)
                    && person_noun_after(after));
            // "The Senate", "The Yankees": a name with its article; "Shares of Quillon
            // Therapeutics": an entity's own thing is about the entity.
            let prev2 = if k >= 2 { class(k - 2) } else { 0 };
            let (prev_det, prev_prep) = match prev_class {
                Some(p) => (p & DETERMINER != 0, p & PREPOSITION != 0),
                None => (one_of!(DETERMINERS, prev), one_of!(PREPOSITIONS, prev)),
            };
            // "in" right before the name, or before its "the" ("Measles cases in the United
            // States"): where that "in" stands.
            let in_at = if prev == "in" {
                Some(k - 1)
            } else if prev == "the" && k >= 2 && words[k - 2].1 == "in" {
                Some(k - 2)
            } else {
                None
            };
            let det_ok = !prev_det
                || (prev.eq_ignore_ascii_case("the") && prev2 & PREPOSITION == 0)
                || (in_at.is_some() && is_country(name));
            // "Measles cases in Europe rose", "Unemployment in Spain fell": a place right after
            // a bare common noun that heads the subject, with the verb after it, is what the
            // figure is about (not after an article, "A man in Ohio", "The fire in Maui"; not in
            // a leading phrase, "Born in Lagos in 1944, …").
            let prep_ok = (!prev_prep && in_at.is_none())
                || (prev == "of" && k <= first + 3)
                || (in_at.is_some_and(|i| i > first && i <= first + 2)
                    && class(first) & ARTICLE == 0
                    && words[first].1.starts_with(char::is_uppercase)
                    // "Peace talks in Luanda collapsed", "Protests in Paris turned violent": an
                    // event that merely happened in the place is not about the place.
                    && in_at.is_some_and(|i| !is_event_noun(words[i - 1].1))
                    && after.strip_prefix(' ').is_some_and(|r| {
                        let next = r.split(' ').next().unwrap_or("");
                        !next.is_empty()
                            && next.chars().all(|c| c.is_ascii_lowercase())
                            && !one_of!(PREPOSITIONS, next)
                    }));
            if is_possessive {
                if k == first
                    && possessive.is_none()
                    && let Some(body) = state_body(text, words, k, end, &|j| {
                        sentence_classes[first_word + j] & (FINITE | MAIN_VERB) != 0
                    })
                    && is_country(name)
                {
                    return Some(body);
                }
                if possessive.is_none() {
                    let s_len = if after.starts_with('\'') {
                        2
                    } else {
                        "’s".len()
                    };
                    owner_span = Some((at, end + s_len + 1));
                }
                possessive.get_or_insert_with(|| name.to_string());
            } else if let Some((from, _)) = owner_span.filter(|&(_, next)| next == at)
                && owned_body(name)
            {
                // "Chile's Senate approved", "Russia's Defense Ministry said": a body named
                // with its owner's name is that owner's, and the owner stays in the subject.
                return Some(text[from..end].to_string());
            } else if det_ok
                && prep_ok
                && !modifier
                // "in Aroostook and Washington counties": a name joined by "and" or "or" to a
                // name that is no subject is none either.
                && !(one_of!(&["and", "or"], prev) && rejected_before == Some(k - 1))
            {
                // "Linda Park and Tom Reyes founded …": two names in full joined as the subject
                // are its subject together.
                let joint = after
                    .strip_prefix(" and ")
                    .and_then(|_| {
                        let second = part.start + end + 5;
                        names.binary_search_by_key(&second, |(s, _)| *s).ok()
                    })
                    .map(|j| names[j].1)
                    // Not "Apple and Google's deal": the second name's own thing.
                    .filter(|other| {
                        let rest = &text[(end + 5 + other.len()).min(text.len())..];
                        !rest.starts_with("'s") && !rest.starts_with("’s")
                    });
                return Some(match joint {
                    Some(other) => format!("{name} and {other}"),
                    None => name.to_string(),
                });
            }
            // Skip the rest of the name.
            while k < words.len() && words[k].0 < end {
                k += 1;
            }
            rejected_before = Some(k);
            prev = name;
            prev_class = None;
            continue;
        }
        prev = w;
        prev_class = Some(c);
        k += 1;
    }
    // "A federal jury convicted former city commissioner Alex Ibarra of …": a subject that names
    // no one acts on the person its verb names, within a few words (not a place, "The quake
    // struck Nepal’s Jajarkot district").
    if let Some(v) = stopped_at
        && possessive.is_none()
        // "The Serbian faces Carlos Alcaraz", "the 31-year-old American trails Ana Ruiz": a
        // people's word right before the verb is the person described who acts, not a
        // body acting on the person named after the verb.
        && !(v > first
            && super::demonym(super::bare(words[v - 1].1))
            // "A jury in Miami convicted X": a place after a preposition is none.
            && !(v >= 2 && one_of!(PREPOSITIONS, words[v - 2].1)))
        && let Some((at, name)) = words[v + 1..]
            .iter()
            .take(5)
            .take_while(|(_, w)| !w.ends_with(',') && !one_of!(PREPOSITIONS, w))
            .find_map(|&(at, _)| {
                names
                    .binary_search_by_key(&(part.start + at), |(s, _)| *s)
                    .ok()
                    .map(|i| (at, names[i].1))
            })
        // "rescued 43 migrants off the Canary Islands": a name after "the" is no person.
        && !text[..at].ends_with("the ")
        && name.split_whitespace().count() >= 2
        && is_person(
            name,
            &text[(at + name.len()).min(text.len())..],
            &FxHashSet::default(),
        )
        && !super::claimant::is_org(name)
    {
        return Some(name.to_string());
    }
    // "Temperatures reached 109 degrees in Houston", "Snowfall totals reached 31 inches in
    // Buffalo": a bare measure that names nothing before its verb measures the place its
    // predicate names after "in" (not a person or an organisation: "Sales rose 5% in Ford's
    // stores" names no place).
    if let Some(v) = verb_at
        && possessive.is_none()
        && v > first
        && v - first <= 3
        && class(first) & ARTICLE == 0
        && is_measure_noun(words[v - 1].1)
        && names_within(names, part.start + words[first].0..part.start + words[v].0).is_empty()
        && let Some(place) = place_after_in(text, words, v + 1, |at| {
            names
                .binary_search_by_key(&(part.start + at), |(s, _)| *s)
                .ok()
                .map(|i| names[i].1)
        })
    {
        return Some(place.to_string());
    }
    // A quote's speaker: “…,” Kelly explained.
    let speaker = names_within(names, part.clone()).iter().find(|(s, n)| {
        let after = sentence[s + n.len()..].trim_start();
        after
            .split(|c: char| !crate::extract::chars::is_alpha(c))
            .next()
            .is_some_and(|v| {
                matches!(
                    v,
                    "said"
                        | "says"
                        | "told"
                        | "explained"
                        | "added"
                        | "asked"
                        | "wrote"
                        | "tweeted"
                )
            })
    });
    possessive.or_else(|| speaker.map(|(_, n)| n.to_string()))
}

/// Is `word` (capitalised, before "shares" or "stock") a sector's or a people's word ("Bank
/// shares", "Energy stocks", "Chinese shares") rather than a company's name?
fn is_sector(word: &str) -> bool {
    const SECTORS: &[&str] = &[
        "Bank",
        "Banking",
        "Tech",
        "Technology",
        "Energy",
        "Oil",
        "Mining",
        "Airline",
        "Property",
        "Retail",
        "Auto",
        "Chip",
        "Chipmaker",
        "Defense",
        "Defence",
        "Insurance",
        "Utility",
        "Media",
        "Steel",
        "Gold",
        "Health",
        "Healthcare",
        "Travel",
        "Tobacco",
        "Telecom",
        "Housing",
        "Luxury",
        "Growth",
        "Value",
        "Small-cap",
        "Bluechip",
        "Blue-chip",
        "Food",
        "Shipping",
        "Railway",
        "Real",
        "Consumer",
        "Industrial",
        "Financial",
        "Pharma",
        "Biotech",
        "Software",
        "Semiconductor",
        "Car",
        "Cruise",
        "Hotel",
        "Crypto",
        "Treasury",
        "Government",
        "Company",
    ];
    SECTORS.contains(&word)
        || ["an", "ese", "ish", "ic"].iter().any(|x| word.ends_with(x))
        || country_of(word).is_some()
}

/// Is `word` (the head of a subject) a noun for a measure of a place ("temperatures",
/// "prices", "cases"): what a figure in its sentence counts, not who acts?
fn is_measure_noun(word: &str) -> bool {
    const MEASURES: &[&str] = &[
        "temperature",
        "temperatures",
        "snowfall",
        "rainfall",
        "totals",
        "prices",
        "rents",
        "sales",
        "cases",
        "deaths",
        "infections",
        "hospitalizations",
        "unemployment",
        "inflation",
        "wages",
        "turnout",
        "emissions",
        "levels",
        "rates",
        "values",
        "costs",
        "population",
        "homicides",
        "enrollment",
        "ridership",
        "attendance",
        "readings",
        "winds",
        "gusts",
    ];
    MEASURES.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// The place named after "in" (or "in the") within a few words from `from`, before any
/// comma: the first name there that is no person's and no organisation's (a month or a weekday
/// is no name: `is_not_name`).
fn place_after_in<'a>(
    text: &str,
    words: &[(usize, &str)],
    from: usize,
    name_at: impl Fn(usize) -> Option<&'a str>,
) -> Option<&'a str> {
    let mut k = from;
    while k + 1 < words.len() && k < from + 10 {
        let w = words[k].1;
        let (prev_at, prev) = words[k - 1];
        if text[(prev_at + prev.len()).min(words[k].0)..words[k].0].contains([',', ';']) {
            return None;
        }
        if w == "in" {
            let j = if words[k + 1].1 == "the" {
                k + 2
            } else {
                k + 1
            };
            let (at, _) = *words.get(j)?;
            let name = name_at(at)?;
            let after = &text[(at + name.len()).min(text.len())..];
            return (!is_person(name, after, &FxHashSet::default())
                && !super::claimant::is_org(name))
            .then_some(name);
        }
        k += 1;
    }
    None
}

/// Is `word` (the head of a subject, before "in" and a place) an event's noun ("talks",
/// "protests", "fighting"): something that happens in a place rather than a measure of it?
fn is_event_noun(word: &str) -> bool {
    const EVENTS: &[&str] = &[
        "talks",
        "negotiations",
        "protest",
        "protests",
        "demonstrations",
        "rally",
        "rallies",
        "clashes",
        "fighting",
        "riots",
        "strikes",
        "election",
        "elections",
        "voting",
        "hearings",
        "meeting",
        "meetings",
        "summit",
        "celebrations",
        "ceremonies",
        "attacks",
        "raids",
    ];
    EVENTS.iter().any(|e| e.eq_ignore_ascii_case(word))
}

/// Does `after` (the text after a name) start with a lower-case noun for a person ("mayor",
/// "man", "resident"), the head of the noun phrase the name modifies?
fn person_noun_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let w = rest
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';']);
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && (super::restate::is_person_role(w)
            || one_of!(
                &[
                    "man",
                    "woman",
                    "boy",
                    "girl",
                    "teen",
                    "teenager",
                    "resident",
                    "residents",
                    "couple",
                    "family",
                    "official",
                    "officials",
                    "officer",
                    "officers",
                    "clerk",
                    "executive",
                    "worker",
                    "workers",
                    "student",
                    "students",
                    "councilman",
                    "councilwoman",
                    "sheriff",
                    "deputy",
                    "legislator",
                    "congressman",
                    "congresswoman",
                    "native",
                    "father",
                    "mother",
                    "lawmakers",
                    "senator",
                    "retiree",
                    "veteran",
                    "businessman",
                    "businesswoman",
                ],
                w
            ))
}

/// Is `name` a body's name by its last word ("Senate", "Defense Ministry", "Supreme Court",
/// "Labour Party"), not a person's or a product's?
fn owned_body(name: &str) -> bool {
    let last = super::last_word(name);
    (is_org_word(last) && !matches!(last, "State" | "States" | "Kingdom" | "Republic" | "Street"))
        || matches!(
            last,
            "Parliament" | "Congress" | "Assembly" | "Cabinet" | "Navy" | "Guard" | "Legislature"
        )
}

/// Nouns of a state's bodies: "Japan's central bank", "Germany's foreign ministry".
const STATE_BODIES: &[&str] = &[
    "army",
    "bank",
    "cabinet",
    "court",
    "government",
    "legislature",
    "military",
    "ministry",
    "navy",
    "parliament",
    "police",
    "regulator",
];

/// Is `name` a country's name ("Japan", "United States")?
fn is_country(name: &str) -> bool {
    country_name(name).is_some()
}

/// The country `name` names, as `country_of` writes it ("Japan", "United States" → "the
/// United States"), if it names one.
pub(super) fn country_name(name: &str) -> Option<&'static str> {
    // Asked of names about to be read as people: one map, built once, by both spellings.
    static MAP: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
        std::sync::LazyLock::new(|| {
            let mut map = rustc_hash::FxHashMap::default();
            for &(_, c) in DEMONYMS.iter().rev() {
                map.insert(c, c);
                if let Some(bare) = c.strip_prefix("the ") {
                    map.insert(bare, c);
                }
            }
            map
        });
    MAP.get(name).copied()
}

/// "Japan's central bank raised rates": a country's possessive at the subject's head, then at
/// most two lower-case modifiers and the noun of a state's body right before a verb, is that
/// body (the fact is about the bank, not about Japan): the words from the name to the noun.
/// `words` are the part's (offsets into `text`), the name is word `k` and ends at byte `end`;
/// `verb(j)` says whether word `j` is a finite verb.
fn state_body(
    text: &str,
    words: &[(usize, &str)],
    k: usize,
    end: usize,
    verb: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let j = k + words[k..].iter().take_while(|(at, _)| *at < end).count();
    (j..words.len().min(j + 3)).find_map(|h| {
        let (at, w) = words[h];
        let plain = |(_, w): &(usize, &str)| w.bytes().all(|b| b.is_ascii_lowercase());
        if !words[j..=h].iter().all(plain) {
            return None;
        }
        (one_of!(STATE_BODIES, w) && h + 1 < words.len() && verb(h + 1))
            .then(|| text[words[k].0..at + w.len()].to_string())
    })
}

/// The names (in order of their start) that start in `range`, found by halving: a sentence's
/// parts each look at their own names, not at all of the sentence's.
pub(super) fn names_within<'n, 'a>(
    names: &'n [(usize, &'a str)],
    range: Range<usize>,
) -> &'n [(usize, &'a str)] {
    let from = names.partition_point(|(s, _)| *s < range.start);
    let to = from + names[from..].partition_point(|(s, _)| *s < range.end);
    &names[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name's next word after a space other than one plain space ("Everton\u{fe0f} drew 2-2",
    /// "Delta\u{3000}also said"): the words after it are never counted from a plain space (a
    /// panic the property test found).
    #[test]
    fn a_name_before_other_spaces_is_read_safely() {
        for s in [
            "Everton\u{fe0f} drew 2-2 with Leeds on Saturday.",
            "Everton \u{fe0f}drew 2-2 with Leeds on Saturday.",
            "Delta\u{3000}also said fares would rise.",
            "Delta also\u{202e} said fares would rise.",
        ] {
            let words: Vec<_> = super::super::word_spans(s).collect();
            let _ = names_in(s, &words);
        }
        let s = "Delta also said fares would rise.";
        let words: Vec<_> = super::super::word_spans(s).collect();
        assert_eq!(names_in(s, &words), [(0, "Delta")]);
    }

    #[test]
    fn a_year_with_its_comma_counts_no_name() {
        assert!(counted_name("Tesla sold 1,200 "));
        assert!(!counted_name("In 1938, "));
    }

    /// "O'Connor", "D’Amato": a capital and an apostrophe before a capitalised word are one
    /// word of a name, straight or curly; "Sean's" and "I'M" are not.
    #[test]
    fn a_surname_with_an_apostrophe_is_one_name() {
        for (s, name) in [
            ("Sean O'Connor scored twice on Saturday.", "Sean O'Connor"),
            ("Marco D’Amato said the body would meet.", "Marco D’Amato"),
        ] {
            let words: Vec<(usize, &str)> = crate::extract::claims::word_spans_of(s);
            let names = names_in(s, &words);
            assert_eq!(names.first().map(|(_, n)| *n), Some(name), "{names:?}");
        }
        assert!(elided_capital("O", "'Connor said"));
        assert!(elided_capital("D", "’Amato"));
        assert!(!elided_capital("I", "'M"));
        assert!(!elided_capital("A", " B"));
    }

    /// The shape remembered per name is the shape computed, asked again and again, also after
    /// more names than the memory keeps (it is forgotten and computed anew).
    #[test]
    fn a_remembered_person_shape_is_the_computed_one() {
        let mut names: Vec<String> = [
            "Maria Lopez",
            "Robert F. Kennedy Jr.",
            "Lopez",
            "Boeing",
            "Bank of America Corp.",
            "West Mercia Police",
            "Ana María Núñez",
            "NASA",
            "",
            "J. Smith",
            "Mary Anne Lee Park",
        ]
        .iter()
        .map(|s| (*s).to_string())
        .collect();
        names.extend((0..5000).map(|k| format!("Name{k} Surname")));
        for _ in 0..2 {
            for n in &names {
                assert_eq!(person_shape(n), person_shape_of(n), "{n}");
            }
        }
        let surnames: FxHashSet<String> = std::iter::once("Lopez".to_string()).collect();
        assert!(is_person("Maria Lopez", "", &surnames));
        assert!(is_person("Lopez", " said", &surnames));
        assert!(!is_person("Boeing", " said", &surnames));
        assert!(!is_person("Mary Anne Lee Park", "", &surnames));
    }

    /// A term in capitals before a lowercase noun is a word of the noun, no name and no
    /// subject; before a capitalised word it stays in a name, and a body's initials stay one.
    #[test]
    fn a_term_in_capitals_before_a_noun_is_no_name() {
        let names = |text: &str| -> Vec<String> {
            let words: Vec<(usize, &str)> = text
                .split(' ')
                .scan(0, |at, w| {
                    let s = *at;
                    *at += w.len() + 1;
                    Some((s, w))
                })
                .collect();
            names_in(text, &words)
                .into_iter()
                .map(|(_, n)| n.to_string())
                .collect()
        };
        assert!(names("IT spending rose 8% in 2024").is_empty());
        assert!(names("Global IT spending rose 8% last year").is_empty());
        assert!(names("EV sales rose 12% in May").is_empty());
        assert_eq!(names("Companies bought AI chips from Nvidia"), ["Nvidia"]);
        assert_eq!(names("The EU AI Act takes effect"), ["EU AI Act"]);
        assert_eq!(names("NASA scientists said the probe landed"), ["NASA"]);
        let subject = |text: &str| {
            crate::extract::extract(text, None)
                .claims
                .first()
                .and_then(|c| c.subject.clone())
        };
        assert_eq!(subject("IT spending rose 8% in 2024."), None);
        // nor the pronoun "it" of the organisation that speaks
        let two = crate::extract::extract(
            "Gartner released its forecast. IT spending rose 8% in 2024, the firm said.",
            None,
        );
        let it = two.claims.iter().find(|c| c.text.contains("IT spending"));
        assert_eq!(
            it.map(|c| c.subject.clone()),
            Some(None),
            "{:?}",
            two.claims
        );
    }

    #[test]
    fn a_body_keeps_its_owners_name_and_an_abbreviation_its_full_stop() {
        let subject = |text: &str| {
            crate::extract::extract(text, None)
                .claims
                .first()
                .and_then(|c| c.subject.clone())
        };
        assert_eq!(
            subject("Chile's Senate approved a bill that would cut the tax by 10%.").as_deref(),
            Some("Chile's Senate")
        );
        // A person named after a possessive is the subject alone.
        assert_eq!(
            subject("Apple's Tim Cook sold 200,000 shares in May.").as_deref(),
            Some("Tim Cook")
        );
        assert_eq!(
            subject("The U.S. has sent $5 billion in aid since 2022.").as_deref(),
            Some("U.S.")
        );
        assert!(dotted_capitals("U.S") && dotted_capitals("D.C") && !dotted_capitals("US"));
        assert!(owned_body("Senate") && owned_body("Defense Ministry") && !owned_body("Tim Cook"));
    }

    /// A name whose last word is a firm's common noun is an organisation, unless a common
    /// given name opens it.
    #[test]
    fn a_name_ending_in_a_firm_s_noun_is_an_organisation() {
        for org in [
            "Sensor Tower",
            "Energy Aspects",
            "Data Bridge",
            "Capital Economics",
        ] {
            assert!(org_by_last_word(org), "{org}");
        }
        for person in ["Tom Tower", "Sarah Bridge", "Janet Mills"] {
            assert!(!org_by_last_word(person), "{person}");
        }
        assert!(!is_person("Sensor Tower", " said", &FxHashSet::default()));
        assert!(is_person("Tom Tower", " said", &FxHashSet::default()));
    }

    #[test]
    fn plurals_of_common_nouns_are_told_from_names() {
        for common in [
            "Analysts",
            "Officials",
            "Economists",
            "Witnesses",
            "Authorities",
            "Residents",
            "Doctors",
            "Democrats",
            "Sources",
            "Troops",
            "Israelis",
        ] {
            assert!(plural_common_noun(common), "{common}");
        }
        for name in ["Barclays", "Siemens", "Lloyds", "Starbucks", "Walgreens"] {
            assert!(!plural_common_noun(name), "{name}");
        }
    }

    /// The subject of the first claim extracted from `text`.
    fn subject(text: &str) -> Option<String> {
        crate::extract::extract(text, None)
            .claims
            .first()
            .and_then(|c| c.subject.clone())
    }

    /// A dummy "it" before a name's thing ("It was Rivera's 12th goal") is about the name; a
    /// thing no name owns, or a day's, is about nothing named.
    #[test]
    fn it_before_a_names_thing_is_about_the_name() {
        for (text, want) in [
            ("It was Rivera's 12th goal of the season.", Some("Rivera")),
            (
                "It is Germany's third recession in five years.",
                Some("Germany"),
            ),
            (
                "It was Apple’s first quarterly loss since 2003.",
                Some("Apple"),
            ),
            (
                "It was Harlow Motors' first loss since 2016.",
                Some("Harlow Motors"),
            ),
            ("It was the club's first title since 1998.", None),
            (
                "It was Tuesday's vote that decided the race, with 52% in favour.",
                None,
            ),
        ] {
            assert_eq!(subject(text).as_deref(), want, "{text}");
        }
    }

    /// Two names joined by "and" at the head are the subject together, one-word names too (the
    /// first is a name because a name is joined to it); a thing the second owns is not.
    #[test]
    fn names_joined_by_and_are_the_subject_together() {
        for (text, want) in [
            (
                "Apple and Google agreed on Monday to share data with police.",
                Some("Apple and Google"),
            ),
            (
                "Hungary and Slovakia still ban some farm products.",
                Some("Hungary and Slovakia"),
            ),
            (
                "Ann Lee and Tom Reyes founded the company in 2019.",
                Some("Ann Lee and Tom Reyes"),
            ),
            // A plural common noun first is no name.
            ("Police and firefighters rescued 12 people on Monday.", None),
        ] {
            assert_eq!(subject(text).as_deref(), want, "{text}");
        }
    }

    /// A people's adjective after "the" or a description is a person described, no subject;
    /// before a noun it still names its country.
    #[test]
    fn a_person_described_by_a_peoples_adjective_is_no_subject() {
        assert_eq!(
            subject("The 22-year-old American saved four break points in the final set."),
            None
        );
        assert_eq!(
            subject("The 30-year-old Australian served 11 aces in the match."),
            None
        );
        assert_eq!(
            subject("Chinese authorities said 40 people died in the floods.").as_deref(),
            Some("China")
        );
        // After an age or a height with hyphens, before a verb that would name a country.
        assert_eq!(
            subject("The 30-year-old Australian won the title in 2019."),
            None
        );
        assert_eq!(
            subject("The 6-foot-9 Serbian has won three MVP awards since 2021."),
            None
        );
    }

    #[test]
    fn a_place_where_an_event_happened_is_not_its_subject_but_a_measured_place_is() {
        assert_eq!(
            subject("Peace talks in Luanda collapsed on Monday after 12 days."),
            None
        );
        assert_eq!(
            subject("Protests in Lyon turned violent as 3,000 people marched."),
            None
        );
        // A figure about the place is about the place.
        assert_eq!(
            subject("Measles cases in Europe rose to 58,000 last year.").as_deref(),
            Some("Europe")
        );
        assert!(is_event_noun("Talks") && is_event_noun("fighting") && !is_event_noun("cases"));
        // Also a country written with "the".
        assert_eq!(
            subject("Measles cases in the United States rose to 1,046 this year.").as_deref(),
            Some("United States")
        );
        assert_eq!(subject("A man in the United States won $1 million."), None);
    }

    #[test]
    fn a_measure_is_about_the_place_its_predicate_names() {
        for (text, place) in [
            (
                "Temperatures reached 109 degrees in Houston on Monday.",
                "Houston",
            ),
            ("Snowfall totals reached 31 inches in Buffalo.", "Buffalo"),
            (
                "Home prices rose 8% in the Netherlands last year.",
                "Netherlands",
            ),
        ] {
            assert_eq!(subject(text).as_deref(), Some(place), "{text}");
        }
        // No measure, a time, an organisation or a person: no place.
        for text in [
            "Police arrested 12 people in Chicago on Monday.",
            "Sales rose 5% in March, the company said.",
            "Sales rose 5% in Ford Motor's stores.",
            "Prices rose 5% last year, with the steepest rise in London.",
        ] {
            assert_eq!(subject(text), None, "{text}");
        }
    }

    #[test]
    fn a_company_before_its_shares_is_a_name_a_sector_is_not() {
        assert_eq!(
            subject("Boeing shares fell 5% on Monday.").as_deref(),
            Some("Boeing")
        );
        assert_eq!(
            subject("Tesla stock rose 3% after the report.").as_deref(),
            Some("Tesla")
        );
        assert_eq!(subject("Bank shares fell 5% on Monday."), None);
        // An irregular past before a name or a figure makes the word before it a name.
        assert_eq!(
            subject("Barcelona beat Real Madrid 3-1 on Sunday.").as_deref(),
            Some("Barcelona")
        );
        assert_eq!(subject("Chinese shares fell 2% on Monday."), None);
    }

    #[test]
    fn a_carmaker_named_with_motor_is_an_organisation_its_role_noun_means() {
        assert!(org_by_last_word("Ford Motor") && org_by_last_word("Hyundai Motor"));
        assert!(!org_by_last_word("Ford Madox"));
        let claim = crate::extract::extract(
            "Ford Motor cut 500 jobs at its Ohio plant, the automaker said.",
            None,
        )
        .claims
        .into_iter()
        .next()
        .expect("a claim");
        assert_eq!(
            claim.claimant.map(|c| c.name).as_deref(),
            Some("Ford Motor")
        );
    }

    /// Where something is based, and the place before it, describe the noun after them.
    #[test]
    fn a_place_a_company_is_based_in_is_no_name_of_the_sentence() {
        for (s, want) in [
            (
                "Shares of the Santa Clara, California-based company rose 4%.",
                vec![],
            ),
            (
                "The Texas-born singer Kacey Musgraves won in 2019.",
                vec!["Kacey Musgraves"],
            ),
            (
                "Nvidia, the California-based chipmaker, said sales rose.",
                vec!["Nvidia"],
            ),
        ] {
            let words: Vec<_> = super::super::word_spans(s).collect();
            let names: Vec<&str> = names_in(s, &words).into_iter().map(|(_, n)| n).collect();
            assert_eq!(names, want, "{s}");
        }
    }

    /// The names of `s`, its words split at spaces.
    /// "St. Mary's Hospital", "Boston Children's Hospital": an owner's "'s" before an
    /// institution's noun is inside its name; "Kane's lawyer" ends the name at "Kane"; a
    /// surname's particle ("Laurence des Cars") keeps a person's name whole.
    #[test]
    fn an_institution_s_name_keeps_its_owner_s_s() {
        let spans = |s: &str| {
            let words: Vec<_> = super::super::word_spans(s).collect();
            names_in(s, &words)
                .into_iter()
                .map(|(_, n)| n.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            spans("A fire broke out at St. Mary's Hospital on Tuesday."),
            ["St. Mary's Hospital"]
        );
        assert_eq!(
            spans("She was treated at Boston Children's Hospital last year."),
            ["Boston Children's Hospital"]
        );
        assert_eq!(
            spans("He studied at King’s College London."),
            ["King’s College London"]
        );
        assert!(
            spans("Kane's lawyer, Thomas Reilly, said he would appeal.")
                .contains(&"Kane".to_string())
        );
        assert_eq!(
            spans("Museum director Laurence des Cars said so."),
            ["Laurence des Cars"]
        );
        assert!(is_person(
            "Laurence des Cars",
            " said",
            &FxHashSet::default()
        ));
        assert!(is_person("Erik ten Hag", " said", &FxHashSet::default()));
        // A region is no person.
        for place in [
            "West Texas",
            "South Sudan",
            "Northern Ireland",
            "New Mexico",
        ] {
            assert!(!is_person(place, " has", &FxHashSet::default()), "{place}");
        }
        // Two particles in a row ("von der", "de la") keep it whole as well; one particle
        // before a word in lower case joins nothing ("Lopez de la" is no name).
        assert_eq!(
            spans("Commission President Ursula von der Leyen said so."),
            ["Commission President Ursula von der Leyen"]
        );
        assert!(is_person(
            "Ursula von der Leyen",
            " said",
            &FxHashSet::default()
        ));
        assert_eq!(
            spans("Defender Rafael van der Vaart and Luis de la Fuente spoke."),
            ["Rafael van der Vaart", "Luis de la Fuente"]
        );
        assert_eq!(spans("Maria Lopez de la casa spoke."), ["Maria Lopez"]);
    }

    fn names(s: &str) -> Vec<String> {
        let words: Vec<(usize, &str)> = s
            .split(' ')
            .scan(0, |at, w| {
                let here = *at;
                *at += w.len() + 1;
                Some((here, w))
            })
            .collect();
        names_in(s, &words)
            .into_iter()
            .map(|(_, n)| n.to_string())
            .collect()
    }

    /// "Majed al-Ansari", "Bashar al-Assad": an Arabic article joined by a hyphen goes on the
    /// name before it; alone it opens none ("the group al-Shabaab" holds no person's name).
    #[test]
    fn a_hyphened_particle_goes_on_a_name() {
        assert_eq!(
            names("Hamas will free 20 hostages, spokesman Majed al-Ansari said."),
            ["Hamas", "Majed al-Ansari"]
        );
        assert!(names("The group al-Shabaab claimed the attack.").is_empty());
        assert!(hyphened_particle("el-Sisi") && !hyphened_particle("al-based"));
    }

    /// A word in "-ian" that is no people's adjective acts before a past verb ("Rivian cut",
    /// "Fabian signed"); "Italian lawmakers" stays a description. A country before a verb in
    /// the present, and a side before its score, are names; "Research shows" is not.
    #[test]
    fn a_lone_name_that_acts_in_the_past_present_or_a_result() {
        assert_eq!(
            subject("Rivian cut 1,200 jobs on Tuesday.").as_deref(),
            Some("Rivian")
        );
        assert_eq!(
            subject("Fabian signed a three-year contract worth $9 million.").as_deref(),
            Some("Fabian")
        );
        assert_eq!(
            subject("Italian lawmakers approved a $4 billion budget on Monday.").as_deref(),
            None
        );
        assert_eq!(
            subject("Denmark holds the rotating presidency of the European Union until 2026.")
                .as_deref(),
            Some("Denmark")
        );
        assert_eq!(
            subject("Research shows that 40% of adults sleep too little.").as_deref(),
            None
        );
        assert_eq!(
            subject("Leeds won 3-1 at Elland Road on Saturday.").as_deref(),
            Some("Leeds")
        );
        assert_eq!(
            subject("Wolves beat Everton 2-0 on Sunday.").as_deref(),
            Some("Wolves")
        );
        assert!(score_after(" 3-1 at home") && score_after(" Everton 2–0."));
        assert!(!score_after(" Ohio on Monday") && !score_after(" 2024-25 season"));
    }

    /// A firm named with its founder's "'s" keeps it before an irregular past and a determiner
    /// ("Moody's cut the rating"); a possessive before a noun it owns does not.
    #[test]
    fn a_firm_s_own_s_before_an_irregular_past() {
        assert_eq!(owned_s("'s cut the rating"), 2);
        assert_eq!(owned_s("’s set a record"), "’s".len());
        assert_eq!(owned_s("'s cut to taxes"), 0);
        assert_eq!(owned_s("'s hit show"), 0);
        assert_eq!(
            subject("Moody's cut the rating of the bonds on Friday.").as_deref(),
            Some("Moody's")
        );
    }

    /// A common given name before a surname that is also an organisation's word is a person.
    #[test]
    fn a_given_name_before_an_org_word_surname_is_a_person() {
        assert!(given_name_then_org_word("Samantha Power"));
        assert!(given_name_then_org_word("Emily Post"));
        assert!(!given_name_then_org_word("Sunrise Power"));
        assert!(!given_name_then_org_word("Samantha Power Group"));
    }

    /// A lone first word before a verb with no "-ed" and "its" after it is a name that acts
    /// on its own thing, even in "-s" ("Jefferies cut its rating"); not before another word.
    #[test]
    fn a_lone_first_word_before_a_bare_past_and_its_is_a_name() {
        for s in [
            "Corvane cut its forecast for 2025 to $3 billion.",
            "Jefferies cut its rating on Corvane to hold from buy.",
        ] {
            assert_eq!(
                names(s).first().map(String::as_str),
                Some(s.split(' ').next().unwrap()),
                "{s}"
            );
        }
        assert!(names("Storms cut power to 40,000 homes.").is_empty());
    }

    /// A lone first word is a name before its verb with the day between ("Apple on Monday
    /// unveiled"); a noun of what is measured is none before its verb ("Revenue rose 8%").
    #[test]
    fn a_day_before_the_verb_and_a_measured_noun_at_the_head() {
        for s in [
            "Apple on Monday unveiled a phone.",
            "Nvidia on Wednesday reported revenue of $26 billion.",
        ] {
            assert_eq!(
                names(s).first().map(String::as_str),
                Some(s.split(' ').next().unwrap()),
                "{s}"
            );
        }
        for s in [
            "Revenue rose 8% in the quarter, the company said.",
            "Attendance fell 10% this season.",
            // the day before no verb
            "Mayor on Monday night, she said.",
        ] {
            assert!(names(s).is_empty(), "{s}: {:?}", names(s));
        }
    }

    /// "The Communications Workers of America said": a body named for its members' trade takes
    /// its "of" and the place after it; "Fans of Liverpool" opening a sentence are people, and
    /// a person of a place stays the person.
    #[test]
    fn a_body_named_for_its_members_takes_its_of() {
        let s = "The Communications Workers of America said 30,000 members would strike.";
        assert_eq!(names(s), ["Communications Workers of America"]);
        let s = "The United Steelworkers of Canada said the mill would close.";
        assert_eq!(names(s), ["United Steelworkers of Canada"]);
        let s = "Fans of Liverpool said the tickets cost too much.";
        assert!(
            !names(s).iter().any(|n| n.contains(" of ")),
            "{:?}",
            names(s)
        );
        let s = "Talks between Senator Ann Price of Ohio and the union ended.";
        assert!(
            !names(s).iter().any(|n| n.contains(" of ")),
            "{:?}",
            names(s)
        );
    }

    #[test]
    fn the_joins_an_institution_s_name_after_its_of() {
        let s =
            "The U.N. Office for the Coordination of Humanitarian Affairs said 2,000 people fled.";
        assert!(
            names(s)
                .contains(&"U.N. Office for the Coordination of Humanitarian Affairs".to_string()),
            "{:?}",
            names(s)
        );
        // "the" after the "of" of a name that is no institution's is not joined.
        let s = "Reporters of the Times said so.";
        assert!(
            !names(s).iter().any(|n| n.contains(" the ")),
            "{:?}",
            names(s)
        );
    }

    #[test]
    fn a_public_body_named_by_a_people_or_a_place_is_the_subject_as_written() {
        for (text, want) in [
            (
                "The Kenyan government cut fuel subsidies in May.",
                "The Kenyan government",
            ),
            (
                "The Spanish navy rescued 43 migrants off the Canary Islands on Tuesday.",
                "The Spanish navy",
            ),
            (
                "The Ohio legislature passed the budget in March.",
                "The Ohio legislature",
            ),
            (
                "The Turkish central bank raised its key rate to 46% on Thursday.",
                "The Turkish central bank",
            ),
        ] {
            assert_eq!(subject(text).as_deref(), Some(want), "{text}");
        }
        // A business's noun after a people's word is a company named before, no body.
        assert_eq!(
            subject("The Japanese automaker recalled 40,000 cars on Monday."),
            None
        );
        // A name after "the" past the verb is no person acted on.
        assert_eq!(
            subject("A navy ship rescued 43 migrants off the Canary Islands on Tuesday."),
            None
        );
    }

    #[test]
    fn a_place_before_a_person_noun_is_no_subject() {
        assert_eq!(
            subject("A former New Jersey mayor was charged with bribery on Monday."),
            None
        );
        assert_eq!(subject("An Ohio man was arrested on Friday."), None);
        // A name of several words whose last word is no person noun stays the subject.
        assert_eq!(
            subject("The New Jersey Devils beat the Rangers 3-1 on Monday.").as_deref(),
            Some("New Jersey Devils")
        );
    }
}
