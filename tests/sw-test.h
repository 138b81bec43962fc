/* sw-test.h — what the tests share: fixtures of the core (the shipped dataset, tests/data,
 * meeting files) and, for the widget tests, the display, windows, messages and real input events
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The part below SW_TEST_WIDGETS needs GTK and is there only in the widget
 * tests, which tests/meson.build builds with that defined; the core tests see
 * and link the GLib part alone (see sw-test.c).
 */

#pragma once

#include "sw-dataset.h"
#include "sw-meeting-file.h"

#ifdef SW_TEST_WIDGETS
#include <adwaita.h>
#endif

G_BEGIN_DECLS

/* The path of a file in tests/data: the parts, then NULL, as g_build_filename() takes them. */
char       *sw_test_data_path     (const char *first_part,
                                   ...) G_GNUC_NULL_TERMINATED;
/* "shipped" is data/datasets/python-vs-nodejs.json; any other name is a file in
 * tests/data. Fails the test unless it loads. */
SwDataset  *sw_test_load_dataset  (const char *name);

/* A file in tests/data/meetings, for @dataset, as a meeting. Fails the test unless it loads. */
SwMeeting *sw_test_load_meeting_file (SwDataset  *dataset,
                                   const char *name);

/* A new meeting: one person alone with every weight at @weight. */
SwMeeting *sw_test_new_meeting     (SwDataset    *dataset,
                                     double        weight);
/* Adds a participant as a ballot would (the one person alone gives way), then
 * takes back their vote when @voted is FALSE. */
void        sw_test_add_participant (SwMeeting   *meeting,
                                     const char   *name,
                                     const double *weights,
                                     gboolean      voted);
/* Makes the one person deciding alone a team of three, Ana, Ben and Cleo:
 * two participants added (the first makes a team of two), then all named. */
void        sw_test_add_ana_ben_cleo (SwMeeting  *meeting);

/* Fails the test, showing @text, unless @part is in it. */
void        sw_test_assert_contains (const char   *text,
                                     const char   *part);
/* A file's whole text; fails the test unless it reads. */
char       *sw_test_read_file       (const char   *path);
/* A new folder in the temporary folder; fails the test unless it is made. */
char       *sw_test_make_temp_dir   (void);
/* Removes a folder and all it holds, read-only or not (links are removed, not followed). */
void        sw_test_remove_tree     (const char   *path);
/* The day the tests' meetings are held, for exports that print a date: 14 March 2026, 09:30 UTC. */
GDateTime  *sw_test_meeting_day     (void);

#ifdef SW_TEST_WIDGETS

/* TRUE when a display is there; otherwise prints the TAP plan that skips all. */
gboolean   sw_test_init_display   (int          *argc,
                                   char       ***argv);
/* A new reference to the process's one application: registered on the
 * session bus, started up, not running a main loop. */
GApplication *sw_test_application_new (void);
void       sw_test_present_and_wait (GtkWindow *window);
void       sw_test_iterate        (void);
gboolean   sw_test_wait_until     (gboolean   (*condition) (gpointer data),
                                   gpointer     data,
                                   guint        timeout_ms);
/* Runs the main loop for @ms: animations, fades and the frames they ask for. */
void       sw_test_wait_ms        (guint        ms);
GtkWidget *sw_test_find_descendant (GtkWidget  *root,
                                   GType        type,
                                   const char  *accessible_label_or_null);
char      *sw_test_collect_text   (GtkWidget  *root);
/* A template child of @widget's class @type; the test fails when there is none. */
GtkWidget *sw_test_template_child (gpointer     widget,
                                   GType        type,
                                   const char  *name);
/* A template child of the window (SwWindow), likewise. */
GtkWidget *sw_test_window_child   (gpointer     window,
                                   const char  *name);
/* The first visible message dialog whose body contains @body_part (any, when
 * NULL); NULL when there is none. */
AdwMessageDialog *sw_test_find_message_dialog (const char *body_part);
/* Waits for a message dialog to be shown; NULL when none is by then. */
AdwMessageDialog *sw_test_wait_for_message_dialog (guint timeout_ms);
/* TRUE when @text is in a visible label below @root or in a message dialog's body. */
gboolean   sw_test_message_shown  (GtkWidget   *root,
                                   const char  *text);
/* Waits until sw_test_message_shown(); FALSE when it is not by then. */
gboolean   sw_test_wait_for_message (GtkWidget   *root,
                                     const char  *text,
                                     guint        timeout_ms);
/* The end of a window's test: the message dialogs left open are closed, then
 * @window (may be NULL) is destroyed, and the main loop lets both go. */
void       sw_test_close_window   (GtkWindow   *window);
/* Destroys every toplevel of that type (dialogs, About, shortcuts), then iterates. */
void       sw_test_close_toplevels_of_type (GType type);
/* A condition for sw_test_wait_until(): TRUE once the recommendation pane
 * (@pane) has no robustness estimate still to come. */
gboolean   sw_test_robustness_settled (gpointer pane);
/* Closes the toast shown below @root, and those queued behind it, with their
 * close buttons, as a person would (a toast waits for the one before it). */
void       sw_test_close_toasts   (GtkWidget   *root);
/* The text of the toasts @overlay shows now, sliding or in place, each on a
 * line of its own ("" when none); their number in @n_shown unless NULL. */
char      *sw_test_shown_toasts   (GtkWidget   *overlay,
                                   guint       *n_shown);

/* Real input events through the X server (xdotool). */
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

#endif /* SW_TEST_WIDGETS */

G_END_DECLS
