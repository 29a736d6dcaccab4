//! The one error type of claimdesk's operations. Its variant decides the exit status: 2 for bad
//! input or usage, 1 for everything that went wrong at run time.

use crate::config::ConfigError;
use crate::ingest::IngestError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A value, quote or span the user gave is wrong: one sentence saying what to give instead.
    #[error("{0}")]
    BadInput(String),
    /// A file that cannot be read as an article (empty, binary, bad front matter); or cannot be
    /// read at all (`IngestError::Io`, a runtime error).
    #[error(transparent)]
    Ingest(#[from] IngestError),
    /// The store refused the change (unknown id, a rule of the scale, a stale read) or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// Reading or writing a file or a stream.
    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },
    /// Refused for a reason of the moment (no terminal, a folder with no articles).
    #[error("{0}")]
    Refused(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn bad_input(sentence: impl Into<String>) -> Error {
        Error::BadInput(sentence.into())
    }

    pub fn io(what: impl Into<String>, source: std::io::Error) -> Error {
        Error::Io {
            what: what.into(),
            source,
        }
    }

    /// The exit status a process ending with this error returns: 2 for usage or bad input (a
    /// value, a quote, a file that is not an article or a report; clap's own usage errors exit
    /// 2 too), 1 for a failure at run time (the desk refused the change, an unknown id, the
    /// database, a file or the terminal failed). Every variant is named: a new one must choose.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::BadInput(_) => 2,
            Error::Ingest(IngestError::Io(..)) => 1,
            Error::Ingest(
                IngestError::Missing(_)
                | IngestError::Folder(_)
                | IngestError::NotUtf8(..)
                | IngestError::BadEncoding(..)
                | IngestError::NulBytes(_)
                | IngestError::TooLarge(..)
                | IngestError::FrontMatterOpen(_)
                | IngestError::Empty(_)
                | IngestError::FrontMatter(..)
                | IngestError::FrontMatterDate(..)
                | IngestError::Html(..)
                | IngestError::HtmlTooDeep(..),
            ) => 2,
            // A report that is not what `export --format json` writes is bad input, like any file.
            Error::Store(StoreError::DamagedReport(_)) => 2,
            Error::Store(_) | Error::Config(_) | Error::Io { .. } | Error::Refused(_) => 1,
        }
    }

    /// Standard output was closed by the reader (`claimdesk claims | head`): not worth a word.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        match e.io_error_kind() {
            Some(kind) => Error::io("cannot write the output", std::io::Error::from(kind)),
            None => Error::Refused(format!("cannot write JSON: {e}")),
        }
    }
}
