//! The one shape of the panes and popups (gitui's components): each answers an action with a
//! `Reply` and draws from `&self` and the read-only `Ctx`.

use super::action::Action;
use super::ctx::Ctx;
use super::effects::Effect;
use super::keymap::Mode;
use super::state::{Command, PickKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::any::Any;

/// What a component did with an action.
#[derive(Debug)]
pub enum Reply {
    /// Taken: nothing more to do.
    Consumed,
    /// Not for this component: the workbench may act on it.
    NotMine,
    /// Close the popup.
    Close,
    /// The popup's work is done: what it asks the workbench to do (the popup stays open until
    /// the workbench answers, so a refused write can be fixed in it).
    Submit(Request),
    /// Close the popup and say this sentence.
    Error(String),
}

/// What a popup asks the workbench for when the reviewer submits it.
#[derive(Debug)]
pub enum Request {
    /// A change for the executor to carry out.
    Write(Effect),
    /// Dismiss the claim: ask first.
    Dismiss {
        claim: i64,
        version: Option<i64>,
        reason: String,
    },
    /// New wording for the claim (nothing happens when it is the same).
    Edit {
        claim: i64,
        text: String,
        version: Option<i64>,
    },
    /// Dismiss with a reason typed rather than a preset one.
    TypeReason,
    /// An item of a list was picked.
    Picked(PickKind, i64),
    /// A `:` command.
    Command(Command),
}

pub trait Component {
    /// React to an action; by default nothing is taken.
    fn handle(&mut self, action: Action) -> Reply {
        let _ = action;
        Reply::NotMine
    }

    /// Draw into `area` of `buf`; `ctx` is everything else the component may read.
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx);
}

/// A component that takes the keyboard (its own key mode) until it closes.
pub trait Popup: Component {
    fn mode(&self) -> Mode;

    /// A write the popup asked for was refused: show `sentence` and stay open (true), or leave
    /// it to the workbench (false). `version` is the claim's version read again after a stale
    /// write, to redo the change on.
    fn refused(&mut self, sentence: String, version: Option<i64>) -> bool {
        let _ = (sentence, version);
        false
    }

    /// The mouse wheel moves through the popup's list.
    fn wheel_scrolls(&self) -> bool {
        false
    }

    /// Whether closing the popup now would lose text the reviewer typed (Ctrl-C asks first).
    fn typed_text(&self) -> bool {
        false
    }

    /// Drawn in the message line rather than over the screen.
    fn on_message_line(&self) -> bool {
        false
    }

    /// For tests and inspection: the concrete popup.
    fn as_any(&self) -> &dyn Any;
}
