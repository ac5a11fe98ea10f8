//! Charts: SVG content (labels, values, bars, blocks), PNG size, bad inputs.
//! Expected values are summed here from the sample's cells.

use super::analysis::{at, by_group, programs};
use super::*;

/// Texts of an SVG written by ashyq: every text keeps its words in aria-label.
fn texts(svg: &str) -> Vec<String> {
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
    let m = (v / dec("1000000")).round_dp(1);
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
    assert_eq!(t[0], "Расходы в разрезе «функциональная группа», 2024");
    assert_eq!(t[1], "млн ₸ · исполнение");
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
    assert!(t.contains(&"Прочие (8)".to_string()), "{t:?}");
    assert!(t.contains(&ru_millions(rest)), "{t:?}");
    // Five blue bars and one grey: the rest gathered.
    assert_eq!(rects(&svg, "#0072b2"), 5);
    assert_eq!(rects(&svg, "#b0b0b0"), 1);
    // No glyph is the font's "missing" box.
    assert!(!svg.contains("#gr0\"") && !svg.contains("#gb0\""));
    assert!(svg.contains("<title>Расходы в разрезе «функциональная группа», 2024</title>"));
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
    assert_eq!(t[0], "Шығыстар, «функционалдық топ» бойынша, 2024");
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
    // The totals' labels, wrapped under their narrow columns.
    assert!(
        t.contains(&"2023".to_string()) && t.contains(&"2024".to_string()),
        "{t:?}"
    );
    assert_eq!(t.iter().filter(|x| *x == "исполнение").count(), 2, "{t:?}");
    assert_eq!(t[0], "От 2023 к 2024: как изменились расходы");
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
    // The title wraps onto two lines.
    assert_eq!(
        format!("{} {}", t[0], t[1]),
        "Expenditure by functional group → program, 2024: each block sized by its amount"
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
        if kind == "execution" {
            run.fails(2, &["no executed amounts"]);
        } else {
            run.ok();
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
    assert!(t.contains(&"Other (191)".to_string()), "{t:?}");
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
    assert_eq!(t[0], "Expenditure by Cabinet, 2025");
    assert_eq!(t[1], "million $ · approved");
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
