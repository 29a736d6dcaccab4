//! Clock times ("9:15 p.m.", "14:00 GMT", "8 PM", "noon") and elapsed times ("2:58:41").
//!
//! A clock time is `T20:46` (ISO 8601 time, minutes always written, seconds when given), with
//! `Z` or an offset when a zone is named ("14:00 GMT" → `T14:00Z`); joined to the day-grain date
//! right before or after it ("at 8:46 p.m. on April 1") it becomes `2014-04-01T20:46` (see
//! `Scanner::join_time`). Hours, minutes and seconds with no a.m./p.m. and no "at" before them
//! are an elapsed time, a duration: "finishing in 2:58:41" → `PT2H58M41S`.

use super::*;

/// Time zones written after a clock time, and their offsets ("ET", "PT": `US_ZONES`).
const ZONES: &[(&str, &str)] = &[
    ("gmt", "Z"),
    ("utc", "Z"),
    ("z", "Z"),
    ("bst", "+01:00"),
    ("cet", "+01:00"),
    ("cest", "+02:00"),
    ("eet", "+02:00"),
    ("eest", "+03:00"),
    ("msk", "+03:00"),
    ("ist", "+05:30"),
    ("jst", "+09:00"),
    ("kst", "+09:00"),
    ("aest", "+10:00"),
    ("aedt", "+11:00"),
    ("est", "-05:00"),
    ("edt", "-04:00"),
    ("cst", "-06:00"),
    ("cdt", "-05:00"),
    ("mst", "-07:00"),
    ("mdt", "-06:00"),
    ("pst", "-08:00"),
    ("pdt", "-07:00"),
];

/// The zones of the United States written without saying whether daylight saving is on ("ET",
/// "8 p.m. Eastern"): their offset in standard time and in daylight saving time, taken from
/// the day the time is on (`us_offset`).
const US_ZONES: &[(&str, &str, &str)] = &[
    ("et", "-05:00", "-04:00"),
    ("ct", "-06:00", "-05:00"),
    ("mt", "-07:00", "-06:00"),
    ("pt", "-08:00", "-07:00"),
    ("eastern", "-05:00", "-04:00"),
    ("central", "-06:00", "-05:00"),
    ("mountain", "-07:00", "-06:00"),
    ("pacific", "-08:00", "-07:00"),
];

/// The offset of a zone of `US_ZONES` (`name` lowercase) on day `d`: daylight saving from the
/// second Sunday of March to the first Sunday of November (since 2007; from 1987 to 2006 the
/// first Sunday of April to the last Sunday of October); `None` for another name or an
/// earlier year.
pub(super) fn us_offset(name: &str, d: NaiveDate) -> Option<&'static str> {
    let &(_, standard, daylight) = US_ZONES.iter().find(|(z, _, _)| *z == name)?;
    let y = d.year();
    let sunday =
        |m: u32, n: u8| NaiveDate::from_weekday_of_month_opt(y, m, chrono::Weekday::Sun, n);
    let (start, end) = if y >= 2007 {
        (sunday(3, 2)?, sunday(11, 1)?)
    } else if y >= 1987 {
        let last_october = (1..=5).rev().find_map(|n| sunday(10, n))?;
        (sunday(4, 1)?, last_october)
    } else {
        return None;
    };
    Some(if (start..end).contains(&d) {
        daylight
    } else {
        standard
    })
}

/// The name of the zone of `US_ZONES` that ends the clock time `text`, lowercase ("ET",
/// "Eastern", "Eastern time").
pub(super) fn us_zone_of(text: &str) -> Option<&'static str> {
    let t = text.trim_end();
    let t = t
        .strip_suffix(" time")
        .or_else(|| t.strip_suffix(" Time"))
        .unwrap_or(t);
    let last = t.rsplit(' ').next()?;
    US_ZONES
        .iter()
        .find(|(z, _, _)| last.eq_ignore_ascii_case(z))
        .map(|(z, _, _)| *z)
}

/// A clock value and its zone's offset (`T08:05` and `Z`, or none), in the value's own string.
#[inline]
fn with_zone(mut v: String, off: &str) -> String {
    v.push_str(off);
    v
}

/// `T08:05`, `T08:05:30`.
#[inline]
fn clock_value(h: u32, m: u32, s: Option<u32>) -> String {
    // written digit by digit: `format!` costs several times more, and every clock time comes here
    fn two(out: &mut String, v: u32) {
        if v < 100 {
            out.push(char::from(b'0' + (v / 10) as u8));
            out.push(char::from(b'0' + (v % 10) as u8));
        } else {
            out.push_str(&v.to_string());
        }
    }
    let mut out = String::with_capacity(9);
    out.push('T');
    two(&mut out, h);
    out.push(':');
    two(&mut out, m);
    if let Some(s) = s {
        out.push(':');
        two(&mut out, s);
    }
    out
}

impl<'a> Scanner<'a> {
    /// "a.m."/"p.m." (or "am", "pm", "a.m", "p. m.") at `j`: `(Some(pm), end)`.
    #[inline]
    pub(super) fn meridiem(&self, j: usize) -> (Option<bool>, usize) {
        // every form starts with "a", "p", "am" or "pm" (either case): most tokens are not a
        // word of one or two letters starting so
        if !self.word_bytes(j).is_some_and(|w| {
            w.len() <= 2 && matches!(w.first().map(|c| c | 0x20), Some(b'a' | b'p'))
        }) {
            return (None, j);
        }
        let (found, e) = self.ampm(j);
        if found {
            return (Some(self.is_any(j, &["pm", "p"])), e);
        }
        // "p. m." with a space
        if self.is_any(j, &["a", "p"])
            && self.punct(j + 1, '.')
            && self.touches(j + 1)
            && self.is(j + 2, "m")
            && self.punct(j + 3, '.')
            && self.touches(j + 3)
            && self.is_upper_or_lower_short(j)
        {
            return (Some(self.is(j, "p")), j + 4);
        }
        // "p m" as two letters, closing the expression
        if self.is_any(j, &["a", "p"])
            && self.is(j + 1, "m")
            && self.text_of(j).len() == 1
            && self.closes(j + 2)
        {
            return (Some(self.is(j, "p")), j + 2);
        }
        (None, j)
    }

    #[inline]
    fn is_upper_or_lower_short(&self, j: usize) -> bool {
        self.text_of(j).len() == 1
    }

    /// "in the morning", "in the evening", "tonight" after a time: whether it is after noon.
    #[inline]
    fn daypart_after(&self, j: usize) -> (Option<bool>, usize) {
        let k = if self.is(j, "in") && self.is(j + 1, "the") {
            j + 2
        } else if self.is(j, "this") || self.is(j, "at") {
            j + 1
        } else if self.is_any(j, &["morning", "afternoon", "evening"]) {
            // "half past seven afternoon"
            j
        } else {
            return (None, j);
        };
        match self.lower(k).as_str() {
            "morning" => (Some(false), k + 1),
            "afternoon" | "evening" => (Some(true), k + 1),
            "night" if self.is(j, "at") || self.is(j, "in") => (Some(true), k + 1),
            _ => (None, j),
        }
    }

    /// The part of the day named right before a clock time at `i`: "afternoon 7:00", "in the
    /// evening at 7", "Tuesday morning at 9:15": whether it is after noon, and whether "at" was
    /// written between them.
    #[inline]
    fn daypart_before(&self, i: usize) -> Option<(bool, bool)> {
        let mut k = i.checked_sub(1)?;
        let at = self.is(k, "at");
        if at {
            k = k.checked_sub(1)?;
        }
        if k < self.floor {
            return None;
        }
        // compared in place, length first: a word is not copied in lowercase to be compared
        if self.is(k, "morning") {
            Some((false, at))
        } else if self.is_any(k, &["afternoon", "evening", "tonight"])
            || (at && self.is(k, "night"))
        {
            Some((true, at))
        } else {
            None
        }
    }

    /// A zone after a clock time: "GMT", "EDT", "local time", "(1846 GMT)" is left alone.
    #[inline]
    fn zone_after(&self, j: usize) -> (&'static str, usize) {
        // (`zone_word` is its byte test, for the gate of a number in four digits)
        if self.is(j, "local") && self.is(j + 1, "time") {
            return ("", j + 2);
        }
        // "8 p.m. ET", "8 p.m. Eastern (time)": the offset of the day of publication until the
        // time is joined to its own day (`Scanner::join_time`)
        if self.is_word(j) && self.text_of(j).as_bytes()[0].is_ascii_uppercase() {
            let lc = self.lower(j);
            let upper = self.text_of(j).bytes().all(|b| b.is_ascii_uppercase());
            let long = lc.as_str().len() > 2;
            let timed = long && self.is(j + 1, "time");
            // "10 a.m. Central Park" is a place
            let named = long
                && !timed
                && self.tokens.get(j + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && self.text_of(j + 1).as_bytes()[0].is_ascii_uppercase()
                });
            if upper != long && !named && US_ZONES.iter().any(|(z, _, _)| *z == lc.as_str()) {
                let off = self.published.and_then(|p| us_offset(lc.as_str(), p));
                return (off.unwrap_or(""), if timed { j + 2 } else { j + 1 });
            }
        }
        if self.is_word(j) && self.text_of(j).bytes().all(|b| b.is_ascii_uppercase()) {
            let lc = self.lower(j);
            if let Some((_, off)) = ZONES.iter().find(|(z, _)| *z == lc.as_str()) {
                // "Z" only glued to the number
                if lc.as_str() == "z" && !self.touches(j) {
                    return ("", j);
                }
                return (off, j + 1);
            }
        }
        ("", j)
    }

    /// Token `j` is a word of one to four capitals, as a zone's abbreviation is ("GMT", "ET").
    #[inline]
    pub(super) fn zone_word(&self, j: usize) -> bool {
        self.word_bytes(j)
            .is_some_and(|w| (1..=4).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase))
    }

    /// A clock time or an elapsed time written with digits, at token `i`.
    #[inline]
    pub(super) fn time_of_day(&mut self, i: usize) -> Option<Hit> {
        // "8.10 pm": one number token (a plain integer, most numbers, has no dot to look for)
        if self.tokens.get(i).is_some_and(|t| t.int_digits == 0)
            && let Some((a, b)) = self.text_of(i).split_once('.')
            && b.len() == 2
            && let (Ok(h), Ok(m)) = (a.parse::<u32>(), b.parse::<u32>())
            && (1..=12).contains(&h)
            && m < 60
            && let (Some(pm), e) = self.meridiem(i + 1)
        {
            let (off, e) = self.zone_after(e);
            let v = clock_value(to_24(h, pm), m, None);
            return Some(self.time_hit(i, e, with_zone(v, off)));
        }
        let (h, hd) = self.small_int(i)?;
        // "1140 a.m.", "340pm"
        if hd >= 3 {
            let (pm, e) = self.meridiem(i + 1);
            let Some(pm) = pm else {
                // "by 1130 GMT", "at 0830 ET": a wire's 24-hour clock in four digits before a
                // zone
                let (hh, mm) = (h / 100, h % 100);
                let (off, e) = self.zone_after(i + 1);
                if hd == 4 && hh < 24 && mm < 60 && e > i + 1 && self.zone_word(i + 1) {
                    return Some(self.time_hit(i, e, with_zone(clock_value(hh, mm, None), off)));
                }
                return None;
            };
            let (hh, mm) = (h / 100, h % 100);
            if !(1..=12).contains(&hh) || mm > 59 {
                return None;
            }
            let hh = to_24(hh, pm);
            let (off, e) = self.zone_after(e);
            return Some(self.time_hit(i, e, with_zone(clock_value(hh, mm, None), off)));
        }
        if h > 24 {
            return None;
        }
        // read only for an hour: most numbers are out above ("at" only for a time with seconds,
        // below)
        let after_at =
            || i > self.floor && i > 0 && self.is_any(i - 1, &["at", "by", "until", "from"]);
        // read only where it decides: most numbers are out before
        let daypart_before = || self.daypart_before(i);
        let mut e = i + 1;
        let mut minute = 0;
        let mut second = None;
        let mut written = false;
        // "9:15", "7:56:30", "8.10 pm", "7h01"
        let sep_ok = |k: usize| {
            (self.punct(k, ':') || self.punct(k, '.') || self.is_any(k, &["h"]))
                && self.touches(k)
                && self.touches(k + 1)
        };
        // "3:49.04", "1:59:40.2": seconds with a fraction are a race time, never a clock's
        if self.punct(e, ':')
            && self.touches(e)
            && self.touches(e + 1)
            && let Some(sec) = self.fractional_seconds(e + 1)
        {
            return Some(Hit::new(
                ValueKind::Duration,
                i,
                e + 2,
                Some(format!("PT{h}M{sec}S")),
            ));
        }
        if sep_ok(e) && self.small_int(e + 1).is_some_and(|(_, d)| d == 2) {
            let dot = self.punct(e, '.');
            let (m, _) = self.small_int(e + 1)?;
            if m > 59 {
                return None;
            }
            minute = m;
            written = true;
            e += 2;
            if self.punct(e, ':')
                && self.touches(e)
                && self.touches(e + 1)
                && !dot
                && let Some(sec) = self.fractional_seconds(e + 1)
            {
                let mut iso = format!("PT{h}H");
                if minute > 0 {
                    iso.push_str(&format!("{minute}M"));
                }
                iso.push_str(&format!("{sec}S"));
                return Some(Hit::new(ValueKind::Duration, i, e + 2, Some(iso)));
            }
            if self.punct(e, ':')
                && self.touches(e)
                && let Some((s, 2)) = self.small_int(e + 1)
                && self.touches(e + 1)
            {
                if s > 59 {
                    return None;
                }
                second = Some(s);
                e += 2;
            }
            // "8.10" is a number unless a.m./p.m. follows
            if dot && self.meridiem(e).0.is_none() {
                return None;
            }
        }
        // "12 noon", "12 midnight"
        if !written && h == 12 && self.is_any(e, &["noon", "midday", "midnight"]) {
            let v = if self.is(e, "midnight") {
                "T00:00"
            } else {
                "T12:00"
            };
            return Some(self.time_hit(i, e + 1, v.to_string()));
        }
        let (pm, e2) = self.meridiem(e);
        if let Some(pm) = pm {
            if !(1..=12).contains(&h) {
                return None;
            }
            let (off, e3) = self.zone_after(e2);
            let v = clock_value(to_24(h, pm), minute, second);
            return Some(self.time_hit(i, e3, with_zone(v, off)));
        }
        // "7 o'clock"
        if self.is(e, "o")
            && self.punct(e + 1, '\'')
            && self.is(e + 2, "clock")
            && (1..=12).contains(&h)
        {
            let (pm, e3) = self.daypart_after(e + 3);
            // "12 o'clock" with no part of the day named is noon
            let v = clock_value(to_24(h, pm.unwrap_or(h == 12)), minute, second);
            return Some(self.time_hit(i, e3, v));
        }
        if !written {
            // "8 in the morning"
            if let (Some(pm), e3) = self.daypart_after(e)
                && (1..=12).contains(&h)
                && e3 > e
            {
                return Some(self.time_hit(i, e3, clock_value(to_24(h, pm), 0, None)));
            }
            // "in the afternoon at 7": a bare hour needs the "at"
            if i > 0
                && self.is(i - 1, "at")
                && let Some((pm, true)) = daypart_before()
                && (1..=12).contains(&h)
            {
                return Some(self.time_hit(i, e, clock_value(to_24(h, pm), 0, None)));
            }
            return None;
        }
        // hours, minutes and seconds and no "at": an elapsed time ("finished in 2:58:41")
        if let Some(s) = second
            && daypart_before().is_none()
            && !after_at()
            && !self.is_any(e, &["gmt", "utc", "local"])
        {
            let mut iso = format!("PT{h}H");
            if minute > 0 {
                iso.push_str(&format!("{minute}M"));
            }
            if s > 0 {
                iso.push_str(&format!("{s}S"));
            }
            return Some(Hit::new(ValueKind::Duration, i, e, Some(iso)));
        }
        if h > 23 {
            return None;
        }
        let (pm, e3) = self.daypart_after(e);
        let pm = pm.or_else(|| daypart_before().map(|(pm, _)| pm));
        let hh = match pm {
            Some(p) if h <= 12 => to_24(h, p),
            _ => h,
        };
        let (off, e4) = self.zone_after(e3);
        Some(self.time_hit(i, e4, with_zone(clock_value(hh, minute, second), off)))
    }

    /// Token `k` is seconds with a fraction, "49.04" (two digits below 60, then one to three
    /// decimals), not followed by another ':' or a letter: the seconds as written, without
    /// leading zero ("09.5" → "9.5").
    fn fractional_seconds(&self, k: usize) -> Option<String> {
        if !self.is_num(k) || self.punct(k + 1, ':') || self.glued_after(k) {
            return None;
        }
        let (a, b) = self.text_of(k).split_once('.')?;
        if a.len() != 2
            || !(1..=3).contains(&b.len())
            || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let sec: u32 = a.parse().ok()?;
        (sec < 60).then(|| format!("{sec}.{b}"))
    }

    /// "noon", "midnight", "midday" (and "12 noon"); "mid-day", "mid night"; "midmorning" and
    /// "mid-afternoon", the middle of a part of the day, as its usual hour (`approx`).
    #[inline]
    pub(super) fn clock_word(&mut self, i: usize) -> Option<Hit> {
        let lc = self.lower(i);
        let (word, e) = if lc.as_str() == "mid" {
            // "mid-morning", "mid morning"
            let j = if self.punct(i + 1, '-') && self.touches(i + 1) && self.touches(i + 2) {
                i + 2
            } else {
                i + 1
            };
            (self.lower(j), j + 1)
        } else {
            (lc, i + 1)
        };
        let (v, approx) = match word.as_str() {
            "noon" | "midday" | "day" => ("T12:00", false),
            "noonish" => ("T12:00", true),
            "midnight" | "night" => ("T00:00", false),
            "midmorning" | "morning" => ("T10:00", true),
            "midafternoon" | "afternoon" => ("T14:00", true),
            _ => return None,
        };
        // "noon" as in "afternoon" is its own word; "at noon" needs no "at"
        let h = self.time_hit(i, e, v.to_string());
        Some(if approx {
            h.with_mod(Some(Modifier::Approx))
        } else {
            h
        })
    }

    /// A clock time in words with a.m./p.m.: "seven thirty p.m." (read as 730), "eight pm".
    #[inline]
    pub(super) fn spelled_time(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        if !np.words {
            return None;
        }
        // "seven o'clock", "ten o'clock at night"
        if self.is(np.end, "o")
            && self.punct(np.end + 1, '\'')
            && self.is(np.end + 2, "clock")
            && let Some(h) = np.int().filter(|h| (1..=12).contains(h))
        {
            let h = h as u32;
            let (pm, e) = self.daypart_after(np.end + 3);
            let v = clock_value(to_24(h, pm.unwrap_or(h == 12)), 0, None);
            return Some(self.time_hit(s, e, v));
        }
        // "eleven twenty p.m.", "ten fifty-five pm", "fifteen thirty p m", "at eight forty",
        // "at eleven five": the hour and the minutes as two numbers, with a.m./p.m. or "at"
        if let Some(h) = np.int().filter(|h| (1..=23).contains(h))
            && matches!(self.lex(np.end), Lexeme::Tens(_) | Lexeme::Cardinal(_))
            && let Some(mp) = self.number_at(np.end, false)
            && mp.words
            && let Some(m) = mp.int().filter(|m| (1..=59).contains(m))
        {
            let at = s > self.floor && self.is_any(s - 1, &["at", "until", "till"]);
            match self.meridiem(mp.end) {
                (Some(pm), e) if m >= 10 => {
                    let h = if h > 12 {
                        h as u32
                    } else {
                        to_24(h as u32, pm)
                    };
                    return Some(self.time_hit(s, e, clock_value(h, m as u32, None)));
                }
                (None, _) if at && (m >= 10 || h <= 12) && self.closes(mp.end) => {
                    let (pm, e) = self.daypart_after(mp.end);
                    let h = match pm {
                        Some(p) if h <= 12 => to_24(h as u32, p),
                        _ => h as u32,
                    };
                    return Some(self.time_hit(s, e, clock_value(h, m as u32, None)));
                }
                _ => {}
            }
        }
        let (pm, e) = self.meridiem(np.end);
        let pm = pm?;
        let n = np.int()?;
        let (h, m) = if n <= 12 { (n, 0) } else { (n / 100, n % 100) };
        if !(1..=12).contains(&h) || m > 59 {
            return None;
        }
        let v = clock_value(to_24(h as u32, pm), m as u32, None);
        Some(self.time_hit(s, e, v))
    }

    /// "half past eight", "20 minutes past nine", "ten past 9 in the evening", "three minutes to
    /// eight", "a quarter to 8": a clock time told from the hour.
    #[inline]
    pub(super) fn past_or_to(&mut self, s: usize, j: usize, minutes: u32) -> Option<Hit> {
        // most numbers are no minutes: out before any word is compared
        if minutes == 0 || minutes >= 60 {
            return None;
        }
        let mut j = j;
        if self.is_any(j, &["minutes", "minute", "mins", "min"]) {
            j += 1;
        }
        let past = self.is(j, "past");
        if !(past || self.is(j, "to")) || minutes == 0 || minutes >= 60 {
            return None;
        }
        let np = self.number_at(j + 1, false)?;
        let h = np.int()?;
        if !(1..=12).contains(&h) || !np.is_int() {
            return None;
        }
        let mut e = np.end;
        let mut pm = None;
        if let (Some(p), e2) = self.meridiem(e) {
            pm = Some(p);
            e = e2;
        } else if self.is(e, "o") && self.punct(e + 1, '\'') && self.is(e + 2, "clock") {
            e += 3;
        }
        if pm.is_none()
            && let (Some(p), e2) = self.daypart_after(e)
        {
            pm = Some(p);
            e = e2;
        }
        let h = to_24(h as u32, pm.unwrap_or(false));
        let (h, m) = if past {
            (h, minutes)
        } else {
            ((h + 23) % 24, 60 - minutes)
        };
        Some(self.time_hit(s, e, clock_value(h, m, None)))
    }

    /// "20 past nine", "three minutes to eight": a number of minutes and an hour.
    #[inline]
    pub(super) fn minutes_past(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let j = np.end;
        let minutes = u32::try_from(np.int()?).ok()?;
        // "three quarters past 9pm"
        if minutes < 4 && self.is_any(j, &["quarter", "quarters"]) && self.is(j + 1, "past") {
            return self.past_or_to(s, j + 1, minutes * 15);
        }
        // a bare "10 to 9" is a score or a vote: "to" needs "minutes"
        if self.is(j, "to") {
            return None;
        }
        self.past_or_to(s, j, minutes)
    }

    /// "half past eight", "a quarter past 9", "a quarter to 8".
    #[inline]
    pub(super) fn half_past(&mut self, i: usize) -> Option<Hit> {
        if self.is(i, "half") {
            return self.past_or_to(i, i + 1, 30);
        }
        if self.is_any(i, &["a"]) && self.is(i + 1, "quarter") {
            return self.past_or_to(i, i + 2, 15);
        }
        if self.is(i, "quarter") {
            return self.past_or_to(i, i + 1, 15);
        }
        None
    }

    #[inline]
    fn time_hit(&self, s: usize, e: usize, v: String) -> Hit {
        Hit::new(ValueKind::Time, s, e, Some(v))
    }
}

/// 12-hour clock to 24: 12 a.m. is 0, 12 p.m. is 12.
#[inline]
fn to_24(h: u32, pm: bool) -> u32 {
    match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    }
}
