//! What the binary says on stderr besides errors: warnings, `-v` details and
//! a spinner for work over a second. Nothing when `-q`; the spinner only on
//! a terminal; no colours anywhere (so NO_COLOR holds by construction).

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Duration;

static LEVEL: AtomicU8 = AtomicU8::new(1);
/// The language of messages: 0 kk, 1 ru, 2 en.
static LANG: AtomicU8 = AtomicU8::new(2);

/// Sets the language messages are said in.
pub fn set_lang(lang: crate::i18n::Lang) {
    let n = match lang {
        crate::i18n::Lang::Kk => 0,
        crate::i18n::Lang::Ru => 1,
        crate::i18n::Lang::En => 2,
    };
    LANG.store(n, Ordering::Relaxed);
}

/// The language messages are said in: `--lang`, else the environment's.
pub fn lang() -> crate::i18n::Lang {
    match LANG.load(Ordering::Relaxed) {
        0 => crate::i18n::Lang::Kk,
        1 => crate::i18n::Lang::Ru,
        _ => crate::i18n::Lang::En,
    }
}

/// An error as one line: "ошибка: ..." in the language of messages where
/// the catalogue has the error's words, else "error: ..." in English.
pub fn error_line(e: &crate::Error) -> String {
    let (prefix, text) = if e.is_localized() {
        (lang().t(&crate::i18n::messages::ERROR), e.localized(lang()))
    } else {
        ("error", e.to_string())
    };
    format!("{prefix}: {}", printable(&text, false))
}

/// A command line clap could not parse, said in `lang` as one line:
/// the mistake, the value and clap's suggestion ("a similar argument exists:
/// '--year'"); None for kinds said in clap's own English (a value parser's
/// detail, in English, follows the frame).
pub fn clap_error_line(e: &clap::Error, lang: crate::i18n::Lang) -> Option<String> {
    use crate::i18n::{messages::*, Text};
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    let one = |k: C| match e.get(k) {
        Some(V::String(s)) => Some(s.clone()),
        Some(V::Strings(v)) => v.first().cloned(),
        Some(V::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let many = |k: C| match e.get(k) {
        Some(V::Strings(v)) => v.join(", "),
        Some(V::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(V::String(s)) => s.clone(),
        _ => String::new(),
    };
    let said = match e.kind() {
        K::UnknownArgument => crate::said!(CLAP_UNKNOWN_ARG, arg = one(C::InvalidArg)?),
        K::InvalidSubcommand => crate::said!(CLAP_UNKNOWN_CMD, arg = one(C::InvalidSubcommand)?),
        K::InvalidValue => {
            let v = one(C::InvalidValue).unwrap_or_default();
            let choices = many(C::ValidValue);
            if v.is_empty() || choices.is_empty() {
                crate::said!(CLAP_NO_VALUE, arg = one(C::InvalidArg)?)
            } else {
                crate::said!(
                    CLAP_INVALID_CHOICE,
                    arg = one(C::InvalidArg)?,
                    v = v,
                    choices = choices
                )
            }
        }
        K::ValueValidation => {
            // ashyq's parsers say why in the catalogue's words; another's
            // reason is the text after clap's "...': ".
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("");
            let theirs = first.split_once("': ").map_or("", |x| x.1).trim();
            let why = std::error::Error::source(e)
                .and_then(|s| s.downcast_ref::<crate::i18n::Said>())
                .map_or_else(|| Text::English(theirs.to_string()), |s| s.0.clone());
            crate::said!(
                CLAP_INVALID_VALUE,
                arg = one(C::InvalidArg)?,
                v = one(C::InvalidValue).unwrap_or_default(),
                why = why
            )
        }
        K::MissingRequiredArgument => crate::said!(CLAP_MISSING, args = many(C::InvalidArg)),
        _ => return None,
    };
    let mut line = format!("{}: {}", lang.t(&ERROR), said.in_(lang));
    for k in [C::SuggestedArg, C::SuggestedSubcommand, C::SuggestedValue] {
        if let Some(s) = one(k) {
            line.push_str("; ");
            line.push_str(&crate::said!(CLAP_SIMILAR, s = s).in_(lang));
        }
    }
    line.push(' ');
    line.push_str(lang.t(&SEE_HELP));
    Some(printable(&line, false).into_owned())
}

/// The language asked with `--lang` on a command line clap could not parse,
/// else the environment's.
pub fn lang_of_args(args: &[String]) -> crate::i18n::Lang {
    let mut asked = None;
    for (i, a) in args.iter().enumerate() {
        let value = match a.strip_prefix("--lang=") {
            Some(v) => Some(v.to_string()),
            None if a == "--lang" => args.get(i + 1).cloned(),
            None => None,
        };
        if let Some(v) = value.and_then(|v| crate::i18n::Lang::of_locale(&v)) {
            asked = Some(v);
        }
    }
    asked.unwrap_or_else(crate::i18n::Lang::of_environment)
}

/// Sets the level: 0 quiet, 1 normal, 2 and more verbose.
pub fn set(quiet: bool, verbose: u8) {
    let level = if quiet { 0 } else { 1 + verbose };
    LEVEL.store(level, Ordering::Relaxed);
}

fn level() -> u8 {
    LEVEL.load(Ordering::Relaxed)
}

/// `text` safe to print on a terminal: control characters (an escape
/// sequence in a sheet's name could clear the screen or retitle the window)
/// shown as `\x1B`-style codes; line breaks kept only when `lines`, else
/// turned into spaces so that a message stays on one line.
pub fn printable(text: &str, lines: bool) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| c.is_control() && !(lines && c == '\n');
    if !text.chars().any(bad) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if !bad(c) => out.push(c),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push_str(&format!("\\x{:02X}", c as u32)),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A warning in the language of messages, unless quiet ("warning:" in
/// English where the catalogue does not have its words yet).
pub fn warn(msg: &crate::i18n::Text) {
    if level() >= 1 {
        let prefix = if msg.is_localized() {
            lang().t(&crate::i18n::messages::WARNING)
        } else {
            "warning"
        };
        eprintln!("{prefix}: {}", printable(&msg.in_(lang()), false));
    }
}

/// A summary a person reads after the work (unless quiet).
pub fn note(msg: &str) {
    if level() >= 1 {
        eprint!("{}", printable(msg, true));
    }
}

/// A line for `-v`.
pub fn info(msg: &str) {
    if level() >= 2 {
        eprintln!("{}", printable(msg, true));
    }
}

/// A spinner on stderr that appears only after a second of work, only on a
/// terminal, and never when quiet. Dropped, it clears itself.
pub struct Progress {
    bar: indicatif::ProgressBar,
    start: std::time::Instant,
}

impl Progress {
    /// Starts a spinner with a message.
    pub fn start(msg: &crate::i18n::Msg) -> Progress {
        let msg = lang().t(msg);
        let bar = indicatif::ProgressBar::hidden();
        bar.set_message(msg.to_string());
        if level() >= 1 && std::io::stderr().is_terminal() {
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            {
                bar.set_style(style);
            }
            let b = bar.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_secs(1));
                if !b.is_finished() {
                    b.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                    b.enable_steady_tick(Duration::from_millis(120));
                }
            });
        }
        info(&format!("[0.00 s] {msg}"));
        Progress {
            bar,
            start: std::time::Instant::now(),
        }
    }

    /// Says what is being done now (with `-v`, when it started).
    pub fn step(&self, msg: &crate::i18n::Msg) {
        let msg = lang().t(msg);
        info(&format!(
            "[{:.2} s] {msg}",
            self.start.elapsed().as_secs_f64()
        ));
        self.bar.set_message(msg.to_string());
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
