//! The type of a claim, from its values and its cue words.
//!
//! The first that applies wins, in the order a checker verifies them: quoted words are a quote
//! (the speaker is asked first); then a comparison or record; a cause; a policy, law, vote or
//! decision (checked against the decision itself, also when it takes effect later: "the bill
//! would ban", "the hires will be paid for by a hotel tax"); a prediction or promise; then what
//! the values say (an amount or an ordinal is a quantity, a date or duration a time).

use super::super::{ClaimType, ValueKind};

const COMPARISON: &[&str] = &[
    "than",
    "compared",
    "record",
    "record-breaking",
    "longest",
    "shortest",
    "largest",
    "biggest",
    "smallest",
    "highest",
    "lowest",
    "fastest",
    "slowest",
    "oldest",
    "youngest",
    "most",
    "least",
    "best",
    "worst",
    "greatest",
    "deadliest",
    "costliest",
    "hottest",
    "coldest",
    "wettest",
    "driest",
    "richest",
    "poorest",
    "busiest",
    "unprecedented",
    "doubled",
    "tripled",
    "halved",
    "twice",
    "first woman",
    "first female",
    "first man",
    "first black",
    "first person",
    "first-ever",
    "first ever",
    "first time",
    // A share that compares: "a 50% lower risk", "30 percent more likely".
    "% lower",
    "% higher",
    "% more",
    "% less",
    "% fewer",
    "% greater",
    "percent lower",
    "percent higher",
    "percent more",
    "percent less",
    "percent fewer",
    "percent greater",
    // Results against what was expected: "beating analysts’ forecasts", "missed estimates".
    "beat analysts",
    "beats analysts",
    "beating analysts",
    "beat expectations",
    "beating expectations",
    "beat estimates",
    "beating estimates",
    "beat forecasts",
    "beating forecasts",
    "topped analysts",
    "topping analysts",
    "topped expectations",
    "topped estimates",
    "topped forecasts",
    "missed analysts",
    "missing analysts",
    "missed expectations",
    "missing expectations",
    "missed estimates",
    "missing estimates",
    "missed forecasts",
    "fell short of analysts",
    "fell short of expectations",
    "fell short of estimates",
    "fell short of forecasts",
    // A level against a span of time: "a 30-year high", "a four-decade low", "an all-time high".
    "-year high",
    "-year low",
    "-month high",
    "-month low",
    "-week high",
    "-week low",
    "-decade high",
    "-decade low",
    "all-time high",
    "all-time low",
];
/// Ordinals count ("a fourth term", "the third straight month"): a quantity, before a date.
const ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];
const CAUSAL: &[&str] = &[
    "because",
    "caused",
    "causes",
    "cause",
    "causing",
    "led to",
    "leads to",
    "lead to",
    "resulted in",
    "result of",
    "as a result",
    "blamed",
    "blame",
    "blames",
    "triggered",
    "thanks to",
    "owing to",
    "contributed to",
    "died of",
    "died from",
    "complications from",
    "complications of",
];
const PREDICTION: &[&str] = &[
    "will",
    "won't",
    "would",
    "shall",
    "is due in",
    "are due in",
    "expect",
    "predict",
    "plans to",
    "plan to",
    "planned to",
    "planning to",
    "intend to",
    "aim to",
    "aiming to",
    "is due to",
    "are due to",
    "expected to",
    "expects",
    "going to",
    "scheduled",
    "forecast to",
    "is forecast",
    "forecasts",
    "predicted",
    "predicts",
    "promised",
    "promises",
    "promise",
    "pledged",
    "pledges",
    "vowed",
    "vows",
    "intends to",
    "aims to",
    "is set to",
    "are set to",
    "is likely to",
    "are likely to",
    "is unlikely to",
    "are unlikely to",
    "next year",
    "next month",
    "next week",
];
const POLICY: &[&str] = &[
    "law",
    "laws",
    "bill",
    "ban",
    "banned",
    "bans",
    "policy",
    "policies",
    "regulation",
    "regulations",
    "legislation",
    "sanctions",
    "tariff",
    "tariffs",
    "ordinance",
    "decree",
    "executive order",
    "mandate",
    "treaty",
    "constitution",
    "signed into law",
    "act",
    "statute",
    "tax",
    "taxes",
    "ruled",
    "ruling",
    "struck down",
    "upheld",
    "overturned",
    "vote",
    "votes",
    "voted",
    "vetoed",
    "veto",
    // A fine is a penalty someone with the power to impose it decided ("the court fined the firm
    // $250,000", "Reyes was fined $5,000"): checked against the decision, as an order to pay is.
    "fined",
    "approved",
    "approves",
    "budget",
    "state of emergency",
    "minimum wage",
    "recommends",
    "takes effect",
    "take effect",
];

/// Nouns before "bill" that make it a sum to pay ("fuel bill", "wage bill"), not a law.
const COST_BILLS: &[&str] = &[
    "fuel",
    "electricity",
    "power",
    "water",
    "phone",
    "heating",
    "grocery",
    "food",
    "wage",
    "import",
    "utility",
    "medical",
    "hospital",
    "legal",
    "repair",
    "cleanup",
    "restaurant",
    "cable",
    "interest",
];

/// The cue lists in the order they are tried.
const LISTS: [(&[&str], ClaimType); 4] = [
    (COMPARISON, ClaimType::Comparison),
    (CAUSAL, ClaimType::Causal),
    (POLICY, ClaimType::Policy),
    (PREDICTION, ClaimType::Prediction),
];

/// A cue bit beside the lists' (bit `i` for `LISTS[i]`): an ordinal, a word of `ORDINALS` or in
/// digits.
const ORDINAL: u32 = 1 << 4;
/// A cue bit beside the lists': "due to " as `causal_due_to` reads it.
const DUE_TO: u32 = 1 << 5;
/// A cue bit beside the lists': a digit and an ordinal's ending ("2nd"), the last digit of an
/// ordinal in digits ("22nd") when the digits start a word.
const DIGIT_ORDINAL: u32 = 1 << 6;
/// A cue bit beside the lists': "est" (`superlative` reads the word it ends).
const EST: u32 = 1 << 7;
/// A cue bit beside the lists': " by " (`changed_by_a_thing` reads the words before it).
const BY: u32 = 1 << 8;

/// A cue bit beside the lists': "the first ", "the only " (`record` reads the word before).
const RECORD: u32 = 1 << 9;

/// A cue bit beside the lists': "decided", "decides", "blocked", "blocks" (`decided_by_a_body`
/// reads the words before).
const DECIDED: u32 = 1 << 10;

/// A cue bit beside the lists': "declared", "declares", "ordered", "orders" (`declared_by_an_office`
/// reads the words before, `declared_thing` the word after).
const DECLARED: u32 = 1 << 11;

/// A cue bit beside the lists': " could ", " might ", " can " (`modal_ahead` reads the word
/// after, and "can" counts only with a date).
const MODAL: u32 = 1 << 12;

/// A cue bit beside the lists': " forecast " (a verb of the present or the past, read by the
/// word before it).
const FORECAST: u32 = 1 << 13;

/// A cue bit beside the lists': " sees ", " see ", " projects " (`seen_ahead` reads the words
/// after).
const SEES: u32 = 1 << 14;

/// A found bit beside the lists': a modal ("could", "might") before a verb that is no
/// decision's own: the forecast of an effect, which no policy word around it makes a policy.
const FORESEEN: u32 = 1 << 15;

/// A cue bit beside the lists': a verb of an effect, " helped ", " hurt " (`effect_of_a_thing`
/// reads the word before it).
const EFFECT: u32 = 1 << 16;

/// A cue bit beside the lists': a verb of a wish or a plan in the present, " favours ", " calls
/// for " (`wish_ahead` reads the words around it).
const WISH: u32 = 1 << 17;

/// A cue bit beside the lists': " would " (`would_effect` reads the word after).
const WOULD: u32 = 1 << 18;

/// Verbs of an outcome a thing brings about, after "would": "the tax bill would create 200,000
/// jobs", "the plan would cost $40 million", "the merger would save $1 billion" forecast what a
/// policy will do, not what it says (its own terms, "would ban", "would cut taxes", "would raise
/// the minimum wage", stay with the policy).
const WOULD_EFFECTS: &[&str] = &[
    "create", "cost", "add", "boost", "lift", "save", "generate", "destroy", "slow", "hurt",
    "help", "harm", "spur", "trigger", "cause", "shave", "wipe", "lose", "displace", "fuel",
    // "the ruling would stop hundreds of evictions", "the decision would let the city raise
    // its wage": what a decision lets or keeps others do is its effect.
    "stop", "let", "allow", "prevent", "force", "mean", "lead",
];

/// Verbs of a wish or a plan in the present, set off by spaces.
const WISHES: &[&str] = &[
    " favour ",
    " favours ",
    " favor ",
    " favors ",
    " supports ",
    " wants ",
    " calls for ",
    " urges ",
    " proposes ",
    " backs ",
];

/// Verbs of a decision: after "could" or "might" the claim is still about the decision ("the
/// council could ban", "the Senate might vote").
const DECISION_VERBS: &[&str] = &[
    "ban", "vote", "veto", "approve", "impose", "pass", "sign", "repeal", "rule", "fine",
    "sanction", "order", "decide", "adopt", "enact", "overturn", "strike", "uphold", "block", "be",
    "become", "take",
];

/// Every cue list, the ordinals (in words and in digits) and "due to " in one automaton, so the
/// wording is searched once for all of them.
static CUES: std::sync::LazyLock<(aho_corasick::AhoCorasick, Vec<u32>)> =
    std::sync::LazyLock::new(|| {
        let mut patterns = Vec::new();
        let mut bits = Vec::new();
        for (i, (list, _)) in LISTS.iter().enumerate() {
            for p in *list {
                patterns.push(*p);
                bits.push(1u32 << i);
            }
        }
        for p in ORDINALS {
            patterns.push(*p);
            bits.push(ORDINAL);
        }
        patterns.push("due to ");
        bits.push(DUE_TO);
        patterns.push("est");
        bits.push(EST);
        patterns.push(" by ");
        bits.push(BY);
        for p in [" decided", " decides", " blocked", " blocks"] {
            patterns.push(p);
            bits.push(DECIDED);
        }
        for p in [" declared ", " declares ", " ordered ", " orders "] {
            patterns.push(p);
            bits.push(DECLARED);
        }
        for p in ["the first ", "the only "] {
            patterns.push(p);
            bits.push(RECORD);
        }
        for p in [" could ", " might ", " can "] {
            patterns.push(p);
            bits.push(MODAL);
        }
        patterns.push(" would ");
        bits.push(WOULD);
        patterns.push(" forecast ");
        bits.push(FORECAST);
        for p in EFFECT_VERBS {
            patterns.push(p);
            bits.push(EFFECT);
        }
        for p in WISHES {
            patterns.push(p);
            bits.push(WISH);
        }
        for p in [" sees ", " see ", " projects "] {
            patterns.push(p);
            bits.push(SEES);
        }
        let digit_ordinals: Vec<String> = ('0'..='9')
            .flat_map(|d| ["st", "nd", "rd", "th"].map(|x| format!("{d}{x}")))
            .collect();
        for p in &digit_ordinals {
            patterns.push(p.as_str());
            bits.push(DIGIT_ORDINAL);
        }
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("type cues are plain strings");
        (ac, bits)
    });

/// Nouns of a figure's change or level that "of" and a figure follow in a forecast ("growth of
/// 1.5%").
const CHANGE_NOUNS: &[&str] = &[
    "growth",
    "rise",
    "fall",
    "increase",
    "decline",
    "drop",
    "gain",
    "contraction",
    "expansion",
    "inflation",
    "deficit",
    "surplus",
    "loss",
    "profit",
    "revenue",
    "sales",
];

/// After "sees": within eight words, a word of change or of a level ("at", "ending",
/// "rising", "falling", "growing", "reaching", "hitting", "peaking") or "of" after a noun of
/// change ("growth of 1.5%", "a rise of 3%") right before a figure.
fn seen_ahead(after: &str) -> bool {
    let (mut prev, mut prev2) = ("", "");
    for w in after.split(' ').take(8) {
        if w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            && matches!(
                prev,
                "at" | "ending"
                    | "rising"
                    | "falling"
                    | "growing"
                    | "reaching"
                    | "hitting"
                    | "peaking"
                    | "around"
            )
        {
            return true;
        }
        // "sees U.S. growth of 1.5%", "sees a rise of 3%" (not "sees a rate of 40 patients").
        if w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            && prev == "of"
            && one_of!(CHANGE_NOUNS, prev2)
        {
            return true;
        }
        prev2 = prev;
        // "U.S." ends no clause: a full stop after another one is an abbreviation's.
        if w.ends_with([',', ';']) || (w.ends_with('.') && !w[..w.len() - 1].contains('.')) {
            return false;
        }
        prev = w;
    }
    false
}

/// The type of a claim whose standalone wording is `text`, with values of `kinds`; `quoted` when
/// it is someone's words in quotation marks.
pub fn classify(text: &str, kinds: &[ValueKind], quoted: bool) -> ClaimType {
    if quoted {
        return ClaimType::Quote;
    }
    let (ac, bits) = &*CUES;
    let mut found = 0u32;
    for m in ac.find_overlapping_iter(text) {
        let bit = bits[m.pattern().as_usize()];
        if bit == DUE_TO {
            // Matched in its case only, and whatever stands before it.
            if &text[m.start()..m.end()] == "due to " && causal_due_to(&text[..m.start()]) {
                found |= 1 << 1;
            }
            continue;
        }
        if bit == RECORD {
            if record(&text[..m.start()]) || first_since(&text[..m.start()], &text[m.end()..]) {
                found |= 1;
            }
            continue;
        }
        if bit == DECIDED {
            // "the utility board decided", "Judge Rosa Alvarez blocked": a body's decision is
            // a policy (not "she decided to retire", "protesters blocked the road").
            let after = text[m.end()..].chars().next();
            if !after.is_some_and(char::is_alphanumeric) && decided_by_a_body(&text[..m.start()]) {
                found |= 1 << 2;
            }
            continue;
        }
        if bit == DECLARED {
            // "the governor declared a drought emergency", "the mayor ordered evacuations": an
            // office's declaration or order is a policy (not "the governor declared victory",
            // "doctors declared him dead", "the restaurant ordered new chairs").
            if declared_by_an_office(&text[..m.start()]) && declared_thing(&text[m.end()..]) {
                found |= 1 << 2;
            }
            continue;
        }
        if bit == MODAL {
            // "the first payments could go out in January", "the announcement could add $1
            // trillion", "City can clinch the title on Sunday": what may happen is a prediction
            // (not "could not find", "could have won", "can see galaxies": "can" only with a
            // date, a time it may happen)
            let can = text[m.start()..m.end()].eq_ignore_ascii_case(" can ");
            if modal_ahead(&text[m.end()..])
                && (!can || kinds.iter().any(|k| matches!(k, ValueKind::Date)))
            {
                found |= 1 << 3;
                // "tariffs could raise prices", "the tax might hurt growth": what a policy may
                // do is a forecast of its effect, not the policy (a modal before a decision's
                // own verb, "could ban", "might vote", stays with the decision)
                if !can && !one_of_lower(word_after(&text[m.end()..]), DECISION_VERBS) {
                    found |= FORESEEN;
                }
            }
            continue;
        }
        if bit == WOULD {
            if one_of_lower(word_after(&text[m.end()..]), WOULD_EFFECTS) {
                found |= (1 << 3) | FORESEEN;
            }
            continue;
        }
        if bit == FORECAST {
            // "The retailer forecast sales above estimates": a forecast made is a prediction;
            // "Economists had forecast a 3.2% rise" is the figure a result is measured against,
            // as "had expected" is.
            let prev = super::last_word(&text[..m.start()]);
            if !one_of_lower(
                prev,
                &[
                    "had", "has", "have", "the", "a", "its", "their", "his", "her",
                ],
            ) {
                found |= 1 << 3;
            }
            continue;
        }
        if bit == WISH {
            // "she favours a rate cut in August", "the union calls for a strike in September":
            // a wish for a dated thing to come is a forecast of a stance, as a promise is (not
            // "voters favour the plan", with no date; not "the support of")
            let after = word_after(&text[m.end()..]);
            let before = super::last_word(&text[..m.start()]);
            if kinds.iter().any(|k| matches!(k, ValueKind::Date))
                && (one_of_lower(after, &["a", "an", "another", "further", "new"])
                    || (after.len() > 5 && after.ends_with("ing")))
                && !one_of_lower(before, &["the", "a", "its", "their", "his", "her"])
            {
                found |= 1 << 3;
            }
            continue;
        }
        if bit == EFFECT {
            // "the tax credit helped families", "tariffs have hurt farmers": what a thing did
            // to something is a cause (not "volunteers helped residents", "she helped them").
            let raised = text[m.start()..m.end()].eq_ignore_ascii_case(" raised ");
            let before = &text[..m.start()];
            if if raised {
                let mut ws = before.rsplit(' ');
                let mut doer = ws.next().unwrap_or("");
                while one_of!(&["has", "have", "had", "also", "already"], doer) {
                    doer = ws.next().unwrap_or("");
                }
                one_of_lower(doer, POLICY_DOERS)
            } else {
                effect_of_a_thing(before)
            } {
                found |= 1 << 1;
            }
            continue;
        }
        if bit == SEES {
            // "Ana Ruiz sees inflation ending 2025 at 3%", "sees prices falling 5%": a
            // figure seen ahead is a forecast (not "sees 40 patients a day").
            // "The IMF projects growth of 2.8%": "projects" a verb only after a name or an
            // adverb ("now projects"), not after a noun ("infrastructure projects of $5 billion").
            let verb = !text[m.start()..m.end()].eq_ignore_ascii_case(" projects ") || {
                let prev = super::last_word(&text[..m.start()]);
                prev.starts_with(|c: char| c.is_ascii_uppercase())
                    || one_of_lower(prev, &["now", "also", "still", "currently"])
            };
            if verb && seen_ahead(&text[m.end()..]) {
                found |= 1 << 3;
            }
            continue;
        }
        if bit == BY {
            // Matched in its case only.
            if &text[m.start()..m.end()] == " by " {
                found |= BY;
            }
            continue;
        }
        let after = text[m.end()..].chars().next();
        if bit == EST {
            // "the strongest to hit the region", "its heaviest rainfall": a superlative after
            // "the" or a possessive compares, beyond the listed ones.
            if !after.is_some_and(char::is_alphanumeric) && superlative(text, m.end()) {
                found |= 1;
            }
            continue;
        }
        if bit == DIGIT_ORDINAL {
            // An ordinal when the run of digits it ends starts a word and nothing follows it:
            // "22nd", not "A22nd" or "22ndx".
            let digits = text.as_bytes()[..m.start()]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let before = text[..m.start() - digits].chars().next_back();
            if !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
            {
                found |= ORDINAL;
            }
            continue;
        }
        let before = text[..m.start()].chars().next_back();
        // "50% lower" follows its number, "30-year high" its count.
        let share = matches!(text.as_bytes()[m.start()], b'%' | b'-');
        if (before.is_some_and(char::is_alphanumeric) && !share)
            || after.is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let word = &text[m.start()..m.end()];
        // "at least", "at most" and "the most part" qualify a number; they compare nothing.
        if (word.eq_ignore_ascii_case("least") || word.eq_ignore_ascii_case("most"))
            && text[..m.start()]
                .get(m.start().saturating_sub(3)..)
                .is_some_and(|b| b.eq_ignore_ascii_case("at "))
        {
            continue;
        }
        // "most abortions", "most of the money": without "the" or a possessive before it,
        // "most" counts a part; it compares only as "the most", "its most", "the world's most".
        if (word.eq_ignore_ascii_case("most") || word.eq_ignore_ascii_case("least"))
            && !text[..m.start()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| {
                    one_of_lower(
                        w,
                        &["the", "its", "their", "his", "her", "our", "your", "my"],
                    ) || w.ends_with("'s")
                        || w.ends_with("’s")
                        || w.ends_with("s'")
                })
        {
            continue;
        }
        // "would appeal the ruling", "will challenge the law": a decision someone means to
        // contest is the object of a plan, not the claim's own rule.
        if bit == 1 << 2
            && [
                "appeal the ",
                "appeal a ",
                "challenge the ",
                "challenge a ",
                "contest the ",
            ]
            .iter()
            .any(|p| {
                let b = &text.as_bytes()[..m.start()];
                b.len() >= p.len() && b[b.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
            })
        {
            continue;
        }
        // "the Congressional Budget Office", "the Tax Policy Center": a policy's word with a
        // capital inside a sentence and a capitalised word after it is part of a name.
        if bit == 1 << 2
            && m.start() > 0
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && text[m.end()..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            continue;
        }
        // "more than 500 migrants", "fewer than 10", "older than 65": a bound on a number (an
        // age), not a comparison.
        if word.eq_ignore_ascii_case("than")
            && ["more ", "less ", "fewer ", "older ", "younger "]
                .iter()
                .any(|b| {
                    let before = &text.as_bytes()[..m.start()];
                    before.len() >= b.len()
                        && before[before.len() - b.len()..].eq_ignore_ascii_case(b.as_bytes())
                })
            && text[m.end()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '$' || c == '€' || c == '£')
        {
            continue;
        }
        // "will launch no earlier than September", "no later than 2030": a bound on a date,
        // not a comparison.
        if word.eq_ignore_ascii_case("than")
            && [
                "no earlier ",
                "no later ",
                "no sooner ",
                "not earlier ",
                "not later ",
            ]
            .iter()
            .any(|b| {
                let before = &text.as_bytes()[..m.start()];
                before.len() >= b.len()
                    && before[before.len() - b.len()..].eq_ignore_ascii_case(b.as_bytes())
            })
        {
            continue;
        }
        // "the airline's fuel bill", "a club's wage bill", "her electricity bill": a bill that
        // is paid is a cost, not a law.
        if word.eq_ignore_ascii_case("bill") && {
            let before = text[..m.start()].trim_end();
            let prev = &before[before.rfind(' ').map_or(0, |i| i + 1)..];
            one_of_lower(prev, COST_BILLS)
        } {
            continue;
        }
        // "a law degree", "a law firm", "law enforcement": a law's word before another noun
        // that makes it a trade or a school, not a rule.
        if word.eq_ignore_ascii_case("law")
            && one_of_lower(
                word_after(&text[m.end()..]),
                &[
                    "degree",
                    "degrees",
                    "school",
                    "schools",
                    "firm",
                    "firms",
                    "professor",
                    "student",
                    "students",
                    "enforcement",
                    "clerk",
                    "practice",
                    "partner",
                    "review",
                    "graduate",
                    "library",
                    "faculty",
                ],
            )
        {
            continue;
        }
        // "studied law at Yale", "practised law for 30 years": law as a subject or a trade.
        if word.eq_ignore_ascii_case("law")
            && one_of_lower(
                super::last_word(text[..m.start()].trim_end()),
                &[
                    "studied",
                    "study",
                    "studying",
                    "studies",
                    "taught",
                    "teaches",
                    "teach",
                    "teaching",
                    "practiced",
                    "practised",
                    "practicing",
                    "practising",
                    "practice",
                    "practise",
                    "read",
                ],
            )
        {
            continue;
        }
        // "scored twice on Tuesday", "was arrested twice": "twice" counts; it compares only
        // before what it doubles ("twice as many", "twice the rate", "twice what they paid")
        if word.eq_ignore_ascii_case("twice")
            && !{
                let w = word_after(&text[m.end()..]);
                one_of_lower(
                    w,
                    &[
                        "as", "the", "that", "what", "a", "an", "its", "their", "his", "her",
                        "our", "my",
                    ],
                ) || w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            }
        {
            continue;
        }
        // "More than 40,000 people voted early", "voted in the primary": taking part in an
        // election is no decision ("voted to ban", "voted 5-2", "voted in favor" are)
        if word.eq_ignore_ascii_case("voted") && {
            let mut next = text[m.end()..].trim_start().split([' ', ',', '.']);
            let (a, b) = (next.next().unwrap_or(""), next.next().unwrap_or(""));
            one_of_lower(a, &["early", "absentee", "online"])
                || (a.eq_ignore_ascii_case("in") && !one_of_lower(b, &["favor", "favour"]))
        } {
            continue;
        }
        // "Act" is a law only with a capital; "act" is also a deed.
        if word == "act" || (word.eq_ignore_ascii_case("act") && m.start() == 0) {
            continue;
        }
        found |= bit;
    }
    // "down 18 cents from a month ago", "up from $10": a change from a baseline, with a number
    // (not "stepped down from the board").
    if found & 1 == 0
        && super::find_str(text, " from ").is_some()
        && (super::find_str(text, "up ").is_some() || super::find_str(text, "down ").is_some())
    {
        // "up from two": a small count in words is a number too.
        let number = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
                || one_of_lower(
                    w.trim_end_matches([',', '.']),
                    &[
                        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "eleven", "twelve", "twenty", "zero", "none",
                    ],
                )
        };
        let (mut since, mut digit) = (9, false);
        let mut ws = text.split_whitespace().peekable();
        while let Some(w) = ws.next() {
            digit |= number(w);
            if since < 4 && w == "from" && (digit || ws.peek().is_some_and(|n| number(n))) {
                found |= 1;
            }
            (since, digit) = if matches!(w, "up" | "down") {
                (0, false)
            } else {
                (since + 1, digit)
            };
        }
    }
    // "the drug cut migraine days by half", "the drought has cut the harvest by a third": a
    // thing that changes something by an amount is a cause (not "the bank cut rates by").
    if found & 0b11 == 0 && found & BY != 0 && changed_by_a_thing(text) {
        found |= 1 << 1;
    }
    if found & FORESEEN != 0 {
        found &= !(1 << 2);
    }
    for (i, (_, kind)) in LISTS.iter().enumerate() {
        if found & (1 << i) != 0 {
            return *kind;
        }
    }
    if found & ORDINAL != 0
        || score_in(text)
        || kinds.iter().any(|k| {
            matches!(
                k,
                ValueKind::Quantity
                    | ValueKind::Count
                    | ValueKind::Money
                    | ValueKind::Percent
                    | ValueKind::Number
                    | ValueKind::Age
                    | ValueKind::Temperature
                    | ValueKind::Ratio
            )
        })
    {
        return ClaimType::Quantity;
    }
    if kinds
        .iter()
        .any(|k| matches!(k, ValueKind::Date | ValueKind::Duration | ValueKind::Time))
    {
        return ClaimType::Time;
    }
    ClaimType::Other
}

/// Does `text` hold a game's score or a tally ("beat Barcelona 3-1", "drew 2-2"): one to three
/// digits, a dash, one to three digits, as a word of its own? The values stage reads a score
/// as no value; what it measures is still a quantity.
fn score_in(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'-', b).any(|d| {
        let left = b[..d]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let right = b[d + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        (1..=3).contains(&left)
            && (1..=3).contains(&right)
            && !b
                .get(d.wrapping_sub(left + 1))
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
            && !b
                .get(d + 1 + right)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
    })
}

/// The first word of `rest`, after its spaces, up to a space, a comma or a full stop.
fn word_after(rest: &str) -> &str {
    rest.trim_start()
        .split([' ', ',', '.'])
        .next()
        .unwrap_or("")
}

/// Is `w` one of `list` (lower case), ignoring ASCII case?
fn one_of_lower(w: &str, list: &[&str]) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(w))
}

/// Nouns of bodies whose decisions are rules ("the utility board decided").
const BODIES: &[&str] = &[
    "board",
    "council",
    "committee",
    "commission",
    "court",
    "judge",
    "government",
    "cabinet",
    "legislature",
    "parliament",
    "congress",
    "senate",
    "regulator",
    "regulators",
    "panel",
    "authority",
    "agency",
    "ministry",
    "administration",
    "trustees",
    "jury",
    "commissioners",
    "lawmakers",
];

/// The words after a modal ("could", "might", "can") say what may happen: a verb follows, not
/// "not", "never", "n't" or "have" (a past that did not come: "could have won"), nor a clause's
/// end.
fn modal_ahead(after: &str) -> bool {
    let next = after.split(' ').next().unwrap_or("");
    !next.is_empty()
        && next.starts_with(|c: char| c.is_ascii_lowercase())
        && !one_of_lower(
            next.trim_end_matches([',', '.']),
            &["not", "never", "have", "only", "barely", "hardly", "no"],
        )
}

/// Does the noun before "decided" or "blocked" name a body that makes rules: the word right
/// before ("the utility board decided") or a title of the name before ("Judge Rosa Alvarez
/// blocked")? The first lowercase word back decides.
fn decided_by_a_body(before: &str) -> bool {
    for w in without_day(before).rsplit(' ').take(4) {
        let w = w.trim_end_matches(['’', '\'', ',']);
        if one_of!(BODIES, w) {
            return true;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// The words before a verb without the day put between its subject and it: "India's Supreme
/// Court on June 10, 2024" (a weekday as worded), "the council on Monday" (at most four words
/// after "on", each a number or capitalised).
fn without_day(before: &str) -> &str {
    let Some(at) = before.rfind(" on ") else {
        return before;
    };
    let day = &before[at + 4..];
    let words = day.split(' ').count();
    if words <= 4
        && day
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()))
    {
        &before[..at]
    } else {
        before
    }
}

/// Nouns of offices whose declarations and orders are rules, beyond `BODIES`: "the governor
/// declared", "Mayor Ana Ruiz ordered".
const OFFICES: &[&str] = &[
    "governor",
    "gov",
    "mayor",
    "president",
    "minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "sheriff",
    "officials",
    "authorities",
    "city",
    "county",
    "state",
    "ministers",
    "governors",
];

/// Does the noun before "declared" or "ordered" name a body or an office that makes rules, as
/// `decided_by_a_body` reads it?
fn declared_by_an_office(before: &str) -> bool {
    for w in without_day(before).rsplit(' ').take(6) {
        let w = w.trim_end_matches(['’', '\'', ',', '.']);
        if one_of!(BODIES, w) || one_of!(OFFICES, w) {
            return true;
        }
        // "Governor Ellen Ward has also ordered": an auxiliary and an adverb before the verb.
        if one_of!(
            &["has", "have", "had", "also", "later", "then", "previously"],
            w
        ) {
            continue;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// Is what follows "declared" or "ordered" a rule's object, not a verdict or a claim: not
/// "victory", "him dead", "bankruptcy", "that ..."?
fn declared_thing(after: &str) -> bool {
    let first = after.split([' ', ',', '.']).next().unwrap_or("");
    !one_of!(
        &[
            "victory",
            "him",
            "her",
            "them",
            "it",
            "himself",
            "herself",
            "itself",
            "themselves",
            "that",
            "bankruptcy",
            "insolvency",
        ],
        first
    ) && !after.split(' ').take(3).any(|w| {
        one_of_lower(
            w.trim_end_matches([',', '.']),
            &["dead", "winner", "victory", "bankruptcy", "bankrupt"],
        )
    })
}

/// Verbs of a change done to something ("cut foot traffic by a quarter").
const CHANGE_VERBS: &[&str] = &[
    "cut",
    "cuts",
    "reduced",
    "reduces",
    "lowered",
    "lowers",
    "slashed",
    "slashes",
    "boosted",
    "boosts",
    "raised",
    "raises",
    "increased",
    "increases",
];

/// Nouns of those who decide a change (a body, a business, people), not of what causes one.
const AGENTS: &[&str] = &[
    "company",
    "companies",
    "firm",
    "bank",
    "government",
    "council",
    "board",
    "agency",
    "city",
    "state",
    "lawmakers",
    "legislators",
    "officials",
    "administration",
    "ministry",
    "department",
    "committee",
    "union",
    "district",
    "school",
    "schools",
    "university",
    "club",
    "team",
    "airline",
    "retailer",
    "carmaker",
    "automaker",
    "manufacturer",
    "employer",
    "employers",
    "owner",
    "owners",
    "landlord",
    "landlords",
    "lender",
    "lenders",
    "insurer",
    "insurers",
    "regulator",
    "regulators",
    "court",
    "judge",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "who",
    "which",
    "that",
    "management",
    "parliament",
    "congress",
    "senate",
    "voters",
    "party",
    "parties",
    "minister",
    "ministers",
    "president",
    "governor",
    "mayor",
    "chancellor",
];

/// A thing (a lowercase noun that decides nothing: "the drug", "parking fees") that a verb of
/// change acts on something with, by an amount: "X cut Y by Z", "X has reduced Y by Z".
fn changed_by_a_thing(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        if !one_of!(CHANGE_VERBS, w) {
            return false;
        }
        // Something acted on before "by" ("increased by 5%" changes itself), within six words.
        let Some(by) = words[i + 1..].iter().take(7).position(|n| *n == "by") else {
            return false;
        };
        if by == 0 {
            return false;
        }
        let mut k = i;
        // "his party would cut national insurance by 2p": a promise's modal stands between.
        while k > 0
            && one_of!(
                &[
                    "has", "have", "had", "also", "already", "would", "will", "could", "can",
                    "may", "might"
                ],
                words[k - 1]
            )
        {
            k -= 1;
        }
        let Some(doer) = k.checked_sub(1).map(|j| words[j]) else {
            return false;
        };
        doer.chars().all(|c| c.is_ascii_lowercase()) && doer.len() > 2 && !one_of!(AGENTS, doer)
    })
}

/// Verbs of a good or bad effect on something, set off by spaces as the cue automaton finds
/// them.
const EFFECT_VERBS: &[&str] = &[
    " helped ",
    " hurt ",
    " boosted ",
    " fueled ",
    " fuelled ",
    " spurred ",
    " hampered ",
    " dented ",
    " harmed ",
    " worsened ",
    // Only after a policy's plural noun (`POLICY_DOERS`): "tariffs had raised costs".
    " raised ",
];

/// Policies named by a plural noun that "raised" something as its cause ("tariffs had raised
/// costs", "higher taxes raised prices"); a body that raised a rate or a price decides it.
const POLICY_DOERS: &[&str] = &[
    "tariffs",
    "taxes",
    "sanctions",
    "duties",
    "levies",
    "subsidies",
];

/// The words before a verb of an effect (`EFFECT_VERBS`) end with its doer, a thing: a
/// lowercase noun (after "has", "have", "had", "also" or "already") that is no agent
/// (`AGENTS`) and no people ("volunteers", "residents", "doctors", "children").
fn effect_of_a_thing(before: &str) -> bool {
    let mut words = before.rsplit(' ');
    let mut doer = words.next().unwrap_or("");
    while one_of!(&["has", "have", "had", "also", "already", "likely"], doer) {
        doer = words.next().unwrap_or("");
    }
    // "the tariff would hurt farmers": an effect to come is a forecast, not a cause found.
    if one_of!(&["would", "could", "might", "will", "may"], doer) {
        return false;
    }
    doer.len() > 2
        && doer.bytes().all(|b| b.is_ascii_lowercase())
        && !one_of!(AGENTS, doer)
        && !["ers", "ors", "ists", "ians", "ents", "ans"]
            .iter()
            .any(|e| doer.ends_with(e))
        && !one_of!(
            &[
                "people",
                "police",
                "staff",
                "crews",
                "troops",
                "children",
                "women",
                "men",
                "fans",
                "friends",
                "family",
                "families",
                "neighbors",
                "neighbours",
                "locals",
                "allies",
                "this",
                "that",
                "what",
                "also",
                "and",
                "but",
                "was",
                "were",
                "been",
                "being",
                "are",
                "get",
                "got",
                "not",
                "never",
            ],
            doer
        )
        && !doer.ends_with("ly")
}

/// Words in "-est" that are no superlative.
const NOT_SUPERLATIVE: &[&str] = &[
    "interest",
    "forest",
    "contest",
    "protest",
    "request",
    "harvest",
    "guest",
    "west",
    "chest",
    "crest",
    "nest",
    "quest",
    "test",
    "latest",
    "honest",
    "modest",
    "manifest",
    "suggest",
    "digest",
    "arrest",
    "invest",
    "unrest",
    "inquest",
    "conquest",
    "pest",
    "rest",
    "vest",
    "zest",
    "attest",
    "behest",
    "midwest",
    "southwest",
    "northwest",
    "priest",
    "tempest",
    "bequest",
    "detest",
    "infest",
    "ingest",
    "congest",
    "pretest",
    "retest",
    "contest",
];

/// Is the word ending at `end` (in "est") a superlative after "the", "its", "their" or a
/// possessive ("the strongest", "the company's weakest")?
fn superlative(text: &str, end: usize) -> bool {
    let before = &text[..end];
    let start = before.rfind(' ').map_or(0, |i| i + 1);
    let word = &before[start..];
    if word.len() <= 4
        || !word.bytes().all(|b| b.is_ascii_lowercase())
        || NOT_SUPERLATIVE.contains(&word)
    {
        return false;
    }
    let rest = before[..start].trim_end();
    let prev = &rest[rest.rfind(' ').map_or(0, |i| i + 1)..];
    matches!(
        prev,
        "the" | "The" | "its" | "their" | "his" | "her" | "our"
    ) || prev.ends_with("’s")
        || prev.ends_with("'s")
}

/// "She is the first student from the county to win", "X was the only team to …": a record
/// set by one of a kind compares. Is the word that ends `before` (where "the first" follows) a
/// verb of being?
fn record(before: &str) -> bool {
    let prev = before.trim_end();
    let w = &prev[prev.rfind(' ').map_or(0, |i| i + 1)..];
    matches!(
        w,
        "is" | "was" | "are" | "were" | "became" | "becomes" | "become"
    )
}

/// "Water rates rose 8% on Monday, the first increase since 2016": "the first" right after a
/// comma, summing up the clause before, with "since" or "on record" in its phrase (before the
/// next comma or full stop) compares the deed with those before it. `before` ends where "the
/// first" starts, `after` starts after it.
fn first_since(before: &str, after: &str) -> bool {
    if !before.trim_end().ends_with(',') {
        return false;
    }
    let phrase = &after[..after.find([',', '.', ';']).unwrap_or(after.len())];
    phrase.starts_with("since ")
        || phrase.contains(" since ")
        || phrase.contains(" on record")
        || phrase.contains(" ever")
}

/// Whether "due to " after `before` is a cause: followed by a noun phrase, not by a verb after
/// "is"/"are" (a plan).
fn causal_due_to(before: &str) -> bool {
    let before = before.trim_end();
    !(before.ends_with(" is")
        || before.ends_with(" are")
        || before.ends_with(" was")
        || before.ends_with(" were")
        || before.ends_with(" be"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ", the first increase since 2016" after a clause compares it with those before; "the
    /// first Turkish-born player in the NBA" after a name describes the person.
    #[test]
    fn the_first_since_after_a_comma_compares() {
        assert!(first_since(
            "Water rates rose 8% on Monday,",
            " increase since 2016."
        ));
        assert!(first_since(
            "It fell 2%,",
            " drop on record, the agency said."
        ));
        assert!(!first_since(
            "Yusuf Demir,",
            " Turkish-born player in the NBA, died."
        ));
        assert!(!first_since("She was", " woman since 1990 to win."));
    }

    /// A game's score, which the values stage reads as no value, is still a quantity.
    #[test]
    fn a_score_is_a_quantity() {
        assert!(score_in("Arsenal beat Chelsea 4-2 on Saturday."));
        assert!(score_in("The Lakers beat the Celtics 112-104."));
        assert!(!score_in("a 30-year-old"));
        assert!(!score_in("on 2024-05-01"));
        assert!(!score_in("the COVID-19 pandemic"));
        assert_eq!(
            classify("Liverpool drew 2-2 with Everton.", &[], false),
            ClaimType::Quantity
        );
    }

    /// "Governor Ellen Ward has also ordered an inspection": an office's order with an
    /// auxiliary and an adverb before the verb is still a policy.
    /// A modal forecast of what a policy may do is a prediction; a modal before a decision's
    /// own verb stays a policy.
    #[test]
    fn what_a_policy_may_do_is_a_prediction() {
        for t in [
            "Tariffs could raise prices for consumers.",
            "She has also warned that tariffs could raise prices.",
            "Economists said higher tariffs might push unemployment to 4.5% by December.",
            "The new tax could cost the industry 2,000 jobs.",
        ] {
            assert_eq!(classify(t, &[], false), ClaimType::Prediction, "{t}");
        }
        for t in [
            "The council could ban gas stoves next year.",
            "The law could take effect in March.",
            "The Senate passed the bill on Tuesday.",
        ] {
            assert_eq!(classify(t, &[], false), ClaimType::Policy, "{t}");
        }
    }

    /// "would" before a verb of an outcome forecasts what a policy will do (a prediction);
    /// before the policy's own terms it stays the policy.
    #[test]
    fn what_a_policy_would_bring_about_is_a_prediction() {
        for t in [
            "Senator Ann Price said the tax bill would create 200,000 jobs by 2027.",
            "The bill would cost $2 billion over a decade.",
            "Critics said the tariff would hurt farmers.",
        ] {
            assert_eq!(classify(t, &[], false), ClaimType::Prediction, "{t}");
        }
        for t in [
            "The bill would ban members of Congress from trading stocks.",
            "The measure would raise the minimum wage to $17.",
            "The government said it would cut energy taxes for industry.",
        ] {
            assert_eq!(classify(t, &[], false), ClaimType::Policy, "{t}");
        }
    }

    /// A wish in the present for a dated thing to come is a prediction; a wish without a date,
    /// or a past one, is not.
    #[test]
    fn a_wish_for_a_dated_thing_is_a_prediction() {
        let d = [ValueKind::Date];
        for t in [
            "Anna Berg said she favours a rate cut in August.",
            "The union said it calls for a national strike in September.",
        ] {
            assert_eq!(classify(t, &d, false), ClaimType::Prediction, "{t}");
        }
        assert_ne!(
            classify("Most voters favour a ban.", &[], false),
            ClaimType::Prediction
        );
        assert_ne!(
            classify("She said she favoured a cut in March.", &d, false),
            ClaimType::Prediction
        );
    }

    /// What a thing did to something ("the tax credit helped families") is a cause; what
    /// people or a body did, or a hurt suffered, is not.
    #[test]
    fn a_thing_that_helped_or_hurt_is_a_cause() {
        for t in [
            "Senator Maria Alvarez has said the tax credit helped families.",
            "Higher tariffs have hurt farmers in Iowa.",
            "The drought hampered shipping on the Rhine.",
        ] {
            assert_eq!(classify(t, &[], false), ClaimType::Causal, "{t}");
        }
        for t in [
            "Volunteers helped residents clear the debris.",
            "Two people were hurt in the crash.",
            "She helped found the clinic in 1998.",
            "The company helped customers move their data.",
            "He was badly hurt in the fall.",
        ] {
            assert_ne!(classify(t, &[], false), ClaimType::Causal, "{t}");
        }
    }

    #[test]
    fn an_order_after_has_also_is_a_policy() {
        assert!(declared_by_an_office("Governor Ellen Ward has also"));
        assert!(declared_by_an_office("Governor Ellen Ward"));
        assert!(!declared_by_an_office("The restaurant has also"));
        assert_eq!(
            classify(
                "Governor Ellen Ward has also ordered an inspection of its spillway.",
                &[],
                false
            ),
            ClaimType::Policy
        );
    }

    #[test]
    fn a_law_degree_is_no_law() {
        let d = [ValueKind::Date];
        for t in [
            "She earned a law degree from Yale in 1975.",
            "He joined a law firm in Chicago in 1990.",
            "Ann Lee studied law at Yale in 1975.",
            "He practised law in Boston for 30 years.",
        ] {
            assert_ne!(classify(t, &d, false), ClaimType::Policy, "{t}");
        }
        assert_eq!(
            classify("The law took effect in 1975.", &d, false),
            ClaimType::Policy
        );
    }

    #[test]
    fn a_bill_that_is_paid_is_no_law() {
        let m = [ValueKind::Money];
        for t in [
            "The airline's fuel bill fell to $2.7 billion from $3.1 billion.",
            "The club's wage bill rose to £210 million last season.",
            "Her electricity bill rose to $240 in January.",
        ] {
            assert_eq!(classify(t, &m, false), ClaimType::Quantity, "{t}");
        }
        for t in [
            "The Senate passed a $95 billion spending bill on Tuesday.",
            "The farm bill sets aside $1.2 billion for conservation.",
        ] {
            assert_eq!(classify(t, &m, false), ClaimType::Policy, "{t}");
        }
    }

    #[test]
    fn an_office_declaring_or_ordering_is_a_policy() {
        let n = [ValueKind::Count];
        for t in [
            "The governor declared a drought emergency in 12 counties on Tuesday.",
            "Mayor Ana Ruiz ordered the evacuation of 3,000 homes near the river.",
            "The health ministry declared a cholera outbreak in four provinces.",
            "The court ordered the company to pay 40 former workers.",
        ] {
            assert_eq!(classify(t, &n, false), ClaimType::Policy, "{t}");
        }
        for t in [
            "The governor declared victory after winning 12 counties.",
            "Doctors declared him dead at 3 hospitals' request.",
            "The restaurant ordered 40 new chairs.",
            "The president declared that 12 counties were safe again.",
        ] {
            assert_ne!(classify(t, &n, false), ClaimType::Policy, "{t}");
        }
    }

    #[test]
    fn twice_compares_only_before_what_it_doubles_and_a_turnout_is_no_vote() {
        let d = [ValueKind::Date];
        assert_eq!(
            classify("Erling Haaland scored twice on May 14, 2024.", &d, false),
            ClaimType::Time
        );
        assert_eq!(
            classify(
                "Families pay twice what they paid for child care a decade ago.",
                &[],
                false
            ),
            ClaimType::Comparison
        );
        assert_eq!(
            classify("Rents rose twice as fast as wages.", &[], false),
            ClaimType::Comparison
        );
        let c = [ValueKind::Count];
        assert_eq!(
            classify("More than 40,000 people voted early.", &c, false),
            ClaimType::Quantity
        );
        assert_eq!(
            classify("About 2 million people voted in the primary.", &c, false),
            ClaimType::Quantity
        );
        for t in [
            "The council voted 5-2 to close the school.",
            "Lawmakers voted in favor of the bill.",
            "The board voted.",
        ] {
            assert_eq!(classify(t, &[], false), ClaimType::Policy, "{t}");
        }
    }

    #[test]
    fn a_fine_imposed_is_a_policy_with_its_amount() {
        let m = [ValueKind::Money];
        for t in [
            "The court fined the firm $250,000.",
            "Daniel Reyes was fined $5,000.",
            "The league fined her $2,000.",
            "Regulators fined the bank 40 million euros on Thursday.",
        ] {
            assert_eq!(classify(t, &m, false), ClaimType::Policy, "{t}");
        }
        // a fine as a noun, an amount paid or counted, and a refined thing are no decision
        for t in [
            "Parking fines brought in $3 million last year.",
            "The refined oil sold for $80 a barrel.",
            "He paid a $500 fine.",
        ] {
            assert_eq!(classify(t, &m, false), ClaimType::Quantity, "{t}");
        }
    }

    #[test]
    fn a_body_s_order_with_its_day_between_is_a_policy() {
        let d = [ValueKind::Date];
        for t in [
            "India's Supreme Court on June 10, 2024 ordered the government to release the data.",
            "The city council on Monday ordered the closure of two bridges.",
            "A federal judge on Friday blocked the state's new voting law.",
        ] {
            assert_eq!(classify(t, &d, false), ClaimType::Policy, "{t}");
        }
        // not a person who orders on a day, nor a body's name after "on"
        assert_eq!(
            classify("The restaurant on Monday ordered new chairs.", &d, false),
            ClaimType::Time
        );
        assert_eq!(
            classify("Protesters on Friday blocked the road.", &d, false),
            ClaimType::Time
        );
    }

    /// "forecast" as a verb is a prediction; "had forecast" is the figure a result is
    /// measured against.
    #[test]
    fn a_forecast_made_is_a_prediction() {
        for t in [
            "The retailer forecast sales above Wall Street estimates for the year.",
            "The agency forecasts a mild winter.",
        ] {
            assert_eq!(classify(t, &[], false), ClaimType::Prediction, "{t}");
        }
        assert_eq!(
            classify(
                "Economists polled by Reuters had forecast a 3.2% rise.",
                &[ValueKind::Percent],
                false
            ),
            ClaimType::Quantity
        );
    }

    /// A figure one "sees" ahead ("sees inflation ending 2025 at 3%") is a forecast; what one
    /// sees every day is not.
    #[test]
    fn a_figure_seen_ahead_is_a_prediction() {
        let p = [ValueKind::Percent];
        for t in [
            "Andrew Bailey said rates are likely to keep falling gradually.",
            "Ana Ruiz sees inflation ending 2025 at 3%.",
            "The bank now sees house prices falling 5% next spring.",
        ] {
            assert_eq!(classify(t, &p, false), ClaimType::Prediction, "{t}");
        }
        assert_eq!(
            classify(
                "Dr. Lee sees 40 patients a day.",
                &[ValueKind::Count],
                false
            ),
            ClaimType::Quantity
        );
    }

    #[test]
    fn a_promise_and_a_bound_on_a_date_are_predictions() {
        let d = [ValueKind::Date];
        // what may happen: "could", "might", and "can" with a date
        for t in [
            "The first payments could go out as early as January.",
            "The storm might bring a foot of snow to Denver on Friday.",
            "City can clinch the title with a win over West Ham on Sunday.",
        ] {
            assert_eq!(classify(t, &d, false), ClaimType::Prediction, "{t}");
        }
        assert_eq!(
            classify(
                "The announcement could add $1 trillion to Apple's market value.",
                &[ValueKind::Money],
                false
            ),
            ClaimType::Prediction
        );
        // not what did not happen, nor "can" of an ability without a date
        assert_eq!(
            classify("Rescuers could not reach the village on Monday.", &d, false),
            ClaimType::Time
        );
        assert_eq!(
            classify("He could have won the race on Sunday.", &d, false),
            ClaimType::Time
        );
        assert_eq!(
            classify(
                "The telescope can see galaxies 13 billion light-years away.",
                &[ValueKind::Quantity],
                false
            ),
            ClaimType::Quantity
        );
        assert_eq!(
            classify(
                "NASA officials say the mission will launch no earlier than September 2025.",
                &d,
                false
            ),
            ClaimType::Prediction
        );
        assert_eq!(
            classify(
                "Rishi Sunak said his party would cut national insurance by 2p.",
                &[ValueKind::Money],
                false
            ),
            ClaimType::Prediction
        );
        // A thing that cuts something by an amount is still a cause; "earlier than" compares.
        assert_eq!(
            classify("The drug cut migraine days by half.", &[], false),
            ClaimType::Causal
        );
        assert_eq!(
            classify(
                "The storm arrived earlier than forecasters expected.",
                &[],
                false
            ),
            ClaimType::Comparison
        );
    }

    #[test]
    fn types_a_reader_would_pick() {
        let q = [ValueKind::Count];
        let m = [ValueKind::Money];
        // "most" without "the" counts a part; with it, it compares.
        assert_eq!(
            classify("The law bans most abortions.", &[], false),
            ClaimType::Policy
        );
        assert_eq!(
            classify("Most economists expect a cut.", &[], false),
            ClaimType::Prediction
        );
        assert_eq!(
            classify("It was his 12th goal, the most by any player.", &q, false),
            ClaimType::Comparison
        );
        assert_eq!(
            classify("It is the world's most valuable company.", &[], false),
            ClaimType::Comparison
        );
        // A level against a span of time compares.
        assert_eq!(
            classify("Measles cases climb to a 30-year high.", &q, false),
            ClaimType::Comparison
        );
        assert_eq!(
            classify(
                "Demand hit 85,000 megawatts, a new all-time high.",
                &q,
                false
            ),
            ClaimType::Comparison
        );
        // A change from a baseline written in words.
        assert_eq!(
            classify(
                "It was the fifth robbery this year, up from two in 2023.",
                &q,
                false
            ),
            ClaimType::Comparison
        );
        // A policy's word inside an organisation's name is no policy.
        assert_eq!(
            classify(
                "The Congressional Budget Office estimated the program would cost $12 billion.",
                &m,
                false
            ),
            ClaimType::Prediction
        );
        assert_eq!(
            classify("The Budget Office counted $12 billion.", &m, false),
            ClaimType::Quantity
        );
        assert_eq!(
            classify("The Clean Air Act took effect in 1970.", &[], false),
            ClaimType::Policy
        );
        // A ruling to appeal is a plan.
        assert_eq!(
            classify("His office would appeal the ruling.", &[], false),
            ClaimType::Prediction
        );
        assert_eq!(
            classify("The judge struck down the law.", &[], false),
            ClaimType::Policy
        );
    }

    #[test]
    fn types_follow_cue_words_then_values() {
        let q = [ValueKind::Count];
        let d = [ValueKind::Date];
        assert_eq!(
            classify("The flood was the deadliest in 50 years.", &d, false),
            ClaimType::Comparison
        );
        assert_eq!(
            classify("The fire was caused by a faulty cable.", &[], false),
            ClaimType::Causal
        );
        assert_eq!(
            classify("Flights were cancelled due to the storm.", &[], false),
            ClaimType::Causal
        );
        assert_eq!(
            classify("The crew is due to land on March 30.", &d, false),
            ClaimType::Prediction
        );
        assert_eq!(
            classify("The governor signed the bill on Monday.", &d, false),
            ClaimType::Policy
        );
        assert_eq!(
            classify("At least 12 people died.", &q, false),
            ClaimType::Quantity
        );
        // A share that compares, and one that only counts.
        let p = [ValueKind::Percent];
        assert_eq!(
            classify("Walkers had a 50% lower risk of early death.", &p, false),
            ClaimType::Comparison
        );
        assert_eq!(
            classify("Prices rose 5 percent more slowly.", &p, false),
            ClaimType::Comparison
        );
        assert_eq!(
            classify("Turnout was 62% in the city.", &p, false),
            ClaimType::Quantity
        );
        assert_eq!(
            classify("Gas cost $3.52, down 18 cents from a month ago.", &p, false),
            ClaimType::Comparison
        );
        assert_eq!(
            classify("Shares closed at $48, up 22%.", &p, false),
            ClaimType::Quantity
        );
        assert_eq!(
            classify("She stepped down from the board in 2019.", &d, false),
            ClaimType::Time
        );
        assert_eq!(
            classify(
                "He died Saturday of complications from pneumonia.",
                &[],
                false
            ),
            ClaimType::Causal
        );
        assert_eq!(
            classify("She was born in Leeds in 1950.", &d, false),
            ClaimType::Time
        );
        assert_eq!(
            classify("Ann Lee said: “The team played well.”", &[], true),
            ClaimType::Quote
        );
        assert_eq!(
            classify("The team played in Leeds.", &[], false),
            ClaimType::Other
        );
        // A superlative beyond the listed ones; "the latest" and "the interest" are none.
        assert_eq!(
            classify(
                "The quake was the strongest to hit the region since 2010.",
                &d,
                false
            ),
            ClaimType::Comparison
        );
        assert_eq!(
            classify("The firm posted its weakest sales in May.", &d, false),
            ClaimType::Comparison
        );
        assert_eq!(
            classify("The latest data came out in May.", &d, false),
            ClaimType::Time
        );
        assert_eq!(
            classify("The interest rate was 5%.", &q, false),
            ClaimType::Quantity
        );
    }

    #[test]
    fn ordinals_are_quantities_only_as_words_of_their_own() {
        for s in [
            "She won a fourth term.",
            "She won a Fourth term.",
            "It was her 22nd win.",
            "The 3rd-place team went home.",
            "They finished 1ST.",
            "It was the 2021th try.",
            "“4th” was the word.",
        ] {
            assert_eq!(classify(s, &[], false), ClaimType::Quantity, "{s}");
        }
        for s in [
            "She spoke fourthly.",
            "The code A22nd was used.",
            "The code 22ndx was used.",
            "The code A1st was used.",
            "The code x22nd was used.",
            "He ran it in 48.9 seconds.",
        ] {
            assert_eq!(classify(s, &[], false), ClaimType::Other, "{s}");
        }
    }

    #[test]
    fn due_to_is_a_cause_unless_a_verb_of_being_comes_before() {
        assert_eq!(
            classify("Schools closed due to snow.", &[], false),
            ClaimType::Causal
        );
        // "is due to" is a plan.
        assert_eq!(
            classify("The report is due to the mayor.", &[], false),
            ClaimType::Prediction
        );
        assert_eq!(
            classify("The report was   due to the mayor.", &[], false),
            ClaimType::Other
        );
    }

    /// "sees U.S. growth of 1.5%", "now projects global growth of 2.8%": a figure of a change
    /// seen or projected ahead is a forecast; "infrastructure projects of $5 billion" and "sees a
    /// rate of 40 patients" are none.
    #[test]
    fn growth_seen_or_projected_is_a_forecast() {
        for t in [
            "Goldman Sachs sees U.S. growth of 1.5% in 2026.",
            "The IMF now projects global growth of 2.8% this year.",
        ] {
            assert_eq!(classify(t, &[], false), ClaimType::Prediction, "{t}");
        }
        for t in [
            "The city approved infrastructure projects of $5 billion.",
            "The clinic sees a rate of 40 patients a day.",
        ] {
            assert_ne!(classify(t, &[], false), ClaimType::Prediction, "{t}");
        }
    }

    /// "tariffs had raised costs for 60% of members": a policy that raised something is the
    /// cause of it; "the county raised property taxes" is the county's decision.
    #[test]
    fn a_policy_that_raised_something_is_a_cause() {
        assert_eq!(
            classify(
                "Jay Timmons said tariffs had raised costs for 60% of members.",
                &[],
                false
            ),
            ClaimType::Causal
        );
        assert_ne!(
            classify("The county raised property taxes in May.", &[], false),
            ClaimType::Causal
        );
    }
}
