//! Charts: SVG content (labels, values, bars, blocks), PNG size, bad inputs.
//! Expected values are summed here from the sample's cells.

use super::analysis::{at, by_group, programs, table};
use super::*;

/// Texts of an SVG written by ashyq: every text keeps its words in aria-label.
pub(super) fn texts(svg: &str) -> Vec<String> {
    svg.split("<g class=\"t\"")
        .skip(1)
        .filter_map(|g| {
            let i = g.find("aria-label=\"")? + 12;
            let j = g[i..].find('"')? + i;
            Some(
                g[i..j]
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"),
            )
        })
        .collect()
}

/// Rectangles of a colour.
fn rects(svg: &str, fill: &str) -> usize {
    svg.matches(&format!("fill=\"{fill}\"/>")).count()
}

/// "20 650,1" with no-break spaces: millions to one decimal, the Russian way (written here).
pub fn ru_millions(v: Decimal) -> String {
    ru_one_decimal(v / dec("1000000"))
}

/// "3 000,0" with no-break spaces: a number to one decimal, the Russian way.
pub fn ru_one_decimal(v: Decimal) -> String {
    let m = v.round_dp(1);
    let s = format!("{m:.1}");
    let (int, frac) = s.split_once('.').unwrap();
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(*c);
    }
    format!("{out},{frac}")
}

/// Decodes a PNG whole; its size, after checking it holds a picture (not one colour).
fn png_size(bytes: &[u8]) -> (u32, u32) {
    let dec = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut r = dec.read_info().expect("a PNG");
    let mut buf = vec![0; r.output_buffer_size()];
    let info = r.next_frame(&mut buf).expect("PNG pixels");
    let px = &buf[..info.buffer_size()];
    let white = px.iter().filter(|b| **b == 255).count();
    assert!(white < px.len() * 99 / 100, "a blank picture");
    assert_eq!(&px[..3], &[255, 255, 255], "a white background");
    (info.width, info.height)
}

const SRC: &str = "data/sample_district_budget_akimat.xlsx";

#[test]
fn bar_chart_labels_values_and_source() {
    let w = Work::new();
    let src = repo(SRC);
    w.run(&["chart", "bar", &src, "-o", "bar.svg", "--top", "5"])
        .ok();
    let svg = std::fs::read_to_string(w.path("bar.svg")).unwrap();
    let t = texts(&svg);
    let groups = by_group(2024, "executed");
    let mut sorted: Vec<(&String, &Decimal)> = groups.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1));
    let rest: Decimal = sorted[5..].iter().map(|g| *g.1).sum();
    // The title states the finding; the description leads the subtitle.
    let total: Decimal = groups.values().sum();
    let share = (groups["04"] / total * dec("100")).round_dp(1);
    let title = format!(
        "Образование — {}% всех расходов в 2024 году",
        share.to_string().replace('.', ",")
    );
    assert_eq!(t[0], title);
    assert_eq!(
        t[1],
        "Расходы в разрезе «функциональная группа» · млн ₸ · исполнение"
    );
    assert!(t.contains(
        &"Источник: sample_district_budget_akimat.xlsx, лист «Приложение 1» · ashyq · 2026-11-28"
            .to_string()
    ));
    for (code, v) in &sorted[..5] {
        assert!(
            t.contains(&ru_millions(**v)),
            "{code}: {} not in {t:?}",
            ru_millions(**v)
        );
    }
    assert!(t.contains(&"Образование".to_string()));
    // The rest is named for what it gathers, never like a real «Прочие».
    assert!(t.contains(&"Остальные 8 групп".to_string()), "{t:?}");
    assert!(t.contains(&ru_millions(rest)), "{t:?}");
    // Five blue bars and one grey: the rest gathered.
    assert_eq!(rects(&svg, "#0072b2"), 5);
    assert_eq!(rects(&svg, "#b0b0b0"), 1);
    // No glyph is the font's "missing" box.
    assert!(!svg.contains("#gr0\"") && !svg.contains("#gb0\""));
    assert!(svg.contains(&format!("<title>{title}</title>")));
    // --title replaces it, and the subtitle is the query's alone.
    w.run(&[
        "chart",
        "bar",
        &src,
        "-o",
        "own.svg",
        "--title",
        "Куда идут деньги района",
    ])
    .ok();
    let own = texts(&std::fs::read_to_string(w.path("own.svg")).unwrap());
    assert_eq!(own[0], "Куда идут деньги района");
    assert_eq!(own[1], "млн ₸ · исполнение");
}

#[test]
fn every_kind_renders_png_and_svg_in_every_language() {
    let w = Work::new();
    let src = repo(SRC);
    for kind in [
        "bar",
        "stacked",
        "trend",
        "treemap",
        "waterfall",
        "execution",
    ] {
        for lang in ["kk", "ru", "en"] {
            let out = format!("{kind}-{lang}.svg");
            w.run(&["chart", kind, &src, "--lang", lang, "-o", &out])
                .ok();
            let svg = std::fs::read_to_string(w.path(&out)).unwrap();
            assert!(
                svg.starts_with("<svg ") && svg.ends_with("</svg>\n"),
                "{kind} {lang}"
            );
            assert!(texts(&svg).len() > 5, "{kind} {lang}");
        }
        let out = format!("{kind}.png");
        w.run(&["chart", kind, &src, "--size", "report", "-o", &out])
            .ok();
        let bytes = std::fs::read(w.path(&out)).unwrap();
        assert_eq!(png_size(&bytes), (1200, 800), "{kind}");
    }
    w.run(&["chart", "bar", &src, "--scale", "2", "-o", "hi.png"])
        .ok();
    assert_eq!(
        png_size(&std::fs::read(w.path("hi.png")).unwrap()),
        (3200, 1800)
    );
    w.run(&[
        "chart", "bar", &src, "--width", "1000", "--height", "1000", "-o", "sq.png",
    ])
    .ok();
    assert_eq!(
        png_size(&std::fs::read(w.path("sq.png")).unwrap()),
        (1000, 1000)
    );
}

#[test]
fn kazakh_labels_and_the_tenge_sign_draw_from_the_embedded_font() {
    let w = Work::new();
    let src = repo(SRC);
    w.run(&[
        "chart", "bar", &src, "--lang", "kk", "--unit", "million", "-o", "kk.svg",
    ])
    .ok();
    let svg = std::fs::read_to_string(w.path("kk.svg")).unwrap();
    let t = texts(&svg);
    // The finding in Kazakh, the share with its possessive ending.
    let g = by_group(2024, "executed");
    let share = (g["04"] / g.values().sum::<Decimal>() * dec("100")).round_dp(1);
    assert_eq!(
        t[0],
        format!(
            "2024 жылы барлық шығыстардың {}%-ы — Білім беру",
            share.to_string().replace('.', ",")
        )
    );
    assert!(
        t[1].starts_with("Шығыстар, «функционалдық топ» бойынша · "),
        "{t:?}"
    );
    assert!(t.contains(&"Білім беру".to_string()), "{t:?}");
    assert!(
        t.contains(&"Әлеуметтік көмек және әлеуметтік қамсыздандыру".to_string()),
        "{t:?}"
    );
    assert!(!svg.contains("#gr0\"") && !svg.contains("#gb0\""));
    // Glyphs are paths: the picture needs no font on the viewer's machine.
    assert!(!svg.contains("<text"));
    assert!(svg.contains("<path id=\"gr"));
}

#[test]
fn waterfall_steps_from_total_to_total() {
    let w = Work::new();
    let src = repo(SRC);
    w.run(&[
        "chart",
        "waterfall",
        &src,
        "--from",
        "2023",
        "--to",
        "2024",
        "-o",
        "w.svg",
    ])
    .ok();
    let t = texts(&std::fs::read_to_string(w.path("w.svg")).unwrap());
    let (a, b) = (by_group(2023, "executed"), by_group(2024, "executed"));
    let ta: Decimal = a.values().sum();
    let tb: Decimal = b.values().sum();
    assert!(
        t.contains(&ru_millions(ta)) && t.contains(&ru_millions(tb)),
        "{t:?}"
    );
    let edu = b["04"] - a["04"];
    assert!(t.contains(&format!("+{}", ru_millions(edu))), "{t:?}");
    // A row per step, the names whole on the left: the totals name year and stage.
    assert!(
        t.contains(&"2023 исполнение".to_string()) && t.contains(&"2024 исполнение".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"Социальная помощь и социальное обеспечение".to_string()),
        "{t:?}"
    );
    let growth = ((tb / ta - Decimal::ONE) * dec("100")).round_dp(1);
    assert_eq!(
        t[0],
        format!(
            "С 2023 по 2024 год расходы выросли на {}%",
            growth.to_string().replace('.', ",")
        )
    );
    assert!(
        t[1].starts_with("От 2023 к 2024: как изменились расходы · "),
        "{t:?}"
    );
    // Every level is far from zero: the axis is cut and says so.
    assert!(t.contains(&"шкала не от нуля".to_string()), "{t:?}");
}

#[test]
fn treemap_blocks_carry_name_amount_and_share() {
    let w = Work::new();
    let src = repo(SRC);
    w.run(&["chart", "treemap", &src, "--lang", "en", "-o", "t.svg"])
        .ok();
    let t = texts(&std::fs::read_to_string(w.path("t.svg")).unwrap());
    let progs = programs();
    let total: Decimal = progs.iter().map(|p| p.2[at(2024, "executed")]).sum();
    let (code, big) = progs
        .iter()
        .map(|p| (p.1.clone(), p.2[at(2024, "executed")]))
        .max_by(|a, b| a.1.cmp(&b.1))
        .unwrap();
    assert_eq!(code, "04 2 464 003");
    let share = (big / total * dec("100")).round_dp(1);
    let figures = format!(
        "{} · {share}%",
        ru_millions(big)
            .replace('\u{a0}', ",")
            .replace(',', "#")
            .replacen('#', ",", 1)
            .replace('#', ".")
    );
    assert!(t.contains(&figures), "{figures} not in {t:?}");
    assert!(t.contains(&"Общеобразовательное обучение".to_string()));
    // The title states the largest block, computed here; what the blocks are leads the subtitle.
    assert_eq!(
        t[0],
        format!("Общеобразовательное обучение: {share}% of all expenditure in 2024")
    );
    assert!(
        t[1].starts_with(
            "Expenditure by functional group → program, 2024: each block sized by its amount"
        ),
        "{t:?}"
    );
}

#[test]
fn execution_chart_marks_groups_under_the_threshold() {
    let w = Work::new();
    let src = repo(SRC);
    w.run(&["chart", "execution", &src, "--lang", "en", "-o", "e.svg"])
        .ok();
    let svg = std::fs::read_to_string(w.path("e.svg")).unwrap();
    let (p, e) = (by_group(2024, "revised"), by_group(2024, "executed"));
    let under = p.keys().filter(|k| e[*k] / p[*k] < dec("0.9")).count();
    // Executed bars under the threshold are orange; the legend has one more.
    assert_eq!(rects(&svg, "#e69f00"), under + 1, "{:?}", texts(&svg));
    let t = texts(&svg);
    assert!(t.contains(&"under 90%".to_string()) && t.contains(&"plan (revised)".to_string()));
    let edu = (e["04"] / p["04"] * dec("100")).round_dp(1);
    assert!(t.contains(&format!("{edu}%")), "{t:?}");
}

#[test]
fn hard_data_gives_a_readable_chart_or_a_clear_error() {
    let w = Work::new();
    // Negative values, zeros, huge amounts, one category, 200 categories.
    let mut csv = String::from("code,name,year,stage,amount\n");
    csv.push_str("01,Refunds,2024,approved,-500\n02,Zero line,2024,approved,0\n03,Huge,2024,approved,90000000000000000000\n");
    for i in 0..200 {
        csv.push_str(&format!("X{i:03},Line {i},2024,approved,{}\n", 1000 + i));
    }
    let f = w.write("hard.csv", &csv);
    let f = f.to_str().unwrap();
    for kind in ["bar", "treemap", "execution", "stacked", "trend"] {
        let run = w.run(&[
            "chart",
            kind,
            f,
            "--by",
            "code",
            "--currency",
            "USD",
            "-o",
            &format!("{kind}.png"),
        ]);
        match kind {
            "execution" => {
                run.fails(2, &["no executed amounts"]);
            }
            "trend" => {
                run.fails(2, &["a trend needs two years or more"]);
            }
            _ => {
                run.ok();
            }
        }
    }
    let t = {
        w.run(&[
            "chart",
            "bar",
            f,
            "--by",
            "code",
            "--currency",
            "USD",
            "-o",
            "b.svg",
        ])
        .ok();
        texts(&std::fs::read_to_string(w.path("b.svg")).unwrap())
    };
    assert!(t.contains(&"191 other items".to_string()), "{t:?}");
    let one = w.write(
        "one.csv",
        "code,name,year,stage,amount (тенге)\n01,Only,2024,approved,5\n",
    );
    w.run(&["chart", "bar", one.to_str().unwrap(), "-o", "one.png"])
        .ok();
    w.run(&["chart", "waterfall", one.to_str().unwrap(), "-o", "w.png"])
        .fails(2, &["--from", "one year"]);
    w.run(&["chart", "bar", one.to_str().unwrap(), "-o", "x.jpg"])
        .fails(2, &["x.jpg", ".png or .svg"]);
    w.run(&[
        "chart",
        "bar",
        one.to_str().unwrap(),
        "--year",
        "2020",
        "-o",
        "y.png",
    ])
    .fails(2, &["--year", "2020"]);
    w.run(&["chart", "pie", one.to_str().unwrap(), "-o", "p.png"])
        .fails(2, &["pie"]);
}

#[test]
fn boston_bar_by_cabinet() {
    let Some(path) = realdata("boston_fy25_adopted_operating_budget.csv") else {
        return;
    };
    let w = Work::new();
    w.run(&[
        "chart",
        "bar",
        &path,
        "--currency",
        "USD",
        "--by",
        "cabinet",
        "-o",
        "b.svg",
    ])
    .ok();
    let t = texts(&std::fs::read_to_string(w.path("b.svg")).unwrap());
    assert!(
        t[0].starts_with("Education Cabinet: ") && t[0].ends_with("% of all expenditure in 2025"),
        "{t:?}"
    );
    assert_eq!(t[1], "Expenditure by Cabinet · million $ · approved");
    assert!(t.contains(&"Education Cabinet".to_string()), "{t:?}");
}

#[test]
fn every_kind_for_real_files() {
    let (Some(kyiv), Some(madrid)) = (
        realdata("ua_openbudget_kyiv_lviv_expenses_economic_2021-2024.csv"),
        realdata("madrid_municipal_expenditure_2012-2015.csv"),
    ) else {
        return;
    };
    let w = Work::new();
    let map = repo("examples/mappings/kyiv_lviv_expenses_economic.toml");
    for kind in [
        "bar",
        "stacked",
        "trend",
        "treemap",
        "waterfall",
        "execution",
    ] {
        let out = format!("kyiv-{kind}.svg");
        let mut args = vec![
            "chart",
            kind,
            kyiv.as_str(),
            "--map",
            map.as_str(),
            "--filter",
            "CITY=Kyiv",
            "--by",
            "code",
            "-o",
            &out,
        ];
        if kind == "stacked" || kind == "trend" {
            // 2024 is a part year (July): its executed amounts are not a year's.
            args.extend(["--years", "2021..2023", "--stage", "executed"]);
        }
        w.run(&args).ok();
        let t = texts(&std::fs::read_to_string(w.path(&out)).unwrap());
        assert!(
            t.iter()
                .any(|x| x.starts_with("Source: ua_openbudget_kyiv_lviv")),
            "{kind}: {t:?}"
        );
        assert!(
            t.iter().any(|x| x.contains("UAH") || x.contains("₴")),
            "{kind}: {t:?}"
        );
    }
    for kind in ["bar", "stacked", "trend", "treemap", "waterfall"] {
        let out = format!("madrid-{kind}.png");
        w.run(&[
            "chart",
            kind,
            &madrid,
            "--currency",
            "EUR",
            "--by",
            "CAPITULO",
            "--lang",
            "en",
            "-o",
            &out,
        ])
        .ok();
        assert_eq!(
            png_size(&std::fs::read(w.path(&out)).unwrap()),
            (1600, 900),
            "{kind}"
        );
    }
}

/// A negative line is drawn below zero in the stacked chart, every segment
/// to one scale, and each column is labelled with its net total, the
/// breakdown's (#14: negatives were dropped and the totals disagreed).
#[test]
fn stacked_columns_draw_negative_lines_below_zero_with_the_net_total() {
    let w = Work::new();
    let (a, b) = ([3000, 1500, -510, 400], [3400, 1200, -700, 500]);
    let mut csv = String::from("Код;Наименование;2023 исполнение;2024 исполнение\n");
    for (i, name) in [
        "Образование",
        "Здравоохранение",
        "Возврат трансфертов",
        "Культура",
    ]
    .iter()
    .enumerate()
    {
        csv.push_str(&format!("0{};{name};{};{}\n", i + 1, a[i], b[i]));
    }
    w.write("neg.csv", csv);
    w.run(&[
        "chart",
        "stacked",
        "neg.csv",
        "-o",
        "neg.svg",
        "--currency",
        "KZT",
        "--lang",
        "en",
    ])
    .ok();
    let svg = std::fs::read_to_string(w.path("neg.svg")).unwrap();
    let t = texts(&svg);
    for net in [a.iter().sum::<i32>(), b.iter().sum::<i32>()] {
        let label = format!("{},{:03}", net / 1000, net % 1000);
        assert!(t.contains(&label), "{label} in {t:?}");
    }
    // The first column's four segments, (y, height) each, in the order the
    // chart stacks them: largest in the last year first (3400, 1200, 500, -700).
    let num = |r: &str, k: &str| -> f32 {
        let i = r.find(&format!(" {k}=\"")).unwrap() + k.len() + 3;
        r[i..i + r[i..].find('"').unwrap()].parse().unwrap()
    };
    let segs: Vec<(f32, f32)> = svg
        .split("<rect ")
        .skip(2)
        .take(4)
        .map(|r| (num(r, "y"), num(r, "height")))
        .collect();
    let zero = segs[0].0 + segs[0].1;
    assert!(
        (segs[3].0 - zero).abs() < 0.05,
        "the negative starts at zero: {segs:?}"
    );
    let per = segs[0].1 / 3000.0;
    for (k, v) in [a[0], a[1], a[3], a[2]].iter().enumerate() {
        assert!(
            (segs[k].1 - v.abs() as f32 * per).abs() < 0.05,
            "{k}: {segs:?}"
        );
    }
    // Above zero, the positive segments touch one another.
    assert!((segs[1].0 + segs[1].1 - segs[0].0).abs() < 0.05);
}

/// Every text of an SVG written by ashyq: (fill, size, x, baseline, words).
pub(super) fn text_marks(svg: &str) -> Vec<(String, f32, f32, f32, String)> {
    let attr = |g: &str, name: &str| -> Option<String> {
        let i = g.find(&format!("{name}=\""))? + name.len() + 2;
        Some(g[i..i + g[i..].find('"')?].to_string())
    };
    svg.split("<g class=\"t\"")
        .skip(1)
        .filter_map(|g| {
            let m = g.find("matrix(")? + 7;
            let nums: Vec<f32> = g[m..m + g[m..].find(')')?]
                .split(' ')
                .filter_map(|v| v.parse().ok())
                .collect();
            Some((
                attr(g, "fill")?,
                attr(g, "data-size")?.parse().ok()?,
                *nums.get(4)?,
                *nums.get(5)?,
                attr(g, "aria-label")?,
            ))
        })
        .collect()
}

/// Filled rectangles in drawing order, each with its place in the document.
fn rect_marks(svg: &str) -> Vec<(usize, f32, f32, f32, f32, String)> {
    let num = |r: &str, name: &str| -> f32 {
        let i = r.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        r[i..i + r[i..].find('"').unwrap()].parse().unwrap()
    };
    svg.match_indices("<rect ")
        .map(|(at, _)| {
            let r = &svg[at..at + svg[at..].find("/>").unwrap()];
            let i = r.find("fill=\"").unwrap() + 6;
            (
                at,
                num(r, "x"),
                num(r, "y"),
                num(r, "width"),
                num(r, "height"),
                r[i..i + 7].to_string(),
            )
        })
        .collect()
}

/// WCAG 2 contrast of two "#rrggbb" colours, computed here from the standard's formula.
fn wcag_contrast(a: &str, b: &str) -> f32 {
    let lum = |h: &str| {
        let c = |i: usize| {
            let v = f32::from(u8::from_str_radix(&h[i..i + 2], 16).unwrap()) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Each text's size and its contrast against the last rectangle drawn under its middle.
fn legibility(svg: &str) -> Vec<(String, f32, f32)> {
    let rects = rect_marks(svg);
    let mut out = Vec::new();
    let mut from = 0;
    for (fill, size, x, base, words) in text_marks(svg) {
        let at = from
            + svg[from..]
                .find(&format!(
                    "aria-label=\"{}\"",
                    words
                        .replace('&', "&amp;")
                        .replace('"', "&quot;")
                        .replace('<', "&lt;")
                        .replace('>', "&gt;")
                ))
                .unwrap_or(0);
        from = at;
        let (px, py) = (x + size * 0.3, base - size * 0.35);
        let bg = rects
            .iter()
            .rev()
            .find(|r| r.0 < at && px >= r.1 && px <= r.1 + r.3 && py >= r.2 && py <= r.2 + r.4)
            .map(|r| r.5.clone())
            .unwrap_or_else(|| "#ffffff".into());
        out.push((words, size, wcag_contrast(&fill, &bg)));
    }
    out
}

#[test]
fn every_text_reads_from_the_back_row_and_stands_out_from_its_ground() {
    let w = Work::new();
    let src = repo(SRC);
    let kinds: [&[&str]; 6] = [
        &["bar"],
        &["stacked"],
        &["trend"],
        &["treemap", "--by", "program"],
        &["waterfall", "--from", "2023", "--to", "2024"],
        &["execution"],
    ];
    for lang in ["kk", "ru", "en"] {
        for kind in kinds {
            for size in ["slide", "report"] {
                let mut args = vec!["chart"];
                args.extend_from_slice(kind);
                args.extend_from_slice(&[
                    &src, "-o", "c.svg", "--force", "--lang", lang, "--size", size,
                ]);
                w.run(&args).ok();
                let svg = std::fs::read_to_string(w.path("c.svg")).unwrap();
                let marks = legibility(&svg);
                assert!(marks.len() > 5, "{kind:?}: {marks:?}");
                for (words, px, contrast) in &marks {
                    if size == "slide" {
                        // Nothing under 2.2% of the 900 px height.
                        assert!(
                            *px >= 0.022 * 900.0,
                            "{kind:?} {lang}: {words:?} at {px} px"
                        );
                    } else {
                        // Nothing under 9 pt on an A4 page: 1200 px across 186 mm.
                        let pt = px * 186.0 / 1200.0 / 25.4 * 72.0;
                        assert!(pt >= 9.0, "{kind:?} {lang}: {words:?} at {pt} pt");
                    }
                    assert!(
                        *contrast >= 4.5,
                        "{kind:?} {lang} {size}: {words:?} at {contrast}:1"
                    );
                }
            }
        }
    }
    // The names and values of a bar chart are at least 3% of a slide's height.
    w.run(&["chart", "bar", &src, "-o", "b.svg"]).ok();
    let svg = std::fs::read_to_string(w.path("b.svg")).unwrap();
    let marks = legibility(&svg);
    let edu = marks.iter().find(|m| m.0 == "Образование").unwrap();
    assert!(edu.1 >= 27.0, "{edu:?}");
    let value = ru_millions(by_group(2024, "executed")["04"]);
    let v = marks.iter().find(|m| m.0.starts_with(&value)).unwrap();
    assert!(v.1 >= 27.0, "{v:?}");
}

#[test]
fn three_or_fewer_are_never_gathered_and_a_large_rest_is_not_drawn_to_scale() {
    let w = Work::new();
    // Seven lines by name: top 4 leaves three, shown by name; top 3 leaves four, gathered.
    let mut csv = String::from("code,name,year,stage,amount (тенге)\n");
    let amounts = [700, 600, 500, 400, 300, 200, 100];
    for (i, a) in amounts.iter().enumerate() {
        csv.push_str(&format!("0{},Статья {},2024,approved,{a}\n", i + 1, i + 1));
    }
    let f = w.write("seven.csv", &csv);
    let f = f.to_str().unwrap();
    let four = w
        .run(&[
            "breakdown",
            f,
            "--by",
            "name",
            "--top",
            "4",
            "--format",
            "csv",
            "-o",
            "-",
        ])
        .ok();
    let rows = table(&four.stdout);
    assert_eq!(rows.len(), 8, "{}", four.context());
    assert!(rows.iter().all(|r| !r["name"].contains("Остальные")));
    let three = w
        .run(&[
            "breakdown",
            f,
            "--by",
            "name",
            "--top",
            "3",
            "--format",
            "csv",
            "-o",
            "-",
        ])
        .ok();
    let rows = table(&three.stdout);
    assert_eq!(rows[3]["name"], "Остальные 4 статьи", "{}", three.context());
    assert_eq!(dec(&rows[3]["amount_2024_approved"]), dec("1000"));
    // The gathered bar (1 000) is longer than the largest named one (700): it is broken.
    w.run(&[
        "chart", "bar", f, "--by", "name", "--top", "3", "-o", "b.svg", "--lang", "en",
    ])
    .ok();
    let svg = std::fs::read_to_string(w.path("b.svg")).unwrap();
    let t = texts(&svg);
    assert!(t.contains(&"4 other items".to_string()), "{t:?}");
    let gaps = svg.matches("stroke=\"#ffffff\"").count();
    assert_eq!(gaps, 2, "{svg}");
    // Not so with a rest shorter than the largest bar.
    let big = csv.replace(
        "01,Статья 1,2024,approved,700",
        "01,Статья 1,2024,approved,3000",
    );
    let g = w.write("big.csv", &big);
    w.run(&[
        "chart",
        "bar",
        g.to_str().unwrap(),
        "--by",
        "name",
        "--top",
        "3",
        "-o",
        "c.svg",
        "--lang",
        "en",
    ])
    .ok();
    let svg = std::fs::read_to_string(w.path("c.svg")).unwrap();
    assert!(texts(&svg).contains(&"4 other items".to_string()));
    assert_eq!(svg.matches("stroke=\"#ffffff\"").count(), 0);
}

#[test]
fn stage_waterfall_execution_money_and_a_legend_of_what_is_shown() {
    let w = Work::new();
    let src = repo(SRC);
    w.run(&[
        "chart",
        "waterfall",
        &src,
        "--from",
        "2024:approved",
        "--to",
        "2024:revised",
        "-o",
        "w.svg",
    ])
    .ok();
    let t = texts(&std::fs::read_to_string(w.path("w.svg")).unwrap());
    assert_eq!(
        t[0], "2024: утвержденный → уточненный, как изменились расходы",
        "{t:?}"
    );
    assert!(
        t.contains(&"утвержденный".to_string()) && t.contains(&"уточненный".to_string()),
        "{t:?}"
    );
    w.run(&["chart", "execution", &src, "-o", "e.svg"]).ok();
    let svg = std::fs::read_to_string(w.path("e.svg")).unwrap();
    let t = texts(&svg);
    let (p, e) = (by_group(2024, "revised"), by_group(2024, "executed"));
    // The money left unspent, per row, in the chart's unit.
    let gap = ru_millions(p["04"] - e["04"]);
    assert!(t.contains(&format!("не исполнено {gap}")), "{t:?}");
    // No group went over 100%: the legend does not name it; the threshold's mark it does.
    assert!(p.keys().all(|k| e[k] <= p[k]));
    assert!(!t.iter().any(|x| x.contains("свыше 100%")), "{t:?}");
    assert!(
        t.contains(&"порог 90%".to_string()) && t.contains(&"ниже 90%".to_string()),
        "{t:?}"
    );
    // Every group under 90% keeps a row of its own.
    for k in p.keys().filter(|k| e[*k] / p[*k] < dec("0.9")) {
        let rate = (e[k] / p[k] * dec("100"))
            .round_dp(1)
            .to_string()
            .replace('.', ",");
        assert!(t.contains(&format!("{rate}%")), "{k}: {rate} not in {t:?}");
    }
}

#[test]
fn a_treemap_is_never_one_block() {
    let w = Work::new();
    // Lines told apart only by dimension columns: the first that has several values.
    let f = w.write(
        "dims.csv",
        "Fund,Cabinet,Dept,FY25 Approved\nGeneral,Education,Schools,700\nGeneral,Safety,Police,500\nGeneral,Streets,Public Works,300\n",
    );
    let f = f.to_str().unwrap();
    w.run(&[
        "chart",
        "treemap",
        f,
        "--currency",
        "USD",
        "-o",
        "t.svg",
        "--lang",
        "en",
    ])
    .ok();
    let t = texts(&std::fs::read_to_string(w.path("t.svg")).unwrap());
    // The title states the largest block (700 of 1 500); the grouping leads the subtitle.
    assert_eq!(t[0], "Education: 46.7% of all expenditure in 2025", "{t:?}");
    assert!(t[1].starts_with("Expenditure by Cabinet, 2025"), "{t:?}");
    for name in ["Education", "Safety", "Streets"] {
        assert!(t.contains(&name.to_string()), "{name} not in {t:?}");
    }
    // Asked for a column with one value: refused, saying what to give.
    let run = w.run(&[
        "chart",
        "treemap",
        f,
        "--by",
        "Fund",
        "--currency",
        "USD",
        "-o",
        "u.svg",
        "--lang",
        "en",
    ]);
    run.fails(2, &["--by", "one block", "(\"Cabinet\", \"Dept\")"]);
    assert!(!w.path("u.svg").exists());
}

#[test]
fn lines_of_very_different_sizes_are_drawn_as_an_index() {
    let w = Work::new();
    let src = repo(SRC);
    w.run(&["chart", "trend", &src, "-o", "t.svg"]).ok();
    let t = texts(&std::fs::read_to_string(w.path("t.svg")).unwrap());
    // Education is over ten times the smallest line shown: an index, 2022 = 100.
    let (a, b) = (by_group(2022, "executed"), by_group(2024, "executed"));
    assert!(t.iter().any(|x| x.contains("индекс, 2022 = 100")), "{t:?}");
    let up = ((b["04"] / a["04"] - Decimal::ONE) * dec("100")).round_dp(1);
    let up = up.to_string().replace('.', ",");
    // Education grew fastest of the lines shown: the title says so (on two lines).
    assert_eq!(
        format!("{} {}", t[0], t[1]),
        format!("Быстрее других крупнейших статей росла статья «Образование»: +{up}% с 2022 по 2024 год")
    );
    let label = format!("+{up}% Образование");
    assert!(t.contains(&label), "{label} not in {t:?}");
    assert!(t.contains(&"100".to_string()), "{t:?}");
    // Lines of like sizes stay in amounts.
    let f = w.write(
        "like.csv",
        "code,name,year,stage,amount (тенге)\n01,А,2023,approved,100\n01,А,2024,approved,120\n02,Б,2023,approved,90\n02,Б,2024,approved,80\n",
    );
    w.run(&[
        "chart",
        "trend",
        f.to_str().unwrap(),
        "--by",
        "name",
        "-o",
        "u.svg",
    ])
    .ok();
    let t = texts(&std::fs::read_to_string(w.path("u.svg")).unwrap());
    assert!(!t.iter().any(|x| x.contains("индекс")), "{t:?}");
    assert!(t.iter().any(|x| x == "120 А"), "{t:?}");
}

#[test]
fn a_treemap_says_when_its_groups_and_blocks_are_in_two_languages() {
    let w = Work::new();
    let src = repo(SRC);
    // The sample names its programs in Russian; a Kazakh chart names the groups in Kazakh.
    w.run(&["chart", "treemap", &src, "--lang", "kk", "-o", "kk.svg"])
        .ok();
    let t = texts(&std::fs::read_to_string(w.path("kk.svg")).unwrap());
    assert!(
        t.iter().any(|x| x
            .ends_with("топ атаулары — қазақ тілінде, ішкі блоктар — файлдағыдай, орыс тілінде")),
        "{t:?}"
    );
    w.run(&["chart", "treemap", &src, "-o", "ru.svg"]).ok();
    let t = texts(&std::fs::read_to_string(w.path("ru.svg")).unwrap());
    assert!(!t.iter().any(|x| x.contains("как в файле")), "{t:?}");
}

#[test]
fn a_stacked_chart_states_how_the_largest_share_moved() {
    let w = Work::new();
    let src = repo(SRC);
    w.run(&["chart", "stacked", &src, "-o", "s.svg"]).ok();
    let t = texts(&std::fs::read_to_string(w.path("s.svg")).unwrap());
    let share = |y: i32| {
        let g = by_group(y, "executed");
        let s = (g["04"] / g.values().sum::<Decimal>() * dec("100")).round_dp(1);
        s.to_string().replace('.', ",")
    };
    assert_eq!(
        t[0],
        format!(
            "Образование: {}% → {}% всех расходов, 2022–2024",
            share(2022),
            share(2024)
        )
    );
    assert!(
        t[1].starts_with("Структура: расходы в разрезе «функциональная группа», 2022–2024 · "),
        "{t:?}"
    );
}

/// Fifteen groups of like size (600 programs): every group is a labelled
/// block (a long first word cut to its first letters rather than fifteen
/// groups turned into a grey "other"), and the title names the largest
/// group, as no program stands out.
#[test]
fn a_treemap_of_many_like_groups_labels_every_group() {
    let w = Work::new();
    let mut csv = String::from("Код;Наименование;2024 исполнение\n");
    let amount = |g: u32, p: u32| 1000 + 10 * g + p;
    for g in 1..=15 {
        for p in 1..=40 {
            csv.push_str(&format!(
                "{g:02} 1 1{g:02} {p:03};Программа {p} группы {g};{}\n",
                amount(g, p)
            ));
        }
    }
    let f = w.write("city.csv", csv);
    w.run(&[
        "chart",
        "treemap",
        f.to_str().unwrap(),
        "-o",
        "t.svg",
        "--lang",
        "ru",
    ])
    .ok();
    let t = texts(&std::fs::read_to_string(w.path("t.svg")).unwrap());
    let group = |g: u32| (1..=40).map(|p| amount(g, p)).sum::<u32>();
    let total: u32 = (1..=15).map(group).sum();
    let share = (Decimal::from(group(15)) / Decimal::from(total) * dec("100")).round_dp(1);
    assert_eq!(
        t[0],
        format!(
            "Трансферты — {}% всех расходов в 2024 году",
            share.to_string().replace('.', ",")
        )
    );
    assert!(!t.iter().any(|x| x.starts_with("Остальные")), "{t:?}");
    // Every group's block shows its amount and share (tenge, grouped by a no-break space).
    for g in 1..=15 {
        let a = format!("{}\u{a0}{:03} · ", group(g) / 1000, group(g) % 1000);
        assert!(t.iter().any(|x| x.starts_with(&a)), "{a} not in {t:?}");
    }
}

/// A trend of one year would be a column of dots: refused, saying which
/// year the data holds and which chart shows one year.
#[test]
fn a_trend_of_one_year_is_refused() {
    let w = Work::new();
    let f = w.write(
        "one.csv",
        "Код;Наименование;2024 исполнение\n01;Школы;10\n02;Дороги;20\n",
    );
    let trend = |lang: &str| {
        w.run(&[
            "chart",
            "trend",
            f.to_str().unwrap(),
            "-o",
            "t.png",
            "--lang",
            lang,
            "--currency",
            "KZT",
        ])
    };
    trend("en")
        .fails(
            2,
            &["a trend needs two years or more: the data holds 2024 only; `ashyq chart bar` shows one year"],
        );
    assert!(!w.path("t.png").exists());
    let ru = trend("ru");
    assert_eq!(
        (ru.code, ru.stderr.as_str()),
        (2, "ошибка: SRC: для динамики нужно не меньше двух лет: в данных только 2024 год; один год покажет `ashyq chart bar`\n"),
    );
}

/// A group with no room for its name strip is one block named for the
/// group (with the group's total), never parts that cannot be told from
/// another group's.
#[test]
fn a_group_without_room_for_its_name_is_one_block() {
    let w = Work::new();
    w.run(&[
        "chart",
        "treemap",
        &repo(SRC),
        "--lang",
        "ru",
        "-o",
        "t.svg",
    ])
    .ok();
    let t = texts(&std::fs::read_to_string(w.path("t.svg")).unwrap());
    let general: Decimal = programs()
        .iter()
        .filter(|p| p.1.starts_with("01 "))
        .map(|p| p.2[at(2024, "executed")])
        .sum();
    let at_name = t.iter().position(|x| x == "Государс…");
    assert_eq!(
        at_name.and_then(|i| t.get(i + 1)).map(String::as_str),
        Some(ru_millions(general).as_str()),
        "{t:?}"
    );
    // Its programs are not drawn apart.
    assert!(!t.iter().any(|x| x.starts_with("Услуги по")), "{t:?}");
}
