//! UI strings of one locale, as both apps' templates read them (`page.t("id")`).

use std::sync::Arc;

use navrat_content::Locale;
use navrat_content::i18n::{Catalog, FluentArgs};

/// UI strings of one locale, for templates (`page.t("id")`).
pub struct Texts {
    /// The locale.
    pub locale: Locale,
    /// All UI strings.
    pub catalog: Arc<Catalog>,
}

impl Texts {
    /// A UI string.
    pub fn t(&self, id: &str) -> String {
        self.catalog.text(self.locale, id)
    }

    /// A UI string with one text argument.
    pub fn t1(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value.to_owned());
        self.catalog.text_with(self.locale, id, &args)
    }

    /// A UI string with one number argument (plural forms).
    pub fn tn(&self, id: &str, name: &str, value: impl std::borrow::Borrow<i64>) -> String {
        let mut args = FluentArgs::new();
        args.set(name, *value.borrow());
        self.catalog.text_with(self.locale, id, &args)
    }

    /// A UI string with arguments.
    pub fn t_args(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.catalog.text_with(self.locale, id, args)
    }
}
