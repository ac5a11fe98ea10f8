//! Every error ashyq reports, in one place. Each message names the file,
//! sheet, cell or flag, and says what to do. Shown with Display, never Debug.

use std::path::PathBuf;

/// Result with the crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A flag's value is wrong (exit code 2).
    #[error("{flag}: {message}")]
    Usage {
        /// The flag, as typed ("--amount-col").
        flag: String,
        /// What is wrong and what to do.
        message: String,
    },
    /// The input path does not exist.
    #[error("{}: no such file; check the path", .0.display())]
    NotFound(PathBuf),
    /// The input path is a directory.
    #[error("{}: is a directory; name a spreadsheet or CSV file inside it", .0.display())]
    IsDirectory(PathBuf),
    /// The input file is empty.
    #[error("{}: the file is empty (0 bytes); download it again", .0.display())]
    EmptyFile(PathBuf),
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file's bytes are not a format ashyq reads, or are damaged.
    #[error("{}: {message}", path.display())]
    Format {
        /// The file.
        path: PathBuf,
        /// What the file is, and what to do.
        message: String,
    },
    /// A sheet named with --sheet is not in the workbook.
    #[error("{}: no sheet named \"{sheet}\" (--sheet); the workbook has: {available}", path.display())]
    SheetNotFound {
        /// The file.
        path: PathBuf,
        /// The name asked for.
        sheet: String,
        /// The sheet names present, quoted and comma-separated.
        available: String,
    },
    /// The data in a sheet cannot be read as budget lines.
    #[error("{}{}: {message}", path.display(), where_(.sheet, .cell))]
    Data {
        /// The file.
        path: PathBuf,
        /// The sheet ("" for CSV).
        sheet: String,
        /// The A1 cell, or "".
        cell: String,
        /// What is wrong and what to do.
        message: String,
    },
    /// Writing an output was refused before anything was written (it
    /// exists, it is an input): the user can choose another (exit code 1).
    #[error("{}: {message}", path.display())]
    Output {
        /// The output path.
        path: PathBuf,
        /// Why, and what to do.
        message: String,
    },
    /// The output exists and --force was not given (exit code 1).
    #[error("{}: already exists; add --force to replace it", .0.display())]
    OutputExists(PathBuf),
    /// The output's folder does not exist (exit code 1).
    #[error("{}: the folder {} does not exist; create it first or choose another -o", .path.display(), .dir.display())]
    NoFolder {
        /// The output path.
        path: PathBuf,
        /// Its missing folder.
        dir: PathBuf,
    },
    /// Writing an output failed: the disk, the folder's permissions, an encoder
    /// (exit code 3). Nothing half-written is left behind.
    #[error("{}: {message}", path.display())]
    Write {
        /// The output path.
        path: PathBuf,
        /// What failed.
        message: String,
    },
    /// A fault of ashyq itself, not of the input or the command line (exit code 3).
    #[error("internal error: {0}; please report it with the command that caused it")]
    Internal(String),
}

fn where_(sheet: &str, cell: &str) -> String {
    let mut s = String::new();
    if !sheet.is_empty() {
        s.push_str(&format!(", sheet \"{sheet}\""));
    }
    if !cell.is_empty() {
        s.push_str(&format!(", cell {cell}"));
    }
    s
}

impl Error {
    /// The process exit code: 2 for usage errors, 3 for a failure writing an
    /// output or an internal error, 1 for bad input or data.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage { .. } => 2,
            Error::Write { .. } | Error::Internal(_) => 3,
            _ => 1,
        }
    }

    /// The message in `lang`: the common mistakes have their words in the
    /// catalogue; the others are said in English.
    pub fn localized(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{fill, messages::*};
        let p = |p: &std::path::Path| ("path", p.display().to_string());
        match self {
            Error::NotFound(path) => fill(lang.t(&NOT_FOUND), &[p(path)]),
            Error::IsDirectory(path) => fill(lang.t(&IS_DIRECTORY), &[p(path)]),
            Error::EmptyFile(path) => fill(lang.t(&EMPTY_FILE), &[p(path)]),
            Error::SheetNotFound {
                path,
                sheet,
                available,
            } => fill(
                lang.t(&NO_SHEET),
                &[
                    p(path),
                    ("sheet", sheet.clone()),
                    ("available", available.clone()),
                ],
            ),
            Error::OutputExists(path) => fill(lang.t(&OUTPUT_EXISTS), &[p(path)]),
            Error::NoFolder { path, dir } => fill(
                lang.t(&NO_FOLDER),
                &[p(path), ("dir", dir.display().to_string())],
            ),
            other => other.to_string(),
        }
    }

    /// Whether [`Error::localized`] has this error's words in every language.
    pub fn is_localized(&self) -> bool {
        matches!(
            self,
            Error::NotFound(_)
                | Error::IsDirectory(_)
                | Error::EmptyFile(_)
                | Error::SheetNotFound { .. }
                | Error::OutputExists(_)
                | Error::NoFolder { .. }
        )
    }

    /// A usage error for a flag.
    pub fn usage(flag: &str, message: impl Into<String>) -> Self {
        Error::Usage {
            flag: flag.to_string(),
            message: message.into(),
        }
    }

    /// A format error for a file.
    pub fn format(path: &std::path::Path, message: impl Into<String>) -> Self {
        Error::Format {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }

    /// A data error at a sheet and cell.
    pub fn data(
        path: &std::path::Path,
        sheet: &str,
        cell: &str,
        message: impl Into<String>,
    ) -> Self {
        Error::Data {
            path: path.to_path_buf(),
            sheet: sheet.to_string(),
            cell: cell.to_string(),
            message: message.into(),
        }
    }

    /// A failure writing an output at a path.
    pub fn write(path: &std::path::Path, message: impl std::fmt::Display) -> Self {
        Error::Write {
            path: path.to_path_buf(),
            message: message.to_string(),
        }
    }

    /// An I/O error reading a path.
    pub fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// The message a panic carried, for a one-line error.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("no message")
        .lines()
        .next()
        .unwrap_or("")
}
