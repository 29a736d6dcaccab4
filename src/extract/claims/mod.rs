//! Claims: the check-worthy statements of an article, scored from explainable cues.
//!
//! A sentence becomes one claim, or several when it joins independent checkable statements
//! ("In 1999, he became …, and 10 years later he was selected …"). Text printed twice (photo
//! captions, also when only quotes or spaces differ, or when one copy is cut short) gives one claim;
//! lines of ids and numbers give none. The score is a sum of named cues, so the TUI can say why.

/// Is `word` one of `list` (lower-case words), ignoring ASCII case? No allocation.
///
/// A list of more than eight words is looked up in a hash set built once, at its first use, for
/// this call site: the decomposition asks these lists about every word, and a set per call site
/// costs no look-up of the set itself.
macro_rules! one_of {
    ($list:expr, $word:expr $(,)?) => {{
        const LIST: &[&str] = $list;
        let word: &str = $word;
        if LIST.len() <= 8 {
            LIST.iter().any(|w| w.eq_ignore_ascii_case(word))
        } else {
            static SET: std::sync::LazyLock<$crate::extract::claims::LowerSet> =
                std::sync::LazyLock::new(|| LIST.iter().copied().collect());
            $crate::extract::claims::in_lower_set(&SET, word)
        }
    }};
}

/// Is `word` exactly one of `list` (case kept)? Hashed like `one_of!`.
macro_rules! exactly_one_of {
    ($list:expr, $word:expr $(,)?) => {{
        const LIST: &[&str] = $list;
        static SET: std::sync::LazyLock<$crate::extract::claims::WordSet> =
            std::sync::LazyLock::new(|| LIST.iter().copied().collect());
        let word: &str = $word;
        SET.contains(word)
    }};
}

mod claimant;
mod coref;
mod decompose;
mod kind;
mod noise;
mod prepare;
mod restate;
mod subject;
mod words;

use super::chars::{is_alnum, is_alpha};
use super::{Claimant, Modifier, RawValue, ValueKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use subject::{is_person, names_into, subject_of};

/// An emptied buffer of words, its allocation kept, for words of another lifetime: the vector
/// is collected in place (the standard library reuses the allocation of a vector collected
/// into one of the same layout), so a buffer can outlive the text its words were taken from.
fn recycle<'b>(mut v: Vec<(usize, &str)>) -> Vec<(usize, &'b str)> {
    v.clear();
    v.into_iter().map(|(at, _)| (at, "")).collect()
}

/// A claim with byte offsets, before conversion to the public `Claim`.
#[derive(Debug, Clone, PartialEq)]
pub struct RawClaim {
    pub span: Range<usize>,
    pub sentence: usize,
    pub score: f64,
    /// Indexes into the `values` slice given to `find`.
    pub values: Vec<usize>,
    pub cues: Vec<std::borrow::Cow<'static, str>>,
    pub subject: Option<String>,
    /// The verbatim pieces (byte spans) the claim rests on, in reading order, inside `span`.
    pub parts: Vec<Range<usize>>,
    /// The standalone wording; `None` when it is the span's text as it stands.
    pub text: Option<String>,
    pub claimant: Option<super::Claimant>,
    pub kind: super::ClaimType,
    /// Other places (byte spans, later in the text) that state the same fact.
    pub appearances: Vec<Range<usize>>,
}

/// Sentences of more words than this are listed whole, not decomposed (news sentences run to
/// 30-60 words; the longest in real wire copy to about 150).
const MAX_WORDS_TO_DECOMPOSE: usize = 250;

/// The lowest score that makes a claim.
pub const THRESHOLD: f64 = super::score::THRESHOLD;

/// Find claims in `text`, given its sentences and its values (each tagged with its sentence, in order).
///
/// A long text is read in two passes at once, on two cores: pass one (`prepare`) reads each
/// sentence on its own a batch ahead, pass two takes the sentences in order with what the ones
/// before said. The claims are the same as one thread's.
pub fn find(text: &str, sentences: &[Range<usize>], values: &[(usize, RawValue)]) -> Vec<RawClaim> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    find_on(text, sentences, values, threads, PARALLEL_TEXT)
}

/// The least text for which pass one runs on a thread of its own: below it, starting a thread
/// costs more than it saves.
pub(crate) const PARALLEL_TEXT: usize = 64 << 10;

/// Batches pass one may have ready before pass two takes them.
const AHEAD: usize = 4;

/// Is `name` a body named by "the" and a common noun of an organisation, in the singular ("the
/// Biden administration", "the state government", "the national weather service"), no name?
fn body_named(name: &str) -> bool {
    // "Germany's finance ministry", "South Korea's science ministry": a body named by its
    // country's name and its noun, as "the" and the noun name one.
    let owned = || {
        let at = name.find("'s ").or_else(|| name.find("’s "))?;
        let owner = &name[..at];
        let space = at + name[at..].find(' ')?;
        (owner.starts_with(|c: char| c.is_uppercase()) && owner.split(' ').count() <= 3)
            .then(|| &name[space + 1..])
    };
    let Some(rest) = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .or_else(owned)
    else {
        return false;
    };
    let noun = last_word(rest);
    noun.bytes().all(|b| b.is_ascii_lowercase())
        && (claimant::org_noun(noun) || noun == "service")
        && !rest.contains(',')
}

/// "the Kenya National Union of Teachers's secretary general" → "Teachers'": a name of several
/// words put for a role ("the union's") whose last word is a plural in "-s" takes the
/// apostrophe alone ("United States'", "General Motors'"), unless the sentence writes it so.
fn plural_name_possessive(wording: &mut String, sentence: &str) {
    // Most wordings have no possessive at all: one byte search answers for them.
    if memchr::memchr2(b'\'', 0xE2, wording.as_bytes()).is_none() {
        return;
    }
    for mark in ["s's ", "s’s "] {
        // The apostrophe and its "s" (between the name's last "s" and the space).
        let ending = mark.len() - 2;
        let apostrophe = &mark[1..mark.len() - 2];
        let mut from = 0;
        while let Some(found) = find_str(&wording[from..], mark) {
            let at = from + found + 1;
            from = at;
            let head = &wording[..at];
            let last = head.rsplit(' ').next().unwrap_or("");
            // The name's words before it: capitalised, or "of" inside ("Union of Bus Drivers").
            let run = head
                .rsplit(' ')
                .skip(1)
                .take_while(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) || *w == "of")
                .last()
                .map_or(at, |w| w.as_ptr() as usize - head.as_ptr() as usize);
            let name = &head[run.min(at)..];
            // Of an organisation's name ("Union of Teachers", "General Motors", "United
            // States"), not a person's ("Maria Reyes's son").
            let plural = last.len() > 3
                && name.len() > last.len()
                && last.starts_with(|c: char| c.is_ascii_uppercase())
                && !last.ends_with("ss")
                && !last.ends_with("us")
                && ((name.contains(" of ") && last.ends_with("ers"))
                    || last == "States"
                    || claimant::is_org(name));
            if plural && !sentence.contains(&wording[at - last.len()..at + ending]) {
                wording.replace_range(at..at + ending, apostrophe);
            }
        }
    }
}

/// Whom a "he" or "she" opening the quoted words of `clause` means: the one person the pronoun
/// window holds for it, when that is not the speaker `speaker` (a quote's "she" is never its
/// own speaker: "“She never raised her voice,” said Daniel Cho").
fn quote_pronoun_means(
    entities: &restate::Entities,
    sentence: &str,
    names: &[(usize, &str)],
    clause: &Range<usize>,
    speaker: &str,
) -> Option<String> {
    let body = sentence.get(clause.clone())?;
    let first = body.trim_start_matches(|ch: char| !is_alnum(ch));
    let (word, rest) = first.split_once(' ')?;
    if !matches!(word, "He" | "She" | "he" | "she") {
        return None;
    }
    let start = clause.start + (body.len() - first.len());
    entities
        .pronoun_means(word, rest, sentence, names, start)
        .filter(|who| !restate::same_name(who, speaker))
}

/// Whom a tag's "it" (at byte `at` of `sentence`, "It said …", "…, it said") means: the
/// organisation the pronoun window names, or a body named by a common noun ("the ministry"),
/// as the article names it; none when "it" means a thing or no one.
fn it_speaker(
    entities: &restate::Entities,
    sentence: &str,
    names: &[(usize, &str)],
    at: usize,
) -> Option<Claimant> {
    let rest = sentence.get(at + 3..)?;
    let who = entities.pronoun_means("it", rest, sentence, names, at)?;
    let org = body_named(&who) || entities.is_org(&who) || entities.named_org(&who);
    org.then(|| Claimant {
        name: who
            .strip_prefix("The ")
            .map_or_else(|| who.clone(), |r| format!("the {r}")),
        kind: super::ClaimantKind::Organization,
    })
}

/// The name `name` at byte `at` when it is one plain word ("Smith") and the word after it a
/// finite verb in lower case ("scored", "missed"): a name that acts, as a person may.
fn lone_acting_head<'n>(
    name: &'n str,
    ws: &[(usize, &str)],
    classes: &[u32],
    at: usize,
) -> Option<&'n str> {
    let b = name.as_bytes();
    if b.len() < 3 || !b[0].is_ascii_uppercase() || !b[1..].iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let k = ws.iter().position(|&(a, _)| a == at)?;
    let (_, next) = *ws.get(k + 1)?;
    (ws[k].1 == name
        && next.starts_with(|c: char| c.is_ascii_lowercase())
        && classes.get(k + 1).is_some_and(|c| c & words::FINITE != 0)
        // "Davis added 28 points": a verb of speech before a figure is a deed.
        && (classes[k + 1] & words::SPEECH == 0
            || ws
                .get(k + 2)
                .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()))))
    .then_some(name)
}

/// `find`, with pass one on a thread of its own when `threads` is 2 or more and the text holds
/// `min_text` bytes or more.
pub fn find_on(
    text: &str,
    sentences: &[Range<usize>],
    values: &[(usize, RawValue)],
    threads: usize,
    min_text: usize,
) -> Vec<RawClaim> {
    let batch_at = |start: usize| start..(start + prepare::BATCH).min(sentences.len());
    if threads < 2 || text.len() < min_text || sentences.len() <= prepare::BATCH {
        let keys = dedup_keys(text, sentences);
        let mut claims = find_in(text, sentences, values, keys, |start, old| {
            let mut batch = old.unwrap_or_default();
            batch.prepare(text, sentences, values, batch_at(start), false);
            batch
        });
        merge_restated(text, &mut claims, false);
        restate::merge_by_meaning(text, values, &mut claims);
        return claims;
    }
    std::thread::scope(|scope| {
        let (ready, take) = std::sync::mpsc::sync_channel::<prepare::Batch>(AHEAD);
        let (give_back, taken) = std::sync::mpsc::channel::<prepare::Batch>();
        // The keys of the second half of the sentences are read by pass one's thread first.
        let half = sentences.len() / 2;
        let (keys_read, later_keys) = std::sync::mpsc::sync_channel(1);
        scope.spawn(move || {
            if keys_read
                .send(dedup_keys(text, &sentences[half..]))
                .is_err()
            {
                return;
            }
            let mut start = 0;
            while start < sentences.len() {
                let mut batch = taken.try_recv().unwrap_or_default();
                batch.prepare(text, sentences, values, batch_at(start), true);
                start = batch.end();
                // Pass two stopped (it panicked): nothing more is wanted.
                if ready.send(batch).is_err() {
                    return;
                }
            }
        });
        let (mut bytes, mut ends) = dedup_keys(text, &sentences[..half]);
        let (later, later_ends) = later_keys
            .recv()
            .expect("pass one reads the keys unless it panicked");
        let base = bytes.len();
        bytes.extend_from_slice(&later);
        ends.extend(later_ends.iter().map(|e| base + e));
        let mut claims = find_in(text, sentences, values, (bytes, ends), |_, old| {
            if let Some(old) = old {
                // Pass one may have finished: then the batch is dropped here.
                let _ = give_back.send(old);
            }
            take.recv()
                .expect("pass one prepares every sentence unless it panicked")
        });
        merge_restated(text, &mut claims, true);
        restate::merge_by_meaning(text, values, &mut claims);
        claims
    })
}

/// `f` of each of `items`, in order; on two threads, half each, when `parallel`.
fn map_halves<T: Sync, U: Send>(parallel: bool, items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    if !parallel || items.len() < 2 {
        return items.iter().map(f).collect();
    }
    let (first, second) = items.split_at(items.len() / 2);
    std::thread::scope(|scope| {
        let later = scope.spawn(|| second.iter().map(&f).collect::<Vec<U>>());
        let mut out: Vec<U> = Vec::with_capacity(items.len());
        out.extend(first.iter().map(&f));
        out.extend(later.join().expect("the second half is mapped"));
        out
    })
}

/// Every sentence's key (`push_dedup_key`) in one buffer, not a string each, and where each ends.
fn dedup_keys(text: &str, sentences: &[Range<usize>]) -> (Vec<u8>, Vec<usize>) {
    let mut bytes: Vec<u8> = Vec::with_capacity(sentences.last().map_or(0, |s| s.end));
    let mut ends: Vec<usize> = Vec::with_capacity(sentences.len());
    for s in sentences {
        push_dedup_key(&text[s.clone()], &mut bytes);
        ends.push(bytes.len());
    }
    (bytes, ends)
}

/// Pass two: the sentences in order, each read with what pass one prepared of it (`next`
/// gives the batch that starts at a sentence, given the batch done with).
fn find_in<'t>(
    text: &'t str,
    sentences: &[Range<usize>],
    values: &[(usize, RawValue)],
    keys: (Vec<u8>, Vec<usize>),
    mut next: impl FnMut(usize, Option<prepare::Batch<'t>>) -> prepare::Batch<'t>,
) -> Vec<RawClaim> {
    let mut claims: Vec<RawClaim> = Vec::new();
    let (key_bytes, key_ends) = keys;
    let all_keys = String::from_utf8(key_bytes).expect("whole characters only");
    let keys: Vec<&str> = key_ends
        .iter()
        .scan(0, |start, &end| {
            let key = &all_keys[*start..end];
            *start = end;
            Some(key)
        })
        .collect();
    // A sentence's key → the sentence and the range of its claims, for a repeat's appearances.
    let mut seen: FxHashMap<&str, (usize, Range<usize>)> = FxHashMap::default();
    // Buffers of each claim, reused from claim to claim rather than collected afresh: the kinds
    // of the sentence's values and of a claim's, and the byte spans of a claim's reworded tags.
    let mut sentence_kinds: Vec<ValueKind> = Vec::new();
    let mut kinds: Vec<ValueKind> = Vec::new();
    let mut tags: Vec<Range<usize>> = Vec::new();
    let mut part_words: Vec<(usize, &str)> = Vec::new();
    // A sentence's atomic claims with their claimant and whether they are quoted words.
    let mut atoms: Vec<(decompose::Atom, Option<Claimant>, bool)> = Vec::new();
    let mut last_person: Option<String> = None;
    // The organisation "the company" most likely means: the last named as one.
    let mut last_org: Option<String> = None;
    let mut surnames: FxHashSet<String> = FxHashSet::default();
    // Ages given in appositives ("X, 55,"), so "the 55-year-old" later names X.
    let mut ages: FxHashMap<String, String> = FxHashMap::default();
    // The people named lately with the nationality or age the text gave them, for "the
    // Belarusian" or "the 21-year-old American" after two people were named.
    let mut people = Traits::default();
    // Who "the company", "the senator" and a bare surname mean in a claim's wording.
    let mut entities = restate::Entities::default();
    let mut quotes = QuoteRun::default();
    // Whether each of a sentence's names is an organisation's (reused from sentence to sentence).
    let mut name_is_org: Vec<bool> = Vec::new();
    // What the words around each name say of its being a company's, when pass one did not read
    // it (reused from sentence to sentence).
    let mut company_cues: Vec<restate::CompanyCues> = Vec::new();
    let mut v = 0; // first value not before the current sentence
    // A sentence that opened with a person described, not named ("The 35-year-old striker
    // has scored …"): its index, the description's byte span and the age, for a name given at
    // the head of the next sentence.
    let mut described: Option<(usize, Range<usize>, String)> = None;
    // The sentence that last named a person (`last_person`).
    let mut person_named_at: Option<usize> = None;
    // Still at the top of the page: no sentence ended as one yet (a headline, a kicker, a
    // byline line come first).
    let mut top = true;
    // What pass one prepared of the sentences, a batch at a time.
    let mut batch = next(0, None);

    for (i, s) in sentences.iter().enumerate() {
        while v < values.len() && values[v].0 < i {
            v += 1;
        }
        let mut v_end = v;
        while v_end < values.len() && values[v_end].0 == i {
            v_end += 1;
        }
        if i == batch.end() {
            batch = next(i, Some(batch));
        }
        let prepare::Prepared {
            words: words_buf,
            classes,
            names,
            dateline,
            plural_lead,
            words16,
            mostly_words,
            opens_quote_run,
            ahead,
            noise: noisy,
            ready,
            pronoun,
            scored: sentence_scored,
            known,
            holes,
            clauses: prepared_clauses,
            personal,
            atoms: prepared_atoms,
            subject: prepared_subject,
            heads: prepared_heads,
            company_cues: prepared_cues,
            dates: prepared_dates,
            courtesy,
        } = batch.get(i);
        let (dateline, words16, ready) = (*dateline, *words16, *ready);
        let sentence = &text[s.clone()];
        let key = keys[i];
        // A byte search: the text between two sentences is a few bytes, where the standard
        // searcher's set-up costs more than the search.
        let paragraph = i == 0 || text.as_bytes()[sentences[i - 1].end..s.start].contains(&b'\n');
        // A quote that opens here and runs on past the sentence ("“The ceasefire is holding.
        // There have been …”"): its words are the speaker's named later, as the rest of the run.
        let in_quote = quotes.enter(sentence, paragraph) || *opens_quote_run;

        // Names are tracked through every sentence, so a pronoun later on can find its person.
        // One word list per sentence, for the names and the subject (`prepare`). A lone
        // capitalised first word in the plural ("Lawmakers have", "Floods killed") is a common
        // noun, unless a person of that surname was named before.
        // "Smith scored in the 30th minute, but he missed a penalty": a lone name at the head
        // that acts, with "he" or "she" after it and no other name between, is a person's
        // surname; so is one the next sentence goes on about with "He" or "She".
        // After a short lead ("In basketball, Curry scored") as well.
        if let Some(&(at0, n0)) = names.first()
            && (at0 == dateline || {
                let lead = sentence[dateline.min(at0)..at0].trim();
                lead.is_empty()
                    || (lead.len() < 32 && lead.ends_with(',') && !lead[..lead.len() - 1].contains(','))
            })
            && let Some(lone) = lone_acting_head(n0, words_buf, classes, at0)
            && !surnames.contains(lone)
            && !entities.is_org(lone)
            && !entities.named_org(lone)
            // "Davis scored …, but he": a lone word in "-s" ahead is a name unless its shape
            // is a common noun's ("Lawmakers", "Officials").
            && (!*plural_lead || !subject::plural_common_noun(lone))
        {
            let here = pronoun.is_some_and(|(at, _, unquoted)| {
                // A place between ("for Los Angeles") is no one.
                unquoted
                    && at > at0
                    && names.iter().skip(1).all(|&(a, _)| {
                        a > at
                            || matches!(
                                last_word(sentence[..a].trim_end()),
                                "in" | "for" | "at" | "from" | "to" | "against" | "near" | "of"
                            )
                    })
            });
            let next = !here
                && sentences.get(i + 1).is_some_and(|n| {
                    let t = text[n.clone()].trim_start();
                    t.starts_with("He ") || t.starts_with("She ")
                });
            if here || next {
                surnames.insert(lone.to_string());
                entities.lone_person(lone);
            }
        }
        let removed = *plural_lead && !surnames.contains(names[0].1);
        if removed {
            names.remove(0);
        }
        // Pass one read the clauses, the atoms and the subject without the plural lead: read
        // again with it kept.
        let names_as_read = *plural_lead == removed;
        // "Dr. Adler", "Ms. Okafor": a courtesy title (dropped from the name) before a name of one
        // word makes it a person's surname, for this sentence's speaker and the pronouns after.
        // Pass one found them (a plural lead, which opens the statement, has no title before it).
        for &name in courtesy.iter() {
            surnames.insert(name.to_string());
        }
        // Names the words around them show to be companies ("Boeing shares fell").
        let cues = if *ahead && names_as_read {
            &prepared_cues[..]
        } else {
            restate::company_cues(sentence, names, &mut company_cues);
            &company_cues[..]
        };
        entities.learn_companies(names, cues, &surnames);
        // "Real Madrid confirmed the signing. The club said …": a name of plain words at the
        // head, with no "he" or "she" after it and no organisation named beside it, that the
        // next sentence goes on about as a body is an organisation's (`named_as_body`).
        if pronoun.is_none()
            && let Some(&(at0, n0)) = names.first()
            && n0.contains(' ')
            && sentence[dateline.min(at0)..at0].trim().is_empty()
            && names[1..].iter().all(|(_, n)| !entities.is_org(n))
            && let Some(next) = sentences.get(i + 1)
            && let Some(noun) = restate::named_as_body(&text[next.clone()])
        {
            entities.learn_company(n0, noun, &surnames);
        }
        // Whom this sentence's "he" or "she" means: the one person named just before whose
        // gender the article does not contradict, or nobody when two could be meant.
        if paragraph {
            entities.paragraph();
        }
        let he_or_she = pronoun.map(|(at, g, unquoted)| {
            // Outside quoted words: a speaker's "he" tells nothing of the article's people.
            let outside = !in_quote && unquoted;
            (
                g,
                entities.pronoun_means(g, "", sentence, names, at),
                outside,
            )
        });
        let told = he_or_she
            .as_ref()
            .filter(|(_, _, outside)| *outside)
            .map(|(g, _, _)| *g);
        let resolved: Option<String>;
        let person_here: Option<&str> = match he_or_she {
            Some((_, who, _)) => {
                resolved = who;
                resolved.as_deref()
            }
            None => last_person.as_deref(),
        };
        let mention = told.zip(person_here);
        let sentence_subject = if *ahead && !*personal && names_as_read {
            prepared_subject.take()
        } else {
            subject_of(
                sentence,
                0..sentence.len(),
                names,
                words_buf,
                classes,
                person_here,
            )
        }
        // "Kalmaegi hit the country" after "Typhoon Kalmaegi made landfall": the storm's own
        // name alone is the subject.
        .or_else(|| entities.thing_at_head(sentence));
        // Three words at least, counted no further; or two and a value ("She was 91.", "Shares
        // fell 5%."), whose number is a word of its own: `words16`, counted up to 16 (for
        // `noise::is_noise_counted` too).
        let few = words16.min(3);
        let wordy = few >= 3 || (v < v_end && few >= 2);
        let repeat = seen.get(key).cloned();
        let skip = key.is_empty()
            || repeat.is_some()
            || !*mostly_words
            // A copy cut short (a caption printed once in full) goes with its longer twin.
            || (key.len() >= 24
                && [i.wrapping_sub(1), i + 1]
                    .iter()
                    .filter_map(|&j| keys.get(j))
                    .any(|k| k.len() > key.len() && k.starts_with(key)));
        if let Some((first, range)) = repeat.clone() {
            // The same text again: where each of its claims appears a second time.
            let same = text[sentences[first].clone()] == *sentence;
            for c in &mut claims[range] {
                let again = if same {
                    c.span.start - sentences[first].start + s.start
                        ..c.span.end - sentences[first].start + s.start
                } else {
                    s.clone()
                };
                c.appearances.push(again);
            }
        }
        // A copy cut short of the sentence before ("X, the lawyer said. X."): another appearance
        // of that sentence's claim of the same words.
        if skip
            && repeat.is_none()
            && !key.is_empty()
            && i > 0
            && keys[i - 1].len() > key.len()
            && keys[i - 1].starts_with(key)
            && let Some(c) = claims
                .iter_mut()
                .rev()
                .take_while(|c| c.sentence == i - 1)
                .find(|c| {
                    c.parts.len() == 1
                        && c.parts[0].len() >= key.len()
                        && dedup_key(&text[c.parts[0].clone()]) == key
                })
        {
            c.appearances.push(s.clone());
        }
        // "The 35-year-old striker has scored 212 goals. Lopes, who joined …": the person the
        // sentence before described is the one this sentence names first, at its head.
        if let Some((d, np, years)) = described.take()
            && d + 1 == i
            && let Some(p) = sentence_subject.as_deref()
            && let who = restate::split_title(p).1
            && let Some(at) = sentence.find(who)
            // At the head of the sentence, after a title at most ("Dr. Ingrid Solberg").
            && sentence[..at]
                .split_whitespace()
                .all(|w| claimant::is_title(w.trim_end_matches('.')))
            && !claimant::is_org(who)
            && who.starts_with(char::is_uppercase)
            && !surnames.contains(last_word(who))
        {
            let who = who.to_string();
            name_described(text, values, &mut claims, d, np, &years, &who);
        }
        let first_claim = claims.len();
        // A caption: a line followed, on the same line, by its picture's credit in brackets.
        let credited = sentences.get(i + 1).is_some_and(|n| {
            let next = &text[n.clone()];
            next.trim_start().starts_with('(')
                && !text.as_bytes()[s.end..n.start].contains(&b'\n')
                && noise::is_noise(next)
        });
        // A headline or a kicker: a line of its own at the top of the page, before the first
        // sentence that ends as one, with no full stop, question or exclamation mark of its
        // own, and more text after it. It announces what the story states; the story's own
        // sentences are the claims.
        let headline = top
            && paragraph
            && !noise::ends_as_sentence(sentence)
            && sentences
                .get(i + 1)
                .is_some_and(|n| text.as_bytes()[s.end..n.start].contains(&b'\n'));
        top &= !noise::ends_as_sentence(sentence);
        let noise = !skip
            && (headline
                || credited
                || if *ahead {
                    *noisy
                } else {
                    noise::is_noise_counted(sentence, words16, words_buf)
                });
        if !skip && wordy && !noise {
            let sentence_values = &values[v..v_end];
            // The model was trained on whole sentences: the sentence says whether what it states
            // is check-worthy, each fact's own score ranks it.
            sentence_kinds.clear();
            sentence_kinds.extend(sentence_values.iter().map(|(_, x)| x.kind));
            // Read by pass one when it ran ahead, else now.
            let sentence_scored = if ready {
                *sentence_scored
            } else {
                *holes = noise::caption_marks(sentence);
                super::score::score_keeping(sentence, &sentence_kinds, known)
            };
            let sentence_score = sentence_scored.0;
            let ctx = decompose::Words {
                text: sentence,
                words: words_buf,
                names,
                person: person_here,
                classes,
            };
            let start = dateline;
            let subs = rewordings(
                sentence,
                s.start,
                sentence_values,
                words_buf,
                &ages,
                prepared_dates.take(),
            );
            let person = sentence_subject.as_deref().or(person_here);
            // Whom a tag's "he" or "she" means: not the subject of the quoted words before it
            // (“Measles is highly infectious,” she said.) unless that is a person.
            let tag_person = match sentence_subject.as_deref() {
                Some(s)
                    if person_here.is_some()
                        && (!is_person(s, "", &surnames)
                            || sentence.trim_start().starts_with(claimant::is_quote_mark)) =>
                {
                    person_here
                }
                _ => person,
            };
            // A "sentence" far longer than any a reporter writes (a run-on page, a hostile input)
            // is not taken apart: decomposing it costs more than linear time.
            let whole = in_quote || words_buf.len() > MAX_WORDS_TO_DECOMPOSE;
            // The clauses (and atoms) pass one read are the sentence's.
            let read_ahead = !whole && ready && names_as_read;
            let clauses = if whole {
                std::iter::once(start..sentence.len()).collect()
            } else if read_ahead {
                std::mem::take(prepared_clauses)
            } else {
                decompose::clauses(&ctx, start..sentence.len(), false)
            };
            // Each clause's own speaker, found first: a tag that ends the sentence ("…, and Y
            // fell 3%, the agency said") speaks for every clause of it.
            let clause_tags: Vec<Option<claimant::Attribution>> = clauses
                .iter()
                .map(|clause| {
                    let mut a = claimant::attribution(
                        sentence,
                        clause.clone(),
                        words_buf,
                        classes,
                        names,
                        tag_person,
                        &surnames,
                    )?;
                    // "It said …": the organisation "it" means, or no tag.
                    if a.claimant.name == claimant::IT {
                        a.claimant = it_speaker(&entities, sentence, names, a.piece.start)?;
                        return Some(a);
                    }
                    // "Banco Santander said …" after the article showed it to be a company.
                    if a.claimant.kind == super::ClaimantKind::Person
                        && entities.is_company(&a.claimant.name)
                    {
                        a.claimant.kind = super::ClaimantKind::Organization;
                    }
                    // "…, researchers reported in the journal Nature Astronomy. …, the team
                    // estimated": the researchers who spoke lately, never an organisation
                    // named as the owner of something ("NASA's Lunar Reconnaissance Orbiter").
                    if let Some(who) = research_meant(&a.claimant.name, &claims[..first_claim]) {
                        a.claimant = who;
                        return Some(a);
                    }
                    // "the company said", "the carmaker said": the organisation last named
                    // as one, in this sentence or before.
                    if let Some(org) = claimant::role_of_org(&a.claimant)
                        .then(|| {
                            // "The club said", "the chipmaker said": an organisation of a kind
                            // the noun fits ("the club" is no broadcaster named last); another
                            // noun ("the department"), the organisation last named.
                            // "The Japanese automaker said": the noun after its country.
                            // "The club's medical staff": the club's noun.
                            let noun = claimant::role_noun(
                                claimant::owner_of(&a.claimant.name)
                                    .strip_prefix("the ")
                                    .unwrap_or(""),
                            );
                            // "the planemaker", "the toymaker": a maker is a manufacturer.
                            let noun = if noun.ends_with("maker") && !restate::is_org_role(noun) {
                                "manufacturer"
                            } else {
                                noun
                            };
                            let by_kind = restate::is_org_role(noun);
                            // "The Italian government said": a body a people's adjective
                            // names, no organisation named before.
                            let national = || {
                                a.claimant
                                    .name
                                    .split(' ')
                                    .any(|w| subject::country_of(w).is_some())
                            };
                            // "The French league said", "the Spanish federation said": a
                            // nation's body, named by its people's adjective, is no
                            // organisation named before; "the Japanese automaker", "the German
                            // club" is a business or a club named before.
                            let found = if national() && !restate::nation_refers_back(noun) {
                                None
                            } else if by_kind {
                                entities
                                    .org_of_role(noun, Some(a.piece.start), sentence, names)
                                    .map(str::to_string)
                            } else if national() {
                                None
                            } else {
                                // "…, the news agency WAFA reported. The army said": an outlet
                                // that tells the story is no army, ministry or police of it
                                // (a newspaper, a network may be one).
                                let outlet_noun = one_of!(
                                    &["newspaper", "magazine", "website", "network", "channel"],
                                    noun
                                );
                                // "The Bank of England held rates …. The central bank said":
                                // only a central bank (not the last company named).
                                let central = noun == "central bank";
                                let fits = |n: &str| {
                                    (outlet_noun || !entities.is_outlet(n))
                                        && (!central || claimant::central_bank_name(n))
                                };
                                names
                                    .iter()
                                    .find(|(at, n)| {
                                        *at < a.piece.start && entities.is_org(n) && fits(n)
                                    })
                                    .map(|(_, n)| (*n).to_string())
                                    .or_else(|| last_org.clone().filter(|o| fits(o)))
                            };
                            found
                                .or_else(|| {
                                    // "According to the company, Nimbus raised $40 million":
                                    // a business named right after a tag put first.
                                    let after = sentence[a.piece.end..].strip_prefix(", ")?;
                                    let at = sentence.len() - after.len();
                                    let (_, n) = names.iter().find(|(s, _)| *s == at)?;
                                    // Not a person known as one: by a title or a surname
                                    // named before ("Chief Executive Jane Doe will …").
                                    let person = titled_or_known(n, &surnames);
                                    (sentence[..a.piece.start].trim().is_empty()
                                        && claimant::business_noun(&a.claimant.name)
                                        && !person)
                                        .then(|| (*n).to_string())
                                })
                                .or_else(|| {
                                    head_org_of_tag(&a, sentence, names, dateline, &surnames)
                                })
                        })
                        .flatten()
                    {
                        a.claimant = Claimant {
                            name: org,
                            kind: super::ClaimantKind::Organization,
                        };
                    } else if let Some(noun) = a
                        .claimant
                        .name
                        .strip_prefix("their ")
                        .or_else(|| a.claimant.name.strip_prefix("Their "))
                        && claimant::org_noun(noun)
                        && let Some(body) = entities.crowd_body(noun)
                    {
                        // "Matatu owners protested. Their association said …": the body of
                        // the people the last sentence was about.
                        a.claimant = Claimant {
                            name: body,
                            kind: super::ClaimantKind::Organization,
                        };
                    } else if a.claimant.kind == super::ClaimantKind::Organization
                        && let Some(body) = claimant::body_of_group(&a.claimant.name)
                        && entities.named_org(body)
                    {
                        // "Tesla cut prices. Tesla officials said …": a body the article named
                        // before as an organisation speaks through its people.
                        a.claimant.name = body.to_string();
                    } else if a.claimant.name.starts_with(char::is_uppercase)
                        && let Some(&(_, n)) = names.iter().find(|&&(at, n)| {
                            n == a.claimant.name
                                && (a.piece.start..a.piece.end).contains(&at)
                                && restate::after_the(sentence, at)
                        })
                        && claimant::after_last_role(n).is_none()
                        && !n
                            .split(' ')
                            .next()
                            .is_some_and(|w| claimant::is_title(w.trim_end_matches('.')))
                    {
                        // "The Federal Reserve said": a name "the" opens is no person's; "The
                        // Reserve said", "The Institute said": the organisation named before
                        // that has the word as its own (`Entities::org_by_word`).
                        if !n.contains(' ')
                            && let Some(org) = entities.org_by_word(n)
                        {
                            a.claimant.name = org.to_string();
                        }
                        a.claimant.kind = super::ClaimantKind::Organization;
                    }
                    Some(a)
                })
                .collect();
            let sentence_tag = clause_tags
                .iter()
                .flatten()
                .find(|a| a.speaker_last)
                .cloned();
            // The speaker of an earlier clause, who may go on in a later one ("…, she said, and
            // added that …").
            let mut speaker: Option<Claimant> = None;
            // The tag of an earlier clause that names its speaker first ("Cloudflare said on
            // Tuesday that …"), whose words may go on in a later clause ("…, and that it would
            // change …").
            let mut first_tag: Option<claimant::Attribution> = None;
            // The clause before was the first tag's reported words, a clause of their own
            // ("X said inflation had fallen to 3%"): a clause joined after may go on with them.
            let mut words_on = false;
            for (k, (clause, tag)) in clauses.into_iter().zip(clause_tags).enumerate() {
                let mut borrowed = false;
                let words_before = std::mem::take(&mut words_on);
                let said = tag
                    .or_else(|| {
                        let (verb, words) = restate::speech_goes_on(sentence, clause.clone())?;
                        Some(claimant::Attribution {
                            claimant: speaker.clone()?,
                            piece: verb,
                            content: vec![words],
                            speaker_last: false,
                            quoted: false,
                        })
                    })
                    .or_else(|| {
                        let words = restate::that_goes_on(&ctx, clause.clone())?;
                        borrowed = true;
                        Some(claimant::Attribution {
                            content: vec![words],
                            ..first_tag.clone()?
                        })
                    })
                    .or_else(|| {
                        let tag = first_tag.as_ref().filter(|_| words_before)?;
                        let said = tag.content.last()?.clone();
                        let words = restate::words_go_on(&ctx, said, clause.clone())?;
                        borrowed = true;
                        Some(claimant::Attribution {
                            content: vec![words],
                            ..tag.clone()
                        })
                    });
                match said {
                    Some(mut a) => {
                        // "“A, but B,” X said": the clause after the first is still inside the
                        // quote the sentence opened; its words are quoted as the first's, without
                        // the closing mark they do not open.
                        if a.speaker_last
                            && !a.quoted
                            && let Some(c) = a.content.first_mut()
                            && let Some(body) = sentence.get(c.clone())
                            && !body.starts_with(claimant::is_quote_mark)
                            && let head = &sentence[..c.start]
                            && (head.matches('“').count() > head.matches('”').count()
                                || head.matches('"').count() % 2 == 1)
                            && let Some(inner) = body
                                .trim_end_matches(['.', ',', ' '])
                                .strip_suffix(['”', '"'])
                        {
                            c.end = c.start + inner.trim_end_matches([',', ' ']).len();
                            a.quoted = true;
                        }
                        // The claims of the quote so far take the speaker's full name ("Lopez
                        // said." after "Senator Maria Lopez" named before).
                        let mut who = a.claimant.clone();
                        entities.name_in_full(&mut who);
                        quotes.speaker(&who, &mut claims);
                        speaker = Some(a.claimant.clone());
                        if !borrowed && !a.speaker_last && !a.quoted {
                            first_tag = Some(a.clone());
                        }
                        words_on = !a.speaker_last
                            && !a.quoted
                            && a.content.last().is_some_and(|c| {
                                (ctx.index(c.start)..ctx.index(c.end)).any(|j| ctx.finite(j))
                            });
                        let the = entities.named_with_the(&a.claimant.name);
                        attributed(&ctx, clause, &a, borrowed, the, &mut atoms);
                    }
                    None if !in_quote && !whole && sentence_tag.is_some() => {
                        // A clause of a sentence whose tag stands in another clause: the same
                        // speaker's words, quoted when they open with a quotation mark.
                        let Some(tag) = &sentence_tag else { continue };
                        let t = &sentence[clause.clone()];
                        let lead = t.len() - t.trim_start().len();
                        let end = clause.start + t.trim_end_matches([' ', ',', ';']).len();
                        let body = (clause.start + lead).min(end)..end;
                        if body.is_empty() {
                            continue;
                        }
                        let a = claimant::Attribution {
                            content: vec![body.clone()],
                            quoted: sentence[body].starts_with(claimant::is_quote_mark),
                            ..tag.clone()
                        };
                        let the = entities.named_with_the(&a.claimant.name);
                        attributed(&ctx, clause, &a, true, the, &mut atoms);
                    }
                    None if in_quote => {
                        // Inside a quote that runs over sentences or paragraphs: the run's
                        // speaker.
                        let marked = sentence[clause.clone()]
                            .trim_start()
                            .starts_with(claimant::is_quote_mark);
                        let pieces = match &quotes.speaker {
                            Some(c) => vec![
                                decompose::Piece::Say(if marked {
                                    format!("{} said:", c.name)
                                } else {
                                    format!("{} said: “", c.name)
                                }),
                                decompose::Piece::Span(clause.clone()),
                            ],
                            None => vec![decompose::Piece::Span(clause.clone())],
                        };
                        let atom = decompose::Atom {
                            pieces,
                            clause,
                            ..Default::default()
                        };
                        atoms.push((atom, quotes.speaker.clone(), true));
                    }
                    None if whole => {
                        let atom = decompose::Atom {
                            pieces: vec![decompose::Piece::Span(clause.clone())],
                            clause,
                            ..Default::default()
                        };
                        atoms.push((atom, None, false));
                    }
                    None => {
                        let Some(source) = claimant::data_source(sentence, clause.clone(), names)
                        else {
                            // "Goldman Sachs now sees U.S. growth of 1.5% in 2026": the name
                            // that holds the view its claimant (`claimant::view_holder`).
                            let viewer = claimant::view_holder(sentence, clause.clone(), names);
                            let split = match prepared_atoms.get_mut(k).and_then(Option::take) {
                                Some(split) if read_ahead => split,
                                _ => decompose::split(&ctx, clause),
                            };
                            for atom in split {
                                let speaker = atom.speaker.as_deref().or(viewer).map(|n| {
                                    let mut c = claimant::named(n, &surnames);
                                    // "Mary, 77, …, adding, “…”": the person the article follows.
                                    if person_here == Some(n) {
                                        c.kind = super::ClaimantKind::Person;
                                    } else if body_named(n) {
                                        // "the Kenyan government": a body, as a tag names it.
                                        c.kind = super::ClaimantKind::Organization;
                                    }
                                    c
                                });
                                atoms.push((atom, speaker, false));
                            }
                            continue;
                        };
                        // "Data from the British Retail Consortium show …", "…, official
                        // figures showed on Friday.": the source of the figures states them (a
                        // named one is the claimant); its words are worded with it, as a tag
                        // is, and the claim rests on what they show.
                        let (mut said, _) = decompose::render(
                            sentence,
                            &[decompose::Piece::Span(source.tag.clone())],
                            &subs,
                            holes,
                        );
                        said.truncate(said.trim_end_matches('.').len());
                        let first = source.tag.start == clause.start
                            || sentence[clause.start..source.tag.start].trim().is_empty();
                        if !first {
                            // In the sentence's case: "official figures showed …".
                            if let Some(c) = said.chars().next()
                                && sentence[source.tag.clone()].starts_with(char::is_lowercase)
                            {
                                said.replace_range(..c.len_utf8(), &c.to_lowercase().to_string());
                            }
                            said.insert_str(0, ", ");
                        }
                        for mut atom in decompose::split(&ctx, source.content.clone()) {
                            if first {
                                atom.pieces.insert(0, decompose::Piece::Say(said.clone()));
                            } else {
                                atom.pieces.push(decompose::Piece::Say(said.clone()));
                            }
                            atom.reported = true;
                            atoms.push((atom, source.claimant.clone(), false));
                        }
                    }
                }
            }
            let mut run_speaker: Option<Claimant> = None;
            for (atom, mut claimant, quoted) in atoms.drain(..) {
                // Every piece a span of the sentence, in order and on characters: a rule that
                // counted offsets wrong on damaged text (odd spaces, words said twice) makes
                // no claim rather than a wrong one or a panic.
                if !decompose::pieces_lie_in(sentence, &atom.pieces) {
                    continue;
                }
                // A fact that rests on a caption mark ("His parents, second and third from
                // right, said …" is no claim that the parents are "second and third from
                // right"): with the mark cut out, it would say nothing ("His parents is.").
                if !holes.is_empty()
                    && atom.pieces.iter().any(|p| {
                        matches!(p, decompose::Piece::Span(r)
                            if holes.iter().any(|h| h.start <= r.start && r.end <= h.end)
                                && !sentence.get(r.clone()).is_some_and(|t| t.trim().is_empty()))
                    })
                {
                    continue;
                }
                if let Some((age, name)) = &atom.age {
                    ages.insert(age.clone(), subject::without_nationality(name).to_string());
                }
                // Quoted words stay as they were said: no date is reworded inside a quote.
                let no_subs: &[(Range<usize>, String)] = &[];
                let (mut wording, parts) = decompose::render(
                    sentence,
                    &atom.pieces,
                    if quoted { no_subs } else { &subs },
                    holes,
                );
                // Quoted words end with their mark, also those a speaker's ", adding, “…" opens
                // and the next sentences go on with: the run is theirs.
                let closed = close_quotes(&mut wording);
                if closed && !quoted && atom.speaker.is_some() && quotes.speaker.is_none() {
                    run_speaker = claimant.clone();
                }
                if !quoted && let Some(first) = parts.first() {
                    future_in_time_clause(&sentence[..first.start], &mut wording);
                }
                if atom.reported {
                    lower_after_tag(
                        &mut wording,
                        atom.said_then.as_deref(),
                        names,
                        &surnames,
                        // "Consumer prices rose": a word the article writes with a
                        // capital only where a sentence opens, and names no organisation.
                        |w| capitalised_inside(text, s.clone(), w) || entities.named_org(w),
                        |w| capitalised_inside(text, s.clone(), w),
                    );
                }
                // A part is verbatim words: no space at either end, none empty. Trimmed in
                // place, then made absolute in place: no second vector.
                let mut parts = parts;
                parts.retain_mut(|r| {
                    let Some(piece) = sentence.get(r.clone()) else {
                        return false;
                    };
                    let start = r.start + (piece.len() - piece.trim_start().len());
                    let end = r.start + piece.trim_end().len();
                    *r = start..end;
                    start < end
                });
                let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
                    continue;
                };
                let first_start = first.start;
                let abs = s.start + first.start..s.start + last.end;
                for r in &mut parts {
                    *r = s.start + r.start..s.start + r.end;
                }
                // The values inside the parts; sorted and not overlapping, so halve to the first.
                let lo = v + values[v..v_end].partition_point(|(_, x)| x.span.start < abs.start);
                // A speaker's tag reworded ("Mary, 77, told" → "Mary said") brings no values.
                tags.clear();
                tags.extend(atom.pieces.iter().filter_map(|p| match p {
                    decompose::Piece::Sub(r, w) if !w.contains(|c: char| c.is_ascii_digit()) => {
                        Some(s.start + r.start..s.start + r.end)
                    }
                    _ => None,
                }));
                let in_parts: Vec<usize> = (lo..v_end)
                    .take_while(|&k| values[k].1.span.start < abs.end)
                    .filter(|&k| {
                        let sp = &values[k].1.span;
                        parts.iter().any(|p| p.start <= sp.start && sp.end <= p.end)
                            && !tags.iter().any(|t| t.start <= sp.start && sp.end <= t.end)
                    })
                    .collect();
                if !at_least_words(&wording, 3)
                    && (in_parts.is_empty() || !at_least_words(&wording, 2))
                {
                    continue;
                }
                kinds.clear();
                kinds.extend(in_parts.iter().map(|&k| values[k].1.kind));
                if !checkable(
                    words_buf,
                    &parts,
                    names,
                    s.start,
                    atom.reported,
                    quoted,
                    &mut part_words,
                ) {
                    continue;
                }
                let subject = atom.subject.clone().or_else(|| {
                    if atom.settled {
                        return None;
                    }
                    let about = atom.clause.clone();
                    let person = if atom.reported { None } else { person_here };
                    if about == (0..sentence.len()) && !atom.reported {
                        sentence_subject.clone()
                    } else {
                        subject_of(sentence, about, names, words_buf, classes, person)
                    }
                });
                // "The union said its members would stay out", "Reilly said his client would
                // appeal": reported words that open with the speaker's people (an
                // organisation's members or staff, a person's relative or client) are not
                // about the speaker.
                let about_others = subject.is_none()
                    && atom.reported
                    && claimant.as_ref().is_some_and(|c| {
                        sentence
                            .get(atom.clause.clone())
                            .map(|t| t.trim_start_matches(|ch: char| !is_alnum(ch)))
                            .and_then(|t| t.split_once(' '))
                            .is_some_and(|(word, rest)| {
                                one_of!(&["its", "their", "his", "her"], word)
                                    && restate::others_of(
                                        rest.split(|ch: char| !is_alnum(ch) && ch != '-')
                                            .next()
                                            .unwrap_or(""),
                                        matches!(c.kind, super::ClaimantKind::Person),
                                    )
                            })
                    });
                // "Harlow Foods said its profit rose": the speaker's own thing is about them.
                let subject = subject.or_else(|| {
                    let c = claimant.as_ref().filter(|_| atom.reported)?;
                    let first = sentence
                        .get(atom.clause.clone())?
                        .trim_start_matches(|ch: char| !is_alnum(ch));
                    let (word, rest) = first.split_once(' ')?;
                    let start =
                        atom.clause.start + (sentence[atom.clause.clone()].len() - first.len());
                    // "Okafor tweeted that he had signed": reported words (not quoted, where
                    // "he" is someone else) about "he" or "she" are about the speaker when no
                    // one else is named before.
                    // "The union said its members would stay out", "Reilly said his client
                    // would appeal": the people of an organisation, or a person's relative,
                    // client or party, are others than the speaker.
                    // About them, not the speaker: the one the speaker is introduced as the
                    // relation of ("Kane's lawyer, Thomas Reilly, said his client …" → Kane;
                    // "Her daughter, Grace Okafor, said her mother …" → the "her" before), or
                    // no one.
                    if about_others {
                        return matches!(c.kind, super::ClaimantKind::Person)
                            .then(|| relation_owner(sentence, names, &c.name, person_here))
                            .flatten();
                    }
                    let own = match c.kind {
                        super::ClaimantKind::Organization => one_of!(&["its", "their"], word),
                        super::ClaimantKind::Person => {
                            one_of!(&["his", "her", "their"], word)
                                || (!quoted
                                    && one_of!(&["he", "she"], word)
                                    && entities.only_speaker(word, sentence, names, start, &c.name))
                        }
                    };
                    // "Acme said it would build a plant": the speaker, when no one else can be
                    // meant.
                    let means = || {
                        entities
                            .pronoun_means(word, rest, sentence, names, start)
                            .filter(|who| restate::same_name(who, &c.name))
                    };
                    // "Tesla said it delivered …": an organisation that speaks of "it", with no
                    // other name before it, speaks of itself.
                    let itself = matches!(c.kind, super::ClaimantKind::Organization)
                        // (not "IT spending rose": a term in capitals is no pronoun)
                        && matches!(word, "it" | "It")
                        && coref::it_does(rest)
                        // Not a thing named just before ("The wildfire … It is 20% contained,
                        // fire officials said").
                        && entities
                            .pronoun_means(word, rest, sentence, names, start)
                            .is_none_or(|who| restate::same_name(&who, &c.name))
                        && names
                            .iter()
                            .take_while(|(at, _)| *at < start)
                            .all(|(_, n)| restate::same_name(n, &c.name));
                    (own || itself || means().is_some()).then(|| c.name.clone())
                });
                // Reported words that name no one: about their speaker ("“We will not
                // accept …,” President Luka Petrov said"; "The outage knocked out email …,
                // Postwave said").
                let subject = subject.or_else(|| {
                    let c = claimant.as_ref().filter(|_| atom.reported)?;
                    speaker_as_subject(sentence, &atom.clause, names, &surnames, c, quoted)
                });
                // "“She never raised her voice,” said Daniel Cho": a "he" or "she" that opens
                // quoted words is never their speaker; it is the one person the window holds
                // for it, when that is someone else.
                let subject = subject.or_else(|| {
                    let c = claimant.as_ref().filter(|_| quoted)?;
                    quote_pronoun_means(&entities, sentence, names, &atom.clause, &c.name)
                });
                let mut subject = subject;
                let said_at = atom
                    .said_then
                    .as_deref()
                    .and_then(|t| after_said(&wording, t));
                entities.resolve(
                    &mut wording,
                    &mut subject,
                    &mut claimant,
                    quoted,
                    sentence,
                    names,
                    first_start,
                    said_at,
                );
                plural_name_possessive(&mut wording, sentence);
                // "The airline said its pilots …": "the airline" made the speaker's name is
                // still not what its people's doings are about.
                if about_others
                    && let (Some(c), Some(sub)) = (claimant.as_ref(), subject.as_deref())
                    && restate::same_name(sub, &c.name)
                {
                    subject = None;
                }
                // "According to Boeing, Boeing lost $1.4 billion": an organisation speaking of
                // itself says "it" ("Boeing said it lost $1.4 billion").
                // Also with "the" ("According to the European Union, the European Union
                // pledged" → "The European Union said it pledged").
                if let Some(c) = claimant.as_ref()
                    && c.kind == super::ClaimantKind::Organization
                    && let Some(rest) = wording.strip_prefix("According to ")
                    && let (rest, the) = rest
                        .strip_prefix("the ")
                        .map_or((rest, ""), |r| (r, "The "))
                    && let Some(after) = rest.strip_prefix(c.name.as_str())
                    && let Some(after) = after.strip_prefix(", ")
                    && let after = after
                        .strip_prefix("the ")
                        .or_else(|| after.strip_prefix("The "))
                        .filter(|_| !the.is_empty())
                        .unwrap_or(after)
                    && let Some(tail) = after.strip_prefix(c.name.as_str())
                    && tail.starts_with(' ')
                    // Not the name as a modifier ("Manchester United manager Erik ten Hag will
                    // stay"): "it" would stand for the name before a noun.
                    && !modifies_a_name(tail)
                {
                    wording = [the, c.name.as_str(), " said ", it_or_its(tail), tail].concat();
                }
                // "On May 14, 2024, Boeing said Boeing delivered …" (a tag put last, worded
                // after its time): "Boeing said it delivered".
                if let Some(tag) = atom.said_then.as_deref()
                    && let Some(c) = claimant.as_ref()
                    && c.kind == super::ClaimantKind::Organization
                    && tag.strip_suffix(c.name.as_str()).is_none()
                    && find_str(tag, c.name.as_str()).is_some()
                    && let Some(that) = after_said(&wording, tag)
                    && let Some(after) = wording.get(that..)
                    && let Some(tail) = after
                        .strip_prefix("the ")
                        .unwrap_or(after)
                        .strip_prefix(c.name.as_str())
                    && tail.starts_with(' ')
                    && !modifies_a_name(tail)
                {
                    wording = [&wording[..that], it_or_its(tail), tail].concat();
                }
                // Named in full without a title ("Judge Rosa Alvarez" → "Rosa Alvarez", "Kestrel
                // CEO Priya Natarajan" → "Priya Natarajan"), as long as a full name is left.
                // A title and a full name take two spaces at least: most subjects have fewer.
                if let Some(sub) = subject.as_deref()
                    && sub.bytes().filter(|&b| b == b' ').count() >= 2
                    && let bare = restate::untitled(sub)
                    && bare.len() < sub.len()
                    && bare.contains(' ')
                    && !claimant::is_org(sub)
                {
                    subject = Some(bare.to_string());
                }
                // The claimant likewise ("Mayor Tom Briggs said" → "Tom Briggs").
                if let Some(c) = claimant.as_mut()
                    && c.kind == super::ClaimantKind::Person
                    && c.name.bytes().filter(|&b| b == b' ').count() >= 2
                    && let bare = restate::untitled(&c.name)
                    && bare.len() < c.name.len()
                    && bare.contains(' ')
                {
                    c.name = bare.to_string();
                }
                // Scored as it will be read, after its pronoun is named ("She was 91." alone says
                // little; "Mary Smith was 91." is a fact). A claim worded as its whole sentence,
                // with the sentence's values, has the sentence's score: it is not computed twice.
                let (score, cues) = if wording == sentence && kinds == sentence_kinds {
                    sentence_scored
                } else {
                    super::score::score_with(&wording, &kinds, sentence, known)
                };
                // A fact split from a check-worthy sentence is listed unless it reads, alone, as
                // an opinion, a question, a greeting, an exclamation or a caption (asked only of a
                // fact below the threshold).
                let unfit = || {
                    ["opinion", "question", "greeting", "exclamation", "caption"]
                        .iter()
                        .any(|c| cues.has(c))
                };
                if score < THRESHOLD
                    && (sentence_score < THRESHOLD || unfit())
                    && (quoted
                        || !(commitment(&wording)
                            || dated_expectation(&wording, &kinds)
                            || pending_step(&wording)
                            || rating_action(&wording)))
                {
                    continue;
                }
                // "In 2003 she testified that …", "Park said on Tuesday that …": when the words
                // were said is no time they tell; only the words' own values type them.
                let said_at = s.start + atom.clause.start;
                let kinds_said: Vec<ValueKind>;
                let kinds_typed = if atom.reported
                    && !quoted
                    && in_parts.iter().any(|&k| values[k].1.span.start < said_at)
                {
                    kinds_said = in_parts
                        .iter()
                        .filter(|&&k| {
                            values[k].1.span.start >= said_at
                                || !matches!(
                                    values[k].1.kind,
                                    ValueKind::Date | ValueKind::Time | ValueKind::Duration
                                )
                        })
                        .map(|&k| values[k].1.kind)
                        .collect();
                    &kinds_said[..]
                } else {
                    &kinds[..]
                };
                let kind = match atom.kind {
                    Some(k) if !quoted => k,
                    _ => kind::classify(&wording, kinds_typed, quoted),
                };
                let verbatim = parts.len() == 1 && text[abs.clone()] == wording;
                if quoted && claimant.is_none() {
                    quotes.unclaimed.push(claims.len());
                }
                claims.push(RawClaim {
                    span: abs,
                    sentence: i,
                    score,
                    values: in_parts,
                    cues: cues.names(),
                    subject,
                    parts,
                    text: (!verbatim).then_some(wording),
                    claimant,
                    kind,
                    appearances: Vec::new(),
                });
            }
            if let Some(who) = run_speaker {
                quotes.speaker = Some(who.clone());
                quotes.recent = Some(who);
            }
        }
        if repeat.is_none() {
            seen.insert(key, (i, first_claim..claims.len()));
        }
        quotes.leave(sentence);
        quotes.last_tag = if quotes.open {
            None
        } else {
            claims[first_claim..]
                .iter()
                .rev()
                .find_map(|c| c.claimant.clone())
        };
        if noise && !sentence.contains(['?', '!']) {
            // A credit or a caption's names ("Photo: Jane Roe/Reuters") are nobody's "she"; a
            // question or an exclamation still names people.
            continue;
        }
        // A dateline's place and agency ("SEATTLE, Oct 11 (Reuters) -") are no one the story
        // speaks of again: "the union" and "the company" never mean Reuters.
        if dateline > 0 {
            names.retain(|&(at, _)| at >= dateline);
        }
        // The person the next "he" or "she" most likely means: this sentence's subject when it is
        // a person, else the last person named here outside a place phrase ("in New Jersey").
        let mut mentioned: Option<String> = None;
        for (at, name) in names.iter() {
            let after = &sentence[at + name.len()..];
            let before = last_word(sentence[..*at].trim_end());
            let place = matches!(
                before,
                "in" | "from" | "at" | "near" | "of" | "to" | "across"
            );
            // "Majority Leader Karen Holt": a role before a person's name leaves a person.
            let person = (is_person(name, after, &surnames)
                || (claimant::role_before_person(name)
                    && claimant::kind_of(name, &surnames) == super::ClaimantKind::Person))
                // "Real Madrid", "Morgan Stanley": a company the article showed it to be.
                && !entities.is_company(name)
                // "the Federal Reserve": a name of plain words "the" opens is no person's.
                && !(name.contains(' ')
                    && restate::after_the(sentence, *at)
                    && claimant::after_last_role(name).is_none()
                    && !name.split(' ').next().is_some_and(|w| claimant::is_title(w.trim_end_matches('.'))));
            if person && !subject::counted_name(&sentence[..*at]) {
                if name.contains(' ') {
                    surnames.insert(last_word(name).to_string());
                }
                people.note(i, sentence, *at, name);
                if !place {
                    mentioned = Some(name.to_string());
                }
            }
        }
        // Which names are organisations', asked once for `entities` and `last_org`.
        name_is_org.clear();
        // "Barclays said its profit fell": a name that speaks as an organisation is one, for
        // "the bank" later.
        name_is_org.extend(names.iter().map(|(_, n)| {
            entities.is_org(n)
                || claims[first_claim..].iter().any(|c| {
                    c.claimant.as_ref().is_some_and(|c| {
                        c.kind == super::ClaimantKind::Organization && c.name == *n
                    })
                })
        }));
        let heads = prepared_heads
            .take()
            .unwrap_or_else(|| coref::Heads::of(sentence));
        // "The Biden administration said …": an organisation named by a common noun that
        // speaks here, for "It said" next (`body_named`).
        let body = claims[first_claim..].iter().find_map(|c| {
            c.claimant
                .as_ref()
                .filter(|c| c.kind == super::ClaimantKind::Organization && body_named(&c.name))
                .map(|c| c.name.as_str())
        });
        entities.note(
            sentence,
            heads,
            names,
            &name_is_org,
            &surnames,
            sentence_subject.as_deref(),
            mention,
            body,
        );
        if let Some(k) = name_is_org.iter().position(|&org| org) {
            last_org = Some(names[k].1.to_string());
        }
        if claims.len() > first_claim
            && let Some(np) = described_person(sentence)
        {
            // Empty for a person described without an age ("The Norway striker").
            let years = sentence[np.clone()]
                .split(' ')
                .nth(1)
                .and_then(|w| w.split('-').next())
                .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
                .unwrap_or("")
                .to_string();
            let np = s.start + np.start..s.start + np.end;
            // "Manchester City signed striker Leo Varga. The 23-year-old scored 31 goals": the
            // person the sentence before named (only then: a description may also come before
            // the name, "The 35-year-old striker has scored 212 goals. Lopes, who …").
            // A description without an age comes after the name, also in the next paragraph
            // ("Erling Haaland scored three times … ¶ The Norway striker took …").
            // "American Coco Gauff beat Belarus's Aryna Sabalenka … The Belarusian": the one
            // person named lately whose nationality or age the text gave and the description
            // fits; no one when two fit, or when the one named before is known not to.
            let country = text[np.clone()].split(' ').find_map(subject::country_of);
            let fit = people.fitting(i, &years, country, &ages);
            let default = last_person.as_deref().filter(|p| {
                person_named_at == Some(i.wrapping_sub(1))
                    && (!paragraph || years.is_empty())
                    && p.contains(' ')
                    && !fit.unfit(p)
            });
            match fit.one.as_deref().or(if fit.many { None } else { default }) {
                Some(who) => {
                    let who = who.to_string();
                    // An age the text gave before is no new claim ("Gauff, 21, … The
                    // 21-year-old American …").
                    let known = ages
                        .get(&years)
                        .is_some_and(|n| last_word(n) == last_word(&who))
                        || people.age_of(&who) == Some(years.as_str());
                    let years = if known { String::new() } else { years };
                    name_described(text, values, &mut claims, i, np, &years, &who);
                }
                None => described = Some((i, np, years)),
            }
        }
        match sentence_subject {
            Some(s) if is_person(&s, "", &surnames) => {
                last_person = Some(s);
                person_named_at = Some(i);
            }
            _ => {
                if mentioned.is_some() {
                    person_named_at = Some(i);
                }
                last_person = mentioned.or(last_person);
            }
        }
    }
    claims
}

/// The text around the sentence at `near`: an article's length either side, on character
/// boundaries (a file of many articles is not read whole for each sentence).
fn around(text: &str, near: Range<usize>) -> Range<usize> {
    const AROUND: usize = 3000;
    let mut from = near.start.saturating_sub(AROUND);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (near.end + AROUND).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    from..to
}

/// Is `word` written after a lowercase word ("told Reuters") or an opening bracket
/// ("(Reuters)"), as only a name is, in the text around the sentence at `near` (an article's
/// length either side: a file of many articles is not read whole for each sentence)?
fn capitalised_inside(text: &str, near: Range<usize>, word: &str) -> bool {
    let Range {
        start: from,
        end: to,
    } = around(text, near);
    let text = &text[..to];
    // `memmem` finds what `match_indices` finds (the same matches, left to right, none
    // overlapping) by a vectorised search: this runs for a claim's first word over the
    // article's length either side.
    memchr::memmem::find_iter(&text.as_bytes()[from..], word.as_bytes()).any(|at| {
        let at = from + at;
        let after = text[at + word.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            return false;
        }
        let before = &text[..at];
        if before.ends_with('(') {
            return true;
        }
        let Some(b) = before.strip_suffix(' ') else {
            return false;
        };
        let prev = b.rsplit([' ', '\n']).next().unwrap_or("");
        prev.starts_with(|c: char| c.is_ascii_lowercase())
            && prev.chars().all(|c| c.is_alphabetic())
    })
}

/// Whom reported words that name no one are about. In quoted words a first person means the
/// speaker ("I", "my"), or for "we" and "our" the organisation the sentence says the speaker
/// speaks for ("Kestrel CEO Priya Natarajan", "Rosa Kim, who runs the Eastside Food Pantry");
/// the words of a people's authorities are about its country ("Chinese authorities said exports
/// rose").
fn speaker_as_subject(
    sentence: &str,
    clause: &Range<usize>,
    names: &[(usize, &str)],
    surnames: &FxHashSet<String>,
    c: &Claimant,
    quoted: bool,
) -> Option<String> {
    let words = sentence.get(clause.clone())?;
    // Someone or something is named in the words: they are not about the speaker.
    let named = subject::names_within(names, clause.clone())
        .iter()
        .any(|&(at, n)| {
            n.contains(' ')
                || claimant::is_org(n)
                || is_person(n, &sentence[at + n.len()..], surnames)
        });
    if named {
        return None;
    }
    let mut ws = words
        .split(|ch: char| !is_alnum(ch) && ch != '\'' && ch != '’')
        .filter(|w| !w.is_empty());
    let first = ws.clone().next()?;
    // A pronoun that means someone else ("he", "they") is for the pronoun rules.
    if coref::is_pronoun(first) && !one_of!(&["we", "i"], first) {
        return None;
    }
    match c.kind {
        super::ClaimantKind::Person => {
            // "“I suspect he looks out the window …”": words about a third person are about
            // them, whoever says them.
            if !quoted
                || ws
                    .clone()
                    .any(|w| one_of!(&["he", "she", "they", "him", "her", "them"], w))
            {
                return None;
            }
            // "We" of a group the sentence does not name, whose member the speaker is
            // described as ("midfielder Jonas Eide", "Dr. Helen Osei, an epidemiologist"), is no
            // one here; said by one not so described ("President Luka Petrov", "Maria Santos,
            // 52"), it is the speaker and those with them.
            let we = ws.clone().any(|w| one_of!(&["we", "our", "us", "ours"], w));
            if we {
                return speaker_org(sentence, names, &c.name)
                    .or_else(|| (!member(sentence, &c.name)).then(|| c.name.clone()));
            }
            ws.any(|w| w == "I" || one_of!(&["my", "me", "mine"], w))
                .then(|| c.name.clone())
        }
        super::ClaimantKind::Organization => {
            let name = c.name.strip_prefix("the ").unwrap_or(&c.name);
            if !name.starts_with(char::is_uppercase) {
                return None;
            }
            // "“We delivered 500,000 cars,” Tesla said": the organisation itself.
            if quoted && ws.any(|w| one_of!(&["we", "our", "us"], w)) {
                return Some(name.to_string());
            }
            // "White House officials say the president will travel": words about a person
            // named by a role are about that person, not the speaker.
            let mut lead = words.split_whitespace();
            if lead.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                && lead.next().is_some_and(restate::is_person_role)
            {
                return None;
            }
            // "…, the company said", "The carmaker said …", "A company spokeswoman said": a
            // business named by its kind speaks of its own affairs (its outage, its cuts, its
            // plant) when its words name no one else and deny nothing ("no injuries").
            let mut prev = "";
            let business_tag = split_space(sentence).any(|w| {
                let w = w.trim_end_matches([',', '.', ':']);
                let tag = (one_of!(&["company", "firm", "startup", "airline"], prev)
                    || (prev.ends_with("maker") && prev.len() > 5))
                    && (claimant::is_speech_verb(w)
                        || one_of!(&["spokeswoman", "spokesman", "spokesperson"], w));
                prev = w;
                tag
            });
            // "IT spending rose 8%, the firm said", "Industry sales fell": a measure of a
            // field or a market is no business's own affairs.
            let field = subject::is_term_acronym(first)
                || one_of!(
                    &["industry", "worldwide", "industrywide", "market", "sector"],
                    first
                );
            if business_tag
                && !field
                && !first.eq_ignore_ascii_case("no")
                && !first.eq_ignore_ascii_case("none")
            {
                return Some(name.to_string());
            }
            // "NASA officials say the launch has been delayed": the officials' own
            // organisation's business, when they name no one else.
            let staff = sentence.match_indices(name).any(|(at, _)| {
                sentence[at + name.len()..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with("officials ") || r.starts_with("executives "))
            });
            if staff && subject::country_of(name).is_none() {
                return Some(name.to_string());
            }
            let mut parts = name.split(' ');
            let head = parts.next()?;
            let rest: Vec<&str> = parts.collect();
            // "Chinese authorities", "Brazilian officials": the country. Other speakers
            // report on things not their own ("the unemployment rate fell …, the Labor
            // Department said"): no subject.
            (rest.len() == 1 && one_of!(&["authorities", "officials", "government"], rest[0]))
                .then(|| subject::country_of(head).map(str::to_string))
                .flatten()
        }
    }
}

/// The organisation a person speaks for, as the sentence names it: before a role in the name
/// ("Kestrel CEO Priya Natarajan") or after it ("Rosa Kim, who runs the Eastside Food Pantry",
/// "Ann Lee, director of the Hill Museum").
fn speaker_org(sentence: &str, names: &[(usize, &str)], speaker: &str) -> Option<String> {
    let words: Vec<&str> = speaker.split(' ').collect();
    if let Some(r) = words.iter().position(|w| {
        matches!(
            *w,
            "CEO"
                | "Chair"
                | "Chairman"
                | "Chairwoman"
                | "Founder"
                | "Director"
                | "Spokesman"
                | "Spokeswoman"
                | "Spokesperson"
                | "President"
        )
    }) && r > 0
        && words[..r].iter().all(|w| {
            w.starts_with(char::is_uppercase) && !claimant::is_title(w.trim_end_matches('.'))
        })
    {
        return Some(words[..r].join(" "));
    }
    let at = find_str(sentence, speaker)?;
    // "Riverton coach Paul Dunne": the name before a lower-case role that leads.
    let before = sentence[..at].trim_end();
    if let Some((head, role)) = before.rsplit_once(' ')
        && matches!(
            role,
            "coach"
                | "manager"
                | "captain"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "director"
                | "president"
                | "chief"
        )
        && let Some((_, org)) = names.iter().rfind(|(s, n)| s + n.len() == head.len())
    {
        return Some((*org).to_string());
    }
    let after = sentence[at + speaker.len()..].strip_prefix(", ")?;
    // One who leads it or speaks for it, not any member ("an epidemiologist at …").
    let lead = [
        "who runs ",
        "who leads ",
        "who heads ",
        "who directs ",
        "who founded ",
        "who owns ",
    ]
    .iter()
    .find_map(|p| after.strip_prefix(p))
    .or_else(|| {
        let cut = [" of ", " at "]
            .iter()
            .filter_map(|p| find_str(after, p).map(|i| (i, p.len())))
            .min()?;
        let (role, rest) = (&after[..cut.0], &after[cut.0 + cut.1..]);
        let leads = role.split(' ').any(|w| {
            matches!(
                w,
                "director"
                    | "head"
                    | "executive"
                    | "CEO"
                    | "president"
                    | "founder"
                    | "chair"
                    | "chairman"
                    | "chairwoman"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "leader"
                    | "owner"
            )
        });
        (leads && !role.contains([',', '“', '”', '"']) && role.split(' ').count() <= 4)
            .then_some(rest)
    })?;
    let lead = lead.strip_prefix("the ").unwrap_or(lead);
    let start = sentence.len() - lead.len();
    names
        .iter()
        .find(|(s, _)| *s == start)
        .map(|(_, n)| (*n).to_string())
        .filter(|n| claimant::is_org(n) || n.contains(' '))
}

/// Is the speaker described, where the sentence names them, as one of a trade ("midfielder
/// Jonas Eide", "Helen Osei, an epidemiologist at …"): a member of a group their "we" means?
fn member(sentence: &str, speaker: &str) -> bool {
    let Some(at) = find_str(sentence, speaker) else {
        return false;
    };
    let before = sentence[..at].trim_end();
    let prev = before.rsplit([' ', '\n']).next().unwrap_or("");
    let described_before = prev.len() > 2
        && prev.bytes().all(|b| b.is_ascii_lowercase())
        && !claimant::is_speech_verb(prev)
        && !one_of!(subject::PREPOSITIONS, prev)
        && !one_of!(&["and", "or", "but", "that", "the", "as"], prev);
    let after = &sentence[at + speaker.len()..];
    described_before || after.starts_with(", a ") || after.starts_with(", an ")
}

/// The first word of `wording` and the words after it, split at spaces, when the first is
/// no "I", "we" or "you" (whose plans and needs are no checkable fact of someone else's).
fn others_words(wording: &str) -> Option<(&str, std::str::Split<'_, char>)> {
    let mut words = wording.split(' ');
    let first = words.next()?;
    (!one_of!(&["I", "We", "You", "we", "you"], first)).then_some((first, words))
}

/// Verbs of an event set for a day to come ("Hawthorne Elementary will close in June",
/// "Ireland will hold its own vote"), which the desk can see happen or not.
const EVENTS: &[&str] = &[
    "close",
    "reopen",
    "open",
    "shut",
    "hold",
    "host",
    "end",
    "begin",
    "start",
    "resume",
    "launch",
    "expire",
    "vote",
    "cut",
    "raise",
    "hire",
    "lay",
    "phase",
    "merge",
    "retire",
    "resign",
    "release",
    "ban",
    "lift",
    "impose",
    "introduce",
    "sign",
    "testify",
    "halt",
    "suspend",
    "stop",
    "build",
    "move",
];

/// Does `wording` say a thing is expected, scheduled, set or due to happen, with a date among
/// its values (`kinds`): "The plant is expected to open in 2026", "The bridge is scheduled to
/// be completed by June"? A dated prediction the desk checks when the date comes, though the
/// score ranks it low. The verb phrase comes within the first eight words.
fn dated_expectation(wording: &str, kinds: &[ValueKind]) -> bool {
    if !kinds.contains(&ValueKind::Date) {
        return false;
    }
    let Some((first, words)) = others_words(wording) else {
        return false;
    };
    let mut w: [&str; 10] = [""; 10];
    for (slot, word) in w.iter_mut().zip(std::iter::once(first).chain(words)) {
        *slot = word;
    }
    (0..6).any(|i| {
        one_of!(&["is", "are"], w[i])
            && one_of!(&["expected", "scheduled", "set", "due", "slated"], w[i + 1])
            && w[i + 2] == "to"
            && (one_of!(EVENTS, w[i + 3])
                || (w[i + 3] == "be"
                    && one_of!(
                        &[
                            "completed",
                            "finished",
                            "built",
                            "ready",
                            "opened",
                            "closed",
                            "launched",
                            "operational",
                            "delivered",
                        ],
                        w[i + 4].trim_end_matches([',', '.'])
                    )))
    })
}

/// Does `wording` state what someone plans, promised or decided to do ("The state plans to
/// appeal the ruling", "The council voted to cut library hours")? A commitment can be checked
/// when it falls due, though the debates the score learnt from rarely call one check-worthy.
/// So can an event set to come ("The two schools will close in June", "Ireland will hold its
/// own vote"). The doer is named or definite, not "I", "we" or "you".
fn commitment(wording: &str) -> bool {
    // "According to Chief Executive Tim Cook, the company will build …": the words said.
    let wording = wording
        .strip_prefix("According to ")
        .and_then(|r| r.split_once(", "))
        .map_or(wording, |(_, said)| said);
    const COMMITS: &[&str] = &[
        "plans",
        "planned",
        "planning",
        "intends",
        "intended",
        "vowed",
        "vows",
        "pledged",
        "pledges",
        "promised",
        "promises",
        "voted",
        "votes",
        "agreed",
        "decided",
        "threatened",
        "threatens",
        "proposed",
        "proposes",
    ];
    let Some((first, words)) = others_words(wording) else {
        return false;
    };
    let mut prev = first;
    let mut will = false;
    for (k, w) in words.enumerate() {
        if k >= 6 {
            return false;
        }
        if w == "to" {
            return one_of!(COMMITS, prev);
        }
        if will && one_of!(EVENTS, w) {
            return true;
        }
        will = (w == "will" || (will && one_of!(&["not", "also", "now", "then"], w))) && k < 5;
        // "The team hopes fans will start to return": a hope, not a plan.
        if one_of!(
            &[
                "hopes", "hope", "hoped", "thinks", "think", "believes", "believe", "fears",
                "fear", "wants", "want", "wish", "wishes"
            ],
            w
        ) {
            return false;
        }
        prev = w;
    }
    false
}

/// Is the name `n` a person's by a title before it ("Chief Executive Tim Cook") or a surname
/// the article gave a person?
fn titled_or_known(n: &str, surnames: &FxHashSet<String>) -> bool {
    !restate::split_title(n).0.is_empty()
        || n.rsplit(' ').next().is_some_and(|w| surnames.contains(w))
}

/// "Chelsea paid 62.5 million pounds for the striker, the club said", "Walgreens cut its
/// dividend, the drugstore chain said": a tag put last whose organisation's noun finds no
/// organisation named before speaks for the name that opens the sentence, when that name is
/// no person's (no title, no surname named before, not of a person's shape unless an
/// organisation's word shows it is one).
fn head_org_of_tag(
    a: &claimant::Attribution,
    sentence: &str,
    names: &[(usize, &str)],
    dateline: usize,
    surnames: &FxHashSet<String>,
) -> Option<String> {
    if !a.speaker_last || a.piece.start == 0 {
        return None;
    }
    // Only a noun the head itself may go by: a business's or a side's ("the club", "the
    // company", "the drugstore chain"), not another body's ("the exchange", "the ministry").
    let noun = claimant::role_noun(a.claimant.name.strip_prefix("the ")?);
    if !(claimant::business_noun(&a.claimant.name)
        || one_of!(
            &[
                "club", "team", "side", "chain", "retailer", "group", "carrier", "lender",
                "insurer"
            ],
            noun
        )
        || noun.ends_with("maker"))
    {
        return None;
    }
    let &(at, n) = names.first()?;
    if at != dateline || at >= a.piece.start {
        return None;
    }
    let after = &sentence[at + n.len()..];
    // "Chelsea's manager …": the name's own thing, not the name, heads the sentence.
    if after.starts_with("'s") || after.starts_with("’s") || after.starts_with(',') {
        return None;
    }
    let person = titled_or_known(n, surnames)
        || (subject::is_person(n, after, surnames) && !claimant::is_org(n));
    (!person).then(|| n.to_string())
}

/// Does `wording` state an analyst's or a rating agency's action on a company or a debt
/// ("Morgan Stanley downgraded the company to underweight", "Jefferies cut its rating on the
/// stock to hold from buy", "Fitch upgraded Greece")? A rating changed is a fact the desk can
/// check, though the score, trained on debates, rarely calls it check-worthy. A downgrade or
/// an upgrade within the first five words; or a cut or a raise followed by a rating ("rating",
/// "recommendation", or a grade after "to": "to underweight", "to hold from buy", not "to buy
/// a rival").
fn rating_action(wording: &str) -> bool {
    const GRADES: &[&str] = &[
        "underweight",
        "overweight",
        "equal-weight",
        "neutral",
        "outperform",
        "underperform",
        "buy",
        "sell",
        "hold",
        "accumulate",
        "reduce",
    ];
    let Some((_, words)) = others_words(wording) else {
        return false;
    };
    let mut changed = false;
    let mut prev = "";
    let mut words = words.take(16).peekable();
    let mut k = 0;
    while let Some(raw) = words.next() {
        let w = raw.trim_end_matches(['.', ',', ';']);
        if k < 5 && one_of!(&["downgraded", "upgraded", "downgrades", "upgrades"], w) {
            return true;
        }
        if k < 5
            && one_of!(
                &[
                    "cut", "cuts", "raised", "raises", "lowered", "lowers", "lifted", "lifts"
                ],
                w
            )
        {
            changed = true;
        } else if changed {
            if one_of!(&["rating", "ratings", "recommendation"], w) {
                return true;
            }
            // "to hold from buy", "to underweight.": a grade that ends the phrase.
            let ends = raw.len() > w.len() || words.peek().is_none_or(|n| *n == "from");
            if prev == "to" && ends && one_of!(GRADES, w) {
                return true;
            }
        }
        prev = w;
        k += 1;
    }
    false
}

/// Does `wording` state a formal step its subject still waits for or faces ("It still needs
/// Senate approval", "The merger requires regulatory approval", "The treaty awaits ratification",
/// "The ban faces a legal challenge")? Where a bill, a deal or a case stands can be checked,
/// though the debates the score learnt from rarely call such a short sentence check-worthy.
/// The verb comes within the first five words, its step within five words after it; a need
/// without a formal step ("The city needs more housing") is no such fact, nor is one of "I",
/// "we" or "you".
fn pending_step(wording: &str) -> bool {
    const WAITS: &[&str] = &[
        "needs", "need", "requires", "require", "awaits", "await", "faces", "face",
    ];
    const STEPS: &[&str] = &[
        "approval",
        "approvals",
        "signature",
        "ratification",
        "confirmation",
        "vote",
        "review",
        "hearing",
        "trial",
        "lawsuit",
        "lawsuits",
        "appeal",
        "charges",
        "inspection",
        "consent",
        "certification",
        "sentencing",
    ];
    let Some((_, words)) = others_words(wording) else {
        return false;
    };
    let mut prev = "";
    let mut verb_at: Option<usize> = None;
    for (k, raw) in words.enumerate() {
        let w = raw.trim_end_matches(['.', ',', ';']);
        match verb_at {
            None if k >= 5 => return false,
            None => {
                if one_of!(WAITS, w) {
                    verb_at = Some(k);
                }
            }
            Some(v) if k > v + 5 => return false,
            Some(_) => {
                // "a legal challenge", "a court challenge": a challenge in court, not any.
                if one_of!(STEPS, w) || (w == "challenge" && one_of!(&["legal", "court"], prev)) {
                    return true;
                }
                // "needs rain, a review of …": a list of needs, no one step.
                if raw.len() > w.len() {
                    return false;
                }
            }
        }
        prev = w;
    }
    false
}

/// Counts and fractions written in words, which make a statement counted as digits do.
const WRITTEN_COUNTS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "dozen",
    "dozens",
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    // A rank among things of a kind ("It was the fourth increase this year") is counted too.
    "second",
    "fourth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
];

/// Does a claim resting on `parts` (absolute byte ranges) hold something to check? Not the
/// article's own advice ("The central bank should cut rates now"), not a short judgement with
/// nothing named or counted in it ("He was a giant of jazz", "Bankers are nervous"), not a quoted
/// fragment without a verb ("“Not one meter.”"). `names` are the sentence's, relative to
/// `offset`.
/// `words` is a buffer for the parts' words, reused from claim to claim.
fn checkable<'s>(
    sentence_words: &[(usize, &'s str)],
    parts: &[Range<usize>],
    names: &[(usize, &str)],
    offset: usize,
    reported: bool,
    quoted: bool,
    words: &mut Vec<(usize, &'s str)>,
) -> bool {
    // The words of the parts, taken from the sentence's word list rather than split again: a
    // word the edge of a part cuts keeps the piece inside, as splitting the part would give.
    words.clear();
    for p in parts {
        let (start, end) = (p.start - offset, p.end - offset);
        let from = sentence_words.partition_point(|(at, w)| at + w.len() <= start);
        for &(at, w) in &sentence_words[from..] {
            if at >= end {
                break;
            }
            let (a, b) = (at.max(start), (at + w.len()).min(end));
            words.push((offset + a, &w[a - at..b - at]));
        }
    }
    let digits = words
        .iter()
        .any(|(_, w)| w.contains(|c: char| c.is_ascii_digit()));
    let named = names.iter().any(|(at, n)| {
        let (a, b) = (offset + at, offset + at + n.len());
        parts.iter().any(|p| p.start <= a && b <= p.end)
    });
    // "the bill was long overdue", "they have failed", "This is a breakthrough": a few words
    // that judge something, nothing named or counted, are the speaker's or the writer's
    // reading, quoted, reported or not.
    if !digits && !named && words.len() <= 8 && evaluation(words) {
        return false;
    }
    if quoted {
        // "This is incredible.", "We are so proud of this team.": a few quoted words that set
        // a feeling on something, nothing named or counted, are a reaction, not a fact.
        if !digits && !named && words.len() <= 8 && feeling(words) {
            return false;
        }
        // The quoted words: those after the tag, which is not in the parts.
        return words.iter().enumerate().any(|(j, _)| {
            decompose::is_finite(words, j) || one_of!(&["is", "are", "'s"], words[j].1)
        }) || digits
            || named;
    }
    // A line that is nothing but a name ("The Daily Ledger", "Associated Press") states
    // nothing: every word lies in a name or joins names.
    // A name that "a" or "an" introduces is what another is called ("Rep. Jodey Arrington, a
    // Republican"): a fact about the name, not a line of names.
    if named
        && !reported
        && !digits
        && words.iter().all(|&(at, w)| {
            one_of!(&["the", "and", "of", "&"], w)
                || names.iter().any(|&(s, n)| {
                    let a = offset + s;
                    a <= at && at + w.len() <= a + n.len()
                })
        })
    {
        return false;
    }
    // "Critics say no.", "Some investors think so.": a verb of speech or belief with nothing
    // but "no", "yes" or "so" after it answers a question; it states nothing on its own.
    if let [.., (_, verb), (_, answer)] = words.as_slice()
        && one_of!(&["no", "yes", "so", "otherwise"], bare(answer))
        && (claimant::is_speech_verb(verb)
            || one_of!(
                &[
                    "think", "thinks", "believe", "believes", "hope", "hopes", "agree", "agrees"
                ],
                verb
            ))
    {
        return false;
    }
    // "Critics say no.", "He said yes.": reported words of a word or two, with no verb, nothing
    // named or counted, answer a question; they state nothing on their own.
    if reported
        && !digits
        && !named
        && words.len() <= 2
        && !(0..words.len()).any(|j| decompose::is_finite(words, j))
    {
        return false;
    }
    // "Manager Erik Ten Hag was blunt after the match.", "He was astonished by what they
    // found.": a mood or a manner set on someone, nothing counted, is the writer's reading.
    if !reported
        && !digits
        && words.iter().enumerate().any(|(j, &(_, w))| {
            // Most words are told apart from a copula by their length and first letter.
            matches!(w.len(), 2..=4)
                && matches!(w.as_bytes()[0] | 0x20, b'i' | b'a' | b'w')
                && one_of!(&["is", "are", "was", "were"], w)
                && words
                    .get(j + 1)
                    .map(|&(_, n)| n)
                    .filter(|n| !one_of!(&["very", "so", "clearly", "visibly", "plainly"], n))
                    .or_else(|| words.get(j + 2).map(|&(_, n)| n))
                    .is_some_and(|n| one_of!(MOODS, bare(n)))
        })
    {
        return false;
    }
    if reported || digits || named {
        return true;
    }
    let normative = words
        .iter()
        .any(|(_, w)| one_of!(&["should", "ought", "must"], w));
    if normative {
        return false;
    }
    // "about two-thirds were homeless", "half were children": a count in words is counted.
    if words.iter().any(|(_, w)| {
        bare(w)
            .split('-')
            .any(|p| one_of!(WRITTEN_COUNTS, p.trim_matches(|c: char| !c.is_alphabetic())))
    }) {
        return true;
    }
    // A copula with an adjective or a description, few words, nothing named or counted.
    // "That's the truth.", "It's a disgrace.": a pronoun's "'s" is its copula.
    // (The apostrophe splits words: "That" and "s", one or three bytes apart.)
    let copula = words.iter().enumerate().any(|(j, &(at, w))| {
        (one_of!(&["is", "are", "was", "were"], w)
            || (w == "s"
                && j > 0
                && matches!(
                    at.checked_sub(words[j - 1].0 + words[j - 1].1.len()),
                    Some(1 | 3)
                )
                && one_of!(&["that", "it", "this", "what", "he", "she"], words[j - 1].1)))
            && words.get(j + 1).is_some_and(|(_, n)| {
                let n = bare(n);
                !decompose::is_finite(words, j + 1)
                    && !n.ends_with("ing")
                    && !decompose::is_participle(n)
            })
    });
    !(copula && words.len() <= 7)
}

/// A copula ("is", "are", "'s", "was", "were", "feel") and a mood or a feeling after it, maybe
/// after "so", "very", "really", "just", "absolutely" or "truly": "This is incredible", "We are
/// so proud of this team", "It's heartbreaking".
fn feeling(words: &[(usize, &str)]) -> bool {
    words.iter().enumerate().any(|(j, &(_, w))| {
        (one_of!(
            &["is", "are", "was", "were", "m", "re", "feel", "feels", "felt"],
            w
        )
            // "It's", "That's", not a possessive's "s" ("the team's amazing run").
            || (w == "s"
                && j > 0
                && one_of!(&["it", "that", "this", "he", "she"], words[j - 1].1))
            // Or written as one word: "It's", "That’s", "We're".
            || one_of!(
                &[
                    "it's", "it’s", "that's", "that’s", "he's", "he’s", "she's", "she’s", "i'm",
                    "i’m", "we're", "we’re", "they're", "they’re"
                ],
                w
            ))
            && words[j + 1..]
                .iter()
                .map(|&(_, n)| bare(n))
                .find(|n| {
                    !one_of!(
                        &[
                            "so",
                            "very",
                            "really",
                            "just",
                            "absolutely",
                            "truly",
                            "incredibly",
                            "extremely"
                        ],
                        n
                    )
                })
                .is_some_and(|n| one_of!(MOODS, n) || one_of!(FEELINGS, n))
    })
}

/// Does a clause of few words judge rather than state: a copula and a judgement after it ("the
/// bill was long overdue", "This is a breakthrough", "It was a mistake"), a target not met
/// ("it is not yet where we want it"), "long enough", a verdict on a doer's work ("did an
/// outstanding job"), a pronoun that "failed" or "succeeded" with nothing after it, a vow to
/// keep on ("We will keep fighting")? `words` are the clause's words, nothing counted or named
/// in them (the caller checks).
fn evaluation(words: &[(usize, &str)]) -> bool {
    let w = |j: usize| words.get(j).map_or("", |&(_, w)| bare(w));
    let n = words.len();
    // "enough" closes it: "have waited long enough", "Enough is enough".
    if n >= 2 && w(n - 1).eq_ignore_ascii_case("enough") {
        return true;
    }
    // "they have failed", "We succeeded": a pronoun, maybe an auxiliary, the verdict.
    if (2..=3).contains(&n)
        && one_of!(&["they", "we", "he", "she", "it", "i", "you"], w(0))
        && one_of!(
            &[
                "failed",
                "succeeded",
                "faltered",
                "floundered",
                "stumbled",
                "struggled"
            ],
            w(n - 1)
        )
        && (n == 2 || one_of!(&["have", "has", "had"], w(1)))
    {
        return true;
    }
    // "We will keep fighting", "I will continue working": a vow of the first person.
    if n >= 4
        && one_of!(&["we", "i"], w(0))
        && one_of!(&["will", "must", "shall", "would"], w(1))
        && one_of!(&["keep", "continue", "never"], w(2))
        && w(3).ends_with("ing")
    {
        return true;
    }
    (0..n).any(|j| {
        let v = w(j);
        // "did an outstanding job", "has done a great job"
        let doing = |k: usize| one_of!(&["did", "do", "does", "done", "doing"], w(k));
        if one_of!(&["job", "work"], v)
            && j >= 2
            && (doing(j - 2) || (j >= 3 && doing(j - 3)))
            && one_of!(JUDGEMENTS, w(j - 1))
        {
            return true;
        }
        // A copula; "s" only after a pronoun ("It's a mistake", not "the team's great run").
        let copula = one_of!(
            &[
                "is", "are", "was", "were", "been", "be", "remains", "remain"
            ],
            v
        ) || (v == "s"
            && j > 0
            && one_of!(&["it", "that", "this", "he", "she", "what"], w(j - 1)));
        if !copula {
            return false;
        }
        // After the copula: maybe "not", "yet", "still", an intensifier, an article.
        let mut k = j + 1;
        while k < n
            && one_of!(
                &[
                    "not",
                    "yet",
                    "still",
                    "so",
                    "very",
                    "really",
                    "long",
                    "truly",
                    "simply",
                    "absolutely",
                    "clearly",
                    "a",
                    "an",
                    "just",
                    "quite",
                    "far",
                    "from",
                ],
                w(k)
            )
        {
            k += 1;
        }
        k < n && (one_of!(JUDGEMENTS, w(k)) || (w(k) == "where" && k > j + 1))
    })
}

/// Words that judge what they describe ("overdue", "a breakthrough", "an outstanding job").
const JUDGEMENTS: &[&str] = &[
    "overdue",
    "breakthrough",
    "unacceptable",
    "outrageous",
    "ridiculous",
    "disgraceful",
    "disgrace",
    "shameful",
    "shame",
    "absurd",
    "appalling",
    "inexcusable",
    "irresponsible",
    "reckless",
    "misguided",
    "mistake",
    "travesty",
    "outstanding",
    "excellent",
    "great",
    "tremendous",
    "remarkable",
    "terrific",
    "fantastic",
    "incredible",
    "amazing",
    "phenomenal",
    "superb",
    "poor",
    "milestone",
    "triumph",
    "failure",
    "fiasco",
    "promising",
    "encouraging",
    "disappointing",
    "impressive",
    "worrying",
    "troubling",
    "harsh",
    "unfair",
    "excessive",
    "deplorable",
];

/// What a speaker feels about something ("incredible", "heartbreaking"): a reaction.
const FEELINGS: &[&str] = &[
    "incredible",
    "amazing",
    "unbelievable",
    "heartbreaking",
    "heartbroken",
    "devastating",
    "devastated",
    "brutal",
    "terrible",
    "horrible",
    "awful",
    "tragic",
    "wonderful",
    "fantastic",
    "brilliant",
    "surreal",
    "humbling",
    "humbled",
    "honoured",
    "honored",
    "overwhelming",
    "overwhelmed",
    "exciting",
    "excited",
    "gutted",
    "crazy",
    "scary",
    "scared",
    "sick",
];

/// Moods and manners a writer sets on someone ("was blunt", "were furious"): no fact to check.
const MOODS: &[&str] = &[
    "blunt",
    "candid",
    "defiant",
    "emotional",
    "astonished",
    "surprised",
    "shocked",
    "stunned",
    "delighted",
    "thrilled",
    "elated",
    "furious",
    "angry",
    "upset",
    "frustrated",
    "disappointed",
    "proud",
    "happy",
    "sad",
    "grateful",
    "relieved",
    "jubilant",
    "dejected",
    "unrepentant",
    "adamant",
    "upbeat",
];

/// The same fact stated again in other words of the same letters (a lede restated, a caption):
/// one claim, with the later places as appearances. `parallel`: the claims are keyed on two threads.
fn merge_restated(text: &str, claims: &mut Vec<RawClaim>, parallel: bool) {
    // Keyed by a hash of the letters and digits, checked against the first claim's own key on a
    // hit: no string per claim.
    let mut first: FxHashMap<u64, usize> = FxHashMap::default();
    // A speaker's words by the key of their one part: "X, the agency said." and, later, "X."
    // without the tag state the same fact, the speaker's.
    let mut said: FxHashMap<u64, usize> = FxHashMap::default();
    let mut keep = vec![true; claims.len()];
    let wording =
        |c: &RawClaim| -> String { dedup_key(c.text.as_deref().unwrap_or(&text[c.span.clone()])) };
    let words_said = |c: &RawClaim| -> Option<Range<usize>> {
        match (&c.claimant, c.parts.as_slice()) {
            (Some(_), [one]) => Some(one.clone()),
            _ => None,
        }
    };
    // Each claim's key and its one part's, read first (on two threads when `parallel`): the
    // loop below changes only appearances.
    let hashes = map_halves(parallel, claims, |c| {
        (
            key_hash(c.text.as_deref().unwrap_or(&text[c.span.clone()])),
            words_said(c).map(|part| key_hash(&text[part])),
        )
    });
    for (k, &(hash, part_hash)) in hashes.iter().enumerate() {
        if let Some(part_hash) = part_hash {
            said.entry(part_hash).or_insert(k);
        }
        let again = || {
            first
                .get(&hash)
                .copied()
                .filter(|&j| wording(&claims[j]) == wording(&claims[k]))
                .or_else(|| {
                    let j = *said.get(&hash).filter(|_| claims[k].claimant.is_none())?;
                    let part = words_said(&claims[j])?;
                    (j != k && dedup_key(&text[part]) == wording(&claims[k])).then_some(j)
                })
        };
        match again() {
            Some(j) => {
                let span = claims[k].span.clone();
                let mut more = std::mem::take(&mut claims[k].appearances);
                claims[j].appearances.push(span);
                claims[j].appearances.append(&mut more);
                keep[k] = false;
            }
            None => {
                first.entry(hash).or_insert(k);
            }
        }
    }
    let mut it = keep.iter();
    claims.retain(|_| *it.next().unwrap_or(&true));
    for c in claims.iter_mut() {
        c.appearances.sort_by_key(|r| r.start);
        c.appearances.dedup();
    }
}

/// The words after `name` in a tag that say the source is the name's figures, not the name
/// speaking: " data" of "Labor Department data showed", "’s figures" of "according to the
/// ministry’s figures" (a possessive and one noun of figures right after the name).
fn figures_after<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let at = find_str(tag, name)? + name.len();
    let rest = &tag[at..];
    let noun_at = ["'s ", "’s ", " "]
        .iter()
        .find_map(|p| rest.strip_prefix(p).map(|r| rest.len() - r.len()))?;
    let noun = rest[noun_at..].split([' ', ',', '.']).next().filter(|w| {
        one_of!(
            &[
                "data",
                "figures",
                "statistics",
                "estimates",
                "numbers",
                "calculations",
                "records",
                "polling",
            ],
            *w
        )
    })?;
    Some(&rest[..noun_at + noun.len()])
}

/// The atomic claims of a clause of reported speech: the speaker's words (split further unless
/// quoted), each worded with its speaker; and what appositives say of the speaker. A `borrowed`
/// tag stands in another clause of the sentence: only the speaker's words are taken here.
fn attributed(
    ctx: &decompose::Words,
    clause: Range<usize>,
    a: &claimant::Attribution,
    borrowed: bool,
    named_with_the: bool,
    atoms: &mut Vec<(decompose::Atom, Option<Claimant>, bool)>,
) {
    use decompose::Piece;
    let sentence = ctx.text;
    let piece_text = &sentence[a.piece.clone()];
    // The verb ends the tag ("Kelly said") or starts it ("said Mayor Linda Park").
    let name = &a.claimant.name;
    let mut words = piece_text.split(' ');
    let first = words.next();
    // A pronoun speaker ("she said:", "he told the paper") has the verb after it.
    let pronoun = first.is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "he" | "she" | "they" | "we" | "i" | "it"
        )
    });
    let verb = if pronoun {
        // "She has said": the verb of speech after the pronoun's auxiliary.
        words.next().map(|w| {
            if one_of!(&["has", "have", "had"], w) {
                piece_text.trim_end().rsplit(' ').next().unwrap_or(w)
            } else {
                w
            }
        })
    } else if piece_text.starts_with(|c: char| c.is_lowercase())
        && !piece_text.starts_with(name.as_str())
        // "said Mayor Linda Park", not "finance chief Laura Chen said": the verb opens the tag
        // only when its first word is one.
        && first.is_some_and(claimant::is_speech_verb)
    {
        first
    } else {
        piece_text.rsplit(' ').next()
    };
    let verb = verb.unwrap_or("said").trim_end_matches([':', ',', '.']);
    let verb = if matches!(verb, "told" | "tells") {
        "said"
    } else {
        verb
    };
    let according = piece_text.to_ascii_lowercase().starts_with("according");
    // The tag is worded, not part of what the claim rests on: the claim is the speaker's words,
    // and who said them is its claimant.
    // A tag in reading order without asides ("NASA officials say") is worded as written.
    let verbatim = !a.speaker_last
        && !according
        && find_str(piece_text, name).is_some()
        && !piece_text.contains([',', '(', '“', '”', '"']);
    // "the" as the tag wrote it before the name: "the U.S. Geological Survey said", "according
    // to the National Institute of Mental Health"
    let the = if piece_text
        .match_indices(name.as_str())
        .any(|(at, _)| piece_text[..at].to_ascii_lowercase().ends_with("the "))
        // or as the article named it ("The agency said" after "the World Health Organization")
        || (find_str(piece_text, name).is_none() && (named_with_the || takes_the(name)))
    {
        "the "
    } else if name.starts_with(char::is_lowercase)
        && let Some(det) = piece_text.match_indices(name.as_str()).find_map(|(at, _)| {
            let before = piece_text[..at].to_ascii_lowercase();
            // "a spokesperson said", "according to an aide": a person the tag does not name
            // keeps its article.
            if before.ends_with("an ") && (at == 3 || before.ends_with(" an ")) {
                Some("an ")
            } else if before.ends_with("a ") && (at == 2 || before.ends_with(" a ")) {
                Some("a ")
            } else {
                None
            }
        })
    {
        det
    } else {
        ""
    };
    // "…, the club said on Tuesday.", "…, Superintendent Rita Vance said Tuesday.": when the
    // words were said, after a tag put last, belongs to the claim as it does after a tag put
    // first; the tag is then worded first with it ("The club said on Tuesday that …").
    let when_last: Option<Range<usize>> = (a.speaker_last && !a.quoted && !according && !borrowed)
        .then(|| time_after_tag(sentence, a.piece.end..clause.end))
        .flatten();
    let tag: Vec<Piece> = if when_last.is_some() {
        let said = piece_text.trim().trim_end_matches([',', ':']);
        // "said Mayor Linda Park" → "Mayor Linda Park said"; "Superintendent Rita Vance said"
        // as written; "the planemaker said", known to be Boeing, → "Boeing said".
        let plain = !said.contains(['(', '“', '”', '"', ',']) && find_str(said, name).is_some();
        let tag = match said.split_once(' ') {
            Some((v, who)) if plain && v == verb => format!("{who} {verb}"),
            _ if plain && said.rsplit(' ').next() == Some(verb) => said.to_string(),
            _ => format!("{the}{name} {verb}"),
        };
        vec![Piece::Say(tag)]
    } else if according || (a.speaker_last && !a.quoted) {
        // "…, Labor Department data showed", "according to Commerce Department figures": the
        // source is the named body's figures, worded as such.
        let figures = figures_after(piece_text, name).unwrap_or("");
        vec![Piece::Say(format!("According to {the}{name}{figures},"))]
    } else if verbatim {
        let tag = piece_text.trim().trim_end_matches([',', ':']);
        // "Karen Holt told reporters that …": the listener is left out of the words, so the
        // tag says "said" ("Karen Holt told the bill would …" reads as nonsense).
        let tag = match tag.rsplit_once(' ') {
            Some((who, "told" | "tells")) => format!("{who} said"),
            _ => tag.to_string(),
        };
        vec![Piece::Say(tag)]
    } else {
        vec![Piece::Say(format!("{the}{name} {verb}"))]
    };
    // "Reeves told MPs last month that …", "the Bank of England estimated in May that …": when
    // the words were said belongs to the claim (what was true then may not be now); the rest
    // between the tag and the words (the listener, "in an interview with …") does not.
    let when: Option<Range<usize>> = a
        .content
        .first()
        .filter(|c| !borrowed && !a.speaker_last && !according && c.start > a.piece.end)
        .and_then(|c| tag_time(sentence, a.piece.end..c.start));
    let then_that = when.as_ref().is_some_and(|w| {
        !a.quoted
            && a.content.first().is_some_and(|c| {
                sentence[w.end..c.start]
                    .trim_end()
                    .strip_suffix("that")
                    .is_some_and(|b| b.is_empty() || b.ends_with(' '))
            })
    });
    let mut inner: Vec<decompose::Atom> = Vec::new();
    // "Kennedy has said the shots are the best way … but has also promoted vitamin A": the
    // speaker's auxiliary again after "but" ends the words said; what follows is the speaker's
    // own deed, a fact about them that no one claims.
    let mut speaker_deed: Option<(Range<usize>, Range<usize>)> = None;
    // "She has said …": a pronoun's speaker is worded by name.
    let aux_tag = (!a.quoted && !a.speaker_last && !according)
        .then(|| {
            let tag = piece_text.trim_end();
            let (rest, said) = tag.rsplit_once(' ')?;
            let (who, aux) = rest.rsplit_once(' ')?;
            (claimant::is_speech_verb(said) && one_of!(&["has", "have", "had"], aux))
                .then_some((who.len(), aux))
        })
        .flatten();
    for c in &a.content {
        let mut c = c.clone();
        if let Some((who, aux)) = aux_tag
            && speaker_deed.is_none()
            && let Some((end, at)) = decompose::speaker_again_in(ctx, aux, c.clone())
        {
            speaker_deed = Some((a.piece.start..a.piece.start + who, at..c.end));
            c.end = end;
        }
        let c = &c;
        if a.quoted {
            inner.push(decompose::Atom {
                pieces: vec![Piece::Span(c.clone())],
                clause: c.clone(),
                ..Default::default()
            });
        } else {
            // Whom "he" means in reported speech is not known from the words alone.
            let said = decompose::Words {
                person: None,
                ..*ctx
            };
            // "…, and added that …": the speaker's words go on after the verb.
            for c in restate::split_goes_on(sentence, c.clone()) {
                inner.extend(decompose::split(&said, c));
            }
        }
    }
    for mut atom in inner {
        // "Park said the city would close two schools, adding that it would save $4 million":
        // what is added is the speaker's, not the reported words' subject's.
        if let Some(i) = atom.pieces.iter().position(|p| {
            matches!(p, Piece::Sub(r, w) if w == "said"
                && ["adding", "saying", "noting"].iter().any(|v| sentence[r.clone()].starts_with(v)))
        }) {
            let mut rest = atom.pieces.split_off(i + 1);
            if matches!(rest.first(), Some(Piece::Lit("that"))) {
                rest.remove(0);
            }
            if let Some(Piece::Span(r)) = rest.first() {
                atom.clause = r.clone();
            }
            atom.pieces = rest;
            atom.subject = None;
            atom.speaker = None;
        }
        // "…, the longtime anchor of the evening news, died …, his wife said": what an
        // appositive says of a name is the article's description, not the speaker's words. Of a
        // thing named by a common noun ("Mortgage rates, which topped 7% last fall, have eased
        // …, Freddie Mac said") it is part of what the speaker reports.
        if atom.appositive && atom.subject.is_some() {
            atoms.push((atom, None, false));
            continue;
        }
        let mut pieces = Vec::new();
        // What leads into a speaker named first ("In new remarks, Rogozin said") is kept; but
        // of where the words were said ("In a regulatory filing on Tuesday, Microsoft said")
        // only when, as of a place named after the tag.
        let mut lead_when = None;
        if !borrowed && !a.speaker_last && !according && a.piece.start > clause.start {
            let lead = clause.start..a.piece.start;
            let t = sentence[lead.clone()].trim();
            if t.ends_with(',') && t.split_whitespace().count() > 1 {
                if where_said(t) {
                    lead_when = tag_time(sentence, lead);
                } else {
                    pieces.push(Piece::Lead(lead));
                }
            } else if time_lead(t) {
                // "In 2003 she testified that …", "On Monday the court said …": a time that
                // leads without a comma dates the saying all the same.
                pieces.push(Piece::Lead(lead));
            }
        }
        pieces.extend(tag.iter().cloned());
        if let Some(w) = when.as_ref().or(lead_when.as_ref()) {
            pieces.push(Piece::Span(w.clone()));
            if then_that {
                pieces.push(Piece::Lit("that"));
            }
        } else if let Some(w) = &when_last {
            // "On June 11, 2024, the club said season-ticket sales rose 20%.": the time first,
            // the tag as the words' lead-in; the claim rests on the words alone.
            if let Some(Piece::Say(t)) = pieces.pop() {
                pieces.push(Piece::Aside(w.clone()));
                pieces.push(Piece::Say(",".to_string()));
                atom.said_then = Some(t.clone());
                pieces.push(Piece::Say(t));
            }
        }
        if a.quoted && !according {
            pieces.push(Piece::Say(":".to_string()));
        }
        pieces.append(&mut atom.pieces);
        atom.pieces = pieces;
        atom.reported = true;
        // "The report found that …", "according to a survey": a document the article does not
        // say whose it is speaks for no one (its words are still worded as its).
        let who = Some(a.claimant.clone()).filter(|c| !claimant::bare_document(&c.name));
        atoms.push((atom, who, a.quoted));
    }
    if let Some((who, deed)) = speaker_deed {
        // "She has said …": the pronoun worded by the name it means.
        let who = if pronoun {
            Piece::Sub(who, name.clone())
        } else {
            Piece::Span(who)
        };
        // "… but has also warned that tariffs could raise prices": a verb of speech again
        // says more of the speaker's words, theirs to claim; another verb is their deed.
        let again = sentence[deed.clone()]
            .split(' ')
            .skip(1)
            .find(|w| !decompose::is_linking_adverb(w))
            .is_some_and(claimant::is_speech_verb);
        atoms.push((
            decompose::Atom {
                pieces: vec![who, Piece::Span(deed.clone())],
                // Words said are about what they name, not their speaker.
                subject: (!again).then(|| name.clone()),
                clause: deed,
                reported: again,
                ..Default::default()
            },
            again.then(|| a.claimant.clone()),
            false,
        ));
    }
    // "…,” said Dr. Helen Osei, an epidemiologist at the University of Ghana.": what is said of
    // a speaker named after the verb, as of any name.
    if borrowed {
        return;
    }
    // Not after "according to X": what follows its comma is no appositive of X ("…, according
    // to AAA, down 18 cents from a month ago").
    if let Some(sp) = piece_text.find(' ').filter(|_| {
        !according
            && piece_text.starts_with(|c: char| c.is_lowercase())
            && piece_text.ends_with(a.claimant.name.as_str())
            && sentence[a.piece.end..clause.end].starts_with(", ")
    }) {
        let name_range = a.piece.start + sp + 1..a.piece.end;
        let body = a.piece.end + 2..clause.end;
        let body = body.start
            ..body.start
                + sentence[body.clone()]
                    .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
                    .len();
        let mut out = Vec::new();
        for c in decompose::chunks(sentence, body) {
            decompose::appositive(ctx, &name_range, &a.claimant.name, c, &mut out);
        }
        for mut atom in out {
            if manner_of_speech(sentence, &atom) {
                continue;
            }
            // ", who said the cause was …": the speaker's words, theirs to claim.
            if atom.speaker.is_some() {
                atoms.push((atom, Some(a.claimant.clone()), false));
                continue;
            }
            atom.appositive = true;
            atom.clause = name_range.clone();
            atoms.push((atom, None, false));
        }
    }
    // "Tom, 80, a retired engineer, added": what the appositives say of the speaker.
    if !a.speaker_last && piece_text.contains(',') {
        for atom in decompose::split(ctx, clause.start.min(a.piece.start)..a.piece.end) {
            if atom.appositive && !manner_of_speech(sentence, &atom) {
                atoms.push((atom, None, false));
            }
        }
    }
}

/// "Farage, citing the same poll, said", "Moreno, speaking at a briefing, said": an appositive
/// that says how the speaker spoke ("X is citing …") is no fact about them.
fn manner_of_speech(sentence: &str, atom: &decompose::Atom) -> bool {
    use decompose::Piece;
    matches!(atom.pieces.as_slice(), [_, Piece::Lit("is"), Piece::Span(r), ..]
    if sentence[r.clone()].split(' ').next().is_some_and(|w| one_of!(
        &[
            "citing",
            "quoting",
            "speaking",
            "referring",
            "responding",
            "replying",
            "reacting",
            "writing",
            "pointing",
            "echoing",
            "addressing",
            "answering",
            "asked",
        ],
        w
    )))
}

/// "In a statement", "In a regulatory filing on Tuesday", "In an interview with CBS": a lead
/// that says where words were said.
fn where_said(lead: &str) -> bool {
    let mut ws = lead.split(' ');
    ws.next().is_some_and(|w| w.eq_ignore_ascii_case("in"))
        && ws.take(5).any(|w| {
            one_of!(
                &[
                    "statement",
                    "filing",
                    "interview",
                    "post",
                    "letter",
                    "tweet",
                    "email",
                    "speech",
                    "release",
                    "memo",
                    "video",
                    "message",
                    "podcast",
                    "broadcast",
                    "op-ed",
                    "essay",
                    "blog",
                ],
                w.trim_end_matches(',')
            )
        })
}

/// Where the words said begin in a wording that holds the tag `said` worded first ("On June
/// 11, 2024, the club said season-ticket …"): after the tag and its space.
fn after_said(wording: &str, said: &str) -> Option<usize> {
    find_str(wording, said).map(|c| c + said.len() + 1)
}

/// The pronoun that stands for an organisation's name before `tail` in its own words: "its"
/// when the name modifies the noun that opens the tail, as a verb in the past or an auxiliary
/// after that noun shows ("Apple shares rose" → "its shares rose", "Tesla deliveries have
/// fallen"), else "it" ("Boeing delivered", "Apple shares data with").
fn it_or_its(tail: &str) -> &'static str {
    let mut words = tail.split(' ').filter(|w| !w.is_empty());
    let (Some(noun), Some(verb)) = (words.next(), words.next()) else {
        return "it";
    };
    let modified = noun.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !decompose::is_participle(noun)
        && !exactly_one_of!(decompose::AUX, noun)
        && (decompose::is_participle(verb) || exactly_one_of!(decompose::AUX, verb));
    if modified { "its" } else { "it" }
}

/// The words after an organisation's name (`tail`, from the space after it) go on with a
/// name within two words ("… manager Erik ten Hag"): the name is a modifier there, not the
/// doer "it" could stand for.
fn modifies_a_name(tail: &str) -> bool {
    tail.split(' ')
        .skip(1)
        .take(2)
        .any(|w| w.starts_with(|ch: char| ch.is_uppercase()))
}

/// The time a tag put last says the words were said, when nothing else follows the tag in
/// `after` (the rest of the clause after it): "on Tuesday", "Tuesday", "last week".
fn time_after_tag(sentence: &str, after: Range<usize>) -> Option<Range<usize>> {
    // Without the sentence's closing full stop: most tags end the sentence.
    let end = after.start
        + sentence[after.clone()]
            .trim_end_matches(['.', ' ', '"', '”'])
            .len();
    if end <= after.start {
        return None;
    }
    let w = tag_time(sentence, after.start..end)?;
    (sentence[after.start..w.start].trim().is_empty() && w.end == end).then_some(w)
}

/// When a tag says the words were said, between the tag and the words ("told MPs last month
/// that", "said on Tuesday that", "estimated in May that", "said in a statement on June 3,
/// 2024, that"): the time phrase with its preposition, or none.
fn tag_time(sentence: &str, gap: Range<usize>) -> Option<Range<usize>> {
    // Lower case: `one_of!` looks a long list up lowercased.
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
    ];
    const UNITS: &[&str] = &[
        "week",
        "weekend",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "quarter",
    ];
    const RELATIVE: &[&str] = &["last", "this", "next", "earlier", "later"];
    const BEFORE: &[&str] = &["on", "in", "at", "during", "earlier", "late", "early"];
    let mut ws: Vec<(usize, &str)> = Vec::new();
    let mut at = gap.start;
    for w in sentence[gap.clone()].split(' ') {
        if !w.is_empty() {
            ws.push((at, w));
        }
        at += w.len() + 1;
    }
    let word = |i: usize| ws[i].1.trim_end_matches([',', ';', ':']);
    let i = (0..ws.len()).find(|&i| {
        let w = word(i);
        // A month with its capital ("May", not "may"); a day; "last month", "this week".
        (w.starts_with(|c: char| c.is_ascii_uppercase()) && exactly_one_of!(&MONTH_NAMES, w))
            || one_of!(DAYS, w)
            || (i > 0 && one_of!(UNITS, w) && one_of!(RELATIVE, word(i - 1)))
    })?;
    // Nothing said yet before it but a listener or a place of speech: no quote, no clause.
    if sentence[gap.start..ws[i].0].contains(['“', '”', '"']) {
        return None;
    }
    let mut s = i;
    if s > 0 && one_of!(RELATIVE, word(s - 1)) && one_of!(UNITS, word(i)) {
        s -= 1;
    }
    if s > 0 && one_of!(BEFORE, word(s - 1)) {
        s -= 1;
    }
    let mut e = i;
    // "June 10, 2024", "Monday morning", "May 3".
    while e + 1 < ws.len()
        && !ws[e].1.ends_with([';', ':'])
        && ((!word(e + 1).is_empty() && word(e + 1).bytes().all(|b| b.is_ascii_digit()))
            || one_of!(&["morning", "afternoon", "evening", "night"], word(e + 1)))
    {
        e += 1;
    }
    let end = ws[e].0 + word(e).len();
    Some(ws[s].0..end)
}

/// A phrase of time that opens a sentence without a comma before its subject: "In 2003", "On
/// Monday", "Last week", "In March 2019", "Earlier this year" (two to five words, a
/// preposition of time or a relative word first, then a year, a month, a weekday or a unit).
fn time_lead(t: &str) -> bool {
    let mut ws = t.split(' ');
    let Some(first) = ws.next() else {
        return false;
    };
    if !matches!(
        first,
        "In" | "On" | "By" | "Since" | "During" | "Last" | "Earlier" | "Later" | "This" | "Until"
    ) {
        return false;
    }
    let mut n = 1;
    let mut dated = false;
    for w in ws {
        n += 1;
        if n > 5 || w.is_empty() || w.contains(['“', '”', '"', ',', ';', ':']) {
            return false;
        }
        let lower = w.to_ascii_lowercase();
        dated |= (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            || (w.starts_with(|c: char| c.is_ascii_uppercase())
                && exactly_one_of!(&MONTH_NAMES, w))
            || subject::is_weekday(w)
            || matches!(
                lower.as_str(),
                "week" | "month" | "year" | "weekend" | "morning" | "night" | "yesterday"
            );
    }
    n >= 2 && dated
}

/// Nouns of people that an age describes ("the 35-year-old striker").
const PEOPLE_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "teenager",
    "mother",
    "father",
    "teacher",
    "student",
    "physicist",
    "scientist",
    "chemist",
    "biologist",
    "striker",
    "forward",
    "midfielder",
    "defender",
    "goalkeeper",
    "quarterback",
    "pitcher",
    "player",
    "actor",
    "actress",
    "singer",
    "author",
    "writer",
    "novelist",
    "poet",
    "artist",
    "musician",
    "driver",
    "pilot",
    "nurse",
    "doctor",
    "surgeon",
    "officer",
    "soldier",
    "suspect",
    "victim",
    "defendant",
    "lawyer",
    "farmer",
    "worker",
    "resident",
    "veteran",
    "senator",
    "mayor",
    "governor",
    "president",
    "executive",
    "founder",
    "owner",
    "coach",
    "manager",
    "runner",
    "swimmer",
    "champion",
    "boxer",
    "golfer",
    "cyclist",
    "skier",
    "politician",
    "activist",
    "architect",
    "engineer",
    "physician",
    "professor",
    "researcher",
    "economist",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "billionaire",
    "director",
    "producer",
    "journalist",
    "reporter",
    "photographer",
    "grandmother",
    "grandfather",
    "retiree",
    "star",
    "candidate",
    "lawmaker",
    "judge",
    "priest",
    "pastor",
    "chef",
    "dancer",
    "composer",
    "painter",
    "designer",
    "winger",
    "captain",
    "fullback",
    "full-back",
    "centre-back",
    "center-back",
    "playmaker",
    "linebacker",
    "receiver",
    "batter",
    "batsman",
    "bowler",
    "cricketer",
    "footballer",
    "catcher",
    "shortstop",
    "outfielder",
    "sprinter",
    "hurdler",
    "marathoner",
    "jockey",
    "wrestler",
    "gymnast",
    "skater",
    "rookie",
    "teen",
    "youngster",
    "pianist",
    "violinist",
    "comedian",
    "rapper",
    "filmmaker",
    "playwright",
    "historian",
    "diplomat",
    "legislator",
    "congressman",
    "congresswoman",
    "firefighter",
];

/// Does `w` read as a person's nationality ("Spaniard", "Brazilian", "Japanese", "Swede"): a
/// capitalised word of letters with a demonym's ending, or one of the short ones?
fn demonym(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.len() > 3
        && w.chars().all(char::is_alphabetic)
        && (["an", "ese", "ard", "i"].iter().any(|e| w.ends_with(e))
            || one_of!(
                &[
                    "Swede", "Dane", "Scot", "Brit", "Pole", "Turk", "Greek", "Czech", "Swiss",
                    "Finn", "Thai"
                ],
                w
            ))
}

/// Who "the team", "the study", "the researchers" or "the scientists" that speak (`name`) mean:
/// the researchers or scientists who spoke in the last claims before this sentence (`before`,
/// at most eight looked at), as the article named them. `None` when `name` is none of those,
/// or no such speaker spoke lately (then "the team" is a club's, "the study" a body's, as
/// before).
fn research_meant(name: &str, before: &[RawClaim]) -> Option<Claimant> {
    let noun = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))?;
    if !one_of!(
        &[
            "team",
            "study",
            "researchers",
            "scientists",
            "research team",
            "authors",
            "paper"
        ],
        noun
    ) {
        return None;
    }
    before.iter().rev().take(8).find_map(|c| {
        let who = c.claimant.as_ref()?;
        let last = who.name.rsplit(' ').next().unwrap_or("");
        one_of!(&["researchers", "scientists", "astronomers"], last).then(|| who.clone())
    })
}

/// Whose relative, lawyer or the like the speaker `speaker` is, as the sentence introduces
/// them before the name: "Kane's lawyer, Thomas Reilly," → Kane; "Her daughter, Grace Okafor,"
/// → `person` (whom "her" means).
fn relation_owner(
    sentence: &str,
    names: &[(usize, &str)],
    speaker: &str,
    person: Option<&str>,
) -> Option<String> {
    let at = names.iter().find(|(_, n)| *n == speaker)?.0;
    let before = sentence[..at].trim_end().strip_suffix(',')?.trim_end();
    let (lead, relation) = before.rsplit_once(' ')?;
    if !restate::others_of(relation, true) {
        return None;
    }
    let owner = lead.rsplit(' ').next()?;
    if one_of!(&["his", "her"], owner) {
        return person.map(str::to_string);
    }
    let end = lead.len() - owner.len()
        + owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("’s"))?
            .len();
    names
        .iter()
        .find(|(a, n)| a + n.len() == end)
        .map(|(_, n)| (*n).to_string())
}

/// A person described by an age at the head of `sentence`, not named: "The 35-year-old
/// striker", "The 91-year-old physicist" (byte span of the description).
fn described_person(sentence: &str) -> Option<Range<usize>> {
    let lead = sentence.len() - sentence.trim_start().len();
    let rest = sentence[lead..].strip_prefix("The ")?;
    let mut words = rest.split(' ');
    let age = words.next()?;
    // "The Belarusian saved two break points", "The Spaniard, who is ranked No. 1, …": a
    // nationality alone, before its verb or a relative clause on it (not "The Italian
    // government said").
    let nationality = age.trim_end_matches(',');
    if demonym(nationality) {
        let next = words.clone().next()?;
        let verb = if nationality.len() < age.len() {
            next == "who"
        } else {
            head_verb(next)
        };
        if verb {
            return Some(lead..lead + "The ".len() + nationality.len());
        }
    }
    // "The Norway striker took his tally to 21": a person described by a country, a team or a
    // party before a noun of people, and a verb after it (not "The England captain Harry Kane").
    if age.starts_with(|c: char| c.is_ascii_uppercase()) {
        let mut end = lead + "The ".len();
        let mut w = age;
        for _ in 0..3 {
            if !w.starts_with(|c: char| c.is_ascii_uppercase())
                || !w.chars().all(|c| c.is_alphabetic() || c == '-')
            {
                return None;
            }
            end += w.len() + 1;
            w = words.next()?;
            if one_of!(PEOPLE_NOUNS, w) {
                let next = words.next()?;
                let verb = head_verb(next);
                return verb.then_some(lead..end + w.len());
            }
        }
        return None;
    }
    let (n, tail) = age.split_once('-')?;
    if tail != "year-old" || n.is_empty() || !n.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut end = lead + "The ".len() + age.len();
    // "The 27-year-old has scored 14 goals": the age alone, before its verb.
    let verb = words.clone().next().is_some_and(head_verb);
    if verb {
        return Some(lead..end);
    }
    // "The 22-year-old Spaniard won", "The 31-year-old Brazilian has scored": the age and a
    // nationality, before its verb.
    let mut ahead = words.clone();
    if let (Some(w), Some(next)) = (ahead.next(), ahead.next())
        && demonym(w)
        && head_verb(next)
    {
        return Some(lead..end + 1 + w.len());
    }
    // A word or two before the noun: "The 42-year-old former teacher".
    for w in words.take(3) {
        let bare = w.trim_end_matches(',');
        if !bare.chars().all(|c| c.is_ascii_lowercase() || c == '-') || bare.is_empty() {
            return None;
        }
        end += 1 + bare.len();
        if one_of!(PEOPLE_NOUNS, bare) {
            return Some(lead..end);
        }
        if bare.len() < w.len() {
            return None;
        }
    }
    None
}

/// The people named lately with the country and the age the text gave each: "American Coco
/// Gauff", "Belarus's Aryna Sabalenka", "Gauff, 21,", "Gauff, who is 21" (a few, the latest
/// last).
#[derive(Default)]
struct Traits {
    people: Vec<Traited>,
}

struct Traited {
    /// The name in full, without a people's adjective before it.
    name: String,
    country: Option<&'static str>,
    age: Option<String>,
    /// The sentence that last named them.
    at: usize,
}

/// What the people named lately say of a person described ("The Belarusian"): the one whose
/// traits fit, whether more than one do, and who is known not to fit.
struct Fit {
    one: Option<String>,
    many: bool,
    unfit: Vec<String>,
}

impl Fit {
    fn unfit(&self, name: &str) -> bool {
        let name = subject::without_nationality(name);
        self.unfit.iter().any(|u| u == name)
    }
}

/// The sentences back a person described may mean someone named in.
const TRAITS_BACK: usize = 3;

impl Traits {
    /// Note the person `name` at byte `at` of sentence `i`: the country a people's adjective
    /// or a country's possessive before the name gives, and an age in an aside after it.
    fn note(&mut self, i: usize, sentence: &str, at: usize, name: &str) {
        let full = subject::without_nationality(name);
        let before = sentence[..at].trim_end();
        let country = if full.len() < name.len() {
            subject::country_of(&name[..name.len() - full.len() - 1])
        } else if let Some(owner) = before
            .strip_suffix("'s")
            .or_else(|| before.strip_suffix("’s"))
        {
            // "Belarus's Aryna Sabalenka", "the United States' …" is not read.
            subject::country_name(last_word(owner))
        } else {
            subject::country_of(last_word(before))
        };
        let after = &sentence[at + name.len()..];
        let age = after
            .strip_prefix(", who is ")
            .or_else(|| after.strip_prefix(", "))
            .and_then(|r| {
                let n = r.bytes().take_while(u8::is_ascii_digit).count();
                (n > 0 && n < 4 && r[n..].starts_with([',', ' ', '.'])).then(|| r[..n].to_string())
            });
        // An age given elsewhere ("X, 55,") is read from `ages` when it is asked for
        // (`fitting`), not searched for at every name.
        let last = last_word(full);
        match self.people.iter_mut().find(|p| last_word(&p.name) == last) {
            Some(p) => {
                if full.contains(' ') {
                    p.name = full.to_string();
                }
                p.country = p.country.or(country);
                if age.is_some() {
                    p.age = age;
                }
                p.at = i;
            }
            None => {
                if self.people.len() == 8 {
                    self.people.remove(0);
                }
                self.people.push(Traited {
                    name: full.to_string(),
                    country,
                    age,
                    at: i,
                });
            }
        }
    }

    /// The age the text gave the person `name`.
    fn age_of(&self, name: &str) -> Option<&str> {
        let last = last_word(name);
        self.people
            .iter()
            .find(|p| last_word(&p.name) == last)
            .and_then(|p| p.age.as_deref())
    }

    /// Who of the people named in the last sentences before `i` a person described with the
    /// age `years` (or none: empty) and the country `country` may be.
    fn fitting(
        &self,
        i: usize,
        years: &str,
        country: Option<&str>,
        ages: &FxHashMap<String, String>,
    ) -> Fit {
        let mut fit = Fit {
            one: None,
            many: false,
            unfit: Vec::new(),
        };
        if years.is_empty() && country.is_none() {
            return fit;
        }
        for p in &self.people {
            if p.at >= i || p.at + TRAITS_BACK < i {
                continue;
            }
            let age = p.age.as_deref().or_else(|| {
                ages.iter()
                    .find(|(_, n)| last_word(n) == last_word(&p.name))
                    .map(|(a, _)| a.as_str())
            });
            let mut known = false;
            let mut wrong = false;
            if !years.is_empty()
                && let Some(a) = age
            {
                known = true;
                wrong |= a != years;
            }
            if let (Some(c), Some(pc)) = (country, p.country) {
                known = true;
                wrong |= c != pc;
            }
            if wrong {
                fit.unfit.push(p.name.clone());
            } else if known {
                fit.many |= fit.one.is_some();
                fit.one = Some(p.name.clone());
            }
        }
        if fit.many {
            fit.one = None;
        }
        fit
    }
}

/// Does `w`, right after a person described at the head ("The Serbian", "The 27-year-old"),
/// read as its verb: a common verb, an auxiliary, a past or a verb in the present ("The
/// Serbian faces Carlos Alcaraz", "The Spaniard leads 2-0")?
fn head_verb(w: &str) -> bool {
    one_of!(subject::MAIN_VERBS, w)
        || exactly_one_of!(decompose::AUX, w)
        || exactly_one_of!(decompose::PRESENT, w)
        || decompose::is_participle(w)
}

/// The claims of sentence `d`, which described a person at its head (`np`, with the age
/// `years`, or none: "The Norway striker"), worded with the name `who` the sentence before or
/// the next gave; and the age as a claim of its own ("Lopes is 35 years old.").
fn name_described(
    text: &str,
    values: &[(usize, RawValue)],
    claims: &mut Vec<RawClaim>,
    d: usize,
    np: Range<usize>,
    years: &str,
    who: &str,
) {
    let mut first: Option<usize> = None;
    let mut kinds: Vec<ValueKind> = Vec::new();
    for k in (0..claims.len()).rev() {
        let c = &mut claims[k];
        if c.sentence != d {
            break;
        }
        // A subject inside the description ("Norway" of "The Norway striker") is no subject.
        let own = c
            .subject
            .as_deref()
            .is_none_or(|sub| text[np.clone()].contains(sub));
        if !own || c.claimant.is_some() || c.span.start != np.start {
            continue;
        }
        let wording = c
            .text
            .clone()
            .unwrap_or_else(|| text[c.span.clone()].to_string());
        // Or already worded with the name "the 21-year-old" names (`rewordings`).
        let Some(rest) = wording
            .strip_prefix(&text[np.clone()])
            .or_else(|| wording.strip_prefix(who))
        else {
            continue;
        };
        let wording = format!("{who}{rest}");
        // The age is its own claim now: this one's type goes by its other values.
        c.values
            .retain(|&x| !(np.start <= values[x].1.span.start && values[x].1.span.end <= np.end));
        kinds.clear();
        kinds.extend(c.values.iter().map(|&x| values[x].1.kind));
        c.kind = kind::classify(&wording, &kinds, false);
        c.text = Some(wording);
        c.subject = Some(who.to_string());
        first = Some(k);
    }
    let Some(k) = first else {
        return;
    };
    if years.is_empty() {
        return;
    }
    let base = &claims[k];
    let in_np: Vec<usize> = (0..values.len())
        .filter(|&x| {
            values[x].0 == d && np.start <= values[x].1.span.start && values[x].1.span.end <= np.end
        })
        .collect();
    let wording = format!("{who} is {years} years old.");
    kinds.clear();
    kinds.extend(in_np.iter().map(|&x| values[x].1.kind));
    let age = RawClaim {
        span: np.clone(),
        sentence: d,
        score: base.score,
        values: in_np,
        cues: base.cues.clone(),
        subject: Some(who.to_string()),
        parts: vec![np],
        text: Some(wording.clone()),
        claimant: None,
        kind: kind::classify(&wording, &kinds, false),
        appearances: Vec::new(),
    };
    claims.push(age);
}

/// Does an organisation's name, put for a role the tag wrote ("the department said"), take
/// "the": a public body named by its kind ("Education Department", "Agriculture Ministry",
/// "National Weather Service") or with "of" ("Bank of England")?
fn takes_the(name: &str) -> bool {
    let last = last_word(name);
    name.contains(' ')
        && (name.contains(" of ")
            || exactly_one_of!(
                &[
                    "Department",
                    "Ministry",
                    "Agency",
                    "Service",
                    "Commission",
                    "Committee",
                    "Council",
                    "Bureau",
                    "Administration",
                    "Board",
                    "Authority",
                    "Office",
                    "Institute",
                    "Survey",
                    "Union",
                    "Organization",
                    "Organisation",
                    "Nations",
                    "Alliance",
                ],
                last
            ))
}

/// "According to NASA, On March 30, …": the sentence's first word, now inside the sentence,
/// loses its capital unless it is a name; so does a plural common noun that starts no name of
/// the sentence ("According to IQAir, Temperatures dropped" → "temperatures dropped").
fn lower_after_tag(
    wording: &mut String,
    said_then: Option<&str>,
    names: &[(usize, &str)],
    surnames: &FxHashSet<String>,
    named_inside: impl Fn(&str) -> bool,
    capital_inside: impl Fn(&str) -> bool,
) {
    // After "According to X, " or, for a tag put last and worded after its time, after the
    // tag ("On June 11, 2024, the club said ").
    let at = if wording.starts_with("According to ") {
        find_str(wording, ", ").map(|c| c + 2)
    } else {
        said_then.and_then(|t| after_said(wording, t))
    };
    let Some(at) = at else {
        return;
    };
    let word = wording[at..].split([' ', ',']).next().unwrap_or("");
    let next = wording[at + word.len()..].strip_prefix(' ').unwrap_or("");
    let plural = word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].chars().all(|c| c.is_ascii_lowercase())
        && next.starts_with(|c: char| c.is_ascii_lowercase())
        && !surnames.contains(word)
        && !names.iter().any(|(_, n)| n.split(' ').next() == Some(word))
        // "According to Majed al-Ansari, Hamas will release": a word in "-s" the article
        // writes with a capital inside a sentence ("Israel and Hamas agreed") is a name.
        && !named_inside(word);
    // "According to the CDC, Vaccination rates fell": a word built as an abstract noun, which
    // the sentence's names did not take for one, is a common word.
    let abstract_noun = (subject::common_noun_shape(word) || subject::measure_noun(word))
        && !names.iter().any(|(_, n)| n.split(' ').next() == Some(word));
    // "According to the Labor Department, Consumer prices rose", "On Tuesday, the office said
    // Consumer prices rose": a capitalised word that starts no name of the sentence, is no
    // surname, comes before a lowercase word, and is never written with a capital inside a
    // sentence of the article ("told Reuters") nor names an organisation it named is a common
    // word that had its capital only for opening the sentence ("Tesla shares" keeps it: the
    // sentence's names hold it).
    let common = word.len() > 1
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].chars().all(|c| c.is_ascii_lowercase())
        && next.starts_with(|c: char| c.is_ascii_lowercase())
        && !surnames.contains(word)
        && !names.iter().any(|(_, n)| n.split(' ').next() == Some(word))
        // "Antarctic sea ice", "Chinese exports", "British retailers", "Israeli troops": a
        // people's or a place's adjective keeps its capital.
        && !["ic", "an", "ese", "ish", "i"].iter().any(|x| word.ends_with(x))
        && !named_inside(word);
    // "According to the club, Season-ticket sales rose": a compound whose parts after the
    // first are all in lower case ("Long-term", "Low-income", "Self-driving") is no name, as
    // names write each part with a capital ("Coca-Cola", "Rolls-Royce", "Winston-Salem").
    let compound = word.len() > 3
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.contains('-')
        && word[1..]
            .split('-')
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_lowercase()))
        && next.starts_with(|c: char| c.is_ascii_lowercase());
    // "According to IQAir, Smoke from the fires pushed", "…, Sales of the drug rose": a
    // capitalised word that starts no name of the sentence and has "from" or "of" and a
    // determiner after it is a common noun with what it comes from or consists of, unless the
    // article writes it with a capital inside a sentence ("Apple" would be).
    let before_of = word.len() > 2
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].chars().all(|c| c.is_ascii_lowercase())
        && next
            .split(' ')
            .next()
            .is_some_and(|p| matches!(p, "from" | "of"))
        && next.split(' ').nth(1).is_some_and(|d| {
            matches!(
                d,
                "the" | "a" | "an" | "its" | "their" | "this" | "these" | "those"
            )
        })
        && !surnames.contains(word)
        && !names.iter().any(|(_, n)| n.split(' ').next() == Some(word))
        && !["ic", "an", "ese", "ish", "i"]
            .iter()
            .any(|x| word.ends_with(x))
        && !capital_inside(word);
    if (subject::is_not_name(word) && word != "I")
        || plural
        || abstract_noun
        || common
        || compound
        || before_of
    {
        let lower = word.to_lowercase();
        wording.replace_range(at..at + word.len(), &lower);
    }
}

/// The key bytes of a character beyond ASCII, for `key_hash` and `push_dedup_key` alike: a
/// letter or digit lower-cased, in UTF-8; nothing for anything else.
#[inline]
fn key_bytes_of(c: char, mut f: impl FnMut(&[u8])) {
    if is_alnum(c) {
        for l in c.to_lowercase() {
            let mut buf = [0; 4];
            f(l.encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// A hash of `dedup_key(s)` without building it: the key's bytes, eight to a word, hashed a
/// word at a time (an ASCII byte's key byte from `KEY_BYTE`, other characters decoded and
/// lower-cased as `push_dedup_key` does), so equal keys hash alike.
fn key_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    if s.is_ascii() {
        // An ASCII text (most): each byte's key byte written at `n` and kept by moving `n` on,
        // without a branch; eight input bytes add eight key bytes at most, so after each eight
        // the first eight key bytes are hashed when there are as many. The same words are
        // hashed as below.
        let mut buf = [0u8; 16];
        let mut n = 0usize;
        for chunk in s.as_bytes().chunks(8) {
            for &b in chunk {
                // `& 0x7F` and `& 15` change no index (ASCII bytes, `n` below 16) and spare the
                // bounds checks.
                let k = KEY_BYTE[usize::from(b & 0x7F)];
                buf[n & 15] = k;
                n += usize::from(k != 0);
            }
            if n >= 8 {
                let mut word = [0u8; 8];
                word.copy_from_slice(&buf[..8]);
                h.write_u64(u64::from_le_bytes(word));
                buf.copy_within(8..16, 0);
                n -= 8;
            }
        }
        let mut rest = [0u8; 8];
        rest[..n].copy_from_slice(&buf[..n]);
        h.write_u64(u64::from_le_bytes(rest));
        h.write_u32(n as u32);
        return h.finish();
    }
    // The key bytes not hashed yet, the first in the lowest byte, and how many.
    let (mut acc, mut n) = (0u64, 0u32);
    let mut push = |k: u8| {
        acc |= u64::from(k) << (8 * n);
        n += 1;
        if n == 8 {
            h.write_u64(acc);
            (acc, n) = (0, 0);
        }
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            let k = KEY_BYTE[usize::from(b)];
            if k != 0 {
                push(k);
            }
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            key_bytes_of(c, |l| l.iter().for_each(|&k| push(k)));
        }
    }
    // The rest, with its length.
    h.write_u64(acc);
    h.write_u32(n);
    h.finish()
}

/// Close a quotation left open by the sentence splitter; whether one was.
fn close_quotes(wording: &mut String) -> bool {
    // Most wordings hold no curly mark (its bytes start E2): one byte search passes them over.
    if memchr::memchr(0xE2, wording.as_bytes()).is_none() {
        return false;
    }
    let opens = wording.matches('“').count();
    let closes = wording.matches('”').count();
    if opens > closes {
        let end = wording.trim_end_matches([' ', ',']).len();
        wording.truncate(end);
        // The source's own straight mark closes the quote ("…their pace.\""): it becomes the
        // curly one, not a second mark after it.
        if wording.ends_with('"') && wording.matches('"').count() % 2 == 1 {
            wording.pop();
            let end = wording.trim_end_matches([' ', ',']).len();
            wording.truncate(end);
        }
        if !wording.ends_with(['.', '!', '?']) {
            wording.push('.');
        }
        wording.push('”');
        return true;
    }
    false
}

/// Does the sentence open with a quotation mark that it does not close?
fn opens_a_quote_run(sentence: &str) -> bool {
    let t = sentence.trim_start();
    if t.starts_with('“') {
        !t.contains('”')
    } else {
        t.starts_with('"') && t.matches('"').count() == 1
    }
}

/// Quotation marks across sentences and paragraphs: whether a sentence starts inside a quote, who
/// speaks in the quote, and the claims of the quote still waiting for a speaker named later.
#[derive(Default)]
struct QuoteRun {
    open: bool,
    speaker: Option<Claimant>,
    unclaimed: Vec<usize>,
    /// The speaker of the paragraph's last quote: a quote that follows it in the paragraph
    /// without a tag of its own is theirs ("“…,” she said. “…”").
    recent: Option<Claimant>,
    /// The speaker of the last sentence's reported words: a paragraph that opens with a quote
    /// and names no speaker of its own after a paragraph that ends with them is theirs
    /// ("NASA officials say they are confident …" ¶ "“We remain committed to …”").
    last_tag: Option<Claimant>,
}

impl QuoteRun {
    /// A new sentence: is it inside a quote? A new paragraph continues a quote only when it
    /// opens with a quotation mark, as news style does.
    fn enter(&mut self, sentence: &str, paragraph: bool) -> bool {
        let opens = sentence.trim_start().starts_with(['“', '"']);
        if paragraph {
            self.recent = self.last_tag.take().filter(|_| !self.open);
        }
        if paragraph && self.open && !opens {
            self.end();
        }
        // Each mark searched for on its own (by a byte search): a search for either of two
        // characters decodes every character of the sentence.
        // One vectorised search for '"' and the first byte of '“' passes over most sentences.
        if !self.open
            && (memchr::memchr2(b'"', 0xE2, sentence.as_bytes()).is_none()
                || (!sentence.contains('"') && !sentence.contains('“')))
        {
            self.end();
        }
        if !self.open && opens && self.recent.is_some() {
            self.speaker = self.recent.clone();
            return true;
        }
        self.open
    }

    /// A speaker named in the quote: it speaks the whole run, also the claims before.
    fn speaker(&mut self, who: &Claimant, claims: &mut [RawClaim]) {
        self.speaker = Some(who.clone());
        self.recent = Some(who.clone());
        for k in self.unclaimed.drain(..) {
            if let Some(c) = claims.get_mut(k)
                && c.claimant.is_none()
            {
                c.claimant = Some(who.clone());
            }
        }
    }

    /// After the sentence: is a quote still open?
    fn leave(&mut self, sentence: &str) {
        // Bytes, not characters: “ and ” are E2 80 9C and E2 80 9D in UTF-8.
        let b = sentence.as_bytes();
        // A sentence without either first byte (most) is passed over by one vectorised search
        // for both.
        let marks = memchr::memchr2(b'"', 0xE2, b).is_some();
        let b = if marks { b } else { &[] };
        for (i, &c) in b.iter().enumerate() {
            if c != b'"' && c != 0xE2 {
                continue;
            }
            match (c, b.get(i + 1), b.get(i + 2)) {
                (b'"', _, _) => self.open = !self.open,
                (_, Some(0x80), Some(0x9C)) => self.open = true,
                (_, Some(0x80), Some(0x9D)) => self.open = false,
                _ => {}
            }
        }
        if !self.open {
            self.end();
        }
    }

    fn end(&mut self) {
        self.open = false;
        self.speaker = None;
        self.unclaimed.clear();
    }
}

/// Words before a date that already say how it relates to the event ("in", "until", "than"), so
/// a date made absolute takes no "on" or "in" of its own.
const DATE_PREPOSITIONS: &[&str] = &[
    "in", "on", "since", "by", "until", "from", "before", "after", "during", "of", "through",
    "till", "to", "between", "as", "than", "into", "for", "at", "around", "toward", "towards",
    "beyond",
];

/// "faces up to 20 years in prison when he is sentenced on Sept. 18": a clause of time in the
/// present passive ("when", "after", "before", "once", "until") speaks of the future; standing
/// alone it says so ("He will be sentenced on September 18, 2024"). `before` is the sentence's
/// text before the clause's first part, `wording` the clause's.
fn future_in_time_clause(before: &str, wording: &mut String) {
    let before = before.trim_end();
    if !["when", "after", "before", "once", "until"]
        .iter()
        .any(|j| before.ends_with(j) && before[..before.len() - j.len()].ends_with(' '))
    {
        return;
    }
    // The verb within the clause's first words: "is" or "are" and a past participle.
    let mut at = 0;
    for (k, w) in wording.split(' ').enumerate().take(6) {
        if k > 0 && matches!(w, "is" | "are") {
            let next = wording[at + w.len()..].trim_start();
            let participle = next.split(' ').next().unwrap_or("");
            if decompose::is_participle(participle) {
                wording.replace_range(at..at + w.len(), "will be");
            }
            return;
        }
        at += w.len() + 1;
    }
}

/// Rewordings of a sentence's text for standalone claims: relative dates made absolute ("10
/// years later" → "in 2009", "last April" → "in April 2021"), "the 55-year-old" → the name.
/// `dates` are the sentence's `date_rewordings` when pass one read them.
fn rewordings(
    sentence: &str,
    offset: usize,
    values: &[(usize, RawValue)],
    words: &[(usize, &str)],
    ages: &FxHashMap<String, String>,
    dates: Option<Vec<(Range<usize>, String)>>,
) -> Vec<(Range<usize>, String)> {
    let mut out = dates.unwrap_or_else(|| date_rewordings(sentence, offset, values));
    // "the 55-year-old (father (of two))" → the name given that age.
    if !ages.is_empty() {
        for (k, &(at, w)) in words.iter().enumerate() {
            if !w.ends_with("-year-old") || k == 0 || !words[k - 1].1.eq_ignore_ascii_case("the") {
                continue;
            }
            let years = &w[..w.find('-').unwrap_or(0)];
            let Some(name) = ages.get(years) else {
                continue;
            };
            let mut end = at + w.len();
            // "the 21-year-old American": the people's adjective describes the same person.
            if let Some(&(n_at, n)) = words.get(k + 1)
                && n_at == end + 1
                && subject::country_of(n).is_some()
            {
                end = n_at + n.len();
            }
            if let Some(&(n_at, n)) = words.get(k + 1)
                && n_at == end + 1
                && n.starts_with(char::is_lowercase)
                && !one_of!(subject::PREPOSITIONS, n)
            {
                end = n_at + n.len();
                if let (Some(&(o_at, o)), Some(&(c_at, c))) = (words.get(k + 2), words.get(k + 3)) {
                    let count = c.starts_with(|ch: char| ch.is_ascii_digit())
                        || one_of!(
                            &[
                                "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                "ten",
                            ],
                            c,
                        );
                    if o == "of" && o_at == end + 1 && count {
                        end = c_at + c.len();
                    }
                }
            }
            out.push((words[k - 1].0..end, name.clone()));
        }
    }
    out.sort_by_key(|(r, _)| r.start);
    out
}

/// The relative dates of a sentence made absolute, each with the byte range of the words it
/// replaces ("10 years later" → "in 2009", "last April" → "in April 2021"): a function of the
/// sentence and its values alone, which pass one reads ahead.
pub(super) fn date_rewordings(
    sentence: &str,
    offset: usize,
    values: &[(usize, RawValue)],
) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    for (_, v) in values {
        if v.kind != ValueKind::Date {
            continue;
        }
        let Some(iso) = v.value.as_deref() else {
            continue;
        };
        let r = v.span.start - offset..v.span.end - offset;
        let said = &sentence[r.clone()];
        if find_str(said, iso).is_some()
            || said
                .as_bytes()
                .windows(4)
                .any(|w| w.iter().all(u8::is_ascii_digit))
        {
            continue;
        }
        // A week or a weekend is not a day: "over the weekend" stays as written.
        if find_str(said, "week").is_some() {
            continue;
        }
        let Some((date, day)) = absolute_date(iso) else {
            continue;
        };
        // "the end of next year" → "the end of 2027": a part of a period keeps its words for the
        // part; without an "of" to cut at ("late next year") the text stays as written
        if matches!(
            v.modifier,
            Some(Modifier::Start | Modifier::Mid | Modifier::End)
        ) {
            if let Some(of) = said.find(" of ") {
                let r = r.start + of + 4..r.end;
                out.push((r, date));
            } else if let Some((part, _)) = said.split_once(' ')
                && one_of!(&["early", "late", "mid"], part)
            {
                // "late Friday" → "late on September 8, 2023", "early next year" → "early in
                // 2024", "late Friday night" → "late on the night of September 8, 2023"; after
                // a preposition of its own, none: "in late January" → "in late January 2025"
                let prep_before = sentence[..r.start]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| one_of!(DATE_PREPOSITIONS, w));
                let prep = match (prep_before, day) {
                    (true, _) => "",
                    (false, true) => "on ",
                    (false, false) => "in ",
                };
                match day.then(|| day_part_after(&sentence[r.end..])).flatten() {
                    Some(p) => out.push((
                        r.start..r.end + 1 + p.len(),
                        format!("{part} {prep}the {p} of {date}"),
                    )),
                    None => out.push((r, format!("{part} {prep}{date}"))),
                }
            }
            continue;
        }
        let before = sentence[..r.start].trim_end();
        let mut prev = before.rsplit(' ').next().unwrap_or("");
        // "until at least Monday", "by at most 2027": the bound's preposition comes before it
        if one_of!(&["least", "most"], prev) {
            let mut back = before.rsplit(' ').skip(1);
            if back.next() == Some("at")
                && let Some(p) = back.next()
            {
                prev = p;
            }
        }
        // "The Mail on Sunday" names a paper, not a day: the values module reads no date there
        // (a paper's word before "on"), so a date after "The Supreme Court on" is a day.
        // "down 9% from a year ago", "higher than a year ago": a comparison with the same time a
        // year before; the year alone ("from 2024") would compare with the whole year, so the
        // words stay as written.
        if said.ends_with(" ago") && iso.len() == 4 && one_of!(&["from", "than", "with"], prev) {
            continue;
        }
        let has_prep = one_of!(DATE_PREPOSITIONS, prev);
        // "the March 30 landing", "its June report": a date that modifies a noun takes no
        // preposition
        let next = sentence[r.end..]
            .trim_start()
            .split(' ')
            .next()
            .unwrap_or("");
        let modifies = one_of!(
            &[
                "the", "a", "an", "this", "that", "its", "their", "his", "her", "our"
            ],
            prev,
        )
            // "the hottest June day", "the first May weekend": after a superlative or a word
            // of choice, before its noun
            || ((prev.len() > 4 && prev.ends_with("est")
                || one_of!(&["first", "same", "only"], prev))
                && next.starts_with(|c: char| c.is_ascii_lowercase()));
        // "every Monday", "each March": a day that comes back is no one date
        if one_of!(&["every", "each"], prev) {
            continue;
        }
        // "Tuesday's vote", "just a day earlier": a date that owns a noun, or that a word of
        // degree measures, stays as written ("on June 10, 2025's vote", "just on June 21" read
        // wrong); its value is normalized all the same.
        let after = &sentence[r.end..];
        if after.starts_with("'s ")
            || after.starts_with("’s ")
            || one_of!(
                &["just", "only", "barely", "nearly", "almost", "exactly"],
                prev
            )
        {
            continue;
        }
        // "Tuesday was the hottest day", "March will bring …": the date is the subject
        let subject = before.is_empty()
            && one_of!(
                &[
                    "was", "is", "will", "would", "has", "had", "marks", "marked", "saw", "brought"
                ],
                next,
            );
        // "on Sunday morning" → "on the morning of March 13, 2022": a part of the day after the
        // day goes before it
        let part = (day && !modifies)
            .then(|| day_part_after(&sentence[r.end..]))
            .flatten();
        let (r, date) = match part {
            Some(p) => (r.start..r.end + 1 + p.len(), format!("the {p} of {date}")),
            None => (r, date),
        };
        // "the year to end-September", "since mid-June": a date glued after its part's hyphen
        // has its preposition before the part
        let glued = sentence[..r.start].ends_with('-');
        let new = if has_prep || modifies || subject || glued {
            date
        } else {
            format!("{} {date}", if day { "on" } else { "in" })
        };
        out.push((r, new));
    }
    out
}

/// The part of the day that `rest` (the text right after a day) opens with: " morning" gives
/// "morning"; "mornings" or a comma first give nothing.
fn day_part_after(rest: &str) -> Option<&'static str> {
    let rest = rest.strip_prefix(' ')?;
    ["morning", "afternoon", "evening", "night"]
        .into_iter()
        .find(|p| {
            rest.get(..p.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(p))
                && !rest[p.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
}

/// The months by name, in order: a date written out, and a tag's time ("estimated in May that").
pub(super) const MONTH_NAMES: [&str; 12] = [
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
];

/// An ISO date as words: "2009", "April 2021", "March 30, 2022" (and whether it is a day).
fn absolute_date(iso: &str) -> Option<(String, bool)> {
    let mut it = iso.split('-');
    let year = it.next()?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let Some(month) = it.next() else {
        return Some((year.to_string(), false));
    };
    let m: usize = month.parse().ok()?;
    let name = MONTH_NAMES.get(m.checked_sub(1)?)?;
    match it.next() {
        None => Some((format!("{name} {year}"), false)),
        Some(day) => {
            let d: u32 = day.parse().ok()?;
            Some((format!("{name} {d}, {year}"), true))
        }
    }
}

/// Lower-case letters and digits only: copies that differ in quotes, spaces or punctuation match.
fn dedup_key(s: &str) -> String {
    let mut key = Vec::with_capacity(s.len());
    push_dedup_key(s, &mut key);
    String::from_utf8(key).expect("whole characters only")
}

/// An ASCII byte's key byte (0: none) in `dedup_key`, from a table.
const KEY_BYTE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            t[b] = (b as u8).to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// `dedup_key(s)` appended to `out`, so every sentence's key can go into one buffer.
fn push_dedup_key(s: &str, out: &mut Vec<u8>) {
    let bytes = s.as_bytes();
    if s.is_ascii() {
        // An ASCII sentence (a test of a word at a time): every byte looked up and written
        // without asking whether it starts a longer character.
        let start = out.len();
        out.resize(start + bytes.len(), 0);
        let buf = &mut out[start..];
        let mut n = 0;
        for &b in bytes {
            let k = KEY_BYTE[usize::from(b & 0x7F)];
            buf[n] = k;
            n += usize::from(k != 0);
        }
        out.truncate(start + n);
        return;
    }
    let mut n = out.len();
    // Room for every byte kept as it is (a letter that lower-cases longer makes more below):
    // each ASCII byte is written at `n` and kept by moving `n` on, without a branch.
    out.resize(n + bytes.len(), 0);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            let k = KEY_BYTE[usize::from(b)];
            out[n] = k;
            n += usize::from(k != 0);
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            key_bytes_of(c, |l| {
                // Room for this character and a byte for each byte left.
                let need = n + l.len() + (bytes.len() - i);
                if out.len() < need {
                    out.resize(need, 0);
                }
                out[n..n + l.len()].copy_from_slice(l);
                n += l.len();
            });
        }
    }
    out.truncate(n);
}

fn word_count(s: &str) -> usize {
    words_up_to(s, usize::MAX)
}

/// Whether `s` has `n` words or more, reading only as far as the `n`th.
fn at_least_words(s: &str, n: usize) -> bool {
    words_up_to(s, n) >= n
}

/// The number of words in `s`, counting no further than `limit`.
/// ASCII bytes for `words_up_to`, looked up rather than tested: 0 outside a word, 1 a digit or
/// an apostrophe, 2 a letter.
const WORD_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphabetic() {
            2
        } else if b.is_ascii_digit() || b == b'\'' {
            1
        } else {
            0
        };
        i += 1;
    }
    t
};

fn words_up_to(s: &str, limit: usize) -> usize {
    // Runs of letters, digits and apostrophes that hold a letter, each counted at its first
    // letter: one pass over the bytes with one flag (has the current run had its letter?), no
    // inner loops. ASCII bytes by table; a non-ASCII character classed at its first byte, which
    // steps over the rest of it.
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut count = 0;
    let mut counted = false;
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let class = if b.is_ascii() {
            i += 1;
            WORD_CLASS[usize::from(b)]
        } else {
            let (class, len) = non_ascii_word_class(s, i);
            i += len;
            class
        };
        if class == 0 {
            counted = false;
        } else if class == 2 && !counted {
            counted = true;
            count += 1;
            if count >= limit {
                return count;
            }
        }
    }
    count
}

/// `words_up_to(s, limit)` for a sentence whose word list (`word_spans`) is at hand. Each listed
/// word with an ASCII letter that follows an ASCII byte other than an apostrophe (or opens the
/// sentence) holds a letter of a word of its own for `words_up_to` (that byte ends any word
/// before it), so when `limit` of them are listed the answer is `limit` without reading the
/// text; else the text is counted.
fn words_up_to_listed(s: &str, words: &[(usize, &str)], limit: usize) -> usize {
    let bytes = s.as_bytes();
    let mut sure = 0;
    for &(at, w) in words {
        let apart = at == 0 || (bytes[at - 1].is_ascii() && bytes[at - 1] != b'\'');
        if apart && w.bytes().any(|b| b.is_ascii_alphabetic()) {
            sure += 1;
            if sure >= limit {
                return limit;
            }
        }
    }
    words_up_to(s, limit)
}

/// The `WORD_CLASS` of the non-ASCII character at byte `i` of `s`, and its length.
#[inline(never)]
fn non_ascii_word_class(s: &str, i: usize) -> (u8, usize) {
    let c = s[i..].chars().next().unwrap_or(' ');
    let class = if is_alpha(c) {
        2
    } else {
        u8::from(is_alnum(c) || c == '’')
    };
    (class, c.len_utf8())
}

/// `hay.find(needle)`, by a scan for one byte of the needle: for a sentence and a short needle
/// ("', '", "' from '") this costs less than the standard library's searcher, which is set up
/// afresh per call. The byte scanned for is the first that is not a space (a leading space would
/// stop the scan at every word), the rest compared in place, not by a call to `memcmp`. Byte
/// positions of a UTF-8 needle are the positions `str::find` gives (a match starts on the
/// needle's first byte, never inside a character).
fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    let last = h.len().checked_sub(n.len())?;
    let k = n.iter().position(|&b| b != b' ').unwrap_or(0);
    let anchor = n[k];
    // Candidates are where the anchor stands `k` bytes into a match that fits, found by the
    // `memchr` crate's vectorised scan (a sentence's bytes a word at a time, not one by one).
    let mut i = 0;
    while i <= last {
        i += memchr::memchr(anchor, &h[i + k..=last + k])?;
        if h[i..i + n.len()].iter().zip(n).all(|(a, b)| a == b) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `hay.rfind(needle)`, as `find_str` finds from the front.
fn rfind_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(h.len());
    };
    let last = h.len().checked_sub(n.len())?;
    let mut end = last + 1;
    while end > 0 {
        let i = memchr::memrchr(first, &h[..end])?;
        if &h[i + 1..i + n.len()] == rest {
            return Some(i);
        }
        end = i;
    }
    None
}

/// A line of ids and numbers ("55296587 10608023 image a 11 …") is not prose.
fn mostly_words(s: &str) -> bool {
    let (mut words, mut tokens) = (0usize, 0usize);
    let (mut letters, mut len) = (0usize, 0usize);
    // Tokens are runs between white space; a word-like token has two or more letters, at least
    // half of its characters. One pass, ASCII bytes by table without decoding, the counts kept
    // in locals.
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let class = if b.is_ascii() {
            i += 1;
            TOKEN_CLASS[usize::from(b)]
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_whitespace() {
                TOKEN_SPACE
            } else {
                u8::from(is_alpha(c))
            }
        };
        if class == TOKEN_SPACE {
            if len > 0 {
                tokens += 1;
                // A word of one letter ("a", "I") is a word too.
                words +=
                    usize::from((letters >= 2 && letters * 2 >= len) || len == 1 && letters == 1);
            }
            letters = 0;
            len = 0;
        } else {
            len += 1;
            letters += usize::from(class);
        }
    }
    if len > 0 {
        tokens += 1;
        words += usize::from((letters >= 2 && letters * 2 >= len) || len == 1 && letters == 1);
    }
    // Half the tokens words: a news sentence dense with figures ("Turnout was 67% in 2020, up
    // from 61% in 2016.") is one, a line of ids or a table's row is not.
    tokens > 0 && words * 2 >= tokens
}

/// `mostly_words`' class of an ASCII byte: white space ends a token, a letter counts in it (1),
/// anything else is a character of it (0).
const TOKEN_SPACE: u8 = 2;
const TOKEN_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            TOKEN_SPACE
        } else if c.is_ascii_alphabetic() {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

/// `word_spans` collected, for tests of other modules.
#[cfg(test)]
pub(super) fn word_spans_of(s: &str) -> Vec<(usize, &str)> {
    word_spans(s).collect()
}

/// Words (letters, digits, inner hyphens and dots) with their byte offsets.
fn word_spans(s: &str) -> WordSpans<'_> {
    WordSpans { s, at: 0 }
}

/// `word_spans(s)` pushed onto `out`: an ASCII text (most sentences) is walked by bytes in one
/// loop, without the iterator's decoding checks and the vector's growth checked at each word.
fn push_word_spans<'s>(s: &'s str, out: &mut Vec<(usize, &'s str)>) {
    if !s.is_ascii() {
        out.extend(word_spans(s));
        return;
    }
    let b = s.as_bytes();
    // Every byte is ASCII: `& 0x7F` changes none, and spares the table's bounds check.
    let word = |c: u8| WORD_BYTE[usize::from(c & 0x7F)];
    let mut i = 0;
    while i < b.len() {
        if !word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < b.len() {
            if word(b[i]) {
                i += 1;
            } else if b[i] == b'&'
                && b[i - 1].is_ascii_uppercase()
                && b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            {
                // "S&P", "AT&T", "R&D": an ampersand between capitals is inside the word.
                i += 1;
            } else {
                break;
            }
        }
        out.push((start, &s[start..i]));
    }
}

/// The iterator behind `word_spans`: a byte walk with a fast path for ASCII, since it runs over
/// every word of every sentence.
struct WordSpans<'a> {
    s: &'a str,
    at: usize,
}

/// ASCII bytes that are word characters for `word_spans` (letters, digits, '-', '.'), looked up
/// in one load rather than tested.
const WORD_BYTE: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
        i += 1;
    }
    t
};

impl<'a> WordSpans<'a> {
    /// Is there a word character at byte `i`, and how long is that character?
    #[inline]
    fn word_char(&self, i: usize) -> (bool, usize) {
        let b = self.s.as_bytes()[i];
        if b.is_ascii() {
            (WORD_BYTE[usize::from(b)], 1)
        } else {
            let c = self.s[i..].chars().next().unwrap_or(' ');
            (is_alnum(c), c.len_utf8())
        }
    }
}

impl<'a> Iterator for WordSpans<'a> {
    type Item = (usize, &'a str);

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        let len = self.s.len();
        while self.at < len {
            let (word, n) = self.word_char(self.at);
            if word {
                break;
            }
            self.at += n;
        }
        if self.at >= len {
            return None;
        }
        let start = self.at;
        let bytes = self.s.as_bytes();
        while self.at < len {
            let (word, n) = self.word_char(self.at);
            if !word {
                // "S&P", "AT&T", "R&D": an ampersand between capitals is inside the word.
                let glued = bytes[self.at] == b'&'
                    && self.at > start
                    && bytes[self.at - 1].is_ascii_uppercase()
                    && bytes.get(self.at + 1).is_some_and(u8::is_ascii_uppercase);
                if !glued {
                    break;
                }
            }
            self.at += n;
        }
        Some((start, &self.s[start..self.at]))
    }
}

/// A word without the full stop the word list keeps on it ("Earth." → "Earth").
fn bare(w: &str) -> &str {
    w.trim_end_matches('.')
}

/// Words in an open-addressed table indexed by their length and their first, second and last
/// bytes (`slot`): a word asked is found, or not, by comparing it in place with the few words
/// of its slot's run, with no hashing of its bytes and no copy. `FOLD` is `0x20` for a table
/// whose look-ups ignore ASCII case (the slot of a word and of its ASCII lower case are one), 0
/// for one that keeps it.
pub(crate) struct WordTable<const FOLD: u8> {
    /// 0 for an empty slot, else 1 + the index into `words`.
    slots: Box<[u16]>,
    words: Vec<&'static str>,
    /// The slot is the top bits of a product: `32 - shift` bits of it.
    shift: u32,
    /// Whether the empty word is one of the words (it has no bytes to place it by).
    empty: bool,
}

impl<const FOLD: u8> WordTable<FOLD> {
    fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let mut list: Vec<&'static str> = Vec::new();
        let mut empty = false;
        for w in words {
            if w.is_empty() {
                empty = true;
            } else if !list.contains(&w) {
                list.push(w);
            }
        }
        // A quarter full at most: a word of no slot (most words asked) meets an empty slot at once.
        let size = (list.len() * 4).next_power_of_two().max(16);
        let bits = size.trailing_zeros();
        let mut table = WordTable {
            slots: vec![0u16; size].into_boxed_slice(),
            words: Vec::with_capacity(list.len()),
            shift: 32 - bits,
            empty,
        };
        for w in list {
            let mut h = table.slot(w.as_bytes());
            while table.slots[h] != 0 {
                h = (h + 1) & (size - 1);
            }
            table.words.push(w);
            table.slots[h] = u16::try_from(table.words.len()).expect("fewer words than 65,535");
        }
        table
    }

    /// The slot of a word of at least one byte: the same for words equal but for what `FOLD`
    /// folds (`| 0x20` lowers an ASCII capital, and changes no byte two equal words differ in).
    #[inline]
    fn slot(&self, w: &[u8]) -> usize {
        let n = w.len();
        let (first, second, last) = (w[0] | FOLD, w[n.min(2) - 1] | FOLD, w[n - 1] | FOLD);
        let key =
            (n as u32) | u32::from(first) << 8 | u32::from(second) << 16 | u32::from(last) << 24;
        (key.wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    /// Is `w` one of the words (ignoring ASCII case when `FOLD` is `0x20`)?
    #[inline]
    fn contains(&self, w: &str) -> bool {
        let w = w.as_bytes();
        if w.is_empty() {
            return self.empty;
        }
        let mask = self.slots.len() - 1;
        let mut h = self.slot(w);
        loop {
            let e = self.slots[h];
            if e == 0 {
                return false;
            }
            let s = self.words[usize::from(e - 1)].as_bytes();
            if s.len() == w.len()
                && if FOLD == 0 {
                    s == w
                } else {
                    s.eq_ignore_ascii_case(w)
                }
            {
                return true;
            }
            h = (h + 1) & mask;
        }
    }
}

/// The set behind an `exactly_one_of!` list: its words with their case kept.
pub(crate) struct WordSet(WordTable<0>);

impl WordSet {
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> WordSet {
        WordSet(WordTable::new(words))
    }
}

/// The set behind a long `one_of!` list, with the lengths and the first bytes of its words: a
/// word of another length or first letter (most words asked) is answered without reading it
/// further.
pub(crate) struct LowerSet {
    /// The words a word asked can be, lowered: those without an ASCII capital (a word of the
    /// list with one is never found, as the word asked is compared in its lower case).
    set: WordTable<0x20>,
    /// Bit `n` for a word of `n` bytes (up to 63).
    lens: u64,
    /// Bit `b` for a word whose first byte is `b`.
    firsts: [u64; 4],
}

impl FromIterator<&'static str> for LowerSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> LowerSet {
        let (mut lens, mut firsts) = (0u64, [0u64; 4]);
        let mut found = Vec::new();
        for w in words {
            // A word written with capitals ("Swede", "MPs", "CEO") is kept lowered, as the
            // short lists compare it ignoring case: built once per list, so leaked.
            let w: &'static str = if w.bytes().any(|b| b.is_ascii_uppercase()) {
                Box::leak(w.to_ascii_lowercase().into_boxed_str())
            } else {
                w
            };
            if w.len() < 64 {
                lens |= 1 << w.len();
            }
            if let Some(&b) = w.as_bytes().first() {
                firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
            found.push(w);
        }
        LowerSet {
            set: WordTable::new(found),
            lens,
            firsts,
        }
    }
}

/// Is `word` in `set` (of lower-case words), ignoring ASCII case? Compared in place, with no
/// lower-cased copy: the set's words are in lower case, so a word equal to one ignoring ASCII
/// case is that word once lowered (a key written with capitals is kept lowered). A word whose
/// length or lower-cased first byte no word of the set has is not looked up.
pub(crate) fn in_lower_set(set: &LowerSet, word: &str) -> bool {
    let n = word.len();
    if n > 32 || set.lens & (1 << n) == 0 {
        return false;
    }
    if let Some(&b) = word.as_bytes().first() {
        let b = b.to_ascii_lowercase();
        if set.firsts[usize::from(b >> 6)] & (1 << (b & 63)) == 0 {
            return false;
        }
    }
    set.set.contains(word)
}

/// The text of the fixtures (every `.txt`, `.md` and `.jsonl` in `fixtures`, `fixtures/check`
/// and `fixtures/score`), for tests that hold a fast path to the plain one over real sentences.
#[cfg(test)]
pub(crate) fn fixture_text() -> String {
    let mut text = String::new();
    for dir in ["fixtures", "fixtures/check", "fixtures/score"] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension()
                .is_some_and(|x| x == "txt" || x == "md" || x == "jsonl")
            {
                text.push_str(&std::fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    text
}

/// The last word of `s` as `s.rsplit(' ').next()` gives it (what follows the last space, or
/// all of `s`), found by a byte loop: a space is one byte and never part of a longer character.
/// The standard searcher sets up a search of the whole text at each call, which costs more than
/// the few bytes of the word before a name it reads back.
#[inline]
/// Does `before` (a sentence up to a name) end with a courtesy title that only a person bears
/// ("Dr. ", "Ms. ", "Mr ", "Prof. ")? Such titles are dropped from the names found.
fn courtesy_title_before(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let head = head.strip_suffix('.').unwrap_or(head);
    let title = last_word(head);
    // "The Dr. Pepper plant": a title after an article names a brand.
    let article = matches!(
        last_word(head[..head.len() - title.len()].trim_end()),
        "the" | "The" | "a" | "A" | "an"
    );
    matches!(title, "Mr" | "Mrs" | "Ms" | "Dr" | "Miss" | "Prof") && !article
}

fn last_word(s: &str) -> &str {
    let b = s.as_bytes();
    let mut i = b.len();
    while i > 0 && b[i - 1] != b' ' {
        i -= 1;
    }
    &s[i..]
}

/// `s.split(' ')` by a byte loop (the same pieces, empty ones included): the standard split
/// sets up a search of all the rest of the text for each word it gives, and most callers read
/// only the first few words.
#[inline]
fn split_space(s: &str) -> SplitSpace<'_> {
    SplitSpace {
        s,
        at: 0,
        done: false,
    }
}

/// The iterator of `split_space`.
#[derive(Clone)]
struct SplitSpace<'a> {
    s: &'a str,
    at: usize,
    done: bool,
}

impl<'a> Iterator for SplitSpace<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.done {
            return None;
        }
        let b = self.s.as_bytes();
        let start = self.at;
        let mut i = start;
        while i < b.len() && b[i] != b' ' {
            i += 1;
        }
        if i == b.len() {
            self.done = true;
        } else {
            self.at = i + 1;
        }
        Some(&self.s[start..i])
    }
}

/// `s.split_once(' ')` by a byte loop.
#[inline]
fn split_once_space(s: &str) -> Option<(&str, &str)> {
    let i = s.bytes().position(|b| b == b' ')?;
    Some((&s[..i], &s[i + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Morgan Stanley downgraded the company to underweight", "Jefferies cut its rating on
    /// the stock to hold from buy": a rating changed is kept though the score ranks it low;
    /// "cut prices to sell more cars" and "raised money to buy a rival" are no rating.
    #[test]
    fn an_analysts_rating_action_is_a_claim() {
        assert!(rating_action(
            "Morgan Stanley downgraded the company to underweight."
        ));
        assert!(rating_action(
            "Jefferies cut its rating on Corvane to hold from buy."
        ));
        assert!(rating_action("Citi raised the stock to buy."));
        assert!(!rating_action("Tesla cut prices to sell more cars."));
        assert!(!rating_action("Acme raised money to buy a rival."));
        assert!(!rating_action("We downgraded the forecast."));
        let all = crate::extract::extract(
            "Shares of Corvane fell 4% on Tuesday. Stanton Hale downgraded the company to \
             underweight.",
            None,
        )
        .claims;
        assert!(
            all.iter().any(|c| c.text.contains("underweight")),
            "{all:#?}"
        );
        // A body named by its country and noun speaks as "the ministry" does.
        assert!(body_named("Germany's finance ministry"));
        assert!(body_named("the Biden administration"));
        assert!(!body_named("Germany's Olaf Scholz"));
    }

    /// "In 2003 she testified that …": a time that leads a tag without a comma is kept in the
    /// claim's wording, as one with a comma is; a phrase of place is no time.
    #[test]
    fn a_time_lead_without_a_comma_dates_the_saying() {
        assert!(time_lead("In 2003"));
        assert!(time_lead("On Monday"));
        assert!(time_lead("Last week"));
        assert!(time_lead("In March 2019"));
        assert!(!time_lead("In Ohio"));
        assert!(!time_lead("In a statement"));
        let all = crate::extract::extract(
            "Jane Holt was born in Ohio in 1950. In 2003 she testified that the company had \
             hidden the data.",
            chrono::NaiveDate::from_ymd_opt(2025, 6, 12),
        )
        .claims;
        assert!(
            all.iter()
                .any(|c| c.text.starts_with("In 2003 Jane Holt testified")),
            "{all:#?}"
        );
    }

    /// A common word that opened the sentence keeps no capital behind a tag worded first
    /// ("the statistics office said consumer prices rose"); a name the sentence reads as one
    /// keeps it ("Apple shares").
    #[test]
    fn a_common_word_behind_a_tag_is_lower_case() {
        let all = crate::extract::extract(
            "Consumer prices rose 3% in May, the statistics office said on Tuesday.",
            chrono::NaiveDate::from_ymd_opt(2025, 6, 12),
        )
        .claims;
        assert!(
            all.iter().any(|c| c.text.contains("said consumer prices")),
            "{all:#?}"
        );
        let all = crate::extract::extract(
            "Apple shares fell 2% on Monday, the exchange said on Tuesday.",
            chrono::NaiveDate::from_ymd_opt(2025, 6, 12),
        )
        .claims;
        assert!(
            all.iter().any(|c| c.text.contains("said Apple shares")),
            "{all:#?}"
        );
    }

    /// "She has said … but has also warned …": the pronoun's speaker worded by name with the
    /// verb of speech, and what the speaker said again theirs to claim.
    #[test]
    fn a_pronoun_tag_with_has_said_and_has_also() {
        let all = crate::extract::extract(
            "Governor Lisa Cook spoke in Washington on Monday. She has said the bank must be \
             patient but has also warned that tariffs could raise prices.",
            None,
        )
        .claims;
        let warned = all
            .iter()
            .find(|c| c.text.contains("warned"))
            .unwrap_or_else(|| panic!("{all:#?}"));
        assert_eq!(
            warned.text,
            "Governor Lisa Cook has also warned that tariffs could raise prices."
        );
        assert_eq!(
            warned.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Lisa Cook")
        );
        assert!(
            all.iter().all(|c| !c.text.contains(" has the ")),
            "{all:#?}"
        );
    }

    #[test]
    fn an_age_and_a_nationality_describe_a_person() {
        for t in [
            "The 22-year-old Spaniard won the final in four sets.",
            "The 31-year-old Brazilian has scored 14 goals this season.",
            "The 58-year-old Japanese was elected in 2019.",
        ] {
            assert!(described_person(t).is_some(), "{t}");
        }
        for t in [
            "The 22-year-old Spanish club won the cup.",
            "The 100-year-old Ritz closed in May.",
            "The 22-year-old Japan international scored twice.",
        ] {
            assert!(described_person(t).is_none(), "{t}");
        }
    }
    /// "Smith scored in the 30th minute, but he missed a penalty": a lone name at the head that
    /// acts, with "he" after it (in its sentence or at the head of the next), is a person's,
    /// also one in "-s" ("Davis"); a common noun in the plural ("Lawmakers") or an
    /// organisation stays what it is.
    #[test]
    fn a_lone_surname_that_acts_before_he_is_a_person() {
        use super::coref::tests::text_of;
        let text = "Arsenal beat Brentford 2-1. Smith scored in the 30th minute, but he missed a \
                    penalty later.";
        assert_eq!(text_of(text, "penalty"), "Smith missed a penalty later.");
        let text = "Arsenal beat Brentford 2-1. Davis scored twice. He has scored 12 goals this \
                    season.";
        assert_eq!(
            text_of(text, "12 goals"),
            "Davis has scored 12 goals this season."
        );
        let ws: Vec<(usize, &str)> = vec![(0, "Smith"), (6, "scored")];
        let classes = [0, words::FINITE];
        assert_eq!(lone_acting_head("Smith", &ws, &classes, 0), Some("Smith"));
        assert_eq!(lone_acting_head("NASA", &ws, &classes, 0), None);
        assert!(subject::plural_common_noun("Lawmakers") && !subject::plural_common_noun("Davis"));
    }

    use subject::names_in;

    /// Pass one run ahead on a thread of its own gives, claim for claim, what one thread gives:
    /// on the atomic table's texts (datelines, quotes over paragraphs, captions, a plural
    /// first word), a surname that opens a sentence in the plural's form, and the fixtures.
    #[test]
    fn the_claim_stage_with_pass_one_ahead_is_the_one_threads() {
        let mut text = String::new();
        let table = std::fs::read_to_string("fixtures/atomic-table.jsonl").expect("the table");
        for line in table.lines().filter(|l| !l.trim().is_empty()) {
            let row: serde_json::Value = serde_json::from_str(line).expect("a row");
            text.push_str(row["text"].as_str().expect("its text"));
            text.push_str("\n\n");
        }
        // "Williams" opens a sentence after Serena Williams was named: a name, not a plural
        // (pass two reads the clauses again).
        text.push_str(
            "Serena Williams won the title in 2015. Williams reached the final in 2016 and she \
             won it, and Williams thanked the crowd of 15,000.\n\n",
        );
        text.push_str(&fixture_text());
        let published = chrono::NaiveDate::from_ymd_opt(2024, 6, 12);
        let spans = super::super::sentences::split(&text);
        let values = super::super::values::scan_sentences(&text, &spans, published);
        let one = find_on(&text, &spans, &values, 1, 0);
        assert!(one.len() > 500, "{} claims", one.len());
        assert!(
            one.iter()
                .any(|c| text[c.span.clone()].starts_with("Williams reached"))
        );
        for (threads, min_text) in [(2, 0), (2, 1 << 16), (8, 1)] {
            let two = find_on(&text, &spans, &values, threads, min_text);
            assert!(two == one, "{threads} threads from {min_text} bytes");
        }
    }

    #[test]
    fn a_few_words_that_judge_are_no_claim() {
        let judged = |t: &str| {
            let words: Vec<_> = word_spans(t).collect();
            evaluation(&words)
        };
        for t in [
            "the bill was long overdue",
            "they have failed",
            "This is a breakthrough",
            "it is not yet where we want it",
            "Families have waited long enough",
            "Our officers did an outstanding job",
            "We will keep fighting for the unborn",
            "It's a mistake",
            "The program has been a failure",
            "the early results were \"promising\"",
            "the penalty decision was very harsh",
        ] {
            assert!(judged(t), "{t}");
        }
        // Facts, a possessive's "s", a failure with its object, a vow of a third person.
        for t in [
            "He was arrested at the scene",
            "The team's great run ended",
            "The company failed to pay its workers",
            "The council will keep collecting the tax",
            "The bridge is where the road ends",
            "The airline did the work itself",
        ] {
            assert!(!judged(t), "{t}");
        }
        // Quoted, reported or the writer's: none is listed; a figure keeps it.
        let texts = |t: &str| -> Vec<String> {
            crate::extract::extract(t, None)
                .claims
                .into_iter()
                .map(|c| c.text)
                .collect()
        };
        assert!(texts("Senator Maria Lopez said the bill was long overdue.").is_empty());
        assert!(texts("“This is a breakthrough,” said lead author Grace Mbeki.").is_empty());
        assert_eq!(
            texts("The budget was six months overdue, the auditor said."),
            ["According to the auditor, the budget was six months overdue."]
        );
    }

    #[test]
    fn a_clause_of_time_in_the_present_passive_is_worded_in_the_future() {
        let future = |before: &str, wording: &str| {
            let mut w = wording.to_string();
            future_in_time_clause(before, &mut w);
            w
        };
        assert_eq!(
            future(
                "Harper faces 20 years in prison when ",
                "He is sentenced on June 12."
            ),
            "He will be sentenced on June 12."
        );
        // Not after another word, not without a participle.
        assert_eq!(
            future("Harper said ", "He is sentenced on June 12."),
            "He is sentenced on June 12."
        );
        assert_eq!(
            future("Prices rise when ", "Demand is high."),
            "Demand is high."
        );
        let all = crate::extract::extract(
            "Daniel Harper, 41, faces up to 20 years in prison when he is sentenced on Sept. 18.",
            None,
        )
        .claims;
        assert!(
            all.iter()
                .any(|c| c.text.starts_with("Daniel Harper will be sentenced")),
            "{all:#?}"
        );
    }

    /// A formal step a bill, a deal or a case still waits for is kept though the score is low;
    /// a need without such a step, or one of "we", is not.
    #[test]
    fn a_pending_formal_step_is_kept() {
        for kept in [
            "The bill passed the House on Tuesday. It still needs the governor's signature.",
            "The merger was announced in March. It still requires regulatory approval.",
            "The state banned the pesticide in May. The ban faces a legal challenge.",
        ] {
            let claims = claims_of(kept);
            assert_eq!(
                claims.len(),
                2,
                "{kept}: {:?}",
                claims.iter().map(|c| &c.text).collect::<Vec<_>>()
            );
        }
        assert!(pending_step(
            "The treaty awaits ratification by the Senate."
        ));
        assert!(pending_step("He faces charges of fraud."));
        for not in [
            "The city needs more housing.",
            "The country faces a tough challenge.",
            "We still need approval from the board.",
            "The team needs a win on Sunday to stay up.",
            "Officials said the region needs rain, a review of water rules and more staff.",
        ] {
            assert!(!pending_step(not), "{not}");
        }
    }

    fn claims_of(text: &str) -> Vec<crate::extract::Claim> {
        crate::extract::extract(text, None).claims
    }

    fn who_said(c: &crate::extract::Claim) -> Option<&str> {
        c.claimant.as_ref().map(|c| c.name.as_str())
    }

    /// "According to Majed al-Ansari, Hamas will release …": a word in "-s" that opens the
    /// words said keeps its capital when the article writes it with one inside a sentence
    /// ("Israel and Hamas agreed"); "Separately," that only links the story's items goes.
    #[test]
    fn a_name_in_s_keeps_its_capital_after_the_tag() {
        let claims = claims_of(
            "Separately, Israel and Hamas agreed to extend the truce, Qatar's foreign ministry said. \
             Hamas will release 20 more hostages, spokesman Majed al-Ansari said.",
        );
        let texts: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
        assert!(
            texts.contains(&"According to Qatar's foreign ministry, Israel and Hamas agreed to extend the truce.")
                && texts.contains(&"According to Majed al-Ansari, Hamas will release 20 more hostages."),
            "{texts:?}"
        );
        // A plural common noun still loses its capital.
        let claims = claims_of("Temperatures dropped 10 degrees overnight, the agency said.");
        assert!(
            claims[0].text.contains(", temperatures dropped"),
            "{claims:#?}"
        );
    }

    /// "…, his son Peter told the Duluth News Tribune": a relative or associate named right
    /// after the relation, with no commas, speaks; the tag stays out of the claim's words.
    #[test]
    fn a_relative_named_without_commas_speaks() {
        for (text, who) in [
            (
                "Margaret Olsen died Sunday at a hospice in Duluth, her son Peter told the Duluth News Tribune.",
                "Peter",
            ),
            (
                "Harlan Voss died Tuesday at his home in Tucson, his longtime friend Dale Whitaker said.",
                "Dale Whitaker",
            ),
        ] {
            let c = claims_of(text);
            assert!(
                c.iter().any(|c| who_said(c) == Some(who)
                    && !c.text.contains(" son ")
                    && !c.text.contains("friend")),
                "{text}: {:?}",
                c.iter().map(|c| (&c.text, who_said(c))).collect::<Vec<_>>()
            );
        }
    }

    /// "Lawyers for a coalition of tenants who sued the city said …", "An attorney for the
    /// hospital said …": the lawyers speak, as the article names them, a person.
    #[test]
    fn lawyers_for_a_client_speak() {
        for (text, who) in [
            (
                "Lawyers for a coalition of tenants who sued the city said the ruling would stop hundreds of evictions.",
                "Lawyers for a coalition of tenants who sued the city",
            ),
            (
                "An attorney for the hospital said the verdict would be appealed next month.",
                "An attorney for the hospital",
            ),
        ] {
            let c = claims_of(text);
            assert!(
                c.iter().any(|c| who_said(c) == Some(who)
                    && c.claimant
                        .as_ref()
                        .is_some_and(|c| c.kind == super::super::ClaimantKind::Person)),
                "{text}: {:?}",
                c.iter().map(|c| (&c.text, who_said(c))).collect::<Vec<_>>()
            );
        }
    }

    /// "named him ambassador to Canada in 1989, a post he held until 1993": the post's "he" is
    /// the one named to it, never left bare.
    #[test]
    fn a_post_held_is_held_by_the_one_named_to_it() {
        let text = "Walter Brandt was elected to the Senate in 1978. President Ronald Reagan named him ambassador to Canada in 1989, a post he held until 1993.";
        let c = claims_of(text);
        let post = c
            .iter()
            .find(|c| c.text.contains("until 1993"))
            .expect("the post");
        assert!(
            post.text.contains("a post Walter Brandt held") && !post.text.contains(" he "),
            "{}",
            post.text
        );
    }

    /// "the ruling would stop hundreds of evictions": what a decision would let or keep others
    /// do is a prediction of its effect, not the policy's own terms ("would ban" stays one).
    #[test]
    fn what_a_ruling_would_stop_is_a_prediction() {
        let c =
            claims_of("Lawyers for the tenants said the ruling would stop hundreds of evictions.");
        assert!(
            c.iter()
                .any(|c| c.text.contains("evictions")
                    && c.kind == crate::extract::ClaimType::Prediction),
            "{:?}",
            c.iter().map(|c| (&c.text, c.kind)).collect::<Vec<_>>()
        );
    }

    /// "…, researchers reported …. …, the team estimated.": the team is the researchers who
    /// spoke, not the organisation that owns the instrument named at the head.
    #[test]
    fn the_team_is_the_researchers_who_spoke() {
        let text = "The European Space Agency's Mars Express orbiter has spotted signs of a buried lake under the ice cap, researchers reported Monday in the journal Science. The lake could be as deep as 20 meters, the team estimated. The lake has been frozen for at least a million years, according to the study.";
        let c = claims_of(text);
        for needle in ["20 meters", "a million years"] {
            let got = c.iter().find(|c| c.text.contains(needle));
            assert_eq!(
                got.and_then(who_said),
                Some("researchers"),
                "{needle}: {got:?}"
            );
        }
    }

    /// "The Supreme Court on Thursday struck down …": a weekday after a body's title and "on"
    /// is made absolute like any other; only a paper's name ("The Mail on Sunday"), where the
    /// values module reads no date, keeps its words.
    #[test]
    fn a_day_after_a_titled_body_is_made_absolute() {
        let published = chrono::NaiveDate::from_ymd_opt(2026, 2, 20);
        for (text, want) in [
            (
                "The Supreme Court on Thursday struck down the tariffs, ruling 6-3.",
                "February 19, 2026",
            ),
            (
                "The Senate on Tuesday passed the bill 52-48.",
                "February 17, 2026",
            ),
        ] {
            let c = crate::extract::extract(text, published).claims;
            assert!(
                c.iter().any(|c| c.text.contains(want)),
                "{text}: {:?}",
                c.iter().map(|c| &c.text).collect::<Vec<_>>()
            );
        }
        let c = crate::extract::extract(
            "The Mail on Sunday reported that 40 jobs would go.",
            published,
        )
        .claims;
        assert!(
            c.iter().all(|c| c.text.contains("The Mail on Sunday")),
            "{c:?}"
        );
    }

    /// "Reuters said its reporter … The news agency said she …": "news" a word of a trade, so
    /// "the news agency" is the agency named before, whose person of the sentence before "she"
    /// means, as "The agency said she" does.
    #[test]
    fn the_news_agency_is_the_agency_named_before() {
        assert_eq!(claimant::role_noun("news agency"), "agency");
        let c = claims_of(
            "Reuters said its reporter Anna Kowalski was injured in Kyiv on March 3. The news \
             agency said she was treated at a hospital.",
        );
        assert_eq!(who_said(&c[1]), Some("Reuters"), "{c:#?}");
        assert!(
            c[1].text.contains("said Anna Kowalski was"),
            "{}",
            c[1].text
        );
    }

    /// "Bruno Fernandes scored twice. The club said …": a player whose given name is common
    /// outside the English-speaking world is a person, no plain name of a club the next
    /// sentence's "the club" could call one; "the club" is the side named before.
    #[test]
    fn a_player_with_a_given_name_of_any_country_is_no_club() {
        let c = claims_of(
            "Manchester United beat Chelsea 3-1 on Sunday. Bruno Fernandes scored twice. The \
             club said the victory was its first at Stamford Bridge since 2013.",
        );
        let last = c.last().expect("claims");
        assert_eq!(who_said(last), Some("Manchester United"), "{c:#?}");
        assert!(subject::lone_given_name("Diogo"));
    }

    /// "Chelsea paid …, the club said", "Walgreens cut …, the drugstore chain said": a tag put
    /// last whose noun finds no organisation named before speaks for the name at the head; a
    /// person at the head ("Tim Cook said …, the company said") is none, and "the iPhone
    /// maker" is an organisation.
    #[test]
    fn a_tags_organisation_noun_is_the_name_at_the_head() {
        for (text, who) in [
            (
                "Chelsea paid 62.5 million pounds for the striker, the club said.",
                "Chelsea",
            ),
            (
                "Walgreens cut its dividend by 48%, the drugstore chain said.",
                "Walgreens",
            ),
            (
                "Manchester United paid 62.5 million pounds for the striker, the club said.",
                "Manchester United",
            ),
        ] {
            let c = claims_of(text);
            assert_eq!(c.len(), 1, "{text}");
            assert_eq!(who_said(&c[0]), Some(who), "{text}");
            assert_eq!(
                c[0].claimant.as_ref().map(|c| c.kind),
                Some(crate::extract::ClaimantKind::Organization)
            );
        }
        let c = claims_of("Revenue rose 8% to $3 billion, the company said.");
        assert_eq!(who_said(&c[0]), Some("the company"));
        assert_eq!(claimant::role_noun("smartphone maker"), "maker");
        assert_eq!(claimant::role_noun("policy maker"), "policy maker");
        let c = claims_of(
            "Apple reported revenue of $95 billion. The iPhone maker said it would invest $500 \
             billion in the United States.",
        );
        assert_eq!(who_said(&c[1]), Some("Apple"));
        // Another body's noun ("the exchange", "the defense ministry") is not the head's.
        let c = claims_of("Apple shares fell 2% on Monday, the exchange said.");
        assert_eq!(who_said(&c[0]), Some("the exchange"));
    }

    /// "Kennedy has said the shots are … but has also promoted vitamin A": the speaker's
    /// auxiliary again after "but" is the speaker's own deed, a claim of its own that no one
    /// claims; "has said the city has grown and has hired" (an auxiliary of the words said)
    /// stays whole.
    #[test]
    fn the_speakers_auxiliary_again_after_but_is_the_speakers_deed() {
        let c = claims_of(
            "Health Secretary Robert F. Kennedy Jr. has said the shots are the best way to \
             prevent measles but has also promoted vitamin A as a treatment.",
        );
        let deed = c.iter().find(|c| c.text.contains("vitamin A")).unwrap();
        assert!(
            deed.text
                .ends_with("Kennedy Jr. has also promoted vitamin A as a treatment."),
            "{c:#?}"
        );
        assert_eq!(who_said(deed), None, "{c:#?}");
        assert_eq!(
            deed.subject.as_deref(),
            Some("Robert F. Kennedy Jr."),
            "{c:#?}"
        );
        let said = c.iter().find(|c| c.text.contains("best way")).unwrap();
        assert!(!said.text.contains("vitamin"), "{c:#?}");
        assert_eq!(who_said(said), Some("Robert F. Kennedy Jr."), "{c:#?}");
        let c =
            claims_of("Mayor Tom Briggs has said the city has grown and has hired 200 officers.");
        assert_eq!(c.len(), 1, "{c:#?}");
    }

    /// A rank in words ("the fourth increase") is counted: the claim is kept.
    #[test]
    fn a_rank_in_words_is_checkable() {
        let c = claims_of(
            "The Federal Reserve raised interest rates by a quarter point on Wednesday. It was \
             the fourth increase this year.",
        );
        assert!(
            c.iter().any(|c| c.text.contains("fourth increase")),
            "{c:#?}"
        );
    }

    /// "Delta also said", "Park later said": an adverb between a one-word name and its verb of
    /// speech; the name still speaks.
    #[test]
    fn an_adverb_between_a_name_and_said_keeps_the_speaker() {
        let c = claims_of(
            "Mayor Linda Park opened the shelter on Monday.\n\nPark later said the plan would \
             cost $3 million.",
        );
        let said = c.iter().find(|c| c.text.contains("$3 million")).unwrap();
        assert_eq!(who_said(said), Some("Linda Park"), "{c:#?}");
        let c = claims_of("Delta also said it would add 12 new routes next summer.");
        assert_eq!(who_said(&c[0]), Some("Delta"), "{c:#?}");
        // A common word is still no name.
        let c = claims_of("Officials later said 12 people were hurt.");
        assert_ne!(who_said(&c[0]), Some("Officials later"), "{c:#?}");
    }

    /// "He said the customers drive 30 miles": after "said", a noun phrase with a verb the
    /// classes cannot tell from a noun is still what was said.
    #[test]
    fn said_before_a_noun_phrase_and_a_present_verb_reports_it() {
        let c = claims_of(
            "Dale Crocker runs a store in Maine. He said his customers drive 30 miles to find \
             a signal.",
        );
        let said = c.iter().find(|c| c.text.contains("30 miles")).unwrap();
        assert_eq!(who_said(said), Some("Dale Crocker"), "{c:#?}");
        let c =
            claims_of("State officials estimate that 45,000 homes still lack a fast connection.");
        assert_eq!(who_said(&c[0]), Some("State officials"), "{c:#?}");
        // "said in a statement" opens no words said.
        let c = claims_of("The company said in a statement on Tuesday that 40 stores would close.");
        assert_eq!(who_said(&c[0]), Some("the company"), "{c:#?}");
    }

    /// "according to the state treasurer's office": the office speaks.
    #[test]
    fn an_office_of_a_person_speaks_as_an_organisation() {
        let c = claims_of(
            "The bond will cost $85 million in interest, according to the state treasurer's office.",
        );
        let who = c[0].claimant.as_ref().expect("a claimant");
        assert_eq!(who.name, "the state treasurer's office");
        assert_eq!(who.kind, crate::extract::ClaimantKind::Organization);
    }

    /// "Shares of Delta rose 4.2%. They have gained 30% this year.": the shares, not Delta.
    #[test]
    fn they_after_things_at_the_head_means_those_things() {
        let c = claims_of(
            "Delta Air Lines reported a profit of $1.3 billion.\n\nShares of Delta rose 4.2% on \
             Monday. They have gained about 30% this year.",
        );
        assert!(
            c.iter()
                .any(|c| c.text.starts_with("Shares of Delta have gained about 30%")),
            "{c:#?}"
        );
        // Things do not speak: "they said" is left to the other rules.
        let c = claims_of("Prices of eggs rose 8% in March. They said 12 farms had closed.");
        assert!(
            !c.iter().any(|c| c.text.starts_with("Prices of eggs said")),
            "{c:#?}"
        );
    }

    /// A date that owns a noun, or that a word of degree measures, stays as written.
    #[test]
    fn a_possessive_date_and_a_measured_one_stay_as_written() {
        let c = crate::extract::extract(
            "It was Tuesday's vote that decided the race, officials said on Friday. Temperatures \
             broke the record set just a day earlier, reaching 108 degrees.",
            chrono::NaiveDate::from_ymd_opt(2025, 6, 13),
        )
        .claims;
        let all: Vec<&str> = c.iter().map(|c| c.text.as_str()).collect();
        assert!(!all.iter().any(|t| t.contains("2025's")), "{all:#?}");
        assert!(!all.iter().any(|t| t.contains("just on")), "{all:#?}");
    }

    /// A date after a preposition of its own ("planned for Saturday", "set for Friday") takes
    /// no "on" when made absolute.
    #[test]
    fn a_date_after_for_takes_no_second_preposition() {
        let c = crate::extract::extract(
            "A memorial service is planned for Saturday at the University of Colorado. The \
             vote was set for Friday.",
            chrono::NaiveDate::from_ymd_opt(2025, 6, 12),
        )
        .claims;
        let all: Vec<&str> = c.iter().map(|c| c.text.as_str()).collect();
        assert!(
            all.iter().any(|t| t.contains("for June 14, 2025")),
            "{all:#?}"
        );
        assert!(!all.iter().any(|t| t.contains("for on")), "{all:#?}");
    }

    /// An event set to come is listed, though the score learnt from debates passes it by; a
    /// hope, an opinion or "we will" is not.
    #[test]
    fn events_set_to_come_are_claims() {
        for text in [
            "Hawthorne Elementary and Jefferson Elementary will close at the end of the school \
             year.",
            "Ireland will hold its own vote in the autumn.",
            "The bridge will close for repairs.",
        ] {
            let c = claims_of(text);
            assert_eq!(c.len(), 1, "{text}: {c:#?}");
        }
        assert!(dated_expectation(
            "The plant is expected to open in 2026.",
            &[ValueKind::Date]
        ));
        assert!(dated_expectation(
            "The new bridge is scheduled to be completed by June.",
            &[ValueKind::Date]
        ));
        assert!(!dated_expectation(
            "The plant is expected to open soon.",
            &[]
        ));
        assert!(!dated_expectation(
            "Prices are expected to rise in 2026.",
            &[ValueKind::Date]
        ));
        assert!(commitment(
            "According to Chief Executive Tim Cook, the company will build a new factory."
        ));
        assert!(commitment("The museum will not reopen until spring."));
        assert!(!commitment("We will close the gap."));
        assert!(!commitment("It will be a hard winter."));
        assert!(!commitment("The team hopes fans will start to return."));
    }

    /// A name joined by "and" to a place no subject is none either; the judge's name after a
    /// role of several words is read whole; "Mr." goes with the surname it stood before.
    #[test]
    fn names_that_are_no_subject_and_names_read_whole() {
        let c = claims_of(
            "Roughly 45,000 homes still lack a connection, most of them in Aroostook and \
             Washington counties.",
        );
        assert_eq!(c[0].subject, None, "{c:#?}");
        let c = claims_of(
            "U.S. District Judge Sheri Polster Chappell ordered the firm to pay $38.6 million.",
        );
        assert_eq!(
            c[0].subject.as_deref(),
            Some("Sheri Polster Chappell"),
            "{c:#?}"
        );
        // A surname's particles ("von der") neither end the name nor make it an organisation.
        let c = claims_of(
            "European Commission President Ursula von der Leyen signed the pact on Monday in \
             New Delhi.\n\nCommission President Ursula von der Leyen said the pact would cut \
             tariffs on 90% of goods.",
        );
        assert_eq!(
            c[0].subject.as_deref(),
            Some("Ursula von der Leyen"),
            "{c:#?}"
        );
        let who = c[1].claimant.as_ref().expect("a claimant");
        assert_eq!(
            (who.name.as_str(), who.kind),
            ("Ursula von der Leyen", crate::extract::ClaimantKind::Person),
            "{c:#?}"
        );
        let c = claims_of(
            "Richard Hollis, a former senator, died on Sunday at 91.\n\nMr. Hollis served in the \
             Army for 12 years.",
        );
        assert!(
            c.iter()
                .any(|c| c.text == "Richard Hollis served in the Army for 12 years."),
            "{c:#?}"
        );
    }

    /// "TOKYO — Microsoft will …, the company said": the company is the name that opens the
    /// story after its dateline, as it is at a sentence's head.
    #[test]
    fn the_company_after_a_dateline_is_the_name_that_opens_the_story() {
        for text in [
            "TOKYO — Microsoft will invest $10 billion in Japan, the company said on Tuesday.",
            "TOKYO (Reuters) - Microsoft will invest $10 billion in Japan, the company said.",
            // A place in mixed case, with its country.
            "Tokyo — Microsoft will invest $10 billion in Japan, the company said on Tuesday.",
            "Osaka, Japan — Microsoft will invest $10 billion in Japan, the company said.",
            // A name that describes a noun after it ("AI data centres") is no company.
            "TOKYO — Microsoft will invest $10 billion in AI data centres, the company said.",
        ] {
            let c = claims_of(text);
            let who = c[0].claimant.as_ref().expect("a claimant");
            assert_eq!(who.name, "Microsoft", "{c:#?}");
            assert!(!c[0].text.contains("the company"), "{c:#?}");
        }
    }

    /// "LG Electronics …. The South Korean firm said": a maker of electronics is a company, and
    /// "the Australian miner" a mining company; a miner the story is about is a person.
    #[test]
    fn a_company_by_its_country_and_trade_is_the_one_named_before() {
        for (text, who) in [
            (
                "LG Electronics sold 3 million televisions in the quarter. The South Korean firm \
                 said demand in Europe fell 5%.",
                "LG Electronics",
            ),
            (
                "Sony Electronics raised its forecast. The Japanese company said sales rose 8%.",
                "Sony Electronics",
            ),
            (
                "BHP Group lifted its iron ore output by 4%. The Australian miner said demand \
                 from China rose 2%.",
                "BHP Group",
            ),
        ] {
            let c = claims_of(text);
            assert_eq!(c.last().and_then(who_said), Some(who), "{c:#?}");
        }
        let c = claims_of(
            "A coal miner was trapped underground for three days near Beckley. The miner said \
             he had lost 9 kilograms.",
        );
        assert_eq!(c.last().and_then(who_said), Some("the miner"), "{c:#?}");
    }

    /// "…, Government figures showed": figures described but not owned have no claimant; a
    /// body named before them owns them.
    #[test]
    fn figures_a_word_describes_have_no_owner() {
        let c =
            claims_of("Britain's jobless rate rose to 4.6% in April, Government figures showed.");
        assert_eq!(who_said(&c[0]), None, "{c:#?}");
        let c = claims_of("Inflation slowed to 2.1% in May, Labor Department data showed.");
        assert_eq!(who_said(&c[0]), Some("Labor Department"), "{c:#?}");
    }

    /// "Analysts at Barclays cut their forecast …. The bank now expects": the house that
    /// employs the analysts is the bank whose view it is, and "now" is no part of its name,
    /// also after another firm named before ("according to research firm Canalys").
    #[test]
    fn the_bank_whose_analysts_spoke_holds_the_view() {
        for (text, bank) in [
            (
                "Analysts at Barclays cut their forecast for Brent crude on Wednesday. The bank now expects prices to average $66 a barrel next year.",
                "Barclays",
            ),
            (
                "Shipments rose 4% in the quarter, according to research firm Canalys. Economists at Goldman Sachs cut their forecast for growth on Monday. The bank now expects the economy to expand 1.5% next year.",
                "Goldman Sachs",
            ),
        ] {
            let c = claims_of(text);
            let who = c
                .last()
                .and_then(|c| c.claimant.as_ref())
                .expect("a claimant");
            assert_eq!(who.name, bank, "{c:#?}");
            assert_eq!(who.kind, crate::extract::ClaimantKind::Organization);
        }
    }

    /// "The Bank of England held rates …. The central bank said": a central bank named before
    /// speaks; a company named last is no central bank.
    #[test]
    fn the_central_bank_is_one_named_before() {
        let c = claims_of(
            "The Bank of England held interest rates at 4.25% on Thursday. The central bank said inflation would peak at 3.7% in September.",
        );
        assert_eq!(
            c.last().and_then(who_said),
            Some("Bank of England"),
            "{c:#?}"
        );
        let c = claims_of(
            "Shares of Barclays fell 3% on Thursday. The central bank said inflation would peak at 3.7% in September.",
        );
        assert_eq!(
            c.last().and_then(who_said),
            Some("the central bank"),
            "{c:#?}"
        );
    }

    /// "…, the official news agency WAFA reported. The army said": an outlet that reports the
    /// story is no army, police or ministry of it; with none named, the noun speaks as written.
    /// A body named before the outlet is still the one meant.
    #[test]
    fn a_news_outlet_is_no_army_or_ministry() {
        for text in [
            "Israeli troops killed two men in Jenin, the official news agency WAFA reported. The army said the men had opened fire on soldiers.",
            "Two soldiers died in a blast near Kidal, Reuters reported. The army said the attackers had fled.",
        ] {
            let c = claims_of(text);
            let who = c
                .last()
                .and_then(|c| c.claimant.as_ref())
                .expect("a claimant");
            assert!(who.name.eq_ignore_ascii_case("the army"), "{c:#?}");
            assert_eq!(who.kind, crate::extract::ClaimantKind::Organization);
        }
        let c = claims_of(
            "The Health Ministry of Ghana said 40 people had died, the news agency GNA reported. The ministry said 12 more were in hospital.",
        );
        assert_eq!(
            c.last().and_then(who_said),
            Some("Health Ministry of Ghana"),
            "{c:#?}"
        );
    }

    /// "Tesla cut prices. … Tesla officials said": a body the article named before as an
    /// organisation speaks through its people; a common word before them does not.
    #[test]
    fn a_body_named_before_speaks_through_its_officials() {
        let c = claims_of(
            "Boeing shares fell 4% on Monday. Boeing officials said deliveries would resume in May.",
        );
        let who = c
            .last()
            .and_then(|c| c.claimant.as_ref())
            .expect("a claimant");
        assert_eq!(who.name, "Boeing", "{c:#?}");
        let c = claims_of(
            "The outbreak has sickened 212 people. Health officials said it was caused by lettuce.",
        );
        let who = c
            .last()
            .and_then(|c| c.claimant.as_ref())
            .expect("a claimant");
        assert_eq!(who.name, "Health officials", "{c:#?}");
    }

    /// "Dr. Adler", "Ms. Okafor", "Mr Reyes": a courtesy title before a name of one word makes
    /// it a person's, who speaks as a person and whom the next "she" or "he" may mean.
    #[test]
    fn a_courtesy_title_before_one_word_makes_a_person() {
        for (text, who) in [
            (
                "Dr. Adler fled to France in 1938. She earned a doctorate in 1955.",
                "Adler",
            ),
            (
                "Ms. Okafor won the seat in 2019 with 54% of the vote. She lost it in 2023.",
                "Okafor",
            ),
            (
                "Mr Reyes joined the club in 2015. He scored 40 goals in three seasons.",
                "Reyes",
            ),
        ] {
            let c = claims_of(text);
            let last = c.last().expect("a claim");
            assert_eq!(last.subject.as_deref(), Some(who), "{c:#?}");
        }
        let c = claims_of("Dr. Adler said the drug cut deaths by 20% in the trial.");
        let who = c[0].claimant.as_ref().expect("a claimant");
        assert_eq!(
            (who.name.as_str(), who.kind),
            ("Adler", super::super::ClaimantKind::Person),
            "{c:#?}"
        );
        // A title before a full name, or no title, is as before.
        let c = claims_of("Adler fled to France in 1938. She earned a doctorate in 1955.");
        assert_eq!(c.last().expect("a claim").subject, None, "{c:#?}");
        assert!(!courtesy_title_before("the Dr"));
        assert!(courtesy_title_before("said Dr. "));
        assert!(!courtesy_title_before("said Drs. "));
        assert!(!courtesy_title_before("The Dr. "));
    }

    /// A month glued after its part's hyphen ("end-September", "mid-June") takes its year and no
    /// preposition of its own ("end-in September 2025" was written).
    #[test]
    fn a_month_after_a_hyphen_takes_no_preposition() {
        let on = |text: &str| {
            crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2025, 11, 2)).claims
        };
        let c = on("Exports rose 5% in the year to end-September, the ministry said.");
        assert!(
            c.iter().any(|c| c.text.contains("to end-September 2025")),
            "{c:#?}"
        );
        // a month without the hyphen still takes its preposition
        let c = on("Prices rose 4% in the year to September, the office said.");
        assert!(
            c.iter().any(|c| c.text.contains("to September 2025")),
            "{c:#?}"
        );
    }

    #[test]
    fn the_time_of_a_tag_put_last_is_kept_with_the_tag_worded_first() {
        // Published on Wednesday, June 12, 2024.
        let claims_on_june_12 = |text: &str| {
            crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2024, 6, 12)).claims
        };
        let claims = claims_on_june_12("Season-ticket sales rose 20%, the club said on Tuesday.");
        assert_eq!(
            claims[0].text,
            "On June 11, 2024, the club said season-ticket sales rose 20%."
        );
        // The claim rests on the words said, not on the time.
        assert_eq!(claims[0].parts.len(), 1);
        let claims = claims_of(
            "The county will spend $3.2 million on buses, Superintendent Rita Vance said Tuesday.",
        );
        assert!(
            claims[0]
                .text
                .starts_with("Tuesday, Superintendent Rita Vance said the county"),
            "{}",
            claims[0].text
        );
        let claims = claims_of("Coca-Cola sales rose 20%, said Mayor Linda Park on Tuesday.");
        assert!(
            claims[0]
                .text
                .starts_with("On Tuesday, Mayor Linda Park said Coca-Cola sales"),
            "{}",
            claims[0].text
        );
        // An organisation speaking of itself says "it".
        let claims = claims_on_june_12(
            "Corvane lost $2.1 billion in the second quarter, the company said on Thursday.",
        );
        assert_eq!(
            claims[0].text,
            "On June 6, 2024, Corvane said it lost $2.1 billion in the second quarter."
        );
        // "its" when the name modifies the noun that acts ("Corvane shares fell").
        let claims = claims_on_june_12(
            "Corvane shares fell 4% in the second quarter, the company said on Thursday.",
        );
        assert_eq!(
            claims[0].text,
            "On June 6, 2024, Corvane said its shares fell 4% in the second quarter."
        );
        let claims = claims_on_june_12(
            "Corvane shares data with 40 partners, the company said on Thursday.",
        );
        assert!(
            !claims[0].text.contains("its shares data"),
            "{}",
            claims[0].text
        );
        // Without a time the tag is put first as "According to".
        let claims = claims_of("Season-ticket sales rose 20% in May, the club said.");
        assert!(
            claims[0].text.starts_with("According to the club"),
            "{}",
            claims[0].text
        );
    }

    #[test]
    fn a_tag_put_first_lowers_a_common_word_after_a_dateline_or_in_a_compound() {
        let claims = claims_of(
            "HOUSTON — Temperatures reached 109 degrees in Houston on Monday, the National \
             Weather Service said.",
        );
        assert!(
            claims[0].text.contains(", temperatures reached"),
            "{}",
            claims[0].text
        );
        let claims = claims_of("Season-ticket sales rose 20%, the club said.");
        assert!(
            claims[0].text.contains(", season-ticket sales"),
            "{}",
            claims[0].text
        );
        // A common noun before "from the" or "of the" that the article never capitalises inside
        // a sentence; a name the article writes so keeps its capital.
        let claims = claims_of("Smoke from the fires closed 40 schools, according to officials.");
        assert!(
            claims[0].text.contains(", smoke from the fires"),
            "{}",
            claims[0].text
        );
        let claims = claims_of(
            "Sales at Mercer rose 8% in May. Mercer of the Netherlands bought 40 stores last \
             year, according to the company.",
        );
        assert!(
            claims.iter().any(|c| c.text.contains(", Mercer of the")),
            "{:?}",
            claims.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
        // A name keeps its capitals.
        let claims = claims_of("Coca-Cola sales rose 20%, the company said.");
        assert!(
            claims[0].text.contains(", Coca-Cola sales"),
            "{}",
            claims[0].text
        );
    }

    #[test]
    fn answers_moods_and_judgements_are_no_claims() {
        for text in [
            "Is this the best Congress can do? Critics say no.",
            "Is Apple late? Some investors think so.",
            "Rents are too high. That's the truth.",
            "Manager Erik Lund was blunt after the match.",
            "He was astonished by what they found.",
            "The striker was furious.",
        ] {
            let claims = claims_of(text);
            assert!(claims.is_empty(), "{text}: {:?}", claims[0].text);
        }
        // Facts in similar words stay.
        for text in [
            "Critics say the law cost 4,000 jobs.",
            "That's 12% more than last year.",
            "Manager Erik Lund was fined $5,000 after the match.",
        ] {
            assert!(!claims_of(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn headlines_and_reactions_are_no_claims() {
        // A headline on a line of its own at the top of the page announces the story.
        let text = "Labour leads Tories by 20 points in latest poll\n\n\
                    Labour has a 20-point lead over the Conservatives, a YouGov poll showed.";
        let claims = claims_of(text);
        assert!(
            claims.iter().all(|c| !c.text.contains("latest poll")),
            "{:?}",
            claims.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
        assert!(claims.iter().any(|c| c.text.contains("20-point lead")));
        // A line without a full stop further down is not the top of the page.
        let text = "The council met on Monday.\n\nThe bridge will reopen in 2025\n\nMore later.";
        assert!(claims_of(text).iter().any(|c| c.text.contains("2025")));
        // A short quoted reaction states no fact; quoted facts in similar words stay.
        for text in [
            "“This is incredible,” said Dr. Alicia Moreno.",
            "“We are so proud of this team,” said captain Bruno Fernandes.",
        ] {
            let claims = claims_of(text);
            assert!(claims.is_empty(), "{text}: {:?}", claims[0].text);
        }
        for text in [
            "“This is the third flood in five years,” said Mayor Ann Lee.",
            "“We are proud of the 12 titles this team has won,” said captain Bruno Fernandes.",
        ] {
            assert!(!claims_of(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn when_a_tag_says_the_words_were_said_stays_in_the_claim() {
        let at = |text: &str| {
            crate::extract::extract(text, chrono::NaiveDate::from_ymd_opt(2024, 6, 12)).claims
        };
        let claims = at(
            "Chancellor Rachel Reeves told MPs last month that she had inherited a \
                         £22 billion black hole in the public finances.",
        );
        assert!(claims[0].text.contains("May 2024"), "{}", claims[0].text);
        assert!(!claims[0].text.contains("MPs"), "{}", claims[0].text);
        let claims = at("The Bank of England estimated in May that inflation would fall to 2%.");
        assert!(
            claims[0]
                .text
                .starts_with("The Bank of England estimated in May 2024 that inflation"),
            "{}",
            claims[0].text
        );
        // Where or to whom it was said is no part of the claim.
        let claims = at(
            "Chief Executive Tim Cook said in an interview with CBS that sales rose \
                         5% in the quarter.",
        );
        assert!(!claims[0].text.contains("CBS"), "{}", claims[0].text);
        let claims = at(
            "In a regulatory filing on Tuesday, Microsoft said it had spent $14 \
                         billion in the quarter.",
        );
        assert!(
            claims[0]
                .text
                .starts_with("Microsoft said on June 11, 2024 it had spent"),
            "{}",
            claims[0].text
        );
    }

    #[test]
    fn how_a_speaker_spoke_is_no_claim() {
        let claims = claims_of(
            "Dr. Alicia Moreno, citing data from the U.S. Geological Survey, said the deposits \
             are about 30 million years old.",
        );
        assert!(
            claims.iter().all(|c| !c.text.contains("citing")),
            "{:?}",
            claims.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
        assert!(claims.iter().any(|c| c.text.contains("30 million years")));
    }

    #[test]
    fn the_source_of_figures_states_them() {
        for (text, who) in [
            (
                "Data from the British Retail Consortium show shop price inflation slowed to 0.6%.",
                "British Retail Consortium",
            ),
            (
                "Figures released by the Office for National Statistics on Tuesday showed wages \
                 rose 6% in the year to April.",
                "Office for National Statistics",
            ),
        ] {
            let claims = claims_of(text);
            assert_eq!(
                claims[0].claimant.as_ref().map(|c| c.name.as_str()),
                Some(who),
                "{text}"
            );
        }
        // Figures the article states itself have no claimant.
        let claims = claims_of("Figures for May show shop prices fell 2% in the year.");
        assert!(claims[0].claimant.is_none(), "{:?}", claims[0].claimant);
    }

    #[test]
    fn a_tag_speaks_with_the_person_the_article_means() {
        // “…,” she said: "she" is the person named before, not what the quote is about.
        let text = "Dr Vanessa Saliba, an epidemiologist at the agency, urged parents to act.\n\n\
                    “Measles is highly infectious and can lead to serious complications,” she said.";
        let claims = claims_of(text);
        let quote = claims
            .iter()
            .find(|c| c.text.contains("Measles"))
            .expect("the quote");
        assert_eq!(
            quote.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Vanessa Saliba")
        );
        // A role of several words before a name leaves the person known by the surname, and
        // "told reporters that" is worded "said".
        let text = "Majority Leader Karen Holt told reporters that the bill would reach 1.2 million \
                    families.\n\n“This is the largest investment in a generation,” Holt said.";
        let claims = claims_of(text);
        assert!(
            claims.iter().any(|c| c
                .text
                .starts_with("Majority Leader Karen Holt said the bill")),
            "{:?}",
            claims.iter().map(|c| &c.text).collect::<Vec<_>>()
        );
        let quote = claims
            .iter()
            .find(|c| c.text.contains("largest"))
            .expect("the quote");
        let who = quote.claimant.as_ref().expect("a speaker");
        assert_eq!(
            (who.name.as_str(), who.kind),
            ("Karen Holt", crate::extract::ClaimantKind::Person)
        );
    }

    /// "“She never raised her voice,” said Daniel Cho": a "she" or "he" opening quoted words is
    /// never their speaker; it is the person of the story the pronoun window holds.
    #[test]
    fn a_pronoun_opening_a_quote_is_the_person_of_the_story() {
        let subject_of_quote = |text: &str, quoted: &str| {
            claims_of(text)
                .into_iter()
                .find(|c| c.text.contains(quoted))
                .and_then(|c| c.subject)
        };
        let text = "Ann Lowell died on Friday. “She never raised her voice,” said Daniel Cho.";
        assert_eq!(
            subject_of_quote(text, "raised").as_deref(),
            Some("Ann Lowell")
        );
        let text = "Robert Haines died on Monday in Tulsa.\n\n“He knew every customer by name,” \
                    said Maria Lopez, his bookkeeper.";
        assert_eq!(
            subject_of_quote(text, "customer").as_deref(),
            Some("Robert Haines")
        );
        // The only one named before is the speaker: no one else to mean.
        let text = "Mayor Linda Park spoke on Monday. “She will not run again,” Park said.";
        assert_eq!(subject_of_quote(text, "run again"), None);
    }

    /// "the union's secretary general" worded by the union's name: a plural name's possessive
    /// takes the apostrophe alone; a person's keeps its "'s".
    #[test]
    fn a_plural_name_put_for_a_role_takes_the_apostrophe_alone() {
        let s = "Collins Oyuu is the union's secretary general.";
        for (wording, want) in [
            (
                "Collins Oyuu is the Kenya National Union of Teachers's secretary general.",
                "Collins Oyuu is the Kenya National Union of Teachers' secretary general.",
            ),
            (
                "Mary Barra is General Motors's chief executive.",
                "Mary Barra is General Motors' chief executive.",
            ),
            (
                "Tom Reyes is Maria Reyes's son.",
                "Tom Reyes is Maria Reyes's son.",
            ),
        ] {
            let mut w = wording.to_string();
            plural_name_possessive(&mut w, s);
            assert_eq!(w, want);
        }
        // As the sentence writes it, it stays.
        let mut w = "General Motors's plant closed.".to_string();
        plural_name_possessive(&mut w, "General Motors's plant closed.");
        assert_eq!(w, "General Motors's plant closed.");
    }

    #[test]
    fn a_quote_made_here_is_closed_once() {
        for (made, closed) in [
            (
                "Ann Lee said: “Costs are high",
                "Ann Lee said: “Costs are high.”",
            ),
            (
                "Ann Lee said: “Costs are high, ",
                "Ann Lee said: “Costs are high.”",
            ),
            // The source's straight mark closes it: no second mark after it.
            (
                "Ann Lee said: “Costs are high.\"",
                "Ann Lee said: “Costs are high.”",
            ),
            (
                "Ann Lee said: “Costs are high,\"",
                "Ann Lee said: “Costs are high.”",
            ),
            // A straight pair inside stays.
            (
                "Ann Lee said: “Costs are \"high\"",
                "Ann Lee said: “Costs are \"high\".”",
            ),
            (
                "Ann Lee said: “Costs are high.”",
                "Ann Lee said: “Costs are high.”",
            ),
        ] {
            let mut w = made.to_string();
            close_quotes(&mut w);
            assert_eq!(w, closed);
        }
    }

    #[test]
    fn copies_that_differ_in_quotes_and_spaces_share_a_key() {
        assert_eq!(
            dedup_key("Vande Hey’s family  said."),
            dedup_key("Vande Hey's family said.")
        );
    }

    #[test]
    fn texts_of_one_key_hash_alike_and_others_apart() {
        // The same key written with other quotes, spaces, cases and characters that lower-case
        // longer ("İ"), across the eight-byte words the hash reads.
        let same = [
            ("Vande Hey’s family  said.", "vande hey's FAMILY said"),
            (
                "İSTANBUL’s mayor, 55, said so.",
                "İstanbul s MAYOR 55 said so",
            ),
            ("Déjà vu — “again”!", "DÉJÀ VU again"),
            // An ASCII text (read eight bytes at a time) and another of the same key.
            (
                "“Sales rose 5% in 2024,” she said.",
                "sales rose 5 in 2024, she said",
            ),
            ("“ABCDEFGH, ijklmnop”", "abcdefgh ijklmnop"),
        ];
        for (a, b) in same {
            assert_eq!(dedup_key(a), dedup_key(b), "{a} / {b}");
            assert_eq!(key_hash(a), key_hash(b), "{a} / {b}");
        }
        let apart = [
            ("Sales rose 5%.", "Sales rose 6%."),
            ("abcdefgh", "abcdefghi"),
            ("", "a"),
        ];
        for (a, b) in apart {
            assert_ne!(key_hash(a), key_hash(b), "{a} / {b}");
        }
    }

    #[test]
    fn keys_appended_to_one_buffer_are_the_keys_of_each() {
        // "İ" lower-cases to two characters, longer than itself: the buffer makes room.
        let texts = [
            "İSTANBUL’s İİİ mayor, 55, said so.",
            "",
            "Déjà vu — “again”!",
            "A b.",
        ];
        let mut all = Vec::new();
        let mut ends = Vec::new();
        for t in texts {
            push_dedup_key(t, &mut all);
            ends.push(all.len());
        }
        let all = String::from_utf8(all).unwrap();
        let mut start = 0;
        for (t, end) in texts.iter().zip(ends) {
            let expected: String = t
                .chars()
                .filter(|c| is_alnum(*c))
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(&all[start..end], expected, "{t}");
            assert_eq!(dedup_key(t), expected);
            start = end;
        }
    }

    #[test]
    fn words_pushed_by_bytes_are_the_iterators_words() {
        let fixtures = fixture_text();
        let made = [
            "S&P 500 rose 1.2% on Monday, AT&T said.",
            "R&D & more: a&B, A&b, A&&B, &A, B&, -x- .y. 3.5-4 A&",
            "",
            "   ",
            "Zoë’s café, S&P.",
        ];
        // Each line alone (most are ASCII) and the whole text (not ASCII).
        for s in made
            .into_iter()
            .chain(fixtures.lines())
            .chain([fixtures.as_str()])
        {
            let mut ours = Vec::new();
            push_word_spans(s, &mut ours);
            let theirs: Vec<(usize, &str)> = word_spans(s).collect();
            assert_eq!(ours, theirs, "{s}");
        }
    }

    #[test]
    fn a_lower_set_answers_as_its_hash_set_ignoring_ascii_case() {
        const LIST: &[&str] = &[
            "said", "says", "told", "é-mail", "x", "longest", "CEO", "ab",
        ];
        let set: LowerSet = LIST.iter().copied().collect();
        let text = fixture_text();
        let extra = [
            "", "SAID", "Said", "ceo", "CEO", "X", "É-mail", "é-mail", "Ab", "a", "b",
        ];
        for w in text.split_whitespace().chain(extra) {
            // As `one_of!` compares a short list: a key with capitals ("CEO") too.
            let expected = w.len() <= 32 && LIST.iter().any(|l| l.eq_ignore_ascii_case(w));
            assert_eq!(in_lower_set(&set, w), expected, "{w:?}");
        }
    }

    #[test]
    fn byte_searches_find_what_str_searches_find() {
        let hays = [
            "",
            ", ",
            "a, b, c",
            "“Yes,” she said, from Zürich, from the café, ",
            "from from  from",
            ",,  , ,",
            "ééé, é",
            " from",
            "  from  é from ",
            " ",
        ];
        for h in hays {
            for n in [
                "", ", ", " from ", "é", ",", "from", "é,", "xyz", " ", "  ", "  from", " é", h,
            ] {
                assert_eq!(find_str(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(rfind_str(h, n), h.rfind(n), "{h:?} {n:?}");
            }
        }
    }

    #[test]
    fn a_line_of_ids_is_not_prose() {
        assert!(!mostly_words("55296587 10608023 image a 11 1647181437407"));
        assert!(mostly_words("He was born in Virginia in 1970."));
        // Figures and one-letter words in a short sentence.
        assert!(mostly_words(
            "The S&P 500 closed up 1.2% at 5,308, a record high."
        ));
        assert!(mostly_words(
            "Turnout was 67% in 2020, up from 61% in 2016."
        ));
        assert!(!mostly_words(
            "AAPL 189.50 +1.2% 2,310,554 MSFT 402.10 -0.4%"
        ));
    }

    #[test]
    fn names_are_runs_of_capitalized_words() {
        let sentence = "But Dmitry Rogozin, head of Roscosmos, said so.";
        let words: Vec<_> = word_spans(sentence).collect();
        let names: Vec<&str> = names_in(sentence, &words)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["Dmitry Rogozin", "Roscosmos"]);
        // The word after a dateline opens the story's sentence: a lone common word there is no
        // name, one that acts as a name is.
        for (sentence, word, name) in [
            (
                "GENEVA (Reuters) - Global coffee exports fell 4%.",
                "Global",
                false,
            ),
            (
                "SPRINGFIELD — Global coffee exports fell 4%.",
                "Global",
                false,
            ),
            ("LONDON (AP) — Arsenal signed Kai Brenner.", "Arsenal", true),
            (
                "WASHINGTON (Reuters) - U.S. consumer prices rose 3.1%.",
                "U.S.",
                true,
            ),
        ] {
            let words: Vec<_> = word_spans(sentence).collect();
            let names = names_in(sentence, &words);
            assert_eq!(names.iter().any(|(_, n)| *n == word), name, "{sentence}");
        }
    }

    #[test]
    fn a_small_number_goes_on_a_name() {
        let names = |sentence: &str| -> Vec<String> {
            let words: Vec<_> = word_spans(sentence).collect();
            names_in(sentence, &words)
                .into_iter()
                .map(|(_, n)| n.to_string())
                .collect()
        };
        assert_eq!(names("The S&P 500 closed up 1.2% at 5,308."), ["S&P 500"]);
        assert_eq!(
            names("Regulators grounded the Boeing 737 Max in March."),
            ["Regulators", "Boeing 737 Max"]
        );
        // Not a year, a count, a figure or a number after a comma.
        assert_eq!(names("Storms hit Ohio 3 times."), ["Ohio"]);
        assert_eq!(names("Sales in Texas 2023 rose."), ["Texas"]);
        assert_eq!(
            names("Hire 998 teachers, the plan says."),
            Vec::<String>::new()
        );
        assert_eq!(names("Tom Jones Jr., 69, said so."), ["Tom Jones Jr."]);
    }

    #[test]
    fn an_initial_stands_inside_a_name() {
        let names = |sentence: &str| -> Vec<String> {
            let words: Vec<_> = word_spans(sentence).collect();
            names_in(sentence, &words)
                .into_iter()
                .map(|(_, n)| n.to_string())
                .collect()
        };
        assert_eq!(
            names("Robert F. Kennedy Jr. said the vaccine was safe."),
            ["Robert F. Kennedy Jr."]
        );
        assert_eq!(
            names("Critics of George W. Bush spoke."),
            ["George W. Bush"]
        );
        assert_eq!(names("J. K. Rowling wrote it."), ["J. K. Rowling"]);
        // A capital letter after a common word is no initial.
        assert_eq!(
            names("It lacks vitamin D. Researchers agreed."),
            ["Researchers"]
        );
    }

    /// "The Belarusian saved two break points": a nationality alone at the head, before its verb
    /// or a relative clause on it, is the person named the sentence before.
    #[test]
    fn a_nationality_alone_is_the_person_named_before() {
        assert!(described_person("The Belarusian saved two break points.").is_some());
        // A team's player by position, a captain.
        assert!(described_person("The England winger opened the scoring.").is_some());
        assert!(described_person("The 29-year-old captain has scored 40 goals.").is_some());
        assert!(described_person("The National Guard said 40 troops were sent.").is_none());
        assert!(described_person("The Serbian, who is 38, will face Sinner.").is_some());
        assert!(described_person("The Italian government said it would appeal.").is_none());
        assert!(described_person("The Japanese, the report said, were first.").is_none());
        let claims = crate::extract::extract(
            "Novak Djokovic beat Alexander Zverev in four sets on Friday. The Serbian has won 24 major titles.",
            None,
        )
        .claims;
        assert!(
            claims
                .iter()
                .any(|c| c.text == "Novak Djokovic has won 24 major titles."),
            "{claims:#?}"
        );
    }

    /// "American Coco Gauff beat Belarus's Aryna Sabalenka … The Belarusian …": a person
    /// described by a nationality or an age is the one named lately whom the text gave it; no
    /// one when both fit, and the one named first still when nothing was given.
    #[test]
    fn a_description_is_the_one_person_it_fits() {
        let text_of = |text: &str, needle: &str| {
            let claims = crate::extract::extract(text, None).claims;
            claims
                .iter()
                .find(|c| c.text.contains(needle))
                .map(|c| c.text.clone())
                .unwrap_or_else(|| panic!("no {needle:?} in {claims:#?}"))
        };
        for (text, want) in [
            (
                "American Coco Gauff beat Belarus's Aryna Sabalenka 6-4, 6-2 on Saturday. The \
                 Belarusian had won the Australian Open twice.",
                "Aryna Sabalenka had won",
            ),
            (
                "Italy's Jannik Sinner beat Spain's Carlos Alcaraz in five sets on Sunday. The \
                 Spaniard saved three match points.",
                "Carlos Alcaraz saved",
            ),
            (
                "Jannik Sinner beat Carlos Alcaraz in five sets on Sunday. Alcaraz, who is 22, \
                 saved three match points. The 22-year-old will play in Halle next week.",
                "Carlos Alcaraz will play",
            ),
            (
                "American Coco Gauff, 21, beat Belarus's Aryna Sabalenka 6-4, 6-2 on Saturday. \
                 The 21-year-old American won her second Grand Slam title.",
                "Coco Gauff won her second",
            ),
        ] {
            assert!(
                text_of(text, want.rsplit(' ').next().unwrap()).starts_with(want),
                "{text}"
            );
        }
        // Both American: no one.
        assert!(
            text_of(
                "American Coco Gauff beat American Jessica Pegula 6-4, 6-2 on Saturday. The \
                 American had won the title in 2023.",
                "2023"
            )
            .starts_with("The American"),
        );
        assert_eq!(
            figures_after("Labor Department data showed", "Labor Department"),
            Some(" data")
        );
        assert_eq!(
            figures_after("according to the ministry’s figures", "ministry"),
            Some("’s figures")
        );
        assert_eq!(
            figures_after("the Labor Department said", "Labor Department"),
            None
        );
        // "The Italian government" is no company named before.
        assert!(
            text_of(
                "Acme Corp reported a 5% rise in annual profit on Thursday. The Italian \
                 government said it would appeal.",
                "appeal"
            )
            .starts_with("The Italian government said"),
        );
    }

    /// "The Serbian faces Carlos Alcaraz": a verb in the present after a nationality alone is
    /// its verb; the person named before acts, not the one named after the verb.
    #[test]
    fn a_nationality_alone_before_a_verb_in_the_present() {
        assert!(described_person("The Serbian faces Carlos Alcaraz on Sunday.").is_some());
        assert!(described_person("The Brazilian leads the standings by 12 points.").is_some());
        assert!(described_person("The Italian holds a 2-1 lead.").is_some());
        assert!(described_person("The Italian government holds talks.").is_none());
        for (text, want) in [
            (
                "Novak Djokovic beat Jannik Sinner in four sets on Friday. The Serbian faces \
                 Carlos Alcaraz in the final on Sunday.",
                "Novak Djokovic faces Carlos Alcaraz",
            ),
            (
                "Fernando Alonso finished third in Monaco. The Spaniard leads Max Verstappen \
                 by 4 points in the standings.",
                "Fernando Alonso leads Max Verstappen",
            ),
        ] {
            let claims = crate::extract::extract(text, None).claims;
            let c = claims.iter().find(|c| c.text.starts_with(want));
            assert!(c.is_some(), "{claims:#?}");
            assert_eq!(
                c.and_then(|c| c.subject.as_deref()),
                Some(
                    want.split(' ')
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(" ")
                        .as_str()
                )
            );
        }
    }

    /// "…, his agent, Paula Grant, who said the cause was pneumonia": the words a name said
    /// are read alone for their subject; the sentence's "his" is not the speaker's.
    #[test]
    fn words_said_in_a_relative_clause_keep_their_own_clause() {
        for (text, needle) in [
            (
                "His death was confirmed by his agent, Paula Grant, who said the cause was \
                 pneumonia.",
                "pneumonia",
            ),
            (
                "The delay was confirmed by his spokesman, Mark Hale, who said the vote would \
                 be held in July.",
                "the vote",
            ),
        ] {
            let claims = crate::extract::extract(text, None).claims;
            let c = claims.iter().find(|c| c.text.contains(needle));
            assert!(c.is_some(), "{claims:#?}");
            assert_eq!(c.and_then(|c| c.subject.as_deref()), None, "{text}");
        }
    }

    /// "The union said its members would stay out": an organisation's members or staff, a
    /// person's relative or client, are not the speaker; the one the speaker is the lawyer or
    /// relative of is ("Kane's lawyer, Thomas Reilly, said his client"). "Its profit" is still
    /// the speaker's own.
    #[test]
    fn a_speaker_s_people_are_not_the_speaker() {
        let subject_of = |text: &str, needle: &str| {
            let claims = crate::extract::extract(text, None).claims;
            let c = claims.iter().find(|c| c.text.contains(needle));
            assert!(c.is_some(), "{needle}: {claims:#?}");
            c.and_then(|c| c.subject.clone())
        };
        assert_eq!(
            subject_of(
                "The union said its members would stay on strike until the company raised pay.",
                "its members"
            ),
            None
        );
        assert_eq!(
            subject_of(
                "Lufthansa cancelled 900 flights on Tuesday. The airline said its pilots would \
                 strike for 48 hours next week.",
                "its pilots"
            ),
            None
        );
        assert_eq!(
            subject_of(
                "Harlow Foods said its profit rose 12% in the first quarter.",
                "its profit"
            )
            .as_deref(),
            Some("Harlow Foods")
        );
        assert_eq!(
            subject_of(
                "Robert Kane was convicted in March of fraud. Kane's lawyer, Thomas Reilly, \
                 said his client would appeal.",
                "his client"
            )
            .as_deref(),
            Some("Robert Kane")
        );
        assert_eq!(
            subject_of(
                "Maria Costa said her son had been held for 40 days without charge.",
                "her son"
            ),
            None
        );
        assert_eq!(
            subject_of(
                "Prime Minister Ana Ruiz said her party would cut taxes by 2% if re-elected.",
                "her party"
            )
            .as_deref(),
            Some("Ana Ruiz")
        );
    }

    /// "Barclays cut its forecast for British growth …. The bank now expects …": a people's
    /// adjective or a country beside the lone name a sentence was about is no rival for "the
    /// bank" next; the name speaks.
    #[test]
    fn the_bank_after_a_lone_name_beside_a_nationality_is_that_name() {
        let claims = claims_of(
            "Nomura cut its forecast for Japanese growth to 0.8% on Monday. The bank now \
             expects the Bank of Japan to raise rates twice this year.",
        );
        let c = claims
            .iter()
            .find(|c| c.text.contains("Bank of Japan"))
            .expect("the forecast");
        assert_eq!(who_said(c), Some("Nomura"), "{claims:#?}");
        assert_eq!(
            c.claimant.as_ref().map(|c| c.kind),
            Some(crate::extract::ClaimantKind::Organization)
        );
    }

    /// "Goldman Sachs now sees U.S. growth of 1.5% in 2026": the name that holds a view of a
    /// figure its claimant, though no words said follow; a plan of its own ("expects to hire")
    /// stays the article's.
    #[test]
    fn one_who_sees_or_projects_a_figure_holds_the_view() {
        for (text, who) in [
            (
                "Goldman Sachs now sees U.S. growth of 1.5% in 2026.",
                "Goldman Sachs",
            ),
            (
                "The IMF now projects global growth of 2.8% this year.",
                "IMF",
            ),
        ] {
            let claims = claims_of(text);
            assert_eq!(claims.len(), 1, "{claims:#?}");
            assert_eq!(who_said(&claims[0]), Some(who), "{claims:#?}");
            assert_eq!(claims[0].kind, crate::extract::ClaimType::Prediction);
        }
        let claims = claims_of("Halvorsen Bank expects to hire 1,000 people this year.");
        assert!(claims.iter().all(|c| c.claimant.is_none()), "{claims:#?}");
    }

    /// "…, local media reported", "state television said": the press a tag put last names
    /// speaks for the whole sentence, and its tag is no part of a claim's wording.
    #[test]
    fn local_media_and_state_television_speak() {
        let claims = claims_of(
            "At least 12 people were killed when a bus fell into a ravine in northern Peru, \
             local media reported.",
        );
        assert!(!claims.is_empty());
        for c in &claims {
            assert_eq!(who_said(c), Some("local media"), "{claims:#?}");
            assert!(!c.text.contains("reported"), "{claims:#?}");
        }
        let claims = claims_of(
            "A magnitude 6.1 earthquake struck off the coast of Japan on Thursday, state \
             television reported.",
        );
        assert_eq!(
            who_said(&claims[0]),
            Some("state television"),
            "{claims:#?}"
        );
    }

    /// "The Federal Reserve held rates …. The Reserve said": a name "the" opens is no person's,
    /// and its last word alone after "the" the organisation named before ("The Institute" the
    /// National Institute of …); "the bank" after a business the last sentence was about is that
    /// business, not a bank whose name has the word, named earlier.
    #[test]
    fn an_organisation_shortened_to_one_word_keeps_its_kind() {
        let claims = claims_of(
            "The Federal Reserve left its benchmark rate at 4.5% on Wednesday. The Reserve said \
             job gains had slowed.",
        );
        let c = claims
            .iter()
            .find(|c| c.text.contains("job gains"))
            .unwrap();
        let who = c.claimant.as_ref().unwrap();
        assert_eq!(who.name, "Federal Reserve", "{claims:#?}");
        assert_eq!(who.kind, crate::extract::ClaimantKind::Organization);
        let claims = claims_of(
            "The National Institute of Economic Research said on Monday that growth would slow. \
             The Institute said household spending had recovered.",
        );
        let c = claims
            .iter()
            .find(|c| c.text.contains("household"))
            .unwrap();
        assert_eq!(
            who_said(c),
            Some("National Institute of Economic Research"),
            "{claims:#?}"
        );
        let claims = claims_of(
            "The European Central Bank cut its deposit rate to 2% in June. HSBC raised its \
             forecast for Chinese growth to 4.8% on Tuesday. The bank now expects Beijing to add \
             more stimulus this year.",
        );
        let c = claims.iter().find(|c| c.text.contains("stimulus")).unwrap();
        assert_eq!(who_said(c), Some("HSBC"), "{claims:#?}");
        // A titled person after "the" stays a person.
        let claims = claims_of("The Rev. Al Sharpton said 5,000 people would march on Saturday.");
        assert_eq!(
            claims[0].claimant.as_ref().map(|c| c.kind),
            Some(crate::extract::ClaimantKind::Person)
        );
    }

    /// "Its president, Marie Dubois, said": the appositive's claim names the organisation "its"
    /// means ("Marie Dubois is the president of the Canadian Steel Producers Association"),
    /// never "its".
    #[test]
    fn its_role_in_an_appositive_names_the_organisation() {
        let claims = claims_of(
            "The Canadian Steel Producers Association said imports rose 12% in May. Its \
             president, Marie Dubois, said tariffs were to blame.",
        );
        assert!(
            claims.iter().any(|c| c.text
                == "Marie Dubois is the president of the Canadian Steel Producers Association."),
            "{claims:#?}"
        );
        assert!(
            claims.iter().all(|c| !c.text.contains(" its ")),
            "{claims:#?}"
        );
    }
}
