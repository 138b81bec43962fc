/* sw-test.c — what the tests share: fixtures of the core (the shipped dataset, tests/data,
 * meeting files) and, for the widget tests, the display, windows, messages and real input events
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file serves every test, built twice (tests/meson.build): as it is for the
 * core tests, which link the GLib-only core and no GTK, so that they run with no
 * display and prove the core needs none; and with SW_TEST_WIDGETS defined for
 * the widget tests, which adds the parts below that drive widgets.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#ifdef SW_TEST_WIDGETS
#include <gdk/x11/gdkx.h>

#include "sw-application.h"
#include "sw-recommendation-pane.h"
#include "sw-toast.h"
#include "sw-window.h"
#endif

#include "sw-test.h"

char *
sw_test_data_path (const char *first_part,
                   ...)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autofree char *below = NULL;
  va_list parts;

  va_start (parts, first_part);
  below = g_build_filename_valist (first_part, &parts);
  va_end (parts);

  return g_build_filename (dir, below, NULL);
}

SwDataset *
sw_test_load_dataset (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_str_equal (name, "shipped")
    ? g_test_build_filename (G_TEST_DIST, "..", "data", "datasets", "python-vs-nodejs.json", NULL)
    : g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  SwDataset *dataset = sw_dataset_new_from_path (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

SwMeeting *
sw_test_load_meeting_file (SwDataset  *dataset,
                       const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "meetings", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SwMeeting *meeting = sw_meeting_file_read_file (file, dataset, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

SwMeeting *
sw_test_new_meeting (SwDataset *dataset,
                     double     weight)
{
  SwMeeting *meeting = sw_meeting_new (dataset);
  guint n = sw_dataset_get_n_criteria (dataset);
  g_autofree double *weights = g_new (double, MAX (n, 1));

  for (guint c = 0; c < n; c++)
    weights[c] = weight;
  sw_meeting_restore (meeting, weights, NULL);

  return meeting;
}

void
sw_test_add_participant (SwMeeting   *meeting,
                         const char   *name,
                         const double *weights,
                         gboolean      voted)
{
  int index = sw_meeting_cast_ballot (meeting, name, weights);

  g_assert_cmpint (index, >=, 0);
  if (!voted)
    sw_meeting_set_participant_voted (meeting, index, FALSE);
}

void
sw_test_add_ana_ben_cleo (SwMeeting *meeting)
{
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 0);
  sw_meeting_add_participant (meeting, NULL);
  sw_meeting_add_participant (meeting, NULL);
  g_assert_cmpuint (sw_meeting_get_n_participants (meeting), ==, 3);
  g_assert_true (sw_meeting_rename_participant (meeting, 0, "Ana"));
  g_assert_true (sw_meeting_rename_participant (meeting, 1, "Ben"));
  g_assert_true (sw_meeting_rename_participant (meeting, 2, "Cleo"));
}

void
sw_test_assert_contains (const char *text,
                         const char *part)
{
  if (text == NULL || strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text != NULL ? text : "(null)");
}

char *
sw_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

char *
sw_test_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("stackwise-test-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

void
sw_test_remove_tree (const char *path)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  /* A folder a test made read-only, to see a save fail, is emptied too. */
  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    g_chmod (path, 0700);
  handle = g_dir_open (path, 0, NULL);
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

GDateTime *
sw_test_meeting_day (void)
{
  return g_date_time_new_utc (2026, 3, 14, 9, 30, 0);
}

/* What follows drives widgets: the widget tests alone build it. */
#ifdef SW_TEST_WIDGETS

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

void
sw_test_wait_ms (guint ms)
{
  gboolean reached = FALSE;

  g_timeout_add (ms, timeout_reached, &reached);
  while (!reached)
    g_main_context_iteration (NULL, TRUE);
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

void
sw_test_close_window (GtkWindow *window)
{
  sw_test_close_toplevels_of_type (ADW_TYPE_MESSAGE_DIALOG);
  if (window != NULL)
    gtk_window_destroy (window);
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

gboolean
sw_test_robustness_settled (gpointer pane)
{
  return !sw_recommendation_pane_get_robustness_pending (pane);
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

char *
sw_test_shown_toasts (GtkWidget *overlay,
                      guint     *n_shown)
{
  GString *text = g_string_new (NULL);
  guint n = 0;

  /* libadwaita makes each shown toast an AdwToastWidget child of the overlay. */
  for (GtkWidget *child = gtk_widget_get_first_child (overlay);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (G_OBJECT_TYPE_NAME (child), "AdwToastWidget") == 0)
      {
        g_autofree char *part = sw_test_collect_text (child);

        g_string_append_printf (text, "%s\n", part);
        n++;
      }

  if (n_shown != NULL)
    *n_shown = n;
  return g_string_free (text, FALSE);
}

typedef struct
{
  GtkWidget       *root;
  AdwToastOverlay *overlay;
  GtkWidget       *button;
} Closing;

static gboolean
toast_gone (gpointer data)
{
  Closing *closing = data;

  return find_toast_close_button (closing->root) != closing->button;
}

/* A toast is shown, or none waits its turn (src/sw-toast.c). */
static gboolean
toast_shown_or_none_waiting (gpointer data)
{
  Closing *closing = data;

  closing->button = find_toast_close_button (closing->root);
  return closing->button != NULL ||
         closing->overlay == NULL ||
         sw_toast_get_n_waiting (closing->overlay) == 0;
}

void
sw_test_close_toasts (GtkWidget *root)
{
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (sw_test_find_descendant (root, ADW_TYPE_TOAST_OVERLAY, NULL));

  for (guint i = 0; i < 50; i++)
    {
      Closing closing = { root, overlay, NULL };
      gboolean animated;

      /* A toast waiting its turn comes once the one before has slid out. */
      g_assert_true (sw_test_wait_until (toast_shown_or_none_waiting, &closing, 2000));
      if (closing.button == NULL)
        return;
      /* As a user would, once it is in place: libadwaita 1.2 crashes when a
       * toast is closed while it still slides in (see src/sw-toast.c). */
      g_object_get (gtk_widget_get_settings (root), "gtk-enable-animations", &animated, NULL);
      if (animated)
        sw_test_wait_ms (600);
      g_signal_emit_by_name (closing.button, "clicked");
      g_assert_true (sw_test_wait_until (toast_gone, &closing, 2000));
    }
  g_assert_not_reached ();
}

/* Real input events: the pointer, the wheel, the keyboard (xdotool).
 *
 * Calls on widgets skip the path where many real faults live: an event
 * reaching the widget under the pointer, a focus controller outliving its
 * widget. These go through the X server instead, as a user's would. */

gboolean
sw_test_input_available (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("real input events need an X11 display");
      return FALSE;
    }
  if (xdotool == NULL)
    {
      g_test_skip ("real input events need xdotool");
      return FALSE;
    }

  return TRUE;
}

void
sw_test_input_sync (void)
{
  /* A round trip: whatever the server sent before its reply is read. */
  gdk_display_sync (gdk_display_get_default ());
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
run_xdotool (GPtrArray *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_ptr_array_insert (argv, 0, g_strdup ("xdotool"));
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("xdotool failed: %s: %s", error->message, err);

  sw_test_input_sync ();
}

void
sw_test_input_xdotool (const char *first_arg,
                       ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  va_list args;

  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);

  run_xdotool (argv);
}

void
sw_test_input_move_to (GtkWidget *widget,
                       double     x,
                       double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  double surface_x, surface_y;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (native);
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);

  g_ptr_array_add (argv, g_strdup ("mousemove"));
  g_ptr_array_add (argv, g_strdup ("--window"));
  g_ptr_array_add (argv, g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (native))));
  g_ptr_array_add (argv, g_strdup_printf ("%d", (int) (point.x + surface_x)));
  g_ptr_array_add (argv, g_strdup_printf ("%d", (int) (point.y + surface_y)));
  run_xdotool (argv);
}

void
sw_test_input_move_to_centre (GtkWidget *widget)
{
  sw_test_input_move_to (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0);
}

#endif /* SW_TEST_WIDGETS */
