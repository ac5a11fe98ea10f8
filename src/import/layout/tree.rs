//! A tree given by `id` and `parent_id` columns (the budget portal's
//! exports): leaves are the lines, each with its ancestors' codes as its
//! code path; rows with children are totals of their leaves, checked and
//! kept out of the lines. When the roots are a budget decision's parts
//! (I. ДОХОДЫ, II. ЗАТРАТЫ, III. ...), each leaf takes its part's
//! direction, and the parts that are neither revenue nor expenditure
//! (lending, financial assets, the deficit and its financing) are left out
//! and said so.

use super::SheetImport;
use crate::i18n::import::*;
use crate::i18n::Text;
use crate::model::{Budget, Direction, PublishedTotal, Stage};
use crate::said;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What a tree's leaves add up to under one parent: (sum, lines, first row, last row).
type Under = (Decimal, u32, u32, u32);

/// The parent of each row, within its period.
struct Tree {
    parent_of: HashMap<u32, u32>,
    has_children: HashSet<u32>,
    /// Most ancestors a row can have (the rows read): a cycle stops there.
    limit: usize,
    /// True when the roots are a decision's parts ("I. ДОХОДЫ").
    parts: bool,
}

/// "I. ДОХОДЫ", "VII. ФИНАНСИРОВАНИЕ ДЕФИЦИТА": a part's Roman numeral.
fn roman(name: &str) -> bool {
    let head = name.trim().split(['.', ' ']).next().unwrap_or("");
    !head.is_empty()
        && head.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && name.trim()[head.len()..].starts_with('.')
}

impl Tree {
    /// Links each row to the row of its period whose id its parent id names.
    fn build(
        budget: &Budget,
        nodes: &[(u32, String, String)],
        period_of: &HashMap<u32, String>,
        live: &HashSet<u32>,
    ) -> Tree {
        let period = |item: &u32| period_of.get(item).cloned().unwrap_or_default();
        let mut by_id: HashMap<(String, String), u32> = HashMap::new();
        for (item, id, _) in nodes.iter().filter(|n| live.contains(&n.0)) {
            by_id.entry((period(item), id.clone())).or_insert(*item);
        }
        let mut parent_of = HashMap::new();
        let mut has_children = HashSet::new();
        for (item, _, parent) in nodes.iter().filter(|n| live.contains(&n.0)) {
            if let Some(&up) = by_id.get(&(period(item), parent.clone())) {
                if up != *item {
                    parent_of.insert(*item, up);
                    has_children.insert(up);
                }
            }
        }
        let parts = nodes
            .iter()
            .filter(|n| live.contains(&n.0) && !parent_of.contains_key(&n.0))
            .any(|n| roman(&budget.items[n.0 as usize].name));
        Tree {
            parent_of,
            has_children,
            limit: nodes.len(),
            parts,
        }
    }

    /// The row's ancestors, nearest first.
    fn ancestors(&self, item: u32) -> Vec<u32> {
        let mut out = Vec::new();
        let mut at = item;
        while let Some(&up) = self.parent_of.get(&at) {
            if out.len() >= self.limit || out.contains(&up) {
                break; // a cycle: stop
            }
            out.push(up);
            at = up;
        }
        out
    }

    /// The row's root: its part, when the roots are parts.
    fn root(&self, item: u32) -> u32 {
        self.ancestors(item).last().copied().unwrap_or(item)
    }

    /// A row's code path: its ancestors' codes from below the root (a
    /// decision's part is no classification level) down to its own, blanks skipped.
    fn code_path(&self, b: &Budget, node: u32) -> Vec<String> {
        let up = self.ancestors(node);
        if up.is_empty() && self.parts {
            return Vec::new();
        }
        up.iter()
            .rev()
            .skip(usize::from(self.parts))
            .chain(std::iter::once(&node))
            .map(|&a| b.items[a as usize].code.clone())
            .filter(|c| !c.is_empty())
            .collect()
    }

    /// The direction of a row's part; `None` for a part that is neither
    /// revenue nor expenditure.
    fn direction(&self, b: &Budget, item: u32, otherwise: Direction) -> Option<Direction> {
        if !self.parts {
            return Some(otherwise);
        }
        let name = &b.items[self.root(item) as usize].name;
        super::probe::direction_in(name).filter(|_| roman(name))
    }
}

impl SheetImport<'_> {
    /// Sorts a tree's rows into lines (the leaves) and checked totals.
    pub(super) fn tree_totals(&mut self) {
        if self.nodes.is_empty() {
            return;
        }
        let nodes = std::mem::take(&mut self.nodes);
        let period_of: HashMap<u32, String> = self.periods.iter().cloned().collect();
        let live: HashSet<u32> = self.budget.lines[self.first_line..]
            .iter()
            .map(|l| l.item)
            .collect();
        let tree = Tree::build(self.budget, &nodes, &period_of, &live);
        let leaves: Vec<u32> = nodes
            .iter()
            .map(|n| n.0)
            .filter(|i| live.contains(i) && !tree.has_children.contains(i))
            .collect();
        let (keep, left_out) = self.tree_leaves(&tree, &leaves);
        let (checked, dropped) = self.tree_parents(&tree, &keep);
        self.warn(said!(
            WARN_TREE,
            leaves = keep.len(),
            parents = tree.has_children.len(),
            checked = checked,
            dropped = dropped
        ));
        if !left_out.is_empty() {
            let parts: Vec<Text> = left_out
                .iter()
                .map(|(n, k)| said!(LEAF_ROWS, n = n, k = k))
                .collect();
            self.warn(said!(WARN_NEITHER, parts = Text::Join(parts, ", ")));
        }
        let dirs: HashSet<Direction> = keep
            .iter()
            .map(|&i| self.budget.items[i as usize].direction)
            .collect();
        if dirs.len() > 1 {
            self.report.direction = Some(crate::said!(crate::i18n::import::TREE_DIRECTIONS));
        }
    }

    /// Gives each leaf its part's direction, its code path and its depth;
    /// returns the leaves kept and, by part, the rows of the parts left out.
    fn tree_leaves(
        &mut self,
        tree: &Tree,
        leaves: &[u32],
    ) -> (HashSet<u32>, BTreeMap<String, usize>) {
        let mut keep = HashSet::new();
        let mut left_out: BTreeMap<String, usize> = BTreeMap::new();
        for &leaf in leaves {
            let own_direction = self.budget.items[leaf as usize].direction;
            let Some(direction) = tree.direction(self.budget, leaf, own_direction) else {
                let part = self.budget.items[tree.root(leaf) as usize].name.clone();
                *left_out.entry(part).or_default() += 1;
                continue;
            };
            keep.insert(leaf);
            let path = tree.code_path(self.budget, leaf);
            let it = &mut self.budget.items[leaf as usize];
            it.direction = direction;
            // Its depth in the classification: its code's parts, one more
            // for a leaf with no code of its own (under its parent's code).
            let own = usize::from(it.code.trim().is_empty());
            it.level = Some((path.len() + own).clamp(1, 255) as u8);
            if !path.is_empty() {
                it.code = path.join(" ");
                it.parent_code = path[..path.len() - 1].join(" ");
            }
        }
        (keep, left_out)
    }

    /// Turns the rows with children into published totals of their kept
    /// leaves, and takes every line but the kept leaves' out; returns the
    /// totals checked and the lines taken out.
    fn tree_parents(&mut self, tree: &Tree, keep: &HashSet<u32>) -> (usize, usize) {
        let mut sums: HashMap<(u32, i32, Stage), Under> = HashMap::new();
        for l in &self.budget.lines[self.first_line..] {
            if !keep.contains(&l.item) {
                continue;
            }
            for a in tree.ancestors(l.item) {
                let e = sums
                    .entry((a, l.year, l.stage))
                    .or_insert((Decimal::ZERO, 0, u32::MAX, 0));
                e.0 = e.0.saturating_add(l.amount.unwrap_or_default());
                e.1 += 1;
                e.2 = e.2.min(l.row);
                e.3 = e.3.max(l.row);
            }
        }
        // A parent's code is its path too, so that a group's name is its own
        // and never a revenue node's of the same digits; a part has none.
        let sheet_direction = self.direction;
        let about: HashMap<u32, (Direction, String)> = tree
            .has_children
            .iter()
            .map(|&p| {
                let d = tree
                    .direction(self.budget, p, sheet_direction)
                    .unwrap_or(sheet_direction);
                (p, (d, tree.code_path(self.budget, p).join(" ")))
            })
            .collect();
        let source = (self.budget.sources.len().max(1) - 1) as u32;
        let mut totals = Vec::new();
        let mut tail = self.budget.lines.split_off(self.first_line);
        let before = tail.len();
        tail.retain(|l| {
            if keep.contains(&l.item) {
                return true;
            }
            let (Some(published), Some(&(computed, lines, lo, hi)), Some((direction, code))) = (
                l.amount,
                sums.get(&(l.item, l.year, l.stage)),
                about.get(&l.item),
            ) else {
                return false;
            };
            totals.push(PublishedTotal {
                direction: *direction,
                source,
                sheet: self.sheet_idx,
                label: self.budget.items[l.item as usize].name.clone(),
                code: code.clone(),
                rule: "tree",
                year: l.year,
                stage: l.stage,
                published,
                computed,
                lines,
                row: l.row,
                col: l.col,
                span: Some((lo, hi)),
            });
            false
        });
        let dropped = before - tail.len();
        self.budget.lines.extend(tail);
        self.report.lines = self.budget.lines.len() - self.first_line;
        self.report.totals += totals.len();
        let checked = totals.len();
        self.budget.totals.extend(totals);
        (checked, dropped)
    }
}
