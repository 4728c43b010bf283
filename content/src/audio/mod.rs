//! Audio for people who read little: counsellors' recordings of topics (checked, converted to
//! Ogg/Opus and kept in the store) and the machine voice.

pub mod ogg;
pub mod recording;
pub mod sniff;
