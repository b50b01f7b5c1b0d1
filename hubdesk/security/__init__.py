"""Secrets and credentials: data keys for the encrypted store, hub-key sealing, QR passes, PINs.

No Qt and no database here; this package depends only on `hubdesk.domain`. Nothing in it logs or
puts a secret or personal value into an exception message.
"""
