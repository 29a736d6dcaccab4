//! Pass one of the claim stage: what each sentence is on its own, read before the sentences are
//! taken in order.
//!
//! Everything here is a pure function of the sentence, its values and the text around it, never
//! of what the sentences before it said (the people named, the quote that runs on, the facts
//! already listed): that is pass two, `find`'s loop. So pass one can run ahead of pass two on
//! another core, a batch of sentences at a time (`find_on`), and its results are the same
//! whichever thread computed them.

use super::{
    MAX_WORDS_TO_DECOMPOSE, capitalised_inside, coref, courtesy_title_before, date_rewordings,
    decompose, mostly_words, names_into, noise, opens_a_quote_run, push_word_spans, restate,
    subject, subject_of, words, words_up_to_listed,
};
use crate::extract::score::{Fired, Known};
use crate::extract::{RawValue, ValueKind};
use std::ops::Range;

/// Sentences prepared at a time: a batch is handed from pass one to pass two whole.
pub(super) const BATCH: usize = 64;

/// One sentence as pass one reads it. Its vectors are kept from batch to batch (refilled, not
/// allocated again).
#[derive(Debug, Default)]
pub(super) struct Prepared<'t> {
    /// The sentence's words (`push_word_spans`) and their bits (`words::classify`).
    pub words: Vec<(usize, &'t str)>,
    pub classes: Vec<u32>,
    /// Its names (`names_into`), without those of a dateline that opens it.
    pub names: Vec<(usize, &'t str)>,
    /// Where the statement starts after a dateline (`noise::dateline_end`; 0 for none).
    pub dateline: usize,
    /// The first name is a lone capitalised word in the plural that opens the statement
    /// ("Lawmakers have", "Floods killed"): a common noun, unless the article named a person
    /// of that surname before, which only pass two knows.
    pub plural_lead: bool,
    /// The sentence's words counted up to 16 (`words_up_to_listed`).
    pub words16: usize,
    /// `mostly_words` and `opens_a_quote_run` of the sentence.
    pub mostly_words: bool,
    pub opens_quote_run: bool,
    /// Read ahead of pass two: `noise`, and `ready` for a sentence that may make claims.
    pub ahead: bool,
    /// `noise::is_noise_counted` of a sentence that is mostly words.
    pub noise: bool,
    /// `scored`, `known`, `holes` and `clauses` are read (else they are left as they were, for
    /// pass two to read when it wants them).
    pub ready: bool,
    /// The first "he", "his", "him", "she", "her" or "hers": where, which of "he" and "she",
    /// and whether no quotation mark stands before it.
    pub pronoun: Option<(usize, &'static str, bool)>,
    /// The sentence scored whole with its values' kinds, and its words as the score read them.
    pub scored: (f64, Fired),
    pub known: Known,
    /// Caption marks ("(pictured)", "second from right") inside the sentence.
    pub holes: Vec<Range<usize>>,
    /// Its clauses after the dateline (`decompose::clauses`), read with `names` less the
    /// plural lead when there is one; empty for a sentence too long to take apart.
    pub clauses: Vec<Range<usize>>,
    /// The sentence has a "he", "she", "his" or "her" (also "him", "hers"): the only words for
    /// which the decomposition and the subject ask whom the article is about
    /// (`decompose::Words::person`, `subject_of`'s last person), which pass two alone knows.
    pub personal: bool,
    /// Each clause's atoms (`decompose::split`), read alike, when the sentence is not
    /// `personal`. Empty otherwise.
    pub atoms: Vec<Option<Vec<decompose::Atom>>>,
    /// The sentence's subject (`subject_of` the whole sentence), read with `names` less the
    /// plural lead, when the sentence is not `personal`.
    pub subject: Option<String>,
    /// What the sentence names at its head (`coref::Heads`), for pass two's window.
    pub heads: Option<coref::Heads<'t>>,
    /// What the words around each name say of its being a company's (`restate::company_cues`),
    /// read with `names` less the plural lead, when read `ahead`.
    pub company_cues: Vec<restate::CompanyCues>,
    /// The sentence's relative dates made absolute (`date_rewordings`), read with `ready`.
    pub dates: Option<Vec<(Range<usize>, String)>>,
    /// Its names of one word after a courtesy title ("Dr. Adler", "Ms. Okafor"): surnames.
    pub courtesy: Vec<&'t str>,
}

/// A batch of prepared sentences: those from `start` on.
#[derive(Debug, Default)]
pub(super) struct Batch<'t> {
    pub start: usize,
    pub len: usize,
    pub items: Vec<Prepared<'t>>,
    kinds: Vec<ValueKind>,
}

impl<'t> Batch<'t> {
    /// Refill the batch with the sentences `range` of `sentences`; `values` are the text's,
    /// tagged with their sentence and in order. `ahead`: pass one runs on a thread of its own
    /// (see `Prepared::ready`).
    pub fn prepare(
        &mut self,
        text: &'t str,
        sentences: &[Range<usize>],
        values: &[(usize, RawValue)],
        range: Range<usize>,
        ahead: bool,
    ) {
        self.start = range.start;
        self.len = range.len();
        if self.items.len() < self.len {
            self.items.resize_with(self.len, Prepared::default);
        }
        let mut v = values.partition_point(|(i, _)| *i < range.start);
        for (k, i) in range.enumerate() {
            let from = v;
            while v < values.len() && values[v].0 == i {
                v += 1;
            }
            self.kinds.clear();
            self.kinds
                .extend(values[from..v].iter().map(|(_, x)| x.kind));
            self.items[k].prepare(
                text,
                sentences[i].clone(),
                &values[from..v],
                &self.kinds,
                ahead,
            );
        }
    }

    /// The prepared sentence `i` (of the text's), which the batch holds.
    pub fn get(&mut self, i: usize) -> &mut Prepared<'t> {
        &mut self.items[i - self.start]
    }

    /// One past the last sentence the batch holds.
    pub fn end(&self) -> usize {
        self.start + self.len
    }
}

impl<'t> Prepared<'t> {
    /// Read sentence `s` of `text`, whose values are of `kinds` (`valued`: it has some), all of
    /// it when pass one runs `ahead` of pass two.
    fn prepare(
        &mut self,
        text: &'t str,
        s: Range<usize>,
        values: &[(usize, RawValue)],
        kinds: &[ValueKind],
        ahead: bool,
    ) {
        let sentence = &text[s.clone()];
        let valued = !values.is_empty();
        self.words.clear();
        push_word_spans(sentence, &mut self.words);
        words::classify(&self.words, &mut self.classes);
        self.names.clear();
        names_into(sentence, &self.words, &mut self.names);
        self.dateline = noise::dateline_end(sentence);
        // A dateline's place and agency ("DES MOINES, Iowa (AP) —") are no one the story speaks
        // of: never a company, a speaker, or what "the company" means.
        // "Houston — Temperatures reached": a place of one word there may be no name found.
        let after_dateline = self.dateline > 0;
        if after_dateline {
            let d = self.dateline;
            self.names.retain(|&(at, _)| at >= d);
        }
        self.courtesy.clear();
        self.courtesy.extend(
            self.names
                .iter()
                .filter(|&&(at, name)| {
                    !name.contains(' ') && courtesy_title_before(&sentence[..at])
                })
                .map(|&(_, name)| name),
        );
        // The word that opens the statement: the first, or the first after a dateline
        // ("HOUSTON — Temperatures reached").
        let lead = if after_dateline {
            self.words.iter().position(|&(at, _)| at == self.dateline)
        } else {
            Some(0)
        };
        let words = &self.words;
        self.plural_lead = if let (Some(&(at, n)), Some(k)) = (self.names.first(), lead) {
            words.get(k).is_some_and(|&(first, _)| at == first)
                && !n.contains(' ')
                && n.ends_with('s')
                && !n.ends_with("ss")
                // "Moody's said": a name with its own "'s" (`subject::names_into`) is no plural.
                && !n.ends_with("'s")
                && !n.ends_with("’s")
                && n.chars().skip(1).any(char::is_lowercase)
                && !sentence[at + n.len()..].starts_with(',')
                // "Nimbus is a startup": a singular verb right after it makes it a name, unless
                // the word is a singular noun of a field ("Politics is", "Economics has").
                && (n.ends_with("ics")
                    || !words
                        .get(k + 1)
                        .is_some_and(|&(_, w)| matches!(w, "is" | "was" | "has" | "does" | "says")))
                // "Nimbus raised", "Corvus said": no plural ends in "-us" ("Various" is no name).
                && (!n.ends_with("us") || n.ends_with("ous"))
                // "Reuters reported", "Talmers lost": before a verb of the past other than
                // "said", a word the article writes with a capital after a lowercase word ("told
                // Reuters", "shares of Talmers", "(Reuters)") is a name.
                // So is one of no common plural's shape before any verb ("Israel and Hamas
                // agreed …. Hamas will free").
                && !((words.get(k + 1).is_some_and(|&(_, w)| {
                    w != "said" && decompose::is_participle(w)
                }) || !subject::plural_common_noun(n))
                    && capitalised_inside(text, s.clone(), n))
                // "Leeds won 3-1", "Wolves beat Everton 2-0": a side before its result is a
                // name, whatever its shape.
                && !words.get(k + 1).is_some_and(|&(wat, w)| {
                    decompose::is_participle(w)
                        && subject::score_after(&sentence[(wat + w.len()).min(sentence.len())..])
                })
                // "Jefferies cut its rating", "Walgreens raised its dividend": a verb with "its"
                // right after it tells of the head's own thing, so the head is one body, a name.
                && !(words.get(k + 2).is_some_and(|&(_, w)| w == "its")
                    && words
                        .get(k + 1)
                        .is_some_and(|&(_, w)| w.bytes().all(|b| b.is_ascii_lowercase())))
                // "Barclays said", "Siemens says": before a verb of speech, a plural of no
                // common noun's shape is a name ("Analysts said", "Officials said" are not).
                && (self
                    .classes
                    .get(k + 1)
                    .is_none_or(|&c| c & words::SPEECH == 0)
                    || subject::plural_common_noun(n))
        } else {
            false
        };
        self.pronoun = self.words.iter().find_map(|&(at, w)| {
            // Most words are not "he", "his", "him", "she", "her", "hers": one byte tells.
            if w.len() > 4 || !matches!(w.as_bytes()[0], b'h' | b'H' | b's' | b'S') {
                return None;
            }
            let g = if one_of!(&["he", "his", "him"], w) {
                "he"
            } else if one_of!(&["she", "her", "hers"], w) {
                "she"
            } else {
                return None;
            };
            Some((
                at,
                g,
                !sentence[..at].contains(super::claimant::is_quote_mark),
            ))
        });
        self.words16 = words_up_to_listed(sentence, &self.words, 16);
        self.mostly_words = mostly_words(sentence);
        self.opens_quote_run = opens_a_quote_run(sentence);
        self.clauses.clear();
        self.atoms.clear();
        self.subject = None;
        // The rest only ahead of pass two: on one thread pass two reads it when it wants it (not
        // for a repeated sentence, a headline, a caption).
        self.ahead = ahead;
        self.ready = false;
        self.dates = None;
        if !ahead {
            self.heads = None;
            return;
        }
        self.heads = Some(coref::Heads::of(sentence));
        self.personal = self.words.iter().any(|&(_, w)| {
            // A word of letters at both ends (most) is as it stands: no characters decoded.
            let b = w.as_bytes();
            let w = if b.first().is_some_and(u8::is_ascii_alphanumeric)
                && b.last().is_some_and(u8::is_ascii_alphanumeric)
            {
                w
            } else {
                w.trim_matches(|c: char| !c.is_alphanumeric())
            };
            one_of!(&["he", "she", "his", "her", "him", "hers"], w)
        });
        let lead_kept = if self.plural_lead {
            Some(self.names.remove(0))
        } else {
            None
        };
        restate::company_cues(sentence, &self.names, &mut self.company_cues);
        if !self.personal {
            self.subject = subject_of(
                sentence,
                0..sentence.len(),
                &self.names,
                &self.words,
                &self.classes,
                None,
            );
        }
        self.read_whole(sentence, valued, kinds);
        if self.ready {
            self.dates = Some(date_rewordings(sentence, s.start, values));
        }
        if let Some(first) = lead_kept {
            self.names.insert(0, first);
        }
    }

    /// What pass one reads of a sentence that may make claims, with `names` less the plural lead.
    fn read_whole(&mut self, sentence: &str, valued: bool, kinds: &[ValueKind]) {
        // Asked only of a sentence that is mostly words (`find` asks no other).
        self.noise =
            self.mostly_words && noise::is_noise_counted(sentence, self.words16, &self.words);
        // Only for a sentence that may make claims (`wordy` in `find`): three words at least, or
        // two and a value, mostly words, no noise.
        let few = self.words16.min(3);
        self.ready = self.mostly_words && !self.noise && (few >= 3 || (valued && few >= 2));
        if !self.ready {
            return;
        }
        self.scored = crate::extract::score::score_keeping(sentence, kinds, &mut self.known);
        self.holes = noise::caption_marks(sentence);
        if self.words.len() <= MAX_WORDS_TO_DECOMPOSE {
            let ctx = decompose::Words {
                text: sentence,
                words: &self.words,
                names: &self.names,
                person: None,
                classes: &self.classes,
            };
            self.clauses = decompose::clauses(&ctx, self.dateline..sentence.len(), false);
            if !self.personal {
                self.atoms.extend(
                    self.clauses
                        .iter()
                        .map(|c| Some(decompose::split(&ctx, c.clone()))),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lone capitalised word in the plural that opens a sentence is left for pass two to
    /// decide, which alone knows the surnames named before; the sentence is read ahead whole.
    #[test]
    fn a_name_in_the_plural_s_shape_before_a_verb_of_speech_is_no_plural_lead() {
        let lead = |text: &str| {
            let spans = crate::extract::sentences::split(text);
            let mut batch = Batch::default();
            batch.prepare(text, &spans, &[], 0..spans.len(), false);
            batch.get(0).plural_lead
        };
        assert!(!lead("Barclays said profit rose 4% in the first quarter."));
        assert!(!lead("Siemens says orders fell 3% in May."));
        assert!(!lead("Lloyds announced it would cut 1,600 jobs."));
        // Common nouns of people and papers, and a plural before no verb of speech.
        assert!(lead("Analysts said profit rose 4% in the first quarter."));
        assert!(lead("Economists said inflation would fall to 2%."));
        assert!(lead("Witnesses told police 12 people were hurt."));
        assert!(lead("Reports said the minister resigned."));
        assert!(lead("Floods killed 40 people in May."));
        // "its" right after the verb: the head's own thing, so the head is one body.
        assert!(!lead(
            "Jefferies cut its rating on Corvane to hold from buy."
        ));
        assert!(!lead("Walgreens raised its dividend by 5%."));
        assert!(lead("Analysts raised their forecasts for Corvane."));
    }

    #[test]
    fn a_plural_lead_is_marked_and_the_sentence_read_ahead() {
        let text = "Lawmakers have approved a budget of $5 billion and she signed it. Ok. Governor \
            Tom Briggs signed the budget on Friday.";
        let spans = crate::extract::sentences::split(text);
        let mut batch = Batch::default();
        batch.prepare(text, &spans, &[], 0..spans.len(), true);
        let first = batch.get(0);
        assert!(first.plural_lead);
        assert!(first.ready && first.ahead);
        assert_eq!(first.pronoun.map(|(_, g, _)| g), Some("she"));
        assert!(!first.clauses.is_empty());
        // "she": whom it means only pass two knows, so neither atoms nor a subject are read.
        assert!(first.personal && first.atoms.is_empty() && first.subject.is_none());
        let third = batch.get(2);
        assert!(third.ready && !third.personal);
        assert_eq!(third.atoms.len(), third.clauses.len());
        assert!(third.atoms.iter().all(Option::is_some));
        assert!(third.subject.is_some());
        // Too short to make a claim: not read ahead.
        assert!(!batch.get(1).ready);
        // On one thread nothing is read ahead.
        batch.prepare(text, &spans, &[], 0..spans.len(), false);
        assert!(!batch.get(0).ready && !batch.get(0).ahead);
    }
}
