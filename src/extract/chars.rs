//! Character classes asked of every character the claim stage and the score read, with fast
//! paths: ASCII, and the General Punctuation block (’ “ ” — – …), which news text is full of and
//! which holds no letter or digit, so the Unicode tables are not searched for it.

/// `c.is_alphanumeric()`, answered without the Unicode tables for ASCII and punctuation.
#[inline]
pub fn is_alnum(c: char) -> bool {
    fast(c, char::is_ascii_alphanumeric, char::is_alphanumeric)
}

/// `c.is_alphabetic()`, answered without the Unicode tables for ASCII and punctuation.
#[inline]
pub fn is_alpha(c: char) -> bool {
    fast(c, char::is_ascii_alphabetic, char::is_alphabetic)
}

/// `full(c)`, with `ascii` asked for ASCII and no table searched for punctuation.
#[inline(always)]
fn fast(c: char, ascii: fn(&char) -> bool, full: fn(char) -> bool) -> bool {
    if c.is_ascii() {
        ascii(&c)
    } else {
        !is_general_punctuation(c) && full(c)
    }
}

/// U+2000 to U+206F: spaces, dashes, quotation marks, the ellipsis; no letter, no digit.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_paths_agree_with_the_standard_library() {
        let probe = (0u32..0x3000)
            .chain([0x1F600, 0x10400, 0xFF21])
            .filter_map(char::from_u32);
        for c in probe {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
