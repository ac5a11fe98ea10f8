//! Output folders (the hearing pack, a data package, Parquet by year):
//! written whole beside their place, then moved in, so that a failed run
//! leaves nothing behind.
//!
//! No file ashyq did not write is ever deleted. Every folder ashyq writes
//! holds a manifest ([`MANIFEST`]) listing its files; `--force` replaces a
//! folder only while it holds nothing but what its manifest lists, and
//! deletes only those files. A folder with anything else in it (a user's
//! notes, an input, a config) is refused, naming some of what is there.

use crate::error::{Error, Result};
use crate::i18n::messages::*;
use crate::said;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The file in every folder ashyq writes that lists what it wrote there.
pub const MANIFEST: &str = ".ashyq-manifest";

/// The manifest's first line; the files follow, one relative path a line.
const MANIFEST_HEAD: &str =
    "# ashyq wrote this folder; --force replaces it only while it holds nothing but these files";

/// How many foreign files an error names.
const NAMED: usize = 3;

/// Checks that `dir` can be written: refuses a file in the way, the current
/// folder or one that holds it, a folder holding an input or another file
/// the command reads (`keep`: config, price index, map), an existing folder
/// without `--force`, and with `--force` any folder ashyq did not write or
/// that holds files besides those it wrote. An empty folder is used as it is.
pub fn check_folder(dir: &Path, keep: &[PathBuf], force: bool) -> Result<()> {
    let refuse = |message: crate::i18n::Text| Err(Error::usage("--output", message));
    if dir.is_file() {
        return refuse(said!(FOLDER_IS_FILE, dir = dir.display()));
    }
    let canon = crate::output::canonical_maybe(dir);
    if let Ok(cwd) = std::env::current_dir().and_then(std::fs::canonicalize) {
        if cwd.starts_with(&canon) {
            return refuse(said!(FOLDER_IS_CWD, dir = dir.display()));
        }
    }
    for k in keep {
        if crate::output::canonical_maybe(k).starts_with(&canon) {
            return refuse(said!(
                FOLDER_HOLDS_INPUT,
                dir = dir.display(),
                input = k.display()
            ));
        }
    }
    if !dir.exists() {
        return Ok(());
    }
    let present = files_in(dir)?;
    if present.is_empty() {
        return Ok(());
    }
    let listed = manifest(dir);
    let foreign: Vec<&String> = present
        .iter()
        .filter(|f| f.as_str() != MANIFEST && !listed.as_ref().is_some_and(|l| l.contains(*f)))
        .collect();
    if !foreign.is_empty() {
        let mut names: Vec<crate::i18n::Text> = foreign
            .iter()
            .take(NAMED)
            .map(|f| crate::i18n::Text::Verbatim(f.to_string()))
            .collect();
        if foreign.len() > NAMED {
            names.push(said!(AND_N_MORE, n = foreign.len() - NAMED));
        }
        let whose = if listed.is_some() {
            &FOLDER_FOREIGN
        } else {
            &FOLDER_NOT_ASHYQ
        };
        return refuse(said!(
            *whose,
            dir = dir.display(),
            names = crate::i18n::Text::Join(names, ", ")
        ));
    }
    if !force {
        return refuse(said!(FOLDER_EXISTS, dir = dir.display()));
    }
    Ok(())
}

/// Writes `files` (relative paths and bytes) and the manifest into a new
/// folder beside `dir`, then moves it in place. An existing `dir` must pass
/// [`check_folder`] again now; its listed files are deleted after the new
/// folder is in place, and whatever else turned up in the meantime is kept.
pub fn write_folder(dir: &Path, force: bool, files: &[(String, Vec<u8>)]) -> Result<()> {
    check_folder(dir, &[], force)?;
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".ashyq-report-")
        .tempdir_in(&parent)
        .map_err(|e| Error::write(&parent, e))?;
    let mut list = String::from(MANIFEST_HEAD);
    list.push('\n');
    for (name, bytes) in files {
        let p = tmp.path().join(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).map_err(|e| Error::write(d, e))?;
        }
        std::fs::write(&p, bytes).map_err(|e| Error::write(&dir.join(name), e))?;
        list.push_str(name);
        list.push('\n');
    }
    let m = tmp.path().join(MANIFEST);
    std::fs::write(&m, list).map_err(|e| Error::write(&dir.join(MANIFEST), e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755));
    }
    if !dir.exists() || std::fs::remove_dir(dir).is_ok() {
        // No folder there, or an empty one (removed): the new one moves in.
        let staged = tmp.keep();
        return std::fs::rename(&staged, dir).map_err(|e| {
            let _ = std::fs::remove_dir_all(&staged);
            Error::write(dir, e)
        });
    }
    // A folder ashyq wrote: set aside, the new one moved in, then the old
    // one's listed files deleted (only those).
    let old = tempfile::Builder::new()
        .prefix(".ashyq-old-")
        .tempdir_in(&parent)
        .map_err(|e| Error::write(&parent, e))?
        .keep();
    let _ = std::fs::remove_dir(&old);
    std::fs::rename(dir, &old).map_err(|e| Error::write(dir, e))?;
    let staged = tmp.keep();
    if let Err(e) = std::fs::rename(&staged, dir) {
        let _ = std::fs::rename(&old, dir);
        let _ = std::fs::remove_dir_all(&staged);
        return Err(Error::write(dir, e));
    }
    if !remove_listed(&old) {
        crate::ui::warn(&crate::said!(
            crate::i18n::import::KEPT_FILES,
            dir = dir.display(),
            old = old.display()
        ));
    }
    Ok(())
}

/// The files below `dir`, as relative paths with `/`.
fn files_in(dir: &Path) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let here = dir.join(&rel);
        let entries = std::fs::read_dir(&here).map_err(|e| Error::io(&here, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&here, e))?;
            let name = rel.join(entry.file_name());
            let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
            if is_dir {
                stack.push(name);
            } else {
                out.insert(name.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    Ok(out)
}

/// The files a folder's manifest lists, when it has one.
fn manifest(dir: &Path) -> Option<BTreeSet<String>> {
    let text = std::fs::read_to_string(dir.join(MANIFEST)).ok()?;
    let mut lines = text.lines();
    if lines.next() != Some(MANIFEST_HEAD) {
        return None;
    }
    Some(
        lines
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect(),
    )
}

/// Deletes the files an old folder's manifest lists, then its folders if
/// empty. False when anything else is left (it is kept).
fn remove_listed(old: &Path) -> bool {
    let listed = manifest(old).unwrap_or_default();
    for f in &listed {
        // Only plain relative paths inside the folder.
        if f.split('/').all(|p| !p.is_empty() && p != "..") {
            let _ = std::fs::remove_file(old.join(f));
        }
    }
    let _ = std::fs::remove_file(old.join(MANIFEST));
    let mut dirs: Vec<PathBuf> = listed
        .iter()
        .flat_map(|f| Path::new(f).ancestors().skip(1).map(Path::to_path_buf))
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    // Deepest first.
    dirs.sort_by_key(|d| (std::cmp::Reverse(d.components().count()), d.clone()));
    dirs.dedup();
    for d in dirs {
        let _ = std::fs::remove_dir(old.join(d));
    }
    std::fs::remove_dir(old).is_ok()
}
