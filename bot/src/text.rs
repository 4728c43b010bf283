//! Topic texts as Telegram HTML: escaped, with the notices the kiosk shows, and split into
//! messages under Telegram's 4096-character limit at block boundaries.

use navrat_content::markdown::{self, Block, Inline, Target};

/// Telegram's limit for one message.
pub const MAX_MESSAGE: usize = 4096;

/// Escapes text for Telegram's HTML parse mode.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

fn inlines(items: &[Inline]) -> String {
    items
        .iter()
        .map(|i| match i {
            Inline::Text { text, strong: true } => format!("<b>{}</b>", escape(text)),
            Inline::Text {
                text,
                strong: false,
            } => escape(text),
            // Topic links become buttons under the message; web links stay text.
            Inline::Link {
                text,
                target: Target::Topic(_) | Target::Web(_),
            } => escape(text),
        })
        .collect()
}

/// The blocks of a topic body as HTML paragraphs.
pub fn body_blocks(body: &str) -> Vec<String> {
    markdown::parse(body)
        .into_iter()
        .map(|b| match b {
            Block::Heading(i) => format!("<b>{}</b>", inlines(&i)),
            Block::Paragraph(i) => inlines(&i),
            Block::Bullets(items) => items
                .iter()
                .map(|i| format!("• {}", inlines(i)))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Numbered(items) => items
                .iter()
                .enumerate()
                .map(|(n, i)| format!("{}. {}", n + 1, inlines(i)))
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect()
}

/// The topics a body links to, in order, without repeats.
pub fn linked_topics(body: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for target in markdown::links(body) {
        if let Target::Topic(slug) = target
            && !out.contains(&slug.to_string())
        {
            out.push(slug.to_string());
        }
    }
    out
}

/// Joins paragraphs into messages of at most `MAX_MESSAGE` characters, splitting between
/// paragraphs (and inside one only when it alone is too long).
pub fn split(paragraphs: &[String]) -> Vec<String> {
    let mut messages = Vec::new();
    let mut current = String::new();
    for p in paragraphs {
        let pieces: Vec<String> = if p.chars().count() > MAX_MESSAGE - 2 {
            cut(p, MAX_MESSAGE - 2)
        } else {
            vec![p.clone()]
        };
        for piece in pieces {
            if !current.is_empty()
                && current.chars().count() + 2 + piece.chars().count() > MAX_MESSAGE
            {
                messages.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push_str("\n\n");
            }
            current.push_str(&piece);
        }
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages
}

/// Cuts an HTML paragraph into pieces of at most `max` characters: between lines (list
/// items) where it can, else between characters, but never inside a tag or an entity, and
/// with bold closed before a cut and opened again after it, so each piece is valid HTML.
fn cut(paragraph: &str, max: usize) -> Vec<String> {
    const OPEN: &str = "<b>";
    const CLOSE: &str = "</b>";
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut len = 0;
    // Lines (list items) can go to different messages when bold never spans a line break.
    let lines: Vec<&str> = paragraph.split('\n').collect();
    let whole = lines
        .iter()
        .all(|l| l.matches(OPEN).count() == l.matches(CLOSE).count());
    let lines = if whole { lines } else { vec![paragraph] };
    for line in lines {
        let line_len = line.chars().count();
        if line_len <= max {
            if len > 0 && len + 1 + line_len > max {
                pieces.push(std::mem::take(&mut current));
                len = 0;
            }
            if len > 0 {
                current.push('\n');
                len += 1;
            }
            current.push_str(line);
            len += line_len;
            continue;
        }
        if len > 0 {
            pieces.push(std::mem::take(&mut current));
            len = 0;
        }
        // Bold runs open at this point (a heading's bold may hold more bold).
        let mut bold = 0;
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            let token_len = if rest.starts_with(OPEN) {
                OPEN.len()
            } else if rest.starts_with(CLOSE) {
                CLOSE.len()
            } else if c == '&' {
                rest.find(';')
                    .filter(|&end| end < 8)
                    .map_or(1, |end| end + 1)
            } else {
                c.len_utf8()
            };
            let (token, after) = rest.split_at(token_len);
            let token_chars = token.chars().count();
            let open_after = bold + usize::from(token == OPEN);
            // Room is kept for closing what is open at a cut.
            if token != CLOSE && len > 0 && len + token_chars + CLOSE.len() * open_after > max {
                current.push_str(&CLOSE.repeat(bold));
                pieces.push(std::mem::take(&mut current));
                current.push_str(&OPEN.repeat(bold));
                len = OPEN.len() * bold;
            }
            match token {
                OPEN => bold += 1,
                CLOSE => bold = bold.saturating_sub(1),
                _ => {}
            }
            current.push_str(token);
            len += token_chars;
            rest = after;
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped_and_markup_kept() {
        let blocks = body_blocks(
            "## Kdo\n\n<script>x</script> a **tučně** & [odkaz](topic:who-can-apply)\n\n- jedna\n- dvě",
        );
        assert_eq!(blocks[0], "<b>Kdo</b>");
        assert_eq!(
            blocks[1],
            "&lt;script&gt;x&lt;/script&gt; a <b>tučně</b> &amp; odkaz"
        );
        assert_eq!(blocks[2], "• jedna\n• dvě");
    }

    #[test]
    fn long_texts_are_split_under_the_limit_between_paragraphs() {
        let paragraphs: Vec<String> = (0..30)
            .map(|i| format!("{i} {}", "slovo ".repeat(40)))
            .collect();
        let messages = split(&paragraphs);
        assert!(messages.len() > 1);
        assert!(messages.iter().all(|m| m.chars().count() <= MAX_MESSAGE));
        assert_eq!(messages.join("\n\n"), paragraphs.join("\n\n"));
        let huge = split(&["x".repeat(10_000)]);
        assert!(huge.iter().all(|m| m.chars().count() <= MAX_MESSAGE));
    }

    #[test]
    fn a_paragraph_too_long_for_one_message_is_cut_outside_tags_and_entities() {
        for body in [
            "&".repeat(1000),
            "**tučně** a ".repeat(800),
            format!("## **{}**", "<".repeat(2000)),
        ] {
            let messages = split(&body_blocks(&body));
            assert!(messages.len() > 1);
            for m in &messages {
                assert!(m.chars().count() <= MAX_MESSAGE);
                assert_eq!(well_formed(m), Ok(()));
            }
        }
        let title = format!("<b>{}</b>", "a\n".repeat(3000));
        assert!(split(&[title]).iter().all(|m| well_formed(m).is_ok()));
        let list: String = (0..300).map(|i| format!("- položka {i} **x**\n")).collect();
        let messages = split(&body_blocks(&list));
        assert!(messages.len() > 1);
        assert!(
            messages.iter().all(|m| m.ends_with("</b>")),
            "cut between items"
        );
    }

    /// Whether `html` is what Telegram's HTML mode accepts from us: only `<b>…</b>`, each
    /// closed (bold may hold bold), and `&` only as one of the four entities `escape` writes.
    fn well_formed(html: &str) -> Result<(), String> {
        let mut bold = 0usize;
        let mut rest = html;
        while let Some(i) = rest.find(['<', '>', '&']) {
            rest = &rest[i..];
            if let Some(after) = rest.strip_prefix("<b>") {
                bold += 1;
                rest = after;
            } else if let Some(after) = rest.strip_prefix("</b>") {
                bold = bold
                    .checked_sub(1)
                    .ok_or_else(|| format!("</b> without <b> at {rest:.40?}"))?;
                rest = after;
            } else if let Some(entity) = ["&lt;", "&gt;", "&amp;", "&quot;"]
                .into_iter()
                .find(|e| rest.starts_with(e))
            {
                rest = &rest[entity.len()..];
            } else {
                return Err(format!("raw markup at {rest:.40?}"));
            }
        }
        if bold > 0 {
            return Err("<b> not closed".into());
        }
        Ok(())
    }

    /// Hostile topic texts, generated at random.
    mod fuzz {
        use proptest::prelude::*;

        use super::*;

        /// Topic texts a translator could write: Markdown pieces, HTML, entities, odd
        /// characters, and long runs of them (so messages have to be split).
        fn body() -> impl Strategy<Value = String> {
            const PIECES: &[&str] = &[
                "**",
                "*",
                "[",
                "]",
                "](",
                ")",
                "topic:who-can-apply",
                "https://x.cz",
                "<",
                ">",
                "<b>",
                "</b>",
                "<script>",
                "&",
                "&amp;",
                "&lt",
                ";",
                "\"",
                "'",
                "- ",
                "1. ",
                "## ",
                "\n",
                "\n\n",
                " ",
                "\t",
                "\r\n",
                "slovo",
                "я",
                "漢",
                "ع",
                "👍🏽",
                "\u{0}",
                "\u{202e}",
            ];
            let piece = prop_oneof![
                4 => prop::sample::select(PIECES).prop_map(str::to_owned),
                1 => any::<char>().prop_map(String::from),
            ];
            let text = prop::collection::vec(piece, 0..60).prop_map(|p| p.concat());
            prop_oneof![
                1 => any::<String>(),
                3 => text.clone(),
                1 => (text, 1..400usize).prop_map(|(t, n)| t.repeat(n)),
            ]
        }

        /// `cases` random inputs; a failure prints its smallest input and writes no file.
        fn config(cases: u32) -> ProptestConfig {
            ProptestConfig {
                cases,
                failure_persistence: None,
                ..ProptestConfig::default()
            }
        }

        proptest! {
            #![proptest_config(config(512))]

            #[test]
            fn every_topic_message_is_html_telegram_accepts(body in body()) {
                let blocks = body_blocks(&body);
                for block in &blocks {
                    prop_assert_eq!(well_formed(block), Ok(()), "{:?}", block);
                }
                let messages = split(&blocks);
                for message in &messages {
                    prop_assert!(message.chars().count() <= MAX_MESSAGE);
                    prop_assert!(!message.is_empty());
                    if let Err(e) = well_formed(message) {
                        return Err(TestCaseError::fail(format!(
                            "message of {} characters: {e}",
                            message.chars().count()
                        )));
                    }
                }
                let _ = linked_topics(&body);
            }

            #[test]
            fn escaped_text_shows_exactly_what_was_typed(text in any::<String>()) {
                let escaped = escape(&text);
                prop_assert!(well_formed(&escaped).is_ok());
                prop_assert!(!escaped.contains('"'));
                let back = escaped
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&");
                prop_assert_eq!(back, text);
            }
        }
    }
}
