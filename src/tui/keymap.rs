//! The key table: key → action → description, per mode. The same table resolves keys, draws the
//! hint bar and fills the help popup; `config.toml` can rebind its keys (`[keys.MODE] ACTION = KEY`).

use super::action::Action;
use crate::config::ConfigError;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Which part of the workbench has the keyboard. The name is the mode's table in `config.toml`
/// (`[keys.source_text]`); the message is how the help names it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::EnumCount,
    strum::VariantArray,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumMessage,
)]
#[strum(serialize_all = "snake_case")]
pub enum Mode {
    /// Anywhere, after the mode in front has declined the key.
    #[strum(message = "everywhere")]
    Global,
    #[strum(message = "claims, article and detail")]
    Main,
    #[strum(message = "help")]
    Help,
    /// A text field of the add-source form.
    #[strum(message = "add source: text field")]
    SourceText,
    /// The stance selector of the add-source form.
    #[strum(message = "add source: stance")]
    SourceStance,
    #[strum(message = "verdict: rating")]
    VerdictRating,
    #[strum(message = "verdict: rationale")]
    VerdictRationale,
    /// A one-line text popup: dismiss reason, new wording, split point.
    #[strum(message = "text popup")]
    Prompt,
    /// A yes/no question before a destructive step.
    /// The preset reasons of a dismissal, a letter each.
    #[strum(message = "dismiss: reasons")]
    DismissMenu,
    #[strum(message = "confirmation")]
    Confirm,
    /// A list to pick from: evidence to remove, article to show.
    #[strum(message = "pick from a list")]
    Picker,
    #[strum(message = "claim log")]
    Log,
    #[strum(message = "overview")]
    Overview,
    /// Selecting in the article.
    #[strum(message = "select in the article")]
    Visual,
    /// The consistency findings of an article.
    #[strum(message = "findings")]
    Findings,
    /// Typing a search.
    #[strum(message = "search")]
    Search,
    /// Typing a `:` command.
    #[strum(message = "command line")]
    Command,
}

impl Mode {
    /// Every mode, in declaration order.
    pub const ALL: [Mode; <Mode as strum::EnumCount>::COUNT] =
        match <Mode as strum::VariantArray>::VARIANTS.first_chunk() {
            Some(all) => *all,
            None => panic!("Mode::COUNT is the number of variants"),
        };

    /// How the help names the mode.
    pub fn label(self) -> &'static str {
        strum::EnumMessage::get_message(&self).unwrap_or_else(|| self.name())
    }

    /// The name of the mode's table in `config.toml` (`[keys.main]`).
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// A text field has the keyboard: printable keys type instead of acting.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Mode::SourceText
                | Mode::VerdictRationale
                | Mode::Prompt
                | Mode::Search
                | Mode::Command
                | Mode::DismissMenu
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

/// The name of an action in `config.toml` (from the derive on `Action`), and None for the
/// actions no key is bound to.
pub fn action_name(action: &Action) -> Option<&'static str> {
    action.bindable().then(|| action.into())
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

/// The default keys, one binding a line: mode, keys (as `config.toml` writes them, several
/// separated by spaces), action, hint-bar label (empty: help only; rows with one label share a
/// hint), help text. Parsed once, on first use.
#[rustfmt::skip]
const DEFAULT: &[(Mode, &str, Action, &str, &str)] = {
    use Action::*;
    use Mode as M;
    &[
        (M::Global,        "ctrl-c",          Interrupt,          "",            "close the dialog (asking first if typed text would be lost); quit from the main screen"),
        (M::Global,        "ctrl-z",          Suspend,            "",            "suspend to the shell; `fg` brings the workbench back"),
        (M::Main,          "j down",          Down,               "move",        "next claim; scroll down in the article or detail"),
        (M::Main,          "k up",            Up,                 "move",        "previous claim; scroll up in the article or detail"),
        (M::Main,          "g home",          First,              "",            "first claim; top of the article or detail"),
        (M::Main,          "G end",           Last,               "",            "last claim; end of the article or detail"),
        (M::Main,          "pagedown ctrl-d", PageDown,           "",            "a page down"),
        (M::Main,          "pageup ctrl-u",   PageUp,             "",            "a page up"),
        (M::Main,          "tab",             FocusNext,          "pane",        "focus the next pane"),
        (M::Main,          "backtab",         FocusPrev,          "",            "focus the previous pane"),
        (M::Main,          "]",               NextInText,         "",            "next claim in the article's reading order"),
        (M::Main,          "[",               PrevInText,         "",            "previous claim in the article's reading order"),
        (M::Main,          "}",               NextArticle,        "",            "first claim of the next article"),
        (M::Main,          "{",               PrevArticle,        "",            "first claim of the previous article"),
        (M::Main,          "A",               PickArticle,        "",            "pick an article from the list"),
        (M::Main,          "a",               OpenSource,         "add source",  "add a source to the selected claim"),
        (M::Main,          "v",               OpenVerdict,        "verdict",     "record a verdict on the selected claim"),
        (M::Main,          "d",               Dismiss,            "",            "dismiss the claim as not check-worthy: a letter picks a preset reason ([triage] reasons), Enter types one"),
        (M::Main,          "r",               Restore,            "",            "restore a dismissed claim"),
        (M::Main,          "e",               EditClaim,          "",            "edit the claim's wording"),
        (M::Main,          "+",               AddClaim,           "",            "add a claim the extractor missed: quote words of the article, or START..END"),
        (M::Main,          "s",               Split,              "",            "split the claim in two"),
        (M::Main,          "m",               Merge,              "",            "merge the claim with the next one of its article"),
        (M::Main,          "x",               RemoveEvidence,     "",            "remove a piece of evidence from the claim"),
        (M::Main,          "p",               ReusePrecedent,     "",            "reuse the best precedent's evidence and rating (asks first; the rationale is to be confirmed)"),
        (M::Main,          "P",               PickPrecedent,      "",            "pick a precedent to reuse"),
        (M::Main,          "z",               DismissSuggestion,  "",            "dismiss the stance the evidence's values suggest (remembered; the comparison stays)"),
        (M::Main,          "L",               ShowLog,            "",            "show the claim's log"),
        (M::Main,          "u",               Undo,               "",            "undo your last change, again for the one before (many levels)"),
        (M::Main,          "U ctrl-r",        Redo,               "",            "redo the last change undone"),
        (M::Main,          "space",           ToggleMark,         "",            "mark or unmark the claim for a bulk action; with marks, d, v and m act on all marked"),
        (M::Main,          "*",               MarkAll,            "",            "mark every claim the list shows"),
        (M::Main,          "/",               Search,             "search",      "search claims, quotes and rationales"),
        (M::Main,          "n",               NextMatch,          "",            "next search match"),
        (M::Main,          "N",               PrevMatch,          "",            "previous search match"),
        (M::Main,          "esc",             ClearSearch,        "",            "clear the search, else the marks"),
        (M::Main,          "o",               CycleSort,          "",            "sort by position, score or status"),
        (M::Main,          "f",               FilterMenu,         "",            "filters as a menu: status, verdict, type, mine, each with the claims it would show"),
        (M::Main,          "F",               CycleVerdictFilter, "",            "filter by verdict (cycles)"),
        (M::Main,          "t",               CycleTypeFilter,    "",            "filter by type: quantity, time, comparison, causal, prediction, quote, policy, other (cycles)"),
        (M::Main,          "D",               ToggleDueFilter,    "",            "show only the claims due for a re-check (dated predictions whose day has come); again: all"),
        (M::Main,          "M",               FilterMine,         "",            "show only the claims assigned to you (again: all)"),
        (M::Main,          "@",               Assign,             "",            "assign the claim to a reviewer (you, unless you type another name; empty: nobody)"),
        (M::Main,          "V",               StartSelect,        "",            "select in the article, from the claim's start: a new claim or the claim's parts"),
        (M::Main,          ":",               CommandLine,        "command",     "command line: export FORMAT FILE, goto ID, resolve N, reviewer NAME, set FIELD VALUE (published, title, url; claimant person|organization NAME or none), q"),
        (M::Main,          "O",               Overview,           "",            "overview: verdicts, progress and agreement"),
        (M::Main,          "C",               CheckFindings,      "",            "check the article: claims that contradict each other, with the arithmetic"),
        (M::Main,          "? f1",            ToggleHelp,         "help",        "show the keys"),
        (M::Main,          "q",               Quit,               "quit",        "quit"),
        (M::Help,          "j down",          Down,               "scroll",      "scroll down"),
        (M::Help,          "k up",            Up,                 "scroll",      "scroll up"),
        (M::Help,          "? esc q f1",      ToggleHelp,         "close",       "close the help"),
        (M::SourceText,    "tab",             NextField,          "next field",  "next field"),
        (M::SourceText,    "backtab",         PrevField,          "",            "previous field"),
        (M::SourceText,    "enter ctrl-s",    Submit,             "save",        "save the source"),
        (M::SourceText,    "esc",             Cancel,             "cancel",      "cancel"),
        (M::SourceText,    "f1",              ToggleHelp,         "help",        "show the keys"),
        (M::SourceStance,  "right space l",   StanceNext,         "stance",      "next stance"),
        (M::SourceStance,  "left h",          StancePrev,         "stance",      "previous stance"),
        (M::SourceStance,  "s",               AcceptSuggested,    "suggested",   "take the stance the quote's values suggest (shown below the stance)"),
        (M::SourceStance,  "tab",             NextField,          "next field",  "next field"),
        (M::SourceStance,  "backtab",         PrevField,          "",            "previous field"),
        (M::SourceStance,  "enter ctrl-s",    Submit,             "save",        "save the source"),
        (M::SourceStance,  "esc",             Cancel,             "cancel",      "cancel"),
        (M::SourceStance,  "? f1",            ToggleHelp,         "help",        "show the keys"),
        (M::VerdictRating, "j down",          Down,               "rating",      "next rating"),
        (M::VerdictRating, "k up",            Up,                 "rating",      "previous rating"),
        (M::VerdictRating, "g home",          First,              "",            "first rating"),
        (M::VerdictRating, "G end",           Last,               "",            "last rating"),
        (M::VerdictRating, "tab backtab",     NextField,          "rationale",   "write the rationale"),
        (M::VerdictRating, "enter ctrl-s",    Submit,             "save",        "save the verdict"),
        (M::VerdictRating, "esc",             Cancel,             "cancel",      "cancel"),
        (M::VerdictRating, "? f1",            ToggleHelp,         "help",        "show the keys"),
        (M::VerdictRationale, "ctrl-s",          Submit,             "save",        "save the verdict"),
        (M::VerdictRationale, "tab backtab esc", LeaveField,         "ratings",     "back to the rating list"),
        (M::VerdictRationale, "f1",              ToggleHelp,         "help",        "show the keys"),
        (M::Prompt,        "enter ctrl-s",    Submit,             "ok",          "go on"),
        (M::Prompt,        "esc",             Cancel,             "cancel",      "cancel"),
        (M::Prompt,        "f1",              ToggleHelp,         "help",        "show the keys"),
        (M::DismissMenu,   "enter tab",       NextField,          "type a reason", "type a reason instead of a preset one"),
        (M::DismissMenu,   "esc",             Cancel,             "cancel",      "cancel"),
        (M::DismissMenu,   "f1",              ToggleHelp,         "help",        "show the keys"),
        (M::Confirm,       "y enter",         Submit,             "yes",         "yes, do it"),
        (M::Confirm,       "n esc",           Cancel,             "no",          "no, leave it"),
        (M::Confirm,       "? f1",            ToggleHelp,         "help",        "show the keys"),
        (M::Picker,        "j down",          Down,               "move",        "next item"),
        (M::Picker,        "k up",            Up,                 "move",        "previous item"),
        (M::Picker,        "g home",          First,              "",            "first item"),
        (M::Picker,        "G end",           Last,               "",            "last item"),
        (M::Picker,        "enter",           Submit,             "pick",        "pick it"),
        (M::Picker,        "d",               Dismiss,            "",            "precedents: dismiss the highlighted one (remembered; no longer offered for this claim)"),
        (M::Picker,        "esc q",           Cancel,             "cancel",      "cancel"),
        (M::Picker,        "? f1",            ToggleHelp,         "help",        "show the keys"),
        (M::Log,           "j down",          Down,               "scroll",      "scroll down"),
        (M::Log,           "k up",            Up,                 "scroll",      "scroll up"),
        (M::Log,           "g home",          First,              "",            "top"),
        (M::Log,           "G end",           Last,               "",            "end"),
        (M::Log,           "esc q L enter",   Cancel,             "close",       "close the log"),
        (M::Log,           "? f1",            ToggleHelp,         "help",        "show the keys"),
        (M::Overview,      "esc q O enter",   Cancel,             "close",       "close the overview"),
        (M::Overview,      "? f1",            ToggleHelp,         "help",        "show the keys"),
        (M::Visual,        "l right",         SelectCharNext,     "",            "one character further"),
        (M::Visual,        "h left",          SelectCharPrev,     "",            "one character back"),
        (M::Visual,        "w e",             SelectWordNext,     "word",        "to the end of the next word"),
        (M::Visual,        "b",               SelectWordPrev,     "word",        "to the start of the word before"),
        (M::Visual,        ") j down",        SelectSentenceNext, "sentence",    "to the end of the sentence"),
        (M::Visual,        "( k up",          SelectSentencePrev, "sentence",    "to the start of the sentence before"),
        (M::Visual,        "o",               SelectSwap,         "",            "to the other end of the selection"),
        (M::Visual,        "enter",           SelectToClaim,      "new claim",   "a new claim from the selection"),
        (M::Visual,        "p",               SelectAsParts,      "as parts",    "the selected claim rests on the selection alone"),
        (M::Visual,        "P",               SelectAddPart,      "add part",    "add the selection to the selected claim's parts"),
        (M::Visual,        "esc V",           Cancel,             "leave",       "leave the selection"),
        (M::Visual,        "? f1",            ToggleHelp,         "help",        "show the keys"),
        (M::Findings,      "j down",          Down,               "move",        "next finding"),
        (M::Findings,      "k up",            Up,                 "move",        "previous finding"),
        (M::Findings,      "g home",          First,              "",            "first finding"),
        (M::Findings,      "G end",           Last,               "",            "last finding"),
        (M::Findings,      "enter",           Submit,             "go to claim", "go to the finding's first claim"),
        (M::Findings,      "d",               Dismiss,            "dismiss",     "dismiss the finding (remembered)"),
        (M::Findings,      "esc q C",         Cancel,             "close",       "close the findings"),
        (M::Findings,      "? f1",            ToggleHelp,         "help",        "show the keys"),
        (M::Search,        "enter",           Submit,             "keep",        "keep the matches (n/N move between them)"),
        (M::Search,        "down ctrl-n",     NextMatch,          "next",        "next match"),
        (M::Search,        "up ctrl-p",       PrevMatch,          "",            "previous match"),
        (M::Search,        "esc",             Cancel,             "clear",       "clear the search"),
        (M::Search,        "f1",              ToggleHelp,         "help",        "show the keys"),
        (M::Command,       "enter",           Submit,             "run",         "run the command"),
        (M::Command,       "esc",             Cancel,             "cancel",      "cancel"),
        (M::Command,       "f1",              ToggleHelp,         "help",        "show the keys"),
    ]
};

/// `DEFAULT`, parsed.
static DEFAULT_KEYMAP: std::sync::LazyLock<Keymap> = std::sync::LazyLock::new(|| Keymap {
    bindings: DEFAULT
        .iter()
        .map(|(mode, keys, action, hint, help)| Binding {
            mode: *mode,
            keys: keys
                .split_whitespace()
                .map(|k| Key::parse(k).unwrap_or_else(|| panic!("{k:?} in the key table")))
                .collect(),
            action: action.clone(),
            help,
            hint: Some(*hint).filter(|h| !h.is_empty()),
        })
        .collect(),
});

/// The key table in use: the defaults, with the reviewer's overrides applied.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        DEFAULT_KEYMAP.clone()
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
            let Ok(mode) = mode_name.parse::<Mode>() else {
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

    /// The default table with the `[keys]` overrides of the loaded config, if it has any.
    pub fn from_config(config: &crate::config::Config) -> Result<Keymap, ConfigError> {
        let mut keymap = Keymap::default();
        if let Some(keys) = &config.keys {
            keymap.apply_overrides(keys).map_err(|e| {
                let file = config
                    .source
                    .clone()
                    .unwrap_or_else(|| "config.toml".into());
                ConfigError::Invalid(file, e)
            })?;
        }
        Ok(keymap)
    }
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
