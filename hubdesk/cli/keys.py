"""`hubdesk keys`: the store's data key and the three ways it is kept."""

from __future__ import annotations

import argparse

from hubdesk.cli.common import add_store_argument, ask_secret, store_path
from hubdesk.security import keys
from hubdesk.services import stores


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("keys", help="passphrase, recovery code, keyring and key rotation")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True)
    for name, help_text in (
        ("status", "how this store is unlocked"),
        ("unlock-recovery", "open with the recovery code and choose a new passphrase"),
        ("change-passphrase", "set a new admin passphrase"),
        ("rotate", "re-encrypt the store under a new data key (shows a new recovery code)"),
        ("keyring", "keep the key in the OS keyring for unattended start"),
        ("forget-keyring", "remove the key from the OS keyring (the passphrase is then asked)"),
    ):
        v = verbs.add_parser(name, help=help_text)
        add_store_argument(v)
        v.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = store_path(args)
    verb = args.verb
    if verb == "status":
        print(f"store:    {path}")
        print(f"key file: {keys.key_file_path(path)}")
        print(f"demo:     {keys.is_demo(path)}")
        print(f"keyring:  {'yes' if keys.unlock_unattended(path) else 'no'}")
        print(f"rotation: {'pending' if keys.rotation_pending(path) else 'none'}")
        return 0
    if verb == "unlock-recovery":
        code = ask_secret("Recovery code: ", "HUBDESK_RECOVERY_CODE")
        new = ask_secret("New admin passphrase: ", "HUBDESK_NEW_PASSPHRASE")
        stores.change_passphrase(path, recovery_code=code, new_passphrase=new)
        print("Passphrase changed. The recovery code still works.")
        return 0
    if verb == "change-passphrase":
        old = ask_secret("Current passphrase: ")
        new = ask_secret("New admin passphrase: ", "HUBDESK_NEW_PASSPHRASE")
        stores.change_passphrase(path, passphrase=old, new_passphrase=new)
        print("Passphrase changed.")
        return 0
    if verb == "rotate":
        passphrase = ask_secret("Store passphrase: ")
        code = stores.rotate_key(path, passphrase)
        print("The store is now encrypted under a new key. The old recovery code no longer works.")
        print(f"\nNEW RECOVERY CODE (shown only now):\n\n    {code}\n")
        return 0
    if verb == "keyring":
        passphrase = ask_secret("Store passphrase: ")
        key = keys.unlock_with_passphrase(path, passphrase)
        made = keys.store_keyring_entry(path, key)
        print("Kept in the OS keyring." if made else "No OS keyring is available on this machine.")
        return 0 if made else 1
    if verb == "forget-keyring":
        keys.forget_keyring_entry(path)
        print("Removed from the OS keyring.")
        return 0
    raise AssertionError(verb)
