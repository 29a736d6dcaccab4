//! The default key table: key → action → description, per mode. The same table resolves keys, draws
//! the hint bar and fills the help popup.

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
}

impl Mode {
    pub const ALL: [Mode; 7] = [
        Mode::Global,
        Mode::Main,
        Mode::Help,
        Mode::SourceText,
        Mode::SourceStance,
        Mode::VerdictRating,
        Mode::VerdictRationale,
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
        }
    }

    /// A text field has the keyboard: printable keys type instead of acting.
    pub fn is_text(self) -> bool {
        matches!(self, Mode::SourceText | Mode::VerdictRationale)
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
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("C-{base}")
        } else {
            base
        }
    }
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub mode: Mode,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
    /// Shown in the hint bar with this short label (None: help popup only); rows with the same
    /// label share one hint.
    pub hint: Option<&'static str>,
}

use KeyCode as K;

const fn b(
    mode: Mode,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        mode,
        keys,
        action,
        help,
        hint,
    }
}

/// The default keys.
pub static DEFAULT: &[Binding] = &[
    b(Mode::Global, &[Key::ctrl('c')], Action::Quit, "quit", None),
    // Main screen.
    b(
        Mode::Main,
        &[Key::ch('j'), Key::plain(K::Down)],
        Action::Down,
        "next claim; scroll down in the article or detail",
        Some("move"),
    ),
    b(
        Mode::Main,
        &[Key::ch('k'), Key::plain(K::Up)],
        Action::Up,
        "previous claim; scroll up in the article or detail",
        Some("move"),
    ),
    b(
        Mode::Main,
        &[Key::ch('g'), Key::plain(K::Home)],
        Action::First,
        "first claim; top of the article or detail",
        None,
    ),
    b(
        Mode::Main,
        &[Key::ch('G'), Key::plain(K::End)],
        Action::Last,
        "last claim; end of the article or detail",
        None,
    ),
    b(
        Mode::Main,
        &[Key::plain(K::PageDown), Key::ctrl('d')],
        Action::PageDown,
        "a page down",
        None,
    ),
    b(
        Mode::Main,
        &[Key::plain(K::PageUp), Key::ctrl('u')],
        Action::PageUp,
        "a page up",
        None,
    ),
    b(
        Mode::Main,
        &[Key::plain(K::Tab)],
        Action::FocusNext,
        "focus the next pane",
        Some("pane"),
    ),
    b(
        Mode::Main,
        &[Key::plain(K::BackTab)],
        Action::FocusPrev,
        "focus the previous pane",
        None,
    ),
    b(
        Mode::Main,
        &[Key::ch(']')],
        Action::NextArticle,
        "first claim of the next article",
        None,
    ),
    b(
        Mode::Main,
        &[Key::ch('[')],
        Action::PrevArticle,
        "first claim of the previous article",
        None,
    ),
    b(
        Mode::Main,
        &[Key::ch('a')],
        Action::OpenSource,
        "add a source to the selected claim",
        Some("add source"),
    ),
    b(
        Mode::Main,
        &[Key::ch('v')],
        Action::OpenVerdict,
        "record a verdict on the selected claim",
        Some("verdict"),
    ),
    b(
        Mode::Main,
        &[Key::ch('?'), Key::plain(K::F(1))],
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    b(
        Mode::Main,
        &[Key::ch('q')],
        Action::Quit,
        "quit",
        Some("quit"),
    ),
    // Help popup.
    b(
        Mode::Help,
        &[Key::ch('j'), Key::plain(K::Down)],
        Action::Down,
        "scroll down",
        Some("scroll"),
    ),
    b(
        Mode::Help,
        &[Key::ch('k'), Key::plain(K::Up)],
        Action::Up,
        "scroll up",
        Some("scroll"),
    ),
    b(
        Mode::Help,
        &[
            Key::ch('?'),
            Key::plain(K::Esc),
            Key::ch('q'),
            Key::plain(K::F(1)),
        ],
        Action::ToggleHelp,
        "close the help",
        Some("close"),
    ),
    // Add-source form, in a text field.
    b(
        Mode::SourceText,
        &[Key::plain(K::Tab)],
        Action::NextField,
        "next field",
        Some("next field"),
    ),
    b(
        Mode::SourceText,
        &[Key::plain(K::BackTab)],
        Action::PrevField,
        "previous field",
        None,
    ),
    b(
        Mode::SourceText,
        &[Key::plain(K::Enter), Key::ctrl('s')],
        Action::Submit,
        "save the source",
        Some("save"),
    ),
    b(
        Mode::SourceText,
        &[Key::plain(K::Esc)],
        Action::Cancel,
        "cancel",
        Some("cancel"),
    ),
    b(
        Mode::SourceText,
        &[Key::plain(K::F(1))],
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // Add-source form, on the stance.
    b(
        Mode::SourceStance,
        &[Key::plain(K::Right), Key::ch(' '), Key::ch('l')],
        Action::StanceNext,
        "next stance",
        Some("stance"),
    ),
    b(
        Mode::SourceStance,
        &[Key::plain(K::Left), Key::ch('h')],
        Action::StancePrev,
        "previous stance",
        Some("stance"),
    ),
    b(
        Mode::SourceStance,
        &[Key::plain(K::Tab)],
        Action::NextField,
        "next field",
        Some("next field"),
    ),
    b(
        Mode::SourceStance,
        &[Key::plain(K::BackTab)],
        Action::PrevField,
        "previous field",
        None,
    ),
    b(
        Mode::SourceStance,
        &[Key::plain(K::Enter), Key::ctrl('s')],
        Action::Submit,
        "save the source",
        Some("save"),
    ),
    b(
        Mode::SourceStance,
        &[Key::plain(K::Esc)],
        Action::Cancel,
        "cancel",
        Some("cancel"),
    ),
    b(
        Mode::SourceStance,
        &[Key::ch('?'), Key::plain(K::F(1))],
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // Verdict popup, on the rating list.
    b(
        Mode::VerdictRating,
        &[Key::ch('j'), Key::plain(K::Down)],
        Action::Down,
        "next rating",
        Some("rating"),
    ),
    b(
        Mode::VerdictRating,
        &[Key::ch('k'), Key::plain(K::Up)],
        Action::Up,
        "previous rating",
        Some("rating"),
    ),
    b(
        Mode::VerdictRating,
        &[Key::ch('g'), Key::plain(K::Home)],
        Action::First,
        "first rating",
        None,
    ),
    b(
        Mode::VerdictRating,
        &[Key::ch('G'), Key::plain(K::End)],
        Action::Last,
        "last rating",
        None,
    ),
    b(
        Mode::VerdictRating,
        &[Key::plain(K::Tab), Key::plain(K::BackTab)],
        Action::NextField,
        "write the rationale",
        Some("rationale"),
    ),
    b(
        Mode::VerdictRating,
        &[Key::plain(K::Enter), Key::ctrl('s')],
        Action::Submit,
        "save the verdict",
        Some("save"),
    ),
    b(
        Mode::VerdictRating,
        &[Key::plain(K::Esc)],
        Action::Cancel,
        "cancel",
        Some("cancel"),
    ),
    b(
        Mode::VerdictRating,
        &[Key::ch('?'), Key::plain(K::F(1))],
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
    // Verdict popup, in the rationale editor (Enter is a new line).
    b(
        Mode::VerdictRationale,
        &[Key::ctrl('s')],
        Action::Submit,
        "save the verdict",
        Some("save"),
    ),
    b(
        Mode::VerdictRationale,
        &[
            Key::plain(K::Tab),
            Key::plain(K::BackTab),
            Key::plain(K::Esc),
        ],
        Action::LeaveField,
        "back to the rating list",
        Some("ratings"),
    ),
    b(
        Mode::VerdictRationale,
        &[Key::plain(K::F(1))],
        Action::ToggleHelp,
        "show the keys",
        Some("help"),
    ),
];

/// The action bound to `key` in `mode`, if any.
pub fn lookup(mode: Mode, key: &KeyEvent) -> Option<Action> {
    DEFAULT
        .iter()
        .filter(|b| b.mode == mode)
        .find(|b| b.keys.iter().any(|k| k.matches(key)))
        .map(|b| b.action.clone())
}

/// The rows of one mode, in table order.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    DEFAULT.iter().filter(move |b| b.mode == mode)
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

/// The hint bar of a mode: "j/k move · Tab pane · …". Rows with the same hint share it, their
/// first keys joined.
pub fn hints(mode: Mode) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for b in bindings(mode) {
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
