/* test-zoom.c — zoom and present mode: the steps, and the style that stays in its own window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "sw-application.h"
#include "sw-recommendation-pane.h"
#include "sw-test.h"
#include "sw-window.h"
#include "sw-zoom.h"

static GtkWidget *
new_window_with_label (GtkWidget **label)
{
  GtkWidget *window = gtk_window_new ();

  *label = gtk_label_new ("Python fits better");
  gtk_window_set_child (GTK_WINDOW (window), *label);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 900);
  sw_test_present_and_wait (GTK_WINDOW (window));

  return window;
}

static int
text_height (GtkWidget *label)
{
  int natural;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (label)));
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);

  return natural;
}

static void
test_zoom_steps (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWidget *label;
  GtkWidget *window = new_window_with_label (&label);
  g_autoptr(SwZoom) zoom = sw_zoom_new (window, settings);

  g_settings_reset (settings, "zoom");
  g_assert_cmpfloat (sw_zoom_get_scale (zoom), ==, 1.0);
  g_assert_false (sw_zoom_can_step (zoom, 0));
  sw_zoom_step (zoom, 1);
  g_assert_cmpfloat (g_settings_get_double (settings, "zoom"), ==, 1.1);
  g_assert_cmpfloat (sw_zoom_get_scale (zoom), ==, 1.1);
  g_assert_true (gtk_widget_has_css_class (window, sw_zoom_get_css_class (zoom)));
  g_assert_true (sw_zoom_can_step (zoom, 0));
  sw_zoom_step (zoom, 0);
  g_assert_cmpfloat (sw_zoom_get_scale (zoom), ==, 1.0);
  g_assert_false (gtk_widget_has_css_class (window, sw_zoom_get_css_class (zoom)));

  /* The smallest and largest steps end the way. */
  for (int i = 0; i < 20; i++)
    sw_zoom_step (zoom, -1);
  g_assert_cmpfloat (sw_zoom_get_scale (zoom), ==, 0.5);
  g_assert_false (sw_zoom_can_step (zoom, -1));
  for (int i = 0; i < 20; i++)
    sw_zoom_step (zoom, 1);
  g_assert_cmpfloat (sw_zoom_get_scale (zoom), ==, 3.0);
  g_assert_false (sw_zoom_can_step (zoom, 1));

  /* Not a number in the settings reads as the desktop's size. */
  g_settings_set_double (settings, "zoom", NAN);
  g_assert_cmpfloat (sw_zoom_get_scale (zoom), ==, 1.0);

  g_settings_reset (settings, "zoom");
  g_clear_object (&zoom);
  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

/* Two windows zoomed alike; one presents: only that one grows. Each window's
 * rules name it alone, so that the one whose provider came last does not
 * decide the other's size. */
static void
test_zoom_scoped (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWidget *label_a, *label_b, *label_c;
  GtkWidget *a = new_window_with_label (&label_a);
  GtkWidget *b = new_window_with_label (&label_b);
  GtkWidget *c = new_window_with_label (&label_c);
  g_autoptr(SwZoom) zoom_a = sw_zoom_new (a, settings);
  g_autoptr(SwZoom) zoom_b = sw_zoom_new (b, settings);
  int plain = text_height (label_c);
  int a_zoomed, b_zoomed;

  g_settings_set_double (settings, "zoom", 1.5);
  a_zoomed = text_height (label_a);
  b_zoomed = text_height (label_b);
  g_assert_cmpint (a_zoomed, >, plain * 1.3);
  g_assert_cmpint (b_zoomed, ==, a_zoomed);
  /* A window with no zoom of its own (a dialog, say) keeps the desktop's size. */
  g_assert_cmpint (text_height (label_c), ==, plain);
  g_assert_cmpstr (sw_zoom_get_css_class (zoom_a), !=, sw_zoom_get_css_class (zoom_b));

  /* The first window presents: it grows again; the second does not move. */
  sw_zoom_set_presenting (zoom_a, TRUE);
  g_assert_cmpfloat_with_epsilon (sw_zoom_get_scale (zoom_a), 1.5 * 1600.0 / 1370.0, 0.02);
  g_assert_cmpfloat (sw_zoom_get_scale (zoom_b), ==, 1.5);
  g_assert_cmpint (text_height (label_a), >, a_zoomed);
  g_assert_cmpint (text_height (label_b), ==, b_zoomed);
  g_assert_cmpint (text_height (label_c), ==, plain);
  g_assert_false (gtk_widget_has_css_class (b, sw_zoom_get_css_class (zoom_a)));

  /* The same the other way round: the second presents, the first stops. */
  sw_zoom_set_presenting (zoom_b, TRUE);
  sw_zoom_set_presenting (zoom_a, FALSE);
  g_assert_cmpint (text_height (label_a), ==, a_zoomed);
  g_assert_cmpint (text_height (label_b), >, b_zoomed);

  /* Gone with its window: the other keeps its size. */
  g_clear_object (&zoom_b);
  g_assert_cmpint (text_height (label_b), ==, plain);
  g_assert_cmpint (text_height (label_a), ==, a_zoomed);

  g_settings_reset (settings, "zoom");
  g_assert_cmpint (text_height (label_a), ==, plain);
  g_clear_object (&zoom_a);
  gtk_window_destroy (GTK_WINDOW (a));
  gtk_window_destroy (GTK_WINDOW (b));
  gtk_window_destroy (GTK_WINDOW (c));
  sw_test_iterate ();
}

/* The same through two real windows: one in present mode leaves the other's
 * verdict at its size. */
static void
test_zoom_two_windows (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *a, *b;
  GtkWidget *verdict_a, *verdict_b;
  int before, before_a;

  g_settings_set_double (settings, "zoom", 1.25);
  a = sw_window_new (SW_APPLICATION (app));
  b = sw_window_new (SW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (a), 1600, 1000);
  gtk_window_set_default_size (GTK_WINDOW (b), 1600, 1000);
  sw_test_present_and_wait (GTK_WINDOW (a));
  sw_test_present_and_wait (GTK_WINDOW (b));
  verdict_b = sw_test_template_child (sw_test_template_child (b, SW_TYPE_WINDOW, "recommendation_pane"),
                                      SW_TYPE_RECOMMENDATION_PANE, "verdict_label");
  verdict_a = sw_test_template_child (sw_test_template_child (a, SW_TYPE_WINDOW, "recommendation_pane"),
                                      SW_TYPE_RECOMMENDATION_PANE, "verdict_label");
  before = text_height (verdict_b);
  before_a = text_height (verdict_a);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (a), "win.present", NULL));
  sw_test_iterate ();
  g_assert_true (sw_window_get_presenting (a));
  g_assert_false (sw_window_get_presenting (b));
  g_assert_cmpfloat (sw_window_get_scale (a), >, 1.25);
  g_assert_cmpfloat (sw_window_get_scale (b), ==, 1.25);
  g_assert_cmpint (text_height (verdict_b), ==, before);
  g_assert_cmpint (text_height (verdict_a), >, before_a);

  g_settings_reset (settings, "zoom");
  gtk_window_destroy (GTK_WINDOW (a));
  gtk_window_destroy (GTK_WINDOW (b));
  sw_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

  g_test_add_func ("/stackwise/zoom/steps", test_zoom_steps);
  g_test_add_func ("/stackwise/zoom/scoped", test_zoom_scoped);
  g_test_add_func ("/stackwise/zoom/two-windows", test_zoom_two_windows);

  return g_test_run ();
}
