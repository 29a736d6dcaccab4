//! Text that is not a checkable statement: captions, credits, bylines, "Read more" lines,
//! questions, exclamations; and the dateline in front of a lead ("ATLANTA (AP) —").
//!
//! Such text is dropped, not kept dismissed: the extractor is pure and cannot record a reviewer's
//! decision, and a dismissed claim would ask a reviewer to look at every caption again.

use aho_corasick::AhoCorasick;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Lines that only point elsewhere or credit someone, by how they start (lower case).
const POINTERS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "related:",
    "related coverage",
    "click here",
    "sign up",
    "subscribe",
    "follow us",
    "follow him",
    "follow her",
    "advertisement",
    "photo:",
    "photos:",
    "photograph:",
    "image:",
    "images:",
    "picture:",
    "pictured:",
    // the labels that some sites print before a picture's caption and credit ("Image caption,
    // Waves crashed over the wall", "Image source, Getty Images", "Media caption, …")
    "image caption,",
    "image caption:",
    "image source,",
    "image source:",
    "media caption,",
    "media caption:",
    "photo caption,",
    "caption:",
    "video:",
    "credit:",
    "source:",
    "file photo",
    "reporting by",
    "editing by",
    "additional reporting",
    "written by",
    "copyright",
    "©",
    "all rights reserved",
    "watch:",
    "listen:",
    "share this",
];

/// The first bytes of `POINTERS` (lower case), by byte.
const POINTER_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < POINTERS.len() {
        t[POINTERS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// Words of a picture's caption or credit, anywhere in a short line.
const CREDITS: &[&str] = &[
    "getty images",
    "ap photo",
    "afp via getty",
    "reuters/",
    "/reuters",
    "shutterstock",
    "(file photo)",
    "photo credit",
    "image credit",
];

/// A caption's own predicate: "He is pictured with his wife", "Smith poses with the cup".
const CAPTION_VERBS: &[&str] = &[
    " is pictured",
    " are pictured",
    " is seen ",
    " are seen ",
    " is shown ",
    " are shown ",
    " pictured with ",
    " poses ",
    " pose ",
    " posing ",
];

/// `CREDITS` and `CAPTION_VERBS` together, found in one pass, built once: either makes a short
/// line noise, and the checks between them only ever answer "noise" too, so one search answers
/// for both.
static CAPTION_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(CREDITS.iter().chain(CAPTION_VERBS))
        .expect("fixed patterns build")
});

/// The characters whose lower case holds an ASCII character: the dotted capital I ("i̇") and
/// the Kelvin sign ("k"). Everything else lower-cases ASCII to ASCII and the rest to non-ASCII
/// (a test walks every character).
const LOWERS_TO_ASCII: [char; 2] = ['\u{130}', '\u{212A}'];

/// Parenthesised words that point into a picture: "(pictured)", "(far right)", "(left)".
const CAPTION_MARKS: &[&str] = &[
    "pictured",
    "left",
    "right",
    "far left",
    "far right",
    "centre",
    "center",
    "above",
    "below",
    "inset",
    "top",
    "bottom",
    "second left",
    "second right",
    "second from left",
    "second from right",
    "front",
    "back row",
    "file",
];

/// Is `sentence` something that is not a statement of fact at all?
pub fn is_noise(sentence: &str) -> bool {
    let t = sentence.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    let starts = |p: &str| {
        t.as_bytes()
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    // Most lines start with a byte no pointer starts with: one look-up says so. The others are
    // compared in full only with the pointers that start with their first byte.
    if let Some(&first) = t.as_bytes().first()
        && POINTER_FIRST[usize::from(first.to_ascii_lowercase())]
        && POINTERS.iter().any(|p| {
            p.as_bytes()
                .first()
                .is_some_and(|c| c.eq_ignore_ascii_case(&first))
                && starts(p)
        })
    {
        return true;
    }
    let end = sentence.trim_end_matches(['"', '”', '’', '\'', ' ', ')', '\n', '\t']);
    // A question or an exclamation asks or exclaims; it does not state.
    if end.ends_with('?') || end.ends_with('!') {
        return true;
    }
    // A question followed by its speaker tag ("…fall into the US? – he asked.").
    if let Some(q) = sentence.rfind('?')
        && super::word_count(&sentence[q + 1..]) <= 3
    {
        return true;
    }
    // Its words, counted once (up to 16, where a line is too long to be anything but prose).
    let words = super::words_up_to(sentence, 16);
    if words >= 16 {
        return false;
    }
    // The pattern lists are lower-case ASCII and searched ignoring ASCII case, which finds in the
    // sentence what a search of its lower-cased copy finds, unless a character lower-cases into
    // ASCII (`LOWERS_TO_ASCII`). The copy is made only then, and where the short-line and "@"
    // checks below read it.
    // Each character searched for on its own: a search for one character goes by its last
    // byte, a search for any of several decodes every character. An ASCII line holds neither
    // (one pass that stops at the first non-ASCII byte, instead of two searches to the end).
    let lower: Cow<str> = if words < 6
        || sentence.contains('@')
        || (!sentence.is_ascii() && LOWERS_TO_ASCII.iter().any(|&c| sentence.contains(c)))
    {
        Cow::Owned(sentence.to_lowercase())
    } else {
        Cow::Borrowed(sentence)
    };
    if CAPTION_FINDER.is_match(lower.as_ref()) {
        return true;
    }
    // A writer's line ("AP Sports Writer", "Staff Correspondent") or a way to reach one
    // ("Follow Dana Wu on X: @danawu", "Readers can reach … at sam@paper.com").
    let last = lower
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(' ')
        .next()
        .unwrap_or("");
    if words < 6
        && matches!(
            last,
            "writer" | "correspondent" | "reporter" | "editor" | "columnist" | "contributor"
        )
    {
        return true;
    }
    if lower.contains('@')
        && [
            "follow",
            "contact",
            "email",
            "e-mail",
            "reach",
            "readers can",
            "write to",
        ]
        .iter()
        .any(|p| lower.trim_start().starts_with(p) || lower.contains(&format!(" {p} ")))
    {
        return true;
    }
    // Bylines: "By Jane Smith", "By Jane Smith and Tom Ray, CNN".
    if let Some(rest) = t.strip_prefix("By ") {
        let caps = rest
            .split_whitespace()
            .take_while(|w| w.starts_with(char::is_uppercase) || *w == "and")
            .count();
        if caps >= 2 && words < 9 {
            return true;
        }
    }
    // A caption's own predicate ("He is pictured with his wife", "Smith poses with the cup") was
    // searched for with the credits.
    false
}

/// The byte ranges of caption marks in `sentence` ("(pictured)", ", second and third from
/// right,"), which a claim's parts leave out.
pub fn caption_marks(sentence: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    if !sentence.contains('(') && !sentence.contains(" from ") {
        return out;
    }
    let mut from = 0;
    while let Some(open) = sentence[from..].find('(').map(|i| i + from) {
        let Some(close) = sentence[open..].find(')').map(|i| i + open) else {
            break;
        };
        let inner = sentence[open + 1..close].trim().to_ascii_lowercase();
        if CAPTION_MARKS.contains(&inner.as_str())
            || inner.ends_with(" from left")
            || inner.ends_with(" from right")
        {
            // Take the space before the mark too, so the pieces around it join cleanly.
            let start = if sentence[..open].ends_with(' ') {
                open - 1
            } else {
                open
            };
            out.push(start..close + 1);
        }
        from = close + 1;
    }
    // ", second and third from right," between commas.
    let mut from = 0;
    while let Some(at) = sentence[from..].find(" from ").map(|i| i + from) {
        from = at + 6;
        let rest = &sentence[from..];
        if !(rest.starts_with("right,") || rest.starts_with("left,")) {
            continue;
        }
        let Some(comma) = sentence[..at].rfind(", ") else {
            continue;
        };
        let inside = &sentence[comma + 2..at];
        if inside.split_whitespace().count() <= 4
            && inside.split_whitespace().all(|w| {
                matches!(
                    w,
                    "first" | "second" | "third" | "fourth" | "fifth" | "and" | "far"
                )
            })
        {
            let end = from + rest.find(',').unwrap_or(0) + 1;
            out.push(comma..end);
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// Where the statement starts after a dateline: "ATLANTA (AP) — ", "LONDON, March 3 (Reuters) - ",
/// "WASHINGTON — ", "(CNN) — ". 0 when there is none.
pub fn dateline_end(sentence: &str) -> usize {
    let b = sentence.as_bytes();
    let mut i = 0;
    // A place in capitals ("NEW YORK", "ST. LOUIS"), then an optional ", Month Day".
    let mut caps = 0;
    while i < b.len() && (b[i].is_ascii_uppercase() || matches!(b[i], b' ' | b'.' | b'\'' | b'-')) {
        caps += usize::from(b[i].is_ascii_uppercase());
        // A dash after a space ends the place: it is the dateline's dash.
        if b[i] == b'-' && i > 0 && b[i - 1] == b' ' {
            break;
        }
        i += 1;
    }
    if caps > 0 && caps < 2 {
        return place_agency_end(sentence);
    }
    if caps >= 2 && i < b.len() && b[i] == b',' {
        // ", March 3" or ", Ukraine": up to the agency or the dash, at most a few words.
        let rest = &sentence[i..];
        let stop = rest
            .find(['(', '—', '–'])
            .or_else(|| rest.find(" - "))
            .filter(|&s| s < 40);
        match stop {
            Some(s) => i += s,
            None => return 0,
        }
    }
    let mut j = i;
    while j < b.len() && b[j] == b' ' {
        j += 1;
    }
    // An optional agency in brackets: "(AP)", "(Reuters)", "(CNN)".
    let mut agency = false;
    if sentence[j..].starts_with('(')
        && let Some(close) = sentence[j..].find(')')
    {
        let inner = &sentence[j + 1..j + close];
        if !inner.is_empty()
            && inner.len() <= 20
            && inner.starts_with(|c: char| c.is_ascii_uppercase())
            && !inner.contains(' ')
        {
            agency = true;
            j += close + 1;
        }
    }
    if caps < 2 && !agency {
        return 0;
    }
    while j < b.len() && b[j] == b' ' {
        j += 1;
    }
    let rest = &sentence[j..];
    let dash = ["—", "–", "--", "-"]
        .iter()
        .find(|d| rest.starts_with(**d))
        .map(|d| d.len());
    match dash {
        Some(n) => {
            let after = &rest[n..];
            j + n + (after.len() - after.trim_start().len())
        }
        None => 0,
    }
}

/// "Mexico City (Reuters) - ": a place written in capitalised words, an agency in brackets, a
/// dash. 0 when the sentence does not open so.
fn place_agency_end(sentence: &str) -> usize {
    // Only the first " (" counts, and only within 40 bytes: the search reads no further (most
    // sentences open with a capital and come here, and most have no bracket near the start).
    let head = &sentence.as_bytes()[..sentence.len().min(42)];
    let Some(open) = head.windows(2).position(|w| w == b" (") else {
        return 0;
    };
    let place = &sentence[..open];
    if !place
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        || place.split_whitespace().count() > 4
    {
        return 0;
    }
    let rest = &sentence[open + 2..];
    let Some(close) = rest.find(')').filter(|&c| c <= 20 && c > 0) else {
        return 0;
    };
    let inner = &rest[..close];
    if inner.contains(' ') || !inner.starts_with(|c: char| c.is_ascii_uppercase()) {
        return 0;
    }
    let after = &rest[close + 1..];
    let trimmed = after.trim_start();
    let dash = ["—", "–", "--", "-"]
        .iter()
        .find(|d| trimmed.starts_with(**d))
        .map(|d| d.len());
    match dash {
        Some(n) => {
            let body = &trimmed[n..];
            sentence.len() - body.trim_start().len()
        }
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_found_in_their_usual_shapes() {
        for s in [
            "ATLANTA (AP) — Storms killed 12 people.",
            "LONDON, March 3 (Reuters) - Storms killed 12 people.",
            "NEW YORK — Storms killed 12 people.",
            "(CNN) — Storms killed 12 people.",
            "Mexico City (Reuters) - Storms killed 12 people.",
        ] {
            assert_eq!(&s[dateline_end(s)..], "Storms killed 12 people.", "{s}");
        }
        for s in [
            "NASA said the crew will land on March 30.",
            "A US-led team found 12 - or more - graves.",
            "I think so.",
        ] {
            assert_eq!(dateline_end(s), 0, "{s}");
        }
    }

    #[test]
    fn captions_credits_bylines_and_pointers_are_noise() {
        for s in [
            "Read more: Why the dam failed",
            "Photo: Jane Roe/Getty Images",
            "By Jane Smith and Tom Ray, CNN",
            "The mayor is pictured with her husband Tom.",
            "Will the bridge be finished by 2030?",
            "Back off, jerk!",
            "Who will pay for it? – he asked.",
            "AP Sports Writer",
            "Follow Dana Wu on X: @danawu",
            "Readers can reach reporter Sam Ortiz at sortiz@dailyherald.com.",
            "Image caption, Waves crashed over the sea wall in Porthcawl on Saturday",
            "Image source, Getty Images",
            "Media caption, Residents describe the moment the river burst its banks",
        ] {
            assert!(is_noise(s), "{s}");
        }
        for s in [
            "By 2030, the city will have spent $4 billion on the bridge.",
            "The bridge, built in 1932, carries 40,000 cars a day.",
            "Image sources differ on the number of protesters.",
        ] {
            assert!(!is_noise(s), "{s}");
        }
    }

    #[test]
    fn credits_and_caption_verbs_are_found_in_any_case() {
        for s in [
            "Fans gather outside the stadium before the final. GETTY IMAGES",
            "The Mayor Is Pictured With Her Husband At The Gala.",
            "Fans gather outside the \u{212A}ELVIN stadium. Getty Images",
            // Found only in the lower-cased copy: the Kelvin sign lower-cases to "k".
            "Fans gather outside the stadium. SHUTTERSTOC\u{212A}",
            "READ MORE: Why the dam failed",
            "© 2024 The Daily Herald",
            "ADVERTISEMENT",
        ] {
            assert!(is_noise(s), "{s}");
        }
    }

    #[test]
    fn only_the_listed_characters_lower_case_into_ascii() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii())
        {
            if c.to_lowercase().any(|l| l.is_ascii()) {
                assert!(LOWERS_TO_ASCII.contains(&c), "{c:?} lower-cases into ASCII");
            }
        }
    }

    #[test]
    fn caption_marks_are_found_between_brackets_and_commas() {
        let s = "Coach Ann Lee (left) and her parents, second and third from right, watched.";
        let marks: Vec<&str> = caption_marks(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(marks, [" (left)", ", second and third from right,"]);
    }
}
