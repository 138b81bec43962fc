/* sw-toast.h — toasts that offer to undo the last change, and taking a toast back safely
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-meeting.h"

G_BEGIN_DECLS

/* Shows @title with an Undo button (the window's "win.undo") for as long as
 * the change it names is the meeting's last: the next change of @meeting,
 * an undo included, takes the toast back. */
void sw_toast_offer_undo (AdwToastOverlay *overlay,
                          SwMeeting       *meeting,
                          const char      *title);

/* Takes back a toast that @overlay shows or has queued. A toast still sliding
 * in is taken back once it is in place (see sw-toast.c). */
void sw_toast_dismiss    (AdwToastOverlay *overlay,
                          AdwToast        *toast);

G_END_DECLS
