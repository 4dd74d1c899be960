"""Every command and key reaches an action of its own, and no screen's action hides Textual's."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

from textual.binding import Binding
from textual.screen import ModalScreen, Screen

import mingle.ui.screens
from mingle.ui.app import MingleApp
from mingle.ui.commands import APP_COMMANDS

TEXTUAL_ACTIONS = {name for base in (Screen, ModalScreen) for name in dir(base)
                   if name.startswith("action_")}


def screen_classes() -> Iterator[type[Screen]]:
    """Every screen and dialog class defined in mingle/ui/screens."""
    for info in pkgutil.iter_modules(mingle.ui.screens.__path__, "mingle.ui.screens."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Screen) and cls.__module__ == module.__name__:
                yield cls


def has_action(screen: type[Screen], action: str) -> bool:
    """True when the action (as a binding or a command names it) is a method of its target."""
    target: type = MingleApp if action.startswith("app.") else screen
    name = action.removeprefix("app.").split("(")[0]
    return callable(getattr(target, f"action_{name}", None))


def test_every_command_and_binding_reaches_an_action():
    screens = list(screen_classes())
    assert len(screens) > 15
    missing = [f"{screen.__name__}: {command.id} → {command.action}"
               for screen in screens for command in getattr(screen, "COMMAND_LIST", ())
               if not has_action(screen, command.action)]
    missing += [f"{screen.__name__}: {binding.id} → {binding.action}"
                for screen in screens for binding in vars(screen).get("BINDINGS", ())
                if isinstance(binding, Binding) and not has_action(screen, binding.action)]
    missing += [f"app: {command.id} → {command.action}" for command in APP_COMMANDS
                if not has_action(MingleApp, command.action)]
    assert missing == []


def test_no_screen_action_shadows_one_of_textual():
    shadowing = sorted(
        f"{screen.__name__}.{name}"
        for screen in screen_classes()
        for klass in screen.__mro__ if klass.__module__.startswith("mingle.")
        for name in vars(klass) if name in TEXTUAL_ACTIONS
    )
    assert shadowing == []
