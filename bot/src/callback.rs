//! What a button asks for: every `callback_data` the bot puts on a button, as one typed
//! [`Callback`], written by [`Callback::encode`] and read back by [`Callback::parse`].
//!
//! The text on the wire is the one earlier versions wrote (`topic:<slug>`, `ap:day:mon`,
//! `cats~` …), so buttons already in people's chats keep working after an update. Data this
//! version does not write (a button of an older version, or anything forged) parses to
//! `None`, and the press is explained as a button that no longer applies.

use navrat_content::model::{DayPart, Slug, Weekday};
use navrat_content::{Locale, ReferenceCode};
use teloxide::types::InlineKeyboardButton;

/// The most bytes Telegram accepts in a button's `callback_data`.
pub const MAX_BYTES: usize = 64;

/// A button press the bot understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    /// Speak this language from now on: `lang:<code>`.
    Language(Locale),
    /// Ask for a meeting with a counsellor: `ap:start`, `ap:start~`.
    StartRequest(Keep),
    /// Continue the request being written: `ap:resume`, `ap:resume~`.
    ResumeRequest(Keep),
    /// The topic categories: `cats`, `cats~`.
    Categories(Keep),
    /// One page of a category's topics: `cat:<id>:<page>` (`cat:<id>` is its first page).
    Category {
        /// The category.
        id: ButtonId,
        /// The page, from 0.
        page: u16,
    },
    /// A topic in the person's language: `topic:<slug>`.
    Topic(ButtonSlug),
    /// A topic's current Czech original: `source:<slug>`.
    SourceText(ButtonSlug),
    /// Hear a topic as a voice message: `listen:<slug>`.
    Listen(ButtonSlug),
    /// "Not what I needed": offers a counsellor: `ask`.
    AskCounsellor,
    /// The chat's requests and where each stands: `status`.
    Status,
    /// This request picked to cancel (asks first): `cancel:<reference>`.
    CancelPicked(ReferenceCode),
    /// Yes, cancel this request: `cancel-yes:<reference>`.
    CancelConfirmed(ReferenceCode),
    /// No, keep this request: `cancel-no:<reference>`.
    CancelKept(ReferenceCode),
    /// Yes, follow this kiosk request here: `follow:<token>`.
    Follow(FollowToken),
    /// Yes, delete everything about this chat: `forget:yes`.
    ForgetConfirmed,
    /// No, keep it: `forget:no`.
    ForgetDeclined,
    /// A button of the request being written: `ap:<step button>`.
    Step(StepButton),
    /// Write a question to a counsellor (shows the consent first): `q:ask`.
    AskQuestion,
    /// Agree to the consent and write the question: `q:agree`.
    AskAgreed,
    /// Do not ask after all, back to the menu: `q:back`.
    AskDeclined,
    /// Close the chat's open question: `q:close`.
    AskClose,
}

/// Whether the message a menu button is on stays when the button is pressed (a topic, a
/// status, a sent request), or is replaced by the screen the button opens (the `~` suffix).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The message stays; the screen comes as a new message.
    Yes,
    /// The screen replaces the message.
    No,
}

/// A button of one step of the appointment request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepButton {
    /// Stop writing the request: `stop`.
    Stop,
    /// The step before: `back`.
    Back,
    /// Done choosing days or parts of the day: `next`.
    Next,
    /// No nickname, or no phone: `skip`.
    Skip,
    /// Whether an interpreter is needed: `interpreter:yes`, `interpreter:no`.
    Interpreter(bool),
    /// Read this place's details: `see:<point id>`.
    See(ButtonId),
    /// Choose the place whose details are shown: `choose`.
    Choose,
    /// Tick or untick a day: `day:<mon…sun>`.
    Day(Weekday),
    /// Tick or untick a part of the day: `part:<morning|afternoon|evening>`.
    Part(DayPart),
    /// Agree to what is stored: `agree`.
    Agree,
    /// Send the request: `send`.
    Send,
}

/// The id of a category or a counselling point as a button carries it: 1–48 bytes of ASCII
/// letters, digits, `-`, `_` and `.`, so that every button holding one fits [`MAX_BYTES`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ButtonId(String);

impl ButtonId {
    /// The longest id a button carries.
    pub const MAX_BYTES: usize = 48;

    /// The id, or `None` when it cannot travel in a button.
    pub fn parse(id: &str) -> Option<Self> {
        let ok = !id.is_empty()
            && id.len() <= Self::MAX_BYTES
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        ok.then(|| ButtonId(id.to_owned()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A topic's slug short enough for a button: at most 57 bytes (`source:` takes 7 of
/// Telegram's 64; a [`Slug`] may have 64).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ButtonSlug(Slug);

impl ButtonSlug {
    /// The longest slug a button carries.
    pub const MAX_BYTES: usize = MAX_BYTES - "source:".len();

    /// The slug, or `None` when it is too long for a button.
    pub fn new(slug: &Slug) -> Option<Self> {
        (slug.as_str().len() <= Self::MAX_BYTES).then(|| ButtonSlug(slug.clone()))
    }

    /// Parses a slug that fits a button.
    pub fn parse(s: &str) -> Option<Self> {
        Self::new(&Slug::parse(s).ok()?)
    }

    /// The slug.
    pub fn slug(&self) -> &Slug {
        &self.0
    }
}

/// A kiosk request's follow token as a button carries it: 1–57 bytes of what a `/start`
/// payload may hold (`[A-Za-z0-9_-]`); the kiosk's tokens have 22.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowToken(String);

impl FollowToken {
    /// The longest token a button carries.
    pub const MAX_BYTES: usize = MAX_BYTES - "follow:".len();

    /// The token, or `None` when it cannot be one.
    pub fn parse(token: &str) -> Option<Self> {
        let ok = !token.is_empty()
            && token.len() <= Self::MAX_BYTES
            && token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'));
        ok.then(|| FollowToken(token.to_owned()))
    }

    /// The token as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A reference code exactly as [`ReferenceCode::as_str`] writes it (a button holds nothing
/// a person typed, so nothing lenient is accepted).
fn reference(s: &str) -> Option<ReferenceCode> {
    ReferenceCode::parse(s).ok().filter(|c| c.as_str() == s)
}

/// A page number: digits only, without leading zeros.
fn page(s: &str) -> Option<u16> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0'))
    {
        return None;
    }
    s.parse().ok()
}

fn keep_suffix(keep: Keep) -> &'static str {
    match keep {
        Keep::Yes => "",
        Keep::No => "~",
    }
}

impl Callback {
    /// The button's `callback_data`: at most [`MAX_BYTES`] bytes.
    pub fn encode(&self) -> String {
        match self {
            Callback::Language(locale) => format!("lang:{}", locale.as_str()),
            Callback::StartRequest(keep) => format!("ap:start{}", keep_suffix(*keep)),
            Callback::ResumeRequest(keep) => format!("ap:resume{}", keep_suffix(*keep)),
            Callback::Categories(keep) => format!("cats{}", keep_suffix(*keep)),
            Callback::Category { id, page } => format!("cat:{}:{page}", id.as_str()),
            Callback::Topic(slug) => format!("topic:{}", slug.slug()),
            Callback::SourceText(slug) => format!("source:{}", slug.slug()),
            Callback::Listen(slug) => format!("listen:{}", slug.slug()),
            Callback::AskCounsellor => "ask".to_owned(),
            Callback::Status => "status".to_owned(),
            Callback::CancelPicked(code) => format!("cancel:{}", code.as_str()),
            Callback::CancelConfirmed(code) => format!("cancel-yes:{}", code.as_str()),
            Callback::CancelKept(code) => format!("cancel-no:{}", code.as_str()),
            Callback::Follow(token) => format!("follow:{}", token.as_str()),
            Callback::ForgetConfirmed => "forget:yes".to_owned(),
            Callback::ForgetDeclined => "forget:no".to_owned(),
            Callback::Step(step) => format!("ap:{}", step.encode()),
            Callback::AskQuestion => "q:ask".to_owned(),
            Callback::AskAgreed => "q:agree".to_owned(),
            Callback::AskDeclined => "q:back".to_owned(),
            Callback::AskClose => "q:close".to_owned(),
        }
    }

    /// Reads a button's `callback_data`; `None` for anything this version does not write.
    pub fn parse(data: &str) -> Option<Callback> {
        Some(match data {
            "ap:start" => Callback::StartRequest(Keep::Yes),
            "ap:start~" => Callback::StartRequest(Keep::No),
            "ap:resume" => Callback::ResumeRequest(Keep::Yes),
            "ap:resume~" => Callback::ResumeRequest(Keep::No),
            "cats" => Callback::Categories(Keep::Yes),
            "cats~" => Callback::Categories(Keep::No),
            "ask" => Callback::AskCounsellor,
            "status" => Callback::Status,
            "forget:yes" => Callback::ForgetConfirmed,
            "forget:no" => Callback::ForgetDeclined,
            "q:ask" => Callback::AskQuestion,
            "q:agree" => Callback::AskAgreed,
            "q:back" => Callback::AskDeclined,
            "q:close" => Callback::AskClose,
            _ => {
                let (kind, rest) = data.split_once(':')?;
                match kind {
                    "lang" => Callback::Language(Locale::parse(rest).ok()?),
                    "cat" => {
                        let (id, page) = match rest.split_once(':') {
                            Some((id, p)) => (id, page(p)?),
                            // Written by versions before categories had pages.
                            None => (rest, 0),
                        };
                        Callback::Category {
                            id: ButtonId::parse(id)?,
                            page,
                        }
                    }
                    "topic" => Callback::Topic(ButtonSlug::parse(rest)?),
                    "source" => Callback::SourceText(ButtonSlug::parse(rest)?),
                    "listen" => Callback::Listen(ButtonSlug::parse(rest)?),
                    "cancel" => Callback::CancelPicked(reference(rest)?),
                    "cancel-yes" => Callback::CancelConfirmed(reference(rest)?),
                    "cancel-no" => Callback::CancelKept(reference(rest)?),
                    "follow" => Callback::Follow(FollowToken::parse(rest)?),
                    "ap" => Callback::Step(StepButton::parse(rest)?),
                    _ => return None,
                }
            }
        })
    }

    /// A button with this label that asks for this.
    pub fn button(&self, label: impl Into<String>) -> InlineKeyboardButton {
        InlineKeyboardButton::callback(label, self.encode())
    }
}

impl StepButton {
    fn encode(&self) -> String {
        match self {
            StepButton::Stop => "stop".to_owned(),
            StepButton::Back => "back".to_owned(),
            StepButton::Next => "next".to_owned(),
            StepButton::Skip => "skip".to_owned(),
            StepButton::Interpreter(true) => "interpreter:yes".to_owned(),
            StepButton::Interpreter(false) => "interpreter:no".to_owned(),
            StepButton::See(id) => format!("see:{}", id.as_str()),
            StepButton::Choose => "choose".to_owned(),
            StepButton::Day(day) => format!("day:{}", day.as_str()),
            StepButton::Part(part) => format!("part:{}", part.as_str()),
            StepButton::Agree => "agree".to_owned(),
            StepButton::Send => "send".to_owned(),
        }
    }

    fn parse(data: &str) -> Option<StepButton> {
        Some(match data {
            "stop" => StepButton::Stop,
            "back" => StepButton::Back,
            "next" => StepButton::Next,
            "skip" => StepButton::Skip,
            "interpreter:yes" => StepButton::Interpreter(true),
            "interpreter:no" => StepButton::Interpreter(false),
            "choose" => StepButton::Choose,
            "agree" => StepButton::Agree,
            "send" => StepButton::Send,
            _ => {
                let (kind, rest) = data.split_once(':')?;
                match kind {
                    "see" => StepButton::See(ButtonId::parse(rest)?),
                    "day" => StepButton::Day(Weekday::parse(rest).ok()?),
                    "part" => StepButton::Part(DayPart::parse(rest).ok()?),
                    _ => return None,
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slug(len: usize) -> ButtonSlug {
        ButtonSlug::parse(&"a".repeat(len)).expect("a run of letters is a slug")
    }

    fn id(len: usize) -> ButtonId {
        ButtonId::parse(&"a".repeat(len)).expect("a run of letters is an id")
    }

    fn code() -> ReferenceCode {
        ReferenceCode::parse("K7M2P4QXZ").expect("a reference code")
    }

    /// The longest data each kind of button can carry. The match makes a new variant fail
    /// to compile until its longest case is listed here.
    fn longest(c: &Callback) -> Callback {
        match c {
            Callback::Language(_) => {
                Callback::Language(Locale::parse("abc").expect("three letters"))
            }
            Callback::StartRequest(_) => Callback::StartRequest(Keep::No),
            Callback::ResumeRequest(_) => Callback::ResumeRequest(Keep::No),
            Callback::Categories(_) => Callback::Categories(Keep::No),
            Callback::Category { .. } => Callback::Category {
                id: id(ButtonId::MAX_BYTES),
                page: u16::MAX,
            },
            Callback::Topic(_) => Callback::Topic(slug(ButtonSlug::MAX_BYTES)),
            Callback::SourceText(_) => Callback::SourceText(slug(ButtonSlug::MAX_BYTES)),
            Callback::Listen(_) => Callback::Listen(slug(ButtonSlug::MAX_BYTES)),
            Callback::AskCounsellor => Callback::AskCounsellor,
            Callback::Status => Callback::Status,
            Callback::CancelPicked(_) => Callback::CancelPicked(code()),
            Callback::CancelConfirmed(_) => Callback::CancelConfirmed(code()),
            Callback::CancelKept(_) => Callback::CancelKept(code()),
            Callback::Follow(_) => Callback::Follow(
                FollowToken::parse(&"A".repeat(FollowToken::MAX_BYTES)).expect("a token"),
            ),
            Callback::ForgetConfirmed => Callback::ForgetConfirmed,
            Callback::ForgetDeclined => Callback::ForgetDeclined,
            Callback::AskQuestion => Callback::AskQuestion,
            Callback::AskAgreed => Callback::AskAgreed,
            Callback::AskDeclined => Callback::AskDeclined,
            Callback::AskClose => Callback::AskClose,
            Callback::Step(step) => Callback::Step(match step {
                StepButton::See(_) => StepButton::See(id(ButtonId::MAX_BYTES)),
                StepButton::Day(_) => StepButton::Day(Weekday::Wed),
                StepButton::Part(_) => StepButton::Part(DayPart::Afternoon),
                StepButton::Interpreter(_) => StepButton::Interpreter(true),
                other => other.clone(),
            }),
        }
    }

    /// One button of every kind, with the longest values each can hold.
    fn every_kind() -> Vec<Callback> {
        let steps = [
            StepButton::Stop,
            StepButton::Back,
            StepButton::Next,
            StepButton::Skip,
            StepButton::Interpreter(true),
            StepButton::Interpreter(false),
            StepButton::See(id(1)),
            StepButton::Choose,
            StepButton::Day(Weekday::Mon),
            StepButton::Part(DayPart::Morning),
            StepButton::Agree,
            StepButton::Send,
        ];
        let mut all = vec![
            Callback::Language(navrat_content::locale::SOURCE),
            Callback::StartRequest(Keep::Yes),
            Callback::ResumeRequest(Keep::Yes),
            Callback::Categories(Keep::Yes),
            Callback::Category { id: id(1), page: 0 },
            Callback::Topic(slug(1)),
            Callback::SourceText(slug(1)),
            Callback::Listen(slug(1)),
            Callback::AskCounsellor,
            Callback::Status,
            Callback::CancelPicked(code()),
            Callback::CancelConfirmed(code()),
            Callback::CancelKept(code()),
            Callback::Follow(FollowToken::parse("x").expect("a token")),
            Callback::ForgetConfirmed,
            Callback::ForgetDeclined,
            Callback::AskQuestion,
            Callback::AskAgreed,
            Callback::AskDeclined,
            Callback::AskClose,
        ];
        all.extend(steps.into_iter().map(Callback::Step));
        all.iter().map(longest).collect()
    }

    #[test]
    fn every_button_fits_telegrams_64_bytes_with_its_longest_values() {
        let all = every_kind();
        assert_eq!(all.len(), 32);
        for c in all {
            let data = c.encode();
            assert!(data.len() <= MAX_BYTES, "{data:?} has {} bytes", data.len());
            assert_eq!(Callback::parse(&data), Some(c), "{data:?}");
        }
    }

    #[test]
    fn buttons_already_in_chats_read_as_before() {
        let cases = [
            (
                "lang:uk",
                Callback::Language(Locale::parse("uk").expect("uk")),
            ),
            ("ap:start~", Callback::StartRequest(Keep::No)),
            ("ap:resume", Callback::ResumeRequest(Keep::Yes)),
            ("cats~", Callback::Categories(Keep::No)),
            (
                "cat:rights:1",
                Callback::Category {
                    id: ButtonId::parse("rights").expect("id"),
                    page: 1,
                },
            ),
            (
                "cat:rights",
                Callback::Category {
                    id: ButtonId::parse("rights").expect("id"),
                    page: 0,
                },
            ),
            (
                "topic:who-can-apply",
                Callback::Topic(ButtonSlug::parse("who-can-apply").expect("slug")),
            ),
            ("cancel-no:K7M2P4QXZ", Callback::CancelKept(code())),
            ("forget:yes", Callback::ForgetConfirmed),
            ("ap:day:mon", Callback::Step(StepButton::Day(Weekday::Mon))),
            (
                "ap:part:evening",
                Callback::Step(StepButton::Part(DayPart::Evening)),
            ),
            (
                "ap:interpreter:no",
                Callback::Step(StepButton::Interpreter(false)),
            ),
            (
                "ap:see:zzc-balkova",
                Callback::Step(StepButton::See(ButtonId::parse("zzc-balkova").expect("id"))),
            ),
        ];
        for (data, callback) in cases {
            assert_eq!(Callback::parse(data).as_ref(), Some(&callback), "{data:?}");
        }
    }

    #[test]
    fn data_this_version_does_not_write_is_not_understood() {
        for data in [
            "",
            ":",
            "ap:",
            "ap:start~~",
            "ap:point:praha",
            "ap:day:monday",
            "ap:part:night",
            "ap:interpreter:maybe",
            "ap:see:",
            "ap:see:a:b",
            "lang:",
            "lang:EN",
            "lang:english",
            "cat:",
            "cat:rights:",
            "cat:rights:-1",
            "cat:rights:+1",
            "cat:rights:01",
            "cat:rights:70000",
            "cat:a:b:c",
            "topic:",
            "topic:Who",
            "topic:a--b",
            "source:-a",
            "cancel:k7m2p4qxz",
            "cancel-yes:K7M-2P4-QXZ",
            "cancel:K7M2P4QX",
            "follow:",
            "follow:a b",
            "forget:maybe",
            "q:",
            "q:ask~",
            "q:close:K7M2P4QXZ",
            "status~",
            "ask ",
            "STATUS",
        ] {
            assert_eq!(Callback::parse(data), None, "{data:?}");
        }
        let too_long = format!("topic:{}", "a".repeat(ButtonSlug::MAX_BYTES + 1));
        assert_eq!(Callback::parse(&too_long), None);
    }
}

/// Button data generated at random: every button survives the trip through Telegram, and
/// nothing else is taken for a button.
#[cfg(test)]
mod fuzz {
    use proptest::prelude::*;

    use super::*;

    fn keep() -> impl Strategy<Value = Keep> {
        prop_oneof![Just(Keep::Yes), Just(Keep::No)]
    }

    fn button_id() -> impl Strategy<Value = ButtonId> {
        "[A-Za-z0-9._-]{1,48}".prop_map(|s| ButtonId::parse(&s).expect("matches the pattern"))
    }

    fn button_slug() -> impl Strategy<Value = ButtonSlug> {
        "[a-z0-9]{1,14}(-[a-z0-9]{1,13}){0,3}"
            .prop_map(|s| ButtonSlug::parse(&s).expect("matches the pattern"))
    }

    fn reference_code() -> impl Strategy<Value = ReferenceCode> {
        "[23456789ABCDEFGHJKMNPQRSTVWXYZ]{9}"
            .prop_map(|s| ReferenceCode::parse(&s).expect("matches the pattern"))
    }

    fn step_button() -> impl Strategy<Value = StepButton> {
        prop_oneof![
            Just(StepButton::Stop),
            Just(StepButton::Back),
            Just(StepButton::Next),
            Just(StepButton::Skip),
            any::<bool>().prop_map(StepButton::Interpreter),
            button_id().prop_map(StepButton::See),
            Just(StepButton::Choose),
            prop::sample::select(&Weekday::ALL[..]).prop_map(StepButton::Day),
            prop::sample::select(&DayPart::ALL[..]).prop_map(StepButton::Part),
            Just(StepButton::Agree),
            Just(StepButton::Send),
        ]
    }

    fn callback() -> impl Strategy<Value = Callback> {
        prop_oneof![
            "[a-z]{2,3}".prop_map(|c| Callback::Language(Locale::parse(&c).expect("a code"))),
            keep().prop_map(Callback::StartRequest),
            keep().prop_map(Callback::ResumeRequest),
            keep().prop_map(Callback::Categories),
            (button_id(), any::<u16>()).prop_map(|(id, page)| Callback::Category { id, page }),
            button_slug().prop_map(Callback::Topic),
            button_slug().prop_map(Callback::SourceText),
            button_slug().prop_map(Callback::Listen),
            Just(Callback::AskCounsellor),
            Just(Callback::Status),
            reference_code().prop_map(Callback::CancelPicked),
            reference_code().prop_map(Callback::CancelConfirmed),
            reference_code().prop_map(Callback::CancelKept),
            "[A-Za-z0-9_-]{1,57}"
                .prop_map(|t| Callback::Follow(FollowToken::parse(&t).expect("a token"))),
            Just(Callback::ForgetConfirmed),
            Just(Callback::ForgetDeclined),
            Just(Callback::AskQuestion),
            Just(Callback::AskAgreed),
            Just(Callback::AskDeclined),
            Just(Callback::AskClose),
            step_button().prop_map(Callback::Step),
        ]
    }

    /// Data: anything, and near misses built from the pieces of real data.
    fn data() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            prop::sample::select(
                &[
                    "ap:",
                    "start",
                    "resume",
                    "~",
                    "cat:",
                    "cats",
                    ":",
                    "topic:",
                    "source:",
                    "lang:",
                    "cancel:",
                    "cancel-yes:",
                    "follow:",
                    "forget:",
                    "yes",
                    "no",
                    "see:",
                    "day:",
                    "mon",
                    "part:",
                    "morning",
                    "interpreter:",
                    "0",
                    "65536",
                    "-",
                    "a",
                    "K7M2P4QXZ",
                    "é",
                    "\u{0}",
                    " ",
                    "漢",
                ][..]
            )
            .prop_map(str::to_owned),
            "[a-z0-9:~-]{1,12}",
            any::<char>().prop_map(String::from),
        ];
        prop_oneof![
            any::<String>(),
            callback().prop_map(|c| c.encode()),
            prop::collection::vec(piece, 0..8).prop_map(|p| p.concat()),
        ]
    }

    proptest! {
        #![proptest_config(crate::proptest_config(2048))]

        #[test]
        fn every_button_reads_back_as_itself_and_fits(c in callback()) {
            let data = c.encode();
            prop_assert!(data.len() <= MAX_BYTES, "{data:?} has {} bytes", data.len());
            prop_assert_eq!(Callback::parse(&data), Some(c));
        }

        #[test]
        fn any_data_is_read_without_panic_and_only_as_what_a_button_says(data in data()) {
            if let Some(c) = Callback::parse(&data) {
                let again = c.encode();
                // Only the first page of a category has an older, shorter form.
                let legacy_first_page = matches!(c, Callback::Category { page: 0, .. })
                    && again == format!("{data}:0");
                prop_assert!(again == data || legacy_first_page, "{data:?} read as {c:?}");
            }
        }
    }
}
