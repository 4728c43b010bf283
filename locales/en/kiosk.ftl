# Strings of the touchscreen kiosk.
picker-title = Choose your language
picker-hint = Touch your language
home-title = Information about voluntary return
home-appointment = Ask for a counsellor
home-status = Check my request
topic-back-to-category = More topics
kiosk-idle-warning = Is anyone here? The screen will be cleared in { $seconds } seconds.
kiosk-idle-continue = I am still here
kiosk-keyboard = Keyboard
kiosk-keyboard-hide = Hide keyboard
kiosk-cleared = Everything was cleared.
kiosk-step = Step { $step } of { $total }
kiosk-next = Next
kiosk-print-hint = Show this code to a counsellor.
