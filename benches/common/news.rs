//! A news-like corpus for the benches: articles of several shapes (wire story with a dateline,
//! feature, sports report, court story, obituary, economy piece), each from hand-written paragraph
//! templates with slots for names, places and numbers; quotes with their speakers (some running
//! over two paragraphs), bylines, captions printed twice, "Read more" lines, lists, curly quotes and
//! dashes. Deterministic, so every run measures the same text. `#[path]`-included by each bench.

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
    "Maria",
    "Thomas",
    "Aisha",
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
    "Rosa",
    "Kwame",
    "Ingrid",
    "Tomás",
    "Priya",
    "Dale",
    "Nadia",
    "Yusuf",
    "Greta",
    "Hiroshi",
    "Fatima",
    "Owen",
    "Beatriz",
];
const LAST: &[&str] = &[
    "Vande Hey",
    "Kelly",
    "Okafor",
    "Nguyen",
    "García",
    "Kowalski",
    "O’Neil",
    "Jones Jr.",
    "Delgado",
    "Park",
    "Ellison",
    "Whitfield",
    "Abara",
    "Rahman",
    "Haddad",
    "Osei",
    "Brandt",
    "Moreno",
    "Lindqvist",
    "Santos",
    "Marsh",
    "Kessler",
    "Huang",
    "Demir",
    "Solberg",
    "McAllister",
    "Takahashi",
    "Al-Masri",
    "Dubois",
    "Fitzgerald",
];
const HONORIFIC: &[&str] = &[
    "", "", "", "Dr.", "Sen.", "Rep.", "Gov.", "Mayor", "Gen.", "Prof.", "Judge", "Coach",
    "Lt. Col.",
];
const JOB: &[&str] = &[
    "chief executive",
    "city council member",
    "retired firefighter",
    "epidemiologist",
    "high school teacher",
    "state senator",
    "union organizer",
    "defense attorney",
    "farmer",
    "economist at the University of Chicago",
    "nurse",
    "former prosecutor",
];
const ORG: &[&str] = &[
    "the Labor Department",
    "NASA",
    "the World Health Organization",
    "the National Weather Service",
    "the Federal Reserve",
    "the U.S. Geological Survey",
    "the European Commission",
    "the city council",
    "the state Department of Transportation",
    "the Centers for Disease Control and Prevention",
    "the U.N.",
    "the sheriff’s office",
];
const COMPANY: &[&str] = &[
    "Acme Inc.",
    "Boeing Co.",
    "Harlow Foods",
    "Brennan Steel",
    "Quillon Therapeutics",
    "Vanta Air",
    "Northrop Grumman Corp.",
    "Orchard Labs",
    "Kestrel Semiconductor",
    "Meridian Health",
    "Crumb & Co.",
];
const DATELINE: &[&str] = &[
    "WASHINGTON",
    "NEW YORK",
    "HOUSTON",
    "ATLANTA",
    "LOS ANGELES",
    "SACRAMENTO, Calif.",
    "DES MOINES, Iowa",
    "ST. PAUL, Minn.",
    "LONDON",
    "KYIV, Ukraine",
    "TOKYO",
    "MEXICO CITY",
    "NAIROBI, Kenya",
    "BAIKONUR, Kazakhstan",
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
    "Cape Canaveral, Fla.",
    "Tokyo",
    "Dayton, Ohio",
    "Valencia, Spain",
    "the Gulf Coast",
    "rural Nebraska",
];
const TEAM: &[&str] = &[
    "the Celtics",
    "the Heat",
    "the Yankees",
    "the Red Sox",
    "Arsenal",
    "Real Madrid",
    "the Chiefs",
    "the Wildcats",
    "the Maple Leafs",
    "Galatasaray",
];
const MONTH: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const WEEKDAY: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const UNIT: &[&str] = &[
    "homes",
    "households",
    "farms",
    "businesses",
    "patients",
    "students",
    "flights",
    "people",
];
const BODY: &[&str] = &[
    "The state Senate",
    "The House",
    "The city council",
    "The county board",
    "Parliament",
    "The school board",
];
const SAID: &[&str] = &[
    "said",
    "told reporters",
    "said in a statement",
    "told The Associated Press",
    "wrote on X",
];

/// Paragraphs any article may hold.
const GENERAL: &[&str] = &[
    "“We have never seen anything like this,” said {P}, a {A}-year-old {J} from {X}. “Not in {n} years.”",
    "{P}, who has lived in {X} since {Y}, said the change came “almost overnight.”",
    "According to {O}, the number rose {%} to {K} in {M}, the highest level since {Y}.",
    "Officials say about {K} people were affected, though that figure could rise.",
    "The figures, released on {W}, cover the period from {M} {D} to {M} {D}, {Y}.",
    "Is this the new normal? Many residents think so.",
    "{O} said in a statement that it had “no plans” to change course — at least not before {M}.",
    "The report found that {%} of respondents were worried, up from {%} a year earlier; only {n}% said they were not.",
    "It was warning No. {n} this year from {O}, after {n} in all of {Y}.",
    "“That’s simply not true,” {q} said when asked about the claim. “The numbers speak for themselves.”",
    "{p}, {A}, a father of {n}, spent {n} weeks in {X} before returning home on {M} {D}.",
    "The cost — roughly {$} — will be shared by the state and {n} counties.",
    "Between {R} percent of the budget goes to salaries, the audit said, and the rest to buildings and equipment.",
    "At {H} on {W}, the line outside stretched for {n} blocks.",
    "The group, founded in {Y} by {Q}, now has {K} members in {n} countries.",
    "“If we don’t act now, it will be too late,” {p} {V}. “Nobody can say they weren’t warned!”",
];

/// The lede and body of a wire story (politics, disasters, international).
const WIRE: &[&str] = &[
    "{B} voted {G} on {W} to approve a {$} plan that would expand {n} programs across {S}, ending months of debate.",
    "{H_P} {P} signed the measure into law on {W}, calling it “a promise kept.” It takes effect {M} 1.",
    "The storm killed at least {n} people and left {K} homes without power after it came ashore near {X} as a Category {n} hurricane.",
    "Winds reached {n}{d} mph and more than {n} inches of rain fell in {n} hours, the National Weather Service said.",
    "The magnitude {g}.{d} earthquake struck at {H} about {N} kilometers southwest of {X}, the U.S. Geological Survey said.",
    "Rescue teams from {n} countries were searching the rubble on {W}. The death toll stood at {N}, officials said, and was expected to rise.",
    "Turnout reached {%}, election officials said, the highest since {Y}; {Q} won {%} of the vote.",
    "The bill, which passed the House {G}, would ban members of Congress from trading stocks and cap campaign loans at {$}.",
    "Critics, including {Q}, argue the plan is too costly. {q}, who chairs the finance committee, estimated it would cost between {$} and {$} over a decade.",
    "Drones struck an apartment building in {X} overnight, killing at least {n} people and wounding {N}, the regional governor said.",
    "About {K} {E} were affected across {n} provinces, according to {O}, and {n} shelters had opened by {H}.",
];

/// A sports report.
const SPORT: &[&str] = &[
    "{P} scored {n} points and grabbed {n} rebounds as {T} beat {U} {N}-{N} on {W} night.",
    "{T} have won {n} of their last {n} games and lead the conference with a {n}-{n} record.",
    "{P}, {A}, broke the {N}-meter record in {X}, finishing in {n} minutes, {n}.{d} seconds — {n}.{d} seconds faster than the old mark.",
    "“I’ve never felt better,” said {p}, who has kept clean sheets in {n} straight matches.",
    "The {A}-year-old striker has scored {N} goals for the club. {p}, who joined from {U} in {Y}, is out of contract in {M}.",
    "Coach {Q} said the defender would miss {R} weeks with a hamstring injury.",
    "{T} signed midfielder {P} for a club-record fee of {N} million euros (about {$}).",
    "The race, first held in {Y}, covers {K} kilometers over {n} stages. What a finish!",
    "Attendance was {K}, a record for the stadium, which opened in {Y} and cost {$} to build.",
];

/// A court story.
const COURT: &[&str] = &[
    "A federal jury on {W} convicted {P}, a former {J}, of taking {$} in bribes from a developer.",
    "{p}, {A}, faces up to {n} years in prison. His lawyer, {Q}, said he would appeal.",
    "“The evidence was overwhelming,” District Attorney {Q} said after the verdict. “Justice was served today.”",
    "According to court records, {p} stole {$} from the charity between {Y} and {Y} and spent it on cars, boats and jewelry.",
    "The Supreme Court ruled {G} that the agency had exceeded its authority, striking down a rule first adopted in {Y}.",
    "Police said the suspect, a {A}-year-old man from {X}, fired at least {n} shots at about {H}. He was arrested at the scene.",
    "The city agreed to pay {$} to settle the lawsuit, the family’s attorney, {Q}, said on {W}.",
    "The judge, appointed in {Y}, set bail at {$} and scheduled a hearing for {M} {D}.",
];

/// An obituary.
const OBIT: &[&str] = &[
    "{P}, an actor, producer and director whose career spanned {n} decades, died on {W} at {p_his} home in {X}. {P_pron} was {A}.",
    "Born in {X} in {Y}, {p} moved to {PL} at {n} and recorded more than {N} albums.",
    "{p} is survived by {p_his} spouse of {n} years; {n} children; and {n} grandchildren.",
    "“{P_pron} taught three generations of this town to read,” said {Q}, who worked beside {p_him} from {Y} to {Y}.",
    "{P}, the first woman to captain a transatlantic liner, won the Harmon Medal in {Y} and wrote {n} books.",
    "The cause was complications of pneumonia, {p_his} daughter, {Q}, said.",
    "{p} served {n} years in the Navy, earning {n} medals, before joining {C} in {Y} as a {J}.",
];

/// An economy or business piece.
const ECONOMY: &[&str] = &[
    "{C} said {W} that its quarterly profit rose {%} to {$}, beating analysts’ forecasts of {$}.",
    "The unemployment rate fell to {n}.{d}% in {M} from {n}.{d}% in {M}, {O} said.",
    "Shares of {C} closed at ${N}.{m}, up {%}, giving the company a market value of about {$}.",
    "Oil prices jumped {%} to ${n}{n}.{m} a barrel after producers agreed to cut output by {n} million barrels a day.",
    "{C}, which employs {K} people in {S}, will close its plant in {X} in {M}, cutting {N} jobs.",
    "Economists surveyed by FactSet expect the economy to grow {n}.{d}% this year and {n}.{d}% in {Y}.",
    "Gas prices averaged ${n}.{m} a gallon nationwide on {W}, according to AAA, down {n} cents from a month ago.",
    "The company’s chief executive, {P}, {A}, said it would open {N} stores next year, most of them in {S}.",
    "Mortgage rates, which topped {n}% last fall, have eased to {n}.{d}%, Freddie Mac said.",
];

/// A feature: longer paragraphs, scene-setting, questions and quotes.
const FEATURE: &[&str] = &[
    "On a gray morning in {M}, {P} unlocks the door of the bakery {p_his} grandfather opened in {Y}. The ovens have been on since {H}.",
    "The numbers tell part of the story: {K} loaves a week, {n} employees, {$} in annual sales. The rest is harder to count.",
    "Why does it matter? Because, {p} says, “a town without a bakery is a town that has given up.”",
    "{p}’s {n} children all worked here at some point; {n} of them still do, six days a week, from {H} to noon.",
    "A decade ago, there were {N} such shops in {S}. Today there are {n}, according to a trade group — a drop of about {%}.",
    "Not everyone is nostalgic. {Q}, {A}, who runs a delivery start-up in {X}, calls the old model “beautiful, and doomed.”",
];

/// Headlines, per shape (in the order of `Shape`).
const HEADLINE: [&[&str]; 6] = [
    &[
        "{B} passes {$} spending plan after all-night session",
        "Storm leaves {K} without power in {X}",
        "Quake kills at least {n} near {X}; rescuers search rubble",
        "Turnout hits {%} as voters reject tax measure",
    ],
    &[
        "The last bakery in {X}",
        "After {n} decades, a family business faces its hardest year",
        "Why a town of {K} fought to keep its library open",
    ],
    &[
        "{P} scores {n} as {T} roll past {U}",
        "{T} sign {P} in record {N} million euro deal",
        "Record falls in {X}: {P} wins the {N} meters",
    ],
    &[
        "Jury convicts former official {P} in {$} bribery case",
        "Supreme Court strikes down emissions rule, {G}",
        "City to pay {$} to settle lawsuit over police shooting",
    ],
    &[
        "{P}, {J} who shaped a generation, dies at {A}",
        "{P}, first woman to captain a transatlantic liner, dies at {A}",
    ],
    &[
        "{C} profit rises {%}, beating forecasts",
        "Unemployment falls to {n}.{d}% as hiring picks up",
        "{C} to close {X} plant, cutting {N} jobs",
    ],
];

/// List items ("The plan would:").
const ITEM: &[&str] = &[
    "raise the minimum wage to ${n}.{m} an hour by {Y};",
    "set aside {$} for road repairs;",
    "cut the permit fee to ${n}.{m}, down from ${N};",
    "hire {N} teachers over {n} years;",
    "require {%} of new homes to be affordable;",
    "extend library hours to {H} on weekdays;",
];

/// The pieces of an article that stay the same throughout it: its people and places.
struct Cast {
    first: &'static str,
    last: &'static str,
    honorific: &'static str,
    she: bool,
    other: String,
    other_last: &'static str,
    city: &'static str,
}

impl Cast {
    fn new(r: &mut Lcg) -> Cast {
        let other_last = r.pick(LAST);
        Cast {
            first: r.pick(FIRST),
            last: r.pick(LAST),
            honorific: r.pick(HONORIFIC),
            she: r.below(2) == 0,
            other: format!("{} {}", r.pick(FIRST), other_last),
            other_last,
            city: r.pick(PLACE),
        }
    }
}

/// Money of every size: "$4.37 million", "$18.50", "$1.2 billion", "$250,000".
fn money(r: &mut Lcg) -> String {
    match r.below(4) {
        0 => format!("${}.{:02} million", 1 + r.below(900), r.below(100)),
        1 => format!("${}.{:02}", 1 + r.below(99), r.below(100)),
        2 => format!("${}.{} billion", 1 + r.below(40), r.below(10)),
        _ => format!("${},{:03}", 1 + r.below(999), r.below(1000)),
    }
}

/// A number with thousands separators, 1,000 to 999,999.
fn thousands(r: &mut Lcg) -> String {
    format!("{},{:03}", 1 + r.below(999), r.below(1000))
}

/// One paragraph from a template; `{x}` slots are filled from the cast and the lists above.
fn paragraph(r: &mut Lcg, cast: &Cast, template: &str, out: &mut String) {
    let start = out.len();
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        push_text(out, &rest[..at]);
        let close = at + rest[at..].find('}').expect("a slot is closed");
        let slot = &rest[at + 1..close];
        rest = &rest[close + 1..];
        match slot {
            "P" => {
                out.push_str(cast.first);
                out.push(' ');
                out.push_str(cast.last);
            }
            "H_P" => {
                out.push_str(cast.honorific);
                if cast.honorific.is_empty() {
                    rest = rest.strip_prefix(' ').unwrap_or(rest);
                }
            }
            "p" => out.push_str(cast.last),
            "P_pron" => out.push_str(if cast.she { "She" } else { "He" }),
            "p_his" => out.push_str(if cast.she { "her" } else { "his" }),
            "p_him" => out.push_str(if cast.she { "her" } else { "him" }),
            "Q" => out.push_str(&cast.other),
            "q" => out.push_str(cast.other_last),
            "X" => out.push_str(cast.city),
            "PL" => out.push_str(r.pick(PLACE)),
            "S" => out.push_str(r.pick(&[
                "Texas",
                "Ohio",
                "Bavaria",
                "Ontario",
                "the Midwest",
                "Kenya",
            ])),
            "O" => out.push_str(r.pick(ORG)),
            "C" => out.push_str(r.pick(COMPANY)),
            "T" => out.push_str(r.pick(TEAM)),
            "U" => out.push_str(r.pick(TEAM)),
            "J" => out.push_str(r.pick(JOB)),
            "E" => out.push_str(r.pick(UNIT)),
            "B" => out.push_str(r.pick(BODY)),
            "g" => out.push_str(&(4 + r.below(5)).to_string()),
            "V" => out.push_str(r.pick(SAID)),
            "M" => out.push_str(r.pick(MONTH)),
            "W" => out.push_str(r.pick(WEEKDAY)),
            "D" => out.push_str(&(1 + r.below(28)).to_string()),
            "Y" => out.push_str(&(1948 + r.below(77)).to_string()),
            "A" => out.push_str(&(18 + r.below(80)).to_string()),
            "N" => out.push_str(&(10 + r.below(990)).to_string()),
            "n" => out.push_str(&(2 + r.below(11)).to_string()),
            "d" => out.push_str(&r.below(10).to_string()),
            "m" => out.push_str(&format!("{:02}", r.below(100))),
            "K" => out.push_str(&thousands(r)),
            "$" => out.push_str(&money(r)),
            "%" => out.push_str(&format!("{}.{}%", r.below(60), r.below(10))),
            "R" => {
                let a = 2 + r.below(30);
                let b = a + 1 + r.below(20);
                if r.below(2) == 0 {
                    out.push_str(&format!("{a}-{b}"));
                } else {
                    out.push_str(&format!("{a} and {b}"));
                }
            }
            "H" => out.push_str(&format!(
                "{}:{:02} {}",
                1 + r.below(12),
                r.below(60),
                if r.below(2) == 0 { "a.m." } else { "p.m." }
            )),
            "G" => out.push_str(&format!("{}-{}", 5 + r.below(60), r.below(50))),
            _ => {}
        }
    }
    push_text(out, rest);
    // A paragraph starts with a capital ("the U.N. said" → "The U.N. said").
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

/// The shapes of article the corpus mixes, each with the paragraphs it draws from.
#[derive(Clone, Copy)]
enum Shape {
    Wire,
    Feature,
    Sport,
    Court,
    Obituary,
    Economy,
}

impl Shape {
    fn sections(self) -> &'static [&'static str] {
        match self {
            Shape::Wire => &["Politics", "World", "Local", "Weather"],
            Shape::Feature => &["Local", "Business", "Features"],
            Shape::Sport => &["Sport"],
            Shape::Court => &["Courts", "Local", "Crime"],
            Shape::Obituary => &["Obituaries"],
            Shape::Economy => &["Business", "Markets", "Technology"],
        }
    }

    fn headlines(self) -> &'static [&'static str] {
        HEADLINE[self as usize]
    }

    fn pool(self) -> &'static [&'static str] {
        match self {
            Shape::Wire => WIRE,
            Shape::Feature => FEATURE,
            Shape::Sport => SPORT,
            Shape::Court => COURT,
            Shape::Obituary => OBIT,
            Shape::Economy => ECONOMY,
        }
    }
}

/// One article: headline, byline, a dated lede, body paragraphs of its shape mixed with general
/// ones, and now and then a caption printed twice, a two-paragraph quote, a list, a "Read more".
fn article(r: &mut Lcg, out: &mut String) {
    let shape = [
        Shape::Wire,
        Shape::Wire,
        Shape::Feature,
        Shape::Sport,
        Shape::Court,
        Shape::Obituary,
        Shape::Economy,
    ][r.below(7)];
    let cast = Cast::new(r);
    let pool = shape.pool();

    // Headline and byline.
    out.push_str(r.pick(shape.sections()));
    out.push_str(" | ");
    let headline = r.pick(shape.headlines());
    paragraph(r, &cast, headline, out);
    out.push_str("\n\n");
    match r.below(3) {
        0 => out.push_str(&format!(
            "By {} {}\nAssociated Press\n\n",
            r.pick(FIRST).to_uppercase(),
            r.pick(LAST).to_uppercase()
        )),
        1 => out.push_str(&format!(
            "By {} {}, Staff Writer | Updated {}:{:02} p.m. ET {} {}, {}\n\n",
            r.pick(FIRST),
            r.pick(LAST),
            1 + r.below(12),
            r.below(60),
            r.pick(MONTH),
            1 + r.below(28),
            2019 + r.below(6)
        )),
        _ => {}
    }

    // The lede, with a dateline.
    out.push_str(r.pick(DATELINE));
    out.push_str(if r.below(3) == 0 {
        " (Reuters) - "
    } else {
        " (AP) — "
    });
    let mut own = Deck::new(pool);
    let mut general = Deck::new(GENERAL);
    let lede = own.draw(r);
    paragraph(r, &cast, lede, out);
    out.push_str("\n\n");

    for _ in 0..5 + r.below(9) {
        match r.below(14) {
            // A photo caption, printed twice, without a final period.
            0 => {
                let cap = format!(
                    "{} {} (pictured) speaks in {} on {} {} (AP Photo/{} {})",
                    cast.first,
                    cast.last,
                    cast.city,
                    r.pick(MONTH),
                    1 + r.below(28),
                    r.pick(FIRST),
                    r.pick(LAST)
                );
                out.push_str(&cap);
                out.push_str("\n\n");
                let between = general.draw(r);
                paragraph(r, &cast, between, out);
                out.push_str("\n\n");
                out.push_str(&cap);
                out.push_str("\n\n");
            }
            // A quote over two paragraphs: the first leaves its quotation mark open.
            1 => {
                let (open, close) = if r.below(4) == 0 {
                    ('"', '"')
                } else {
                    ('“', '”')
                };
                out.push_str(&format!(
                    "{open}We lost {} homes in {} hours. Nobody here has seen water rise that fast since {}.\n\n",
                    2 + r.below(400),
                    2 + r.below(20),
                    1950 + r.below(70)
                ));
                out.push_str(&format!(
                    "{open}But we will rebuild, and the county has promised ${}.{} million to help,{close} said {}, who has lived in {} for {} years.\n\n",
                    1 + r.below(90),
                    r.below(10),
                    cast.other,
                    cast.city,
                    2 + r.below(60)
                ));
            }
            // A list.
            2 => {
                out.push_str("The plan would:\n\n");
                let bullet = r.pick(&["- ", "• ", "— ", "* "]);
                let first = r.below(ITEM.len());
                for i in 0..3 + r.below(3) {
                    out.push_str(bullet);
                    paragraph(r, &cast, ITEM[(first + i) % ITEM.len()], out);
                    out.push('\n');
                }
                out.push('\n');
            }
            // A "Read more" line.
            3 => {
                out.push_str("Read more: ");
                let mut line = String::new();
                let linked = general.draw(r);
                paragraph(r, &cast, linked, &mut line);
                out.push_str(line.trim_end_matches(['.', '!', '?', '”']));
                out.push_str("\n\n");
            }
            // One or more paragraphs of the article's shape, or of any article.
            k => {
                let t = if k < 9 { own.draw(r) } else { general.draw(r) };
                paragraph(r, &cast, t, out);
                if r.below(3) == 0 {
                    out.push(' ');
                    let t = general.draw(r);
                    paragraph(r, &cast, t, out);
                }
                out.push_str("\n\n");
            }
        }
    }
}

/// Paragraph templates dealt without repeats until all are used, as an article rarely says the
/// same thing twice (the captions that it does print twice are written on purpose).
struct Deck {
    items: &'static [&'static str],
    left: Vec<usize>,
}

impl Deck {
    fn new(items: &'static [&'static str]) -> Deck {
        Deck {
            items,
            left: Vec::new(),
        }
    }

    fn draw(&mut self, r: &mut Lcg) -> &'static str {
        if self.left.is_empty() {
            self.left = (0..self.items.len()).collect();
        }
        let i = self.left.swap_remove(r.below(self.left.len()));
        self.items[i]
    }
}

/// At least `min_bytes` of articles.
pub fn corpus(min_bytes: usize) -> String {
    let mut r = Lcg(0x00C1_A1ED_E5C0);
    let mut out = String::with_capacity(min_bytes + 8192);
    while out.len() < min_bytes {
        article(&mut r, &mut out);
    }
    out
}

/// `n` articles, each its own text (for a folder to import).
#[allow(dead_code)] // used by examples/first_frame.rs only
pub fn articles(n: usize) -> Vec<String> {
    let mut r = Lcg(0x00C1_A1ED_E5C0);
    (0..n)
        .map(|_| {
            let mut out = String::new();
            article(&mut r, &mut out);
            out
        })
        .collect()
}
