//! A news-like corpus for the benches: headlines, paragraphs, lists and captions from sentence
//! templates, deterministic so every run measures the same text. `#[path]`-included by each bench.

/// A small deterministic generator (64-bit LCG), so every run benchmarks the same text.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Mark",
    "Julie",
    "Dmitry",
    "Scott",
    "Elon",
    "Mary",
    "Thomas",
    "Anton",
    "Petr",
    "Joe",
    "Ana",
    "Kamala",
    "George W.",
    "J. R.",
    "Li",
    "Olena",
    "Samir",
    "Chloé",
];
const LAST: &[&str] = &[
    "Vande Hey",
    "Rogozin",
    "Kelly",
    "Musk",
    "Kirkman",
    "Shkaplerov",
    "Dubrov",
    "Biden",
    "Smith",
    "O’Neil",
    "Nguyen",
    "García",
    "Kowalski",
    "Okafor",
    "Jones Jr.",
];
const TITLE: &[&str] = &[
    "Mr.", "Mrs.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt. Col.", "Capt.", "",
];
const ORG: &[&str] = &[
    "NASA",
    "Roscosmos",
    "the U.S. Space Force",
    "SpaceX",
    "Acme Inc.",
    "Boeing Co.",
    "the European Space Agency",
    "Northrop Grumman Corp.",
    "the U.N.",
    "Reuters",
    "RIA Novosti",
];
const PLACE: &[&str] = &[
    "Washington, D.C.",
    "Houston",
    "Kazakhstan",
    "St. John’s University",
    "Moscow",
    "Minneapolis",
    "Palo Alto, Calif.",
    "the U.K.",
    "Baikonur",
    "Cape Canaveral, Fla.",
    "Tokyo",
];
const MONTH: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const UNIT: &[&str] = &[
    "km",
    "miles",
    "tons",
    "kg",
    "days",
    "years",
    "people",
    "satellites",
];
const VERB: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "wrote",
    "explained",
    "tweeted",
];

/// One sentence from a template; `{x}` slots are filled from the lists above.
fn sentence(r: &mut Lcg, out: &mut String) {
    let templates: &[&str] = &[
        "{T} {F} {L} of {O} said on {M} {D} that the mission would last {N} {U}.",
        "The spacecraft climbed {N}.{n} {U} in {Y}, {O} said in a statement.",
        "“This is a terrible threat,” {F} {L} {V}. “We just pray a lot.”",
        "{F} {L}, {A}, was born in {P} and joined {O} in {Y}.",
        "Prices rose {n}.{n}% to ${N}.{n}{n} million at 9 a.m. ET on {M} {D}.",
        "– Do you want to destroy our cooperation? Who will save the station …? – he asked.",
        "He lives in the U.S. He works for {O} in {P}.",
        "Wait... what did {F} {L} mean by that?",
        "The report (see p. {D}) lists {N} cases, e.g. in {P}, i.e. near the border, etc.",
        "{O} announced No. {D} on its list vs. {N} last year!",
        "According to {T} {F} {L}, the budget of v{n}.{n} grew by more than {N} {U}.",
        "Is it true that {O} spent nearly {N} {U} on it?!",
        "The site is example.com/news/{N}.html and the contact is press@example.org.",
        "She said, \"It is over.\" Then she left {P} at {h}:{m} p.m. Sen. {L} stayed.",
        "It was great to see people working together. . {F} has a good relationship with them.",
        "Officials in {P} declined to comment on the {N}-ton station.",
    ];
    let t = r.pick(templates);
    let start = out.len();
    let mut rest = t;
    while let Some(at) = rest.find('{') {
        push_text(out, &rest[..at]);
        let slot = &rest[at + 1..at + 2];
        rest = &rest[at + 3..];
        match slot {
            "T" => {
                let title = r.pick(TITLE);
                out.push_str(title);
                if title.is_empty() {
                    // No title: drop the space that follows the slot.
                    rest = rest.strip_prefix(' ').unwrap_or(rest);
                }
            }
            "F" => out.push_str(r.pick(FIRST)),
            "L" => out.push_str(r.pick(LAST)),
            "O" => out.push_str(r.pick(ORG)),
            "P" => out.push_str(r.pick(PLACE)),
            "M" => out.push_str(r.pick(MONTH)),
            "U" => out.push_str(r.pick(UNIT)),
            "V" => out.push_str(r.pick(VERB)),
            "D" => out.push_str(&(1 + r.below(28)).to_string()),
            "N" => out.push_str(&(1 + r.below(9_999)).to_string()),
            "n" => out.push_str(&r.below(10).to_string()),
            "Y" => out.push_str(&(1960 + r.below(63)).to_string()),
            "A" => out.push_str(&(18 + r.below(70)).to_string()),
            "h" => out.push_str(&(1 + r.below(12)).to_string()),
            "m" => out.push_str(&format!("{:02}", r.below(60))),
            _ => {}
        }
    }
    push_text(out, rest);
    // A sentence starts with a capital ("the U.N. said" → "The U.N. said").
    if let Some(x) = out.as_bytes().get(start).copied()
        && x.is_ascii_lowercase()
    {
        out.replace_range(
            start..start + 1,
            &(x.to_ascii_uppercase() as char).to_string(),
        );
    }
}

/// Append template text; a period after a slot that already ends with one ("Calif.") is dropped.
fn push_text(out: &mut String, text: &str) {
    match text.strip_prefix('.') {
        Some(rest) if out.ends_with('.') => out.push_str(rest),
        _ => out.push_str(text),
    }
}

/// At least `min_bytes` of articles: headlines, paragraphs, captions without final punctuation.
pub fn corpus(min_bytes: usize) -> String {
    let mut r = Lcg(0x00C1_A1ED_E5C0);
    let mut out = String::with_capacity(min_bytes + 4096);
    while out.len() < min_bytes {
        // Headline.
        out.push_str(r.pick(ORG));
        out.push_str(" threatens to leave ");
        out.push_str(r.pick(LAST));
        out.push_str(" in space\n\n");
        for _ in 0..4 + r.below(8) {
            match r.below(10) {
                // A photo caption, printed twice, with no final period.
                0 => {
                    let cap = format!(
                        "{} {} (pictured) is due to return",
                        r.pick(FIRST),
                        r.pick(LAST)
                    );
                    out.push_str(&cap);
                    out.push_str("\n\n");
                    out.push_str(&cap);
                    out.push_str("\n\n");
                }
                // A numbered list.
                1 => {
                    for i in 1..=3 {
                        out.push_str(&format!("{i}. "));
                        sentence(&mut r, &mut out);
                        out.push('\n');
                    }
                    out.push('\n');
                }
                _ => {
                    for k in 0..1 + r.below(5) {
                        if k > 0 {
                            out.push_str(if r.below(8) == 0 { "  " } else { " " });
                        }
                        sentence(&mut r, &mut out);
                    }
                    out.push_str("\n\n");
                }
            }
        }
    }
    out
}
