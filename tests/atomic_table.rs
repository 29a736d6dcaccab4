//! The atomic-claims table (`fixtures/atomic-table.jsonl`): hand-written news text with the atomic
//! claims a reviewer should be offered, scored against `claimdesk::extract::extract`.
//!
//! One JSON object per line:
//!
//! ```text
//! {"id": "sport-03", "genre": "sport", "published": "2024-05-12" | null,
//!  "text": "...",
//!  "claims": [ {"parts": ["verbatim piece", "another verbatim piece"],
//!               "subject": "Full Name" | null,
//!               "claimant": {"name": "Mayor Linda Park", "kind": "person"} | null,
//!               "type": "quantity"|"time"|"comparison"|"causal"|"prediction"|"quote"|"policy"|"other",
//!               "mentions": ["words the standalone text must contain", "May 7|2024-05-07"],
//!               "appearances": 2 } ],
//!  "not_claims": ["verbatim text that must not be (part of) any claim"]}
//! ```
//!
//! `appearances` is optional (default 1); a `claimant` of null means the article itself; a
//! mention may offer alternatives separated by `|` (any one will do).
//!
//! How a case is scored:
//! - An expected claim is *found* by an extracted claim whose parts cover every expected piece
//!   (each piece, trimmed of spaces and punctuation at its ends, at one of the places it occurs in
//!   the text, has every non-space character inside the union of the claim's parts) and whose parts
//!   hold at most max(4, 30% of them, rounded up) more words than the expected pieces together
//!   (atomicity). Each extracted claim finds at most one expected claim (a maximum matching, which
//!   first pairs claims that pass, then claims that are only found).
//! - A found claim *passes* when its subject (case-insensitive, exact, or both empty), claimant
//!   (name case-insensitive, and kind), type, mentions (case-insensitive substrings of the claim's
//!   standalone `text`) and number of appearances all agree. The table writes names in full without
//!   a title; an extracted name agrees when it is that name, case-insensitive, after dropping a
//!   leading "the", or ends with it after words in front ("Mayor Linda Park" for "Linda Park"), so
//!   the table measures whether the right entity is named in full, not a house style for titles.
//! - A case passes when every expected claim passes, no `not_claims` text has a letter or digit
//!   inside any claim's parts, and no extra claim (one that finds no expected claim) is extracted.
//!
//! `cargo test --test atomic_table -- --nocapture` prints the breakdown and the first misses
//! (`ATOMIC_MISSES=N` shows N of them). The test asserts that the table is well formed and that the
//! share and the number of passing cases do not fall below the floors last measured.

use chrono::NaiveDate;
use claimdesk::extract::{Claim, ClaimType, ClaimantKind, extract};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

/// Share of cases that pass, last measured (695 of 828 with a possessive's "s" no word of a speaker's phrase ("British Prime Minister Keir Starmer's office said": five words before the noun, not six), 1 case added, passing; 694 of 827 with misses41 merged on claims41 and the lead's l41, all 6 of its cases passing; 688 of 821 with claims41 merged on the lead's l41, all 10 of its cases and all 8 of the lead's passing, obituaries-c21-01 and technology-c22-1 passing; 677 of 811 with "the" and a noun that is no title before a name ("The officer, Jason Reilly,") no claim that the name is it, 1 case added, passing, and technology-c22-1 passing; 675 of 810 with the lead's l41: irregular pasts ("burst", "upheld", "rode") verbs, so "The river burst its banks and flooded 400 homes" is two facts and a tag after it is read; "Majed al-Ansari" one name; a bracketed acronym ("the Office for National Statistics (ONS) said") the end of the speaker's name; "according to the Gaza health ministry", "the territory's civil defence agency", "the Paris police" the body, not the place; "Separately," and "Moreover," linking words dropped; a word in "-s" the article writes with a capital inside a sentence ("Israel and Hamas") a name at the head and after a tag, 7 cases added, all passing; 679 of 813 with claims41's third part: "the first" right after a comma with "since", "on record" or "ever" in its phrase (", the first increase since 2016") a comparison, `kind::first_since`, c41-08 passing; 678 of 813 with claims41's second part: "named him ambassador to Canada in 1989, a post he held until 1993" the post's "he" the one named to it, "would stop", "would let", "would allow", "would prevent" and their like an effect foreseen, a prediction (`kind::WOULD_EFFECTS`), 1 case added, passing, and c41-05 passing; 676 of 812 with claims41: a relative or associate named right after the relation, without commas ("…, his son Peter told the paper", "her longtime friend Tom Hale said") the speaker, the tag no part of the words; "Lawyers for a group of parents who sued said", "An attorney for the hospital said" the lawyers as named, a person; "the team", "the study" after researchers spoke the researchers, no organisation named as an owner; words said after the time of their saying ("said on Thursday it would invest … and hire …, mostly …") a clause, no leading phrase, so the modal's two verbs are two claims ("would try and get" one); a trailing comparison worded with its predicate's values reworded ("on Monday" absolute), 9 cases added, 7 passing (c41-05 failing on the type of "would stop hundreds of evictions", read as a policy, c41-08 on the type of "the first increase since 2016", read as a time), and obituaries-c21-01 passing; 674 of 809 with misses41's fourth part: an event set to come after a tag put first ("According to Chief Executive Jensen Huang, Nvidia will open …", the wording of "…, Chief Executive Jensen Huang said.") read by `commitment` in the words said, 1 case added, passing; 673 of 808 with misses41's third part: a thing expected, scheduled, set or due to open, close, start or be completed, with a date ("The plant is expected to open in 2026", "The new bridge is scheduled to be completed by December 2026"), kept below the threshold as a dated prediction (`dated_expectation`), 1 case added, passing; 672 of 807 with misses41's second part: "The council", "the board" only a body named with the noun ("the Oakdale City Council"), never a club or a company the story was about (Manchester City is no council), and "The stock", "The shares" at the head after a company's shares were named ("Shares of Micron Technology rose") that company's, worded "Micron Technology's stock", until another organisation, subject or the stock market is named, 2 cases added, both passing; 670 of 805 with misses41: a date without its year after a schedule stated in the present simple ("The new rates take effect on Jan. 1", "expires on Feb. 15", "are due on") the coming one, "took effect" this year's, and a vote's tally ("voted 4-1", "a 6-3 ruling") no two numbers, 2 cases added, both passing; 668 of 803 with misses40 merged on claims40 and the lead's l40, all 9 of its cases passing; 659 of 794 with claims40 merged on the lead's l40, all 9 of its cases and all 6 of the lead's passing, and c27-16 passing; 649 of 785 with the lead's l40's fourth part: a participle's phrase between a speaker and the verb ("The minister, speaking to reporters, said", "Hagan, asked about it, told") skipped as a relative clause is, the speaker who speaks or is asked a person, and a listener before a noun in lower case and its verb ("told reporters prices would fall") no part of the words said, 2 cases added, both passing; 647 of 783 with the lead's l40's third part: a weekday after a body's title and "on" ("The Supreme Court on Thursday struck down") made absolute, a paper's name ("The Mail on Sunday") left to the values module, which reads no date there, 1 case added, passing; 646 of 782 with the lead's l40's second part: a word in "-ing" with a finite verb right after it a noun that opens a clause (", while manufacturing shrank 1.0%"), 1 case added, passing; 645 of 781 with the lead's l40: a verb after a quotation closes (",\" said Dales") opens no clause inside it, so "but not surprising" or "but not in June" is no clause of its own, 2 cases added, both passing; 653 of 788 with claims40's third part: "Its president, Marie Dubois," worded "Marie Dubois is the president of the Canadian Steel Producers Association" (an organisation's role after "its" named, never "its"), a policy's plural noun that "raised" something ("tariffs had raised costs") a cause, 1 case added, passing; 652 of 787 with claims40's second part: a name of plain words "the" opens ("the Federal Reserve") no person's, its one word after "the" ("The Reserve said", "The Association said") the organisation named before that has it, `Entities::org_by_word`, "the bank" after a business the last sentence was about that business before a bank named earlier whose name has the noun, 3 cases added, all passing; 649 of 784 with claims40: a lone name that opens a sentence ("Barclays cut its forecast for British growth") what "the bank" of the next means though a people's adjective or a country stands beside it, a name before "sees", "projects", "forecasts", "estimates" and a figure ("Goldman Sachs now sees U.S. growth of 1.5%") the claimant of its view, a figure of growth "seen" or "projected" ahead a prediction, "local media", "state media", "state television" that report a tag put last, 5 cases added, all passing, and c27-16 passing; 652 of 788 with "plan" after a determiner ("released its plan in May", "her housing plan") a noun and no cue of the future, what a plan is to do ("a plan to open stores in March") still to come, 1 case added, passing; 651 of 787 with given names common outside the English-speaking world ("Bruno", "Diogo", "Mohamed", "Carlos") a person's, so "Diogo Dalot scored …. The club said" is no plain name of a club but the side named before, 1 case added, passing; 650 of 786 with "news" a word of a trade ("The news agency said she …" after "Reuters said its reporter …" Reuters, and the reporter the one "she" means), 2 cases added, both passing; 648 of 784 with misses40: an object "it" right after a deed done to a document or a decision ("The legislature had passed it", "would appeal it") the one bill, law, plan, budget, verdict or ruling named before, in its sentence or the last ("the budget bill", "the $4 million plan"), and a sentence that opens with "she" or "he" no doer of its first name, so "founded the Southern Legal Aid Center … and led it" the center, 5 cases added, all passing; 643 of 779 with claims39 merged on misses39, all 17 of their cases passing, m39-06 too now that a weekday expected in the narrator's past ("was expected to weaken on Sunday") is the one nearest publication, before or after, not always the one before; 635 of 772 with claims39: "The bank now expects" after "Analysts at Barclays" the bank whose analysts spoke ("now", "still", "currently", "already" no part of a speaker's name; a house that employs analysts a business), "Communications Workers of America" one name, "La Liga", "Le Monde", "Der Spiegel" organisations, a news outlet that reports ("…, the news agency WAFA reported") no army, ministry or police of the story, a body named after the outlet what "the agency" means, "would create", "would cost", "would hurt" and other outcomes a prediction (politics-subject-1 now expecting one, as politics-05 does), "according to research firm Canalys" the firm, "the Philippine coast guard" a body, a name an organisation's noun describes in a tag put last an organisation, "the central bank" a central bank named before, 10 cases added, all passing, and local-c23-1 passing; 631 of 769 with misses39's second part: a passive with a place or a state after it ("It was downgraded to a tropical storm", "It was felt in Lima") an "it" that stands for the thing named before, "An earthquake of magnitude 6.4 hit" a thing at the head, a governing body known by its kind ("The legislature") no thing "it" means, 1 case added, passing; 630 of 768 with misses39: "it" in a paragraph that named a storm or a thing that thing, never an organisation of an earlier paragraph, and a storm's name alone ("Kalmaegi hit the country") the storm and the subject; "It was followed by aftershocks" (a passive with its "by") the thing named before ("A magnitude 6.1 earthquake"); a weekday after "was expected to" or "was scheduled for" with no verb of saying in the sentence the one before publication; a time that leads a tag without a comma ("In 2003 she testified that") kept, and when words were said no time that types them; an object "him" or "her" that ends its clause or comes before a time ("voted against her", "convicted him in March") the one person of its gender; "the national seismology center" an organisation, 6 cases added, 5 passing (m39-06 failing on "was expected to weaken on Sunday" after a forecast for Saturday read as the Sunday before), and c38-04 passing; 624 of 762 with misses38 merged on claims38 and the lead's round 38, all 8 of its cases passing (a wish's object of two words before its participle, "wants the strike vote held on June 24", read as claims38's rule with one word more) and l36-03 passing; 615 of 754 with claims38 merged on the lead's round 38, 7 of its 8 cases passing (c38-04 failing on "In 2003" dropped before "she testified that"), all 7 of the lead's; 608 of 746 with a party's members, lawmakers, critics, residents and their like speakers at the head ("Republicans said", "Democratic lawmakers said", "Critics say") and a count of people named by a capitalised noun plural in its appositive ("Two Republicans are …"), 2 cases added, both passing; 606 of 744 with the lead's round 38: "the storm", "the typhoon" the storm named before ("Typhoon Kalmaegi … The storm made landfall") and its name alone ("Kalmaegi is the 20th storm") the same thing, what "it" means next, "according to the provincial disaster office" an office described by words in lower case, "a study published Wednesday in The Lancet" the journal with its day between, a journal no person, "The England winger" the player named before (winger, captain and other positions people's nouns), a long word list's capitalised words ("Swede", "MPs", "CEO") matched as a short list's are, 5 cases added, all passing; 608 of 747 with claims38's second part: "the company" after an officer's title ("Ford Chief Executive Jim Farley said the company …") the officer's business (employer_of), 1 case added, passing; 607 of 746 with claims38: "the union", "the league", "the federation" only a body named or known as one (not Apple, not a club: "the highest in the league"), a source cited for figures ("according to Deloitte", "data from LSEG", "…, IDC estimated") no company "the company" means and "the consultancy" it, a view held before a tag put last ("The company expects …, Chief Executive Tim Cook said") the tag's speaker's, "Their association" after "Matatu owners protested" the owners' association, "the SIPTU trade union" and "United Auto Workers" unions, a name that has members a body of members, a participle after a wish's object ("wants the vote held on June 20") still to come, 7 cases added, 6 passing (c38-04 failing on "In 2003" dropped before "she testified that"); 610 of 747 with an organisation's name whose last word is a plural in "-s", put for a role ("the union's president"), taking the apostrophe alone ("the Union of Bus Drivers' president"), 1 case added, passing; 609 of 746 with a tag put last whose speaker is described with its article before the name ("…, the state news agency IRNA said", "…, the research firm Sensor Tower said") a tag, 1 case added, passing; 608 of 745 with misses38: a public body a people's adjective or a place names ("The Kenyan government", "The Ohio legislature") the subject as written, "they" after ", saying" the main verb's plural object when the subject is one, a body the speaker of its ", saying", "60,000 minibus owners" counted whole, "wants the vote held on June 20" the coming date, a "she" or "he" opening a quote the person the window holds when not the speaker (courts-27, obituaries-22 and local-r20-01 now expecting those subjects), 6 cases added, all passing, and l36-03 passing; 601 of 739 with claims37's second part: a tag put last whose business's or side's noun ("the club", "the drugstore chain") finds no organisation named before the name at the head of the sentence ("Brentford paid …, the club said"), "the iPhone maker", "the smartphone maker" a maker, "chain" a business's noun, 2 cases added, both passing, and c37-02 passing; 598 of 737 with claims37: a lone first word before a verb with no "-ed" and "its" after it ("Jefferies cut its rating", "Corvane cut its forecast") a name that acts, even in "-s", 2 cases added, 1 passing (c37-02 failing on its claimant "the drugstore chain"), and c36-04 passing; 596 of 735 with claims36 merged on misses36 and the lead's round 36, 11 of its 12 cases passing (c36-04 failing on its subject); 585 of 723 with misses36 merged on the lead's round 36, all 7 of its cases passing; 574 of 716 with a verb of speech after "but" ("has promised … but says") the subject's words, 1 case added, passing; 573 of 715 with the lead's round 36: a leading phrase that goes on over a state and a year ("Born in Duluth, Minn., on Feb. 3, 1938,"), "In 1938," no count before a name, "she" after a man spoke the last woman named, what someone who died was said in the past, "the geologist Paul Ellison" an appositive's name, "studied law" no policy, 5 cases added, 4 passing (l36-03 failing on the subject of a quote's "she"); 580 of 717 with misses36: a month, season or weekday a wish in the present governs ("have said they favour a cut in July", "calls for a strike in March") still to come, "IT", "AI", "EV" and their like before a noun a term and no name nor the pronoun "it", a field's measure ("IT spending rose, the firm said") no business's own affairs, "could" or "might" before a verb of effect a prediction whatever policy word is near ("tariffs could raise prices"), a thing that helped or hurt something a cause ("the tax credit helped families"), a wish for a dated thing a prediction, pounds borrowed or given with dollars beside them money, "planned for Saturday" worded without a second "on", 7 cases added, all passing, and m34-05, m35-05, m35-06, economy-c21-02 now passing; 580 of 722 with claims36's c36-12 expecting no subject for "The French league said it would review the case", as c34-09 does for "The German government said it would cut", now passing; 579 of 722 with claims36: a name of plain words read as a person's an organisation when its words open with "its" ("Banco Meridional said its profit rose") or the next sentence calls it "the club", "the bank" or goes on "It said"; "It said" after an organisation or a body (also "Norway's finance ministry") that organisation the claimant; an object "it" after a deed ("fined it $15 million") the one organisation acted on; "opened an investigation into the club's" a deed on the club; "the exchange", "the broker", "the watchdog" bodies, "the regulator", "the exchange", "the federation" never a name of unknown kind, "the French league" a nation's own; a country a claimant organisation; an analyst's rating action kept; "O'Connor", "D’Amato" one name, 12 cases added, 10 passing; 569 of 710 with claims35 and misses35 merged on the lead's balancing of the two cores (output byte-identical), 7 of misses35's 9 and all 10 of claims35's cases passing; 562 of 701 with claims35's second part: a body named by a common noun that spoke ("The Biden administration said …", "…, the national weather service said") what "It said" next means, and what "it" means when nothing else can be, 1 case added, passing; 561 of 700 with claims35: an organisation that acts on "the club" or "the company" ("UEFA fined the club", "Goldman Sachs raised its price target on the company") never what the noun means, the club acted on what the sentence was about, a body that governs or judges ("Football Association", "the FA" by its initials) no club, "accused the company of misleading" and "banned the club from selling" the entity, a thing named with "a" ("A wildfire north of Los Angeles") what "it" means, worded "The wildfire", a lone name that acts before "he" ("Smith scored …, but he", "Davis scored") a person, the person at the head before "but he" the one meant, a speaker's "he" no other person's by a known gender, 9 cases added, all passing; 559 of 700 with misses35: ", and" or ", while" after reported words that run up to it the speaker's words too ("said inflation had fallen to 3%, and unemployment rose to 5%"), names listed before a speaker ("Maria Lopez and John Hale said", "Two Fed governors, Christopher Waller and Michelle Bowman, have said") one claimant and a count with its names one subject, a result after "scored twice as" a clause of its own, a game's score no value (and still a quantity), a common word behind a tag worded first in lower case, "She has said … but has also warned" worded by name, "IT" a term and no pronoun, 9 cases added, 7 passing (m35-05 failing on the subject "IT", m35-06 on the type of "tariffs could raise prices"); 552 of 691 with misses34 merged on claims34 and the lead's round 34, 4 of its 5 cases passing (m34-05 failing on a type); 548 of 686 with claims34 merged on the lead's round 34, all 11 of its cases passing; 537 of 675 with a name after "and" a clause only when it acts ("hit by higher taxes and U.S. tariffs, official data showed" no clause), a passive's "by" kept with its participle ("were hit by higher taxes"), "and is expected to" after a past its own predicate, "and will" a clause of its own tense for a date before it, "is likely to" a prediction, 4 cases added, all passing; 533 of 671 with the lead's round 34: "Corvane shares fell" worded "Corvane said its shares fell" (not "it shares"), ", whose term ends in May 2026" after a name a claim of the name's own, a month a reported "could" is nearer than "said" to coming also later in the year, a verb in "-s" after "he" or "she" a predicate ("but she sees"), a figure "seen" ahead a prediction, 5 cases added, all passing; 539 of 677 with claims34's third part: words of a trade before a business's noun ("the research firm", "the iron ore miner") that noun, 1 case added, passing; 538 of 676 with claims34's second part: "The Italian government said" (a body a people's adjective names) no organisation named before, results reported only in the verb's own object ("posted a video about Tesla's sales" none), 2 cases added, both passing; 536 of 674 with claims34: a person described ("The Belarusian", "the 21-year-old American") the one named lately whose nationality or age the text gave and the description fits (none when two fit, none when the one named before is known not to), "Spaniard", "Swede" peoples' nouns, a plain name that reports results ("Rio Tinto reported a fall in profit") a company, "the club" no league, "Labor Department data showed" worded "according to Labor Department data", 8 cases added, all passing; 532 of 671 with misses34: a ship's or storm's name at the head the next "it" though a tag names an organisation ("The USS Gerald Ford arrived …, the Navy said. It carries"), a quantifier alone the plural things at the head before ("Many are expected to reopen" → "many of the schools"), "It was the fourth increase" the deed of the last subject ("The Federal Reserve's increase") and a rank in words counted, the speaker's auxiliary again after "but" the speaker's own deed ("has said … but has also promoted"), an office's order after "has also" a policy, 5 cases added, 4 passing, one failing on the type of "the tax credit helped families" (read as a policy); 528 of 666 with claims33 merged: "Electronics" a company's last word ("The South Korean company" after "LG Electronics"), "the miner" a business's role noun, a word that only describes figures ("Government data showed") owns none, 3 cases added, 2 passing, one failing on its subject; 526 of 663 with misses33 merged on the lead's modal and agreement rules; 521 of 659 with a modal and its verb after "and" a predicate of their own tense ("earned 2.55 million euros and will rise to No. 2"; "May" the month no modal) and a singular verb after a plural one no predicate of the plural subject, 2 cases added, both passing; 524 of 661 with misses33's second part: "it is the 20th storm", "it was the strongest typhoon" (a rank among things of a kind, not "the first time") an "it" that stands for something, and a name of several words at the head that is neither a person nor an organisation ("Artemis II", "Hurricane Milton": a storm or a ship by its first word is no person) what it means, 2 cases added, both passing; 522 of 659 with misses33: a fine imposed ("The court fined the firm $250,000", "was fined $5,000") a policy as an order to pay is, the three rows that typed a fine a quantity (technology-05, courts-c22-1, c32-08) now policy, 2 cases added, both passing, and c26-14 passing; 519 of 657 with claims32 merged on misses32 and the lead's round 32; 509 of 648 with misses32 merged on the lead's round 32; 503 of 641 with a "which" clause with a subject of its own ("The drug, which the FDA approved in 2021,") worded with the name after its verb ("The FDA approved the drug in 2021"), 2 cases added, both passing; 501 of 639 with the lead's round 32: a surname's two particles ("Ursula von der Leyen") a person's name, a region ("West Texas") no person whose last word another name stands for, a role of several words after a title ("Chief Financial Officer Amy Hood") left off the claimant, "Wall Street" no name the sentence is also about, a source of figures ("according to LSEG data") no company "the company" means, a name that reports results a company, "Shares of the company" about it, "forecast" an irregular past and a prediction when not after "had", an event set to come ("will close") listed below the threshold, 7 cases added, 6 passing, one failing on its type; 501 of 639 with misses32's age alone an aside on the first of two subjects ("John Reyes, 45, and his son were injured"), 1 case added, passing; 500 of 638 with misses32: ", and" closing an aside on the first of two subjects joins the subjects ("Lincoln Elementary, which opened in 1958, and Maple Grove Middle School will close"), a formal step still awaited ("It still needs Senate approval") kept below the score's threshold, 6 cases added, 5 passing; 505 of 641 with claims32's fourth part: "their" before a role in a body ("Dana Wells is their chief executive") the one organisation named before, as "it" is, 1 case added, passing; 504 of 640 with claims32's third part: an object "him" or "her" after a verb in the past, before "to", "with", "for", "of" or a figure ("The judge ordered him to pay", "The league fined her $2,000"), the one person of its gender named before, 2 cases added, both failing on their types only (a guilty plea read as a policy, a suspension as a quantity); 504 of 638 with claims32's second part: a dummy "it" before a name's thing ("It was Rivera's 12th goal", "It is Italy's second recession") about the name, 2 cases added, 1 passing, one failing on the type of "first loss since 2016"; 502 of 636 with claims32: a study's, report's or survey's publisher or author its claimant ("a report by the World Bank found", "a study published in the BMJ", "a survey by Gallup showed"), a document alone ("the report found", "official figures showed") none, "Sky Sports" a broadcaster, 4 cases added, all passing, science-p20-01 now expecting the journal as its row's source; 495 of 632 with "cast", "hurt", "slid", "spun", "sang" irregular pasts (l31-02 passing) and "reopens", "meet", "face" a scheduled present; 494 of 632 with misses31 merged; 476 of 615 with misses31's fourth part: "twice" a comparison only before what it doubles ("twice as many", "twice what"), "voted early", "voted in the primary" a turnout and no policy, 1 case added, passing; 474 of 614 with misses31's third part: a body's order or block with its day between ("The court on Monday ordered") a policy, 1 case added, passing; 472 of 613 with misses31's second part: "will" a few words before a day a week or more past next year's, a month a reported "could" is nearer than "said" to coming, 2 cases added, both passing, and "could go out as early as January" now passing; 469 of 611 with misses31 round 31: the end of a span ("through", "until") in a clause of the present or to come the next such date, a month after a scheduled present the coming one, "could", "might" (and "can" with a date) a prediction, "could not" no time to come, 4 cases added, all passing; 482 of 624 with claims31 merged on the lead's round 31, a place after a preposition before the verb ("A jury in Miami convicted") no people's word; 471 of 615 with the lead's round 31: a participle and its "by" after a comma the predicate's cause, "Opponents, led by" plural, ", when" after a time that time's clause, a relative clause on the subject no predicate, "and" after a colon with no verb joins subjects, "Delta also said" a name, "said" before a noun phrase words said, "estimate" a verb of speech, "according to the state treasurer's office" the office, "they" after things at the head those things, a name joined to a name that is no subject none either, a judge's three-word name whole, "Mr." dropped before the full name, "fuel bill" and "law degree" no law, "of 8% to 12%" a range, 8 cases added, 6 passing; 474 of 616 with claims31's second part: the words a name said in ", who said …" keep their own clause (the sentence's "his" no longer the speaker's), 1 case added, passing, and l30-11 passing; 472 of 615 with claims31 round 31: a name that signs a player or sacks a manager a club ("Inter Milan signed defender …"), "the side" the club, "the museum" and "the gallery" the institution named before, "St. Mary's Hospital" one name, a surname's particle in a person's name ("Laurence des Cars"), a verb in the present after a nationality alone ("The Serbian faces …"), a speaker's people ("its members", "his client") not the speaker, the client the lawyer's owner named before, 8 cases added, 7 passing, one failing on an appositive's extra claim; 464 of 607 with the lead's third part of round 30: ", who said …" after a name that name's words with it the claimant, a verb of speech in the passive ("was confirmed by") no tag, 2 cases added, 1 passing, one failing on the subject of "the cause was pneumonia" (the speaker); 463 of 605 with misses30 round 30 (452 of 595 on main's 444 of 586): a clause of time that says nothing alone kept with its clause, a predicate its one cause holds whole said once, a weekday in a relative aside dated by its own verb, "they" the named group at the head of the sentence before, 9 cases added, 8 passing; 455 of 596 with claims30 round 30 (446 of 586 on its own): "its" after a lone first word that acts a company's when it owns shares or an executive ("Tesla cut prices in China, and its shares fell"), a place after a preposition between no owner, "according to the club's medical staff" the club named before or the people as written, 3 cases added, 2 passing; 444 of 583 with claims30 round 30: a courtesy title before a name of one word a person ("Dr. Adler", "Ms. Okafor"), a known body before its officials ("Fed officials", "Pentagon officials") and a body named before, a dateline in mixed case ("Tokyo —", "Nairobi, Kenya —"), 7 cases added, all passing; 444 of 586 with the lead's second part of round 30: a speaker after a role of several words a candidate for "he", "cautioned" and "stressed" verbs of speech, ", whose …" after a name its possessive, 3 cases added, all passing; 441 of 583 with the lead's round 30: "and that" after a tag put first the same speaker's words, a past form that is never a participle takes no "was", "as long as" no clause of its own, a name in a quoted title no one's "she", a body described as a group no person, a nationality alone the person named before, 7 cases added, 6 passing, one failing on a subject read from "its"; 435 of 576 with misses29 round 29 merged: an office's declaration or order a policy, an age and a nationality the person named before, 4 cases added; 430 of 572 with claims29 round 29 merged: a lone name that acts ("Rivian cut", a country before a verb in the present, a side before its score), "Moody's" keeping its "'s" before an irregular past, a given name before an organisation's word a person, 3 cases added, all passing; 425 of 569 with a title before an appositive's name ("The study's lead author, Dr. Sarah Mills,") and "promising", "encouraging", "harsh" and their like words that judge; 424 of 569 with "and that" inside the words said a second thing said, 1 case added, failing on its appositive's subject; 424 of 568 with "have found that" reported findings and "aggravated", "attempted" and their like before a noun no predicate, 2 cases added, both passing; 422 of 566 with "the company said" after a dateline the name that opens the story, and a name that describes a noun after a preposition ("in AI data centres") no company, 1 case added, passing; 421 of 565 with "Hungary's foreign minister said" and "according to Ukraine's border service" their sources, 2 cases added, both passing; 419 of 563 with the lead's round 29: a phrase of place or time with "she" and its verb no lead, coordinated names the subject together, a given name alone a person, a given name of the other gender no one's "he" or "she", 3 cases added, all passing, two pronoun cases now resolved by the given name; 415 of 560 with "its" after "and" the lone name that opens the sentence, its case failing on "Rivian" read as no name; 415 of 559 with the three rounds of 28 merged and "and" in an appositive; 408 of 552 with two; 401 of 546 with
/// the lead's round 28: "and said" after a deed the subject's words, "declared" a deed, "and"
/// before a common noun that acts joining clauses, a comparison's base in the past, "-based"
/// places no names, 6 cases added, 3 passing, all 398 before still passing; 405 of 546 with
/// misses round 28: "the automaker said" the name the last sentence was about, "Apple on Monday
/// unveiled" a name before its verb, "Revenue rose" no name, ", according to the company" the
/// name at the head, and 6 cases added, 4 of them passing; 405 of 547 with claims round 28: "Barclays said" a name before a verb of speech, "Sensor Tower" an organisation, "The 30-year-old Australian" no subject, a modal shared by a bare verb after "and", an obituary's "The cause was" about the person who died, "its" after a verb of result the organisation acted on, and 7 cases added, 5 of them passing (all 398 before still pass, and 2 more); 398 of 540 with round 27: a tag put
/// last worded after
/// the time it gives ("On June 11, 2024, the club said …"), "it" after an organisation's clause
/// that organisation, the word after a dateline read as a first word, "U.S." an acronym, a time
/// after the object no part of a share, and 18 cases of international, sport, obituary,
/// technology and local news added, 12 of them passing (all 383 before still pass, and 3 more); 305 of 433 with a name a preposition governs no speaker ("The study, funded by the National Institutes of Health, found"); 304 of 433 with both rounds of the session of 2026-12-03 afternoon merged (and the lead's speakers of ", adding, “…”"); 282 of 405 with titles of several words ("the
/// attorney general", "the secretary of state") read whole, a body named with its owner
/// ("Chile's Senate"), "U.S." keeping its full stop, "the club" the organisation the sentences
/// were about and never an event or a term, "She is survived by" the person who died, a clause
/// of time in the present passive worded in the future, "and is 15% contained" a predicate of
/// its own, "a Republican from Texas" kept, and 23 cases added, 13 of them passing; 285 of 410 with
/// probe 21's 28 cases of claimants, types, noise and numbers in names added, 20 of them passing;
/// 265 of 382 with 49 cases of claimants, types and
/// noise from ten hand-written wire stories added at once, 27 of them passing: the share fell
/// from 71.2% because the table grew by harder cases, not because a case that passed fails; the
/// count of passing cases, `FLOOR_CASES_PASSED_COUNT`, guards that; 312 of 456 with round 22's 23
/// cases of claimants and wording added, 7 of them passing (the 305 of 433 before still pass:
/// the share follows the larger table); 313 of 456 with the lead's fixes merged with it; 332 of 483
/// with round 23's 27 cases of subjects, claimants and wording added, 16 of them passing (all 313
/// before still pass, and 3 more); 339 of 493 with round 24's 10 cases of subjects and role nouns
/// added, 7 of them passing (an event's place, "Peace talks in Luanda", no subject; "Ford Motor"
/// an organisation "the automaker" means); 359 of 508 with round 25's decomposition (the verb
/// after an aside a participle or a relative pronoun opens, present verbs joined in "-s", an
/// aside's "by" and a person its subject, a clause of time after a figure a causal link, "polled
/// by" a survey's speaker) and 15 cases of it added, 12 of them passing (all 340 before still
/// pass, and 7 more); 365 of 508 with the lead's subjects of round 25 merged (a measure about the
/// place its predicate names, "Temperatures reached 109 degrees in Houston"; a company before its
/// shares, "Boeing shares fell"; the word after a dateline a common noun); 382 of 522 with
/// round 26 (a share after the predicate, ", most of them in Texas", and a comparison in "-er
/// than" claims of their own, a tag passed over before a comparison, ", according to AAA, down
/// 18 cents", a hedge of concession dropped, a few words that judge no claim; economy-23
/// corrected to economy-09's reading) and 14 cases of it added, 9 of them passing (all 365
/// before still pass, and 8 more); 237 of 333 with ", and" before a plural subject and
/// its verb of speech ("…, and forecasters expect …") a clause of its own, counts in words
/// ("two-thirds") counted, ", adding that …" after a tag the speaker's, "The 23-year-old" the
/// person the sentence before named, names ending "Mills", "Fire", "City" … without a given
/// name organisations, "Turnout" a common word, "found that" after researchers their words,
/// "older than 65" a bound, a thing at the head of a tagged sentence what "it" means next, and
/// 23 cases added; 220 of 310 with a dateline's place no company or
/// speaker, "According to X," lowercasing a common first word, a relative clause on the object
/// about the object, a business named by its kind the subject of its own words, groups "in"
/// and "at" a place or organisation as speakers, results against forecasts a comparison, two
/// rows corrected and 22 cases added; 202 of 288 with an appositive of "the" and a
/// relative clause one claim, ", two of which …" a claim of its own, a body's "decided" or
/// "blocked" a policy, "NASA officials say" about NASA, names in "-us" or written capitalised
/// inside a sentence kept before a verb of the past, and 7 cases of these added; 189 of 280
/// with infinitives joined to a bare verb after a verb of intent ("voted to raise fees and cut
/// services"), a stated plan kept below the score's threshold, "according to the company," as
/// a speaker, a role in an appositive ("X, the architect who …") meant by "the architect", no
/// clause of time cut inside an open relative clause, and 6 cases of these added; 183 of 274
/// with a clause of time cut only where no comma comes before its verb ("who argued 12 cases
/// before the Supreme Court, died" made "The Supreme Court died") and its case added; 182 of
/// 273 with a business's kind in an appositive ("Nimbus, a startup …") making it a company,
/// "it has" + a figure a doer's, "X, based in Y" a state that holds now, and 2 cases of
/// these added; 180 of 271 with a quote's speaker named after a
/// relation ("…,” her son, David Ortiz, said"), "a company spokeswoman" and "its spokeswoman" as
/// the organisation, infinitives joined after a verb of intent ("plans to cut 500 jobs and close
/// two plants") and predicates joined in a relative clause ("who founded … and grew …") as claims
/// of their own, a relative's shared surname leaving "Ms. Okafor" the person named first, "It"
/// at a paragraph's head as the thing the last paragraph named, "is the first" a comparison, and
/// 10 cases of these added; 166 of 261 with a relative pronoun never a
/// speaker ("a lawyer who argued three cases"), "his lawyer said" / "her daughter said" spoken by
/// the person's relation ("Daniel Moss's lawyer"), a country's state body as the subject
/// ("Japan's central bank raised rates"), and 5 cases of these added; 162 of 256 with a name's own "'s" before a verb
/// ("Moody's downgraded", "Sainsbury's said"), a business's role noun before a name ("British
/// retailer Tesco") making it a company, "X expects Y to …" as X's words, a speaker with a
/// relative clause before its verb ("The company, which …, said"), "the council" and "the board"
/// as role nouns, claimants named without their titles, and 8 cases of these added; 151 of 246 with "according to" a lowercase phrase
/// ("official figures") as no one's name but "health officials" as a group, companies known by
/// the words around them ("the company said", "shares of"), a ratings agency not "the company",
/// a thing that cuts something by an amount as a cause, a quote run's first sentence as quoted
/// words and its speaker named in full, and 7 cases of these added; 141 of 239 with the two
/// rounds below merged; 120 of 226
/// with causes after the predicate, counts after ", with" and superlatives in "-est" as claims
/// and types of their own, 10 cases added; 131 of 229 with a subject ended by any finite verb,
/// a source put first as a leading phrase, abstract nouns and "X, founded in …" told apart at a
/// sentence's head, institutions named with "for … and", a quote's "we" and "our" as its speaker
/// or the organisation they lead, a pronoun right after a speaker's tag, a people's authorities
/// as their country, and 13 cases of these added; 111 of 216 with "it" and "its" meaning a thing named
/// by a common noun, a person described by an age and named in the next sentence, names after a
/// count or an article taken for no one, and role nouns of organisations kept to their kind;
/// 100 of 206 with a speaker typed by the evidence, "he"
/// in a speaker's words, a possessive after the verb, a place in the subject and a tagged fact
/// restated without its tag; 93 of 206 with a sentence's closing tag speaking for
/// all its clauses and lists of predicates in mixed tenses; 89 of 206 with pronouns resolved with
/// caution; 76 of
/// 196 with restatements merged by meaning and
/// role nouns and surnames named in full; 66 of 183 after the second pass of general rules; 20
/// with the first atomic extractor; 14 when the table was written, the cases that expect no
/// claim), in percent, rounded down.
const FLOOR_CASES_PASSED: f64 = 83.9;

/// Number of cases that pass, last measured: never lowered, also when cases are added.
const FLOOR_CASES_PASSED_COUNT: usize = 695;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    genre: String,
    published: Option<String>,
    text: String,
    claims: Vec<Expected>,
    #[serde(default)]
    not_claims: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    parts: Vec<String>,
    subject: Option<String>,
    claimant: Option<ExpectedClaimant>,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    mentions: Vec<String>,
    #[serde(default = "one")]
    appearances: usize,
}

fn one() -> usize {
    1
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedClaimant {
    name: String,
    kind: String,
}

const GENRES: [&str; 10] = [
    "politics",
    "economy",
    "science",
    "sport",
    "disasters",
    "obituaries",
    "courts",
    "technology",
    "local",
    "international",
];

fn load() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/atomic-table.jsonl");
    let data = std::fs::read_to_string(path).expect("read fixtures/atomic-table.jsonl");
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("line {}: {e}", n + 1)))
        .collect()
}

fn published(case: &Case) -> Option<NaiveDate> {
    case.published.as_deref().map(|s| {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .unwrap_or_else(|e| panic!("{}: published {s:?}: {e}", case.id))
    })
}

/// Trimmed at a piece's ends, and not needing to be covered inside it.
fn is_filler(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c, '“' | '”' | '‘' | '’' | '—' | '–' | '…')
}

/// Every place `piece` occurs in `text`, as character ranges trimmed of filler at both ends.
fn occurrences(text: &str, piece: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    text.match_indices(piece)
        .map(|(byte, m)| {
            let mut a = text[..byte].chars().count();
            let mut b = a + m.chars().count();
            while a < b && is_filler(chars[a]) {
                a += 1;
            }
            while b > a && is_filler(chars[b - 1]) {
                b -= 1;
            }
            (a, b)
        })
        .collect()
}

fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A claim's parts as a mask over the text's characters.
fn covered(chars: usize, claim: &Claim) -> Vec<bool> {
    let mut mask = vec![false; chars];
    for [a, b] in &claim.parts {
        for m in mask.iter_mut().take((*b).min(chars)).skip(*a) {
            *m = true;
        }
    }
    mask
}

/// The words the claim's parts hold (overlapping parts counted once).
fn part_words(chars: &[char], mask: &[bool]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < mask.len() {
        if mask[i] {
            let start = i;
            while i < mask.len() && mask[i] {
                i += 1;
            }
            n += words(&chars[start..i].iter().collect::<String>());
        } else {
            i += 1;
        }
    }
    n
}

fn piece_covered(chars: &[char], mask: &[bool], (a, b): (usize, usize)) -> bool {
    (a..b).all(|i| mask[i] || chars[i].is_whitespace())
}

/// A name as compared: lower case, trimmed, without a leading "the".
fn name_key(name: &str) -> String {
    let s = name.trim().to_lowercase();
    match s.strip_prefix("the ") {
        Some(rest) => rest.trim_start().to_string(),
        None => s,
    }
}

/// The expected name, or it with a title or other words in front.
fn same_name(want: Option<&str>, got: Option<&str>) -> bool {
    let want = want.map(name_key).filter(|s| !s.is_empty());
    let got = got.map(name_key).filter(|s| !s.is_empty());
    match (want, got) {
        (None, None) => true,
        (Some(w), Some(g)) => g == w || g.ends_with(&format!(" {w}")),
        _ => false,
    }
}

/// Which fields of a found claim agree with the expected one.
#[derive(Debug, Default, Clone, Copy)]
struct Fields {
    subject: bool,
    claimant: bool,
    kind: bool,
    mentions: bool,
    appearances: bool,
}

impl Fields {
    fn all(self) -> bool {
        self.subject && self.claimant && self.kind && self.mentions && self.appearances
    }
}

fn fields(want: &Expected, got: &Claim) -> Fields {
    let text = got.text.to_lowercase();
    Fields {
        subject: same_name(want.subject.as_deref(), got.subject.as_deref()),
        claimant: match (&want.claimant, &got.claimant) {
            (None, None) => true,
            (Some(w), Some(g)) => {
                same_name(Some(&w.name), Some(&g.name)) && w.kind == g.kind.as_str()
            }
            _ => false,
        },
        kind: want.kind == got.kind.as_str(),
        mentions: want.mentions.iter().all(|m| {
            m.split('|')
                .any(|alt| text.contains(alt.trim().to_lowercase().as_str()))
        }),
        appearances: want.appearances == got.appearances.len().max(1),
    }
}

/// Does `got` find `want`: every piece covered, and no more than the allowed extra words.
fn finds(text: &str, chars: &[char], want: &Expected, got: &Claim) -> bool {
    let mask = covered(chars.len(), got);
    let all_covered = want.parts.iter().all(|p| {
        occurrences(text, p)
            .into_iter()
            .any(|r| piece_covered(chars, &mask, r))
    });
    if !all_covered {
        return false;
    }
    let expected: usize = want.parts.iter().map(|p| words(p)).sum();
    let allowed = expected + (expected * 3).div_ceil(10).max(4);
    part_words(chars, &mask) <= allowed
}

/// Kuhn's augmenting paths: pairs expected claims (rows) with extracted claims (columns) where
/// `edge` allows, extending the matching `owner` (extracted → expected).
fn augment(edge: &[Vec<bool>], owner: &mut [Option<usize>], taken: &[bool]) {
    fn try_row(
        row: usize,
        edge: &[Vec<bool>],
        owner: &mut [Option<usize>],
        seen: &mut [bool],
    ) -> bool {
        for col in 0..owner.len() {
            if edge[row][col] && !seen[col] {
                seen[col] = true;
                if owner[col].is_none_or(|r| try_row(r, edge, owner, seen)) {
                    owner[col] = Some(row);
                    return true;
                }
            }
        }
        false
    }
    for (row, &t) in taken.iter().enumerate() {
        if !t {
            let mut seen = vec![false; owner.len()];
            try_row(row, edge, owner, &mut seen);
        }
    }
}

#[derive(Default)]
struct Tally {
    cases: usize,
    cases_passed: usize,
    claims: usize,
    found: usize,
    passed: usize,
    subject: usize,
    claimant: usize,
    kind: usize,
    mentions: usize,
    appearances: usize,
    not_claims: usize,
    false_claims: usize,
    extra: usize,
    by_genre: BTreeMap<String, (usize, usize)>,
}

/// Score one case: the tally's counts grow, and the lines that say what went wrong come back.
fn score(case: &Case, tally: &mut Tally) -> Vec<String> {
    let x = extract(&case.text, published(case));
    score_claims(case, &x.claims, tally)
}

/// Score the claims `got` for one case (the extractor's, or a test's own).
fn score_claims(case: &Case, got: &[Claim], tally: &mut Tally) -> Vec<String> {
    let chars: Vec<char> = case.text.chars().collect();
    let want = &case.claims;

    let found: Vec<Vec<bool>> = want
        .iter()
        .map(|w| {
            got.iter()
                .map(|g| finds(&case.text, &chars, w, g))
                .collect()
        })
        .collect();
    let passing: Vec<Vec<bool>> = want
        .iter()
        .zip(&found)
        .map(|(w, row)| {
            got.iter()
                .zip(row)
                .map(|(g, &f)| f && fields(w, g).all())
                .collect()
        })
        .collect();
    let mut owner: Vec<Option<usize>> = vec![None; got.len()];
    augment(&passing, &mut owner, &vec![false; want.len()]);
    let mut matched = vec![false; want.len()];
    for r in owner.iter().flatten() {
        matched[*r] = true;
    }
    augment(&found, &mut owner, &matched);

    let mut misses = Vec::new();
    let mut case_ok = true;
    tally.claims += want.len();
    for (r, w) in want.iter().enumerate() {
        match owner.iter().position(|o| *o == Some(r)) {
            Some(col) => {
                let g = &got[col];
                let f = fields(w, g);
                tally.found += 1;
                tally.subject += usize::from(f.subject);
                tally.claimant += usize::from(f.claimant);
                tally.kind += usize::from(f.kind);
                tally.mentions += usize::from(f.mentions);
                tally.appearances += usize::from(f.appearances);
                if f.all() {
                    tally.passed += 1;
                } else {
                    case_ok = false;
                    misses.push(format!(
                        "  wrong {:?}\n    expected subject {:?}, claimant {:?}, type {}, mentions {:?}, appearances {}\n    got      {:?}: subject {:?}, claimant {:?}, type {}, appearances {}",
                        w.parts,
                        w.subject,
                        w.claimant.as_ref().map(|c| (&c.name, &c.kind)),
                        w.kind,
                        w.mentions,
                        w.appearances,
                        g.text,
                        g.subject,
                        g.claimant.as_ref().map(|c| (&c.name, c.kind.as_str())),
                        g.kind.as_str(),
                        g.appearances.len(),
                    ));
                }
            }
            None => {
                case_ok = false;
                misses.push(format!("  missed {:?} ({})", w.parts, w.kind));
            }
        }
    }
    for (col, g) in got.iter().enumerate() {
        if owner[col].is_none() {
            case_ok = false;
            tally.extra += 1;
            let pieces: Vec<String> = g
                .parts
                .iter()
                .map(|[a, b]| {
                    chars[(*a).min(chars.len())..(*b).min(chars.len())]
                        .iter()
                        .collect()
                })
                .collect();
            misses.push(format!("  extra  {:?} (parts {pieces:?})", g.text));
        }
    }
    tally.not_claims += case.not_claims.len();
    for n in &case.not_claims {
        let hit = got.iter().any(|g| {
            let mask = covered(chars.len(), g);
            occurrences(&case.text, n)
                .into_iter()
                .any(|(a, b)| (a..b).any(|i| mask[i] && chars[i].is_alphanumeric()))
        });
        if hit {
            case_ok = false;
            tally.false_claims += 1;
            misses.push(format!("  not a claim, but in one: {n:?}"));
        }
    }
    tally.cases += 1;
    let genre = tally.by_genre.entry(case.genre.clone()).or_default();
    genre.0 += 1;
    if case_ok {
        tally.cases_passed += 1;
        genre.1 += 1;
        Vec::new()
    } else {
        misses
    }
}

fn pct(n: usize, of: usize) -> f64 {
    if of == 0 {
        100.0
    } else {
        100.0 * n as f64 / of as f64
    }
}

#[test]
fn the_table_is_well_formed() {
    let cases = load();
    assert!(
        cases.len() >= 150,
        "the table has only {} cases",
        cases.len()
    );
    let mut ids = HashSet::new();
    let mut genres: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &cases {
        assert!(ids.insert(c.id.as_str()), "{}: the id is used twice", c.id);
        assert!(
            GENRES.contains(&c.genre.as_str()),
            "{}: unknown genre {:?}",
            c.id,
            c.genre
        );
        *genres.entry(c.genre.as_str()).or_default() += 1;
        published(c);
        assert!(!c.text.trim().is_empty(), "{}: no text", c.id);
        assert!(
            !c.claims.is_empty() || !c.not_claims.is_empty(),
            "{}: a case expects claims or names text that is not one",
            c.id
        );
        for w in &c.claims {
            assert!(!w.parts.is_empty(), "{}: a claim without parts", c.id);
            for p in &w.parts {
                assert!(
                    c.text.contains(p.as_str()) && words(p) > 0,
                    "{}: piece {p:?} is not verbatim in the text",
                    c.id
                );
            }
            assert!(
                ClaimType::parse(&w.kind).is_some(),
                "{}: unknown type {:?}",
                c.id,
                w.kind
            );
            if let Some(cl) = &w.claimant {
                assert!(
                    ClaimantKind::parse(&cl.kind).is_some() && !cl.name.trim().is_empty(),
                    "{}: bad claimant {cl:?}",
                    c.id
                );
            }
            assert!(
                w.appearances >= 1,
                "{}: appearances must be at least 1",
                c.id
            );
            assert!(
                w.mentions.iter().all(|m| !m.trim().is_empty()),
                "{}: an empty mention",
                c.id
            );
            if let Some(s) = &w.subject {
                assert!(
                    !s.trim().is_empty(),
                    "{}: an empty subject: write null",
                    c.id
                );
            }
        }
        for n in &c.not_claims {
            assert!(
                c.text.contains(n.as_str()),
                "{}: not_claims {n:?} is not verbatim in the text",
                c.id
            );
        }
    }
    assert!(
        genres.len() >= 8,
        "only {} genres: {genres:?}",
        genres.len()
    );
    for (g, n) in &genres {
        assert!(*n >= 10, "genre {g} has only {n} cases");
    }
}

#[test]
fn the_extractor_on_the_atomic_table() {
    let cases = load();
    let mut tally = Tally::default();
    let mut misses = Vec::new();
    for c in &cases {
        let m = score(c, &mut tally);
        if !m.is_empty() {
            misses.push(format!(
                "{} ({}): {:?}\n{}",
                c.id,
                c.genre,
                c.text,
                m.join("\n")
            ));
        }
    }
    let show: usize = std::env::var("ATOMIC_MISSES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    for m in misses.iter().take(show) {
        println!("{m}\n");
    }
    let t = &tally;
    let share = pct(t.cases_passed, t.cases);
    println!(
        "cases passed: {}/{} ({share:.1}%)\n\
         claims found: {}/{} ({:.1}%), passed: {}/{} ({:.1}%)\n\
         of the found claims: subject {}, claimant {}, type {}, mentions {}, appearances {}\n\
         extra claims: {}; not_claims inside a claim: {}/{}",
        t.cases_passed,
        t.cases,
        t.found,
        t.claims,
        pct(t.found, t.claims),
        t.passed,
        t.claims,
        pct(t.passed, t.claims),
        t.subject,
        t.claimant,
        t.kind,
        t.mentions,
        t.appearances,
        t.extra,
        t.false_claims,
        t.not_claims,
    );
    for (g, (n, ok)) in &t.by_genre {
        println!("  {g:<14} {ok}/{n}");
    }
    assert!(
        share >= FLOOR_CASES_PASSED,
        "{share:.1}% of the cases pass, below the floor of {FLOOR_CASES_PASSED}%"
    );
    assert!(
        t.cases_passed >= FLOOR_CASES_PASSED_COUNT,
        "{} cases pass, below the floor of {FLOOR_CASES_PASSED_COUNT}",
        t.cases_passed
    );
}

/// The scorer itself, on claims written by hand: what it counts as found, passed, extra and false.
#[test]
fn the_scorer_follows_its_rule() {
    let case: Case = serde_json::from_str(
        r#"{"id": "t-01", "genre": "local", "published": null,
            "text": "PARIS (AP) — Mayor Ann Roy, 61, said the city will plant 9,000 trees. What a day!",
            "claims": [
              {"parts": ["Ann Roy", "61"], "subject": "Ann Roy", "claimant": null,
               "type": "quantity", "mentions": ["Roy", "61"]},
              {"parts": ["the city will plant 9,000 trees"], "subject": null,
               "claimant": {"name": "Ann Roy", "kind": "person"}, "type": "prediction",
               "mentions": ["9,000|nine thousand", "Roy"]}],
            "not_claims": ["PARIS (AP) —", "What a day!"]}"#,
    )
    .unwrap();
    let span = |piece: &str| {
        let (a, _) = occurrences(&case.text, piece)[0];
        [a, a + piece.chars().count()]
    };
    let claim = |parts: &[&str], text: &str| Claim {
        text: text.to_string(),
        parts: parts.iter().map(|p| span(p)).collect(),
        ..Claim::default()
    };
    let run = |got: &[Claim]| {
        let mut t = Tally::default();
        let misses = score_claims(&case, got, &mut t);
        (t, misses)
    };

    let mut age = claim(&["Mayor Ann Roy", "61,"], "Ann Roy is 61.");
    age.subject = Some("mayor ann roy".into());
    age.kind = ClaimType::Quantity;
    let mut plant = claim(
        &["the city will plant 9,000 trees."],
        "The city will plant 9,000 trees, Ann Roy said.",
    );
    plant.claimant = Some(claimdesk::extract::Claimant {
        name: "Mayor Ann Roy".into(),
        kind: ClaimantKind::Person,
    });
    plant.kind = ClaimType::Prediction;

    // Both right, in either order: the case passes.
    let (t, misses) = run(&[plant.clone(), age.clone()]);
    assert_eq!((t.cases_passed, t.found, t.passed), (1, 2, 2), "{misses:?}");

    // The whole sentence is too many words for either claim: both missed, one extra.
    let whole = claim(
        &["Mayor Ann Roy, 61, said the city will plant 9,000 trees."],
        "Mayor Ann Roy, 61, said the city will plant 9,000 trees.",
    );
    let (t, _) = run(&[whole]);
    assert_eq!((t.cases_passed, t.found, t.extra), (0, 0, 1));

    // The same claim twice: the second is extra.
    let (t, _) = run(&[age.clone(), plant.clone(), plant.clone()]);
    assert_eq!((t.cases_passed, t.passed, t.extra), (0, 2, 1));

    // Found, but with the wrong claimant kind, a missing mention, a bare surname as subject.
    let mut wrong = plant.clone();
    wrong.claimant.as_mut().unwrap().kind = ClaimantKind::Organization;
    wrong.text = "The city will plant trees.".into();
    let mut short = age.clone();
    short.subject = Some("Roy".into());
    let (t, _) = run(&[short, wrong]);
    assert_eq!((t.found, t.passed), (2, 0));
    assert_eq!((t.subject, t.claimant, t.kind, t.mentions), (1, 1, 2, 1));

    // A dateline inside a claim's parts is a false claim, even when the claim is found.
    let mut dated = claim(
        &["PARIS (AP) — Mayor Ann Roy", "61"],
        "PARIS (AP) — Mayor Ann Roy is 61.",
    );
    dated.subject = Some("Ann Roy".into());
    dated.kind = ClaimType::Quantity;
    let (t, _) = run(&[dated, plant]);
    assert_eq!(
        (t.found, t.passed, t.false_claims, t.cases_passed),
        (2, 2, 1, 0)
    );
}
