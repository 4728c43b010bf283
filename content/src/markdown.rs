//! Navrat's small Markdown subset, parsed into blocks that each channel renders its own way
//! (the kiosk as HTML through its templates, the bot as Telegram text). Nothing in a topic's
//! text becomes markup unless it is one of these forms, so a translator cannot inject HTML.
//!
//! Paragraphs separated by a blank line; `## ` subheadings; `- ` bullet lists; `1. ` numbered
//! lists; `**bold**`; links `[text](https://…)` or `[text](topic:<slug>)`.

use crate::model::Slug;

/// A block of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A subheading.
    Heading(Vec<Inline>),
    /// A paragraph.
    Paragraph(Vec<Inline>),
    /// A bullet list: its items.
    Bullets(Vec<Vec<Inline>>),
    /// A numbered list: its items.
    Numbered(Vec<Vec<Inline>>),
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Another topic.
    Topic(Slug),
    /// A web page (a source).
    Web(String),
}

/// A run of text inside a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain or bold text.
    Text {
        /// The text.
        text: String,
        /// Whether it is bold.
        strong: bool,
    },
    /// A link.
    Link {
        /// The link text.
        text: String,
        /// Where it goes.
        target: Target,
    },
}

/// A problem in a text, for translators (shown before publishing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line number, from 1.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Parses a text into blocks. Malformed markup is kept as plain text (see [`problems`]).
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut list: Option<(bool, Vec<Vec<Inline>>)> = None;
    let flush_paragraph = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(inlines(&paragraph.join(" "))));
            paragraph.clear();
        }
    };
    let flush_list = |list: &mut Option<(bool, Vec<Vec<Inline>>)>, blocks: &mut Vec<Block>| {
        if let Some((numbered, items)) = list.take() {
            blocks.push(if numbered {
                Block::Numbered(items)
            } else {
                Block::Bullets(items)
            });
        }
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut list, &mut blocks);
        } else if let Some(heading) = trimmed.strip_prefix("## ") {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut list, &mut blocks);
            blocks.push(Block::Heading(inlines(heading)));
        } else if let Some((numbered, item)) = list_item(trimmed) {
            flush_paragraph(&mut paragraph, &mut blocks);
            if list.as_ref().is_some_and(|(n, _)| *n != numbered) {
                flush_list(&mut list, &mut blocks);
            }
            list.get_or_insert((numbered, Vec::new()))
                .1
                .push(inlines(item));
        } else if let Some((_, items)) = list.as_mut().filter(|_| paragraph.is_empty()) {
            // A continuation line of the last list item.
            if let Some(last) = items.last_mut() {
                last.push(Inline::Text {
                    text: " ".into(),
                    strong: false,
                });
                last.extend(inlines(trimmed));
            }
        } else {
            paragraph.push(trimmed);
        }
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_list(&mut list, &mut blocks);
    blocks
}

/// `- item` or `1. item`: whether numbered, and the item text.
fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(item) = line.strip_prefix("- ") {
        return Some((false, item));
    }
    let (number, rest) = line.split_once(". ")?;
    (!number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit()))
        .then_some((true, rest))
}

/// Parses bold runs and links of one block.
pub fn inlines(text: &str) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut strong = false;
    let mut buffer = String::new();
    let mut rest = text;
    let flush = |buffer: &mut String, strong: bool, out: &mut Vec<Inline>| {
        if !buffer.is_empty() {
            out.push(Inline::Text {
                text: std::mem::take(buffer),
                strong,
            });
        }
    };
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("**") {
            // Bold only when it closes later in the block.
            if strong || after.contains("**") {
                flush(&mut buffer, strong, &mut out);
                strong = !strong;
                rest = after;
                continue;
            }
        }
        if c == '['
            && let Some((link, len)) = link_at(rest)
        {
            flush(&mut buffer, strong, &mut out);
            out.push(link);
            rest = &rest[len..];
            continue;
        }
        buffer.push(c);
        rest = &rest[c.len_utf8()..];
    }
    flush(&mut buffer, strong, &mut out);
    out
}

/// A link `[text](target)` at the start of `s`, and its length in bytes.
fn link_at(s: &str) -> Option<(Inline, usize)> {
    let close = s.find("](")?;
    let text = &s[1..close];
    if text.is_empty() || text.contains('[') {
        return None;
    }
    let target_start = close + 2;
    let mut depth = 0usize;
    let mut end = None;
    for (i, c) in s[target_start..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => {
                end = Some(target_start + i);
                break;
            }
            ')' => depth -= 1,
            c if c.is_whitespace() => return None,
            _ => {}
        }
    }
    let end = end?;
    let target = &s[target_start..end];
    let target = if let Some(slug) = target.strip_prefix("topic:") {
        Target::Topic(Slug::parse(slug).ok()?)
    } else if target.starts_with("https://") || target.starts_with("http://") {
        Target::Web(target.to_owned())
    } else {
        return None;
    };
    Some((
        Inline::Link {
            text: text.replace("**", ""),
            target,
        },
        end + 1,
    ))
}

/// Problems a translator should fix: unclosed bold, links that are not links, HTML.
pub fn problems(text: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.matches("**").count() % 2 == 1 {
            out.push(Problem {
                line: line_no,
                message: "bold (**) is opened but not closed".into(),
            });
        }
        if line.contains('<') && line.contains('>') {
            out.push(Problem {
                line: line_no,
                message: "HTML is not allowed".into(),
            });
        }
        let mut rest = line;
        while let Some(open) = rest.find('[') {
            let tail = &rest[open..];
            if tail.contains("](") && link_at(tail).is_none() {
                out.push(Problem {
                    line: line_no,
                    message: "a link must be [text](https://…) or [text](topic:slug)".into(),
                });
                break;
            }
            rest = &tail[1..];
        }
    }
    out
}

/// Every link target of a text, for checking that a translation keeps the source's links.
pub fn links(text: &str) -> Vec<Target> {
    let mut out = Vec::new();
    for block in parse(text) {
        let lines: Vec<Vec<Inline>> = match block {
            Block::Heading(l) | Block::Paragraph(l) => vec![l],
            Block::Bullets(items) | Block::Numbered(items) => items,
        };
        for inline in lines.into_iter().flatten() {
            if let Inline::Link { target, .. } = inline {
                out.push(target);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str, strong: bool) -> Inline {
        Inline::Text {
            text: s.into(),
            strong,
        }
    }

    #[test]
    fn blocks_and_inlines() {
        let md = "## Co dostanete\n\nLetenku a **pomoc** na letišti.\nDalší řádek.\n\n- jedna\n- [dvě](topic:what-to-bring)\n\n1. první\n2. druhá [zdroj](https://www.mvcr.cz/a_(b))";
        let blocks = parse(md);
        assert_eq!(blocks.len(), 4);
        assert_eq!(blocks[0], Block::Heading(vec![text("Co dostanete", false)]));
        assert_eq!(
            blocks[1],
            Block::Paragraph(vec![
                text("Letenku a ", false),
                text("pomoc", true),
                text(" na letišti. Další řádek.", false)
            ])
        );
        assert_eq!(
            blocks[2],
            Block::Bullets(vec![
                vec![text("jedna", false)],
                vec![Inline::Link {
                    text: "dvě".into(),
                    target: Target::Topic(Slug::parse("what-to-bring").unwrap())
                }],
            ])
        );
        let Block::Numbered(items) = &blocks[3] else {
            panic!("{:?}", blocks[3])
        };
        assert_eq!(
            items[1][1],
            Inline::Link {
                text: "zdroj".into(),
                target: Target::Web("https://www.mvcr.cz/a_(b)".into())
            }
        );
    }

    #[test]
    fn markup_that_is_not_ours_stays_text() {
        let blocks = parse("<script>alert(1)</script> [x](javascript:alert(1)) **open");
        assert_eq!(
            blocks,
            [Block::Paragraph(vec![text(
                "<script>alert(1)</script> [x](javascript:alert(1)) **open",
                false
            )])]
        );
        let problems = problems("<b>x</b> [x](javascript:alert(1)) **open");
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn links_are_listed() {
        let found = links("a [b](topic:who-can-apply) c\n\n- [d](https://x.cz)");
        assert_eq!(
            found,
            [
                Target::Topic(Slug::parse("who-can-apply").unwrap()),
                Target::Web("https://x.cz".into())
            ]
        );
    }

    #[test]
    fn every_seed_text_parses_without_problems() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seed/topics");
        for topic in std::fs::read_dir(dir).unwrap() {
            for file in std::fs::read_dir(topic.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                let text = std::fs::read_to_string(&path).unwrap();
                let body = text.splitn(3, "+++").nth(2).unwrap();
                assert_eq!(problems(body), [], "{}", path.display());
            }
        }
    }
}
