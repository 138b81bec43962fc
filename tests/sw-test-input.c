/* sw-test-input.c — real input events for the widget tests: the pointer, the wheel, the keyboard (xdotool)
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls on widgets skip the path where many real faults live: an event
 * reaching the widget under the pointer, a focus controller outliving its
 * widget. These go through the X server instead, as a user's would.
 */

#include "config.h"

#include <gdk/x11/gdkx.h>

#include "sw-test-input.h"

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
