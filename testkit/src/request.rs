//! Appointment requests as tests need them: a small default, changed only where a test cares.

use navrat_content::Locale;
use navrat_content::model::{
    Channel, Contact, DayPart, NewAppointmentRequest, PhoneNumber, Weekday,
};

/// An appointment request from the kiosk, in Czech, for Prague, on Monday morning, with no
/// nickname, no interpreter and the person coming back with the reference code; change what
/// a test cares about, then [`RequestBuilder::build`].
pub fn request() -> RequestBuilder {
    RequestBuilder(NewAppointmentRequest {
        channel: Channel::Kiosk,
        locale: Locale::parse("cs").unwrap(),
        point_id: "praha".into(),
        days: vec![Weekday::Mon],
        day_parts: vec![DayPart::Morning],
        alias: None,
        contact: Contact::ComeBack,
        interpreter_needed: false,
        topic: None,
        idempotency_key: None,
        telegram_chat: None,
    })
}

/// An appointment request being put together for a test (see [`request`]).
#[derive(Debug, Clone)]
#[must_use]
pub struct RequestBuilder(NewAppointmentRequest);

impl RequestBuilder {
    /// In the language with this code.
    pub fn locale(mut self, code: &str) -> Self {
        self.0.locale = Locale::parse(code).unwrap();
        self
    }

    /// At the counselling point with this id.
    pub fn at(mut self, point: &str) -> Self {
        self.0.point_id = point.into();
        self
    }

    /// On these days.
    pub fn days(mut self, days: &[Weekday]) -> Self {
        self.0.days = days.to_vec();
        self
    }

    /// At these parts of the day.
    pub fn day_parts(mut self, parts: &[DayPart]) -> Self {
        self.0.day_parts = parts.to_vec();
        self
    }

    /// Under this nickname.
    pub fn alias(mut self, alias: &str) -> Self {
        self.0.alias = Some(alias.into());
        self
    }

    /// To be called or texted on this number.
    pub fn phone(self, number: &str) -> Self {
        self.contact(Contact::Phone(PhoneNumber::parse(number).unwrap()))
    }

    /// To hear from us this way.
    pub fn contact(mut self, contact: Contact) -> Self {
        self.0.contact = contact;
        self
    }

    /// With an interpreter.
    pub fn interpreter(mut self) -> Self {
        self.0.interpreter_needed = true;
        self
    }

    /// Through the bot, in Telegram chat `chat`, which follows the request and is its
    /// contact.
    pub fn over_telegram(mut self, chat: i64) -> Self {
        self.0.channel = Channel::Telegram;
        self.0.contact = Contact::Telegram(chat);
        self.0.telegram_chat = Some(chat);
        self
    }

    /// The request.
    pub fn build(self) -> NewAppointmentRequest {
        self.0
    }
}
