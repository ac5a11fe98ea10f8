//! Where outputs go: files written atomically (temporary file in the same
//! folder, then rename), never over an input, never over an existing file
//! without `--force`; or stdout. Folders of several files (the hearing
//! pack, a data package) are written beside their place, then moved in.

mod folder;

pub use folder::{check_folder, write_folder, MANIFEST};

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A checked output destination.
#[derive(Debug, Clone)]
pub enum Dest {
    /// Standard output (`-o -`).
    Stdout,
    /// A file, written atomically; the flag: whether it may replace one.
    File(PathBuf, bool),
}

impl Dest {
    /// Checks an `-o` path against the inputs and the `--force` flag.
    pub fn new(out: &Path, inputs: &[PathBuf], force: bool) -> Result<Dest> {
        if out.as_os_str() == "-" {
            return Ok(Dest::Stdout);
        }
        let canon_out = canonical_maybe(out);
        for input in inputs {
            if canonical_maybe(input) == canon_out {
                return Err(Error::Output {
                    path: out.to_path_buf(),
                    message: crate::said!(crate::i18n::messages::ALSO_INPUT),
                });
            }
        }
        if out.is_dir() {
            return Err(Error::Output {
                path: out.to_path_buf(),
                message: crate::said!(crate::i18n::messages::OUTPUT_IS_DIR),
            });
        }
        if out.exists() && !force {
            return Err(Error::OutputExists(out.to_path_buf()));
        }
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
            if !dir.is_dir() {
                return Err(Error::NoFolder {
                    path: out.to_path_buf(),
                    dir: dir.to_path_buf(),
                });
            }
        }
        Ok(Dest::File(out.to_path_buf(), force))
    }

    /// Writes through `write`; a file appears whole or not at all.
    pub fn write<F>(&self, write: F) -> Result<()>
    where
        F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
    {
        match self {
            Dest::Stdout => {
                let stdout = std::io::stdout();
                let mut lock = std::io::BufWriter::new(stdout.lock());
                match write(&mut lock).and_then(|_| lock.flush()) {
                    Ok(()) => Ok(()),
                    // A reader that stopped early (`| head`) is not a failure.
                    Err(e) if is_broken_pipe(&e) => Ok(()),
                    Err(e) => Err(Error::write(Path::new("<stdout>"), e)),
                }
            }
            Dest::File(path, replace) => {
                let dir = match path.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                let mut tmp =
                    // Named for its target, so that one left by a killed run
                    // (`kill -9` cannot be caught) says whose it is.
                    tempfile::Builder::new()
                        .prefix(&format!(
                            ".{}.ashyq-partial-",
                            path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
                        ))
                        .tempfile_in(&dir)
                        .map_err(|e| Error::write(&dir, e))?;
                {
                    let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
                    write(&mut buf)
                        .and_then(|_| buf.flush())
                        .map_err(|e| Error::write(path, e))?;
                }
                // A temporary file is private (0600); the output is an ordinary file.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let _ = tmp
                        .as_file()
                        .set_permissions(std::fs::Permissions::from_mode(0o644));
                }
                if *replace {
                    tmp.persist(path).map_err(|e| Error::write(path, e.error))?;
                    return Ok(());
                }
                // Without --force the file must still not be there when it
                // is put in place: another run may have written it since
                // the check (a link fails on an existing name, atomically).
                match tmp.persist_noclobber(path) {
                    Ok(_) => Ok(()),
                    Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
                        Err(Error::Output {
                            path: path.clone(),
                            message: crate::said!(crate::i18n::messages::APPEARED),
                        })
                    }
                    Err(e) => Err(Error::write(path, e.error)),
                }
            }
        }
    }
}

/// True when the error, or an error it wraps (a CSV writer's, Parquet's),
/// is a closed pipe.
fn is_broken_pipe(e: &std::io::Error) -> bool {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return true;
            }
            if let Some(inner) = io.get_ref() {
                cur = Some(inner);
                continue;
            }
        }
        if let Some(c) = err.downcast_ref::<csv::Error>() {
            if let csv::ErrorKind::Io(io) = c.kind() {
                return io.kind() == std::io::ErrorKind::BrokenPipe;
            }
        }
        cur = err.source();
    }
    false
}

/// The path with its folder resolved, also when the file does not exist yet.
pub(crate) fn canonical_maybe(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        let parent = path
            .parent()
            .filter(|x| !x.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = path.file_name().map(PathBuf::from).unwrap_or_default();
        std::fs::canonicalize(parent)
            .map(|d| d.join(name))
            .unwrap_or_else(|_| path.to_path_buf())
    })
}
