/* sw-test-util.h — helpers shared by the widget tests
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

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
/* Removes a folder and all it holds (links are removed, not followed). */
void       sw_test_remove_tree    (const char  *path);
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
/* Destroys every toplevel of that type (dialogs, About, shortcuts), then iterates. */
void       sw_test_close_toplevels_of_type (GType type);
/* Closes the toast shown below @root, and those queued behind it, with their
 * close buttons, as a person would (a toast waits for the one before it). */
void       sw_test_close_toasts   (GtkWidget   *root);

G_END_DECLS
