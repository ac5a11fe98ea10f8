//! Squarified treemap layout (Bruls, Huizing, van Wijk 2000): blocks as
//! close to squares as the values allow, largest first.

use super::Area;

fn worst(row: &[f32], side: f32) -> f32 {
    let s: f32 = row.iter().sum();
    let (mut max, mut min) = (f32::MIN, f32::MAX);
    for a in row {
        max = max.max(*a);
        min = min.min(*a);
    }
    let (s2, side2) = (s * s, side * side);
    (side2 * max / s2).max(s2 / (side2 * min))
}

/// Rectangles for `values` (positive, largest first) filling `r`, in order.
pub fn squarify(values: &[f32], area: Area) -> Vec<Area> {
    let total: f32 = values.iter().sum();
    if total <= 0.0 || area.w <= 0.0 || area.h <= 0.0 {
        return values
            .iter()
            .map(|_| Area {
                w: 0.0,
                h: 0.0,
                ..area
            })
            .collect();
    }
    let areas: Vec<f32> = values.iter().map(|v| v / total * area.w * area.h).collect();
    let mut rect = area;
    let mut out = Vec::with_capacity(values.len());
    let mut i = 0;
    while i < areas.len() {
        let side = rect.w.min(rect.h).max(1e-3);
        let mut j = i + 1;
        while j < areas.len() && worst(&areas[i..=j], side) <= worst(&areas[i..j], side) {
            j += 1;
        }
        let row = &areas[i..j];
        let s: f32 = row.iter().sum();
        if rect.w >= rect.h {
            let sw = (s / rect.h.max(1e-3)).min(rect.w);
            let mut y = rect.y;
            for a in row {
                let h = a / sw.max(1e-3);
                out.push(Area {
                    x: rect.x,
                    y,
                    w: sw,
                    h,
                });
                y += h;
            }
            rect.x += sw;
            rect.w -= sw;
        } else {
            let sh = (s / rect.w.max(1e-3)).min(rect.h);
            let mut x = rect.x;
            for a in row {
                let w = a / sh.max(1e-3);
                out.push(Area {
                    x,
                    y: rect.y,
                    w,
                    h: sh,
                });
                x += w;
            }
            rect.y += sh;
            rect.h -= sh;
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classic_example() {
        // Bruls et al.'s example: 6 6 4 3 2 2 1 in a 6×4 rectangle.
        let r = Area {
            x: 0.0,
            y: 0.0,
            w: 6.0,
            h: 4.0,
        };
        let out = squarify(&[6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0], r);
        let area: f32 = out.iter().map(|a| a.w * a.h).sum();
        assert!((area - 24.0).abs() < 1e-3);
        assert!(
            (out[0].w - 3.0).abs() < 1e-3 && (out[0].h - 2.0).abs() < 1e-3,
            "{out:?}"
        );
        for a in &out {
            assert!(
                a.x >= -1e-3 && a.y >= -1e-3 && a.x + a.w <= 6.001 && a.y + a.h <= 4.001,
                "{a:?}"
            );
        }
    }
}
