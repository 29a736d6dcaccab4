//! Text from the database or a file made safe for the terminal, for the command line and the
//! workbench alike: control and bidirectional-override characters are shown inert.

use std::borrow::Cow;

/// Replace every character a terminal would act on with a visible one of the same count, so that
/// character offsets still hold: C0 controls become their Control Pictures (ESC → ␛), DEL → ␡, C1
/// controls and bidirectional overrides and isolates → U+FFFD, tab → space. Newlines are kept
/// when `keep_newlines`, else become spaces.
pub fn sanitize(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    // An ASCII text is checked byte by byte, which is quicker than decoding it.
    let clean = if s.is_ascii() {
        !s.bytes()
            .any(|b| needs_replacing(char::from(b), keep_newlines))
    } else {
        !s.chars().any(|c| needs_replacing(c, keep_newlines))
    };
    if clean {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| replace(c, keep_newlines)).collect())
}

/// One line of text for a list row, a title or a URL, at full length.
pub fn one_line(s: &str) -> Cow<'_, str> {
    sanitize(s, false)
}

/// One line of text cut to `max` characters, with "…" where it was cut.
pub fn line(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max * 4));
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        out.push(match c {
            '\n' | '\r' => ' ',
            c => replace(c, false),
        });
    }
    out
}

fn needs_replacing(c: char, keep_newlines: bool) -> bool {
    (c.is_control() && !(keep_newlines && c == '\n')) || is_bidi(c)
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn replace(c: char, keep_newlines: bool) -> char {
    match c {
        '\n' if keep_newlines => '\n',
        '\n' | '\t' => ' ',
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        c if c.is_control() || is_bidi(c) => '\u{FFFD}',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_overrides_are_shown_inert_and_keep_their_count() {
        let hostile = "ok\u{1b}[2Jx\u{202E}evil\u{7f}";
        let safe = one_line(hostile);
        assert!(!safe.chars().any(|c| c.is_control() || is_bidi(c)));
        assert_eq!(safe.chars().count(), hostile.chars().count());
        assert!(safe.contains('␛'));
    }

    #[test]
    fn lines_are_cut_with_an_ellipsis_and_newlines_become_spaces() {
        assert_eq!(line("a\nb\r\nc", 10), "a b  c");
        assert_eq!(line("abcdef", 3), "abc…");
        assert_eq!(sanitize("a\nb", true), "a\nb");
    }
}
