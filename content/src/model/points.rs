//! Counselling points: where a person can meet a counsellor, and when (days, day-parts,
//! opening hours).

use serde::{Deserialize, Serialize};

use crate::Locale;

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
}

stored_names! {
    /// The stored name.
    PointKind, refused as "unknown point kind " {
        Regional => "regional",
        Detention => "detention",
        Office => "office",
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
}

stored_names! {
    /// The short name (`mon`), also the UI string suffix `day-mon`.
    Weekday, refused as "not a day: " {
        Mon => "mon",
        Tue => "tue",
        Wed => "wed",
        Thu => "thu",
        Fri => "fri",
        Sat => "sat",
        Sun => "sun",
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

stored_names! {
    /// The short name, also the UI string suffix `day-part-morning`.
    DayPart, refused as "not a day-part: " {
        Morning => "morning",
        Afternoon => "afternoon",
        Evening => "evening",
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
