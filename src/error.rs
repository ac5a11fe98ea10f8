//! Every error ashyq reports, in one place. Each message names the file,
//! sheet, cell or flag, and says what to do. Shown with Display, never Debug.

use crate::i18n::{Lang, Text};
use std::path::PathBuf;

/// Result with the crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A flag's value is wrong (exit code 2).
    #[error("{flag}: {}", .message.en())]
    Usage {
        /// The flag, as typed ("--amount-col").
        flag: String,
        /// What is wrong and what to do.
        message: Text,
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
    #[error("{}: {}", path.display(), .message.en())]
    Format {
        /// The file.
        path: PathBuf,
        /// What the file is, and what to do.
        message: Text,
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
    #[error("{}{}: {}", path.display(), where_(.sheet, .cell), .message.en())]
    Data {
        /// The file.
        path: PathBuf,
        /// The sheet ("" for CSV).
        sheet: String,
        /// The A1 cell, or "".
        cell: String,
        /// What is wrong and what to do.
        message: Text,
    },
    /// Writing an output was refused before anything was written (it
    /// exists, it is an input): the user can choose another (exit code 1).
    #[error("{}: {}", path.display(), .message.en())]
    Output {
        /// The output path.
        path: PathBuf,
        /// Why, and what to do.
        message: Text,
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
    #[error("{}: {}", path.display(), .message.en())]
    Write {
        /// The output path.
        path: PathBuf,
        /// What failed.
        message: Text,
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

/// An operating system's error in `lang` for the kinds a user meets (no
/// permission, a full disk, a read-only disk), else as the system says it.
fn io_words(e: &std::io::Error) -> Text {
    use crate::i18n::messages::{IO_FULL, IO_PERMISSION, IO_READ_ONLY};
    use std::io::ErrorKind as K;
    let msg = match e.kind() {
        K::PermissionDenied => &IO_PERMISSION,
        K::StorageFull => &IO_FULL,
        K::ReadOnlyFilesystem => &IO_READ_ONLY,
        _ => return Text::English(e.to_string()),
    };
    Text::Said(msg, vec![("detail", Text::Verbatim(e.to_string()))])
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

    /// The message as a [`Text`], to be said in any language.
    pub fn text(&self) -> Text {
        use crate::i18n::messages::*;
        let p = |p: &std::path::Path| Text::Verbatim(p.display().to_string());
        match self {
            Error::Usage { flag, message } => {
                crate::said!(FLAG_SAYS, flag = flag.as_str(), message = message.clone())
            }
            Error::NotFound(path) => crate::said!(NOT_FOUND, path = p(path)),
            Error::IsDirectory(path) => crate::said!(IS_DIRECTORY, path = p(path)),
            Error::EmptyFile(path) => crate::said!(EMPTY_FILE, path = p(path)),
            Error::Io { path, source } => {
                crate::said!(PATH_SAYS, path = p(path), message = io_words(source))
            }
            Error::Format { path, message }
            | Error::Output { path, message }
            | Error::Write { path, message } => {
                crate::said!(PATH_SAYS, path = p(path), message = message.clone())
            }
            Error::SheetNotFound {
                path,
                sheet,
                available,
            } => crate::said!(
                NO_SHEET,
                path = p(path),
                sheet = sheet.as_str(),
                available = available.as_str()
            ),
            Error::Data {
                path,
                sheet,
                cell,
                message,
            } => {
                let mut parts = vec![p(path)];
                if !sheet.is_empty() {
                    parts.push(crate::said!(AT_SHEET, sheet = sheet.as_str()));
                }
                if !cell.is_empty() {
                    parts.push(crate::said!(AT_CELL, cell = cell.as_str()));
                }
                parts.push(Text::Verbatim(": ".into()));
                parts.push(message.clone());
                Text::Join(parts, "")
            }
            Error::OutputExists(path) => crate::said!(OUTPUT_EXISTS, path = p(path)),
            Error::NoFolder { path, dir } => {
                crate::said!(NO_FOLDER, path = p(path), dir = p(dir))
            }
            Error::Internal(what) => crate::said!(INTERNAL, what = what.as_str()),
        }
    }

    /// The message in `lang` (the parts not in the catalogue yet in English).
    pub fn localized(&self, lang: Lang) -> String {
        self.text().in_(lang)
    }

    /// Whether [`Error::localized`] has this error's words in every language.
    pub fn is_localized(&self) -> bool {
        self.text().is_localized()
    }

    /// A usage error for a flag.
    pub fn usage(flag: &str, message: impl Into<Text>) -> Self {
        Error::Usage {
            flag: flag.to_string(),
            message: message.into(),
        }
    }

    /// A format error for a file.
    pub fn format(path: &std::path::Path, message: impl Into<Text>) -> Self {
        Error::Format {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }

    /// A data error at a sheet and cell.
    pub fn data(path: &std::path::Path, sheet: &str, cell: &str, message: impl Into<Text>) -> Self {
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
            message: Text::English(message.to_string()),
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
