/* sw-qr-code.h — a QR code drawn crisply at any size, for a phone across the room
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The quiet zone around the code, in modules, as the standard asks. */
#define SW_QR_CODE_QUIET_ZONE 4

#define SW_TYPE_QR_CODE (sw_qr_code_get_type ())

G_DECLARE_FINAL_TYPE (SwQrCode, sw_qr_code, SW, QR_CODE, GtkWidget)

/* What the code says (libqrencode, error correction level M); NULL draws nothing. */
void        sw_qr_code_set_text    (SwQrCode   *self,
                                    const char *text);
const char *sw_qr_code_get_text    (SwQrCode   *self);
/* Modules per side without the quiet zone; 0 with no text. */
guint       sw_qr_code_get_modules (SwQrCode   *self);

G_END_DECLS
