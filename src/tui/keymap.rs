//! The key table: key → action → description, per mode. The same table resolves keys, draws the
//! hint bar and fills the help popup; `config.toml` can rebind its keys (`[keys.MODE] ACTION = KEY`).

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Which part of the workbench has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Anywhere, after the mode in front has declined the key.
    Global,
    Main,
    Help,
    /// A text field of the add-source form.
    SourceText,
    /// The stance selector of the add-source form.
    SourceStance,
    VerdictRating,
    VerdictRationale,
    /// A one-line text popup: dismiss reason, new wording, split point.
    Prompt,
    /// A yes/no question before a destructive step.
    Confirm,
    /// A list to pick from: evidence to remove, article to show.
    Picker,
    Log,
    Overview,
    /// Typing a search.
    Search,
    /// Typing a `:` command.
    Command,
}

impl Mode {
    pub const ALL: [Mode; 14] = [
        Mode::Global,
        Mode::Main,
        Mode::Help,
        Mode::SourceText,
        Mode::SourceStance,
        Mode::VerdictRating,
        Mode::VerdictRationale,
        Mode::Prompt,
        Mode::Confirm,
        Mode::Picker,
        Mode::Log,
        Mode::Overview,
        Mode::Search,
        Mode::Command,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Mode::Global => "everywhere",
            Mode::Main => "claims, article and detail",
            Mode::Help => "help",
            Mode::SourceText => "add source: text field",
            Mode::SourceStance => "add source: stance",
            Mode::VerdictRating => "verdict: rating",
            Mode::VerdictRationale => "verdict: rationale",
            Mode::Prompt => "text popup",
            Mode::Confirm => "confirmation",
            Mode::Picker => "pick from a list",
            Mode::Log => "claim log",
            Mode::Overview => "overview",
            Mode::Search => "search",
            Mode::Command => "command line",
        }
    }

    /// The name of the mode's table in `config.toml` (`[keys.main]`).
    pub fn name(self) -> &'static str {
        match self {
            Mode::Global => "global",
            Mode::Main => "main",
            Mode::Help => "help",
            Mode::SourceText => "source_text",
            Mode::SourceStance => "source_stance",
            Mode::VerdictRating => "verdict_rating",
            Mode::VerdictRationale => "verdict_rationale",
            Mode::Prompt => "prompt",
            Mode::Confirm => "confirm",
            Mode::Picker => "picker",
            Mode::Log => "log",
            Mode::Overview => "overview",
            Mode::Search => "search",
            Mode::Command => "command",
        }
    }

    /// A text field has the keyboard: printable keys type instead of acting.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Mode::SourceText | Mode::VerdictRationale | Mode::Prompt | Mode::Search | Mode::Command
        )
    }
}

/// A key with its modifiers, as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }
    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }

    /// Whether a key event is this key. Shift is ignored for characters (it is in the character),
    /// and BackTab arrives with or without Shift depending on the terminal.
    pub fn matches(&self, ev: &KeyEvent) -> bool {
        let relevant = KeyModifiers::CONTROL | KeyModifiers::ALT;
        let mods = match ev.code {
            KeyCode::Char(_) | KeyCode::BackTab => ev.modifiers & relevant,
            _ => ev.modifiers & (relevant | KeyModifiers::SHIFT),
        };
        let code = match ev.code {
            // Some terminals send Ctrl-S as Char('S') with CONTROL|SHIFT; compare lowercase.
            KeyCode::Char(c) if ev.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            c => c,
        };
        self.code == code && self.mods == mods
    }

    pub fn event(&self) -> KeyEvent {
        KeyEvent::new(self.code, self.mods)
    }

    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Down => "↓".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Delete".into(),
            KeyCode::Insert => "Insert".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("C-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("M-");
        }
        out.push_str(&base);
        out
    }

    /// Read a key as written in `config.toml`: `x`, `X`, `?`, `ctrl-s`, `alt-x`, `enter`, `esc`,
    /// `tab`, `backtab`, `space`, `up`, `pagedown`, `f1`, … None when it names no key.
    pub fn parse(s: &str) -> Option<Key> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = ["ctrl-", "c-", "alt-", "m-"]
                .into_iter()
                .find(|p| lower.starts_with(p) && rest.len() > p.len());
            match prefix {
                Some(p) => {
                    mods |= if p.starts_with('c') {
                        KeyModifiers::CONTROL
                    } else {
                        KeyModifiers::ALT
                    };
                    rest = &rest[p.len()..];
                }
                None => break,
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => {
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => match rest.to_ascii_lowercase().as_str() {
                "space" => KeyCode::Char(' '),
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" | "shift-tab" | "s-tab" => KeyCode::BackTab,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" => KeyCode::Insert,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdn" => KeyCode::PageDown,
                f if f.starts_with('f') => match f[1..].parse::<u8>() {
                    Ok(n @ 1..=12) => KeyCode::F(n),
                    _ => return None,
                },
                _ => return None,
            },
        };
        Some(Key { code, mods })
    }
}

/// The name of an action in `config.toml`, and None for actions no key is bound to.
pub fn action_name(action: &Action) -> Option<&'static str> {
    use Action as A;
    Some(match action {
        A::Quit => "quit",
        A::Down => "down",
        A::Up => "up",
        A::First => "first",
        A::Last => "last",
        A::PageDown => "page_down",
        A::PageUp => "page_up",
        A::FocusNext => "focus_next",
        A::FocusPrev => "focus_prev",
        A::NextInText => "next_in_text",
        A::PrevInText => "prev_in_text",
        A::NextArticle => "next_article",
        A::PrevArticle => "prev_article",
        A::PickArticle => "pick_article",
        A::OpenSource => "add_source",
        A::OpenVerdict => "verdict",
        A::Dismiss => "dismiss",
        A::Restore => "restore",
        A::EditClaim => "edit",
        A::AddClaim => "add_claim",
        A::Split => "split",
        A::Merge => "merge",
        A::RemoveEvidence => "remove_evidence",
        A::ShowLog => "log",
        A::Undo => "undo",
        A::Search => "search",
        A::NextMatch => "next_match",
        A::PrevMatch => "prev_match",
        A::ClearSearch => "clear_search",
        A::CycleSort => "sort",
        A::CycleStatusFilter => "filter_status",
        A::CycleVerdictFilter => "filter_verdict",
        A::CommandLine => "command",
        A::Overview => "overview",
        A::ToggleHelp => "help",
        A::NextField => "next_field",
        A::PrevField => "prev_field",
        A::StanceNext => "stance_next",
        A::StancePrev => "stance_prev",
        A::Submit => "submit",
        A::Cancel => "cancel",
        A::LeaveField => "leave_field",
        A::Edit(_) | A::Paste(_) | A::Resize(..) | A::Click(..) | A::Scroll(..) => return None,
    })
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub mode: Mode,
    pub keys: Vec<Key>,
    pub action: Action,
    pub help: &'static str,
    /// Shown in the hint bar with this short label (None: help popup only); rows with the same
    /// label share one hint.
    pub hint: Option<&'static str>,
}

/// A row of the default table, as written below.
struct Row(
    Mode,
    &'static [Key],
    Action,
    &'static str,
    Option<&'static str>,
);

use KeyCode as K;
use Mode as M;

const fn p(code: KeyCode) -> Key {
    Key::plain(code)
}
const fn c(ch: char) -> Key {
    Key::ch(ch)
}

const HELP_KEYS: &[Key] = &[c('?'), p(K::F(1))];
const F1: &[Key] = &[p(K::F(1))];

/// The default keys.
static DEFAULT: &[Row] = &[
    Row(M::Global, &[Key::ctrl('c')], Action::Quit, "quit", None),
    // Main screen.
    Row(
        M::Main,
        &[c('j'), p(K::Down)],
        Action::Down,
        "next claim; scroll down in the article or detail",
        Some("move"),
    ),
    Row(
        M::Main,
        &[c('k'), p(K::Up)],
        Action::Up,
        "previous claim; scroll up in the article or detail",
        Some("move"),
    ),
    Row(
        M::Main,
        &[c('g'), p(K::Home)],
        Action::First,
        "first claim; top of the article or detail",
        None,
    ),
    Row(
        M::Main,
        &[c('G'), p(K::End)],
        Action::Last,
        "last claim; end of the article or detail",
        None,
    ),
    Row(
        M::Main,
        &[p(K::PageDown), Key::ctrl('d')],
        Action::PageDown,
        "a page down",
        None,
    ),
    Row(
        M::Main,
        &[p(K::PageUp), Key::ctrl('u')],
        Action::PageUp,
        "a page up",
        None,
    ),
    Row(
        M::Main,
        &[p(K::Tab)],
        Action::FocusNext,
        "focus the next pane",
        Some("pane"),
    ),
    Row(
        M::Main,
        &[p(K::BackTab)],
        Action::FocusPrev,
        "focus the previous pane",
        None,
    ),
    Row(
        M::Main,
        &[c(']')],
        Action::NextInText,
        "next claim in the article's reading order",
        None,
    ),
    Row(
        M::Main,
        &[c('[')],
        Action::PrevInText,
        "previous claim in the article's reading order",
        None,
    ),
    Row(
        M::Main,
        &[c('}')],
        Action::NextArticle,
        "first claim of the next article",
        None,
    ),
    Row(
        M::Main,
        &[c('{')],
        Action::PrevArticle,
        "first claim of the previous article",
        None,
    ),
    Row(
        M::Main,
        &[c('A')],
        Action::PickArticle,
        "pick an article from the list",
        None,
    ),
    Row(
        M::Main,
        &[c('a')],
        Action::OpenSource,
        "add a source to the selected claim",
        Some("add source"),
    ),
    Row(
        M::Main,
        &[c('v')],
        Action::OpenVerdict,
        "record a verdict on the selected claim",
        Some("verdict"),
    ),
    Row(
        M::Main,
        &[c('d')],
        Action::Dismiss,
        "dismiss the claim as not check-worthy, with a reason",
        None,
    ),
    Row(
        M::Main,
        &[c('r')],
        Action::Restore,
        "restore a dismissed claim",
        None,
    ),
    Row(
        M::Main,
        &[c('e')],
        Action::EditClaim,
        "edit the claim's wording",
        None,
    ),
    Row(
        M::Main,
        &[c('+')],
        Action::AddClaim,
        "add a claim the extractor missed: quote words of the article, or START..END",
        None,
    ),
    Row(
        M::Main,
        &[c('s')],
        Action::Split,
        "split the claim in two",
        None,
    ),
    Row(
        M::Main,
        &[c('m')],
        Action::Merge,
        "merge the claim with the next one of its article",
        None,
    ),
    Row(
        M::Main,
        &[c('x')],
        Action::RemoveEvidence,
        "remove a piece of evidence from the claim",
        None,
    ),
    Row(
        M::Main,
        &[c('L')],
        Action::ShowLog,
        "show the claim's log",
        None,
    ),
    Row(
        M::Main,
        &[c('u')],
        Action::Undo,
        "undo your last change, where it can be undone",
        None,
    ),
    Row(
        M::Main,
        &[c('/')],
        Action::Search,
        "search claims, quotes and rationales",
        Some("search"),
    ),
    Row(
        M::Main,
        &[c('n')],
        Action::NextMatch,
        "next search match",
        None,
    ),
    Row(
        M::Main,
        &[c('N')],
        Action::PrevMatch,
        "previous search match",
        None,
    ),
    Row(
        M::Main,
        &[p(K::Esc)],
        Action::ClearSearch,
        "clear the search",
        None,
    ),
    Row(
        M::Main,
        &[c('o')],
        Action::CycleSort,
        "sort by position, score or status",
        None,
    ),
    Row(
        M::Main,
        &[c('f')],
        Action::CycleStatusFilter,
        "filter by status (cycles)",
        None,
    ),
    Row(
        M::Main,
        &[c('F')],
        Action::CycleVerdictFilter,
        "filter by verdict (cycles)",
        None,
    ),
    Row(
        M::Main,
        &[c(':')],
        Action::CommandLine,
        "command line: export FORMAT FILE, goto ID, reviewer NAME, q",
        Some("command"),
    ),
    Row(
        M::Main,
        &[c('O')],
        Action::Overview,
        "overview: verdicts and progress",
        None,
    ),
    Row(
        M::Main,
        HELP_KEYS,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    Row(M::Main, &[c('q')], Action::Quit, "quit", Some("quit")),
    // Help popup.
    Row(
        M::Help,
        &[c('j'), p(K::Down)],
        Action::Down,
        "scroll down",
        Some("scroll"),
    ),
    Row(
        M::Help,
        &[c('k'), p(K::Up)],
        Action::Up,
        "scroll up",
        Some("scroll"),
    ),
    Row(
        M::Help,
        &[c('?'), p(K::Esc), c('q'), p(K::F(1))],
        Action::ToggleHelp,
        "close the help",
        Some("close"),
    ),
    // Add-source form, in a text field.
    Row(
        M::SourceText,
        &[p(K::Tab)],
        Action::NextField,
        "next field",
        Some("next field"),
    ),
    Row(
        M::SourceText,
        &[p(K::BackTab)],
        Action::PrevField,
        "previous field",
        None,
    ),
    Row(
        M::SourceText,
        &[p(K::Enter), Key::ctrl('s')],
        Action::Submit,
        "save the source",
        Some("save"),
    ),
    Row(
        M::SourceText,
        &[p(K::Esc)],
        Action::Cancel,
        "cancel",
        Some("cancel"),
    ),
    Row(
        M::SourceText,
        F1,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // Add-source form, on the stance.
    Row(
        M::SourceStance,
        &[p(K::Right), c(' '), c('l')],
        Action::StanceNext,
        "next stance",
        Some("stance"),
    ),
    Row(
        M::SourceStance,
        &[p(K::Left), c('h')],
        Action::StancePrev,
        "previous stance",
        Some("stance"),
    ),
    Row(
        M::SourceStance,
        &[p(K::Tab)],
        Action::NextField,
        "next field",
        Some("next field"),
    ),
    Row(
        M::SourceStance,
        &[p(K::BackTab)],
        Action::PrevField,
        "previous field",
        None,
    ),
    Row(
        M::SourceStance,
        &[p(K::Enter), Key::ctrl('s')],
        Action::Submit,
        "save the source",
        Some("save"),
    ),
    Row(
        M::SourceStance,
        &[p(K::Esc)],
        Action::Cancel,
        "cancel",
        Some("cancel"),
    ),
    Row(
        M::SourceStance,
        HELP_KEYS,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // Verdict popup, on the rating list.
    Row(
        M::VerdictRating,
        &[c('j'), p(K::Down)],
        Action::Down,
        "next rating",
        Some("rating"),
    ),
    Row(
        M::VerdictRating,
        &[c('k'), p(K::Up)],
        Action::Up,
        "previous rating",
        Some("rating"),
    ),
    Row(
        M::VerdictRating,
        &[c('g'), p(K::Home)],
        Action::First,
        "first rating",
        None,
    ),
    Row(
        M::VerdictRating,
        &[c('G'), p(K::End)],
        Action::Last,
        "last rating",
        None,
    ),
    Row(
        M::VerdictRating,
        &[p(K::Tab), p(K::BackTab)],
        Action::NextField,
        "write the rationale",
        Some("rationale"),
    ),
    Row(
        M::VerdictRating,
        &[p(K::Enter), Key::ctrl('s')],
        Action::Submit,
        "save the verdict",
        Some("save"),
    ),
    Row(
        M::VerdictRating,
        &[p(K::Esc)],
        Action::Cancel,
        "cancel",
        Some("cancel"),
    ),
    Row(
        M::VerdictRating,
        HELP_KEYS,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // Verdict popup, in the rationale editor (Enter is a new line).
    Row(
        M::VerdictRationale,
        &[Key::ctrl('s')],
        Action::Submit,
        "save the verdict",
        Some("save"),
    ),
    Row(
        M::VerdictRationale,
        &[p(K::Tab), p(K::BackTab), p(K::Esc)],
        Action::LeaveField,
        "back to the rating list",
        Some("ratings"),
    ),
    Row(
        M::VerdictRationale,
        F1,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // A one-line text popup.
    Row(
        M::Prompt,
        &[p(K::Enter), Key::ctrl('s')],
        Action::Submit,
        "go on",
        Some("ok"),
    ),
    Row(
        M::Prompt,
        &[p(K::Esc)],
        Action::Cancel,
        "cancel",
        Some("cancel"),
    ),
    Row(
        M::Prompt,
        F1,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // A confirmation.
    Row(
        M::Confirm,
        &[c('y'), p(K::Enter)],
        Action::Submit,
        "yes, do it",
        Some("yes"),
    ),
    Row(
        M::Confirm,
        &[c('n'), p(K::Esc)],
        Action::Cancel,
        "no, leave it",
        Some("no"),
    ),
    Row(
        M::Confirm,
        HELP_KEYS,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // A list to pick from.
    Row(
        M::Picker,
        &[c('j'), p(K::Down)],
        Action::Down,
        "next item",
        Some("move"),
    ),
    Row(
        M::Picker,
        &[c('k'), p(K::Up)],
        Action::Up,
        "previous item",
        Some("move"),
    ),
    Row(
        M::Picker,
        &[c('g'), p(K::Home)],
        Action::First,
        "first item",
        None,
    ),
    Row(
        M::Picker,
        &[c('G'), p(K::End)],
        Action::Last,
        "last item",
        None,
    ),
    Row(
        M::Picker,
        &[p(K::Enter)],
        Action::Submit,
        "pick it",
        Some("pick"),
    ),
    Row(
        M::Picker,
        &[p(K::Esc), c('q')],
        Action::Cancel,
        "cancel",
        Some("cancel"),
    ),
    Row(
        M::Picker,
        HELP_KEYS,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // The claim's log.
    Row(
        M::Log,
        &[c('j'), p(K::Down)],
        Action::Down,
        "scroll down",
        Some("scroll"),
    ),
    Row(
        M::Log,
        &[c('k'), p(K::Up)],
        Action::Up,
        "scroll up",
        Some("scroll"),
    ),
    Row(M::Log, &[c('g'), p(K::Home)], Action::First, "top", None),
    Row(M::Log, &[c('G'), p(K::End)], Action::Last, "end", None),
    Row(
        M::Log,
        &[p(K::Esc), c('q'), c('L'), p(K::Enter)],
        Action::Cancel,
        "close the log",
        Some("close"),
    ),
    Row(
        M::Log,
        HELP_KEYS,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // The overview.
    Row(
        M::Overview,
        &[p(K::Esc), c('q'), c('O'), p(K::Enter)],
        Action::Cancel,
        "close the overview",
        Some("close"),
    ),
    Row(
        M::Overview,
        HELP_KEYS,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // Typing a search.
    Row(
        M::Search,
        &[p(K::Enter)],
        Action::Submit,
        "keep the matches (n/N move between them)",
        Some("keep"),
    ),
    Row(
        M::Search,
        &[p(K::Down), Key::ctrl('n')],
        Action::NextMatch,
        "next match",
        Some("next"),
    ),
    Row(
        M::Search,
        &[p(K::Up), Key::ctrl('p')],
        Action::PrevMatch,
        "previous match",
        None,
    ),
    Row(
        M::Search,
        &[p(K::Esc)],
        Action::Cancel,
        "clear the search",
        Some("clear"),
    ),
    Row(
        M::Search,
        F1,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // Typing a command.
    Row(
        M::Command,
        &[p(K::Enter)],
        Action::Submit,
        "run the command",
        Some("run"),
    ),
    Row(
        M::Command,
        &[p(K::Esc)],
        Action::Cancel,
        "cancel",
        Some("cancel"),
    ),
    Row(
        M::Command,
        F1,
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
];

/// The key table in use: the defaults, with the reviewer's overrides applied.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: DEFAULT
                .iter()
                .map(|Row(mode, keys, action, help, hint)| Binding {
                    mode: *mode,
                    keys: keys.to_vec(),
                    action: action.clone(),
                    help,
                    hint: *hint,
                })
                .collect(),
        }
    }
}

impl Keymap {
    /// The action bound to `key` in `mode`, if any.
    pub fn lookup(&self, mode: Mode, key: &KeyEvent) -> Option<Action> {
        self.bindings(mode)
            .find(|b| b.keys.iter().any(|k| k.matches(key)))
            .map(|b| b.action.clone())
    }

    /// The rows of one mode, in table order.
    pub fn bindings(&self, mode: Mode) -> impl Iterator<Item = &Binding> {
        self.bindings.iter().filter(move |b| b.mode == mode)
    }

    /// The first key of the row of `action` in `mode`, as shown ("?").
    pub fn key_for(&self, mode: Mode, action: &Action) -> Option<String> {
        self.bindings(mode)
            .find(|b| &b.action == action)
            .and_then(|b| b.keys.first())
            .map(Key::label)
    }

    /// The hint bar of a mode: "j/k move · Tab pane · …". Rows with the same hint share it,
    /// their first keys joined.
    pub fn hints(&self, mode: Mode) -> Vec<(String, &'static str)> {
        let mut out: Vec<(String, &'static str)> = Vec::new();
        for b in self.bindings(mode) {
            let (Some(hint), Some(key)) = (b.hint, b.keys.first()) else {
                continue;
            };
            match out.iter_mut().find(|(_, h)| *h == hint) {
                Some((keys, _)) => {
                    keys.push('/');
                    keys.push_str(&key.label());
                }
                None => out.push((key.label(), hint)),
            }
        }
        out
    }

    /// Rebind keys from the `[keys]` table of `config.toml`:
    ///
    /// ```toml
    /// [keys.main]
    /// quit = "x"                 # one key
    /// down = ["j", "ctrl-n"]     # or several
    /// ```
    ///
    /// An unknown mode or action, a key name that names no key, or a key bound twice in one mode
    /// is refused with one sentence, and the table is left as it was.
    pub fn apply_overrides(&mut self, keys: &toml::Value) -> Result<(), String> {
        let mut next = self.clone();
        let Some(modes) = keys.as_table() else {
            return Err("[keys] in config.toml must be a table of modes, like [keys.main]".into());
        };
        for (mode_name, actions) in modes {
            let Some(mode) = Mode::ALL.into_iter().find(|m| m.name() == mode_name) else {
                let names: Vec<&str> = Mode::ALL.iter().map(|m| m.name()).collect();
                return Err(format!(
                    "[keys.{mode_name}] in config.toml is not a mode; use one of: {}",
                    names.join(", ")
                ));
            };
            let Some(actions) = actions.as_table() else {
                return Err(format!(
                    "[keys.{mode_name}] in config.toml must be a table of ACTION = \"KEY\""
                ));
            };
            for (action, value) in actions {
                let rows: Vec<usize> = next
                    .bindings
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| b.mode == mode && action_name(&b.action) == Some(action))
                    .map(|(i, _)| i)
                    .collect();
                if rows.is_empty() {
                    let mut names: Vec<&str> = next
                        .bindings(mode)
                        .filter_map(|b| action_name(&b.action))
                        .collect();
                    names.dedup();
                    return Err(format!(
                        "\"{action}\" in [keys.{mode_name}] of config.toml is not an action there; use one of: {}",
                        names.join(", ")
                    ));
                }
                let written: Vec<&str> = match value {
                    toml::Value::String(s) => vec![s.as_str()],
                    toml::Value::Array(a) => a.iter().filter_map(toml::Value::as_str).collect(),
                    _ => Vec::new(),
                };
                if written.is_empty()
                    || matches!(value, toml::Value::Array(a) if a.len() != written.len())
                {
                    return Err(format!(
                        "{action} in [keys.{mode_name}] of config.toml must be a key name or a list of them, like \"x\" or [\"x\", \"ctrl-x\"]"
                    ));
                }
                let mut keys = Vec::with_capacity(written.len());
                for w in written {
                    let key = Key::parse(w).ok_or_else(|| {
                        format!(
                            "\"{w}\" ({action} in [keys.{mode_name}] of config.toml) is not a key name; write a character like \"x\", or ctrl-x, alt-x, enter, esc, tab, space, up, pagedown, f1"
                        )
                    })?;
                    keys.push(key);
                }
                // Rows of one action share the keys: the first takes them, the others are left
                // without (they stay in the help under the first).
                for (n, i) in rows.into_iter().enumerate() {
                    next.bindings[i].keys = if n == 0 { keys.clone() } else { Vec::new() };
                }
            }
            // A key may do one thing per mode.
            let rows: Vec<&Binding> = next.bindings(mode).collect();
            for (i, a) in rows.iter().enumerate() {
                for b in &rows[i + 1..] {
                    if let Some(k) = a.keys.iter().find(|k| b.keys.contains(k)) {
                        return Err(format!(
                            "key {} in [keys.{mode_name}] of config.toml is bound to both {} and {}; give one of them another key",
                            k.label(),
                            action_name(&a.action).unwrap_or("?"),
                            action_name(&b.action).unwrap_or("?")
                        ));
                    }
                }
            }
        }
        *self = next;
        Ok(())
    }

    /// Load the overrides from the `[keys]` table of the config file at `path`, if it has one.
    pub fn from_config_file(path: Option<&std::path::Path>) -> Result<Keymap, String> {
        let mut keymap = Keymap::default();
        let Some(path) = path else {
            return Ok(keymap);
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(keymap),
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        let value: toml::Table = toml::from_str(&text)
            .map_err(|e| format!("{} is not valid: {}", path.display(), e.message()))?;
        if let Some(keys) = value.get("keys") {
            keymap.apply_overrides(keys)?;
        }
        Ok(keymap)
    }
}

/// Rebind keys of `table` from a parsed `[keys]` table; see `Keymap::apply_overrides`.
pub fn apply_overrides(table: &mut Keymap, keys: &toml::Value) -> Result<(), String> {
    table.apply_overrides(keys)
}

/// The keys of a row, as shown: "j/↓".
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(Key::label)
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(toml_text: &str) -> toml::Value {
        toml::from_str::<toml::Table>(toml_text).unwrap()["keys"].clone()
    }

    #[test]
    fn key_names_parse() {
        assert_eq!(Key::parse("x"), Some(Key::ch('x')));
        assert_eq!(Key::parse("X"), Some(Key::ch('X')));
        assert_eq!(Key::parse("ctrl-s"), Some(Key::ctrl('s')));
        assert_eq!(Key::parse("C-S"), Some(Key::ctrl('s')));
        assert_eq!(Key::parse("enter"), Some(Key::plain(KeyCode::Enter)));
        assert_eq!(Key::parse("f5"), Some(Key::plain(KeyCode::F(5))));
        assert_eq!(Key::parse("-"), Some(Key::ch('-')));
        assert_eq!(Key::parse("c"), Some(Key::ch('c')));
        assert_eq!(Key::parse("bogus"), None);
        assert_eq!(Key::parse("f13"), None);
        assert_eq!(Key::parse(""), None);
    }

    #[test]
    fn overrides_rebind_and_refuse_mistakes() {
        let mut map = Keymap::default();
        map.apply_overrides(&keys(
            "[keys.main]\nquit = \"Q\"\ndown = [\"j\", \"ctrl-n\"]\n",
        ))
        .unwrap();
        let q = KeyEvent::new(KeyCode::Char('Q'), KeyModifiers::SHIFT);
        assert_eq!(map.lookup(Mode::Main, &q), Some(Action::Quit));
        assert_eq!(map.lookup(Mode::Main, &Key::ch('q').event()), None);
        assert_eq!(
            map.lookup(Mode::Main, &Key::ctrl('n').event()),
            Some(Action::Down)
        );
        assert!(
            map.hints(Mode::Main)
                .iter()
                .any(|(k, h)| k == "Q" && *h == "quit")
        );

        let before = map.clone();
        for (bad, says) in [
            ("[keys.mian]\nquit = \"x\"", "not a mode"),
            ("[keys.main]\nfly = \"x\"", "not an action"),
            ("[keys.main]\nquit = \"hyper-x\"", "not a key name"),
            ("[keys.main]\nquit = \"j\"", "bound to both"),
            ("[keys.main]\nquit = 3", "key name"),
        ] {
            let e = map.apply_overrides(&keys(bad)).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
        assert_eq!(
            format!("{:?}", map.bindings),
            format!("{:?}", before.bindings)
        );
        // Swapping two keys in one table is fine.
        map.apply_overrides(&keys("[keys.main]\nquit = \"j\"\ndown = \"Q\"\n"))
            .unwrap();
    }
}
