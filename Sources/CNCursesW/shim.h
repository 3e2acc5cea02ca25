#ifndef KIOSK_CNCURSESW_SHIM_H
#define KIOSK_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* glibc's wcwidth is not exported by Swift's Glibc module; it returns -1 until setlocale is called. */
int wcwidth(wchar_t c);

/* Macros and globals Swift cannot import (or, in Swift 6 mode, may not touch) exposed as functions. */
static inline attr_t kiosk_attr_normal(void) { return A_NORMAL; }
static inline attr_t kiosk_attr_bold(void) { return A_BOLD; }
static inline attr_t kiosk_attr_reverse(void) { return A_REVERSE; }
static inline attr_t kiosk_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t kiosk_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }
static inline int kiosk_key_f(int n) { return KEY_F(n); }
static inline int kiosk_key_code_yes(void) { return KEY_CODE_YES; }
static inline int kiosk_err(void) { return ERR; }
static inline int kiosk_ok(void) { return OK; }
static inline WINDOW *kiosk_stdscr(void) { return stdscr; }
static inline int kiosk_colors(void) { return COLORS; }
static inline int kiosk_color_pairs(void) { return COLOR_PAIRS; }
static inline int kiosk_cchar_max(void) { return CCHARW_MAX; }

#endif
