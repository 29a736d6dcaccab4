//! Colours and emphasis. With `NO_COLOR` set, only bold, italic, dim, reverse and underline are used.

use crate::extract::ValueKind;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme { color: true }
    }
}

impl Theme {
    /// Colours unless `NO_COLOR` is set to something non-empty (https://no-color.org).
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    pub fn plain() -> Theme {
        Theme { color: false }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.fg(Color::DarkGray)
        }
    }

    pub fn title(&self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn header(&self) -> Style {
        if self.color {
            Style::new().fg(Color::Black).bg(Color::Cyan)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn header_title(&self) -> Style {
        self.header().add_modifier(Modifier::BOLD)
    }

    /// The selected row of a list.
    pub fn selected(&self, focused: bool) -> Style {
        match (self.color, focused) {
            (true, true) => Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            (true, false) => Style::new().bg(Color::DarkGray).fg(Color::White),
            (false, _) => Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    pub fn group(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    pub fn label(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The selected claim in the article.
    /// `elsewhere`: another place the article states the claim, in italics beside its parts.
    /// Where the search's query occurs in the article text.
    pub fn search_hit(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Magenta)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// The characters selected in the article (`V`); the cursor underlined too.
    pub fn selection(&self, cursor: bool) -> Style {
        let style = if self.color {
            Style::new().bg(Color::Blue).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        };
        if cursor {
            style.add_modifier(Modifier::UNDERLINED | Modifier::BOLD)
        } else {
            style
        }
    }

    pub fn claim_selected(&self, elsewhere: bool) -> Style {
        let style = if self.color {
            Style::new().bg(Color::Yellow).fg(Color::Black)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        };
        if elsewhere {
            style.add_modifier(Modifier::ITALIC)
        } else {
            style
        }
    }

    /// The other claims in the article: marked, not loud.
    pub fn claim_other(&self) -> Style {
        self.fg(Color::LightBlue).add_modifier(Modifier::UNDERLINED)
    }

    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn info(&self) -> Style {
        self.fg(Color::Green)
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// A rating's badge, in the colour the scale gives it (a name such as `light-red`, or
    /// `#rrggbb`).
    pub fn rating(&self, scale: &crate::model::Scale, rating: &str) -> Style {
        let colour = scale
            .info(rating)
            .and_then(|i| i.colour.parse::<Color>().ok());
        match colour {
            Some(c) if self.color => Style::new().fg(Color::Black).bg(c),
            _ => Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        }
    }

    pub fn stance(&self, stance: crate::model::Stance) -> Style {
        use crate::model::Stance;
        let c = match stance {
            Stance::Supports => Color::Green,
            Stance::Refutes => Color::Red,
            Stance::Mixed => Color::Yellow,
            Stance::Context => Color::Gray,
        };
        self.fg(c).add_modifier(Modifier::BOLD)
    }

    /// The focused field of a form.
    pub fn field(&self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        }
    }

    pub fn cursor(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn placeholder(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }
}

impl Theme {
    /// A rating's bar in the overview: the scale's colour, or the plain foreground.
    pub fn rating_bar(&self, scale: &crate::model::Scale, rating: &str) -> Style {
        let colour = scale
            .info(rating)
            .and_then(|i| i.colour.parse::<Color>().ok());
        match colour {
            Some(c) if self.color => Style::new().fg(c),
            _ => Style::new(),
        }
    }

    /// The filled part of a claim's score bar in the list.
    pub fn score(&self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn gauge(&self) -> Style {
        self.fg(Color::Green)
    }

    /// A claim that matches the search, in the list.
    pub fn matched(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    /// A claim marked for a bulk action, in the list.
    pub fn marked(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
}

/// The groups of value kinds the article pane marks, each in its own style, in the legend's
/// order. Numbers and ordinals share one.
pub const VALUE_GROUPS: usize = 8;

/// The group of a value kind (an index below `VALUE_GROUPS`).
pub fn value_group(kind: ValueKind) -> u8 {
    match kind {
        ValueKind::Date | ValueKind::Time => 0,
        ValueKind::Duration | ValueKind::Range => 1,
        ValueKind::Age => 2,
        ValueKind::Quantity | ValueKind::Temperature => 3,
        ValueKind::Count => 4,
        ValueKind::Number | ValueKind::Ordinal => 5,
        ValueKind::Percent | ValueKind::Ratio => 6,
        ValueKind::Money => 7,
    }
}

impl Theme {
    /// A value of group `group` (see `value_group`) in the article. With colours, a colour of its
    /// own (a 256-colour index, distinct from the claim marks) in bold; without, a distinct mix of
    /// bold, italic and underline. Inside the selected claim (`on_selected`) the colour becomes
    /// the background, so the value stands out of the highlight.
    pub fn value_kind(&self, group: u8, on_selected: bool) -> Style {
        const COLOURS: [u8; VALUE_GROUPS] = [40, 44, 141, 39, 208, 203, 205, 178];
        const B: Modifier = Modifier::BOLD;
        const I: Modifier = Modifier::ITALIC;
        const U: Modifier = Modifier::UNDERLINED;
        let plain = [
            U,
            I,
            I.union(Modifier::DIM),
            B.union(I),
            B.union(U),
            B,
            I.union(U),
            B.union(I).union(U),
        ];
        let g = usize::from(group).min(VALUE_GROUPS - 1);
        if !self.color {
            return Style::new().add_modifier(plain[g]);
        }
        let c = Color::Indexed(COLOURS[g]);
        if on_selected {
            Style::new().bg(c).fg(Color::Black).add_modifier(B)
        } else {
            Style::new().fg(c).add_modifier(B)
        }
    }
}
