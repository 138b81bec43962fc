/* bench-drag.c — the frames of the window while each slider is dragged through its range
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-drag [--present] [--step S] [--each]
 *
 * Opens the real window as large as the screen (in present mode with
 * --present), then drags every priority slider from 0 to 10 in steps of S
 * (0.2), one step per frame, as a pointer drag does: GTK delivers a drag's
 * motion at the start of a frame, so each value is set in the frame
 * clock's update phase, and the frame's layout, snapshot and render follow
 * in the same frame. A slider below the fold is first scrolled into view,
 * as a person would before dragging it, and the drag waits until the
 * scrolling and the overlay scrollbar's fade are over: those frames are
 * the scroll's, not the drag's (GTK fades the scrollbar in over a second
 * and out again two seconds later; every frame of that repaints the whole
 * form). Each frame is timed from the value change to the end
 * of its paint (the frame clock's after-paint), and the times are printed
 * as median, 95th percentile and worst, and so is the CPU time the UI
 * thread spent on it (which leaves out waiting for a CPU); --each prints
 * every frame's. Run it on an X server of the size to measure, with
 * GSK_RENDERER=cairo: tests/drag-frames.sh does both sizes of the budget.
 * Under valgrind --tool=callgrind --collect-atstart=no it counts only the
 * frames, from the value change to the end of the paint, and writes one
 * callgrind file per frame (drag-frames.sh -i prints their instructions).
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <time.h>

#ifdef HAVE_CALLGRIND_H
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_DUMP_STATS
#endif

#include "sw-application.h"
#include "sw-decision-form.h"
#include "sw-test.h"
#include "sw-window.h"

typedef struct
{
  SwWindow       *window;
  SwMeeting     *meeting;
  SwDecisionForm *form;
  GdkFrameClock  *clock;
  guint           n_criteria;
  double          step;
  gboolean        each;         /* print every frame */

  /* Where the drag is: the slider, its next value, and whether one is in flight. */
  guint           criterion;
  double          value;
  gboolean        started;
  gboolean        released;     /* this slider's drag is over */
  gint64          changed_at;

  gint64          laid_out_at;
  gint64          cpu_at;       /* the thread's CPU time at the value change (µs) */
  GArray         *cpu_us;       /* double: the CPU time the frame took, waits left out */
  GArray         *frame_us;     /* double, one per frame with a change */
  GArray         *change_us;    /* double: the value change alone (the pane updated) */
  GArray         *layout_us;    /* double: the frame's size requests and allocations */
  GArray         *paint_us;     /* double: its snapshot and render */
} Drag;

/* On a shared machine a frame may wait for a CPU; this counts only its work. */
static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint index;

  if (sorted->len == 0)
    return 0.0;
  index = (guint) (p * (sorted->len - 1) + 0.5);
  return g_array_index (sorted, double, MIN (index, sorted->len - 1));
}

static void
print_figures (const char *what,
               GArray     *times)
{
  g_array_sort (times, compare_doubles);
  g_print ("%-34s median %6.2f ms   p95 %6.2f ms   worst %6.2f ms   (%u frames)\n", what,
           percentile (times, 0.5) / 1000.0, percentile (times, 0.95) / 1000.0,
           percentile (times, 1.0) / 1000.0, times->len);
}

/* The next slider: scrolled into view, as a person would before dragging
 * it, and left until the scrolling and the scrollbar's fade are over (at
 * most 6 s). */
static void
start_slider (Drag *drag)
{
  GtkRange *scale = sw_decision_form_get_scale (drag->form, drag->criterion);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (scale), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *scrollbar = scroller != NULL ? gtk_scrolled_window_get_vscrollbar (GTK_SCROLLED_WINDOW (scroller))
                                          : NULL;
  gint64 until;

  gtk_widget_grab_focus (GTK_WIDGET (scale));
  sw_test_wait_ms (300);
  until = g_get_monotonic_time () + 6 * G_USEC_PER_SEC;
  while (scrollbar != NULL && gtk_widget_get_opacity (scrollbar) > 0.0 && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);

  drag->value = 0.0;
  drag->started = FALSE;
  drag->released = FALSE;
}

static void
frame_update (GdkFrameClock *clock,
              Drag          *drag)
{
  GtkRange *scale;
  gint64 before;

  if (drag->released)
    return;

  scale = sw_decision_form_get_scale (drag->form, drag->criterion);
  /* The press that starts the drag, then one value per frame. */
  if (!drag->started)
    {
      sw_meeting_begin_change (drag->meeting);
      drag->started = TRUE;
    }

  CALLGRIND_TOGGLE_COLLECT;   /* on, until the frame is painted */
  drag->cpu_at = thread_cpu_time ();
  before = g_get_monotonic_time ();
  gtk_range_set_value (scale, drag->value);
  drag->changed_at = g_get_monotonic_time ();
  g_array_append_val (drag->change_us, (double) { drag->changed_at - before });
  drag->changed_at = before;

  drag->value += drag->step;
  if (drag->value > 10.0 + 1e-9)
    {
      /* The release; the next slider once this frame is painted. */
      sw_meeting_end_change (drag->meeting);
      drag->released = TRUE;
    }
}

/* Connected after GTK's own handler: the frame's layout is done. */
static void
frame_layout (GdkFrameClock *clock,
              Drag          *drag)
{
  if (drag->changed_at != 0)
    drag->laid_out_at = g_get_monotonic_time ();
}

static void
frame_after_paint (GdkFrameClock *clock,
                   Drag          *drag)
{
  gint64 now = g_get_monotonic_time ();
  gint64 laid_out = drag->laid_out_at != 0 ? drag->laid_out_at : drag->changed_at;
  gint64 changed;

  if (drag->changed_at == 0)
    return;
  CALLGRIND_TOGGLE_COLLECT;   /* off; one callgrind file per frame */
  CALLGRIND_DUMP_STATS;

  changed = drag->changed_at + (gint64) g_array_index (drag->change_us, double, drag->change_us->len - 1);
  g_array_append_val (drag->frame_us, (double) { now - drag->changed_at });
  g_array_append_val (drag->cpu_us, (double) { thread_cpu_time () - drag->cpu_at });
  g_array_append_val (drag->layout_us, (double) { laid_out - changed });
  g_array_append_val (drag->paint_us, (double) { now - laid_out });
  if (drag->each)
    g_print ("slider %u to %.2f: %.2f ms, CPU %.2f ms\n", drag->criterion,
             drag->value - drag->step, (now - drag->changed_at) / 1000.0,
             g_array_index (drag->cpu_us, double, drag->cpu_us->len - 1) / 1000.0);
  drag->changed_at = 0;
  drag->laid_out_at = 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  gboolean present = FALSE;
  double step = 0.2;
  Drag drag = { 0 };
  GOptionEntry entries[] = {
    { "present", 0, 0, G_OPTION_ARG_NONE, &present, "Drag in present mode", NULL },
    { "step", 0, 0, G_OPTION_ARG_DOUBLE, &step, "The slider's change per frame (0.2)", "S" },
    { "each", 0, 0, G_OPTION_ARG_NONE, &drag.each, "Print every frame's times", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  GdkDisplay *display;
  GdkMonitor *monitor;
  GdkRectangle geometry;
  gint64 start;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-drag: %s\n", error->message);
      return 2;
    }
  if (!(step >= 0.01 && step <= 10.0))
    {
      g_printerr ("bench-drag: --step must be between 0.01 and 10, not %g\n", step);
      return 2;
    }

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  app = G_APPLICATION (sw_application_new ());
  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("bench-drag: %s\n", error->message);
      return 1;
    }

  display = gdk_display_get_default ();
  monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  gdk_monitor_get_geometry (monitor, &geometry);
  g_object_unref (monitor);

  drag.window = sw_window_new (SW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (drag.window), geometry.width, geometry.height);
  gtk_window_present (GTK_WINDOW (drag.window));
  if (present)
    sw_window_set_presenting (drag.window, TRUE);
  /* Lets the window settle: its first frames, present mode's rescaling. */
  sw_test_wait_ms (1500);

  drag.meeting = sw_window_get_meeting (drag.window);
  drag.form = SW_DECISION_FORM (gtk_widget_get_template_child (GTK_WIDGET (drag.window), SW_TYPE_WINDOW,
                                                               "decision_form"));
  drag.n_criteria = sw_dataset_get_n_criteria (sw_window_get_dataset (drag.window));
  drag.step = step;
  drag.frame_us = g_array_new (FALSE, FALSE, sizeof (double));
  drag.change_us = g_array_new (FALSE, FALSE, sizeof (double));
  drag.layout_us = g_array_new (FALSE, FALSE, sizeof (double));
  drag.cpu_us = g_array_new (FALSE, FALSE, sizeof (double));
  drag.paint_us = g_array_new (FALSE, FALSE, sizeof (double));
  drag.clock = gtk_widget_get_frame_clock (GTK_WIDGET (drag.window));
  g_assert_nonnull (drag.clock);

  g_signal_connect (drag.clock, "update", G_CALLBACK (frame_update), &drag);
  g_signal_connect (drag.clock, "layout", G_CALLBACK (frame_layout), &drag);
  g_signal_connect (drag.clock, "after-paint", G_CALLBACK (frame_after_paint), &drag);
  start = g_get_monotonic_time ();
  for (drag.criterion = 0; drag.criterion < drag.n_criteria; drag.criterion++)
    {
      drag.released = TRUE;   /* no value changes while it scrolls */
      start_slider (&drag);
      gdk_frame_clock_begin_updating (drag.clock);
      while (!drag.released || drag.changed_at != 0)
        g_main_context_iteration (NULL, TRUE);
      gdk_frame_clock_end_updating (drag.clock);
    }
  g_signal_handlers_disconnect_by_data (drag.clock, &drag);

  g_print ("# %d×%d screen, window %d×%d%s, renderer %s, %u sliders from 0 to 10 in steps of %g, %.1f s\n",
           geometry.width, geometry.height,
           gtk_widget_get_width (GTK_WIDGET (drag.window)), gtk_widget_get_height (GTK_WIDGET (drag.window)),
           present ? " in present mode" : "",
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (drag.window))),
           drag.n_criteria, step, (g_get_monotonic_time () - start) / 1e6);
  print_figures ("frame, value change to painted:", drag.frame_us);
  print_figures ("  the value change (pane updated):", drag.change_us);
  print_figures ("  layout:", drag.layout_us);
  print_figures ("  snapshot and render:", drag.paint_us);
  print_figures ("frame, CPU time of the UI thread:", drag.cpu_us);

  g_array_unref (drag.frame_us);
  g_array_unref (drag.change_us);
  g_array_unref (drag.layout_us);
  g_array_unref (drag.paint_us);
  g_array_unref (drag.cpu_us);
  gtk_window_destroy (GTK_WINDOW (drag.window));
  sw_test_wait_ms (100);

  return 0;
}
