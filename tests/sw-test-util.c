/* sw-test-util.c — helpers shared by the widget tests
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sw-application.h"
#include "sw-test-util.h"
#include "sw-window.h"

gboolean
sw_test_init_display (int    *argc,
                      char ***argv)
{
  /* A Flatpak build sandbox or a plain ssh session has no display:
   * skip rather than fail, so the core tests still count. */
  const char *x11 = g_getenv ("DISPLAY");
  const char *wayland = g_getenv ("WAYLAND_DISPLAY");

  if ((x11 == NULL || *x11 == '\0') && (wayland == NULL || *wayland == '\0'))
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  return TRUE;
}

GApplication *
sw_test_application_new (void)
{
  static SwApplication *app;

  /* One per process: an application object stays exported on the bus
   * until it is finalized, which windows and actions can delay. */
  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = sw_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

  return G_APPLICATION (g_object_ref (app));
}

void
sw_test_iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

void
sw_test_present_and_wait (GtkWindow *window)
{
  gtk_window_present (window);
  g_assert_true (sw_test_wait_until (is_mapped, window, 5000));
  sw_test_iterate ();
}

static gboolean
timeout_reached (gpointer data)
{
  gboolean *reached = data;

  *reached = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
sw_test_wait_until (gboolean (*condition) (gpointer data),
                    gpointer   data,
                    guint      timeout_ms)
{
  gboolean reached = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_reached, &reached);

  while (!condition (data) && !reached)
    g_main_context_iteration (NULL, TRUE);

  if (!reached)
    g_source_remove (id);

  return condition (data);
}

static gboolean
accessible_label_matches (GtkWidget  *widget,
                          const char *label)
{
  if (label == NULL)
    return TRUE;

  if (GTK_IS_LABEL (widget))
    return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), label) == 0;
  if (GTK_IS_BUTTON (widget))
    return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;

  return g_strcmp0 (gtk_widget_get_name (widget), label) == 0;
}

GtkWidget *
sw_test_find_descendant (GtkWidget  *root,
                         GType       type,
                         const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && accessible_label_matches (root, label))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sw_test_find_descendant (child, type, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  else if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_visible (widget))
    {
      const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));

      g_string_append (out, text != NULL ? text : "");
      g_string_append_c (out, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

char *
sw_test_collect_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_text (root, out);

  return g_string_free (out, FALSE);
}

void
sw_test_close_toplevels_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i - 1);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type))
        gtk_window_destroy (GTK_WINDOW (item));
    }
  sw_test_iterate ();
}

GtkWidget *
sw_test_template_child (gpointer    widget,
                        GType       type,
                        const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

GtkWidget *
sw_test_window_child (gpointer    window,
                      const char *name)
{
  return sw_test_template_child (window, SW_TYPE_WINDOW, name);
}

void
sw_test_remove_tree (const char *path)
{
  g_autoptr(GDir) handle = g_dir_open (path, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        sw_test_remove_tree (child);
      else
        g_remove (child);
    }
  g_remove (path);
}

AdwMessageDialog *
sw_test_find_message_dialog (const char *body_part)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item) && gtk_widget_get_visible (GTK_WIDGET (item))
          && (body_part == NULL
              || strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (item)), body_part) != NULL))
        return ADW_MESSAGE_DIALOG (item);
    }

  return NULL;
}

gboolean
sw_test_message_shown (GtkWidget  *root,
                       const char *text)
{
  g_autofree char *shown = sw_test_collect_text (root);

  return strstr (shown, text) != NULL || sw_test_find_message_dialog (text) != NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} Message;

static gboolean
message_shown (gpointer data)
{
  Message *message = data;

  return sw_test_message_shown (message->root, message->text);
}

gboolean
sw_test_wait_for_message (GtkWidget  *root,
                          const char *text,
                          guint       timeout_ms)
{
  Message message = { root, text };

  return sw_test_wait_until (message_shown, &message, timeout_ms);
}

static gboolean
message_dialog_shown (gpointer data)
{
  AdwMessageDialog **out = data;

  *out = sw_test_find_message_dialog (NULL);
  return *out != NULL;
}

AdwMessageDialog *
sw_test_wait_for_message_dialog (guint timeout_ms)
{
  AdwMessageDialog *dialog = NULL;

  sw_test_wait_until (message_dialog_shown, &dialog, timeout_ms);
  return dialog;
}

/* Toasts */

static gboolean
in_toast (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (g_strcmp0 (G_OBJECT_TYPE_NAME (w), "AdwToastWidget") == 0)
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_toast_close_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") == 0 &&
      in_toast (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_close_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget *root;
  GtkWidget *button;
} Closing;

static gboolean
toast_gone (gpointer data)
{
  Closing *closing = data;

  return find_toast_close_button (closing->root) != closing->button;
}

void
sw_test_close_toasts (GtkWidget *root)
{
  for (guint i = 0; i < 50; i++)
    {
      Closing closing = { root, find_toast_close_button (root) };

      if (closing.button == NULL)
        return;
      g_signal_emit_by_name (closing.button, "clicked");
      g_assert_true (sw_test_wait_until (toast_gone, &closing, 2000));
    }
  g_assert_not_reached ();
}
