#ifndef KIOSK_CPCSC_SHIM_H
#define KIOSK_CPCSC_SHIM_H
#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>
#include <PCSC/pcsclite.h>
#endif
