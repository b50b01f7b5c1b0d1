"""The family kiosk: sign in and out in a few taps, in your own language. See docs/kiosk.md."""
