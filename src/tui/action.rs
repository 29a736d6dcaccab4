//! What the workbench can do: every key, mouse event, resize and paste becomes one of these, and
//! `App::update` is the only place that acts on them.

use ratatui::crossterm::event::KeyEvent;

/// The name of an action (`IntoStaticStr`) is its name in `config.toml` (`[keys.main] verdict =
/// "V"`), written once here.
#[derive(Debug, Clone, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    Quit,
    /// Ctrl-C: close the open dialog (asking first when typed text would be lost), clear the
    /// search being typed, or quit from the main screen.
    Interrupt,
    /// Stop the workbench as Ctrl-Z stops any program (the shell's `fg` brings it back).
    Suspend,
    /// Next claim, or scroll down in the article or detail pane, or the next item of a list.
    Down,
    Up,
    First,
    Last,
    PageDown,
    PageUp,
    FocusNext,
    FocusPrev,
    /// The next / previous claim in the article's reading order.
    NextInText,
    PrevInText,
    NextArticle,
    PrevArticle,
    /// The list of articles, to pick one.
    PickArticle,
    #[strum(serialize = "add_source")]
    OpenSource,
    #[strum(serialize = "verdict")]
    OpenVerdict,
    Dismiss,
    Restore,
    #[strum(serialize = "edit")]
    EditClaim,
    /// Add a claim the extractor missed, from words of the article or START..END.
    AddClaim,
    Split,
    /// Merge the selected claim with the next one of its article.
    Merge,
    RemoveEvidence,
    /// Reuse the best precedent's evidence and rating (asks first).
    ReusePrecedent,
    /// The list of precedents, to reuse one.
    PickPrecedent,
    /// Dismiss the stances the selected claim's evidence quotes suggest (remembered).
    DismissSuggestion,
    #[strum(serialize = "log")]
    ShowLog,
    Undo,
    /// Make the last change taken back again.
    Redo,
    /// Mark or unmark the selected claim for a bulk action.
    ToggleMark,
    /// Mark every claim the list shows.
    MarkAll,
    Search,
    NextMatch,
    PrevMatch,
    ClearSearch,
    #[strum(serialize = "sort")]
    CycleSort,
    #[strum(serialize = "filter_status")]
    CycleStatusFilter,
    #[strum(serialize = "filter_verdict")]
    CycleVerdictFilter,
    /// Show only the claims of one type (quantity, time, …), cycling through them.
    #[strum(serialize = "filter_type")]
    CycleTypeFilter,
    /// Show only the claims due for a re-check (their date has come), or all again.
    #[strum(serialize = "filter_due")]
    ToggleDueFilter,
    /// The filters as a menu, each with the number of claims it would show.
    #[strum(serialize = "filters")]
    FilterMenu,
    /// Show only the claims assigned to the reviewer at the desk (again: all).
    #[strum(serialize = "filter_mine")]
    FilterMine,
    /// Assign the selected claim to a reviewer (a prompt, the reviewer at the desk first).
    Assign,
    /// Select in the article: a cursor from the selected claim's start.
    #[strum(serialize = "select")]
    StartSelect,
    SelectCharNext,
    SelectCharPrev,
    SelectWordNext,
    SelectWordPrev,
    SelectSentenceNext,
    SelectSentencePrev,
    /// Move the cursor to the selection's other end.
    SelectSwap,
    /// A new claim from the selection.
    SelectToClaim,
    /// The selection becomes the selected claim's only part.
    SelectAsParts,
    /// The selection is added to the selected claim's parts.
    SelectAddPart,
    #[strum(serialize = "command")]
    CommandLine,
    Overview,
    /// The consistency findings of the selected claim's article.
    #[strum(serialize = "check")]
    CheckFindings,
    #[strum(serialize = "help")]
    ToggleHelp,
    /// Move between the fields of a popup.
    NextField,
    PrevField,
    StanceNext,
    StancePrev,
    /// Take the stance the quote's values suggest (the add-source form).
    AcceptSuggested,
    /// Save what the popup holds, or say yes.
    Submit,
    /// Close the popup without saving, or say no.
    Cancel,
    /// Leave a text field for the popup's non-text part.
    LeaveField,
    /// A key typed into the focused text field.
    Edit(KeyEvent),
    Paste(String),
    Resize(u16, u16),
    /// A left click at a column and row of the terminal.
    Click(u16, u16),
    /// The mouse wheel at a column and row: down (true) or up.
    Scroll(u16, u16, bool),
}

impl Action {
    /// Whether a key can be bound to the action: not so for the events that carry their data
    /// (typed keys, pastes, mouse, resizes).
    pub fn bindable(&self) -> bool {
        !matches!(
            self,
            Action::Edit(_)
                | Action::Paste(_)
                | Action::Resize(..)
                | Action::Click(..)
                | Action::Scroll(..)
        )
    }
}
