//! The report in a real browser: headless Chromium (Debian's `chromium`,
//! installed by .ci/run) loads index.html, prints it to PDF and takes a
//! screenshot. Skips with a message where Chromium cannot be had.

use super::*;

fn chromium() -> Option<String> {
    let candidates = [
        std::env::var("CHROMIUM").unwrap_or_default(),
        "/usr/bin/chromium".into(),
        "/usr/bin/chromium-browser".into(),
    ];
    candidates
        .into_iter()
        .find(|c| !c.is_empty() && Path::new(c).exists())
}

fn run_chromium(bin: &str, profile: &Path, args: &[&str]) -> std::process::Output {
    Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("run chromium")
}

#[test]
fn the_report_loads_prints_and_renders_in_chromium() {
    let Some(bin) = chromium() else {
        eprintln!("skipped: no Chromium (install Debian's chromium package, as .ci/run does)");
        return;
    };
    let w = Work::new();
    w.run(&["demo", "-o", "pack"]).ok();
    let page = format!("file://{}", w.path("pack/index.html").display());
    let md = std::fs::read_to_string(w.path("pack/report.md")).unwrap();
    let facts: Vec<String> = md
        .lines()
        .filter(|l| l.len() > 3 && l.as_bytes()[0].is_ascii_digit() && l.contains(". "))
        .take(8)
        .map(|l| {
            let s = l.split_once(". ").unwrap().1;
            s[..s.rfind(" ([").unwrap()].to_string()
        })
        .collect();
    assert_eq!(facts.len(), 8, "{md}");

    // The DOM as the browser built it holds every key fact.
    let dom = run_chromium(&bin, &w.path("p1"), &["--dump-dom", &page]);
    // The serialiser writes no-break spaces as entities.
    let dom = String::from_utf8_lossy(&dom.stdout).replace("&nbsp;", "\u{a0}");
    assert!(dom.contains("</html>"), "chromium printed no page");
    for f in &facts {
        assert!(dom.contains(f), "{f} not in the rendered page");
    }
    assert_eq!(dom.matches("<svg ").count(), 5, "five charts inline");

    // Printed on A4: the expected pages.
    let pdf = w.path("pack.pdf");
    run_chromium(
        &bin,
        &w.path("p2"),
        &[&format!("--print-to-pdf={}", pdf.display()), &page],
    );
    let bytes = std::fs::read(&pdf).expect("a PDF");
    assert!(bytes.starts_with(b"%PDF"));
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page\n").count()
        + text.matches("/Type /Page ").count()
        + text.matches("/Type /Page/").count()
        + text.matches("/Type/Page/").count()
        + text.matches("/Type/Page\n").count()
        + text.matches("/Type /Page>").count()
        + text.matches("/Type/Page>").count();
    assert!((8..=16).contains(&pages), "{pages} pages");
    // Read back as text (where poppler's pdftotext is at hand): page 1 holds
    // the key facts and the first section, not 60% white; each table's
    // total is printed once, not after every page's part of it.
    if let Ok(out) = std::process::Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
    {
        let text = String::from_utf8_lossy(&out.stdout);
        let first = text.split('\u{c}').next().unwrap_or("");
        assert!(
            first.contains("Главное") && first.contains("Куда идут деньги"),
            "{first}"
        );
        let totals_in_page = dom.matches("<tfoot>").count();
        let printed = text
            .lines()
            .filter(|l| l.trim_start().starts_with("Итого"))
            .count();
        assert_eq!(printed, totals_in_page, "{text}");
        // On paper a link goes nowhere: no "[таблица]" beside the facts.
        assert!(!text.contains("[таблица]"), "{first}");
    }

    // A screenshot of the first screen.
    let shot = w.path("shot.png");
    run_chromium(
        &bin,
        &w.path("p3"),
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,1600",
            &page,
        ],
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert_eq!(&png[..4], b"\x89PNG");
    assert!(png.len() > 50_000, "a page with content, not a blank one");
}

/// A pack made with --accept-unreconciled says so on its first page, above
/// the key facts, as the browser renders it.
#[test]
fn an_unreconciled_pack_warns_on_its_first_page_in_chromium() {
    let Some(bin) = chromium() else {
        eprintln!("skipped: no Chromium (install Debian's chromium package, as .ci/run does)");
        return;
    };
    let w = Work::new();
    // Every printed total three times the sum of its programs.
    let annex = "Функционалдық топ;Кіші функциясы;Бюджеттік бағдарламалардың әкімшісі;Бағдарламасы;Атауы;2024 жылға бекітілген бюджет (мың теңге)\n\
                 01;;;;Жалпы сипаттағы мемлекеттік қызметтер;900\n\
                 ;1;;;Мемлекеттік басқарудың жалпы функцияларын орындайтын органдар;900\n\
                 ;;112;;Аудан мәслихатының аппараты;300\n\
                 ;;;001;Аудан мәслихатының қызметін қамтамасыз ету;100\n\
                 ;;122;;Аудан әкімінің аппараты;600\n\
                 ;;;001;Аудан әкімінің қызметін қамтамасыз ету;150,5\n\
                 ;;;003;Азаматтық хал актілерін тіркеу;49,5\n";
    w.write("annex.csv", annex);
    w.run(&[
        "report",
        "annex.csv",
        "-o",
        "pack",
        "--accept-unreconciled",
        "--lang",
        "kk",
    ])
    .ok();
    let page = format!("file://{}", w.path("pack/index.html").display());
    let dom = run_chromium(&bin, &w.path("p1"), &["--dump-dom", &page]);
    let dom = String::from_utf8_lossy(&dom.stdout).replace("&nbsp;", "\u{a0}");
    let warning = "Назар аударыңыз: файлда жарияланған 4 қорытындының 4 ashyq оқыған жолдардың сомасымен сәйкес келмейді.";
    let at = dom.find(warning).expect("the warning in the rendered page");
    assert!(
        at < dom.find("id=\"facts\"").unwrap(),
        "above the key facts"
    );
    assert!(
        dom[..at].contains("class=\"warning\""),
        "in the warning box"
    );
}
