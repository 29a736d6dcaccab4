//! Printing, in one place: JSON for scripts, lines for people. Every text that came from the
//! database or a file goes through `safe` before it reaches the terminal.

use crate::error::{Error, Result};
use crate::safe;
use serde::Serialize;
use std::borrow::Cow;
use std::io::Write;

pub struct Out {
    w: std::io::StdoutLock<'static>,
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::io("cannot write the output", e)
    }
}

impl Out {
    pub fn stdout() -> Out {
        Out {
            w: std::io::stdout().lock(),
        }
    }

    /// One line; `args` already holds only safe text (see `text` and `cut`).
    pub fn line(&mut self, args: std::fmt::Arguments) -> Result<()> {
        self.w.write_fmt(args)?;
        self.w.write_all(b"\n")?;
        Ok(())
    }

    /// Bytes as they are: a rendered report (whose format escapes what it holds).
    pub fn raw(&mut self, bytes: &[u8]) -> Result<()> {
        self.w.write_all(bytes)?;
        self.w.flush()?;
        Ok(())
    }

    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        serde_json::to_writer_pretty(&mut self.w, value)?;
        self.w.write_all(b"\n")?;
        Ok(())
    }

    pub fn flush(&mut self) -> Result<()> {
        self.w.flush()?;
        Ok(())
    }

    /// The summary of a change already committed: `value` as JSON when `json`, else what `human`
    /// prints. The change stands whatever happens to the output, so a failure to print it is a
    /// warning on stderr (none for a closed pipe) and the command still succeeds: a script that
    /// retried would make the change twice.
    pub fn saved<T: Serialize + ?Sized>(
        &mut self,
        what: impl std::fmt::Display,
        json: bool,
        value: &T,
        human: impl FnOnce(&mut Out) -> Result<()>,
    ) -> Result<()> {
        let printed = self.emit(json, value, human).and_then(|()| self.flush());
        if let Err(e) = printed
            && !e.is_broken_pipe()
        {
            let why = match &e {
                Error::Io { source, .. } => source.to_string(),
                e => e.to_string(),
            };
            warn(format_args!(
                "saved {what}, but the summary could not be printed: {why}"
            ));
        }
        Ok(())
    }

    /// `value` as JSON when `json`, else the human form `human` prints.
    pub fn emit<T: Serialize + ?Sized>(
        &mut self,
        json: bool,
        value: &T,
        human: impl FnOnce(&mut Out) -> Result<()>,
    ) -> Result<()> {
        if json { self.json(value) } else { human(self) }
    }
}

/// A warning on stderr, one line. A stderr that cannot be written is not worth a panic.
pub fn warn(message: std::fmt::Arguments) {
    let _ = writeln!(std::io::stderr(), "claimdesk: warning: {message}");
}

/// A line on standard error for something that did not stop the command (a skipped file): the
/// same form as the final error, `claimdesk: SENTENCE`, made safe.
pub fn note(sentence: &str) {
    let _ = writeln!(
        std::io::stderr(),
        "claimdesk: {}",
        safe::line(sentence, 2_000)
    );
}

/// Print one line: `say!(out, "…", args)`.
macro_rules! say {
    ($out:expr, $($arg:tt)*) => { $out.line(format_args!($($arg)*)) };
}
pub(crate) use say;

/// A text from the database on one line, made safe, whole.
pub fn text(s: &str) -> Cow<'_, str> {
    safe::one_line(s)
}

/// A text from the database on one line, made safe, cut to `max` characters.
pub fn cut(s: &str, max: usize) -> String {
    safe::line(s, max)
}

/// A record as a JSON object with one more field.
pub fn with_field<T: Serialize>(
    record: &T,
    key: &str,
    value: impl Into<serde_json::Value>,
) -> serde_json::Value {
    let mut v = serde_json::to_value(record).unwrap_or_default();
    v[key] = value.into();
    v
}

/// A value as the human-readable output shows it: kind, text, normalized form with its modifier.
pub fn value_line(
    kind: crate::extract::ValueKind,
    text: &str,
    value: Option<&str>,
    modifier: Option<crate::extract::Modifier>,
) -> String {
    let value = value.map_or_else(|| "?".to_string(), cut_value);
    let modifier = modifier.map_or(String::new(), |m| format!(" ({})", m.as_str()));
    format!(
        "{:<9} {:<24} → {value}{modifier}",
        kind.as_str(),
        cut(text, 24)
    )
}

fn cut_value(v: &str) -> String {
    cut(v, 60)
}
