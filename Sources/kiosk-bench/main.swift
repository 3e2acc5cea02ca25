print("kiosk-bench")
