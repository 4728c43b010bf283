//! Plain domain types shared by the store, the seed files and the channels.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Error, Locale, ReferenceCode, Result};

/// A topic's stable identifier in URLs and files, e.g. `who-can-apply`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    /// Parses a slug: 1–64 characters of lowercase ASCII letters, digits and single hyphens.
    pub fn parse(s: &str) -> Result<Self> {
        let ok = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if ok {
            Ok(Slug(s.to_owned()))
        } else {
            Err(Error::Invalid(format!("not a topic slug: {s:?}")))
        }
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        Slug::parse(&s)
    }
}

impl From<Slug> for String {
    fn from(s: Slug) -> String {
        s.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which programme track a fact belongs to; the programme changed over the years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Track {
    /// IOM's assisted voluntary return and reintegration, run with SUZ and the Ministry of the
    /// Interior until 2022.
    Iom,
    /// The Ministry of the Interior's voluntary return under §123a of Act 326/1999 Coll.
    Moi,
    /// Returns of asylum applicants run by SUZ under §54a of the Asylum Act.
    Asylum,
    /// The Ministry of the Interior's pilot for Ukraine, June–November 2024.
    UkrainePilot,
    /// Facts that hold across tracks.
    General,
}

/// A public source of the facts in a topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The track the sourced fact belongs to.
    pub track: Track,
    /// Where the fact was published.
    pub url: String,
    /// What the source says or is, with the year for dated facts.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A category of topics; its name is the UI string `category-<id>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// Stable id, e.g. `rights`.
    pub id: String,
}

/// The text of a topic in one language: what a person reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TopicText {
    /// Short title.
    pub title: String,
    /// One or two sentences shown in lists and search results.
    pub summary: String,
    /// The body in Navrat's Markdown subset.
    pub body: String,
    /// Words people type when they look for this topic (synonyms, colloquial words).
    pub keywords: Vec<String>,
}

/// One revision of a topic's Czech source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRevision {
    /// Revision number, from 1; every edit of the source makes a new one.
    pub revision: u32,
    /// The Czech text.
    pub text: TopicText,
    /// Which programme tracks the facts belong to.
    pub tracks: Vec<Track>,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// Whether the text holds unverified amounts, addresses, phone numbers or hours.
    pub sample_data: bool,
    /// Who wrote this revision (a staff login, or `seed`).
    pub author: String,
}

/// A topic with its current source revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// Stable identifier.
    pub slug: Slug,
    /// Category id.
    pub category: String,
    /// Position within the category.
    pub order: i64,
    /// The current Czech source.
    pub source: SourceRevision,
}

/// Where a translation stands in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    /// Being written; shown to people (with a notice) only when it is the imported machine
    /// draft, never when a translator wrote it.
    Draft,
    /// Submitted for a reviewer; shown to people only as a draft is.
    InReview,
    /// Approved by a reviewer.
    Published,
}

impl TranslationStatus {
    /// The name stored in the database and the seed files.
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationStatus::Draft => "draft",
            TranslationStatus::InReview => "in_review",
            TranslationStatus::Published => "published",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "draft" => Ok(TranslationStatus::Draft),
            "in_review" => Ok(TranslationStatus::InReview),
            "published" => Ok(TranslationStatus::Published),
            _ => Err(Error::Invalid(format!("unknown translation status {s:?}"))),
        }
    }
}

/// Who made a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Translated by a community counsellor.
    Community,
    /// Written by Return Centre staff.
    Staff,
    /// A draft awaiting community review; the product shows it as such.
    MachineDraft,
}

impl Provenance {
    /// The name stored in the database and the seed files.
    pub fn as_str(self) -> &'static str {
        match self {
            Provenance::Community => "community",
            Provenance::Staff => "staff",
            Provenance::MachineDraft => "machine_draft",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "community" => Ok(Provenance::Community),
            "staff" => Ok(Provenance::Staff),
            "machine_draft" => Ok(Provenance::MachineDraft),
            _ => Err(Error::Invalid(format!("unknown provenance {s:?}"))),
        }
    }
}

/// A translation of a topic into one locale (one version of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The topic translated.
    pub slug: Slug,
    /// The target locale.
    pub locale: Locale,
    /// The translated text.
    pub text: TopicText,
    /// Where it stands in review.
    pub status: TranslationStatus,
    /// Who made it.
    pub provenance: Provenance,
    /// Login of the translator (or `navrat-team`, `seed`).
    pub author: String,
    /// Login of the reviewer who approved it, if any.
    pub reviewer: Option<String>,
    /// The source revision it was translated from.
    pub source_revision: u32,
}

/// A topic as served to a person in a locale: the text, and what they must be told about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedTopic {
    /// Stable identifier.
    pub slug: Slug,
    /// Category id.
    pub category: String,
    /// The locale the text is in (may differ from the one asked for: fallback).
    pub locale: Locale,
    /// The text shown.
    pub text: TopicText,
    /// Not yet approved by a reviewer (draft or in review): show a notice.
    pub unreviewed: bool,
    /// Made by machine and never reviewed by the community.
    pub provenance: Provenance,
    /// Translated from an older source revision than the current one: show a notice and link
    /// to the current source.
    pub outdated: bool,
    /// The source revision the text follows.
    pub source_revision: u32,
    /// The current source revision.
    pub current_revision: u32,
    /// The source holds unverified amounts, addresses, phones or hours.
    pub sample_data: bool,
    /// Public sources of the facts.
    pub sources: Vec<Source>,
}

/// What kind of place a counselling point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PointKind {
    /// A regional counselling point.
    Regional,
    /// A detention facility for foreigners (ZZC), visited by counsellors.
    Detention,
    /// An office (e.g. the Ministry of the Interior).
    Office,
}

impl PointKind {
    /// Where places of this kind come in a list a person chooses from: counselling points
    /// first, offices next, detention facilities last (they serve only the people held there).
    pub fn rank_for_people(self) -> u8 {
        match self {
            PointKind::Regional => 0,
            PointKind::Office => 1,
            PointKind::Detention => 2,
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            PointKind::Regional => "regional",
            PointKind::Detention => "detention",
            PointKind::Office => "office",
        }
    }
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// All days, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// The short name (`mon`), also the UI string suffix `day-mon`.
    pub fn as_str(self) -> &'static str {
        match self {
            Weekday::Mon => "mon",
            Weekday::Tue => "tue",
            Weekday::Wed => "wed",
            Weekday::Thu => "thu",
            Weekday::Fri => "fri",
            Weekday::Sat => "sat",
            Weekday::Sun => "sun",
        }
    }

    /// Parses the short name.
    pub fn parse(s: &str) -> Result<Self> {
        Weekday::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| Error::Invalid(format!("not a day: {s:?}")))
    }
}

/// A part of the day a person can be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DayPart {
    /// Before 12:00.
    Morning,
    /// 12:00–17:00.
    Afternoon,
    /// After 17:00.
    Evening,
}

impl DayPart {
    /// All day-parts in order.
    pub const ALL: [DayPart; 3] = [DayPart::Morning, DayPart::Afternoon, DayPart::Evening];

    /// The short name, also the UI string suffix `day-part-morning`.
    pub fn as_str(self) -> &'static str {
        match self {
            DayPart::Morning => "morning",
            DayPart::Afternoon => "afternoon",
            DayPart::Evening => "evening",
        }
    }

    /// Parses the short name.
    pub fn parse(s: &str) -> Result<Self> {
        DayPart::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| Error::Invalid(format!("not a day-part: {s:?}")))
    }

    /// The day-part an opening period starting at `from` and ending at `to` (minutes after
    /// midnight) overlaps.
    pub fn overlapping(from: u16, to: u16) -> Vec<DayPart> {
        let bounds = [
            (DayPart::Morning, 0, 12 * 60),
            (DayPart::Afternoon, 12 * 60, 17 * 60),
            (DayPart::Evening, 17 * 60, 24 * 60),
        ];
        bounds
            .into_iter()
            .filter(|(_, a, b)| from < *b && to > *a)
            .map(|(p, _, _)| p)
            .collect()
    }
}

/// A weekly opening (or visiting) period of a counselling point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    /// Days it applies to.
    pub days: Vec<Weekday>,
    /// Opening time, `HH:MM`.
    pub from: String,
    /// Closing time, `HH:MM`.
    pub to: String,
}

impl OpeningHours {
    /// Opening and closing time in minutes after midnight, if both are valid `HH:MM` and open < close.
    pub fn minutes(&self) -> Option<(u16, u16)> {
        let parse = |s: &str| {
            let (h, m) = s.split_once(':')?;
            let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
            (h < 24 && m < 60 && s.len() == 5).then_some(h * 60 + m)
        };
        let (a, b) = (parse(&self.from)?, parse(&self.to)?);
        (a < b).then_some((a, b))
    }
}

/// A counselling point's text in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PointText {
    /// The point's name.
    pub name: String,
    /// Address or how to find it.
    pub address: String,
    /// How a visit works there.
    #[serde(default)]
    pub visiting_rules: String,
    /// Whether this text is a machine translation nobody has checked yet (shown as such).
    #[serde(default, skip_serializing_if = "is_false")]
    pub machine_draft: bool,
}

/// For serde: leave a `false` flag out of the files.
fn is_false(flag: &bool) -> bool {
    !flag
}

/// A place where a person can meet a counsellor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounsellingPoint {
    /// Stable id, e.g. `zzc-balkova`.
    pub id: String,
    /// What kind of place it is.
    pub kind: PointKind,
    /// Whether address, phone and hours are unverified sample data.
    pub sample_data: bool,
    /// Languages counsellors speak there.
    pub languages: Vec<Locale>,
    /// Phone number, if public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// E-mail address, if public.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Where the address came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Weekly opening or visiting hours.
    #[serde(default)]
    pub hours: Vec<OpeningHours>,
    /// Display text per locale; other locales fall back along their chain.
    pub text: std::collections::BTreeMap<Locale, PointText>,
}

/// Orders places as the kiosk and the bot offer them to a person: by
/// [`PointKind::rank_for_people`], keeping the stored order within a kind.
pub fn order_for_people(points: &mut [CounsellingPoint]) {
    points.sort_by_key(|p| p.kind.rank_for_people());
}

impl CounsellingPoint {
    /// The text for `chain`'s first locale that has one.
    pub fn text_for(&self, chain: &[Locale]) -> Option<&PointText> {
        chain.iter().find_map(|l| self.text.get(l))
    }

    /// The days and day-parts this point is open: what a person can choose from.
    pub fn open_slots(&self) -> Vec<(Weekday, Vec<DayPart>)> {
        let mut slots: Vec<(Weekday, Vec<DayPart>)> = Vec::new();
        for day in Weekday::ALL {
            let mut parts: Vec<DayPart> = self
                .hours
                .iter()
                .filter(|h| h.days.contains(&day))
                .filter_map(|h| h.minutes())
                .flat_map(|(a, b)| DayPart::overlapping(a, b))
                .collect();
            parts.sort();
            parts.dedup();
            if !parts.is_empty() {
                slots.push((day, parts));
            }
        }
        slots
    }
}

/// Through which channel a request came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A touchscreen kiosk.
    Kiosk,
    /// The Telegram bot.
    Telegram,
}

impl Channel {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Kiosk => "kiosk",
            Channel::Telegram => "telegram",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "kiosk" => Ok(Channel::Kiosk),
            "telegram" => Ok(Channel::Telegram),
            _ => Err(Error::Invalid(format!("unknown channel {s:?}"))),
        }
    }
}

/// A phone number as a person typed it, checked to be plausible: 6–15 digits, an optional
/// leading `+`, spaces, hyphens, dots and brackets allowed between.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Parses and normalises (`+420 777-123 456` → `+420777123456`); Arabic-Indic and
    /// Persian digits (`+٤٢٠ ٧٧٧ ١٢٣ ٤٥٦`) count as the digits they are.
    pub fn parse(s: &str) -> Result<Self> {
        // Direction marks a phone keyboard or a copy adds are not part of the number.
        let s = s.trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{2066}'..='\u{2069}')
        });
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            let c = match c {
                '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
                '\u{06f0}'..='\u{06f9}' => char::from(b'0' + (c as u32 - 0x06f0) as u8),
                c => c,
            };
            match c {
                '+' if i == 0 => out.push('+'),
                '0'..='9' => out.push(c),
                ' '
                | '-'
                | '.'
                | '('
                | ')'
                | '/'
                | '\u{a0}'
                | '\u{202f}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2066}'..='\u{2069}' => {}
                _ => return Err(Error::Invalid("not a phone number".into())),
            }
        }
        let digits = out.trim_start_matches('+').len();
        if (6..=15).contains(&digits) {
            Ok(PhoneNumber(out))
        } else {
            Err(Error::Invalid("not a phone number".into()))
        }
    }

    /// The normalised number.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How a person wants to hear about their request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    /// Call or text this number.
    Phone(PhoneNumber),
    /// Message this Telegram chat.
    Telegram(i64),
    /// The person comes back and checks with the reference code.
    ComeBack,
    /// Stored sealed, but it does not open (damaged, or sealed under another key file): the
    /// request is shown without it rather than not at all. Never stored.
    Unreadable,
}

/// The longest alias a person may give.
pub const ALIAS_MAX_CHARS: usize = 40;

/// Where an appointment request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    /// Received, not yet handled.
    New,
    /// A counsellor confirmed a time.
    Confirmed,
    /// It cannot be arranged; a reason is given.
    Declined,
    /// The meeting took place.
    Done,
    /// Cancelled by the person or the counsellor.
    Cancelled,
    /// The person did not come.
    NoShow,
}

impl AppointmentStatus {
    /// The stored name, also the UI string suffix `status-…` (with `_` as `-`).
    pub fn as_str(self) -> &'static str {
        match self {
            AppointmentStatus::New => "new",
            AppointmentStatus::Confirmed => "confirmed",
            AppointmentStatus::Declined => "declined",
            AppointmentStatus::Done => "done",
            AppointmentStatus::Cancelled => "cancelled",
            AppointmentStatus::NoShow => "no_show",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Result<Self> {
        [
            AppointmentStatus::New,
            AppointmentStatus::Confirmed,
            AppointmentStatus::Declined,
            AppointmentStatus::Done,
            AppointmentStatus::Cancelled,
            AppointmentStatus::NoShow,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
        .ok_or_else(|| Error::Invalid(format!("unknown appointment status {s:?}")))
    }

    /// Whether the request is closed: nothing more will happen to it.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            AppointmentStatus::Declined
                | AppointmentStatus::Done
                | AppointmentStatus::Cancelled
                | AppointmentStatus::NoShow
        )
    }
}

/// A change of an appointment request's status; the one place that says which changes are allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppointmentChange {
    /// A counsellor confirms (or reschedules) a time.
    Confirm {
        /// Local date and time, `YYYY-MM-DD HH:MM`.
        when: String,
        /// The counsellor's login.
        counsellor: String,
        /// Whether an interpreter will be there.
        interpreter: bool,
    },
    /// It cannot be arranged.
    Decline {
        /// Why, in words the person will read.
        reason: String,
    },
    /// The meeting took place.
    Done,
    /// The person did not come.
    NoShow,
    /// The person or a counsellor cancels.
    Cancel,
}

impl AppointmentChange {
    /// The status after the change, if it is allowed from `from`.
    pub fn apply_to(&self, from: AppointmentStatus) -> Result<AppointmentStatus> {
        use AppointmentStatus as S;
        let to = match self {
            AppointmentChange::Confirm { .. } => S::Confirmed,
            AppointmentChange::Decline { .. } => S::Declined,
            AppointmentChange::Done => S::Done,
            AppointmentChange::NoShow => S::NoShow,
            AppointmentChange::Cancel => S::Cancelled,
        };
        let allowed = matches!(
            (from, to),
            (S::New, S::Confirmed | S::Declined | S::Cancelled)
                | (
                    S::Confirmed,
                    S::Confirmed | S::Done | S::NoShow | S::Cancelled
                )
        );
        if allowed {
            Ok(to)
        } else {
            Err(Error::NotAllowed(format!(
                "a request that is {} cannot become {}",
                from.as_str(),
                to.as_str()
            )))
        }
    }
}

/// What a person asks for when they request an appointment; validated before it gets here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAppointmentRequest {
    /// Through which channel.
    pub channel: Channel,
    /// The person's language.
    pub locale: Locale,
    /// Where they want to meet.
    pub point_id: String,
    /// Days that suit them.
    pub days: Vec<Weekday>,
    /// Day-parts that suit them.
    pub day_parts: Vec<DayPart>,
    /// A nickname, if they gave one.
    pub alias: Option<String>,
    /// How they want to hear from us.
    pub contact: Contact,
    /// Whether they need an interpreter.
    pub interpreter_needed: bool,
    /// The topic they want to talk about, if any.
    pub topic: Option<Slug>,
    /// A key the client sends with the form so a repeated submit returns the first request
    /// instead of making a second one.
    pub idempotency_key: Option<String>,
    /// The Telegram chat that follows the request, when the person asked through the bot.
    pub telegram_chat: Option<i64>,
}

/// A stored appointment request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentRequest {
    /// The code the person keeps.
    pub reference: ReferenceCode,
    /// Through which channel it came.
    pub channel: Channel,
    /// The person's language.
    pub locale: Locale,
    /// Where they want to meet.
    pub point_id: String,
    /// Days that suit them.
    pub days: Vec<Weekday>,
    /// Day-parts that suit them.
    pub day_parts: Vec<DayPart>,
    /// Their nickname, if any.
    pub alias: Option<String>,
    /// How they want to hear from us.
    pub contact: Contact,
    /// Whether they need an interpreter.
    pub interpreter_needed: bool,
    /// The topic they want to talk about.
    pub topic: Option<Slug>,
    /// Where it stands.
    pub status: AppointmentStatus,
    /// The confirmed local date and time, `YYYY-MM-DD HH:MM`.
    pub confirmed_when: Option<String>,
    /// The counsellor who confirmed it.
    pub counsellor: Option<String>,
    /// Whether an interpreter will be at the confirmed meeting.
    pub interpreter_confirmed: bool,
    /// Why it was declined.
    pub decline_reason: Option<String>,
    /// When it was received (Unix seconds).
    pub created_at: i64,
    /// Random token of the Telegram deep link to follow this request (not the reference): set
    /// only in the answer to the request's creation; the store keeps just its keyed hash.
    pub follow_token: String,
    /// The Telegram chat following the request, if any.
    pub telegram_chat: Option<i64>,
}

/// One change in an appointment request's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentEvent {
    /// When (Unix seconds).
    pub at: i64,
    /// Who: a staff login, `kiosk`, `telegram` or `system`.
    pub actor: String,
    /// The status before (none for the creation).
    pub from: Option<AppointmentStatus>,
    /// The status after.
    pub to: AppointmentStatus,
    /// What changed, without personal data (e.g. the confirmed time).
    pub detail: String,
}

/// What a staff user may do, and where.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Translates into these locales.
    Translator(Locale),
    /// Reviews and publishes translations into these locales.
    Reviewer(Locale),
    /// Handles the requests of this counselling point.
    Counsellor(String),
    /// Everything, including editing the Czech source and managing users.
    Coordinator,
}

impl Role {
    /// Parses `translator:uk`, `reviewer:uk`, `counsellor:praha` or `coordinator`.
    pub fn parse(s: &str) -> Result<Self> {
        let (kind, scope) = s.split_once(':').unwrap_or((s, ""));
        match (kind, scope) {
            ("coordinator", "") => Ok(Role::Coordinator),
            ("translator", l) => Ok(Role::Translator(Locale::parse(l)?)),
            ("reviewer", l) => Ok(Role::Reviewer(Locale::parse(l)?)),
            ("counsellor", p) if !p.is_empty() => Ok(Role::Counsellor(p.to_owned())),
            _ => Err(Error::Invalid(format!(
                "not a role: {s:?} (use translator:<locale>, reviewer:<locale>, counsellor:<point>, coordinator)"
            ))),
        }
    }

    /// The role's kind and scope as stored.
    pub fn parts(&self) -> (&'static str, String) {
        match self {
            Role::Translator(l) => ("translator", l.to_string()),
            Role::Reviewer(l) => ("reviewer", l.to_string()),
            Role::Counsellor(p) => ("counsellor", p.clone()),
            Role::Coordinator => ("coordinator", String::new()),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.parts() {
            (kind, scope) if scope.is_empty() => f.write_str(kind),
            (kind, scope) => write!(f, "{kind}:{scope}"),
        }
    }
}

/// A counsellor, translator, reviewer or coordinator who signs in to the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffUser {
    /// Login name.
    pub login: String,
    /// Name shown to colleagues.
    pub display_name: String,
    /// What they may do.
    pub roles: Vec<Role>,
    /// Languages they speak with people (for the coordinator's overview of who can serve whom).
    pub languages: Vec<Locale>,
    /// Disabled users cannot sign in.
    pub disabled: bool,
}

/// One entry of the audit log: who changed what, when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When (Unix seconds).
    pub at: i64,
    /// Who: a staff login, `kiosk`, `telegram`, `seed` or `system`.
    pub actor: String,
    /// What was done, e.g. `translation.publish`.
    pub action: String,
    /// What it was done to, e.g. `topic/who-can-apply/uk` or `appointment/ABC…`.
    pub subject: String,
    /// Further detail without personal data.
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_normalised_and_checked() {
        assert_eq!(
            PhoneNumber::parse(" +420 777-123 456 ").unwrap().as_str(),
            "+420777123456"
        );
        assert!(PhoneNumber::parse("12345").is_err());
        assert!(PhoneNumber::parse("777 12a 456").is_err());
        assert!(PhoneNumber::parse("<script>").is_err());
        assert!(PhoneNumber::parse("42+0777123456").is_err());
        // Arabic-Indic and Persian digits, as an Arabic or Persian phone keyboard types them.
        for typed in [
            "+٤٢٠ ٧٧٧ ١٢٣ ٤٥٦",
            "+۴۲۰ ۷۷۷ ۱۲۳ ۴۵۶",
            "\u{200f}+٤٢٠\u{a0}٧٧٧ ١٢٣ ٤٥٦",
        ] {
            assert_eq!(
                PhoneNumber::parse(typed).unwrap().as_str(),
                "+420777123456",
                "{typed}"
            );
        }
        assert!(PhoneNumber::parse("٧٧٧ ١٢a ٤٥٦").is_err());
    }

    #[test]
    fn only_allowed_status_changes_pass() {
        use AppointmentStatus as S;
        let confirm = AppointmentChange::Confirm {
            when: "2026-12-01 10:00".into(),
            counsellor: "eva".into(),
            interpreter: false,
        };
        assert_eq!(confirm.apply_to(S::New).unwrap(), S::Confirmed);
        assert_eq!(confirm.apply_to(S::Confirmed).unwrap(), S::Confirmed);
        assert!(AppointmentChange::Done.apply_to(S::New).is_err());
        assert!(AppointmentChange::Cancel.apply_to(S::Declined).is_err());
        assert_eq!(
            AppointmentChange::NoShow.apply_to(S::Confirmed).unwrap(),
            S::NoShow
        );
    }

    #[test]
    fn open_slots_follow_the_hours() {
        let point = CounsellingPoint {
            id: "p".into(),
            kind: PointKind::Regional,
            sample_data: true,
            languages: vec![],
            phone: None,
            email: None,
            source: None,
            hours: vec![OpeningHours {
                days: vec![Weekday::Thu, Weekday::Mon],
                from: "10:00".into(),
                to: "16:00".into(),
            }],
            text: Default::default(),
        };
        let slots = point.open_slots();
        assert_eq!(
            slots,
            vec![
                (Weekday::Mon, vec![DayPart::Morning, DayPart::Afternoon]),
                (Weekday::Thu, vec![DayPart::Morning, DayPart::Afternoon]),
            ]
        );
    }

    #[test]
    fn detention_facilities_come_last_for_people() {
        let point = |id: &str, kind| CounsellingPoint {
            id: id.into(),
            kind,
            sample_data: true,
            languages: vec![],
            phone: None,
            email: None,
            source: None,
            hours: vec![],
            text: Default::default(),
        };
        let mut points = vec![
            point("zzc-a", PointKind::Detention),
            point("praha", PointKind::Regional),
            point("mv", PointKind::Office),
            point("brno", PointKind::Regional),
        ];
        order_for_people(&mut points);
        let ids: Vec<&str> = points.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["praha", "brno", "mv", "zzc-a"]);
    }

    #[test]
    fn slugs_are_checked() {
        assert!(Slug::parse("who-can-apply").is_ok());
        assert!(Slug::parse("../x").is_err());
        assert!(Slug::parse("A").is_err());
        assert!(Slug::parse("a--b").is_err());
    }

    #[test]
    fn roles_parse_and_print() {
        for s in [
            "translator:uk",
            "reviewer:fa",
            "counsellor:zzc-balkova",
            "coordinator",
        ] {
            assert_eq!(Role::parse(s).unwrap().to_string(), s);
        }
        assert!(Role::parse("translator:xx1").is_err());
        assert!(Role::parse("admin").is_err());
    }
}
