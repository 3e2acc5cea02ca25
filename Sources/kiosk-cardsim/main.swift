print("kiosk-cardsim")
