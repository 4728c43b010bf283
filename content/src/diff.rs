//! What changed between two revisions of a text, word by word: shown to a translator whose
//! translation follows an older revision of the Czech source.

/// One run of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// In both revisions.
    Same(String),
    /// Only in the newer revision.
    Added(String),
    /// Only in the older revision.
    Removed(String),
}

/// Above this many cells the comparison gives up on detail and shows the middle as replaced.
const MAX_CELLS: usize = 4_000_000;

/// Splits a text into words, runs of spaces and single other characters, keeping everything.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind = None;
    for (i, c) in text.char_indices() {
        let k = if c.is_alphanumeric() {
            1
        } else if c == ' ' || c == '\t' {
            2
        } else {
            3
        };
        if kind != Some(k) || k == 3 {
            if i > start {
                out.push(&text[start..i]);
            }
            start = i;
            kind = Some(k);
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn push(out: &mut Vec<Change>, change: Change) {
    match (out.last_mut(), change) {
        (Some(Change::Same(a)), Change::Same(b))
        | (Some(Change::Added(a)), Change::Added(b))
        | (Some(Change::Removed(a)), Change::Removed(b)) => a.push_str(&b),
        (_, change) => out.push(change),
    }
}

/// The changes that turn `old` into `new`, word by word.
pub fn diff(old: &str, new: &str) -> Vec<Change> {
    let a = tokens(old);
    let b = tokens(new);
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a_mid, b_mid) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut out = Vec::new();
    push(&mut out, Change::Same(a[..prefix].concat()));
    if a_mid.len() * b_mid.len() > MAX_CELLS {
        push(&mut out, Change::Removed(a_mid.concat()));
        push(&mut out, Change::Added(b_mid.concat()));
    } else {
        // Longest common subsequence, table of suffix lengths.
        let (n, m) = (a_mid.len(), b_mid.len());
        let mut table = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                table[i * (m + 1) + j] = if a_mid[i] == b_mid[j] {
                    table[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    table[(i + 1) * (m + 1) + j].max(table[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && a_mid[i] == b_mid[j] {
                push(&mut out, Change::Same(a_mid[i].to_owned()));
                i += 1;
                j += 1;
            } else if i < n
                && (j == m || table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1])
            {
                // Removals before additions: the old words, then what replaced them.
                push(&mut out, Change::Removed(a_mid[i].to_owned()));
                i += 1;
            } else {
                push(&mut out, Change::Added(b_mid[j].to_owned()));
                j += 1;
            }
        }
    }
    push(&mut out, Change::Same(a[a.len() - suffix..].concat()));
    out.retain(
        |c| !matches!(c, Change::Same(s) | Change::Added(s) | Change::Removed(s) if s.is_empty()),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_changed_words() {
        let changes = diff(
            "Letenku platí IOM.\n\nDalší odstavec.",
            "Letenku platí ministerstvo.\n\nDalší odstavec.",
        );
        assert_eq!(
            changes,
            vec![
                Change::Same("Letenku platí ".into()),
                Change::Removed("IOM".into()),
                Change::Added("ministerstvo".into()),
                Change::Same(".\n\nDalší odstavec.".into()),
            ]
        );
    }

    #[test]
    fn identical_and_empty_texts() {
        assert_eq!(diff("a b", "a b"), vec![Change::Same("a b".into())]);
        assert_eq!(diff("", "nové"), vec![Change::Added("nové".into())]);
        assert_eq!(diff("staré", ""), vec![Change::Removed("staré".into())]);
    }

    #[test]
    fn rebuilds_both_texts() {
        let (old, new) = ("jedna dva tři čtyři", "nula jedna tři pět čtyři šest");
        let changes = diff(old, new);
        let keep = |added: bool| -> String {
            changes
                .iter()
                .filter_map(|c| match c {
                    Change::Same(s) => Some(s.as_str()),
                    Change::Added(s) if added => Some(s.as_str()),
                    Change::Removed(s) if !added => Some(s.as_str()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(keep(false), old);
        assert_eq!(keep(true), new);
    }
}
