//! The contacts window (`t`): every contact of the directory.

use crate::tui::lines::Lines;
use crate::tui::pages::In;
use crate::tui::pages::contacts::entries;
use crate::tui::state::Base;
use crate::view::ContactView;

/// The contacts overlay (`t`): every contact of the directory, those of a local contact
/// file first (the service's own numbers), then the bundled ones in their order.
pub fn lines(app: &Base, b: &mut Lines) -> String {
    b.body(&app.t("tui-contacts-intro"));
    b.blank();
    let ids = app.model.contacts_local_first();
    let all: Vec<ContactView> = crate::view::contact_views(app.model, app.lang, app.discreet, &ids);
    if all.is_empty() {
        b.body(&app.t("tui-contacts-none"));
    }
    for (i, c) in all.iter().enumerate() {
        if i > 0 {
            b.blank();
        }
        entries(&In::new(app), b, std::slice::from_ref(c));
    }
    app.t("tui-contacts-title")
}
