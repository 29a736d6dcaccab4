//! Reading article files: plain text, and Markdown with optional front matter. Every failure is one
//! sentence that names the file.
//!
//! Bytes: at most the import limit is read (`[import] max_bytes`), so a huge file or an endless
//! stream (`/dev/zero`) stops there. UTF-8 is the rule; a byte-order mark says when a file is
//! UTF-16 or UTF-32 instead, and it is decoded (through `encoding_rs`, UTF-32 by hand: the WHATWG
//! encodings leave it out). A file with NUL bytes and no mark is refused as such: it is UTF-16 or
//! UTF-32 without its mark, or not text at all.

use crate::extract::normalize;
use chrono::NaiveDate;
use serde::Deserialize;
use std::io::Read;
use std::path::Path;

/// An article as read from a file, before it is stored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub title: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: Option<NaiveDate>,
    /// Normalized text (see `extract::normalize`): what the reviewer sees, what offsets index.
    pub text: String,
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{0}: no such file; check the path")]
    Missing(String),
    #[error("{0} is a folder; give an article file (.txt, .md or .html)")]
    Folder(String),
    #[error("cannot read {0}: {1}")]
    Io(String, String),
    #[error(
        "{0} is not valid UTF-8 text (bad byte at offset {1}); save it as UTF-8 and import it again"
    )]
    NotUtf8(String, usize),
    #[error(
        "{0} starts with a {1} byte-order mark but is not valid {1} text; save it as UTF-8 and import it again"
    )]
    BadEncoding(String, &'static str),
    #[error(
        "{0} holds NUL bytes: it is UTF-16 or UTF-32 text without a byte-order mark, or not text at all; save it as UTF-8 and import it again"
    )]
    NulBytes(String),
    #[error(
        "{0} is larger than the import limit of {1} bytes; raise `max_bytes` under `[import]` in config.toml to import it"
    )]
    TooLarge(String, u64),
    #[error(
        "{0}: the front matter opened by `---` on the first line is never closed by a `---` line; close it, or remove the first line"
    )]
    FrontMatterOpen(String),
    #[error("{0} is empty; there is nothing to import")]
    Empty(String),
    #[error("{0}: the front matter is not valid YAML ({1}); fix it or remove it")]
    FrontMatter(String, String),
    #[error(
        "{0}: published date \"{1}\" in the front matter is not a date; write it as YYYY-MM-DD"
    )]
    FrontMatterDate(String, String),
    #[error("{0}: no article text found in the page ({1}); save the article as .txt instead")]
    Html(String, String),
    #[error(
        "{0}: the page nests its elements {1} deep, more than the {MAX_HTML_DEPTH} this reads; save the article as .txt and import that instead"
    )]
    HtmlTooDeep(String, usize),
}

/// The deepest element nesting `html` reads. Readability looks at each element's subtree, so its
/// time grows with size × depth; real pages nest a few dozen deep, browsers stop at a few hundred.
pub const MAX_HTML_DEPTH: usize = 512;

/// Read `path` (or standard input for `-`) into a document, up to the default import limit.
pub fn read(path: &Path) -> Result<Document, IngestError> {
    read_limited(path, crate::config::DEFAULT_MAX_BYTES)
}

/// Read `path` (or standard input for `-`) into a document, reading no more than `max_bytes`.
pub fn read_limited(path: &Path, max_bytes: u64) -> Result<Document, IngestError> {
    let name = path.display().to_string();
    let shown = if name == "-" {
        "standard input".to_string()
    } else {
        name.clone()
    };
    let mut buf = Vec::new();
    let read = if name == "-" {
        std::io::stdin()
            .lock()
            .take(max_bytes.saturating_add(1))
            .read_to_end(&mut buf)
    } else {
        if path.is_dir() {
            return Err(IngestError::Folder(name));
        }
        let file = std::fs::File::open(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => IngestError::Missing(name.clone()),
            _ => IngestError::Io(name.clone(), e.to_string()),
        })?;
        file.take(max_bytes.saturating_add(1)).read_to_end(&mut buf)
    };
    read.map_err(|e| IngestError::Io(shown.clone(), e.to_string()))?;
    if buf.len() as u64 > max_bytes {
        return Err(IngestError::TooLarge(shown, max_bytes));
    }
    parse(&shown, &buf, extension(path).as_deref())
}

/// Whether `import FOLDER` takes this file: the formats `read` understands.
pub fn is_article_file(path: &Path) -> bool {
    matches!(
        extension(path).as_deref(),
        Some("txt" | "text" | "md" | "markdown" | "html" | "htm")
    )
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// Parse the bytes of a file called `name` with the given extension.
pub fn parse(name: &str, bytes: &[u8], ext: Option<&str>) -> Result<Document, IngestError> {
    let raw = decode(name, bytes)?;
    let text = normalize(&raw);
    let mut doc = match ext {
        Some("md" | "markdown") => markdown(name, &text)?,
        Some("html" | "htm") => html(name, &text)?,
        _ => Document {
            text,
            ..Document::default()
        },
    };
    if doc.text.trim().is_empty() {
        return Err(IngestError::Empty(name.to_string()));
    }
    if doc.title.is_none() {
        doc.title = first_line_title(&doc.text);
    }
    Ok(doc)
}

/// The text of a file: UTF-8 (its byte-order mark dropped), or UTF-16 or UTF-32 when a byte-order
/// mark says so.
fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<std::borrow::Cow<'a, str>, IngestError> {
    // UTF-32 first: its little-endian mark starts like UTF-16's.
    let utf32 = match bytes {
        [0xFF, 0xFE, 0, 0, rest @ ..] => Some(("UTF-32LE", rest, u32::from_le_bytes as fn(_) -> _)),
        [0, 0, 0xFE, 0xFF, rest @ ..] => Some(("UTF-32BE", rest, u32::from_be_bytes as fn(_) -> _)),
        _ => None,
    };
    if let Some((label, rest, unit)) = utf32 {
        let bad = || IngestError::BadEncoding(name.to_string(), label);
        if rest.len() % 4 != 0 {
            return Err(bad());
        }
        return rest
            .chunks_exact(4)
            .map(|c| {
                let word: [u8; 4] = c.try_into().map_err(|_| bad())?;
                char::from_u32(unit(word)).ok_or_else(bad)
            })
            .collect::<Result<String, _>>()
            .map(Into::into);
    }
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling_and_without_replacement(&bytes[bom..])
            .ok_or_else(|| IngestError::BadEncoding(name.to_string(), encoding.name()));
    }
    if bytes.contains(&0) {
        return Err(IngestError::NulBytes(name.to_string()));
    }
    std::str::from_utf8(bytes)
        .map(Into::into)
        .map_err(|e| IngestError::NotUtf8(name.to_string(), e.valid_up_to()))
}

#[derive(Deserialize, Default)]
struct FrontMatter {
    title: Option<String>,
    url: Option<String>,
    author: Option<String>,
    published: Option<serde_yaml_ng::Value>,
    date: Option<serde_yaml_ng::Value>,
}

/// Markdown: an optional `---` front matter block, then the body as the article text.
fn markdown(name: &str, text: &str) -> Result<Document, IngestError> {
    let Some(rest) = text.strip_prefix("---\n") else {
        return Ok(Document {
            text: text.to_string(),
            ..Document::default()
        });
    };
    // The closing `---` line: right away (empty front matter), or after the YAML.
    let (yaml, body) = if let Some(body) = rest.strip_prefix("---\n") {
        ("", body)
    } else if rest == "---" {
        ("", "")
    } else if let Some(end) = rest.find("\n---\n") {
        (&rest[..end], &rest[end + 5..])
    } else if let Some(yaml) = rest.strip_suffix("\n---") {
        (yaml, "")
    } else {
        return Err(IngestError::FrontMatterOpen(name.into()));
    };
    let body = body.trim_start_matches('\n');
    let fm: FrontMatter = if yaml.trim().is_empty() {
        FrontMatter::default()
    } else {
        serde_yaml_ng::from_str(yaml)
            .map_err(|e| IngestError::FrontMatter(name.into(), e.to_string()))?
    };
    let published = match fm.published.or(fm.date) {
        None | Some(serde_yaml_ng::Value::Null) => None,
        Some(v) => {
            let s = match &v {
                serde_yaml_ng::Value::String(s) => s.clone(),
                other => serde_yaml_ng::to_string(other)
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
            };
            // Accept a full timestamp too; keep its date.
            let day = s.get(..10).unwrap_or(&s);
            Some(
                NaiveDate::parse_from_str(day, "%Y-%m-%d")
                    .map_err(|_| IngestError::FrontMatterDate(name.into(), s.clone()))?,
            )
        }
    };
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Document {
        title: clean(fm.title),
        url: clean(fm.url),
        author: clean(fm.author),
        published,
        text: body.to_string(),
    })
}

/// A saved web page: the article body through readability (boilerplate left out), with title,
/// canonical URL, author and publication date from the page's meta tags and JSON-LD.
fn html(name: &str, page: &str) -> Result<Document, IngestError> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    // The parser itself slows with depth (it looks down its stack of open elements at each tag),
    // so a page far too deep is refused from its tags alone, before it is parsed.
    let estimate = tag_depth(page);
    if estimate > TAG_DEPTH_GUARD {
        return Err(IngestError::HtmlTooDeep(name.into(), estimate));
    }
    let document = dom_query::Document::from(page);
    let depth = element_depth(&document);
    if depth > MAX_HTML_DEPTH {
        return Err(IngestError::HtmlTooDeep(name.into(), depth));
    }
    let mut reader = dom_smoothie::Readability::with_document(document, None, Some(config))
        .map_err(|e| IngestError::Html(name.into(), e.to_string()))?;
    // The canonical URL, when the page names one; readability only reads og:url and JSON-LD.
    let canonical = ["link[rel=canonical]", "meta[property='og:url']"]
        .iter()
        .find_map(|sel| {
            let node = reader.doc.select(sel);
            node.attr("href")
                .or_else(|| node.attr("content"))
                .map(|v| v.to_string())
        });
    let article = reader
        .parse()
        .map_err(|e| IngestError::Html(name.into(), e.to_string()))?;
    // Paragraphs separated by one blank line, no trailing spaces: the text the reviewer reads.
    let mut text = String::with_capacity(article.text_content.len());
    for para in article
        .text_content
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(para);
    }
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Document {
        title: clean(Some(article.title)),
        url: clean(canonical.or(article.url)),
        author: clean(article.byline),
        published: article
            .published_time
            .as_deref()
            .and_then(|t| NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()),
        text: normalize(&text),
    })
}

/// Past this estimate from the tags a page is not parsed at all; generous, since the estimate can
/// overcount a page that leaves elements open (the exact depth, after parsing, is what decides).
const TAG_DEPTH_GUARD: usize = 8 * MAX_HTML_DEPTH;

/// How deep the page's tags nest, estimated in one pass of html5ever's tokenizer (linear): start
/// tags open an element, end tags close back to theirs, and the elements HTML closes by itself (a
/// `p` before a block, an `li` before the next) are closed the same way.
fn tag_depth(page: &str) -> usize {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::states::RawKind;
    use html5ever::tokenizer::{
        BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
    };
    use std::cell::RefCell;
    use std::collections::HashMap;

    #[derive(Default)]
    struct Open {
        stack: Vec<html5ever::LocalName>,
        count: HashMap<html5ever::LocalName, usize>,
        deepest: usize,
    }

    impl Open {
        fn has(&self, name: &str) -> bool {
            self.count
                .get(&html5ever::LocalName::from(name))
                .is_some_and(|&n| n > 0)
        }

        /// Close elements down to and including the innermost one named in `names`.
        fn close_through(&mut self, names: &[&str]) {
            if !names.iter().any(|n| self.has(n)) {
                return;
            }
            while let Some(top) = self.stack.pop() {
                if let Some(n) = self.count.get_mut(&top) {
                    *n -= 1;
                }
                if names.contains(&&*top) {
                    break;
                }
            }
        }
    }

    struct Sink(RefCell<Open>);

    impl TokenSink for Sink {
        type Handle = ();

        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            const VOID: &[&str] = &[
                "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link",
                "meta", "param", "source", "track", "wbr",
            ];
            const CLOSES_P: &[&str] = &[
                "address",
                "article",
                "aside",
                "blockquote",
                "details",
                "dd",
                "div",
                "dl",
                "dt",
                "fieldset",
                "figcaption",
                "figure",
                "footer",
                "form",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "header",
                "hr",
                "li",
                "main",
                "menu",
                "nav",
                "ol",
                "p",
                "pre",
                "section",
                "summary",
                "table",
                "ul",
            ];
            let Token::TagToken(tag) = token else {
                return TokenSinkResult::Continue;
            };
            let mut open = self.0.borrow_mut();
            let name: &str = &tag.name;
            if tag.kind == TagKind::EndTag {
                open.close_through(&[name]);
                return TokenSinkResult::Continue;
            }
            if CLOSES_P.contains(&name) {
                open.close_through(&["p"]);
            }
            match name {
                "li" => open.close_through(&["li"]),
                "dd" | "dt" => open.close_through(&["dd", "dt"]),
                "option" => open.close_through(&["option"]),
                "tr" => open.close_through(&["tr"]),
                "td" | "th" => open.close_through(&["td", "th"]),
                _ => {}
            }
            let foreign = open.has("svg") || open.has("math");
            let closes_itself = VOID.contains(&name) || (tag.self_closing && foreign);
            if !closes_itself {
                *open.count.entry(tag.name.clone()).or_default() += 1;
                open.stack.push(tag.name.clone());
                open.deepest = open.deepest.max(open.stack.len());
            }
            match name {
                "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                    TokenSinkResult::RawData(RawKind::Rawtext)
                }
                "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
                "plaintext" => TokenSinkResult::Plaintext,
                _ => TokenSinkResult::Continue,
            }
        }
    }

    let input = BufferQueue::default();
    input.push_back(StrTendril::from(page));
    let tokenizer = Tokenizer::new(Sink(RefCell::new(Open::default())), Default::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.borrow().deepest
}

/// How deep the page's elements nest, in one walk over the tree (an explicit stack: no recursion
/// to overflow on a hostile page).
fn element_depth(document: &dom_query::Document) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(document.root(), 0)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        let mut child = node.first_element_child();
        while let Some(c) = child {
            child = c.next_element_sibling();
            stack.push((c, depth + 1));
        }
    }
    deepest
}

/// A title from the first line of text (the headline), shortened at a word boundary.
fn first_line_title(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let line = line.trim_start_matches('#').trim();
    const MAX: usize = 100;
    if line.chars().count() <= MAX {
        return Some(line.to_string());
    }
    let cut: String = line.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    Some(format!("{cut}…"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_fills_the_metadata_and_is_not_part_of_the_text() {
        let md = "---\ntitle: A title\nurl: https://example.com/a\npublished: 2022-03-13\nauthor: Jo\n---\nBody line.\n";
        let doc = parse("a.md", md.as_bytes(), Some("md")).unwrap();
        assert_eq!(doc.title.as_deref(), Some("A title"));
        assert_eq!(doc.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(doc.author.as_deref(), Some("Jo"));
        assert_eq!(doc.published, NaiveDate::from_ymd_opt(2022, 3, 13));
        assert_eq!(doc.text, "Body line.\n");
    }

    #[test]
    fn markdown_without_front_matter_is_all_text() {
        let doc = parse("a.md", b"# Head\n\nBody.", Some("md")).unwrap();
        assert_eq!(doc.text, "# Head\n\nBody.");
        assert_eq!(doc.title.as_deref(), Some("Head"));
    }

    #[test]
    fn a_bad_front_matter_date_is_refused() {
        let err = parse("a.md", b"---\npublished: soon\n---\nBody.", Some("md")).unwrap_err();
        assert!(err.to_string().contains("\"soon\""), "{err}");
    }

    #[test]
    fn bad_utf8_names_the_byte_offset() {
        let err = parse("x.txt", b"abc\xffdef", Some("txt")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.txt is not valid UTF-8 text (bad byte at offset 3); save it as UTF-8 and import it again"
        );
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            out.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        out
    }

    fn utf32(text: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0, 0, 0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE, 0, 0]
        };
        for c in text.chars() {
            out.extend(if big_endian {
                (c as u32).to_be_bytes()
            } else {
                (c as u32).to_le_bytes()
            });
        }
        out
    }

    #[test]
    fn a_byte_order_mark_says_how_to_decode() {
        let text = "Vande Hei’s record: 355 days.\n";
        for bytes in [
            utf16(text, false),
            utf16(text, true),
            utf32(text, false),
            utf32(text, true),
            [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        ] {
            let doc = parse("u.txt", &bytes, Some("txt")).unwrap();
            assert_eq!(doc.text, text, "{:?}", &bytes[..4]);
        }
    }

    #[test]
    fn encoding_problems_are_named() {
        let mut odd = utf16("Some text.", false);
        odd.pop();
        let mut lone = utf16("x", true);
        lone.extend([0xD8, 0x00]); // a high surrogate with nothing after it
        let mut big = utf32("x", false);
        big.extend(0x11_0000u32.to_le_bytes());
        for (bytes, says) in [
            (
                odd,
                "starts with a UTF-16LE byte-order mark but is not valid UTF-16LE text",
            ),
            (lone, "not valid UTF-16BE text"),
            (big, "not valid UTF-32LE text"),
            (
                "No mark."
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect(),
                "holds NUL bytes: it is UTF-16 or UTF-32 text without a byte-order mark",
            ),
        ] {
            let err = parse("x.txt", &bytes, Some("txt")).unwrap_err().to_string();
            assert!(err.starts_with("x.txt ") && err.contains(says), "{err}");
            assert!(
                err.ends_with("save it as UTF-8 and import it again"),
                "{err}"
            );
        }
    }

    #[test]
    fn front_matter_without_its_closing_line_is_refused() {
        let err = parse("a.md", b"---\ntitle: A\nBody.\n", Some("md")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.md: the front matter opened by `---` on the first line is never closed by a `---` line; close it, or remove the first line"
        );
        // Empty front matter, and a closing line at the very end, are fine.
        let doc = parse("a.md", b"---\n---\nBody.", Some("md")).unwrap();
        assert_eq!(doc.text, "Body.");
        let doc = parse("a.md", b"Intro.\n---\nMore.", Some("md")).unwrap();
        assert_eq!(doc.text, "Intro.\n---\nMore.", "a rule later on is text");
    }

    #[test]
    fn reading_stops_at_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "x".repeat(100)).unwrap();
        assert!(read_limited(&file, 100).is_ok());
        let err = read_limited(&file, 99).unwrap_err();
        assert!(matches!(err, IngestError::TooLarge(_, 99)), "{err}");
        let zero = Path::new("/dev/zero");
        if zero.exists() {
            let err = read_limited(zero, 1_000).unwrap_err();
            assert!(
                err.to_string().contains("import limit of 1000 bytes"),
                "{err}"
            );
        }
    }

    #[test]
    fn a_saved_page_gives_its_body_and_metadata() {
        let page = r#"<!doctype html><html><head><title>Soyuz return | Example News</title>
<link rel="canonical" href="https://news.example.com/soyuz">
<meta property="og:url" content="https://news.example.com/soyuz">
<meta name="author" content="Jo Reporter">
<meta property="article:published_time" content="2022-03-13T14:23:57Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Soyuz return</h1>
<p>Mark Vande Hei is due to return to Earth on March 30, having spent 355 days in orbit, NASA said on Sunday in a statement.</p>
<p>The Russian space agency said the crew would land in Kazakhstan as planned, and that the landing team was ready for the return.</p>
<p>Vande Hei will hold the American record for the longest single space mission, the agency added in its statement to reporters.</p>
</article><footer>Copyright Example News. Subscribe now.</footer></body></html>"#;
        let doc = parse("page.html", page.as_bytes(), Some("html")).unwrap();
        assert!(doc.text.contains("355 days in orbit"), "{}", doc.text);
        assert!(
            !doc.text.contains("Subscribe now"),
            "boilerplate left out: {}",
            doc.text
        );
        assert!(!doc.text.contains("<p>"));
        assert_eq!(doc.url.as_deref(), Some("https://news.example.com/soyuz"));
        assert_eq!(doc.author.as_deref(), Some("Jo Reporter"));
        assert_eq!(doc.published, NaiveDate::from_ymd_opt(2022, 3, 13));
        assert!(doc.title.unwrap().contains("Soyuz return"));
    }

    fn nested_page(depth: usize) -> String {
        format!(
            "<html><body>{}<p>NASA said on Sunday that the crew spent 355 days in orbit, a record for an American astronaut on one mission.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    }

    #[test]
    fn a_page_nested_100_000_deep_is_refused_with_its_depth() {
        let page = nested_page(100_000);
        let err = parse("deep.html", page.as_bytes(), Some("html")).unwrap_err();
        assert!(
            matches!(err, IngestError::HtmlTooDeep(_, d) if d > 100_000),
            "{err}"
        );
        assert_eq!(
            err.to_string(),
            "deep.html: the page nests its elements 100003 deep, more than the 512 this reads; save the article as .txt and import that instead"
        );
    }

    #[test]
    fn a_page_deeper_than_the_limit_but_not_the_guard_is_refused_after_parsing() {
        let err = parse("deep.html", nested_page(600).as_bytes(), Some("html")).unwrap_err();
        assert!(matches!(err, IngestError::HtmlTooDeep(_, 603)), "{err}");
    }

    #[test]
    fn the_tag_estimate_closes_what_html_closes_by_itself() {
        let page = "<html><body><ul>".to_string()
            + &"<li><p>One<p>Two<br><img src=x>".repeat(5_000)
            + "</ul><svg>"
            + &"<path d=\"x\"/>".repeat(5_000)
            + "</svg><script>"
            + &"<div>".repeat(5_000)
            + "</script></body></html>";
        assert!(tag_depth(&page) < 10, "{}", tag_depth(&page));
        assert_eq!(tag_depth(&nested_page(100_000)), 100_003);
    }

    #[test]
    fn a_page_nested_just_under_the_limit_is_read() {
        let doc = parse("nested.html", nested_page(500).as_bytes(), Some("html")).unwrap();
        assert!(doc.text.contains("355 days in orbit"), "{}", doc.text);
    }

    #[test]
    fn whitespace_only_is_empty() {
        assert!(matches!(
            parse("e.txt", b" \n\t\r\n", None),
            Err(IngestError::Empty(_))
        ));
    }

    #[test]
    fn crlf_becomes_lf_before_anything_else() {
        let doc = parse("c.txt", b"One.\r\nTwo.\r\n", None).unwrap();
        assert_eq!(doc.text, "One.\nTwo.\n");
    }
}
