//! Reading and rewriting single messages of a Fluent file, for UI strings edited in the
//! workspace. A message is its `id = …` line and the lines after it that are indented or
//! inside one of its placeables (`{ … }`, whose `}` may start a line): Fluent's own rule.
//! Everything else in the file (comments, order, other messages) is kept as it is.

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// Indentation put before each continuation line of an edited value.
const INDENT: &str = "    ";

/// The id of the message that starts on `line`, if one does.
fn message_start(line: &str) -> Option<(&str, &str)> {
    let first = line.chars().next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let (id, rest) = line.split_once('=')?;
    let id = id.trim_end();
    let valid = id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then_some((id, rest.strip_prefix(' ').unwrap_or(rest)))
}

/// How many placeables are open after `line`, `depth` being open before it: its braces,
/// outside string literals (which are inside placeables, on one line).
fn placeables_open(mut depth: usize, line: &str) -> usize {
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    depth
}

/// Byte ranges of each message: (id, start of its line, end of its last line, value).
fn blocks(text: &str) -> Vec<(String, usize, usize, String)> {
    let mut out: Vec<(String, usize, usize, String)> = Vec::new();
    let mut offset = 0;
    let mut open = false;
    // Placeables the open message has not closed yet: their lines need no indent.
    let mut depth = 0;
    // Blank lines after the open message: its own when an indented line follows.
    let mut blank: Vec<&str> = Vec::new();
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if let Some((id, rest)) = message_start(bare) {
            out.push((id.to_owned(), offset, offset + line.len(), rest.to_owned()));
            open = true;
            depth = placeables_open(0, rest);
            blank.clear();
        } else if open && (bare.starts_with([' ', '\t']) || depth > 0) && !bare.trim().is_empty() {
            depth = placeables_open(depth, bare);
            if let Some(last) = out.last_mut() {
                last.2 = offset + line.len();
                for b in blank.drain(..) {
                    last.3.push('\n');
                    last.3.push_str(b);
                }
                last.3.push('\n');
                last.3.push_str(bare);
            }
        } else if !bare.trim().is_empty() {
            open = false;
        } else if open {
            blank.push(bare);
        }
        offset += line.len();
    }
    out
}

/// How many spaces a line starts with (Fluent indents with spaces only).
fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Every message of a file: its id and its value as written after `id =` (continuation lines
/// with their indentation), in file order.
pub fn values(text: &str) -> Vec<(String, String)> {
    blocks(text)
        .into_iter()
        .map(|(id, _, _, value)| (id, value))
        .collect()
}

/// The file with message `id` set to `value`; appended at the end when it is not there.
pub fn replace(text: &str, id: &str, value: &str) -> String {
    let entry = entry(id, value);
    match blocks(text).into_iter().find(|b| b.0 == id) {
        Some((_, start, end, _)) => format!("{}{entry}\n{}", &text[..start], &text[end..]),
        None if text.is_empty() || text.ends_with('\n') => format!("{text}{entry}\n"),
        None => format!("{text}\n{entry}\n"),
    }
}

/// The Fluent source of one message.
pub fn entry(id: &str, value: &str) -> String {
    if value.starts_with('\n') {
        format!("{id} ={value}")
    } else {
        format!("{id} = {value}")
    }
}

/// A stored value as a translator edits it: continuation lines without their common indent.
pub fn to_editable(value: &str) -> String {
    let mut lines = value.split('\n');
    let first = lines.next().unwrap_or_default();
    let rest: Vec<&str> = lines.collect();
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| indent_of(l))
        .min()
        .unwrap_or(0);
    let mut out = first.to_owned();
    for line in rest {
        out.push('\n');
        out.push_str(line.get(indent..).unwrap_or(line.trim_start()));
    }
    out
}

/// What a translator typed as a stored value: continuation lines indented, line ends and
/// trailing space normalised. Spaces that all continuation lines start with are dropped, as
/// Fluent drops them, so the value reopens in the editor ([`to_editable`]) as it was saved.
pub fn from_editable(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<&str> = text.split('\n').map(str::trim_end).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let common = lines
        .iter()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| indent_of(l))
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(INDENT);
            }
        }
        out.push_str(if i == 0 {
            line.trim_start()
        } else {
            line.get(common..).unwrap_or_default()
        });
    }
    out
}

/// Parses message `id` with `value` using Fluent's parser; the resource, or what is wrong.
pub fn parse_message(id: &str, value: &str) -> Result<FluentResource, String> {
    if value.trim().is_empty() {
        return Err("the message is empty".into());
    }
    let source = format!("{}\n", entry(id, value));
    let resource = FluentResource::try_new(source).map_err(|(_, errors)| {
        errors
            .first()
            .map(|e| format!("{:?}", e.kind))
            .unwrap_or_default()
    })?;
    let entries: Vec<_> = resource.entries().collect();
    match entries.as_slice() {
        [ast::Entry::Message(m)] if m.id.name == id && m.value.is_some() => {}
        _ => return Err("it must be exactly one message with a value".into()),
    }
    Ok(resource)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# Header\nhello = Ahoj\nidle = Zbývá { $seconds ->\n        [one] sekunda\n       *[other] sekund\n    }\n\n# Comment\nbye = Nashle\n";

    #[test]
    fn reads_messages_with_continuation_lines() {
        let values = values(FILE);
        assert_eq!(values.len(), 3);
        assert_eq!(values[0], ("hello".into(), "Ahoj".into()));
        assert_eq!(
            values[1].1,
            "Zbývá { $seconds ->\n        [one] sekunda\n       *[other] sekund\n    }"
        );
        assert_eq!(values[2], ("bye".into(), "Nashle".into()));
    }

    #[test]
    fn replacing_keeps_everything_else() {
        let out = replace(FILE, "hello", "Dobrý den");
        assert_eq!(out, FILE.replace("hello = Ahoj", "hello = Dobrý den"));
        let out = replace(FILE, "idle", "Zbývá { $seconds } s");
        assert!(out.contains("idle = Zbývá { $seconds } s\n\n# Comment\nbye = Nashle\n"));
        assert!(!out.contains("sekund\n"));
        let out = replace(FILE, "new-one", "Nové");
        assert!(out.ends_with("bye = Nashle\nnew-one = Nové\n"));
        assert!(FluentResource::try_new(out).is_ok());
    }

    #[test]
    fn a_brace_closing_a_message_at_the_line_start_is_part_of_it() {
        let file = "count = { $n ->\n    [one] jeden\n   *[other] { \"}\" }\n}\n\nbye = Nashle\n";
        assert_eq!(
            values(file)[0].1,
            "{ $n ->\n    [one] jeden\n   *[other] { \"}\" }\n}"
        );
        let out = replace(file, "count", "Počet: { $n }");
        assert_eq!(out, "count = Počet: { $n }\n\nbye = Nashle\n");
        assert!(FluentResource::try_new(out).is_ok());
    }

    #[test]
    fn blank_lines_inside_a_message_are_part_of_it() {
        let out = replace(FILE, "hello", &from_editable("Ahoj\n\nsvěte"));
        assert_eq!(values(&out)[0].1, "Ahoj\n\n    světe");
        assert_eq!(values(&out)[2].1, "Nashle");
    }

    #[test]
    fn editing_round_trips_selectors() {
        let stored = &values(FILE)[1].1;
        let editable = to_editable(stored);
        assert_eq!(
            editable,
            "Zbývá { $seconds ->\n    [one] sekunda\n   *[other] sekund\n}"
        );
        let back = from_editable(&editable.replace('\n', "\r\n"));
        assert!(parse_message("idle", &back).is_ok());
        assert_eq!(to_editable(&back), editable);
    }

    #[test]
    fn broken_messages_are_refused() {
        assert!(parse_message("x", "Ahoj { $name").is_err());
        assert!(parse_message("x", "").is_err());
        assert!(
            parse_message("x", &from_editable("a\nother = b")).is_ok(),
            "indented, so one message"
        );
        assert!(parse_message("x", "a\nother = b").is_err(), "two messages");
        assert!(
            parse_message("x", "{ $count ->\n    [one] a\n}").is_err(),
            "no default variant"
        );
    }
}
