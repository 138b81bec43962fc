/* test-window.c — the main window: title, main parts, actions
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-application.h"
#include "sw-test-util.h"
#include "sw-window.h"

static GtkWidget *
template_child (SwWindow   *window,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), SW_TYPE_WINDOW, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static void
test_window_parts (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = sw_window_new (SW_APPLICATION (app));
  AdwWindowTitle *title;

  sw_test_present_and_wait (GTK_WINDOW (window));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Stackwise");
  title = ADW_WINDOW_TITLE (template_child (window, "window_title"));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Stackwise");
  /* The subtitle says which comparison is loaded and where from. */
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (title), "Python vs Node.js"));
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (title), "built-in"));

  g_assert_true (ADW_IS_HEADER_BAR (template_child (window, "header_bar")));
  g_assert_true (GTK_IS_MENU_BUTTON (template_child (window, "primary_menu_button")));
  g_assert_true (GTK_IS_STACK (template_child (window, "page_stack")));
  g_assert_true (GTK_IS_STACK_SIDEBAR (template_child (window, "page_sidebar")));
  g_assert_true (gtk_widget_get_mapped (template_child (window, "page_stack")));

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

static gboolean
has_visible_toplevel_of_type (gpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type) && gtk_widget_get_visible (GTK_WIDGET (item)))
        return TRUE;
    }

  return FALSE;
}

static void
close_toplevels_of_type (GType type)
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

static void
test_window_actions (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = sw_window_new (SW_APPLICATION (app));
  g_auto(GStrv) quit_accels = NULL;
  g_auto(GStrv) close_accels = NULL;
  g_auto(GStrv) help_accels = NULL;

  sw_test_present_and_wait (GTK_WINDOW (window));

  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_true (g_strv_contains ((const char * const *)quit_accels, "<Control>q"));
  close_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "window.close");
  g_assert_true (g_strv_contains ((const char * const *)close_accels, "<Control>w"));
  help_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *)help_accels, "<Control>question"));

  /* Keyboard Shortcuts */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (sw_test_wait_until (has_visible_toplevel_of_type,
                                     GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW), 5000));
  close_toplevels_of_type (GTK_TYPE_SHORTCUTS_WINDOW);

  /* About */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.about", NULL));
  g_assert_true (sw_test_wait_until (has_visible_toplevel_of_type,
                                     GSIZE_TO_POINTER (ADW_TYPE_ABOUT_WINDOW), 5000));
  close_toplevels_of_type (ADW_TYPE_ABOUT_WINDOW);

  /* Close window */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  sw_test_iterate ();
  g_assert_null (window);
}

static void
test_window_quit (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *first = sw_window_new (SW_APPLICATION (app));
  SwWindow *second = sw_window_new (SW_APPLICATION (app));

  sw_test_present_and_wait (GTK_WINDOW (first));
  sw_test_present_and_wait (GTK_WINDOW (second));

  g_object_add_weak_pointer (G_OBJECT (first), (gpointer *)&first);
  g_object_add_weak_pointer (G_OBJECT (second), (gpointer *)&second);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  sw_test_iterate ();

  g_assert_null (first);
  g_assert_null (second);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
test_window_size_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window;
  int width, height;

  window = sw_window_new (SW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);

  window = sw_window_new (SW_APPLICATION (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 720);
  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

  g_test_add_func ("/stackwise/window/parts", test_window_parts);
  g_test_add_func ("/stackwise/window/actions", test_window_actions);
  g_test_add_func ("/stackwise/window/quit", test_window_quit);
  g_test_add_func ("/stackwise/window/size-remembered", test_window_size_remembered);

  return g_test_run ();
}
