/* sw-test-input.h — real input events for the widget tests: the pointer, the wheel, the keyboard (xdotool)
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* TRUE when events can go through the X server (an X11 display and xdotool);
 * otherwise marks the running test skipped, with the reason. */
gboolean sw_test_input_available (void);
/* Runs xdotool with these arguments, then lets every event it caused reach
 * the widgets. Fails the test when xdotool does. */
void     sw_test_input_xdotool   (const char *first_arg,
                                  ...) G_GNUC_NULL_TERMINATED;
/* Moves the pointer to (x, y) in the widget's own coordinates. */
void     sw_test_input_move_to   (GtkWidget  *widget,
                                  double      x,
                                  double      y);
/* Moves the pointer to the middle of the widget. */
void     sw_test_input_move_to_centre (GtkWidget *widget);
/* The events the X server already sent are handled, and the frames they asked for drawn. */
void     sw_test_input_sync      (void);

G_END_DECLS
