//! Deep links: what the payload of `/start` asks for.

use navrat_content::model::Slug;

/// What the payload of `/start` asks for (a deep link from the kiosk or a shared topic).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum DeepLink<'a> {
    /// Follow a kiosk request on Telegram: its follow token (`f_<token>`).
    Follow(&'a str),
    /// Follow a kiosk question on Telegram: its follow token (`q_<token>`).
    Question(&'a str),
    /// Open a topic (`topic_<slug>`).
    Topic(Slug),
    /// No deep link, or not one of ours: the welcome.
    Welcome,
}

/// Reads a `/start` payload: at most 64 characters of `[A-Za-z0-9_-]` (what Telegram
/// passes), `f_<token>`, `q_<token>` or `topic_<slug>`; anything else is no deep link.
pub(super) fn deep_link(payload: &str) -> DeepLink<'_> {
    let payload = payload.trim();
    let valid = !payload.is_empty()
        && payload.len() <= 64
        && payload
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !valid {
        return DeepLink::Welcome;
    }
    if let Some(token) = payload.strip_prefix("f_") {
        return DeepLink::Follow(token);
    }
    if let Some(token) = payload.strip_prefix("q_") {
        return DeepLink::Question(token);
    }
    match payload
        .strip_prefix("topic_")
        .and_then(|s| Slug::parse(s).ok())
    {
        Some(slug) => DeepLink::Topic(slug),
        None => DeepLink::Welcome,
    }
}

/// Hostile `/start` payloads, generated at random.
#[cfg(test)]
mod fuzz {
    use proptest::prelude::*;

    use super::*;
    use navrat_content::model::Slug;

    /// Payloads: anything, and near misses of the two deep links.
    fn payload() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            prop::sample::select(
                &[
                    "f_",
                    "q_",
                    "topic_",
                    "topic_who-can-apply",
                    "-",
                    "_",
                    "--",
                    " ",
                    "\t",
                    "\n",
                    "Ab9",
                    "Z",
                    "é",
                    "\u{0}",
                    "\u{a0}",
                    "\u{200b}",
                    "漢",
                ][..]
            )
            .prop_map(str::to_owned),
            "[A-Za-z0-9_-]{1,30}",
            any::<char>().prop_map(String::from),
        ];
        prop_oneof![
            any::<String>(),
            prop::collection::vec(piece, 0..8).prop_map(|p| p.concat()),
        ]
    }

    fn telegram_safe(s: &str) -> bool {
        s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    }

    proptest! {
        #![proptest_config(crate::proptest_config(1024))]

        #[test]
        fn a_start_payload_opens_only_what_a_well_formed_link_asks_for(payload in payload()) {
            let trimmed = payload.trim();
            match deep_link(&payload) {
                DeepLink::Follow(token) => {
                    prop_assert!(telegram_safe(trimmed), "{payload:?}");
                    prop_assert_eq!(format!("f_{token}"), trimmed);
                }
                DeepLink::Question(token) => {
                    prop_assert!(telegram_safe(trimmed), "{payload:?}");
                    prop_assert_eq!(format!("q_{token}"), trimmed);
                }
                DeepLink::Topic(slug) => {
                    prop_assert!(telegram_safe(trimmed), "{payload:?}");
                    prop_assert_eq!(format!("topic_{slug}"), trimmed);
                    prop_assert!(Slug::parse(slug.as_str()).is_ok());
                }
                DeepLink::Welcome => {
                    let topic = trimmed
                        .strip_prefix("topic_")
                        .is_some_and(|s| Slug::parse(s).is_ok());
                    prop_assert!(
                        !telegram_safe(trimmed)
                            || trimmed.is_empty()
                            || !(trimmed.starts_with("f_") || trimmed.starts_with("q_") || topic),
                        "{payload:?} was refused"
                    );
                }
            }
        }

        #[test]
        fn kiosk_follow_links_and_topic_links_are_always_understood(
            token in "[A-Za-z0-9]{22}",
            slug in "[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}",
            space in "[ \t\n]{0,2}",
        ) {
            let follow = format!("{space}f_{token}{space}");
            prop_assert_eq!(deep_link(&follow), DeepLink::Follow(&token));
            let question = format!("{space}q_{token}{space}");
            prop_assert_eq!(deep_link(&question), DeepLink::Question(&token));
            let topic = format!("{space}topic_{slug}{space}");
            prop_assert_eq!(deep_link(&topic), DeepLink::Topic(Slug::parse(&slug).unwrap()));
        }
    }
}
