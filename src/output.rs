//! Where outputs go: files written atomically (temporary file in the same
//! folder, then rename), never over an input, never over an existing file
//! without `--force`; or stdout. Folders of several files (the hearing
//! pack, a data package) are written beside their place, then moved in.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A checked output destination.
#[derive(Debug, Clone)]
pub enum Dest {
    /// Standard output (`-o -`).
    Stdout,
    /// A file, written atomically.
    File(PathBuf),
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
                    message: "is also an input; inputs are never overwritten: choose another -o"
                        .into(),
                });
            }
        }
        if out.is_dir() {
            return Err(Error::Output {
                path: out.to_path_buf(),
                message: "is a directory; give a file name with -o".into(),
            });
        }
        if out.exists() && !force {
            return Err(Error::Output {
                path: out.to_path_buf(),
                message: "already exists; add --force to replace it".into(),
            });
        }
        Ok(Dest::File(out.to_path_buf()))
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
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                    Err(e) => Err(Error::write(Path::new("<stdout>"), e)),
                }
            }
            Dest::File(path) => {
                let dir = match path.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                let mut tmp =
                    tempfile::NamedTempFile::new_in(&dir).map_err(|e| Error::write(&dir, e))?;
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
                tmp.persist(path).map_err(|e| Error::write(path, e.error))?;
                Ok(())
            }
        }
    }
}

/// Refuses an existing folder without --force, a file in the way, or a folder that is an input.
pub fn check_folder(dir: &Path, inputs: &[PathBuf], force: bool) -> Result<()> {
    if dir.is_file() {
        return Err(Error::usage(
            "--output",
            format!("{} is a file; name a folder for the report", dir.display()),
        ));
    }
    if dir.exists() && !force {
        return Err(Error::usage(
            "--output",
            format!(
                "{} already exists; add --force to replace it",
                dir.display()
            ),
        ));
    }
    let d = std::fs::canonicalize(dir).ok();
    for i in inputs {
        let p = std::fs::canonicalize(i).ok();
        if let (Some(d), Some(p)) = (&d, &p) {
            if p.starts_with(d) {
                return Err(Error::usage(
                    "--output",
                    format!(
                        "{} holds the input {}; choose another folder",
                        dir.display(),
                        i.display()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Writes the files into a new folder beside `dir`, then moves it in place.
pub fn write_folder(dir: &Path, force: bool, files: &[(String, Vec<u8>)]) -> Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".ashyq-report-")
        .tempdir_in(&parent)
        .map_err(|e| Error::write(&parent, e))?;
    for (name, bytes) in files {
        let p = tmp.path().join(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).map_err(|e| Error::write(d, e))?;
        }
        std::fs::write(&p, bytes).map_err(|e| Error::write(&p, e))?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755));
    }
    let staged = tmp.keep();
    if dir.exists() {
        if !force {
            let _ = std::fs::remove_dir_all(&staged);
            return Err(Error::usage(
                "--output",
                format!(
                    "{} already exists; add --force to replace it",
                    dir.display()
                ),
            ));
        }
        let old = parent.join(format!(
            ".ashyq-old-{}",
            staged
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        std::fs::rename(dir, &old).map_err(|e| Error::write(dir, e))?;
        if let Err(e) = std::fs::rename(&staged, dir) {
            let _ = std::fs::rename(&old, dir);
            return Err(Error::write(dir, e));
        }
        let _ = std::fs::remove_dir_all(&old);
    } else {
        std::fs::rename(&staged, dir).map_err(|e| {
            let _ = std::fs::remove_dir_all(&staged);
            Error::write(dir, e)
        })?;
    }
    Ok(())
}

fn canonical_maybe(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| {
        let parent = p
            .parent()
            .filter(|x| !x.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = p.file_name().map(PathBuf::from).unwrap_or_default();
        std::fs::canonicalize(parent)
            .map(|d| d.join(name))
            .unwrap_or_else(|_| p.to_path_buf())
    })
}
