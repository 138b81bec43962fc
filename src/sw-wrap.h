/* sw-wrap.h — a floor under the width of wrapping labels
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The narrowest a wrapping label of the Decide page, the team panel and the
 * recommendation pane may be, in average characters. */
#define SW_WRAP_MIN_CHARS 8

/* Gives @label a minimum width of SW_WRAP_MIN_CHARS characters if it wraps
 * without ellipsizing and has no width in characters of its own. */
void sw_wrap_floor_label  (GtkLabel  *label);

/* The same for every label within @widget, @widget included. */
void sw_wrap_floor_within (GtkWidget *widget);

G_END_DECLS
