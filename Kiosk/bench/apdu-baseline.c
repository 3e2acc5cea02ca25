/*
 * Minimal C baseline for the card benchmark: sends the kiosk's social-security card APDU sequence
 * (SELECT by name, then READ RECORD by tag for eight fields) through pcscd, timing each read from
 * SCardConnect to the last response. Follows 61xx/6Cxx like the kiosk does.
 * Usage: apdu-baseline "<reader name>" <reads>
 * Prints one line per read: elapsed microseconds and APDU count.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <winscard.h>

static const unsigned char select_app[] = {0x00, 0xA4, 0x04, 0x00, 0x0F, 0x73, 0x78, 0x31, 0x2E, 0x73,
                                           0x68, 0x2E, 0xC9, 0xE7, 0xBB, 0xE1, 0xB1, 0xA3, 0xD5, 0xCF};
static const unsigned char fields[][2] = {{6, 0x08}, {6, 0x09}, {6, 0x0B}, {6, 0x0D},
                                          {5, 0x03}, {5, 0x05}, {5, 0x06}, {5, 0x07}};

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/* Sends one command, following T=0 procedure bytes; returns 0 on 9000. */
static int send(SCARDHANDLE card, DWORD proto, const unsigned char *cmd, DWORD len, int *apdus) {
    unsigned char buf[300], next[5];
    SCARD_IO_REQUEST pci = {proto, sizeof(SCARD_IO_REQUEST)};
    const unsigned char *c = cmd;
    DWORD clen = len;
    for (int i = 0; i < 9; i++) {
        DWORD rlen = sizeof(buf);
        (*apdus)++;
        if (SCardTransmit(card, &pci, c, clen, NULL, buf, &rlen) != SCARD_S_SUCCESS || rlen < 2) return -1;
        unsigned char sw1 = buf[rlen - 2], sw2 = buf[rlen - 1];
        if (sw1 == 0x61) {
            unsigned char gr[5] = {0x00, 0xC0, 0x00, 0x00, sw2};
            memcpy(next, gr, 5); c = next; clen = 5;
        } else if (sw1 == 0x6C) {
            memcpy(next, c, 4); next[4] = sw2; c = next; clen = 5;
        } else {
            return (sw1 == 0x90 && sw2 == 0x00) ? 0 : -1;
        }
    }
    return -1;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: %s READER COUNT\n", argv[0]); return 2; }
    int count = atoi(argv[2]);
    SCARDCONTEXT ctx;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, NULL, NULL, &ctx) != SCARD_S_SUCCESS) return 1;
    for (int i = 0; i < count; i++) {
        double start = now_us();
        SCARDHANDLE card;
        DWORD proto;
        int apdus = 0;
        if (SCardConnect(ctx, argv[1], SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &proto)
            != SCARD_S_SUCCESS) return 1;
        if (send(card, proto, select_app, sizeof(select_app), &apdus) != 0) return 1;
        for (size_t f = 0; f < sizeof(fields) / sizeof(fields[0]); f++) {
            unsigned char rr[5] = {0x00, 0xB2, fields[f][1], (unsigned char)(fields[f][0] << 3), 0x00};
            if (send(card, proto, rr, 5, &apdus) != 0) return 1;
        }
        SCardDisconnect(card, SCARD_LEAVE_CARD);
        printf("%.1f %d\n", now_us() - start, apdus);
    }
    SCardReleaseContext(ctx);
    return 0;
}
