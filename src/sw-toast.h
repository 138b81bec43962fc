/* sw-toast.h — showing toasts one at a time, taking them back safely, and toasts that offer Undo
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-meeting.h"

G_BEGIN_DECLS

/* Shows @toast (taking the reference) once @overlay shows no other toast,
 * not even one sliding out; the toasts wait their turn in order. Every toast
 * of the app goes through here, never adw_toast_overlay_add_toast(). */
void sw_toast_add        (AdwToastOverlay *overlay,
                          AdwToast        *toast);

/* How many toasts given to sw_toast_add() wait their turn. */
guint sw_toast_get_n_waiting (AdwToastOverlay *overlay);

/* Shows @title with an Undo button (the window's "win.undo") for as long as
 * the change it names is the meeting's last: the next change of @meeting,
 * an undo included, takes the toast back. */
void sw_toast_offer_undo (AdwToastOverlay *overlay,
                          SwMeeting       *meeting,
                          const char      *title);

/* Takes back a toast given to sw_toast_add(): one still waiting never shows;
 * one still sliding in is taken back once it is in place (see sw-toast.c). */
void sw_toast_dismiss    (AdwToastOverlay *overlay,
                          AdwToast        *toast);

G_END_DECLS
