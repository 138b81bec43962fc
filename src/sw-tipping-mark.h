/* sw-tipping-mark.h — a slider's tipping point, drawn above it in words
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SW_TYPE_TIPPING_MARK (sw_tipping_mark_get_type ())

G_DECLARE_FINAL_TYPE (SwTippingMark, sw_tipping_mark, SW, TIPPING_MARK, GtkWidget)

/* Drawn over @scale (give it the scale's allocation): a tick and a label at
 * a value, where the scale's top mark would be. The scale keeps one empty
 * top mark for the room it takes. Moving the mark only redraws it, where
 * changing a GtkScale's marks rebuilds their widgets and lays the row out
 * again: during a drag, the other sliders' points move on every frame. */
GtkWidget  *sw_tipping_mark_new        (GtkScale      *scale);
/* @markup at @value; NULL hides the mark. */
void        sw_tipping_mark_set        (SwTippingMark *self,
                                        double         value,
                                        const char    *markup);
double      sw_tipping_mark_get_value  (SwTippingMark *self);
/* The markup shown, NULL when hidden. */
const char *sw_tipping_mark_get_markup (SwTippingMark *self);

G_END_DECLS
