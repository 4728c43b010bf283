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
            p.chars()
                .collect::<Vec<_>>()
                .chunks(MAX_MESSAGE - 2)
                .map(|c| c.iter().collect())
                .collect()
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
}
