#ifndef GLOSTEN_CQRENCODE_SHIM_H
#define GLOSTEN_CQRENCODE_SHIM_H

/* libqrencode's API: QRcode_encodeString, QRcode_free and the QRcode struct. */
#include <qrencode.h>

#endif
