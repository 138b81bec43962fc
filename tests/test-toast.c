/* test-toast.c — toasts that offer to undo the last change, taken back safely at any moment
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2 frees a toast's record when its slide out ends, and crashes
 * when its slide in ends after that (see src/sw-toast.c). These tests take
 * toasts back at the moments that crashed: in the frame the toast appears,
 * and while a toast that replaces another is still sliding in; and they show
 * that the app's toasts wait their turn instead of replacing. The tests run
 * with MALLOC_PERTURB_ (meson sets it), so a freed record is never read back
 * intact by luck.
 */

#include "config.h"

#include <string.h>

#include "sw-test.h"
#include "sw-toast.h"

typedef struct
{
  GtkWidget       *window;
  AdwToastOverlay *overlay;
  SwDataset       *dataset;
  SwMeeting       *meeting;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = sw_test_load_dataset ("shipped");
  fixture->meeting = sw_test_new_meeting (fixture->dataset, 5);
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (fixture->overlay, gtk_label_new ("The form"));
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 600, 400);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->overlay));
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));
  /* The slides run: these tests are about them. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->overlay)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  sw_test_iterate ();
  g_clear_object (&fixture->meeting);
  g_clear_object (&fixture->dataset);
}

/* The toasts the overlay shows now, sliding or in place. */
static guint
n_shown (Fixture *fixture)
{
  g_autofree char *text = NULL;
  guint n;

  text = sw_test_shown_toasts (GTK_WIDGET (fixture->overlay), &n);
  return n;
}

static gboolean
none_shown (gpointer data)
{
  return n_shown (data) == 0;
}

/* The Undo toast has the screen to itself. */
static gboolean
one_shown_undo (gpointer data)
{
  Fixture *fixture = data;
  guint n;
  g_autofree char *text = sw_test_shown_toasts (GTK_WIDGET (fixture->overlay), &n);

  return n == 1 && strstr (text, "Removed Ana") != NULL;
}

static void
change_meeting (Fixture *fixture)
{
  double weight = sw_meeting_get_weight (fixture->meeting, 0);

  sw_meeting_set_weight (fixture->meeting, 0, weight >= 9 ? 1 : weight + 1);
}

/* Offered, shown with its Undo, and kept while nothing else changed; the next
 * change takes it back. */
static void
test_toast_offer_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *text = NULL;

  sw_toast_offer_undo (fixture->overlay, fixture->meeting, "Removed Ana");
  sw_test_wait_ms (700);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  text = sw_test_shown_toasts (GTK_WIDGET (fixture->overlay), NULL);
  sw_test_assert_contains (text, "Removed Ana");
  sw_test_assert_contains (text, "Undo");

  change_meeting (fixture);
  g_assert_true (sw_test_wait_until (none_shown, fixture, 2000));

  /* Taken back once: later changes find nothing to do. */
  change_meeting (fixture);
  sw_test_iterate ();
  g_assert_cmpuint (n_shown (fixture), ==, 0);
}

/* A change in the frame the toast appears (an Undo at once, a slider
 * that was still moving). */
static void
test_toast_same_frame (Fixture       *fixture,
                       gconstpointer  data)
{
  sw_toast_offer_undo (fixture->overlay, fixture->meeting, "Removed Ana");
  change_meeting (fixture);
  g_assert_true (sw_test_wait_until (none_shown, fixture, 2000));
  /* Both slides have ended by now. */
  sw_test_wait_ms (700);
  g_assert_cmpuint (n_shown (fixture), ==, 0);
}

/* A toast that replaces one sliding out slides in for 500 ms; taken back 50
 * ms into it. The app's toasts never replace one another (next test), but
 * taking one back must be safe all the same. */
static void
test_toast_replacing (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwToast *first = adw_toast_new ("Saved decision.md");
  AdwToast *second = adw_toast_new ("Removed Ana");

  adw_toast_set_timeout (first, 0);
  adw_toast_overlay_add_toast (fixture->overlay, first);
  sw_test_wait_ms (400);
  g_assert_cmpuint (n_shown (fixture), ==, 1);
  /* In place: dismissing it at once is safe. */
  adw_toast_dismiss (first);

  adw_toast_overlay_add_toast (fixture->overlay, g_object_ref (second));
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  sw_test_wait_ms (50);
  sw_toast_dismiss (fixture->overlay, second);
  g_object_unref (second);
  g_assert_true (sw_test_wait_until (none_shown, fixture, 2000));
  sw_test_wait_ms (700);
  g_assert_cmpuint (n_shown (fixture), ==, 0);
}

/* Toasts wait their turn until the one before has slid out: the second click
 * of a double-click on a close button finds nothing to close. */
static void
test_toast_one_at_a_time (Fixture       *fixture,
                          gconstpointer  data)
{
  AdwToast *first = adw_toast_new ("Saved decision.md");
  g_autofree char *text = NULL;
  guint n;

  adw_toast_set_timeout (first, 0);
  sw_toast_add (fixture->overlay, first);
  sw_toast_offer_undo (fixture->overlay, fixture->meeting, "Removed Ana");
  g_assert_cmpuint (sw_toast_get_n_waiting (fixture->overlay), ==, 1);
  sw_test_wait_ms (700);
  text = sw_test_shown_toasts (GTK_WIDGET (fixture->overlay), &n);
  g_assert_cmpuint (n, ==, 1);
  sw_test_assert_contains (text, "Saved decision.md");

  /* Closed as the close button closes it, at once. */
  adw_toast_dismiss (first);
  sw_test_wait_ms (150);
  g_free (text);
  text = sw_test_shown_toasts (GTK_WIDGET (fixture->overlay), &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_null (strstr (text, "Removed Ana"));

  /* Then the next, alone. */
  g_assert_true (sw_test_wait_until (one_shown_undo, fixture, 2000));
  g_free (text);
  text = sw_test_shown_toasts (GTK_WIDGET (fixture->overlay), &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_null (strstr (text, "Saved decision.md"));
}

/* Behind a toast that stays, the offer waits its turn; a change takes it
 * back from the queue, so it never appears. */
static void
test_toast_queued (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwToast *first = adw_toast_new ("Saved decision.md");

  adw_toast_set_timeout (first, 0);
  sw_toast_add (fixture->overlay, first);
  sw_toast_offer_undo (fixture->overlay, fixture->meeting, "Removed Ana");
  sw_test_wait_ms (400);
  g_assert_cmpuint (n_shown (fixture), ==, 1);

  g_assert_cmpuint (sw_toast_get_n_waiting (fixture->overlay), ==, 1);
  change_meeting (fixture);
  g_assert_cmpuint (sw_toast_get_n_waiting (fixture->overlay), ==, 0);
  adw_toast_dismiss (first);
  g_assert_true (sw_test_wait_until (none_shown, fixture, 2000));
  sw_test_wait_ms (400);
  g_assert_cmpuint (n_shown (fixture), ==, 0);
}

/* The overlay goes while a toast waits to be taken back. */
static void
test_toast_overlay_gone (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwMeeting) meeting = sw_test_new_meeting (dataset, 5);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  gtk_window_set_child (GTK_WINDOW (window), overlay);
  sw_test_present_and_wait (GTK_WINDOW (window));
  sw_toast_offer_undo (ADW_TOAST_OVERLAY (overlay), meeting, "Removed Ana");
  sw_test_wait_ms (100);
  sw_meeting_set_weight (meeting, 0, 9);
  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_wait_ms (500);
  sw_meeting_set_weight (meeting, 0, 1);
  sw_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/stackwise/toast/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("offer-undo", test_toast_offer_undo);
  ADD ("same-frame", test_toast_same_frame);
  ADD ("replacing", test_toast_replacing);
  ADD ("one-at-a-time", test_toast_one_at_a_time);
  ADD ("queued", test_toast_queued);
  g_test_add_func ("/stackwise/toast/overlay-gone", test_toast_overlay_gone);

  return g_test_run ();
}
