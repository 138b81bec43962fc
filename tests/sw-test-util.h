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
/* Destroys every toplevel of that type (dialogs, About, shortcuts), then iterates. */
void       sw_test_close_toplevels_of_type (GType type);

G_END_DECLS
