//! What every integration test uses: a fresh work folder, the real binary
//! run in it, the paths of the repository's and the real files, and plain
//! readings of lines files and workbooks to compute expected figures from.

use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;

pub struct Run {
    pub cmd: String,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn context(&self) -> String {
        format!(
            "\n--- command: {}\n--- exit code: {}\n--- stdout:\n{}\n--- stderr:\n{}",
            self.cmd, self.code, self.stdout, self.stderr
        )
    }

    pub fn ok(self) -> Run {
        assert_eq!(self.code, 0, "expected success{}", self.context());
        self
    }

    /// Fails with `code`, one line on stderr containing every `needles`.
    pub fn fails(self, code: i32, needles: &[&str]) -> Run {
        assert_eq!(self.code, code, "wrong exit code{}", self.context());
        assert_eq!(
            self.stderr.trim_end().lines().count(),
            1,
            "error must be one line{}",
            self.context()
        );
        assert!(self.stderr.starts_with("error: "), "{}", self.context());
        for n in needles {
            assert!(
                self.stderr.contains(n),
                "stderr lacks {n:?}{}",
                self.context()
            );
        }
        assert!(!self.stderr.contains("panicked"), "{}", self.context());
        self
    }
}

/// A fresh work folder for one test.
pub struct Work {
    pub dir: tempfile::TempDir,
}

impl Work {
    pub fn new() -> Work {
        Work {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }

    /// `import FILE -o OUT --currency KZT`, which must succeed.
    pub fn import_kzt(&self, file: &Path, out: &str) -> Run {
        self.run(&[
            "import",
            file.to_str().unwrap(),
            "-o",
            out,
            "--currency",
            "KZT",
        ])
        .ok()
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    /// `run` with environment variables set.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_ashyq"))
            .args(args)
            .current_dir(self.dir.path())
            .env("NO_COLOR", "1")
            // Text tables fit 100 columns off a terminal, whatever the test's shell says.
            .env_remove("COLUMNS")
            // Messages in English unless a test asks for a locale.
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            // Charts and reports print the date: 2026-11-28 in every test.
            .env("SOURCE_DATE_EPOCH", "1795824000")
            .envs(env.iter().copied())
            .output()
            .expect("run ashyq");
        Run {
            cmd: format!("ashyq {}", args.join(" ")),
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

pub fn repo(p: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(p)
        .display()
        .to_string()
}

pub fn realdata(name: &str) -> Option<String> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/realdata")
        .join(name);
    if p.exists() {
        Some(p.display().to_string())
    } else {
        eprintln!(
            "skipped: {} is absent (../shared/realdata is not beside the checkout)",
            p.display()
        );
        None
    }
}

pub fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|e| panic!("{s:?}: {e}"))
}

/// Sums of `amount` per "year stage" in an ashyq lines CSV, plus the number of lines.
pub fn lines_totals(csv_text: &str) -> (BTreeMap<String, Decimal>, usize) {
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let h = rdr.headers().unwrap().clone();
    let col = |n: &str| {
        h.iter()
            .position(|x| x == n)
            .unwrap_or_else(|| panic!("no column {n}"))
    };
    let (y, s, a) = (col("year"), col("stage"), col("amount"));
    let mut m = BTreeMap::new();
    let mut n = 0;
    for r in rdr.records() {
        let r = r.unwrap();
        n += 1;
        let e = m
            .entry(format!("{} {}", &r[y], &r[s]))
            .or_insert(Decimal::ZERO);
        if !r[a].is_empty() {
            *e += dec(&r[a]);
        }
    }
    (m, n)
}

/// Rows of a sheet as calamine gives them (independent of ashyq's importer).
pub fn raw_rows(path: &str, sheet: &str) -> Vec<Vec<calamine::Data>> {
    use calamine::{open_workbook_auto, Reader};
    let mut wb = open_workbook_auto(path).unwrap();
    let range = wb.worksheet_range(sheet).unwrap();
    let (r0, c0) = range.start().unwrap();
    let mut rows = vec![Vec::new(); r0 as usize];
    for r in range.rows() {
        let mut row = vec![calamine::Data::Empty; c0 as usize];
        row.extend(r.iter().cloned());
        rows.push(row);
    }
    rows
}

pub fn num(d: &calamine::Data) -> Option<Decimal> {
    match d {
        calamine::Data::Float(f) => Some(dec(&format!("{f}"))),
        calamine::Data::Int(i) => Some(Decimal::from(*i)),
        _ => None,
    }
}

/// A long table over a mebibyte, in the shape of a ledger export: UTF-8 with a
/// BOM, CRLF, quoted names with commas, quotes and a line break.
pub fn long_ledger(
    programs: usize,
    name: impl Fn(usize) -> String,
) -> (String, BTreeMap<String, Decimal>) {
    let mut text =
        String::from("\u{feff}Группа,Программа,Наименование,Год,Этап,Сумма (тыс. тенге)\r\n");
    let mut sums: BTreeMap<String, Decimal> = BTreeMap::new();
    for p in 0..programs {
        for year in [2023, 2024] {
            for (k, stage) in ["approved", "revised", "executed"].iter().enumerate() {
                let amount = format!("{}.{}", 1000 + p * 7 + k, (p + k) % 10);
                *sums.entry(format!("{year} {stage}")).or_default() += dec(&amount) * dec("1000");
                text.push_str(&format!(
                    "{:02},{:03},\"{}\",{year},{stage},{amount}\r\n",
                    p % 15 + 1,
                    p % 1000,
                    name(p).replace('"', "\"\"")
                ));
            }
        }
    }
    (text, sums)
}

/// The lines a file imports to (`import FILE -o - --currency KZT`), as the
/// pairs of two of their columns.
pub fn imported_pairs(w: &Work, file: &Path, a: &str, b: &str) -> Vec<(String, String)> {
    let run = w
        .run(&[
            "import",
            file.to_str().unwrap(),
            "-o",
            "-",
            "--currency",
            "KZT",
        ])
        .ok();
    csv::Reader::from_reader(run.stdout.as_bytes())
        .deserialize::<BTreeMap<String, String>>()
        .map(|r| {
            let r = r.unwrap();
            (r[a].clone(), r[b].clone())
        })
        .collect()
}

/// `pairs` as owned strings, to compare with [`imported_pairs`].
pub fn owned_pairs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// The key of a JSON table's one amount column ("amount_2024_executed",
/// "amount_2024_executed_real_2024_prices"...): its name says its side.
pub fn amount_key(table: &serde_json::Value) -> String {
    let keys: Vec<&str> = table["columns"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["key"].as_str())
        .filter(|k| k.starts_with("amount_"))
        .collect();
    assert_eq!(keys.len(), 1, "one amount column: {keys:?}");
    keys[0].to_string()
}
