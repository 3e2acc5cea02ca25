// kiosk-cardsim: puts virtual cards into the vpcd readers of pcscd.
CardSimulatorCommand.main()
