"""Widgets the kiosk and the desk share: icon tiles, steppers, the staff PIN pad."""
