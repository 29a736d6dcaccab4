//! What the workbench can do: every key, resize and paste becomes one of these, and `App::update`
//! is the only place that acts on them.

use ratatui::crossterm::event::KeyEvent;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Next claim, or scroll down in the article or detail pane, or the next rating.
    Down,
    Up,
    First,
    Last,
    PageDown,
    PageUp,
    FocusNext,
    FocusPrev,
    NextArticle,
    PrevArticle,
    OpenSource,
    OpenVerdict,
    ToggleHelp,
    /// Move between the fields of a popup.
    NextField,
    PrevField,
    StanceNext,
    StancePrev,
    /// Save what the popup holds.
    Submit,
    /// Close the popup without saving.
    Cancel,
    /// Leave a text field for the popup's non-text part.
    LeaveField,
    /// A key typed into the focused text field.
    Edit(KeyEvent),
    Paste(String),
    Resize(u16, u16),
}
