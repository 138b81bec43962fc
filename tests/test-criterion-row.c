/* test-criterion-row.c — a priority's row: what it shows, the weight it reports, its tipping mark, its layout
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-criterion-row.h"
#include "sw-test.h"

#define NAME "Data & ML"
#define HELP "Data analysis, machine learning and AI, and the libraries they need"

typedef struct
{
  GtkWidget      *window;
  SwCriterionRow *row;
  GtkRange       *scale;
  /* What the row reported. */
  guint           n_changed;
  double          changed_to;
  guint           n_begin;
  guint           n_end;
} Fixture;

static void
weight_changed (SwCriterionRow *row,
                double          weight,
                Fixture        *fixture)
{
  fixture->n_changed++;
  fixture->changed_to = weight;
}

static void
drag_begin (SwCriterionRow *row,
            Fixture        *fixture)
{
  fixture->n_begin++;
}

static void
drag_end (SwCriterionRow *row,
          Fixture        *fixture)
{
  fixture->n_end++;
}

/* The row in a boxed list, as the decision form holds it. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *list = gtk_list_box_new ();

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 300);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  fixture->row = SW_CRITERION_ROW (sw_criterion_row_new (NAME, HELP));
  fixture->scale = sw_criterion_row_get_scale (fixture->row);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (fixture->row));
  gtk_window_set_child (GTK_WINDOW (fixture->window), list);
  g_signal_connect (fixture->row, "weight-changed", G_CALLBACK (weight_changed), fixture);
  g_signal_connect (fixture->row, "drag-begin", G_CALLBACK (drag_begin), fixture);
  g_signal_connect (fixture->row, "drag-end", G_CALLBACK (drag_end), fixture);
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  sw_test_iterate ();
}

/* The value the row shows beside its slider. */
static const char *
shown_value (Fixture *fixture)
{
  GtkWidget *inscription = sw_test_find_descendant (GTK_WIDGET (fixture->row), GTK_TYPE_INSCRIPTION, NULL);

  g_assert_nonnull (inscription);
  return gtk_inscription_get_text (GTK_INSCRIPTION (inscription));
}

/* Its name and help, the weight scale with its 0, 5 and 10 marks, the value;
 * the slider is named by the name and described by the help. */
static void
test_criterion_row_shows (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkAdjustment *adjustment = gtk_range_get_adjustment (fixture->scale);
  GtkWidget *name = sw_test_find_descendant (GTK_WIDGET (fixture->row), GTK_TYPE_LABEL, NAME);
  GtkWidget *help = sw_test_find_descendant (GTK_WIDGET (fixture->row), GTK_TYPE_LABEL, HELP);
  GtkWidget *inscription = sw_test_find_descendant (GTK_WIDGET (fixture->row), GTK_TYPE_INSCRIPTION, NULL);
  g_autofree char *marks = sw_test_collect_text (GTK_WIDGET (fixture->scale));
  g_autofree char *row_name = NULL;

  g_assert_nonnull (name);
  g_assert_nonnull (help);
  g_assert_true (gtk_widget_is_drawable (name));
  g_assert_true (gtk_widget_is_drawable (help));
  g_object_get (fixture->row, "name", &row_name, NULL);
  g_assert_cmpstr (row_name, ==, NAME);

  g_assert_cmpfloat (gtk_adjustment_get_lower (adjustment), ==, 0.0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), ==, 10.0);
  g_assert_cmpfloat (gtk_adjustment_get_step_increment (adjustment), ==, 0.5);
  g_assert_cmpfloat (gtk_adjustment_get_page_increment (adjustment), ==, 1.0);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (adjustment), ==, 0.0);
  g_assert_nonnull (strstr (marks, "0"));
  g_assert_nonnull (strstr (marks, "5"));
  g_assert_nonnull (strstr (marks, "10"));
  g_assert_cmpstr (shown_value (fixture), ==, "0.0");

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (fixture->scale), GTK_ACCESSIBLE_ROLE_SLIDER);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (fixture->scale), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       name, NULL);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (fixture->scale), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                       help, NULL);
  /* The slider tells its value; the number beside it is not said twice. */
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (inscription), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
}

/* Someone moves the slider: the row shows the weight and reports it. The
 * form shows a weight: the row shows it and reports nothing. */
static void
test_criterion_row_weight (Fixture       *fixture,
                           gconstpointer  data)
{
  gtk_adjustment_set_value (gtk_range_get_adjustment (fixture->scale), 7.0);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  g_assert_cmpfloat (fixture->changed_to, ==, 7.0);
  g_assert_cmpfloat (sw_criterion_row_get_weight (fixture->row), ==, 7.0);
  g_assert_cmpstr (shown_value (fixture), ==, "7.0");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->scale), GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 7.0);

  /* The keyboard's path: one step left. */
  g_signal_emit_by_name (fixture->scale, "move-slider", GTK_SCROLL_STEP_LEFT);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  g_assert_cmpfloat (fixture->changed_to, ==, 6.5);
  g_assert_cmpstr (shown_value (fixture), ==, "6.5");

  sw_criterion_row_set_weight (fixture->row, 3.5);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  g_assert_cmpfloat (gtk_range_get_value (fixture->scale), ==, 3.5);
  g_assert_cmpstr (shown_value (fixture), ==, "3.5");

  /* Outside the weight scale, or no number at all: its nearest end. */
  sw_criterion_row_set_weight (fixture->row, 12.0);
  g_assert_cmpfloat (sw_criterion_row_get_weight (fixture->row), ==, 10.0);
  g_assert_cmpstr (shown_value (fixture), ==, "10.0");
  sw_criterion_row_set_weight (fixture->row, NAN);
  g_assert_cmpfloat (sw_criterion_row_get_weight (fixture->row), ==, 0.0);
  g_assert_cmpstr (shown_value (fixture), ==, "0.0");
  g_assert_cmpuint (fixture->n_changed, ==, 2);
}

/* The tipping point above the slider, with the arrow the way to move it. */
static void
test_criterion_row_tipping_point (Fixture       *fixture,
                                  gconstpointer  data)
{
  SwTippingMark *mark = sw_criterion_row_get_tipping_mark (fixture->row);
  GtkWidget *scale = GTK_WIDGET (fixture->scale);
  graphene_rect_t mark_bounds, scale_bounds;

  g_assert_true (gtk_widget_has_css_class (scale, "no-tipping"));
  g_assert_null (sw_tipping_mark_get_markup (mark));

  sw_criterion_row_set_tipping_point (fixture->row, 4.5, "Node.js", TRUE);
  g_assert_false (gtk_widget_has_css_class (scale, "no-tipping"));
  g_assert_cmpfloat (sw_tipping_mark_get_value (mark), ==, 4.5);
  g_assert_cmpstr (sw_tipping_mark_get_markup (mark), ==, "Node.js ▸");

  sw_criterion_row_set_tipping_point (fixture->row, 2.0, "Python", FALSE);
  g_assert_cmpfloat (sw_tipping_mark_get_value (mark), ==, 2.0);
  g_assert_cmpstr (sw_tipping_mark_get_markup (mark), ==, "◂ Python");

  /* A name is text, not markup. */
  sw_criterion_row_set_tipping_point (fixture->row, 2.0, "C & <C++>", FALSE);
  g_assert_cmpstr (sw_tipping_mark_get_markup (mark), ==, "◂ C &amp; &lt;C++&gt;");

  /* Right to left, raising the weight moves the slider leftwards. */
  gtk_widget_set_direction (scale, GTK_TEXT_DIR_RTL);
  sw_criterion_row_set_tipping_point (fixture->row, 6.0, "Node.js", TRUE);
  g_assert_cmpstr (sw_tipping_mark_get_markup (mark), ==, "◂ Node.js");
  gtk_widget_set_direction (scale, GTK_TEXT_DIR_LTR);

  /* Drawn over the slider. */
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (mark), GTK_WIDGET (fixture->row), &mark_bounds));
  g_assert_true (gtk_widget_compute_bounds (scale, GTK_WIDGET (fixture->row), &scale_bounds));
  g_assert_true (graphene_rect_equal (&mark_bounds, &scale_bounds));

  sw_criterion_row_set_tipping_point (fixture->row, NAN, NULL, FALSE);
  g_assert_true (gtk_widget_has_css_class (scale, "no-tipping"));
  g_assert_null (sw_tipping_mark_get_markup (mark));
  /* No technology is no mark either. */
  sw_criterion_row_set_tipping_point (fixture->row, 3.0, NULL, TRUE);
  g_assert_true (gtk_widget_has_css_class (scale, "no-tipping"));
  g_assert_null (sw_tipping_mark_get_markup (mark));
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

/* Wide, the slider sits beside the name and help with the value after it;
 * narrow, the name goes above a slider as wide as the row. */
static void
test_criterion_row_layout (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *name = sw_test_find_descendant (GTK_WIDGET (fixture->row), GTK_TYPE_LABEL, NAME);
  GtkWidget *value = sw_test_find_descendant (GTK_WIDGET (fixture->row), GTK_TYPE_INSCRIPTION, NULL);
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (fixture->scale));
  graphene_rect_t name_bounds, scale_bounds, value_bounds;

  g_assert_true (gtk_widget_compute_bounds (name, box, &name_bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->scale), box, &scale_bounds));
  g_assert_true (gtk_widget_compute_bounds (value, box, &value_bounds));
  g_assert_cmpfloat (scale_bounds.origin.x, >, name_bounds.origin.x + name_bounds.size.width);
  g_assert_cmpfloat (value_bounds.origin.x, >=, scale_bounds.origin.x + scale_bounds.size.width);
  g_assert_cmpfloat (scale_bounds.size.width, >=, 300);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 560, 300);
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_cmpint (gtk_widget_get_width (fixture->window), <, 700);
  g_assert_true (gtk_widget_compute_bounds (name, box, &name_bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (fixture->scale), box, &scale_bounds));
  g_assert_cmpfloat (scale_bounds.origin.y, >=, name_bounds.origin.y + name_bounds.size.height);
  g_assert_cmpfloat (scale_bounds.size.width, >=, gtk_widget_get_width (box) - 0.5);
}

/* A press on the slider begins a gesture and the release ends it, with the
 * weight reported in between (real pointer events). */
static void
test_criterion_row_drag (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *scale = GTK_WIDGET (fixture->scale);

  if (!sw_test_input_available ())
    {
      g_test_skip ("no X server to send events through");
      return;
    }

  sw_test_input_move_to (scale, gtk_widget_get_width (scale) * 0.25, gtk_widget_get_height (scale) / 2.0);
  sw_test_input_xdotool ("mousedown", "1", NULL);
  g_assert_cmpuint (fixture->n_begin, ==, 1);
  g_assert_cmpuint (fixture->n_end, ==, 0);
  sw_test_input_move_to (scale, gtk_widget_get_width (scale) * 0.75, gtk_widget_get_height (scale) / 2.0);
  sw_test_input_xdotool ("mouseup", "1", NULL);
  g_assert_cmpuint (fixture->n_begin, ==, 1);
  g_assert_cmpuint (fixture->n_end, ==, 1);
  g_assert_cmpuint (fixture->n_changed, >, 0);
  g_assert_cmpfloat (fixture->changed_to, >, 5.0);
  g_assert_cmpfloat (fixture->changed_to, ==, sw_criterion_row_get_weight (fixture->row));
}

/* The row goes with its window. */
static void
test_criterion_row_lifetime (void)
{
  GtkWidget *row = sw_criterion_row_new (NAME, HELP);

  g_object_ref_sink (row);
  sw_criterion_row_set_tipping_point (SW_CRITERION_ROW (row), 4.5, "Node.js", TRUE);
  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/stackwise/criterion-row/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("shows", test_criterion_row_shows);
  ADD ("weight", test_criterion_row_weight);
  ADD ("tipping-point", test_criterion_row_tipping_point);
  ADD ("layout", test_criterion_row_layout);
  ADD ("drag", test_criterion_row_drag);
#undef ADD
  g_test_add_func ("/stackwise/criterion-row/lifetime", test_criterion_row_lifetime);

  return g_test_run ();
}
